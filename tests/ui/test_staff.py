"""Staff through the real UI: first account, login (queues the open notice), the hidden
corner gesture, settings, the close notice and quitting, and the window that only staff close.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk import settings as settings_module
from kiosk.flow.contract import NoticeCode, Step

pytestmark = pytest.mark.gui

PASSWORD = "correct horse 7"


def fill(kiosk: Any, name: str, text: str) -> None:
    field = kiosk.widget(name)
    field.clear()
    if text.isascii():
        kiosk.qtbot.keyClicks(field, text)
    else:
        field.setText(text)  # CJK comes through an input method, not key by key


def first_run_login(kiosk: Any) -> None:
    screen = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is screen)
    assert screen.mode == "create"
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", PASSWORD)
    fill(kiosk, "password_repeat", PASSWORD)
    kiosk.click("submit")
    kiosk.wait_step(Step.IDLE)


def open_menu(kiosk: Any) -> None:
    corner = kiosk.window.corner
    corner._timer.setInterval(150)  # the real hold is 3 s; the behaviour is the same
    kiosk.qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    with kiosk.qtbot.waitSignal(corner.triggered, timeout=2000):
        pass
    kiosk.qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    login = kiosk.window.staff_login
    assert kiosk.window.stack.currentWidget() is login
    assert login.mode == "unlock"
    fill(kiosk, "password", PASSWORD)
    kiosk.click("submit")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)


def test_first_run_creates_account_and_queues_open_notice(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_open") == 1)
    staff_file = (kiosk.store.path.parent / "staff.json").read_text("utf-8")
    assert PASSWORD not in staff_file  # hashed, never stored


def test_login_refuses_a_wrong_password_then_locks(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.app.log_out()
    screen = kiosk.window.staff_login
    assert screen.mode == "login"
    for _ in range(6):  # the 5th failure locks; the 6th try is told so
        fill(kiosk, "user_id", "staff01")
        fill(kiosk, "password", "wrong password")
        kiosk.click("submit")
    assert screen.error.text() == "Too many wrong tries. Please wait and try again later."
    assert kiosk.window.stack.currentWidget() is screen
    assert screen.password.text() == ""  # a refused password does not stay in the field


def test_short_tap_in_the_corner_does_nothing(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    corner = kiosk.window.corner
    triggered: list[bool] = []
    corner.triggered.connect(lambda: triggered.append(True))
    kiosk.qtbot.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not corner._timer.isActive()
    assert not triggered
    assert corner.hold_ms == 3000


def test_settings_are_saved_and_used(make_kiosk: Any, kiosk_home: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    fill(kiosk, "setting_shelter_name", "中央公民館")
    fill(kiosk, "setting_api_url", "ftp://wrong")
    kiosk.click("save")
    settings_screen = kiosk.window.settings_screen
    assert "API URL" in settings_screen.error.text()
    assert not (kiosk_home / "settings.toml").exists() or "中央公民館" not in (
        kiosk_home / "settings.toml"
    ).read_text("utf-8")
    fill(kiosk, "setting_api_url", "")
    kiosk.widget("setting_voice").setChecked(False)
    kiosk.widget("setting_idle").setValue(45)
    kiosk.click("save")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)
    saved = settings_module.load(kiosk_home / "settings.toml")
    assert saved.shelter.name == "中央公民館"
    assert saved.ui.voice_enabled is False
    assert saved.ui.idle_timeout_s == 45
    kiosk.click("menu_back")
    kiosk.wait_step(Step.IDLE)
    assert kiosk.holds_text("中央公民館")  # the new flow shows the new shelter name
    assert kiosk.app.machine.config.idle_timeout_s == 45


def test_close_notice_shows_waiting_records_then_quits(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_close")
    closing = kiosk.window.closing
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is closing)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_close") == 1)
    # No server is configured in this test: open + close notices both still wait.
    kiosk.qtbot.waitUntil(lambda: closing.count == 2)
    assert kiosk.holds_text("Records still waiting to be sent: 2")
    with kiosk.qtbot.waitSignal(kiosk.app.quit_requested, timeout=2000):
        kiosk.click("quit")


def test_full_screen_window_cannot_be_closed_by_evacuees(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.window.allow_close = False
    kiosk.window.close()
    assert kiosk.window.isVisible()
    kiosk.window.allow_close = True


def test_staff_menu_shows_status(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    menu = kiosk.window.staff_menu
    kiosk.qtbot.waitUntil(lambda: "Records waiting: 1" in menu.status_rows["waiting"].text())
    assert menu.status_rows["reader"].text().startswith("Reader: connected")


def test_missing_reader_sends_people_to_staff(make_kiosk: Any) -> None:
    from kiosk.cards.virtual.inprocess import InProcessCardReaderService

    kiosk = make_kiosk(cards=InProcessCardReaderService(connected=False))
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.NO_READER
    assert kiosk.window.screen_for(Step.NOTICE).staff.isVisible()
    idle = kiosk.window.screen_for(Step.IDLE)
    assert idle.status_line.text() == "Reader missing"


def test_card_placed_during_staff_login_waits_for_the_kiosk(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    screen = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is screen)
    kiosk.insert("jpki_test_card")
    kiosk.qtbot.waitUntil(lambda: kiosk.app.card_present)
    assert kiosk.view.step == Step.IDLE  # nothing read or spoken behind the staff screen
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", PASSWORD)
    fill(kiosk, "password_repeat", PASSWORD)
    kiosk.click("submit")
    kiosk.wait_step(Step.CONSENT)
