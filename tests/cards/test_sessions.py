"""Card sessions over the in-process emulator: the same stack as PC/SC minus pcscd.

Fast checks of the lock guard, APDU economy, typed errors and the in-process reader/monitor.
The same behaviours are checked end to end through pcscd + vpcd in test_pcsc_e2e.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import queue
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.cards.aids import VISUAL_AP_AID
from kiosk.cards.apdu import Response
from kiosk.cards.api import (
    CardError,
    CardEvent,
    CardEventKind,
    CardLockedError,
    CardRemovedError,
    DefaultPinRefusedError,
    ForbiddenAccessError,
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
from kiosk.cards.virtual.emulator import (
    VirtualCard,
    basic_info_file,
    matters_file,
    visual_face_file,
)
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


# -- any answer from a card ends in a result or a typed error, and never risks a lock -----

#: P2 of a VERIFY -> refused at this many tries left or fewer (PIN, 照合番号B in the text and
#: the visual AP, licence PIN1).
THRESHOLDS = {0x91: 1, 0x95: 2, 0x92: 2, 0x81: 1}
#: The visual AP's 照合番号B (P2 92) only after the text AP's (P2 95) accepted the same digits.
_PHOTO_P2, _TEXT_CODE_B_P2 = 0x92, 0x95


def verify_problems(trace: list[tuple[bytes, int]], reads: list[tuple[int, int]]) -> list[str]:
    """Lock-guard rules broken by a run; empty if none.

    ``trace`` is every command sent with the status word it got; ``reads`` the [start, end)
    index ranges of the ``read_basic_info`` calls (one connection). A VERIFY with data must
    (1) happen inside a read, (2) be the only one of that read, (3) follow an empty VERIFY of
    the same reference earlier in the same read, whose answer (4) was ``63Cx`` with x above
    the refusal threshold, and (5) never come after any counter reading for that reference
    at or below the threshold (``63Cx`` or ``6984``, to an empty VERIFY or to a VERIFY with
    data); (6) a VERIFY in the visual AP (P2 92) needs the text AP's VERIFY of the very same
    照合番号B answered ``90 00`` earlier in the same read. A read may hold one VERIFY with data
    per reference (read_with_photo: the text AP's and the visual AP's). Problems name rule and
    position only: no card bytes.
    """
    problems: list[str] = []
    with_data = [i for i, (apdu, _) in enumerate(trace) if apdu[1] == 0x20 and len(apdu) > 4]
    for i in with_data:
        window = next(((a, b) for a, b in reads if a <= i < b), None)
        if window is None:
            problems.append(f"VERIFY with data outside a read at {i}")
            continue
        p2 = trace[i][0][3]
        if sum(1 for j in with_data if window[0] <= j < window[1] and trace[j][0][3] == p2) > 1:
            problems.append(f"more than one VERIFY with data in the read at {window[0]}")
        if p2 == _PHOTO_P2 and not any(
            trace[j][0][3] == _TEXT_CODE_B_P2
            and trace[j][1] == 0x9000
            and trace[j][0][4:] == trace[i][0][4:]
            for j in with_data
            if window[0] <= j < i
        ):
            problems.append(f"photo VERIFY at {i} without the text AP accepting that 照合番号B")
        counters = [
            j
            for j in range(window[0], i)
            if trace[j][0][1] == 0x20 and len(trace[j][0]) == 4 and trace[j][0][3] == p2
        ]
        if not counters:
            problems.append(f"VERIFY with data at {i} without a counter read in the same read")
            continue
        sw = trace[counters[-1]][1]
        if sw & 0xFFF0 != 0x63C0 or sw & 0x0F <= THRESHOLDS.get(p2, 99):
            problems.append(f"VERIFY with data at {i} after a counter of {sw:04X}")
        for j in range(i):
            apdu, earlier = trace[j]
            if apdu[1] != 0x20 or apdu[3] != p2:
                continue
            left = (
                0 if earlier == 0x6984 else earlier & 0x0F if earlier & 0xFFF0 == 0x63C0 else None
            )
            if left is not None and left <= THRESHOLDS.get(p2, 99):
                problems.append(f"VERIFY with data at {i} after a low counter at {j}")
                break
    return problems


def test_verify_problems_catches_each_broken_rule() -> None:
    """The checker used by the property below can fail."""
    counter, pin = bytes.fromhex("00200091"), bytes.fromhex("0020009104") + b"1234"
    code_b_counter, code_b = bytes.fromhex("00200095"), bytes.fromhex("002000950E") + b"0" * 14
    ok = [(counter, 0x63C3), (pin, 0x9000)]
    assert verify_problems(ok, [(0, 2)]) == []
    assert verify_problems(ok, []) != []  # outside a read
    assert verify_problems([(counter, 0x63C1), (pin, 0x9000)], [(0, 2)]) != []  # last try
    assert verify_problems([(counter, 0x9000), (pin, 0x9000)], [(0, 2)]) != []  # no number
    assert verify_problems([(counter, 0x6984), (pin, 0x9000)], [(0, 2)]) != []
    assert verify_problems([(code_b_counter, 0x63C2), (code_b, 0x9000)], [(0, 2)]) != []
    assert verify_problems([(code_b_counter, 0x63C3), (code_b, 0x9000)], [(0, 2)]) == []
    assert verify_problems([(pin, 0x9000)], [(0, 1)]) != []  # no counter read
    # The counter was read in an earlier read (stale): not enough.
    assert verify_problems([(counter, 0x63C3), (pin, 0x9000)], [(0, 1), (1, 2)]) != []
    # Counter of the other secret: not enough.
    assert verify_problems([(code_b_counter, 0x63CA), (pin, 0x9000)], [(0, 2)]) != []
    twice = [(counter, 0x63C3), (pin, 0x63C2), (counter, 0x63C2), (pin, 0x9000)]
    assert verify_problems(twice, [(0, 4)]) != []  # an automatic retry
    assert verify_problems(twice, [(0, 2), (2, 4)]) == []  # two reads: fine
    # A low reading earlier on the connection (status, or a previous read) forbids it, even
    # if the counter reads higher later.
    risen = [(counter, 0x63C1), (counter, 0x63C3), (pin, 0x9000)]
    assert verify_problems(risen, [(1, 3)]) != []
    assert verify_problems([(counter, 0x6984), *risen[1:]], [(1, 3)]) != []
    low_answer = [(counter, 0x63C3), (pin, 0x63C1), (counter, 0x63C3), (pin, 0x9000)]
    assert verify_problems(low_answer, [(0, 2), (2, 4)]) != []
    # The photo's application: after the text AP accepted the same 照合番号B, one VERIFY.
    photo_counter = bytes.fromhex("00200092")
    photo = bytes.fromhex("002000920E") + b"0" * 14
    text_ok = [(code_b_counter, 0x63C3), (code_b, 0x9000)]
    assert verify_problems([*text_ok, (photo_counter, 0x63C3), (photo, 0x9000)], [(0, 4)]) == []
    refused_text = [(code_b_counter, 0x63C3), (code_b, 0x63C2), (photo_counter, 0x63C3)]
    assert verify_problems([*refused_text, (photo, 0x9000)], [(0, 4)]) != []
    other = bytes.fromhex("002000920E") + b"1" * 14
    assert verify_problems([*text_ok, (photo_counter, 0x63C3), (other, 0x9000)], [(0, 4)]) != []
    assert verify_problems([*text_ok, (photo_counter, 0x63C2), (photo, 0x9000)], [(0, 4)]) != []
    twice_photo = [*text_ok, (photo_counter, 0x63C3), (photo, 0x63C2), (photo, 0x9000)]
    assert verify_problems(twice_photo, [(0, 5)]) != []


def test_a_counter_that_rises_on_one_connection_is_not_trusted() -> None:
    """status() saw 1 try left; the read's own counter says 3: still no VERIFY is sent."""
    counters = iter([0x63C1, 0x63CA, 0x63C3])  # status: PIN, 照合番号B; read: PIN
    sent: list[bytes] = []

    class Card:
        def transmit(self, apdu: bytes | bytearray) -> Response:
            sent.append(bytes(apdu))
            if apdu[1] == 0x20 and len(apdu) == 4:
                return Response(b"", next(counters))
            return Response(b"", 0x9000)

        def close(self) -> None:
            pass

    session = identify(Card())
    assert session.status().secret(SecretKind.PIN).refused  # type: ignore[union-attr]
    with pytest.raises(LastTryRefusedError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert not [a for a in sent if a[1] == 0x20 and len(a) > 4]


_SWS = [0x9000, 0x6282, 0x63CA, 0x63C3, 0x63C2, 0x63C1, 0x63C0, 0x6984, 0x6982, 0x6A82, 0x6B00]
_COUNTER_SWS = [0x63CA, 0x63C3, 0x63C2, 0x63C1, 0x63C0, 0x6984, 0x9000, 0x6A88, 0x6300]
_BASIC_INFO = [
    basic_info_file(sample("jpki_test_card")),
    basic_info_file(sample("long_address")),
    bytes.fromhex("ff2003df2200"),
]
_PIN_SETTING = [b"\x05\x01\x01", b"\x05\x01\x00", b"\x05\x01\x02"]
_MATTERS = [matters_file(sample("licence")), matters_file(sample("licence_gaiji"))]
#: The visual AP's EF 0002 with a (tiny) JPEG 2000 photo: read at the offsets asked for.
_VISUAL = visual_face_file(
    sample("jpki_test_card"), photo=bytes.fromhex("0000000C6A5020200D0A870A") + bytes(300)
)


def _answer(apdu: bytes, visual: bool) -> st.SearchStrategy[tuple[bytes, int]]:
    """A plausible answer for this command (so the deep paths are reached) or any answer;
    ``visual``: the visual AP is selected (its EF 0002 is read in slices)."""
    ins, p1 = apdu[1], apdu[2]
    if visual and ins == 0xB0 and len(apdu) == 5:
        offset = apdu[3] if p1 & 0x80 else (p1 << 8) | apdu[3]
        chunk = _VISUAL[offset : offset + (apdu[4] or 256)]
        plausible = st.tuples(st.just(chunk), st.sampled_from([0x9000, 0x9000, 0x9000, 0x6B00]))
    elif ins == 0xA4:
        plausible = st.tuples(st.just(b""), st.sampled_from([0x9000, 0x9000, 0x6A82]))
    elif ins == 0x20 and len(apdu) == 4:
        plausible = st.tuples(st.just(b""), st.sampled_from(_COUNTER_SWS))
    elif ins == 0x20:
        plausible = st.tuples(st.just(b""), st.sampled_from([0x9000, 0x63C2, 0x63C0, 0x6984]))
    else:
        records = _PIN_SETTING if p1 == 0x8A else _BASIC_INFO if p1 == 0x82 else _MATTERS
        plausible = st.tuples(
            st.one_of(st.sampled_from(records), st.binary(max_size=300)),
            st.sampled_from([0x9000, 0x9000, 0x6282, 0x6B00]),
        )
    anything = st.tuples(st.binary(max_size=300), st.sampled_from([*_SWS, 0x6F00]))
    return st.one_of(plausible, anything)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(["pin", "code_b", "code_b_photo"]), st.booleans())
def test_any_card_answers_end_typed_and_never_risk_a_lock(
    draw: st.DataObject, path: str, with_status: bool
) -> None:
    """Whatever a card answers: a result or a typed error, and the lock-guard rules hold."""
    trace: list[tuple[bytes, int]] = []

    class Scripted:
        visual = False

        def transmit(self, apdu: bytes | bytearray) -> Response:
            command = bytes(apdu)  # before the caller wipes its buffer
            limit = 48 if path == "code_b_photo" else 24
            answer = _answer(command, self.visual)
            data, sw = draw.draw(answer) if len(trace) < limit else (b"", 0x6F00)
            if command[1] == 0xA4 and command[2] == 0x04:
                self.visual = sw == 0x9000 and command[5:] == VISUAL_AP_AID
            trace.append((command, sw))
            return Response(data, sw)

        def close(self) -> None:
            pass

    kind = SecretKind.PIN if path == "pin" else SecretKind.CODE_B
    reads: list[tuple[int, int]] = []
    try:
        session = identify(Scripted(), code_b_min_tries_left=2, deadline_s=None)
        if with_status:
            session.status()
        for _ in range(2):  # a second read on the same session must re-check everything
            secret = Secret("1234" if kind == SecretKind.PIN else "55021720352285")
            start = len(trace)
            try:
                if path == "code_b_photo" and isinstance(session, MyNumberSession):
                    result = session.read_with_photo(secret)
                    assert not isinstance(result.photo_error, ForbiddenAccessError)
                    event("photo read" if result.photo else "photo refused or failed")
                else:
                    result = session.read_basic_info(kind, secret)
            except CardError as exc:
                assert not isinstance(exc, ForbiddenAccessError)  # the guard allows every path
            else:
                assert result.info.name and result.apdu_count >= 4
                assert isinstance(session, (MyNumberSession, LicenceSession))
            finally:
                reads.append((start, len(trace)))
                assert secret.wiped
    except CardError as exc:
        assert not isinstance(exc, ForbiddenAccessError)
    assert verify_problems(trace, reads) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_any_photo_application_answers_end_typed_and_never_risk_a_lock(
    draw: st.DataObject, shared_counter: bool
) -> None:
    """A card whose text AP is the test card's (so the facts are read) and whose visual AP
    answers anything: the facts stand, the photo is a result or a typed ``photo_error``, and
    the lock-guard rules hold for both applications."""
    card = VirtualCard(sample("jpki_test_card"))
    trace: list[tuple[bytes, int]] = []

    class HalfScripted:
        visual = False

        def transmit(self, apdu: bytes | bytearray) -> Response:
            command = bytes(apdu)
            if command[1] == 0xA4 and command[2] == 0x04:
                self.visual = command[5:] == VISUAL_AP_AID
            if self.visual and not (shared_counter and command[1] == 0x20 and len(command) == 4):
                data, sw = draw.draw(_answer(command, True)) if len(trace) < 48 else (b"", 0x6F00)
            else:
                raw = card.execute(command)
                data, sw = raw[:-2], int.from_bytes(raw[-2:], "big")
            trace.append((command, sw))
            return Response(data, sw)

        def close(self) -> None:
            pass

    session = identify(HalfScripted(), code_b_min_tries_left=2, deadline_s=None)
    assert isinstance(session, MyNumberSession)
    secret = Secret("55021720352285")
    start = len(trace)
    result = session.read_with_photo(secret)
    assert secret.wiped
    assert result.info.name == "黒桐\u3000幹也"
    assert (result.photo is None) != (result.photo_error is None)
    assert not isinstance(result.photo_error, ForbiddenAccessError)
    event("photo read" if result.photo else type(result.photo_error).__name__)
    assert verify_problems(trace, [(start, len(trace))]) == []


def test_profile_validation() -> None:
    from kiosk.cards.virtual.profile import profile_from_dict

    with pytest.raises(ValueError, match="unknown"):
        profile_from_dict({"type": "mynumber", "nmae": "x"})
    with pytest.raises(ValueError, match="type"):
        profile_from_dict({"type": "passport"})
    assert profile_from_dict({"type": "mynumber", "birth_date": "2001-02-03"}) == CardProfile(
        type="mynumber", birth_date=date(2001, 2, 3)
    )


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


# -- secrets are exposed only as wiped copies -----------------------------------------------


def test_exposed_copy_is_wiped_after_the_block() -> None:
    secret = Secret("1234")
    with secret.exposed() as digits:
        kept = digits
        assert digits == bytearray(b"1234")
    assert kept == bytearray(4)
    with pytest.raises(RuntimeError), secret.exposed() as digits:
        kept = digits
        raise RuntimeError("the VERIFY failed")
    assert kept == bytearray(4)
    assert not secret.wiped  # the secret itself is wiped by the session, not by exposed()
    secret.wipe()
    with pytest.raises(ValueError), secret.exposed():
        pass


def test_reads_never_take_an_unwipeable_copy(
    service: InProcessCardReaderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No read path calls Secret.as_bytes (an immutable copy nobody can wipe)."""

    def forbidden(self: Secret) -> bytes:
        raise AssertionError("as_bytes used")

    monkeypatch.setattr(Secret, "as_bytes", forbidden)
    for name, kind, secret in [
        ("jpki_test_card", SecretKind.PIN, Secret("1234")),
        ("jpki_test_card", SecretKind.CODE_B, code_b()),
        ("licence", SecretKind.PIN, Secret("1234")),
        ("licence_no_pin", SecretKind.PIN, Secret("0000")),
    ]:
        service.insert(sample(name))
        assert service.open().read_basic_info(kind, secret).info.name
    with pytest.raises(WrongSecretError):
        service.insert(sample("jpki_test_card"))
        service.open().read_basic_info(SecretKind.PIN, Secret("9999"))


def test_verify_buffers_are_wiped_after_transmit(service: InProcessCardReaderService) -> None:
    """The APDU buffer holding the digits is zeroed once the card has answered."""
    from kiosk.cards.virtual.inprocess import VirtualTransport

    handed: list[tuple[bool, bytes | bytearray]] = []

    class Keeping(VirtualTransport):
        def transmit(self, apdu: bytes | bytearray) -> Response:
            handed.append((len(apdu) > 5 and apdu[1] == 0x20, apdu))
            return super().transmit(apdu)

    for name, kind, secret in [
        ("jpki_test_card", SecretKind.PIN, Secret("1234")),
        ("jpki_test_card", SecretKind.CODE_B, code_b(code="0000")),  # wrong: an error path
        ("licence", SecretKind.PIN, Secret("1234")),
    ]:
        card = service.insert(sample(name))
        session = identify(Keeping(service.reader, card))
        with contextlib.suppress(CardError):
            session.read_basic_info(kind, secret)
    verifies = [apdu for with_data, apdu in handed if with_data]
    assert len(verifies) == 3
    assert all(isinstance(apdu, bytearray) and not any(apdu) for apdu in verifies)


# -- a licence whose holder set no PIN -------------------------------------------------------


def test_licence_without_pin_reads_the_counter_and_sends_only_the_default(
    service: InProcessCardReaderService, sent: list[bytes]
) -> None:
    card = service.insert(sample("licence_no_pin"))
    session = service.open()
    sent.clear()
    typed = Secret("0000")
    assert session.read_basic_info(SecretKind.PIN, typed).info.name == "小林　さくら"
    counter = sent.index(bytes.fromhex("00200081"))
    assert sent[counter + 1] == bytes.fromhex("0020008104") + b"****"
    assert [a for a in sent if a[1] == 0x20 and len(a) > 4] == [sent[counter + 1]]
    assert typed.wiped and card.counters()["pin_tries_left"] == 3


def test_wrong_default_pin_costs_at_most_one_try(
    service: InProcessCardReaderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If "****" is not this card's default, the kiosk never sends it a second time."""
    import kiosk.cards.licence as licence

    monkeypatch.setattr(licence, "DEFAULT_PIN", b"2222")  # a default that is wrong
    card = service.insert(sample("licence_no_pin"))
    with pytest.raises(WrongSecretError) as wrong:
        service.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    assert wrong.value.tries_left == 2
    assert card.verify_attempts == 1
    session = service.open()
    pin = session.status().secret(SecretKind.PIN)
    assert pin is not None and (pin.tries_left, pin.refused) == (2, True)
    with pytest.raises(DefaultPinRefusedError) as refused:
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert refused.value.tries_left == 2 and refused.value.code == "refused_default_pin"
    assert isinstance(refused.value, LastTryRefusedError)  # the flow sends the person to staff
    assert card.verify_attempts == 1 and card.counters()["pin_tries_left"] == 2


def test_default_pin_can_be_turned_off() -> None:
    service = InProcessCardReaderService(licence_default_pin=False)
    card = service.insert(sample("licence_no_pin"))
    session = service.open()
    status = session.status()
    assert status.pin_set is False and status.secret(SecretKind.PIN).refused  # type: ignore[union-attr]
    with pytest.raises(DefaultPinRefusedError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert card.verify_attempts == 0
    service.insert(sample("licence"))  # a licence with a PIN is not affected
    assert service.open().read_basic_info(SecretKind.PIN, Secret("1234")).info.name


def test_default_pin_setting_round_trips() -> None:
    from kiosk.settings import Settings, from_dict, to_toml

    assert Settings().cards.licence_default_pin_enabled is True
    off = from_dict({"cards": {"licence_default_pin_enabled": False}})
    assert off.cards.licence_default_pin_enabled is False
    assert "licence_default_pin_enabled = false" in to_toml(off)
