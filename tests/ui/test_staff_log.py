"""Point 17 of issue 10: the staff login and the status panel's log.

The corner's login shows nobody's user id (staff type theirs); the log on the status panel
is in the staff's language, newest first, with no raw English developer lines: known events
have their own sentence, anything else a translated generic line with its code.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from kiosk.logging_setup import LOG_FORMAT, MemoryTail
from kiosk.sync.status import SyncStatus
from tests.ui.helpers import PASSWORD, fill, first_run_login

pytestmark = pytest.mark.gui


def test_the_corner_login_shows_no_user_id(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.app.open_staff_menu()  # what a long press in the corner does
    login = kiosk.window.staff_login
    assert login.mode == "unlock"
    assert login.user.text() == ""
    assert not login.user.isReadOnly()
    assert not kiosk.holds_text("staff01")
    # Somebody else's user id with the right password does not open the menu.
    fill(kiosk, "user_id", "intruder")
    fill(kiosk, "password", PASSWORD)
    kiosk.click("submit")
    assert kiosk.window.stack.currentWidget() is login
    assert login.error.text() == "User ID or password is not correct."
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", PASSWORD)
    kiosk.click("submit")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)
    # Leaving the menu and coming back: still nobody's id on screen.
    kiosk.app.back_to_kiosk()
    kiosk.app.open_staff_menu()
    assert login.user.text() == ""


def log_lines(*records: tuple[str, int, str]) -> list[str]:
    """Lines exactly as the kiosk's in-memory tail formats them (oldest first)."""
    tail = MemoryTail()
    tail.setFormatter(logging.Formatter(LOG_FORMAT))
    for name, level, message in records:
        tail.handle(logging.LogRecord(name, level, __file__, 1, message, None, None))
    return tail.lines()


LINES = (
    ("kiosk.ui.app", logging.INFO, "staff logged in"),
    ("kiosk.ui.app", logging.INFO, "shelter_open queued"),
    ("kiosk.sync.worker", logging.INFO, "sync: the management server is reachable again"),
    ("kiosk.some.module", logging.WARNING, "frobnicator lost its widget"),
    ("kiosk.ui.app", logging.WARNING, "card reader missing"),
)


def test_the_log_is_translated_and_newest_first(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    menu = kiosk.window.staff_menu
    lines = log_lines(*LINES)
    menu.set_status(SyncStatus(), "", lines)
    shown = menu.log_tail.toPlainText().splitlines()
    assert len(shown) == len(LINES)
    assert "card reader" in shown[0].lower()  # the newest first
    assert "logged in" in shown[-1]
    for _name, _level, message in LINES:
        assert not any(message in line for line in shown), message
    assert "kiosk.some.module" in shown[1]  # an unknown event: generic, with its code
    kiosk.app.set_language("ja")
    menu.set_status(SyncStatus(), "", lines)
    japanese = menu.log_tail.toPlainText()
    assert "ログイン" in japanese
    assert "開所通知" in japanese or "開設通知" in japanese
    assert "kiosk.some.module" in japanese
    rest = japanese.replace("kiosk.some.module", "")
    assert not any(ch.isascii() and ch.isalpha() for ch in rest)  # no English left
