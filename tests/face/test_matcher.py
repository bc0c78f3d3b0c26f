"""Face matching on the shared fixture photos, with card photos made like a My Number card's:
face crop, greyscale, ~250 px tall, JPEG 2000, decoded in memory."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.face.matcher import (
    DlibFaceMatcher,
    FaceOutcome,
    NullFaceMatcher,
    decode_card_photo,
)
from tests.fixtures.faces import FACES, card_photo_bytes, rgb

pytestmark = pytest.mark.skipif(not FACES.is_dir(), reason="shared face photos not present")


@pytest.fixture(scope="module")
def matcher() -> DlibFaceMatcher:
    return DlibFaceMatcher()


@pytest.fixture(scope="module")
def obama_card() -> np.ndarray:
    return decode_card_photo(card_photo_bytes(FACES / "obama" / "1.jpg"))


def test_card_photo_is_small_greyscale(obama_card: np.ndarray) -> None:
    assert obama_card.ndim == 2
    assert obama_card.shape[0] == 250


def test_same_person_matches(matcher: DlibFaceMatcher, obama_card: np.ndarray) -> None:
    result = matcher.compare(obama_card, rgb(FACES / "obama" / "2.jpg"))
    assert result.outcome is FaceOutcome.MATCH
    assert result.distance is not None and result.distance <= matcher.tolerance


@pytest.mark.parametrize("other", ["biden/1.jpg", "kit_harington/1.jpg"])
def test_different_person_does_not_match(
    matcher: DlibFaceMatcher, obama_card: np.ndarray, other: str
) -> None:
    result = matcher.compare(obama_card, rgb(FACES / other))
    assert result.outcome is FaceOutcome.NO_MATCH
    assert not result.matched


def test_two_people_in_frame_is_refused(matcher: DlibFaceMatcher, obama_card: np.ndarray) -> None:
    result = matcher.compare(obama_card, rgb(FACES / "two_people.jpg"))
    assert result.outcome is FaceOutcome.SEVERAL_FACES_IN_FRAME


def test_empty_frame_asks_to_look_at_the_camera(
    matcher: DlibFaceMatcher, obama_card: np.ndarray
) -> None:
    blank = np.full((480, 640, 3), 200, dtype=np.uint8)
    assert matcher.compare(obama_card, blank).outcome is FaceOutcome.NO_FACE_IN_FRAME


def test_unreadable_card_photo_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a readable image"):
        decode_card_photo(b"\x00\x00\x00\x0cjP  \r\n\x87\ntruncated")


def test_null_matcher() -> None:
    frame = np.zeros((4, 4, 3), dtype=np.uint8)
    assert NullFaceMatcher().compare(frame, frame).outcome is FaceOutcome.UNAVAILABLE
