"""Opening and closing the shelter (issue 10 point 18; docs/ui.md "Opening and closing the
shelter"): the open notice once per opening, counted where it arrives (the reference
management server on 127.0.0.1); log-out quits without a notice; after a close, the next
start says the shelter is closed and the login opens it again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.clock import FakeClock
from kiosk.flow.contract import Step
from kiosk.flow.shelter import ShelterState
from kiosk.mgmt_server.process import ServerProcess
from kiosk.staff import LoginMode, ScryptCost, StaffAccounts
from kiosk.store import RecordStore
from kiosk.ui.services import SyncControl
from tests.ui.app_services import kiosk_services
from tests.ui.helpers import kiosk_settings

pytestmark = pytest.mark.gui

PASSWORD = "ein langes Passwort 42"
USER = "staff01"


def start(make_kiosk: Any, home: Path, server: ServerProcess, clock: FakeClock) -> Any:
    """One start of the kiosk on ``home`` (its database, key, staff file), sending to
    ``server``; what a restart finds is what the previous start left there."""
    settings = kiosk_settings(home)
    settings.ui.voice_enabled = False
    settings.api.url = server.url
    settings.api.token = server.token
    staff = StaffAccounts(home / "staff.json", clock, cost=ScryptCost(n=2**10))
    if not staff.has_accounts():
        staff.create_account(USER, PASSWORD)
    services = kiosk_services(settings, home, clock, staff=staff)
    assert isinstance(services.recorder, RecordStore)
    sync = SyncControl(services.recorder, settings, clock)
    services.sync_status = sync.status
    services.sync_control = sync
    services.closers.insert(0, sync.stop)
    kiosk = make_kiosk(settings=settings, services=services, staff=True)
    login = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current_screen() is login)
    assert login.mode is LoginMode.LOGIN
    return kiosk


def log_in(kiosk: Any) -> None:
    login = kiosk.window.staff_login
    login.user.setText(USER)
    login.password.setText(PASSWORD)
    kiosk.click("submit")


def unlock_menu(kiosk: Any) -> None:
    kiosk.app.open_staff_menu()
    log_in(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.staff_menu)


def received(server: ServerProcess, kind: str) -> int:
    return sum(1 for payload in server.payloads() if json.loads(payload).get("kind") == kind)


def all_sent(kiosk: Any) -> bool:
    counts = kiosk.store.counts()
    return counts["sent"] == sum(counts.values())


def stop(kiosk: Any) -> None:
    """The app ends (as after quit); its store and sync worker close."""
    kiosk.app.shutdown()


def login_words(kiosk: Any) -> tuple[str, str]:
    login = kiosk.window.staff_login
    return login.title.text(), login.explain.text()


def test_open_notice_once_per_opening_and_log_out_quits(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    clock = FakeClock()
    kiosk = start(make_kiosk, kiosk_home, mgmt_server, clock)
    assert kiosk.app.shelter.state is ShelterState.NOT_OPENED
    assert "open the shelter" in login_words(kiosk)[1]
    log_in(kiosk)
    kiosk.wait_step(Step.IDLE)
    kiosk.qtbot.waitUntil(lambda: received(mgmt_server, "shelter_open") == 1, timeout=10_000)
    kiosk.qtbot.waitUntil(lambda: kiosk.app.shelter.state is ShelterState.OPEN)
    # The menu's open button does not open an open shelter again.
    unlock_menu(kiosk)
    kiosk.click("menu_open")
    assert "open already" in kiosk.window.staff_menu.status_rows["message"].text()
    # Log out = quit the app; no notice.
    with kiosk.qtbot.waitSignal(kiosk.app.quit_requested, timeout=2000):
        kiosk.click("menu_logout")
    stop(kiosk)

    again = start(make_kiosk, kiosk_home, mgmt_server, clock)  # the next start
    assert again.app.shelter.state is ShelterState.OPEN
    assert "no notice is sent" in login_words(again)[1]
    log_in(again)
    again.wait_step(Step.IDLE)
    again.app.send_now()
    again.qtbot.waitUntil(lambda: all_sent(again), timeout=10_000)
    assert again.store.kind_counts().get("shelter_open") == 1
    assert received(mgmt_server, "shelter_open") == 1
    assert received(mgmt_server, "shelter_close") == 0


def test_after_a_close_the_next_start_is_closed_and_the_login_opens_it_again(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    clock = FakeClock()
    kiosk = start(make_kiosk, kiosk_home, mgmt_server, clock)
    log_in(kiosk)
    kiosk.wait_step(Step.IDLE)
    unlock_menu(kiosk)
    kiosk.click("menu_close")
    kiosk.click("confirm_yes")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.closing)
    assert kiosk.app.shelter.state is ShelterState.CLOSED
    with kiosk.qtbot.waitSignal(kiosk.app.quit_requested, timeout=2000):
        kiosk.click("quit")
        kiosk.click("confirm_yes")
    kiosk.qtbot.waitUntil(lambda: received(mgmt_server, "shelter_close") == 1, timeout=10_000)
    stop(kiosk)

    again = start(make_kiosk, kiosk_home, mgmt_server, clock)
    assert again.app.shelter.state is ShelterState.CLOSED
    title, explain = login_words(again)
    assert title == "The shelter is closed"
    assert "Staff must open it again" in explain
    log_in(again)
    again.wait_step(Step.IDLE)
    again.qtbot.waitUntil(lambda: again.app.shelter.state is ShelterState.OPEN)
    again.qtbot.waitUntil(lambda: received(mgmt_server, "shelter_open") == 2, timeout=10_000)
    assert received(mgmt_server, "shelter_close") == 1


def test_the_login_words_follow_the_lifecycle_in_japanese(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    """開所 everywhere (the reference product's 開所通知 / 閉所通知): the login and the menu use
    one word for opening the shelter."""
    kiosk = start(make_kiosk, kiosk_home, mgmt_server, FakeClock())
    kiosk.app.set_language("ja")
    texts = [*login_words(kiosk), kiosk.window.staff_menu.open.text()]
    texts.append(QCoreApplication.translate("Staff", "Shelter open notice queued."))
    assert all("開設" not in text for text in texts), texts
    assert all("開所" in text for text in texts[1:]), texts


def test_a_second_login_in_the_same_run_sends_no_open_notice(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    kiosk = start(make_kiosk, kiosk_home, mgmt_server, FakeClock())
    for _ in range(3):
        kiosk.app.staff_session.show_login()
        log_in(kiosk)
        kiosk.wait_step(Step.IDLE)
    kiosk.qtbot.waitUntil(lambda: kiosk.app.store_worker.idle)
    kiosk.app.send_now()
    kiosk.qtbot.waitUntil(lambda: all_sent(kiosk), timeout=10_000)
    assert kiosk.store.kind_counts().get("shelter_open") == 1
    assert received(mgmt_server, "shelter_open") == 1
