"""Emulator extras (visual AP photo, JPKI token, APDU log masking) and monitor logic."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from kiosk.cards.aids import JPKI_AP_AID, VISUAL_AP_AID
from kiosk.cards.api import CardEvent, CardEventKind, Secret, SecretKind
from kiosk.cards.ber import parse_ber
from kiosk.cards.pcsc import diff_snapshots
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import sample
from tests.fixtures.faces import FACES

FACE = FACES / "obama" / "1.jpg"


def _select(aid: bytes) -> bytes:
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid


def test_jpki_token_identifies_a_my_number_card() -> None:
    card = VirtualCard(sample("jpki_test_card"))
    assert card.execute(_select(JPKI_AP_AID))[-2:] == b"\x90\x00"
    token = card.execute(bytes.fromhex("00B0860000"))
    assert token[:-2].rstrip(b" ") == b"JPKIAPICCTOKEN2"


@pytest.mark.skipif(not FACE.exists(), reason="shared test faces not available")
def test_visual_ap_photo_behind_code_b() -> None:
    profile = dataclasses.replace(sample("jpki_test_card"), face_image=str(FACE))
    card = VirtualCard(profile)
    card.execute(_select(VISUAL_AP_AID))
    assert card.execute(bytes.fromhex("00B0820000"))[-2:] == b"\x69\x82"
    assert card.execute(bytes.fromhex("002000920E") + b"55021720352285")[-2:] == b"\x90\x00"
    raw = bytearray()
    chunk = card.execute(bytes.fromhex("00B0820000"))
    raw.extend(chunk[:-2])
    while chunk[-2:] == b"\x90\x00" and len(chunk) == 258:
        chunk = card.execute(bytes([0x00, 0xB0, len(raw) >> 8, len(raw) & 0xFF, 0x00]))
        raw.extend(chunk[:-2])
    record = parse_ber(bytes(raw))
    fields = {child.tag: child.value for child in record.children()}
    assert fields[0xDF22] == b"19800217" and fields[0xDF23] == b"1"
    assert fields[0xDF29] == b"20350217"
    assert fields[0xDF27][:12] == bytes.fromhex("0000000C6A5020200D0A870A")  # JP2 signature
    assert card.forbidden_touches == []


def test_apdu_log_masks_secrets(caplog: pytest.LogCaptureFixture) -> None:
    service = InProcessCardReaderService()
    card = service.insert(sample("jpki_test_card"))
    card.log_apdus = True
    with caplog.at_level(logging.INFO, logger="kiosk.cards.virtual.emulator"):
        service.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    text = caplog.text
    assert "00 20 00 91 04 ** ** ** **" in text
    assert "31 32 33 34" not in text and "1234" not in text
    assert "黒桐" not in text  # responses are logged as status + length only


def test_diff_snapshots_covers_hot_plug() -> None:
    a, b = "Reader A", "Reader B"
    assert diff_snapshots({}, {a: False}) == [CardEvent(CardEventKind.READER_ATTACHED, a)]
    assert diff_snapshots({}, {a: True}) == [
        CardEvent(CardEventKind.READER_ATTACHED, a),
        CardEvent(CardEventKind.CARD_INSERTED, a),
    ]
    assert diff_snapshots({a: False}, {a: True}) == [CardEvent(CardEventKind.CARD_INSERTED, a)]
    assert diff_snapshots({a: True}, {a: False}) == [CardEvent(CardEventKind.CARD_REMOVED, a)]
    # Unplugging a reader with a card in it: the card goes first, then the reader.
    assert diff_snapshots({a: True, b: False}, {b: False}) == [
        CardEvent(CardEventKind.CARD_REMOVED, a),
        CardEvent(CardEventKind.READER_DETACHED, a),
    ]
    assert diff_snapshots({a: True}, {a: True}) == []
