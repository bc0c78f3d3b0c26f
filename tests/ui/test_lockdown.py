"""What the application itself does against a person reaching the system (issue 8, point 12):
full screen on top of everything with the keyboard grabbed, no context menu anywhere, and no
prediction learning on fields that hold personal data or secrets. The rest is the OS's
lock-down (docs/ui.md)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from kiosk.ui.window import kiosk_mode

pytestmark = pytest.mark.gui

PRIVATE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData,
    Qt.InputMethodHint.ImhNoPredictiveText,
    Qt.InputMethodHint.ImhNoAutoUppercase,
)


def test_full_screen_kiosk_stays_on_top_without_frame_and_grabs_the_keyboard(
    make_kiosk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    grabs: list[bool] = []
    # The offscreen platform has no keyboard to grab: record the request instead.
    monkeypatch.setattr(QWindow, "setKeyboardGrabEnabled", lambda _w, on: grabs.append(on) or on)
    assert kiosk_mode(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.FramelessWindowHint
    kiosk.qtbot.waitUntil(window.isFullScreen)
    assert grabs == [True]


@pytest.mark.parametrize(
    "name", ["message", "user_id", "password", "password_repeat", "setup_code", "setting_api_token"]
)
def test_personal_and_secret_fields_learn_nothing(make_kiosk: Any, name: str) -> None:
    kiosk = make_kiosk(staff=True)
    field = kiosk.window.findChild(QWidget, name)
    assert field is not None
    for hint in PRIVATE_HINTS:
        assert field.inputMethodHints() & hint, (name, hint)


def test_no_context_menu_anywhere(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    widgets = [kiosk.window, *kiosk.window.findChildren(QWidget)]
    offenders = [
        w.objectName() or type(w).__name__
        for w in widgets
        if w.contextMenuPolicy() != Qt.ContextMenuPolicy.NoContextMenu
    ]
    assert not offenders
