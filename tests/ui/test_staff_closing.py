"""Point 15 of issue 10: the closing screen's unsent count is live, and "Send now and wait"
sends and shows the progress until nothing waits, or says clearly why it cannot.

The records really go to the reference management server on loopback (its fault switches
make it slow or failing); nothing is faked between the kiosk and the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.mgmt_server.process import ServerProcess
from kiosk.ui.services import build
from tests.ui.helpers import kiosk_settings

pytestmark = pytest.mark.gui


def closing_kiosk(make_kiosk: Any, home: Path, server: ServerProcess) -> Any:
    """A kiosk sending to ``server`` (no login: no open notice), on the closing screen after
    the close notice."""
    settings = kiosk_settings(home)
    settings.ui.voice_enabled = False
    settings.api.url = server.url
    settings.api.token = server.token
    services = build(settings, demo=True, clock=FakeClock())
    services.staff = None  # no staff accounts: the menu opens without a login
    kiosk = make_kiosk(settings=settings, services=services)
    kiosk.app.open_staff_menu()
    kiosk.click("menu_close")
    kiosk.click("confirm_yes")
    closing = kiosk.window.closing
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is closing)
    return kiosk


def test_the_unsent_count_follows_the_deliveries(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    mgmt_server.set_faults(delay_ms=400)  # delivered after the screen first counted
    kiosk = closing_kiosk(make_kiosk, kiosk_home, mgmt_server)
    closing = kiosk.window.closing
    kiosk.qtbot.waitUntil(lambda: mgmt_server.event_count() >= 1, timeout=10_000)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.counts()["pending"] == 0, timeout=15_000)
    kiosk.qtbot.waitUntil(lambda: closing.count == 0, timeout=10_000)
    assert kiosk.holds_text("Records still waiting to be sent: 0")


def test_send_now_and_wait_shows_a_failure_then_the_end(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    mgmt_server.set_faults(error_rate=1.0)  # every delivery answered with a server error
    kiosk = closing_kiosk(make_kiosk, kiosk_home, mgmt_server)
    closing = kiosk.window.closing
    kiosk.click("closing_send_now")
    kiosk.qtbot.waitUntil(
        lambda: "management server has a problem" in closing.progress.text(), timeout=15_000
    )
    assert closing.count == 1  # the close notice: kept, not lost
    assert kiosk.store.counts()["pending"] == 1
    mgmt_server.set_faults(error_rate=0.0)
    kiosk.click("closing_send_now")
    assert "Sending" in closing.progress.text()
    kiosk.qtbot.waitUntil(lambda: closing.count == 0, timeout=15_000)
    kiosk.qtbot.waitUntil(lambda: "All records are sent" in closing.progress.text())
    assert mgmt_server.event_count() == 1
