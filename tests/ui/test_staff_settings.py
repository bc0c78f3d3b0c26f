"""Point 14 of issue 10: the settings screen changes a value only when it is touched.

A mouse wheel or a stray scroll over any control changes nothing (the form scrolls); the
choices are touch-sized: a big button per language, big - / + buttons for the numbers.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui import theme
from tests.ui.helpers import first_run_login, open_menu

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, steps: int) -> None:
    """A mouse wheel turned over the middle of ``widget`` (120 per notch)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def settings_screen(make_kiosk: Any) -> Any:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    return kiosk


def test_the_wheel_changes_no_setting(make_kiosk: Any) -> None:
    kiosk = settings_screen(make_kiosk)
    screen = kiosk.window.settings_screen
    before = screen.edited()
    controls = [w for w in screen.findChildren(QWidget) if w.isVisible()]
    assert any(w.objectName() == "setting_language" for w in controls)
    for widget in controls:
        for steps in (1, -3):  # not back where it started
            wheel(widget, steps)
    assert screen.edited() == before


def test_a_touch_changes_the_numbers_and_the_language(make_kiosk: Any) -> None:
    kiosk = settings_screen(make_kiosk)
    screen = kiosk.window.settings_screen
    idle = screen.edited().ui.idle_timeout_s
    kiosk.click("setting_idle_more")
    assert screen.edited().ui.idle_timeout_s > idle
    kiosk.click("setting_idle_less")
    kiosk.click("setting_idle_less")
    assert screen.edited().ui.idle_timeout_s < idle
    kiosk.click("setting_language_vi")
    assert screen.edited().ui.default_language == "vi"
    kiosk.click("setting_language_ja")
    assert screen.edited().ui.default_language == "ja"


def test_the_choices_are_touch_sized(make_kiosk: Any) -> None:
    kiosk = settings_screen(make_kiosk)
    screen = kiosk.window.settings_screen
    touch = theme.Metrics.for_height(800).touch_px
    buttons = [
        b
        for b in screen.findChildren(QAbstractButton)
        if b.isVisible() and b.objectName().startswith(("setting_language_", "setting_idle_"))
    ]
    assert len(buttons) >= 9
    for button in buttons:
        assert button.height() >= touch - 2, button.objectName()
        assert button.width() >= touch - 2, button.objectName()


def test_the_shelters_own_texts_are_set_on_the_settings_screen(
    make_kiosk: Any, kiosk_home: Any
) -> None:
    """What comes next after a check-in and where the staff desk is: staff write them (line
    breaks allowed) and the kiosk saves them; the on-screen keyboard types into them too."""
    from kiosk import settings as settings_module
    from tests.ui.helpers import touch, type_on

    kiosk = settings_screen(make_kiosk)
    screen = kiosk.window.settings_screen
    after = kiosk.widget("setting_after_checkin")
    desk = kiosk.widget("setting_staff_desk")
    after.setPlainText("受付で毛布を受け取ってください。\n家族は体育館の東側へ。")
    touch(kiosk, desk)
    assert screen.keyboard.isVisible()
    type_on(kiosk, screen.keyboard, "Desk B, 2F")
    kiosk.click("save")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)
    saved = settings_module.load(kiosk_home / "settings.toml")
    assert (
        saved.shelter.after_checkin_text
        == "受付で毛布を受け取ってください。\n家族は体育館の東側へ。"
    )
    assert saved.shelter.staff_desk_text == "Desk B, 2F"
    kiosk.click("menu_settings")
    assert kiosk.widget("setting_staff_desk").toPlainText() == "Desk B, 2F"
