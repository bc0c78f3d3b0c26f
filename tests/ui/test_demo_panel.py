"""Point 19 of issue 10: the demo panel covers nothing, and its sample cards are named for
the people on them, in the staff's language.

The panel is docked at the window's right edge (and folds to a narrow tab): at 1024x600,
1280x800 and 1920x1080 it overlaps no button, field or title of any screen shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.clock import FakeClock
from kiosk.flow.contract import Step
from kiosk.ui.services import build
from tests.ui.helpers import kiosk_settings

pytestmark = pytest.mark.gui


def demo_kiosk(make_kiosk: Any, home: Path, size: tuple[int, int]) -> Any:
    settings = kiosk_settings(home)
    settings.ui.voice_enabled = False
    services = build(settings, demo=True, clock=FakeClock())
    services.staff = None  # the staff menu opens without a login
    kiosk = make_kiosk(settings=settings, services=services, size=size)
    assert kiosk.app.demo_panel is not None
    return kiosk


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def covered(kiosk: Any) -> list[str]:
    """The buttons, fields and titles of the shown screen that the demo panel overlaps."""
    panel = kiosk.app.demo_panel
    assert panel.isVisible()
    area = global_rect(panel)
    screen = kiosk.window.stack.currentWidget()
    hits = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or panel.isAncestorOf(widget):
            continue
        title = isinstance(widget, QLabel) and widget.objectName() in ("title", "huge")
        control = isinstance(widget, QAbstractButton | QLineEdit)
        if (control or title) and area.intersects(global_rect(widget)):
            hits.append(widget.objectName() or type(widget).__name__)
    return hits


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
def test_the_demo_panel_covers_no_control_or_title(
    make_kiosk: Any, kiosk_home: Path, size: tuple[int, int]
) -> None:
    kiosk = demo_kiosk(make_kiosk, kiosk_home, size)
    kiosk.wait_step(Step.IDLE)
    panel, window = kiosk.app.demo_panel, kiosk.window
    kiosk.qtbot.waitUntil(panel.isVisible)
    # Docked at the top right (even after the app moved it like a free window).
    kiosk.qtbot.waitUntil(lambda: (panel.x() + panel.width(), panel.y()) == (window.width(), 0))
    assert covered(kiosk) == []
    kiosk.app.open_staff_menu()
    assert covered(kiosk) == []
    kiosk.click("menu_settings")
    assert covered(kiosk) == []
    kiosk.app.back_to_kiosk()
    kiosk.wait_step(Step.IDLE)
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    assert covered(kiosk) == []
    # Folded to its tab and opened again: still nothing covered, and opening the panel
    # never widens the window (at 1024 px it takes only the room the screens leave).
    # (The DEMO band does not wrap: at 1024x600 it alone needs about 1018 px, so the window
    # there is wider than 1024 with or without the panel: window.py's to fix.)
    fold = kiosk.app.demo_panel.findChild(QAbstractButton, "demo_fold")
    width = kiosk.window.width()
    for _ in range(2):
        kiosk.qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
        assert covered(kiosk) == []
        assert kiosk.window.width() <= max(width, size[0])


def test_sample_cards_are_named_for_people_in_the_staffs_language(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    kiosk = demo_kiosk(make_kiosk, kiosk_home, (1280, 800))
    panel = kiosk.app.demo_panel

    def texts() -> list[str]:
        buttons = panel.findChildren(QAbstractButton)
        return [b.text() for b in buttons if b.objectName().startswith("demo_")]

    english = " ".join(texts())
    assert "My Number card" in english
    assert "Kokuto Mikiya" in english
    assert "one try left" in english
    assert "jpki_test_card" not in english and "one_try_left" not in english
    kiosk.app.set_language("ja")
    japanese = " ".join(texts())
    assert "マイナンバーカード" in japanese and "黒桐" in japanese
    assert "My Number" not in japanese
