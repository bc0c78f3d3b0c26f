"""The card's face photo (券面事項確認AP, EF 0002, DF27) with 照合番号B, over the in-process
emulator and through the privacy guard: short APDUs only, the photo's application only after
the text AP accepted the same 照合番号B, one VERIFY per application, each after its own
counter, nothing of that application beyond the offset table and the photo."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kiosk.cards.aids import TEXT_AP_AID, VISUAL_AP_AID
from kiosk.cards.api import (
    BadCardDataError,
    CardError,
    CardPhoto,
    ForbiddenAccessError,
    InvalidSecretError,
    LastTryRefusedError,
    Secret,
    SecretKind,
    WrongSecretError,
)
from kiosk.cards.code_b import build_code_b
from kiosk.cards.guard import PrivacyGuardTransport
from kiosk.cards.mynumber import MyNumberSession
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import CardProfile, sample
from kiosk.face.matcher import decode_card_photo

if TYPE_CHECKING:
    from tests.cards.helpers import DirectTransport

SELECT_TEXT = bytes.fromhex("00A4040C0A") + TEXT_AP_AID
SELECT_VISUAL = bytes.fromhex("00A4040C0A") + VISUAL_AP_AID
CODE_B = b"55021720352285"
VERIFY_TEXT_CODE_B = bytes.fromhex("002000950E") + CODE_B
VERIFY_VISUAL_CODE_B = bytes.fromhex("002000920E") + CODE_B


def code_b() -> Secret:
    return build_code_b(date(1980, 2, 17), 2035, "2285", today=date(2026, 1, 1))


def with_photo(photo: Path, **changes: object) -> CardProfile:
    return dataclasses.replace(sample("jpki_test_card"), face_image=str(photo), **changes)


def read(profile: CardProfile, secret: Secret | None = None) -> tuple[VirtualCard, object]:
    service = InProcessCardReaderService()
    card = service.insert(profile)
    session = service.open()
    assert isinstance(session, MyNumberSession)
    try:
        return card, session.read_with_photo(secret or code_b())
    finally:
        session.close()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every command APDU the emulated cards receive, with VERIFY data masked (so no secret
    reaches the test output)."""
    log: list[bytes] = []
    current = VirtualCard.execute

    def execute(self: VirtualCard, apdu: bytes) -> bytes:
        masked = apdu[:5] + b"*" * (len(apdu) - 5) if apdu[1] == 0x20 else apdu
        log.append(bytes(masked))
        return current(self, apdu)

    monkeypatch.setattr(VirtualCard, "execute", execute)
    return log


def verifies(sent: list[bytes]) -> list[bytes]:
    """The VERIFYs that carried a secret (P2 only: the digits stay out of test output)."""
    return [apdu[:4] for apdu in sent if apdu[1] == 0x20 and len(apdu) > 5]


def test_photo_read_decodes_to_the_photo_size(card_photo_file: Path, sent: list[bytes]) -> None:
    expected = decode_card_photo(card_photo_file.read_bytes()).shape
    card, result = read(with_photo(card_photo_file))
    assert result.info.name == "黒桐　幹也"
    assert isinstance(result.photo, CardPhoto) and result.photo_error is None
    assert result.photo.jpeg2000 == card_photo_file.read_bytes()
    image = decode_card_photo(result.photo.jpeg2000)
    assert image.shape == expected and image.ndim == 2 and image.shape[0] == 250
    assert repr(result.photo) == "CardPhoto(<hidden>)" and "photo=" not in repr(result)
    # One VERIFY per application, the text AP first; the visual AP after its own counter.
    assert verifies(sent) == [bytes.fromhex("00200095"), bytes.fromhex("00200092")]
    visual = sent.index(SELECT_VISUAL)
    assert sent[visual + 1] == bytes.fromhex("00200092")  # the counter, no try used
    # Short APDUs only: no extended Lc/Le, every READ BINARY a 5-byte case-2 command.
    assert all(len(apdu) <= 5 + 255 for apdu in sent)
    assert all(len(apdu) == 5 for apdu in sent if apdu[1] == 0xB0)
    # Nothing of that application but the offset table and the photo was read.
    assert card.visual_fields_read == {0xDF21, 0xDF27}
    assert card.forbidden_touches == []
    # The count the kiosk reports is what the card received.
    assert result.connection_apdu_count == card.apdu_count == len(sent)
    result.photo.wipe()
    with pytest.raises(ValueError, match="wiped"):
        _ = result.photo.jpeg2000


def test_wrong_code_b_sends_no_second_verify(card_photo_file: Path, sent: list[bytes]) -> None:
    service = InProcessCardReaderService()
    card = service.insert(with_photo(card_photo_file, visual_code_b_tries_left=10))
    session = service.open()
    assert isinstance(session, MyNumberSession)
    wrong = build_code_b(date(1980, 2, 17), 2035, "9999", today=date(2026, 1, 1))
    with pytest.raises(WrongSecretError):
        session.read_with_photo(wrong)
    session.close()
    assert wrong.wiped
    assert verifies(sent) == [bytes.fromhex("00200095")]
    assert SELECT_VISUAL not in sent
    assert card.counters()["code_b_tries_left"] == 9
    assert card.counters()["visual_code_b_tries_left"] == 10


@pytest.mark.parametrize("after", ["code_b", "pin"])
def test_the_photo_applications_own_counter_is_read_first(
    card_photo_file: Path, sent: list[bytes], after: str
) -> None:
    """The visual AP's counter at the threshold: no VERIFY there; the facts still stand
    (after 照合番号B: read_with_photo; after the PIN: read_photo, PIN then face)."""
    profile = with_photo(card_photo_file, visual_code_b_tries_left=2)
    if after == "code_b":
        card, result = read(profile)
        assert result.info.name == "黒桐　幹也"
        photo, problem = result.photo, result.photo_error
    else:
        card, [(photo, problem)] = photos_after_pin(profile, code_b())
    assert photo is None and isinstance(problem, LastTryRefusedError)
    assert verifies(sent) == [bytes.fromhex("00200095" if after == "code_b" else "00200091")]
    assert sent[-1] == bytes.fromhex("00200092")  # the counter only
    assert card.counters()["visual_code_b_tries_left"] == 2


def test_card_without_a_photo_is_a_typed_photo_error(sent: list[bytes]) -> None:
    card, result = read(sample("jpki_test_card"))
    assert result.info.name == "黒桐　幹也"
    assert result.photo is None and isinstance(result.photo_error, BadCardDataError)
    assert card.visual_fields_read == {0xDF21}


def test_only_one_photo_verify_per_placement(card_photo_file: Path, sent: list[bytes]) -> None:
    service = InProcessCardReaderService()
    service.insert(with_photo(card_photo_file))
    session = service.open()
    assert isinstance(session, MyNumberSession)
    assert session.read_with_photo(code_b()).photo is not None
    again = session.read_with_photo(code_b())
    session.close()
    assert again.photo is None and again.photo_error is not None
    assert verifies(sent).count(bytes.fromhex("00200092")) == 1


# -- PIN then face: read_photo after the PIN read ---------------------------------------------


def pin_session(profile: CardProfile) -> tuple[VirtualCard, MyNumberSession]:
    service = InProcessCardReaderService()
    card = service.insert(profile)
    session = service.open()
    assert isinstance(session, MyNumberSession)
    return card, session


Photo = tuple[CardPhoto | None, CardError | None]


def photos_after_pin(
    profile: CardProfile, *secrets: Secret, pin: bool = True
) -> tuple[VirtualCard, list[Photo]]:
    """One placement: the PIN reads the facts (unless ``pin`` is False), then ``read_photo``
    with each of ``secrets`` in turn."""
    card, session = pin_session(profile)
    try:
        if pin:
            assert session.read_basic_info(SecretKind.PIN, Secret("1234")).info.name
        return card, [session.read_photo(secret) for secret in secrets]
    finally:
        session.close()


def test_read_photo_after_the_pin_opens_only_the_photo_with_code_b(
    card_photo_file: Path, sent: list[bytes]
) -> None:
    """The PIN reads the facts; 照合番号B (read off the card face) opens the photo's
    application, after its own counter: one VERIFY per application, short APDUs only."""
    secret = code_b()
    card, [(photo, problem)] = photos_after_pin(
        with_photo(card_photo_file, visual_code_b_tries_left=10), secret
    )
    assert problem is None and isinstance(photo, CardPhoto)
    assert photo.jpeg2000 == card_photo_file.read_bytes()
    assert secret.wiped
    assert verifies(sent) == [bytes.fromhex("00200091"), bytes.fromhex("00200092")]
    visual = sent.index(SELECT_VISUAL)
    assert sent[visual + 1] == bytes.fromhex("00200092")  # the counter first, no try used
    assert all(len(apdu) <= 5 + 255 for apdu in sent)
    assert all(len(apdu) == 5 for apdu in sent if apdu[1] == 0xB0)
    assert card.visual_fields_read == {0xDF21, 0xDF27}
    assert card.forbidden_touches == []
    assert card.counters()["visual_code_b_tries_left"] == 10


@pytest.mark.parametrize(
    ("digits", "pin"),
    [("55021720352285", False), ("1234", True), ("550217203522851", True)],
)
def test_read_photo_before_the_facts_or_malformed_sends_nothing(
    card_photo_file: Path, sent: list[bytes], digits: str, pin: bool
) -> None:
    """No facts read on this placement yet, or not 14 digits: nothing reaches the card."""
    secret = Secret(digits)
    _card, [(photo, problem)] = photos_after_pin(with_photo(card_photo_file), secret, pin=pin)
    assert photo is None and isinstance(problem, InvalidSecretError)
    assert SELECT_VISUAL not in sent and secret.wiped
    assert verifies(sent) == ([bytes.fromhex("00200091")] if pin else [])


def test_read_photo_with_a_wrong_code_b_spends_one_try_and_never_retries(
    card_photo_file: Path, sent: list[bytes]
) -> None:
    wrong = build_code_b(date(1980, 2, 17), 2035, "9999", today=date(2026, 1, 1))
    card, [(photo, problem), (again, refused)] = photos_after_pin(
        with_photo(card_photo_file, visual_code_b_tries_left=10), wrong, code_b()
    )
    assert photo is None and isinstance(problem, WrongSecretError)
    assert again is None and isinstance(refused, InvalidSecretError)  # a second try: refused
    assert verifies(sent) == [bytes.fromhex("00200091"), bytes.fromhex("00200092")]
    assert card.counters()["visual_code_b_tries_left"] == 9
    assert card.counters()["pin_tries_left"] == 3


def test_read_photo_after_read_with_photo_sends_no_second_photo_verify(
    card_photo_file: Path, sent: list[bytes]
) -> None:
    _card, session = pin_session(with_photo(card_photo_file))
    try:
        assert session.read_with_photo(code_b()).photo is not None
        photo, problem = session.read_photo(code_b())
    finally:
        session.close()
    assert photo is None and isinstance(problem, InvalidSecretError)
    assert verifies(sent).count(bytes.fromhex("00200092")) == 1


# -- the guard --------------------------------------------------------------------------------


def _guard(
    transport: type[DirectTransport], photo: Path, *, accept: bool = True
) -> tuple[PrivacyGuardTransport, DirectTransport]:
    direct = transport(VirtualCard(with_photo(photo)))
    guard = PrivacyGuardTransport(direct)
    guard.transmit(SELECT_TEXT)
    if accept:
        assert guard.transmit(VERIFY_TEXT_CODE_B).ok
    return guard, direct


def test_guard_allows_exactly_what_the_photo_read_sends(
    direct_transport: type[DirectTransport], card_photo_file: Path
) -> None:
    guard, direct = _guard(direct_transport, card_photo_file)
    allowed = [
        SELECT_VISUAL,
        bytes.fromhex("00200092"),
        VERIFY_VISUAL_CODE_B,
        bytes.fromhex("00B0820008"),
        bytes.fromhex("00B0000812"),
        bytes.fromhex("00B0100003"),
    ]
    for command in allowed:
        guard.transmit(command)
    assert direct.sent[2:] == allowed


def test_guard_refuses_the_photo_application_before_the_card_was_proved(
    direct_transport: type[DirectTransport], card_photo_file: Path
) -> None:
    guard, direct = _guard(direct_transport, card_photo_file, accept=False)
    assert not guard.transmit(bytes.fromhex("0020009104") + b"9999").ok  # a wrong PIN
    assert not guard.transmit(bytes.fromhex("002000950E") + b"55021720359999").ok
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(SELECT_VISUAL)
    assert SELECT_VISUAL not in direct.sent


def test_guard_after_the_pin_allows_one_photo_verify_of_14_digits(
    direct_transport: type[DirectTransport], card_photo_file: Path
) -> None:
    """PIN then face: the PIN accepted opens the photo's application for ONE VERIFY of a
    14-digit 照合番号B (read off the card face; the text AP never saw it)."""
    guard, direct = _guard(direct_transport, card_photo_file, accept=False)
    assert guard.transmit(bytes.fromhex("0020009104") + b"1234").ok
    guard.transmit(SELECT_VISUAL)
    for malformed in ("002000920431323334", "002000920E" + "41" * 14):
        with pytest.raises(ForbiddenAccessError):
            guard.transmit(bytes.fromhex(malformed))
    assert guard.transmit(VERIFY_VISUAL_CODE_B).ok
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(VERIFY_VISUAL_CODE_B)
    assert direct.sent.count(VERIFY_VISUAL_CODE_B) == 1
    assert direct.card.forbidden_touches == []


@pytest.mark.parametrize(
    "command",
    [
        "00A4020C020005",  # SELECT EF 0005 (the 個人番号 as an image)
        "00A4020C020002",  # SELECT EF by FID: the reader uses the short EF id
        "00A4020C020001",  # EF 0001 (age record)
        "00A4020C020012",
        "00200093",  # 照合番号A
        "002000930C313233343536373839303132",
        "00200091",  # the text AP's PIN reference
        "00200095",
        "00200081",
        "00B0850000",  # EF 0005 by short EF id
        "00B0810000",
        "00B0830000",
        "00B0000000",  # the current EF before EF 0002 is known
        "00B0820000000000",  # extended Le
        "00CB3FFF00",
        "00D6000001FF",
        "008800000400000000",
        "0084000008",
        "00240092",
        "002C0092",
        "0020019200",
        "002000920E" + "3132333435363738393031323334",  # another 照合番号B
    ],
)
def test_guard_refuses_anything_else_of_the_photo_application(
    direct_transport: type[DirectTransport], card_photo_file: Path, command: str
) -> None:
    guard, direct = _guard(direct_transport, card_photo_file)
    guard.transmit(SELECT_VISUAL)
    before = list(direct.sent)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert direct.sent == before


def test_guard_refuses_a_second_photo_verify(
    direct_transport: type[DirectTransport], card_photo_file: Path
) -> None:
    guard, direct = _guard(direct_transport, card_photo_file)
    guard.transmit(SELECT_VISUAL)
    guard.transmit(VERIFY_VISUAL_CODE_B)
    guard.transmit(SELECT_TEXT)
    guard.transmit(SELECT_VISUAL)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(VERIFY_VISUAL_CODE_B)
    assert direct.sent.count(VERIFY_VISUAL_CODE_B) == 1
    assert direct.card.forbidden_touches == []
