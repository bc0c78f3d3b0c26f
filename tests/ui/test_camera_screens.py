"""The camera path's screens alone (issue 11): what they show for each view, and which
machine input each button feeds (a recording FlowInput: the screens' own logic only)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.cards.api import SecretKind
from kiosk.flow.contract import CameraGuidance, CodeBInput, FlowView, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.settings import CameraMode
from kiosk.ui import texts
from kiosk.ui.camera_screens import CameraCardScreen, FaceCheckScreen
from kiosk.ui.screens import CodeBScreen, ConsentScreen, NoFlowInput

pytestmark = pytest.mark.gui


class Recorder(NoFlowInput):
    """The inputs a screen feeds, as (method, args)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []

    def send(self, method: Any, /, *args: Any, **kwargs: Any) -> None:
        self.sent.append((method, args))


def click(qtbot: Any, screen: Any, name: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    (button,) = [b for b in screen.findChildren(QAbstractButton, name) if b.isVisibleTo(screen)]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_camera_steps_buttons_feed_the_machine_and_never_dead_end(qtbot: Any) -> None:
    flow = Recorder()
    card = CameraCardScreen(flow)
    qtbot.addWidget(card)
    card.show_view(FlowView(step=Step.CAMERA_CARD, guidance=CameraGuidance.HOLD_CARD))
    for name in ("use_pin", "type_code_b", "ask_staff", "cancel"):
        click(qtbot, card, name)
    assert flow.sent == [
        (CheckInFlow.choose_method, (SecretKind.PIN,)),
        (CheckInFlow.choose_method, (SecretKind.CODE_B,)),
        (CheckInFlow.ask_staff, ()),
        (CheckInFlow.cancel, ()),
    ]
    face = FaceCheckScreen(flow)
    qtbot.addWidget(face)
    face.show_view(FlowView(step=Step.FACE_CHECK, offer_pin=False))
    assert not face.use_pin.isVisibleTo(face) and face.ask_staff.isVisibleTo(face)
    face.show_view(FlowView(step=Step.FACE_CHECK, offer_pin=True))
    assert face.use_pin.isVisibleTo(face)


@pytest.mark.parametrize("guidance", list(CameraGuidance))
def test_each_guidance_has_its_line_and_picture(qtbot: Any, guidance: CameraGuidance) -> None:
    screen = FaceCheckScreen(NoFlowInput())
    qtbot.addWidget(screen)
    screen.show_view(FlowView(step=Step.FACE_CHECK, guidance=guidance))
    assert screen.guidance.text() == texts.GUIDANCE[guidance].line
    assert screen.picture_name == texts.GUIDANCE[guidance].picture
    assert screen.picture.renderer().isValid()


def test_one_camera_shows_the_card_held_up(qtbot: Any) -> None:
    screen = CameraCardScreen(NoFlowInput())
    qtbot.addWidget(screen)
    view = FlowView(step=Step.CAMERA_CARD, guidance=CameraGuidance.HOLD_CARD)
    screen.show_view(view)
    lying = (screen.picture_name, screen.instruction.text())
    screen.set_card_held_up(True)
    assert lying[0] == "card_camera" and screen.picture_name == "card_to_camera"
    assert screen.instruction.text() != lying[1]


def test_the_consent_names_the_camera_use_only_when_it_is_on(qtbot: Any) -> None:
    screen = ConsentScreen(NoFlowInput())
    qtbot.addWidget(screen)
    screen.show()
    screen.show_view(FlowView(step=Step.CONSENT))
    assert not screen.camera.isVisible()
    for mode, line in texts.CAMERA_CONSENT.items():
        screen.set_camera_mode(mode)
        assert screen.camera.isVisible() and screen.camera.text() == line
    screen.set_camera_mode(CameraMode.OFF)
    assert not screen.camera.isVisible()


def test_each_persons_reading_is_pre_filled_and_corrections_are_kept(qtbot: Any) -> None:
    screen = CodeBScreen(NoFlowInput())
    qtbot.addWidget(screen)
    typed = FlowView(step=Step.ENTER_CODE_B)
    first = CodeBInput(date(1980, 2, 17), 2035, "2285")
    screen.show_view(dataclasses.replace(typed, code_b_prefill=first))
    assert "".join(screen.fields["birth"].digits) == "550217"
    screen.keypad.erase.emit()  # the person corrects the code's last digit
    screen.keypad.digit.emit("6")
    screen.show_view(dataclasses.replace(typed, code_b_prefill=first, countdown_s=3))
    assert "".join(screen.fields["code"].digits) == "2286"  # a re-render keeps it
    # The person leaves; the next person's pass reaches the screen again with a reading.
    screen.clear_personal_data()
    second = CodeBInput(date(2001, 4, 1), 2031, "0042")
    screen.show_view(dataclasses.replace(typed, code_b_prefill=second))
    shown = {key: "".join(field.digits) for key, field in screen.fields.items()}
    assert shown == {"birth": "130401", "expiry": "2031", "code": "0042"}
    assert screen.era_buttons["heisei"].isChecked()
    screen.clear_personal_data()
    assert all(not field.digits for field in screen.fields.values())
