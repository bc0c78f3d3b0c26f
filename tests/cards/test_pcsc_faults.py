"""Misbehaving cards (issue 7) through pyscard -> pcscd -> vpcd -> the virtual card program.

Point 1 is proved with a second PC/SC client: after every kind of ending of a card session
(success, each error, a timeout, a cancel, the kiosk quitting) the card is still on the
reader, and a plain SELECT + READ BINARY of EF 0002 without a VERIFY gets ``69 82``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from smartcard import scard

from kiosk.cards.aids import TEXT_AP_AID
from kiosk.cards.apdu import read_binary_sfi, select_df_name
from kiosk.cards.api import (
    BadCardDataError,
    CardError,
    CardTimeoutError,
    Secret,
    SecretKind,
    TriesUnreadableError,
    WrongSecretError,
)
from kiosk.cards.pcsc import PcscCardReaderService
from tests.fixtures.pcsc import ROOT, Start, assert_next_card_reads

pytestmark = pytest.mark.pcsc
MYNUMBER = {"type": "mynumber"}


@pytest.fixture(autouse=True)
def _private_kiosk_home(kiosk_home: Path) -> Path:
    """The command-line tool loads the kiosk's settings: never the machine's real ones."""
    return kiosk_home


def _connect_when_free(context: Any, reader: str, deadline_s: float = 10.0) -> tuple[Any, Any]:
    """SCardConnect (shared), waiting while another client still holds the card exclusively:
    pcscd releases a client that quit or was killed a moment after the process ends."""
    end = time.monotonic() + deadline_s
    state = scard.SCARD_STATE_UNAWARE
    while True:
        hresult, card, protocol = scard.SCardConnect(
            context,
            reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        busy = hresult & 0xFFFFFFFF == scard.SCARD_E_SHARING_VIOLATION & 0xFFFFFFFF
        if not busy or time.monotonic() > end:
            assert hresult == scard.SCARD_S_SUCCESS, f"second client cannot connect: {hresult:08X}"
            return card, protocol
        # Block until the reader's state changes (the exclusive hold ends), at most 1 s.
        _h, states = scard.SCardGetStatusChange(context, 1000, [(reader, state)])
        if states:
            state = states[0][1] & ~scard.SCARD_STATE_CHANGED


def second_client_reads_ef0002(reader: str) -> int:
    """Another PC/SC client: SELECT the text AP and READ BINARY EF 0002, no VERIFY. Its SW."""
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        card, protocol = _connect_when_free(context, reader)
        pci = scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0
        try:
            _h, answer = scard.SCardTransmit(card, pci, list(select_df_name(TEXT_AP_AID)))
            assert answer[-2:] == [0x90, 0x00]
            _h, answer = scard.SCardTransmit(card, pci, list(read_binary_sfi(2, 0, 256)))
            return (answer[-2] << 8) | answer[-1]
        finally:
            scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    finally:
        scard.SCardReleaseContext(context)


def _released(session: Any) -> None:
    assert session._transport.link.wait_released(15), "the card was never released"


def end_by_success(reader: str) -> None:
    session = PcscCardReaderService().open(reader)
    session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()


def end_by_cancel_after_status_and_wrong_pin(reader: str) -> None:
    session = PcscCardReaderService().open(reader)
    session.status()
    with pytest.raises(WrongSecretError):
        session.read_basic_info(SecretKind.PIN, Secret("0000"))
    session.close()  # the person cancels


def ending_with(error: type[CardError], **service: Any) -> Callable[[str], None]:
    def end(reader: str) -> None:
        session = PcscCardReaderService(**service).open(reader)
        try:
            with pytest.raises(error):
                session.read_basic_info(SecretKind.PIN, Secret("1234"))
        finally:
            session.close()
        _released(session)

    return end


QUIT_SCRIPT = """
import os, sys
from kiosk.cards.api import CardTimeoutError, Secret, SecretKind
from kiosk.cards.pcsc import PcscCardReaderService
session = PcscCardReaderService(deadline_s=1.0).open(sys.argv[1])
try:
    session.read_basic_info(SecretKind.PIN, Secret("1234"))
except CardTimeoutError:
    session.close()  # deferred: the command is still in the card when the kiosk quits
print("verified", flush=True)
if sys.argv[2] == "hard":
    os._exit(0)
"""


def end_by_quitting(how: str) -> Callable[[str], None]:
    def end(reader: str) -> None:
        done = subprocess.run(
            [sys.executable, "-c", QUIT_SCRIPT, reader, how],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0 and "verified" in done.stdout, done.stderr[-500:]

    return end


ENDINGS = {
    "success": (MYNUMBER, end_by_success),
    "wrong PIN, then cancel": (MYNUMBER, end_by_cancel_after_status_and_wrong_pin),
    "one-byte answer after VERIFY": (
        {**MYNUMBER, "short_answer_at": [5]},
        ending_with(BadCardDataError),
    ),
    "impossible birth date after VERIFY": (
        {**MYNUMBER, "birth_date": "2099-01-01", "code_b": "55021720352285"},
        ending_with(BadCardDataError),
    ),
    "endless GET RESPONSE after VERIFY": (
        {**MYNUMBER, "endless_61xx_at": 5, "remove_after_apdus": 60},
        ending_with(BadCardDataError),
    ),
    "slow answer after VERIFY (timeout)": (
        {**MYNUMBER, "slow_at": [5], "answer_delay_ms": 2500},
        ending_with(CardTimeoutError, deadline_s=1.0),
    ),
    "kiosk quits without closing": (MYNUMBER, end_by_quitting("exit")),
    "kiosk killed": (MYNUMBER, end_by_quitting("hard")),
    "kiosk quits while a command is stuck": (
        {**MYNUMBER, "slow_at": [5], "answer_delay_ms": 2500},
        end_by_quitting("exit"),
    ),
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_every_ending_leaves_the_card_reset(virtual_card: Start, ending: str) -> None:
    profile, end = ENDINGS[ending]
    card = virtual_card(profile)
    end(card.reader)
    assert second_client_reads_ef0002(card.reader) == 0x6982
    card.remove()
    report = card.report()
    assert report["forbidden_touches"] == 0 and report["counters"]["pin_tries_left"] >= 2


def test_one_byte_answer_with_the_card_present_is_bad_card_data(virtual_card: Start) -> None:
    card = virtual_card({**MYNUMBER, "short_answer_at": [5]})
    session = PcscCardReaderService().open(card.reader)
    with pytest.raises(BadCardDataError) as error:
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()
    assert error.value.code == "bad_card_data"
    card.remove()
    assert card.report()["apdu_count"] == 5


def test_endless_get_response_is_bounded(virtual_card: Start) -> None:
    card = virtual_card({**MYNUMBER, "endless_61xx_at": 5, "remove_after_apdus": 60})
    session = PcscCardReaderService().open(card.reader)
    with pytest.raises(BadCardDataError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()
    card.remove()
    assert card.report()["apdu_count"] <= 5 + 8


def test_a_card_that_never_answers_times_out_then_the_next_card_works(
    virtual_card: Start,
) -> None:
    card = virtual_card({**MYNUMBER, "stall_at": 5})
    service = PcscCardReaderService(deadline_s=1.0)
    session = service.open(card.reader)
    started = time.monotonic()
    with pytest.raises(CardTimeoutError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert time.monotonic() - started < 4
    session.close()  # does not block on the stuck command
    assert time.monotonic() - started < 5
    with pytest.raises(CardTimeoutError):  # not "no reader": the card is still busy
        service.open(card.reader)
    card.remove()  # the person takes the card: the stuck command ends, the link closes
    _released(session)
    assert card.report()["apdu_count"] == 5  # nothing was retried
    assert_next_card_reads(virtual_card, card.slot, service)


def test_a_slow_card_gives_no_record_after_the_deadline(virtual_card: Start) -> None:
    """10 s per APDU (as in the review): the read ends after the deadline, with no result."""
    card = virtual_card({**MYNUMBER, "slow_at": [2, 3, 4, 5], "answer_delay_ms": 10000})
    session = PcscCardReaderService(deadline_s=1.0).open(card.reader)
    started = time.monotonic()
    with pytest.raises(CardTimeoutError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert time.monotonic() - started < 4
    session.close()
    card.remove()
    _released(session)
    assert card.report()["counters"]["pin_tries_left"] == 3


@pytest.mark.parametrize(
    ("profile", "kind", "secret", "read", "connection"),
    [
        ("jpki_test_card", SecretKind.PIN, "1234", 4, 5),
        ({**MYNUMBER, "t0_get_response": True}, SecretKind.PIN, "1234", 5, 6),
        ({**MYNUMBER, "wrong_le_6c": True}, SecretKind.PIN, "1234", 5, 6),
        ("licence", SecretKind.PIN, "1234", 7, 10),
    ],
)
def test_apdu_counts_match_the_card_report(
    virtual_card: Start,
    profile: Any,
    kind: SecretKind,
    secret: str,
    read: int,
    connection: int,
) -> None:
    card = virtual_card(profile)
    session = PcscCardReaderService().open(card.reader)
    try:
        result = session.read_basic_info(kind, Secret(secret))
    finally:
        session.close()
    assert (result.apdu_count, result.connection_apdu_count) == (read, connection)
    card.remove()
    assert card.report()["apdu_count"] == connection


def test_counter_without_a_count_over_pcsc_and_cli(virtual_card: Start) -> None:
    card = virtual_card({**MYNUMBER, "counter_sw": "6983"})
    session = PcscCardReaderService().open(card.reader)
    try:
        with pytest.raises(TriesUnreadableError):
            session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()
    args = ["read", "--reader", card.reader, "--pin-stdin", "--json"]
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cards", *args],
        input="1234\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0 and '"tries_unreadable"' in done.stdout
    card.remove()
    assert card.report()["counters"]["pin_tries_left"] == 3
