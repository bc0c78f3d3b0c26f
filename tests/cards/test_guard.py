"""The privacy guard: 個人番号 (EF 0001) and 照合番号A (IEF 0014) are unreachable.

Proved three ways: a table of forbidden commands in context, the public API over the emulator
(which records any touch), and random command sequences through the guard into the emulator.
"""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cards.aids import LICENCE_DF1_AID, TEXT_AP_AID, VISUAL_AP_AID
from kiosk.cards.apdu import Response
from kiosk.cards.api import ForbiddenAccessError, Secret, SecretKind
from kiosk.cards.code_b import build_code_b
from kiosk.cards.guard import PrivacyGuardTransport
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import sample


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
ALWAYS_FORBIDDEN = [
    "01A4020C020002",  # logical channel 1
    "0CB0820000",  # secure messaging
    "10200091",  # chaining
    "0070000001",  # MANAGE CHANNEL
    "00A4080C043F000001",  # path to EF 0001
    "00A4",
]


@pytest.mark.parametrize("command", FORBIDDEN_IN_TEXT)
def test_forbidden_in_text_ap_never_sent(command: str) -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))
    assert inner.sent == [SELECT_TEXT]


@pytest.mark.parametrize("command", FORBIDDEN_IN_TEXT)
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
    guard.transmit(SELECT_VISUAL)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex(command))


def test_partial_aid_counts_as_the_text_ap() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_MF)
    guard.transmit(bytes.fromhex("00A4040C05D392100031"))
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00A4020C020001"))


def test_failed_select_of_text_ap_stays_protected() -> None:
    class Failing(Recorder):
        def transmit(self, apdu: bytes | bytearray) -> Response:
            super().transmit(apdu)
            return Response(b"", 0x6A82)

    guard = PrivacyGuardTransport(Failing())
    guard.transmit(SELECT_MF)  # fails too: state stays unknown
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00B0810000"))


def test_licence_fid_0001_is_allowed_outside_the_text_ap() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    allowed = [
        SELECT_MF,
        bytes.fromhex("00A4020C020001"),  # IEF01 PIN1
        bytes.fromhex("00200081"),
        bytes.fromhex("0020008104") + b"1234",
        SELECT_DF1,
        bytes.fromhex("00A4020C020001"),  # DF1/EF01
        bytes.fromhex("00B0000000"),
        bytes.fromhex("00B0810000"),
    ]
    for command in allowed:
        guard.transmit(command)
    assert inner.sent == allowed


def test_guard_follows_leaving_the_text_ap() -> None:
    inner = Recorder()
    guard = PrivacyGuardTransport(inner)
    guard.transmit(SELECT_TEXT)
    guard.transmit(SELECT_MF)
    guard.transmit(bytes.fromhex("00A4020C020001"))  # MF IEF01: fine
    guard.transmit(SELECT_TEXT)
    with pytest.raises(ForbiddenAccessError):
        guard.transmit(bytes.fromhex("00A4020C020001"))


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


_COMMANDS = st.one_of(
    st.sampled_from(
        [SELECT_TEXT, SELECT_VISUAL, SELECT_MF, SELECT_DF1]
        + [bytes.fromhex(c) for c in FORBIDDEN_IN_TEXT + ALWAYS_FORBIDDEN]
        + [
            bytes.fromhex(c)
            for c in ("00A4040C05D392100031", "00A40300", "00B0000000", "00B0820000")
        ]
    ),
    st.builds(
        lambda ins, p1, p2, data: (
            bytes([0x00, ins, p1, p2]) + (bytes([len(data)]) + data if data else b"")
        ),
        st.sampled_from([0xA4, 0xB0, 0xB1, 0xB2, 0x20, 0x24, 0x2C, 0xCB]),
        st.integers(0, 255),
        st.integers(0, 255),
        st.one_of(
            st.just(b""),
            st.binary(min_size=2, max_size=2),
            st.sampled_from([TEXT_AP_AID, b"\x00\x01", b"\x00\x14"]),
        ),
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_COMMANDS, max_size=12), st.sampled_from(["jpki_test_card", "licence"]))
def test_random_command_sequences_never_reach_protected_files(
    commands: list[bytes], profile: str
) -> None:
    card = VirtualCard(sample(profile))

    class Direct:
        def transmit(self, apdu: bytes | bytearray) -> Response:
            raw = card.execute(bytes(apdu))
            return Response(raw[:-2], int.from_bytes(raw[-2:], "big"))

        def close(self) -> None:
            pass

    guard = PrivacyGuardTransport(Direct())
    # The attacker even knows the PIN: verified state must not open EF 0001 either.
    guard.transmit(SELECT_TEXT)
    guard.transmit(bytes.fromhex("0020009104") + b"1234")
    for command in commands:
        try:
            response = guard.transmit(command)
        except ForbiddenAccessError:
            continue
        assert b"537686677188" not in response.data
    assert card.forbidden_touches == []
