"""Card sessions over the in-process emulator: the same stack as PC/SC minus pcscd.

Fast checks of the lock guard, APDU economy, typed errors and the in-process reader/monitor.
The same behaviours are checked end to end through pcscd + vpcd in test_pcsc_e2e.py.
"""

from __future__ import annotations

import dataclasses
import queue
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cards.apdu import Response
from kiosk.cards.api import (
    CardError,
    CardEvent,
    CardEventKind,
    CardLockedError,
    CardRemovedError,
    InvalidSecretError,
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
from kiosk.cards.mynumber import MyNumberSession
from kiosk.cards.session import identify
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
from kiosk.cards.virtual.profile import CardProfile, sample
from kiosk.domain import CardType, Sex


def code_b(birth: str = "1980-02-17", year: int = 2035, code: str = "2285") -> Secret:
    return build_code_b(date.fromisoformat(birth), year, code, today=date(2026, 1, 1))


@pytest.fixture
def service() -> InProcessCardReaderService:
    return InProcessCardReaderService()


@pytest.fixture(autouse=True)
def _count_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let tests see how many secret-carrying VERIFYs reached the card."""
    original = VirtualCard.execute

    def execute(self: VirtualCard, apdu: bytes) -> bytes:
        if len(apdu) > 5 and apdu[1] == 0x20:
            self.verify_attempts = getattr(self, "verify_attempts", 0) + 1
        return original(self, apdu)

    monkeypatch.setattr(VirtualCard, "verify_attempts", 0, raising=False)
    monkeypatch.setattr(VirtualCard, "execute", execute)


def test_pin_read_in_four_apdus(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("jpki_test_card"))
    session = service.open()
    assert session.card_type == CardType.MYNUMBER
    secret = Secret("1234")
    result = session.read_basic_info(SecretKind.PIN, secret)
    assert result.apdu_count == 4
    assert result.info.name == "黒桐　幹也" and result.info.sex == Sex.MALE
    assert secret.wiped
    assert card.counters()["pin_tries_left"] == 3


def test_code_b_read(service: InProcessCardReaderService) -> None:
    service.insert(sample("jpki_test_card"))
    result = service.open().read_basic_info(SecretKind.CODE_B, code_b())
    assert result.apdu_count == 4
    assert result.info.birth_date == date(1980, 2, 17)


def test_long_address_needs_one_more_short_read(service: InProcessCardReaderService) -> None:
    service.insert(sample("long_address"))
    result = service.open().read_basic_info(SecretKind.PIN, Secret("2580"))
    assert result.apdu_count == 5
    assert result.info.address == sample("long_address").address


def test_stray_prefix_and_unknown_sex_code(service: InProcessCardReaderService) -> None:
    service.insert(sample("sex_unknown_code"))
    info = service.open().read_basic_info(SecretKind.PIN, Secret("1111")).info
    assert (info.sex, info.sex_code) == (Sex.UNKNOWN, "3")


def test_status_consumes_nothing(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("jpki_test_card"))
    for _ in range(3):
        status = service.open().status()
    pin, b = status.secret(SecretKind.PIN), status.secret(SecretKind.CODE_B)
    assert pin is not None and (pin.tries_left, pin.locked, pin.refused) == (3, False, False)
    assert b is not None and (b.tries_left, b.refused) == (10, False)
    assert card.counters()["pin_tries_left"] == 3 and card.verify_attempts == 0


def test_wrong_pin_reports_tries_and_is_not_retried(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("jpki_test_card"))
    secret = Secret("9999")
    with pytest.raises(WrongSecretError) as info:
        service.open().read_basic_info(SecretKind.PIN, secret)
    assert info.value.tries_left == 2 and info.value.code == "wrong_secret"
    assert card.verify_attempts == 1
    assert secret.wiped


def test_wrong_code_b(service: InProcessCardReaderService) -> None:
    service.insert(sample("jpki_test_card"))
    with pytest.raises(WrongSecretError) as info:
        service.open().read_basic_info(SecretKind.CODE_B, code_b(code="0000"))
    assert info.value.tries_left == 9


def test_last_pin_try_refused_without_verify(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("one_try_left"))
    status = service.open().status()
    assert status.secret(SecretKind.PIN).refused  # type: ignore[union-attr]
    assert status.secret(SecretKind.CODE_B).refused  # type: ignore[union-attr]
    secret = Secret("1234")
    with pytest.raises(LastTryRefusedError) as info:
        service.open().read_basic_info(SecretKind.PIN, secret)
    assert info.value.tries_left == 1 and info.value.code == "refused_last_try"
    with pytest.raises(LastTryRefusedError):
        service.open().read_basic_info(SecretKind.CODE_B, code_b("1964-10-10", 2030, "1010"))
    assert card.verify_attempts == 0 and secret.wiped


def test_code_b_threshold_is_configurable() -> None:
    service = InProcessCardReaderService(code_b_min_tries_left=1)
    service.insert(sample("one_try_left"))
    result = service.open().read_basic_info(SecretKind.CODE_B, code_b("1964-10-10", 2030, "1010"))
    assert result.info.name == "鈴木　一郎"


def test_stale_status_is_not_trusted(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("jpki_test_card"))
    session = service.open()
    assert session.status().secret(SecretKind.PIN).tries_left == 3  # type: ignore[union-attr]
    # Someone else spends two tries between our status and our read.
    card.execute(bytes.fromhex("0020009104") + b"0000")
    card.execute(bytes.fromhex("0020009104") + b"0000")
    card.verify_attempts = 0
    with pytest.raises(LastTryRefusedError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert card.verify_attempts == 0


def test_locked_card(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("locked"))
    status = service.open().status()
    assert status.secret(SecretKind.PIN).locked  # type: ignore[union-attr]
    for kind, secret in [
        (SecretKind.PIN, Secret("1234")),
        (SecretKind.CODE_B, code_b("1950-03-03", 2030, "3333")),
    ]:
        with pytest.raises(CardLockedError) as info:
            service.open().read_basic_info(kind, secret)
        assert info.value.code == "locked"
    assert card.verify_attempts == 0


def test_third_wrong_pin_cannot_happen(service: InProcessCardReaderService) -> None:
    """Two wrong PINs in a row are allowed; the third (last) try is refused, never locked."""
    card = service.insert(sample("jpki_test_card"))
    for left in (2, 1):
        with pytest.raises(WrongSecretError) as info:
            service.open().read_basic_info(SecretKind.PIN, Secret("0000"))
        assert info.value.tries_left == left
    with pytest.raises(LastTryRefusedError):
        service.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    assert card.counters()["pin_tries_left"] == 1


@pytest.mark.parametrize(
    ("kind", "digits"),
    [(SecretKind.PIN, "123"), (SecretKind.PIN, "12345"), (SecretKind.CODE_B, "1234")],
)
def test_badly_shaped_secret_refused_before_verify(
    service: InProcessCardReaderService, kind: SecretKind, digits: str
) -> None:
    card = service.insert(sample("jpki_test_card"))
    with pytest.raises(InvalidSecretError):
        service.open().read_basic_info(kind, Secret(digits))
    assert card.verify_attempts == 0


def test_card_pulled_mid_read_then_next_card_works(service: InProcessCardReaderService) -> None:
    profile = dataclasses.replace(sample("jpki_test_card"), remove_after_apdus=3)
    service.insert(profile)
    session = service.open()  # 1 APDU (SELECT)
    with pytest.raises(CardRemovedError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert service.readers()[0].card_present is False
    with pytest.raises(NoCardError):
        service.open()
    service.insert(sample("mononym"))
    assert service.open().read_basic_info(SecretKind.PIN, Secret("4321")).info.name == "ＡＹＡＮＡ"


def test_unsupported_no_card_no_reader() -> None:
    service = InProcessCardReaderService()
    with pytest.raises(NoCardError):
        service.open()
    service.insert(sample("unsupported"))
    with pytest.raises(UnsupportedCardError):
        service.open()
    with pytest.raises(NoReaderError):
        service.open("some other reader")
    assert InProcessCardReaderService(connected=False).readers() == []
    with pytest.raises(NoReaderError):
        InProcessCardReaderService(connected=False).open()


def test_licence_read(service: InProcessCardReaderService) -> None:
    card = service.insert(sample("licence"))
    session = service.open()
    assert isinstance(session, LicenceSession)
    status = session.status()
    assert status.pin_set is True and status.card_type == CardType.DRIVER_LICENSE
    common = session.read_common_data()
    assert (common.issue_date, common.expiry_date) == (date(2023, 5, 1), date(2028, 6, 17))
    result = session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert result.info.birth_date == date(1975, 4, 1) and result.info.sex is None
    assert result.apdu_count == 7
    assert card.forbidden_touches == []


def test_licence_gaiji_wrong_pin_and_no_pin(service: InProcessCardReaderService) -> None:
    service.insert(sample("licence_gaiji"))
    info = service.open().read_basic_info(SecretKind.PIN, Secret("9876")).info
    assert info.has_unreadable_chars and "〓" in info.name
    with pytest.raises(WrongSecretError) as wrong:
        service.open().read_basic_info(SecretKind.PIN, Secret("0000"))
    assert wrong.value.tries_left == 2
    with pytest.raises(InvalidSecretError):
        service.open().read_basic_info(SecretKind.CODE_B, code_b())
    service.insert(sample("licence_no_pin"))
    session = service.open()
    assert session.status().pin_set is False
    assert session.read_basic_info(SecretKind.PIN, Secret("0000")).info.name == "小林　さくら"


def test_licence_locked_and_last_try() -> None:
    service = InProcessCardReaderService()
    service.insert(dataclasses.replace(sample("licence"), pin_tries_left=1))
    with pytest.raises(LastTryRefusedError):
        service.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    service.insert(dataclasses.replace(sample("licence"), pin_tries_left=0))
    with pytest.raises(CardLockedError):
        service.open().read_basic_info(SecretKind.PIN, Secret("1234"))


def test_monitor_reports_from_its_own_thread(service: InProcessCardReaderService) -> None:
    import threading

    events: queue.Queue[tuple[CardEvent, str]] = queue.Queue()
    monitor = InProcessCardMonitor(service)
    monitor.start(lambda e: events.put((e, threading.current_thread().name)))
    try:
        service.insert(sample("jpki_test_card"))
        service.remove()
        got = [events.get(timeout=5) for _ in range(3)]
    finally:
        monitor.stop()
    assert [e.kind for e, _ in got] == [
        CardEventKind.READER_ATTACHED,
        CardEventKind.CARD_INSERTED,
        CardEventKind.CARD_REMOVED,
    ]
    assert {thread for _, thread in got} == {"card-monitor"}
    assert monitor.readers()[0].card_present is False


# -- any answer from a card ends in a result or a typed error ----------------------------

_RESPONSES = st.lists(
    st.tuples(
        st.one_of(st.just(b""), st.binary(max_size=300), st.just(bytes.fromhex("ff2003df2200"))),
        st.sampled_from(
            [0x9000, 0x6282, 0x63C3, 0x63C1, 0x63C0, 0x6984, 0x6982, 0x6A82, 0x6B00, 0x6F00]
        ),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RESPONSES, st.sampled_from([SecretKind.PIN, SecretKind.CODE_B]))
def test_any_card_answers_end_typed(responses: list[tuple[bytes, int]], kind: SecretKind) -> None:
    answers = iter(responses)

    class Scripted:
        def transmit(self, apdu: bytes | bytearray) -> Response:
            data, sw = next(answers, (b"", 0x6F00))
            return Response(data, sw)

        def close(self) -> None:
            pass

    secret = Secret("1234" if kind == SecretKind.PIN else "55021720352285")
    try:
        session = identify(Scripted())
        session.status()
        result = session.read_basic_info(kind, secret)
    except CardError:
        pass
    else:
        assert result.info.name and result.apdu_count >= 4
        assert isinstance(session, (MyNumberSession, LicenceSession))
    finally:
        secret.wipe()


def test_profile_validation() -> None:
    from kiosk.cards.virtual.profile import profile_from_dict

    with pytest.raises(ValueError, match="unknown"):
        profile_from_dict({"type": "mynumber", "nmae": "x"})
    with pytest.raises(ValueError, match="type"):
        profile_from_dict({"type": "passport"})
    assert profile_from_dict({"type": "mynumber", "birth_date": "2001-02-03"}) == CardProfile(
        type="mynumber", birth_date=date(2001, 2, 3)
    )


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every command APDU the emulated cards receive, in order."""
    log: list[bytes] = []
    current = VirtualCard.execute

    def execute(self: VirtualCard, apdu: bytes) -> bytes:
        log.append(bytes(apdu))
        return current(self, apdu)

    monkeypatch.setattr(VirtualCard, "execute", execute)
    return log


def _is_short(apdu: bytes) -> bool:
    """Case 1-4 short APDU: no 3-byte Lc/Le (which starts with a 00 byte after P2)."""
    if len(apdu) <= 5:
        return True
    return apdu[4] != 0 and len(apdu) in (5 + apdu[4], 6 + apdu[4])


def test_exact_pin_path_and_short_apdus_only(
    service: InProcessCardReaderService, sent: list[bytes]
) -> None:
    service.insert(sample("jpki_test_card"))
    session = service.open()
    sent.clear()
    session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert sent == [
        bytes.fromhex("00A4040C0AD3921000310001010408"),
        bytes.fromhex("00200091"),
        bytes.fromhex("0020009104") + b"1234",
        bytes.fromhex("00B0820000"),
    ]
    for name, secret, kind in [
        ("long_address", Secret("2580"), SecretKind.PIN),
        ("jpki_test_card", code_b(), SecretKind.CODE_B),
        ("licence_gaiji", Secret("9876"), SecretKind.PIN),
    ]:
        service.insert(sample(name))
        service.open().read_basic_info(kind, secret)
    assert all(_is_short(apdu) for apdu in sent)
    assert bytes.fromhex("00B001000E") in sent or any(a[1:4] == b"\xb0\x01\x00" for a in sent)
