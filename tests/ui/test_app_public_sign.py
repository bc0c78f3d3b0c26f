"""The idle screen shows the public at most a neutral sign (issue 10 point 6; docs/ui.md "The
idle screen's sign"): no "offline", no counts, no "needs staff" in any language; the words
and the counts are on the staff menu."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.clock import FakeClock
from kiosk.flow.contract import Step
from kiosk.sync.status import SyncStatus
from kiosk.ui import i18n
from kiosk.ui.screens import KEPT_SAFELY, IdleScreen
from tests.ui.app_services import kiosk_services
from tests.ui.helpers import kiosk_settings

pytestmark = pytest.mark.gui

LANGUAGES = [lang.code for lang in i18n.LANGUAGES]


def kiosk_with(make_kiosk: Any, home: Path, status: SyncStatus, **parts: Any) -> Any:
    settings = kiosk_settings(home)
    services = kiosk_services(settings, home, FakeClock(), sync_status=lambda: status, **parts)
    return make_kiosk(settings=settings, services=services)


def staff_words(waiting: int, on_hold: int) -> list[str]:
    """The staff's status words in the current language."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Status", text)

    return [
        tr("Offline"),
        tr("{count} waiting").format(count=waiting),
        tr("{count} need staff").format(count=on_hold),
        tr("Reader missing"),
        tr("Record database damaged: call IT"),
        tr("Record database repaired: see staff menu"),
    ]


def idle_texts(kiosk: Any) -> list[str]:
    idle = kiosk.window.screens[IdleScreen]
    return [w.text() for w in idle.findChildren(QLabel) if w.isVisible() and w.text()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_with_records_waiting_shows_only_the_neutral_sign(
    make_kiosk: Any, kiosk_home: Path, language: str
) -> None:
    kiosk = kiosk_with(make_kiosk, kiosk_home, SyncStatus(reachable=False, pending=3))
    kiosk.click(f"lang_{language}")
    kiosk.qtbot.waitUntil(lambda: kiosk.app.languages.current == language)
    idle = kiosk.window.screens[IdleScreen]
    kiosk.qtbot.waitUntil(idle.status_icon.isVisible)
    assert idle.status_icon.icon_name() == "check"
    assert idle.status_line.text() == QCoreApplication.translate("Status", KEPT_SAFELY)
    shown = idle_texts(kiosk)
    for word in staff_words(3, 0):
        assert not any(word in text for text in shown), word
    assert not any(re.search(r"[0-9０-９]", text) for text in shown), shown
    # Staff see the words and the counts.
    menu = kiosk.window.staff_menu
    assert "3" in menu.status_rows["waiting"].text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_needs_staff_is_a_bare_icon_on_the_idle_screen(
    make_kiosk: Any, kiosk_home: Path, language: str
) -> None:
    kiosk = kiosk_with(
        make_kiosk,
        kiosk_home,
        SyncStatus(reachable=False, pending=2, dead=1),
        cards=InProcessCardReaderService(connected=False),
    )
    kiosk.wait_step(Step.NOTICE)  # the reader is missing: the evacuee is told by the notice
    kiosk.app.set_language(language)
    idle = kiosk.window.screens[IdleScreen]
    kiosk.qtbot.waitUntil(lambda: idle.status_icon.icon_name() == "staff")
    assert not idle.status_line.isVisibleTo(idle)
    shown = [w.text() for w in idle.findChildren(QLabel) if w.isVisibleTo(idle) and w.text()]
    for word in staff_words(2, 1):
        assert not any(word in text for text in shown), word
    assert not any(re.search(r"[0-9０-９]", text) for text in shown), shown


def test_nothing_to_say_shows_no_sign(make_kiosk: Any, kiosk_home: Path) -> None:
    kiosk = kiosk_with(make_kiosk, kiosk_home, SyncStatus(reachable=True))
    kiosk.wait_step(Step.IDLE)
    idle = kiosk.window.screens[IdleScreen]
    assert not idle.status_icon.isVisibleTo(idle)
    assert not idle.status_line.isVisibleTo(idle)
