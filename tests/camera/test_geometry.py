"""Finding the card in a frame: under strong glare, with nothing in the frame, and the
card-shape test the face match uses against a card held up."""

from __future__ import annotations

import random
from datetime import date

import numpy as np
import pytest

from kiosk.camera.geometry import CARD_ASPECT, card_aspect, card_shaped, find_card, point_inside
from kiosk.camera.synthetic import Degradation, SyntheticIdentity, render_card_face, render_scene

IDENTITY = SyntheticIdentity(
    "見本\u3000花子", "架空県", date(1980, 2, 17), "女", date(2035, 2, 17), "2285"
)


@pytest.mark.parametrize("seed", [2, 5])
def test_the_card_is_found_under_strong_glare(seed: int) -> None:
    """Glare that makes the background as pale as the card: the card's edge still shows.
    (These seeds gave quads of aspect 1.37 and 1.82 when only the brightness was used.)"""
    how = Degradation(rotation=6.0, glare=0.6, tilt=0.04)
    scene = render_scene(render_card_face(IDENTITY), how, random.Random(seed))
    corners = find_card(scene)
    assert corners is not None
    assert abs(card_aspect(corners) - CARD_ASPECT) < 0.05 * CARD_ASPECT


@pytest.mark.parametrize("shade", [0, 60, 255])
def test_an_even_frame_holds_no_card(shade: int) -> None:
    assert find_card(np.full((720, 1280, 3), shade, dtype=np.uint8)) is None


def test_card_shape() -> None:
    card = np.array([[100, 100], [100 + 428, 100], [528, 370], [100, 370]], dtype=np.float32)
    assert card_shaped(card, (720, 1280, 3))
    square = np.array([[100, 100], [400, 100], [400, 400], [100, 400]], dtype=np.float32)
    assert not card_shaped(square, (720, 1280, 3))
    off_frame = card - [99, 0]  # touches the left edge of the frame
    assert not card_shaped(off_frame, (720, 1280, 3))
    assert point_inside(card, 300, 200) and not point_inside(card, 50, 50)
