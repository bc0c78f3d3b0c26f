"""The camera path's screens (issue 11): the card face under (or held up to) the camera, and
the face check. Each renders only a FlowView and reports input through the flow's typed
methods; the frames never reach these widgets (no preview: nothing of a face or a card is
held by Qt), only the guidance the machine was told (``FlowView.guidance``).

Buttons never lead to a dead end: the PIN, the printed numbers typed, staff, or cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.cards.api import SecretKind
from kiosk.flow.contract import CameraGuidance, FlowView, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.ui import texts, theme
from kiosk.ui.screens import FlowInput, Screen
from kiosk.ui.widgets import BigButton, Picture, label, panel


class CameraScreen(Screen):
    """A camera step: a title, a large picture of what to do, one instruction, the current
    guidance line, and the other ways (the PIN, the printed numbers, staff, cancel)."""

    #: The guidance shown before the machine has said any (the step's first).
    first_guidance = CameraGuidance.HOLD_CARD

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        #: One camera for the card and the face (``camera.face_camera`` empty): the card is
        #: held up to it; otherwise it lies on the reader under the card camera.
        self.card_held_up = False
        self.title = label("", "title")
        self.root.addWidget(self.title)
        middle = QHBoxLayout()
        middle.setSpacing(self.px(32))
        self.picture_name = ""
        self.picture = Picture("card_camera", self.px(260))
        self.picture.setObjectName("camera_picture")
        middle.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout()
        column.setSpacing(self.px(12))
        self.instruction = label("")
        self.instruction.setObjectName("camera_instruction")
        column.addWidget(self.instruction)
        self.guidance_box, guidance_layout = panel()
        self.guidance = label("", "subtitle")
        self.guidance.setObjectName("camera_guidance")
        guidance_layout.addWidget(self.guidance)
        column.addWidget(self.guidance_box)
        self.privacy = label("", "small")
        self.privacy.setObjectName("camera_privacy")
        column.addWidget(self.privacy)
        column.addStretch(1)
        middle.addLayout(column, 1)
        self.root.addLayout(middle, 1)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.send(CheckInFlow.cancel))
        self.use_pin = BigButton("pin")
        self.use_pin.setObjectName("use_pin")
        self.use_pin.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.PIN))
        self.ask_staff = BigButton("staff")
        self.ask_staff.setObjectName("ask_staff")
        self.ask_staff.clicked.connect(self.send(CheckInFlow.ask_staff))

    def set_card_held_up(self, held_up: bool) -> None:
        """One camera serves the card and the face: the card is held up to it."""
        self.card_held_up = held_up
        self.retranslate()
        self.show_view(self.view)

    def current_guidance(self) -> CameraGuidance:
        return self.view.guidance or self.first_guidance

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        guidance = self.current_guidance()
        line = texts.guidance_line(guidance, self.card_held_up)
        self.guidance.setText(QCoreApplication.translate("Camera", line))
        name = texts.guidance_picture(guidance, self.card_held_up)
        if name != self.picture_name:
            self.picture_name = name
            self.picture.load(theme.picture_path(name))


class CameraCardScreen(CameraScreen):
    """CAMERA_CARD: the card camera reads 照合番号B off the card face (no PIN, no typing)."""

    step = Step.CAMERA_CARD

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.type_numbers = BigButton("card")
        self.type_numbers.setObjectName("type_code_b")
        self.type_numbers.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.CODE_B))
        # Two rows: four buttons side by side leave long words no room.
        self.root.addLayout(self.button_row(self.use_pin, self.type_numbers))
        self.root.addLayout(self.button_row(self.cancel, self.ask_staff))
        self.retranslate()
        self.show_view(self.view)

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("Camera", "Show the front of your card to the camera")
        )
        if self.card_held_up:
            self.instruction.setText(
                QCoreApplication.translate(
                    "Camera",
                    "Hold the front of your card up to the camera above the screen, about a "
                    "hand's width away, and keep it still.",
                )
            )
        else:
            self.instruction.setText(
                QCoreApplication.translate(
                    "Camera",
                    "Leave your card on the reader with the photo side up, under the camera, "
                    "and keep it still.",
                )
            )
        self.privacy.setText(
            QCoreApplication.translate(
                "Camera",
                "The camera reads only the birth date, the expiry year and the security code. "
                "No picture is kept.",
            )
        )
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.use_pin.setText(QCoreApplication.translate("Camera", "Use my PIN instead"))
        self.type_numbers.setText(QCoreApplication.translate("Camera", "Type the numbers"))
        self.ask_staff.setText(QCoreApplication.translate("Camera", "Ask staff"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        status = view.card_status
        pin = status.secret(SecretKind.PIN) if status is not None else None
        self.use_pin.setEnabled(pin is None or not (pin.locked or pin.refused))


class FaceCheckScreen(CameraScreen):
    """FACE_CHECK: the face camera's frames are compared with the card's photo."""

    step = Step.FACE_CHECK
    first_guidance = CameraGuidance.LOOK_AT_CAMERA

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.addLayout(self.button_row(self.cancel, self.use_pin, self.ask_staff))
        self.retranslate()
        self.show_view(self.view)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Camera", "Please look at the camera"))
        self.instruction.setText(
            QCoreApplication.translate(
                "Camera",
                "Your face is compared with the photo on your card. Take off a mask or "
                "sunglasses if you can.",
            )
        )
        self.privacy.setText(
            QCoreApplication.translate(
                "Camera", "No picture is kept, and nothing of your face is sent."
            )
        )
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.use_pin.setText(QCoreApplication.translate("Camera", "Use my PIN instead"))
        self.ask_staff.setText(QCoreApplication.translate("Camera", "Ask staff"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        self.use_pin.setVisible(view.offer_pin)


CAMERA_SCREENS: tuple[type[Screen], ...] = (CameraCardScreen, FaceCheckScreen)
