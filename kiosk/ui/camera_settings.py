"""The camera rows of the staff settings screen (issue 11): the camera mode, and which
camera serves which role. Built into ``staff.SettingsScreen``'s form by :meth:`add_rows`.

Cameras are OpenCV device numbers here (0-3, what a kiosk PC has); a device name written
in the settings file by IT (``/dev/video2``) is kept as long as staff do not choose another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.settings import CameraMode, Settings
from kiosk.ui.i18n import QT_TRANSLATE_NOOP

#: staff.ChoiceButtons' constructor: (object name, [(value, text)], columns=...); passed in
#: by staff.py, which builds these rows (an import would be a cycle).
MakeChoices = Callable[..., Any]

#: The modes in the order staff see them, with their (translated) names.
MODE_NAMES: dict[CameraMode, str] = {
    CameraMode.OFF: QT_TRANSLATE_NOOP("Settings", "Off: PIN or typed numbers"),
    CameraMode.CARD_FACE: QT_TRANSLATE_NOOP("Settings", "Read the card face"),
    CameraMode.CARD_FACE_AND_FACE: QT_TRANSLATE_NOOP(
        "Settings", "Read the card face and match the face"
    ),
    CameraMode.PIN_THEN_FACE: QT_TRANSLATE_NOOP("Settings", "PIN, then match the face"),
}
#: Device numbers offered on the screen.
DEVICES = ("0", "1", "2", "3")
#: The face camera's "none of its own" choice (settings value "").
SAME_CAMERA = ""


class _DeviceChoice:
    """A choice of camera device that keeps a value it does not offer (a device name) until
    staff touch one of its buttons."""

    def __init__(self, name: str, values: list[str], make: MakeChoices) -> None:
        self.widget = make(name, [(value, value) for value in values], columns=len(values))
        self.loaded = ""
        self.touched = False
        self.widget.group.buttonClicked.connect(self._touch)

    def _touch(self, *_: object) -> None:
        self.touched = True

    def load(self, value: str) -> None:
        self.loaded = value
        self.touched = False
        self.widget.set_value(value)

    def value(self) -> str:
        if not self.touched and self.loaded not in self.widget.buttons:
            return self.loaded
        return str(self.widget.value())


class CameraSettingsRows:
    """Three rows: the mode, the card camera, the face camera (or the same one)."""

    def __init__(self, choice_buttons: MakeChoices) -> None:
        """``choice_buttons``: staff.ChoiceButtons (passed in: no import cycle)."""
        modes = [(mode.value, mode.value) for mode in MODE_NAMES]
        self.mode = choice_buttons("setting_camera_mode", modes, columns=2)
        self.card_camera = _DeviceChoice("setting_card_camera", list(DEVICES), choice_buttons)
        self.face_camera = _DeviceChoice(
            "setting_face_camera", [SAME_CAMERA, *DEVICES], choice_buttons
        )

    def add_rows(self, row: Callable[[str, QWidget], None]) -> None:
        """Into the settings form (``row(key, widget)`` names the widget ``setting_<key>``)."""
        row("camera_mode", self.mode)
        row("card_camera", self.card_camera.widget)
        row("face_camera", self.face_camera.widget)

    def retranslate(self, captions: dict[str, QLabel]) -> None:
        captions["camera_mode"].setText(QCoreApplication.translate("Settings", "Camera"))
        captions["card_camera"].setText(
            QCoreApplication.translate("Settings", "Card camera (device number)")
        )
        captions["face_camera"].setText(
            QCoreApplication.translate("Settings", "Face camera (device number)")
        )
        for mode, text in MODE_NAMES.items():
            self.mode.buttons[mode.value].setText(QCoreApplication.translate("Settings", text))
        self.face_camera.widget.buttons[SAME_CAMERA].setText(
            QCoreApplication.translate("Settings", "Same camera")
        )

    def load(self, settings: Settings) -> None:
        self.mode.set_value(settings.camera.camera_mode.value)
        self.card_camera.load(settings.camera.card_camera)
        self.face_camera.load(settings.camera.face_camera)

    def edit(self, settings: Settings) -> None:
        """Write the chosen values into ``settings`` (a copy the screen saves)."""
        settings.camera.mode = self.mode.value() or CameraMode.OFF.value
        settings.camera.card_camera = self.card_camera.value()
        settings.camera.face_camera = self.face_camera.value()
