"""Staff through the real UI: first account, login (queues the open notice), the hidden
corner gesture, settings, the close notice and quitting, and the window that only staff close.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk import settings as settings_module
from kiosk.flow.contract import NoticeCode, Step
from kiosk.store import PurgeResult, PurgeStatus
from tests.ui.helpers import PASSWORD, fill, first_run_login, kiosk_settings, open_menu

pytestmark = pytest.mark.gui


def test_first_run_creates_account_and_queues_open_notice(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_open") == 1)
    staff_file = (kiosk.store.path.parent / "staff.json").read_text("utf-8")
    assert PASSWORD not in staff_file  # hashed, never stored


def test_login_refuses_a_wrong_password_then_locks(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.app.staff_session.show_login()  # the next start's login (log-out quits)
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
    corner = kiosk.window.staff_corner
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
    kiosk.click("confirm_yes")
    closing = kiosk.window.closing
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is closing)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_close") == 1)
    # No server is configured in this test: open + close notices both still wait.
    kiosk.qtbot.waitUntil(lambda: closing.count == 2)
    assert kiosk.holds_text("Records still waiting to be sent: 2")
    with kiosk.qtbot.waitSignal(kiosk.app.quit_requested, timeout=2000):
        kiosk.click("quit")
        kiosk.click("confirm_yes")


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
    assert idle.status_icon.icon_name() == "staff"  # a bare icon: the words are for staff


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
    fill(kiosk, "setup_code", kiosk.setup_code)
    kiosk.click("submit")
    kiosk.wait_step(Step.CONSENT)


# -- the staff screens lock themselves; dangerous actions ask first (issue 8, point 8) --------


def on_screen(kiosk: Any, screen: Any) -> Any:
    return lambda: kiosk.window.stack.currentWidget() is screen


def at_the_kiosk(kiosk: Any) -> Any:
    idle = kiosk.window.screen_for(Step.IDLE)
    return lambda: not kiosk.window.staff_mode and kiosk.window.stack.currentWidget() is idle


def test_idle_staff_menu_returns_to_the_kiosk(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    first_run_login(kiosk)
    open_menu(kiosk)
    menu = kiosk.window.staff_menu
    timer = kiosk.window.staff_idle
    assert timer.isActive()
    # A touch on the menu keeps it open: the idle time starts again.
    kiosk.qtbot.waitUntil(lambda: timer.remainingTime() < 500, timeout=2000)
    kiosk.qtbot.mouseClick(menu.status_title, Qt.MouseButton.LeftButton)
    assert timer.remainingTime() > 500
    assert kiosk.window.stack.currentWidget() is menu
    # Nobody touches it: back to the kiosk, and the next open asks for the password again.
    kiosk.qtbot.waitUntil(at_the_kiosk(kiosk), timeout=3000)
    assert not timer.isActive()
    kiosk.app.open_staff_menu()
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_login
    assert kiosk.window.staff_login.mode == "unlock"


def test_idle_settings_screen_returns_to_the_kiosk_and_forgets_the_typed_token(
    make_kiosk: Any,
) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    fill(kiosk, "setting_api_token", "typed-but-not-saved")
    kiosk.qtbot.waitUntil(at_the_kiosk(kiosk), timeout=3000)
    assert kiosk.window.settings_screen.api_token.text() == ""


def test_idle_start_up_login_stays_and_forgets_the_password(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=300)
    first_run_login(kiosk)
    kiosk.app.staff_session.show_login()  # the next start's login (log-out quits)
    login = kiosk.window.staff_login
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", "half typed")
    kiosk.qtbot.waitUntil(lambda: login.password.text() == "", timeout=3000)
    # The login at start-up is never skipped by waiting.
    assert kiosk.window.stack.currentWidget() is login
    assert kiosk.window.staff_mode
    assert login.mode == "login"


def test_close_notice_asks_first(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_open") == 1)
    open_menu(kiosk)
    confirm = kiosk.window.confirm
    kiosk.click("menu_close")
    assert kiosk.window.stack.currentWidget() is confirm
    assert kiosk.holds_text("Send the shelter close notice?")
    kiosk.click("confirm_no")
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    kiosk.click("menu_close")
    kiosk.click("confirm_yes")
    kiosk.qtbot.waitUntil(on_screen(kiosk, kiosk.window.closing))
    # "No" queued nothing: exactly one close notice.
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_close") == 1)
    quits: list[bool] = []
    kiosk.app.quit_requested.connect(lambda: quits.append(True))
    kiosk.click("quit")
    assert kiosk.window.stack.currentWidget() is confirm
    assert kiosk.holds_text("Quit the kiosk?")
    kiosk.click("confirm_no")
    assert kiosk.window.stack.currentWidget() is kiosk.window.closing
    assert not quits
    with kiosk.qtbot.waitSignal(kiosk.app.quit_requested, timeout=2000):
        kiosk.click("quit")
        kiosk.click("confirm_yes")


def test_purge_asks_first(make_kiosk: Any) -> None:
    purges: list[bool] = []

    class Control:
        def send_now(self) -> None: ...

        def retry_quarantined(self) -> int:
            return 0

        def purge_now(self) -> Any:
            purges.append(True)
            return PurgeResult.of(PurgeStatus.NOTHING_LEFT)

    kiosk = make_kiosk(staff=True)
    kiosk.app.services.sync_control = Control()
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_purge")
    assert kiosk.window.stack.currentWidget() is kiosk.window.confirm
    assert kiosk.holds_text("Delete personal data now?")
    kiosk.click("confirm_no")
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    assert not purges
    kiosk.click("menu_purge")
    kiosk.click("confirm_yes")
    menu = kiosk.window.staff_menu
    kiosk.qtbot.waitUntil(lambda: menu.message == "No personal data left to delete.")
    assert purges == [True]
    assert kiosk.window.stack.currentWidget() is menu


def test_idle_confirmation_returns_to_the_kiosk_without_acting(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_close")
    assert kiosk.window.stack.currentWidget() is kiosk.window.confirm
    kiosk.qtbot.waitUntil(at_the_kiosk(kiosk), timeout=3000)
    assert kiosk.store.kind_counts().get("shelter_close") is None


def test_new_api_url_needs_the_token_typed_again(make_kiosk: Any, kiosk_home: Any) -> None:

    settings = kiosk_settings(kiosk_home)
    settings.api.url = "https://a.example.jp/api"
    settings.api.token = "saved-token-0001"
    kiosk = make_kiosk(settings=settings, staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    screen = kiosk.window.settings_screen
    assert screen.api_token.text() == ""  # the saved token is never put back on screen
    fill(kiosk, "setting_api_url", "https://b.example.jp/api")
    kiosk.click("save")
    assert "token" in screen.error.text()
    assert kiosk.window.stack.currentWidget() is screen
    assert kiosk.app.settings.api.url == "https://a.example.jp/api"
    assert not (kiosk_home / "settings.toml").exists()
    # The app refuses it too, whoever asks: a new URL never gets the saved token.
    moved = kiosk.app.settings.__class__()
    moved.api.url = "https://b.example.jp/api"
    moved.api.token = ""
    assert kiosk.app.save_settings(moved) is not None
    fill(kiosk, "setting_api_token", "new-token-0002")
    kiosk.click("save")
    kiosk.qtbot.waitUntil(on_screen(kiosk, kiosk.window.staff_menu))
    saved = settings_module.load(kiosk_home / "settings.toml")
    assert (saved.api.url, saved.api.token) == ("https://b.example.jp/api", "new-token-0002")
    # Same URL, token left empty: the saved token is kept.
    kiosk.click("menu_settings")
    fill(kiosk, "setting_shelter_name", "中央公民館")
    kiosk.click("save")
    kiosk.qtbot.waitUntil(on_screen(kiosk, kiosk.window.staff_menu))
    saved = settings_module.load(kiosk_home / "settings.toml")
    assert saved.api.token == "new-token-0002"
    assert saved.shelter.name == "中央公民館"


def test_idle_unlock_screen_returns_to_the_kiosk_and_forgets_the_password(
    make_kiosk: Any,
) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    first_run_login(kiosk)
    kiosk.app.open_staff_menu()
    login = kiosk.window.staff_login
    assert login.mode == "unlock"
    fill(kiosk, "password", "half typed")
    kiosk.qtbot.waitUntil(at_the_kiosk(kiosk), timeout=3000)
    assert login.password.text() == ""
