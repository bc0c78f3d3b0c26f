"""The camera screens after the camera work: with one camera (the card held up to it) the
card guidance fits that set-up, and a camera notice offers the easier way first (the face
again before the PIN)."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.flow.contract import CameraGuidance, FlowView, NoticeCode, Step
from kiosk.ui import texts
from kiosk.ui.camera_screens import CameraCardScreen
from kiosk.ui.screens import NoFlowInput, NoticeScreen

pytestmark = pytest.mark.gui


def test_one_camera_card_guidance_says_hold_the_card_up(qtbot: Any) -> None:
    screen = CameraCardScreen(NoFlowInput())
    qtbot.addWidget(screen)
    screen.show_view(FlowView(step=Step.CAMERA_CARD, guidance=CameraGuidance.HOLD_CARD))
    assert "photo side up" in screen.guidance.text()  # on the reader under the card camera
    screen.set_card_held_up(True)
    assert screen.guidance.text() == "Hold the front of your card up to the camera."
    spoken, _language = texts.spoken_guidance(CameraGuidance.HOLD_CARD, "en", card_held_up=True)
    assert spoken == screen.guidance.text()
    # Other guidance is the same either way.
    screen.show_view(FlowView(step=Step.CAMERA_CARD, guidance=CameraGuidance.HOLD_CARD_STILL))
    assert screen.guidance.text() == texts.GUIDANCE[CameraGuidance.HOLD_CARD_STILL].line


def test_a_camera_notice_offers_the_face_again_before_the_pin(qtbot: Any) -> None:
    screen = NoticeScreen(NoFlowInput())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    view = FlowView(
        step=Step.NOTICE,
        notice=NoticeCode.FACE_NOT_SEEN,
        offer_face_again=True,
        offer_pin=True,
        offer_call_staff=True,
    )
    screen.show_view(view)
    screen.layout().activate()
    assert screen.face_again.isVisible() and screen.use_pin.isVisible()
    assert screen.face_again.y() < screen.use_pin.y()
