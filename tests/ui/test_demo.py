"""The demo composition (kiosk.ui.services.build): in-process sample cards, a real encrypted
store, the sync worker and the local reference management server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.flow.contract import Step
from kiosk.settings import Settings
from kiosk.ui.app import KioskApp
from kiosk.ui.services import build
from tests.ui.conftest import Kiosk

pytestmark = pytest.mark.gui


def test_demo_check_in_reaches_the_local_server(qtbot: Any, kiosk_home: Path) -> None:
    settings = Settings()
    settings.shelter.name = "デモ避難所"
    settings.shelter.shelter_id = "DEMO-1"
    settings.shelter.terminal_id = "DEMO-T1"
    settings.ui.default_language = "en"
    settings.ui.voice_enabled = False
    services = build(settings, demo=True)
    assert services.demo is not None
    app = KioskApp(settings, services, require_login=False, tick_ms=50)
    qtbot.addWidget(app.window)
    app.window.allow_close = True
    app.window.resize(1280, 800)
    app.window.show()
    app.start()
    try:
        kiosk = Kiosk(app=app, cards=None, store=services.recorder, clock=None, qtbot=qtbot)
        assert app.demo_panel is not None and app.demo_panel.isVisible()
        # Place the card with the demo panel's own button.
        place = app.demo_panel.findChild(QPushButton, "demo_jpki_test_card")
        qtbot.mouseClick(place, Qt.MouseButton.LeftButton)
        kiosk.wait_step(Step.CONSENT)
        kiosk.click("agree")
        kiosk.wait_step(Step.ENTER_PIN)
        kiosk.type_digits("1234")
        kiosk.wait_step(Step.ERA_CHOICE)
        kiosk.click("calendar_western")
        kiosk.wait_step(Step.CONFIRM)
        kiosk.click("correct")
        kiosk.wait_step(Step.DONE)
        # The sync worker sends it to the reference server on loopback.
        qtbot.waitUntil(
            lambda: services.sync_status().online is True and services.sync_status().waiting == 0,
            timeout=15000,
        )
        counts = services.recorder.counts()
        assert (counts["sent"], counts["dead"]) == (1, 0), services.sync_status().last_error
    finally:
        app.shutdown()
