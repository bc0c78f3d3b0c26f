"""The kiosk's own wiring (kiosk.ui.services.build) against the real reference server on
127.0.0.1: records are sent, personal data is purged after the close, new settings re-point
the worker, the staff panel's outbox actions, and start-up errors shown to staff.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.clock import FakeClock
from kiosk.flow.contract import Step
from kiosk.mgmt_server.process import ServerProcess
from kiosk.settings import Settings
from kiosk.store import open_store
from kiosk.ui.app import KioskApp, StartupFailure, start_kiosk
from kiosk.ui.services import build
from tests.ui.helpers import check_in_with_pin, kiosk_settings

pytestmark = pytest.mark.gui


def wired_settings(home: Path, server: ServerProcess, *, token: str | None = None) -> Settings:
    settings = kiosk_settings(home)
    settings.ui.voice_enabled = False
    settings.api.url = server.url
    settings.api.token = server.token if token is None else token
    return settings


def check_in(kiosk: Any) -> None:
    check_in_with_pin(kiosk)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)


def control(kiosk: Any) -> Any:
    sync = kiosk.app.services.sync_control
    assert sync is not None
    return sync


def all_acknowledged(kiosk: Any, count: int) -> Callable[[], bool]:
    def done() -> bool:
        counts = kiosk.store.counts()
        return counts["sent"] == count and sum(counts.values()) == count

    return done


def menu_message(kiosk: Any) -> str:
    return str(kiosk.app.window.staff_menu.status_rows["message"].text())


def test_real_wiring_purges_personal_data_after_the_close(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    settings = wired_settings(kiosk_home, mgmt_server)
    settings.store.retention_delay_hours = 0
    clock = FakeClock()
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=clock))
    assert control(kiosk).worker is not None
    check_in(kiosk)
    assert kiosk.store.personal_rows() == 1
    kiosk.app.close_notice()
    kiosk.qtbot.waitUntil(all_acknowledged(kiosk, 2), timeout=10_000)
    assert mgmt_server.event_count() == 2
    # The worker checks retention at most once a minute (by its clock): one minute later,
    # the next cycle purges.
    clock.advance(61)
    control(kiosk).send_now()
    kiosk.qtbot.waitUntil(lambda: kiosk.store.personal_rows() == 0, timeout=10_000)
    assert kiosk.store.counts()["sent"] == 2  # the records themselves stay


def test_new_token_resumes_a_worker_stopped_by_a_refused_token(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    settings = wired_settings(kiosk_home, mgmt_server, token="not-the-token")
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=FakeClock()))
    check_in(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.app.services.sync_status().auth_rejected, timeout=10_000)
    kiosk.app.open_staff_menu()  # no staff service in this kiosk: the menu opens at once
    kiosk.app.sync.refresh()
    menu = kiosk.app.window.staff_menu
    kiosk.qtbot.waitUntil(lambda: menu.sync.auth_rejected, timeout=5_000)
    assert "refused the API token" in menu.status_rows["connection"].text()
    assert kiosk.store.counts()["pending"] == 1
    fixed = copy.deepcopy(kiosk.app.settings)
    fixed.api.token = mgmt_server.token
    assert kiosk.app.save_settings(fixed) is None
    kiosk.qtbot.waitUntil(all_acknowledged(kiosk, 1), timeout=10_000)
    assert not kiosk.app.services.sync_status().auth_rejected


def test_staff_purge_refuses_until_closed_and_delivered(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    settings = wired_settings(kiosk_home, mgmt_server)  # default delay: 72 h
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=FakeClock()))
    check_in(kiosk)
    kiosk.qtbot.waitUntil(all_acknowledged(kiosk, 1), timeout=10_000)
    kiosk.app.open_staff_menu()
    kiosk.qtbot.mouseClick(kiosk.app.window.staff_menu.purge, _left())
    kiosk.qtbot.mouseClick(kiosk.app.window.confirm.yes, _left())
    kiosk.qtbot.waitUntil(lambda: "close notice first" in menu_message(kiosk), timeout=5_000)
    assert kiosk.store.personal_rows() == 1
    kiosk.app.close_notice()
    kiosk.qtbot.waitUntil(all_acknowledged(kiosk, 2), timeout=10_000)
    kiosk.app.open_staff_menu()
    kiosk.qtbot.mouseClick(kiosk.app.window.staff_menu.purge, _left())
    kiosk.qtbot.mouseClick(kiosk.app.window.confirm.yes, _left())
    kiosk.qtbot.waitUntil(lambda: "deleted from 1 record" in menu_message(kiosk), timeout=5_000)
    assert kiosk.store.personal_rows() == 0


def test_staff_purge_says_unsent_records_block_it(make_kiosk: Any, kiosk_home: Path) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = False
    settings.api.url = "http://127.0.0.1:9"  # nothing listens there: nothing is acknowledged
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=FakeClock()))
    check_in(kiosk)
    kiosk.app.close_notice()
    kiosk.qtbot.waitUntil(lambda: sum(kiosk.store.counts().values()) == 2, timeout=5_000)
    kiosk.app.open_staff_menu()
    kiosk.qtbot.mouseClick(kiosk.app.window.staff_menu.purge, _left())
    kiosk.qtbot.mouseClick(kiosk.app.window.confirm.yes, _left())
    kiosk.qtbot.waitUntil(lambda: "not yet received" in menu_message(kiosk), timeout=5_000)
    assert kiosk.store.personal_rows() == 1
    kiosk.qtbot.mouseClick(kiosk.app.window.staff_menu.retry, _left())
    kiosk.qtbot.waitUntil(lambda: "queued again: 0" in menu_message(kiosk), timeout=5_000)
    kiosk.qtbot.mouseClick(kiosk.app.window.staff_menu.send_now, _left())
    assert menu_message(kiosk) == "Sending now."


def test_staff_panel_shows_a_refusing_server_and_its_code(make_kiosk: Any) -> None:
    from kiosk.sync.status import SyncProblem, SyncStatus

    kiosk = make_kiosk()
    menu = kiosk.app.window.staff_menu
    menu.set_status(
        SyncStatus(
            reachable=True,
            server_rejected=True,
            problem=SyncProblem.SERVER_REJECTED,
            http_status=422,
            server_code="shelter_unknown",
            last_error="the server refused the records as a whole; check the settings",
        ),
        "",
        [],
    )
    assert "refused the records" in menu.status_rows["connection"].text()
    problem = menu.status_rows["problem"].text()
    assert "is the shelter ID registered?" in problem
    assert "HTTP 422, server code shelter_unknown" in problem
    assert "check the settings" not in problem  # the English log summary is not shown


def test_lost_store_key_at_start_up_shows_out_of_service_with_the_code(
    qtbot: Any, kiosk_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = False
    store = open_store(settings)  # writes store.key into the data folder (KIOSK_HOME)
    _record_check_in(store, settings)
    store.close()
    (kiosk_home / "store.key").unlink()
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.app"):
        # The real wiring (the demo has its own store): the store fails before any reader.
        started = start_kiosk(settings, lambda: build(settings, demo=False, clock=FakeClock()))
    assert isinstance(started, StartupFailure)
    qtbot.addWidget(started.window)
    started.window.show()
    started.start()
    assert started.code == "store_key_lost"
    assert started.screen.code.isVisible()
    assert "store_key_lost" in started.screen.code.text()
    assert "store_key_lost" in caplog.text
    assert started.window.isVisible()  # still running: staff read the code, then quit
    assert started.quit_button.isVisible()


def failure_with_staff(qtbot: Any, kiosk_home: Path) -> tuple[StartupFailure, Any, list[bool]]:
    """A start-up failure screen with one staff account ("leader"); its quits are counted."""
    from kiosk.errors import StorageError
    from kiosk.staff import ScryptCost, StaffAccounts

    staff = StaffAccounts(kiosk_home / "staff.json", cost=ScryptCost(n=2**10, r=8, p=1))
    staff.create_account("leader", "a long password")
    failure = StartupFailure(StorageError("disk unusable"), staff=staff)
    qtbot.addWidget(failure.window)
    failure.window.show()
    quits: list[bool] = []
    failure.quit = lambda: quits.append(True)  # type: ignore[method-assign]
    return failure, staff, quits


def test_only_staff_can_quit_from_the_start_up_failure_screen(qtbot: Any, kiosk_home: Path) -> None:
    failure, _staff, quits = failure_with_staff(qtbot, kiosk_home)

    failure.quit_button.click()
    assert failure.pages.currentWidget() is failure.login
    failure.login.user.setText("leader")
    failure.login.password.setText("wrong password")
    failure.login.submit.click()
    assert quits == []
    assert failure.login.error.text()
    failure.login.cancel.click()
    assert failure.pages.currentWidget() is failure.screen

    failure.quit_button.click()
    failure.login.user.setText("leader")
    failure.login.password.setText("a long password")
    failure.login.submit.click()
    assert quits == [True]


def test_the_start_up_failure_login_creates_and_unlocks_nothing(
    qtbot: Any, kiosk_home: Path
) -> None:
    """Its login screen takes the whole LoginActions protocol (mypy: _QuitActions satisfies
    it): in any other mode than QUIT a submit is refused, nothing is made, nothing quits."""
    failure, staff, quits = failure_with_staff(qtbot, kiosk_home)
    login = failure.login
    for mode in (login.UNLOCK, login.CREATE):
        login.set_mode(mode, "leader")
        login.user.setText("newcomer" if mode == login.CREATE else "leader")
        login.password.setText("a long password")
        login.repeat.setText("a long password")
        login.submit.click()
        assert login.error.text(), mode
    assert quits == []
    assert staff.users() == ["leader"]


def test_start_up_without_problems_builds_the_kiosk(qtbot: Any, kiosk_home: Path) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = False
    started = start_kiosk(settings, lambda: build(settings, demo=True, clock=FakeClock()))
    assert isinstance(started, KioskApp)
    qtbot.addWidget(started.window)
    started.window.allow_close = True
    started.shutdown()


def _record_check_in(store: Any, settings: Settings) -> None:
    from datetime import UTC, datetime

    from kiosk.records import Event, EventKind
    from tests.ui.helpers import holder_person

    store.record(
        Event(
            kind=EventKind.CHECK_IN,
            shelter_id=settings.shelter.shelter_id,
            terminal_id=settings.shelter.terminal_id,
            occurred_at=datetime(2026, 9, 1, tzinfo=UTC),
            utc_offset_minutes=540,
            person=holder_person(),
        )
    )


def _left() -> Any:
    return Qt.MouseButton.LeftButton
