"""End to end through the real PC/SC stack: pyscard -> pcscd -> vpcd -> the virtual card program.

Every behaviour the issue lists: PIN path, 照合番号B path, wrong secret, last-try refusal,
locked card, card removed mid-read (and the next card works), unsupported card, no reader,
licence read; plus the monitor and the command-line tool as a subprocess.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.cards.api import (
    CardEvent,
    CardEventKind,
    CardLockedError,
    CardRemovedError,
    LastTryRefusedError,
    NoCardError,
    NoReaderError,
    Secret,
    SecretKind,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.cards.code_b import build_code_b
from kiosk.cards.licence import LicenceSession
from kiosk.cards.pcsc import PcscCardMonitor, PcscCardReaderService
from kiosk.domain import CardType, Sex
from tests.fixtures.pcsc import VirtualCardHandle, assert_next_card_reads, pcsc_env_without_service

pytestmark = pytest.mark.pcsc
ROOT = Path(__file__).resolve().parent.parent.parent
Start = Callable[..., VirtualCardHandle]
CardsCli = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def _private_kiosk_home(kiosk_home: Path) -> Path:
    """The command-line tool loads the kiosk's settings: never the machine's real ones."""
    return kiosk_home


@pytest.fixture
def cli(cards_cli: CardsCli) -> CardsCli:
    return cards_cli


@pytest.fixture
def service() -> PcscCardReaderService:
    return PcscCardReaderService()


def test_pin_path(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("jpki_test_card")
    session = service.open(card.reader)
    try:
        assert session.card_type == CardType.MYNUMBER
        result = session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()
    assert result.info.name == "黒桐　幹也" and result.info.given_name == "幹也"
    assert result.info.birth_date == date(1980, 2, 17) and result.info.sex == Sex.MALE
    assert result.apdu_count <= 5
    card.remove()
    report = card.report()
    assert report["forbidden_touches"] == 0
    assert report["counters"]["pin_tries_left"] == 3


def test_code_b_path(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("jpki_test_card")
    secret = build_code_b(date(1980, 2, 17), 2035, "2285", today=date(2026, 1, 1))
    session = service.open(card.reader)
    try:
        status = session.status()
        result = session.read_basic_info(SecretKind.CODE_B, secret)
    finally:
        session.close()
    assert status.secret(SecretKind.CODE_B).tries_left == 10  # type: ignore[union-attr]
    assert result.info.address == "東京都清瀬市観布子南１２－７－２０２"
    assert result.apdu_count == 4 and secret.wiped


def test_long_address_chunked(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("long_address")
    session = service.open(card.reader)
    try:
        result = session.read_basic_info(SecretKind.PIN, Secret("2580"))
    finally:
        session.close()
    assert result.apdu_count == 5 and len(result.info.address.encode()) > 256


def test_wrong_secret_then_restart_keeps_counter(
    virtual_card: Start, service: PcscCardReaderService
) -> None:
    card = virtual_card("jpki_test_card", persist_counters=True)
    session = service.open(card.reader)
    try:
        with pytest.raises(WrongSecretError) as wrong:
            session.read_basic_info(SecretKind.PIN, Secret("0000"))
    finally:
        session.close()
    assert wrong.value.tries_left == 2
    card.remove()
    # The same card, re-inserted: the counter survived (persisted to its profile).
    again = virtual_card(card.profile_path, slot=card.slot)
    session = service.open(again.reader)
    try:
        assert session.status().secret(SecretKind.PIN).tries_left == 2  # type: ignore[union-attr]
    finally:
        session.close()


def test_last_try_refused(virtual_card: Start, service: PcscCardReaderService) -> None:
    """Refused over pcscd, and no try spent: the counters read back through status()."""
    card = virtual_card("one_try_left")
    session = service.open(card.reader)
    try:
        with pytest.raises(LastTryRefusedError) as refused:
            session.read_basic_info(SecretKind.PIN, Secret("1234"))
        assert refused.value.tries_left == 1
        with pytest.raises(LastTryRefusedError) as refused_b:
            session.read_basic_info(
                SecretKind.CODE_B, build_code_b(date(1964, 10, 10), 2030, "1010")
            )
        assert refused_b.value.tries_left == 2
        after = session.status()  # same connection, right after the refusals
    finally:
        session.close()
    pin, code_b = after.secret(SecretKind.PIN), after.secret(SecretKind.CODE_B)
    assert pin is not None and (pin.tries_left, pin.locked, pin.refused) == (1, False, True)
    assert code_b is not None and (code_b.tries_left, code_b.refused) == (2, True)
    again = service.open(card.reader)  # a new connection (card powered down and up)
    try:
        status = again.status()
    finally:
        again.close()
    assert status.secret(SecretKind.PIN).tries_left == 1  # type: ignore[union-attr]
    card.remove()
    report = card.report()
    assert report["counters"]["pin_tries_left"] == 1
    assert report["counters"]["code_b_tries_left"] == 2


def test_locked_card(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("locked")
    session = service.open(card.reader)
    try:
        assert session.status().secret(SecretKind.PIN).locked  # type: ignore[union-attr]
        with pytest.raises(CardLockedError):
            session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()


def test_card_removed_mid_read_then_next_card(
    virtual_card: Start, service: PcscCardReaderService
) -> None:
    card = virtual_card({"type": "mynumber", "remove_after_apdus": 3})
    session = service.open(card.reader)
    try:
        with pytest.raises(CardRemovedError):
            session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()
    card.wait_removed()
    with pytest.raises(NoCardError):
        service.open(card.reader)
    assert_next_card_reads(virtual_card, card.slot, service)


def test_unsupported_card(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("unsupported")
    with pytest.raises(UnsupportedCardError):
        service.open(card.reader)


def test_no_reader(pcscd: list[str], service: PcscCardReaderService) -> None:
    with pytest.raises(NoReaderError):
        service.open("No Such Reader 00 00")
    with pytest.raises(NoReaderError):
        PcscCardReaderService("Unplugged Reader 01").open()


def test_licence_read(virtual_card: Start, service: PcscCardReaderService) -> None:
    card = virtual_card("licence_gaiji")
    session = service.open(card.reader)
    try:
        assert isinstance(session, LicenceSession)
        assert session.status().pin_set is True
        assert session.read_common_data().expiry_date == date(2026, 2, 28)
        result = session.read_basic_info(SecretKind.PIN, Secret("9876"))
    finally:
        session.close()
    info = result.info
    assert info.card_type == CardType.DRIVER_LICENSE and info.sex is None
    assert info.name == "〓〓　淳" and info.has_unreadable_chars
    assert info.birth_date == date(1931, 2, 28)
    card.remove()
    assert card.report()["forbidden_touches"] == 0


def test_monitor_sees_insert_and_remove(virtual_card: Start, pcscd: list[str]) -> None:
    events: queue.Queue[CardEvent] = queue.Queue()
    monitor = PcscCardMonitor(wait_ms=500)
    monitor.start(events.put)
    try:
        first = events.get(timeout=10)
        assert first.kind == CardEventKind.READER_ATTACHED
        card = virtual_card("jpki_test_card")

        def next_for(reader: str) -> CardEventKind:
            while True:
                event = events.get(timeout=10)
                if event.reader == reader and event.kind in (
                    CardEventKind.CARD_INSERTED,
                    CardEventKind.CARD_REMOVED,
                ):
                    return event.kind

        assert next_for(card.reader) == CardEventKind.CARD_INSERTED
        assert {r.name for r in monitor.readers()} >= {card.reader}
        card.remove()
        assert next_for(card.reader) == CardEventKind.CARD_REMOVED
    finally:
        monitor.stop()


# -- the command-line tool, as a subprocess -------------------------------------------------


def _json(text: str) -> dict[str, Any]:
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def test_cli_readers_status_read(
    virtual_card: Start, cli: CardsCli, jpki_read_json: dict[str, Any]
) -> None:
    card = virtual_card("jpki_test_card")
    rc, out, _ = cli("readers", "--json")
    assert rc == 0
    assert {"name": card.reader, "card_present": True} in _json(out)["readers"]
    rc, out, _ = cli("status", "--reader", card.reader, "--json")
    assert rc == 0 and _json(out)["secrets"][0] == {
        "kind": "pin",
        "tries_left": 3,
        "locked": False,
        "refused": False,
    }
    rc, out, _ = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="1234\n")
    assert rc == 0
    assert _json(out) == jpki_read_json
    rc, out, err = cli("read", "--reader", card.reader, "--code-b-stdin", stdin="55021720352285\n")
    assert rc == 0 and "黒桐" in out
    assert "55021720352285" not in out + err


def test_cli_errors(virtual_card: Start, cli: CardsCli) -> None:
    card = virtual_card("jpki_test_card")
    rc, out, err = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="9999\n")
    assert rc != 0
    assert _json(out) == {
        "error": {"code": "wrong_secret", "message": "wrong secret, 2 tries left", "tries_left": 2}
    }
    rc, out, err = cli("read", "--reader", card.reader, "--pin-stdin", stdin="9999\n")
    assert rc != 0 and "wrong_secret" in err and "9999" not in out + err
    rc, out, _ = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="1234\n")
    assert _json(out)["error"]["code"] == "refused_last_try"
    card.remove()
    rc, out, _ = cli("status", "--reader", card.reader, "--json")
    assert rc != 0 and _json(out)["error"]["code"] == "no_card"
    rc, out, _ = cli("readers", "--json", env=pcsc_env_without_service())
    assert rc != 0 and _json(out)["error"]["code"] == "no_reader"


@pytest.mark.parametrize(
    ("profile", "code"),
    [("unsupported", "unsupported_card"), ("locked", "locked")],
)
def test_cli_card_error_codes(virtual_card: Start, cli: CardsCli, profile: str, code: str) -> None:
    card = virtual_card(profile)
    rc, out, _ = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="1234\n")
    assert rc != 0 and _json(out)["error"]["code"] == code


def test_cli_bad_card_data_and_removed(virtual_card: Start, cli: CardsCli) -> None:
    card = virtual_card({"type": "mynumber", "raw_basic_info": "ff2005df2203e9bb"})
    rc, out, _ = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="1234\n")
    assert rc != 0 and _json(out)["error"]["code"] == "bad_card_data"
    card.remove()
    card = virtual_card({"type": "mynumber", "remove_after_apdus": 2}, slot=card.slot)
    rc, out, _ = cli("read", "--reader", card.reader, "--pin-stdin", "--json", stdin="1234\n")
    assert rc != 0 and _json(out)["error"]["code"] == "card_removed"


def test_cli_secret_never_from_arguments(cli: CardsCli) -> None:
    rc, _, err = cli("read", "--pin", "1234")
    assert rc != 0 and "1234" not in err


def test_monitor_without_pcscd_has_no_readers_and_stops() -> None:
    script = (
        "from kiosk.cards.pcsc import PcscCardMonitor\n"
        "events = []\n"
        "monitor = PcscCardMonitor(retry_s=0.05)\n"
        "monitor.start(events.append)\n"
        "monitor.stop()\n"
        "print(monitor.readers(), events)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=pcsc_env_without_service(),
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "[] []"


def test_two_readers_at_once(virtual_card: Start, service: PcscCardReaderService) -> None:
    mynumber = virtual_card("jpki_test_card", slot=0)
    licence = virtual_card("licence", slot=1)
    present = {r.name: r.card_present for r in service.readers()}
    assert present[mynumber.reader] and present[licence.reader]
    sessions = [service.open(mynumber.reader), service.open(licence.reader)]
    try:
        assert [s.card_type for s in sessions] == [CardType.MYNUMBER, CardType.DRIVER_LICENSE]
    finally:
        for session in sessions:
            session.close()


def test_disconnect_drops_the_verified_state(
    virtual_card: Start, service: PcscCardReaderService
) -> None:
    """close() powers the card down: a new connection cannot read EF 0002 without a VERIFY."""
    from kiosk.cards.aids import TEXT_AP_AID
    from kiosk.cards.apdu import read_binary_sfi, select_df_name

    card = virtual_card("jpki_test_card")
    session = service.open(card.reader)
    session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()
    again = service.open(card.reader)
    try:
        transport = again._transport  # type: ignore[attr-defined]
        assert transport.transmit(select_df_name(TEXT_AP_AID)).ok
        assert transport.transmit(read_binary_sfi(2, 0, 256)).sw == 0x6982
    finally:
        again.close()


@pytest.mark.parametrize(
    ("name", "during_read", "expected"),
    [
        ("SCARD_W_REMOVED_CARD", True, "card_removed"),
        ("SCARD_E_NOT_TRANSACTED", True, "card_removed"),
        ("SCARD_W_REMOVED_CARD", False, "no_card"),
        ("SCARD_E_NO_SMARTCARD", False, "no_card"),
        ("SCARD_E_NO_SERVICE", False, "no_reader"),
        ("SCARD_E_READER_UNAVAILABLE", True, "no_reader"),
        ("SCARD_E_UNKNOWN_READER", False, "no_reader"),
        ("SCARD_E_SHARING_VIOLATION", False, "no_reader"),
    ],
)
def test_pcsc_error_mapping(name: str, during_read: bool, expected: str) -> None:
    from smartcard import scard

    from kiosk.cards.pcsc import pcsc_error

    assert pcsc_error(getattr(scard, name), during_read=during_read).code == expected


def test_pcsc_command_copy_wiped_even_when_the_card_leaves_mid_verify(
    virtual_card: Start, service: PcscCardReaderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list handed to pyscard for a VERIFY with data is zeroed, also on a link error."""
    from smartcard import scard

    original = scard.SCardTransmit
    handed: list[tuple[bool, list[int]]] = []

    def transmit(card: Any, pci: Any, apdu: list[int]) -> Any:
        handed.append((len(apdu) > 5 and apdu[1] == 0x20, apdu))
        return original(card, pci, apdu)

    monkeypatch.setattr(scard, "SCardTransmit", transmit)
    # identify (1) + SELECT + empty VERIFY answered; the VERIFY with data finds no card.
    card = virtual_card({"type": "mynumber", "remove_after_apdus": 3})
    session = service.open(card.reader)
    try:
        with pytest.raises(CardRemovedError):
            session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()
    verifies = [apdu for with_data, apdu in handed if with_data]
    assert len(verifies) == 1
    assert verifies[0] == [0] * len(verifies[0])
