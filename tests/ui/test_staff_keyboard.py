"""Point 16 of issue 10: the staff fields have an on-screen keyboard (digits, Latin letters in
both cases, password and URL symbols, big keys): the first account, the login and the
settings are typed with it alone, on a touch-only terminal. The fields keep the focus and
the system input method (Japanese is typed with the OS's IME)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.flow.contract import Step
from kiosk.ui import theme
from tests.ui.helpers import touch, type_on

pytestmark = pytest.mark.gui

#: A password with upper case, digits and symbols of every layer.
HARD_PASSWORD = "Kiosk#2026 [night]~ok"


def test_the_first_account_and_the_login_are_typed_on_the_screen(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    login = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is login)
    keyboard = login.keyboard
    assert keyboard.isVisible()
    for field, text in (
        (login.user, "Staff_01"),
        (login.password, HARD_PASSWORD),
        (login.repeat, HARD_PASSWORD),
        (login.setup_code, kiosk.setup_code),
    ):
        touch(kiosk, field)
        type_on(kiosk, keyboard, text)
        assert field.text() == text
        if field is login.user:
            assert QApplication.focusWidget() in (None, field)  # a key never takes the focus
    touch(kiosk, keyboard.enter)  # Enter submits, as on a hardware keyboard
    kiosk.wait_step(Step.IDLE)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_open") == 1)
    # The hidden menu: user id and password typed on the screen again, Delete fixes a typo.
    kiosk.app.open_staff_menu()
    assert login.mode == "unlock"
    touch(kiosk, login.user)
    type_on(kiosk, keyboard, "Staff_01x")
    touch(kiosk, keyboard.delete)
    touch(kiosk, login.password)
    type_on(kiosk, keyboard, HARD_PASSWORD)
    kiosk.click("submit")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)


def test_the_keys_are_big_and_never_take_the_focus(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    login = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is login)
    touch_px = theme.Metrics.for_height(800).touch_px
    keys = [k for k in login.keyboard.findChildren(QPushButton) if k.isVisible()]
    assert len(keys) >= 45
    for key in keys:
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert key.height() >= touch_px - 2 and key.width() >= 48, key.objectName()


def test_settings_fields_are_typed_on_the_screen_and_keep_the_system_ime(
    make_kiosk: Any,
) -> None:
    kiosk = make_kiosk()
    kiosk.app.open_staff_menu()  # no staff accounts service: the menu opens at once
    kiosk.click("menu_settings")
    screen = kiosk.window.settings_screen
    keyboard = screen.keyboard
    assert not keyboard.isVisible()  # until a field is touched: the form keeps its room
    touch(kiosk, screen.shelter_id)
    assert keyboard.isVisible()
    screen.shelter_id.setText("")
    type_on(kiosk, keyboard, "S-0002")
    touch(kiosk, screen.api_url)
    screen.api_url.setText("")
    type_on(kiosk, keyboard, "https://city.example.jp:8443/api?x=1")
    edited = screen.edited()
    assert edited.shelter.shelter_id == "S-0002"
    assert edited.api.url == "https://city.example.jp:8443/api?x=1"
    # Japanese comes through the system's IME: the name field never shuts it out.
    name = screen.shelter_name
    assert isinstance(name, QLineEdit)
    assert name.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    blocking = (
        Qt.InputMethodHint.ImhLatinOnly
        | Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhHiddenText
    )
    assert not (name.inputMethodHints() & blocking)
    touch(kiosk, keyboard.hide_key)
    assert not keyboard.isVisible()
