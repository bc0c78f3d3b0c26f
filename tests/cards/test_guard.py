"""The privacy guard: 個人番号 (EF 0001) and 照合番号A (IEF 0014) are unreachable.

Proved three ways: a table of forbidden commands in context, the public API over the emulator
(which records any touch), and random command sequences through the guard into the emulator.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cards.aids import LICENCE_DF1_AID, TEXT_AP_AID, VISUAL_AP_AID
from kiosk.cards.apdu import Response
from kiosk.cards.api import CardRemovedError, ForbiddenAccessError, Secret, SecretKind
from kiosk.cards.code_b import build_code_b
from kiosk.cards.guard import PrivacyGuardTransport
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import sample

if TYPE_CHECKING:
    from tests.cards.helpers import DirectTransport


class Recorder:
    """Inner transport for the table tests: records what got through, answers 90 00."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes | bytearray) -> Response:
        self.sent.append(bytes(apdu))
        return Response(b"", 0x9000)

    def close(self) -> None:
        pass


SELECT_TEXT = bytes.fromhex("00A4040C0A") + TEXT_AP_AID
SELECT_VISUAL = bytes.fromhex("00A4040C0A") + VISUAL_AP_AID
SELECT_MF = bytes.fromhex("00A4000C023F00")
SELECT_DF1 = bytes.fromhex("00A4040C10") + LICENCE_DF1_AID

FORBIDDEN_IN_TEXT = [
    "00A4020C020001",  # SELECT EF 0001
    "00A4000C020001",
    "00A4020C020014",  # SELECT IEF 0014
    "00B0810000",  # READ BINARY SFI 1
    "00B0810011",
    "00B0940000",
    "00B1000104",  # READ BINARY odd INS by FID
    "00B2010C00",  # READ RECORD SFI 1
    "00200094",  # empty VERIFY 照合番号A
    "002000940C313233343536373839303132",
    "00240094",
    "002C0094",
    "00CB000100",
]
#: Commands the old deny-list let through in the text AP: not on the allow-list.
UNLISTED_IN_TEXT = [
    "00B0000000",  # READ BINARY of the current EF right after SELECT AP: the EF is unknown
    "00B0000011",
    "00D6000001FF",  # UPDATE BINARY
    "00D0000001FF",  # WRITE BINARY
    "00CA010100",  # GET DATA
    "00CB3FFF00",
    "008800000400000000",  # INTERNAL AUTHENTICATE
    "002241B6038301 01".replace(" ", ""),  # MANAGE SECURITY ENVIRONMENT
    "00B2011400",  # READ RECORD, SFI 2
    "00B2010400",  # READ RECORD, current EF
    "0084000008",  # GET CHALLENGE
    "00C0000000",  # GET RESPONSE (the PC/SC transport does it below the guard)
    "00200080",  # VERIFY of the current EF
    "002000800431323334",
    "00200092",  # IEF 0012
    "00200011",  # P2 without the short-EF-id bit
    "0020019104",  # P1 not 00
    "0020009104313233",  # Lc does not match the data
    "00240091083132333435363738",  # CHANGE REFERENCE DATA of the PIN
    "002C0091",  # RESET RETRY COUNTER
    "00B0820000000000",  # extended Le
    "00B08200",  # no Le
    "00B0A20000",  # P1 with bits 6-5 set is not a short EF id
    "00B0830000",  # SFI 3: not needed
    "00A4020C020002",  # SELECT EF by FID: the reader uses the short EF id
    "00A4020C020011",
    "00A40400" + "0A" + TEXT_AP_AID.hex(),  # SELECT with FCI wanted
    "00A4040C0A" + TEXT_AP_AID.hex() + "00",  # SELECT with Le
    "00A4040C05D392100031",  # partial AID
    "00A4040C0A" + VISUAL_AP_AID.hex(),  # the visual AP: the kiosk never reads it
    "00A4040C0AD392F000260100000001",  # JPKI AP
    "00A4000C00",
    "00A40300",  # SELECT parent
    "FF20009104",
    "0E",
]
ALWAYS_FORBIDDEN = [
    "01A4020C020002",  # logical channel 1
    "0CB0820000",  # secure messaging
    "10200091",  # chaining
    "0070000001",  # MANAGE CHANNEL
    "00A4080C043F000001",  # path to EF 0001
    "00A4",
]


@pytest.mark.parametrize("command", FORBIDDEN_IN_TEXT + UNLISTED_IN_TEXT)
def test_forbidden_in_text_ap_never_sent(command: str) -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert inner.sent == [SELECT_TEXT]


@pytest.mark.parametrize("command", FORBIDDEN_IN_TEXT + UNLISTED_IN_TEXT)
def test_forbidden_right_after_connect(command: str) -> None:
    """Before any successful SELECT the current DF is unknown: it may be the text AP."""
    inner = Recorder()
    with pytest.raises(ForbiddenAccessError):
        PrivacyGuardTransport(inner).transmit(bytes.fromhex(command))
    assert inner.sent == []


@pytest.mark.parametrize("command", ALWAYS_FORBIDDEN)
def test_channels_sm_paths_refused(command: str) -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_MF)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert inner.sent == [SELECT_MF]


@pytest.mark.parametrize("command", ["00A4020C020005", "00A4020C020013", "00200093", "00B0850000"])
def test_forbidden_in_visual_ap(command: str) -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(SELECT_VISUAL)  # not even the SELECT: the kiosk never reads it
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert inner.sent == []


def test_text_ap_allows_exactly_what_the_reader_sends() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    allowed = [
        SELECT_TEXT,
        bytes.fromhex("00200091"),
        bytes.fromhex("00200095"),
        bytes.fromhex("0020009104") + b"1234",
        bytes.fromhex("002000950E") + b"55021720352285",
        bytes.fromhex("00B0820000"),
        bytes.fromhex("00B0010061"),  # EF 0002 is current now: continue at an offset
        bytes.fromhex("00B0016150"),
    ]
    for command in allowed:
        guard.transmit(command)
    assert inner.sent == allowed


def test_current_ef_is_known_only_after_a_successful_short_ef_read() -> None:
    """ "DF known, EF unknown" is protected: only a read of EF 0002 makes the EF known."""

    class Answers(Recorder):
        sw = 0x9000

        def transmit(self, apdu: bytes | bytearray) -> Response:
            super().transmit(apdu)
            return Response(b"", self.sw)

    inner = Answers()
    guard = PrivacyGuardTransport(inner)
    read_current = bytes.fromhex("00B0000010")
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(read_current)
    inner.sw = 0x6982  # security status not satisfied: the card may not have moved
    guard.transmit(bytes.fromhex("00B0820000"))
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(read_current)
    inner.sw = 0x9000
    guard.transmit(bytes.fromhex("00B0820000"))
    guard.transmit(read_current)
    guard.transmit(bytes.fromhex("00200091"))  # a VERIFY may change the current file
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(read_current)
    guard.transmit(bytes.fromhex("00B0820000"))
    guard.transmit(SELECT_TEXT)  # re-selecting the application forgets the EF
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(read_current)


def test_card_with_an_implicitly_selected_ef_0001_keeps_the_number(
    direct_transport: type[DirectTransport],
) -> None:
    """A card may make EF 0001 current on SELECT AP: a bare READ BINARY would read it."""
    profile = dataclasses.replace(sample("jpki_test_card"), implicit_ef="0001")
    unguarded = VirtualCard(profile)
    unguarded.execute(SELECT_TEXT)
    unguarded.execute(bytes.fromhex("0020009104") + b"1234")
    assert b"537686677188" in unguarded.execute(bytes.fromhex("00B0000000"))  # the model
    card = VirtualCard(profile)
    guard = PrivacyGuardTransport(direct_transport(card))
    guard.transmit(SELECT_TEXT)
    guard.transmit(bytes.fromhex("0020009104") + b"1234")
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00B0000000"))
    assert card.forbidden_touches == []


def test_failed_select_of_text_ap_stays_protected() -> None:
    class Failing(Recorder):
        def transmit(self, apdu: bytes | bytearray) -> Response:
            super().transmit(apdu)
            return Response(b"", 0x6A82)

    guard = PrivacyGuardTransport(Failing())
    guard.transmit(SELECT_MF)  # fails too: state stays unknown
    guard.transmit(SELECT_TEXT)
    for command in ("00B0810000", "00B0820000", "00200091", "00B0000000"):
        with pytest.raises(ForbiddenAccessError):
            guard.transmit(bytes.fromhex(command))


def test_licence_paths_are_allowed() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    allowed = [
        SELECT_MF,
        SELECT_DF1,  # identify: now the guard knows it is a licence
        SELECT_MF,
        bytes.fromhex("00B08A0003"),  # PIN setting
        bytes.fromhex("00200081"),
        bytes.fromhex("0020008104") + b"1234",
        bytes.fromhex("0020008104") + b"****",
        SELECT_DF1,
        bytes.fromhex("00A4020C020001"),  # DF1/EF01 記載事項 (FID 0001, legitimately)
        bytes.fromhex("00B0000000"),
        bytes.fromhex("00B0010000"),
        SELECT_MF,
        bytes.fromhex("00A4020C022F01"),  # common data
        bytes.fromhex("00B0000011"),
    ]
    for command in allowed:
        guard.transmit(command)
    assert inner.sent == allowed


@pytest.mark.parametrize(
    "command",
    [
        "00A4020C020001",  # MF IEF01: the reader verifies by short EF id instead
        "00200082",  # PIN2
        "00B0810000",
        "00B0000000",  # no EF selected in the MF
        "00A4020C020002",
    ],
)
def test_licence_mf_refuses_what_the_reader_does_not_send(command: str) -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    for setup in (SELECT_MF, SELECT_DF1, SELECT_MF):
        guard.transmit(setup)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert len(inner.sent) == 3


def test_licence_mf_rules_need_a_licence() -> None:
    """On a My Number card (or before identification) the MF allows nothing."""
    for setup in ([SELECT_MF], [SELECT_TEXT, SELECT_MF], [SELECT_DF1, SELECT_TEXT, SELECT_MF]):
        inner = Recorder()
        guard = PrivacyGuardTransport(inner)
        for command in setup:
            guard.transmit(command)
        for command in ("00200081", "00B08A0003", "00A4020C022F01"):
            with pytest.raises(ForbiddenAccessError):
                guard.transmit(bytes.fromhex(command))
        assert inner.sent == setup


def test_guard_follows_leaving_the_text_ap() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_DF1)
    guard.transmit(bytes.fromhex("00A4020C020001"))  # DF1/EF01: fine
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00A4020C020001"))


def test_link_error_forgets_the_state() -> None:
    class Broken(Recorder):
        def transmit(self, apdu: bytes | bytearray) -> Response:
            super().transmit(apdu)
            if apdu[1] == 0xB0:
                raise CardRemovedError("gone")
            return Response(b"", 0x9000)

    guard = PrivacyGuardTransport(Broken())
    guard.transmit(SELECT_TEXT)
    with pytest.raises(CardRemovedError):
        guard.transmit(bytes.fromhex("00B0820000"))
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00200091"))


def test_every_public_path_leaves_protected_files_untouched() -> None:
    """status + PIN read + 照合番号B read + wrong secret + licence, on emulated cards."""
    service = InProcessCardReaderService()
    card = service.insert(sample("jpki_test_card"))
    for kind, secret in [
        (SecretKind.PIN, Secret("1234")),
        (SecretKind.CODE_B, build_code_b(date(1980, 2, 17), 2035, "2285")),
        (SecretKind.PIN, Secret("9999")),
    ]:
        session = service.open()
        session.status()
        with contextlib.suppress(Exception):
            session.read_basic_info(kind, secret)
        session.close()
    assert card.forbidden_touches == []
    assert card.apdu_count > 10
    licence = service.insert(sample("licence"))
    session = service.open()
    session.status()
    session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert licence.forbidden_touches == []


def test_emulator_does_record_touches() -> None:
    """The check above can fail: an unguarded transmit is recorded by the emulator."""
    card = VirtualCard(sample("jpki_test_card"))
    card.execute(SELECT_TEXT)
    card.execute(bytes.fromhex("00A4020C020001"))
    card.execute(bytes.fromhex("00200094"))
    assert len(card.forbidden_touches) == 2


_DATA = st.one_of(
    st.just(b""),
    st.binary(min_size=1, max_size=20),
    st.sampled_from([TEXT_AP_AID, LICENCE_DF1_AID, b"\x00\x01", b"\x00\x14", b"1234", b"\x3f\x00"]),
)
_LE = st.one_of(st.just(b""), st.binary(min_size=1, max_size=1), st.just(b"\x00\x00\x00"))
_COMMANDS = st.one_of(
    st.sampled_from(
        [SELECT_TEXT, SELECT_VISUAL, SELECT_MF, SELECT_DF1]
        + [bytes.fromhex(c) for c in FORBIDDEN_IN_TEXT + UNLISTED_IN_TEXT + ALWAYS_FORBIDDEN]
        + [
            bytes.fromhex(c)
            for c in ("00B0000000", "00B0820000", "00B08A0003", "00A4020C020001", "00200081")
        ]
        # The photo's application: its 照合番号B, and what lies next to the photo there.
        + [bytes.fromhex("002000920E") + b"55021720352285", bytes.fromhex("002000930C") + b"0" * 12]
        + [bytes.fromhex(c) for c in ("00200092", "00B0850000", "00A4020C020005", "00A4020C020013")]
    ),
    # Any instruction byte, with a plausible or arbitrary CLA, any P1-P2, data and Le.
    st.builds(
        lambda cla, ins, p1, p2, data, le: (
            bytes([cla, ins, p1, p2]) + (bytes([len(data)]) + data if data else b"") + le
        ),
        st.one_of(st.just(0x00), st.integers(0, 255)),
        st.one_of(st.integers(0, 255), st.sampled_from([0xA4, 0xB0, 0xB1, 0xB2, 0x20, 0xCB])),
        st.integers(0, 255),
        st.integers(0, 255),
        _DATA,
        _LE,
    ),
    st.binary(max_size=8),
)
#: What may ever reach a card through the guard (CLA 00 only).
_ALLOWED_INS = {0xA4, 0xB0, 0x20}


@settings(
    max_examples=300,
    deadline=None,
    # The fixture is the transport class, with no state: safe to share between examples.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(_COMMANDS, max_size=12),
    st.sampled_from(["jpki_test_card", "licence"]),
    st.sampled_from(["", "0001", "0014", "0002", "0005", "0013"]),
    st.sampled_from(["0020009104" + b"1234".hex(), "002000950E" + b"55021720352285".hex()]),
)
def test_random_command_sequences_never_reach_protected_files(
    direct_transport: type[DirectTransport],
    commands: list[bytes],
    profile: str,
    implicit_ef: str,
    known_secret: str,
) -> None:
    card = VirtualCard(dataclasses.replace(sample(profile), implicit_ef=implicit_ef))
    direct = direct_transport(card)
    guard = PrivacyGuardTransport(direct)
    # The attacker even knows the PIN or 照合番号B (which opens the photo's application too):
    # verified state must not open EF 0001 of the text AP, nor EF 0005 of the visual AP.
    guard.transmit(SELECT_TEXT)
    with contextlib.suppress(ForbiddenAccessError):  # refused on a licence: not in the text AP
        guard.transmit(bytes.fromhex(known_secret))
    for command in commands:
        try:
            response = guard.transmit(command)
        except ForbiddenAccessError:
            continue
        assert b"537686677188" not in response.data
    assert card.forbidden_touches == []
    assert all(apdu[0] == 0x00 and apdu[1] in _ALLOWED_INS for apdu in direct.sent)
