"""The demo composition (kiosk.ui.services.build): in-process sample cards, a real encrypted
store, the sync worker and the local reference management server on 127.0.0.1, all in the
demo's own data folder, kept apart from the real kiosk's; and DEMO said on every screen."""

from __future__ import annotations

import logging
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk import settings as settings_module
from kiosk.flow.contract import Step
from kiosk.records import Event, EventKind
from kiosk.settings import CameraMode, Settings
from kiosk.store import open_store
from kiosk.ui.app import KioskApp
from kiosk.ui.services import build, demo_data_dir, demo_settings, secure_old_demo_server
from tests.ui.helpers import Kiosk

pytestmark = pytest.mark.gui

REAL_TOKEN = "real-city-token-0001"


def set_up_real_kiosk(home: Path) -> Settings:
    """A kiosk in use: settings with the city's server, a staff account, a pending record."""
    settings = Settings()
    settings.shelter.shelter_id = "S-0001"
    settings.api.url = "https://city.example.jp/api"
    settings.api.token = REAL_TOKEN
    settings_module.save(settings, home / "settings.toml")
    (home / "staff.json").write_text('{"accounts": "the real staff file"}\n', "utf-8")
    store = open_store(settings)
    try:
        store.record(
            Event(
                kind=EventKind.SHELTER_OPEN,
                shelter_id="S-0001",
                terminal_id="T-0001",
                occurred_at=datetime.now(UTC),
                utc_offset_minutes=540,
            )
        )
    finally:
        store.close()
    return settings


def start_demo(qtbot: Any, settings: Settings, services: Any) -> KioskApp:
    app = KioskApp(settings, services, require_login=False, tick_ms=50)
    qtbot.addWidget(app.window)
    app.window.allow_close = True
    app.window.resize(1280, 800)
    app.window.show()
    app.start()
    return app


def panel_kiosk(qtbot: Any, app: KioskApp, services: Any) -> Kiosk:
    """The kiosk driven by touches, its card placed with the demo panel's own buttons."""
    assert app.demo_panel is not None and app.demo_panel.isVisible()
    panel = app.demo_panel

    def place(name: str) -> None:
        qtbot.mouseClick(panel.findChild(QPushButton, f"demo_{name}"), Qt.MouseButton.LeftButton)

    kiosk = Kiosk(app=app, cards=None, store=services.recorder, clock=None, qtbot=qtbot)
    kiosk.insert_card = place
    return kiosk


def check_in_with_the_demo_panel(qtbot: Any, app: KioskApp, services: Any) -> None:
    """The demo's own path: the card held to the sample card camera, no PIN."""
    kiosk = panel_kiosk(qtbot, app, services)
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.CONFIRM, timeout=60_000)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)


def check_in_with_the_pin_instead(qtbot: Any, app: KioskApp, services: Any) -> None:
    """The PIN path, one touch away on the camera screen."""
    kiosk = panel_kiosk(qtbot, app, services)
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.CAMERA_CARD)
    kiosk.click("use_pin")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.ERA_CHOICE)
    kiosk.click("calendar_japanese")
    kiosk.wait_step(Step.CONFIRM)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)


def test_demo_check_in_reaches_the_local_server(qtbot: Any, kiosk_home: Path) -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    settings, _path = demo_settings()
    assert settings.camera.camera_mode is CameraMode.CARD_FACE  # the demo shows the camera
    settings.ui.default_language = "en"
    settings.ui.voice_enabled = False
    services = build(settings, demo=True)
    assert services.demo is not None
    app = start_demo(qtbot, settings, services)
    try:
        check_in_with_the_demo_panel(qtbot, app, services)
        # The sync worker sends it to the reference server on loopback.
        qtbot.waitUntil(
            lambda: services.sync_status().online is True and services.sync_status().waiting == 0,
            timeout=15000,
        )
        counts = services.recorder.counts()
        assert (counts["sent"], counts["dead"]) == (1, 0), services.sync_status().last_error
    finally:
        app.shutdown()


def test_demo_never_opens_or_sends_the_real_kiosks_records(qtbot: Any, kiosk_home: Path) -> None:
    real = set_up_real_kiosk(kiosk_home)
    real_files = {
        name: (kiosk_home / name).read_bytes() for name in ("settings.toml", "staff.json")
    }
    settings, settings_path = demo_settings()
    folder = demo_data_dir()
    assert folder != kiosk_home and kiosk_home not in folder.parents
    assert settings_path == folder / "settings.toml"
    # Nothing of the real set-up: no city server, no token; records marked as training.
    assert (settings.api.url, settings.api.token) == ("", "")
    assert settings.shelter.training_mode
    settings.ui.voice_enabled = False
    services = build(settings, demo=True)
    assert services.recorder.path.parent == folder
    assert services.staff is not None and services.staff.path == folder / "staff.json"
    assert not services.staff.has_accounts()
    app = start_demo(qtbot, settings, services)
    try:
        check_in_with_the_pin_instead(qtbot, app, services)
        qtbot.waitUntil(lambda: services.sync_status().waiting == 0, timeout=15000)
    finally:
        app.shutdown()
    # The real kiosk's record still waits for the city, untouched; its files are unchanged.
    store = open_store(real)
    try:
        assert store.counts()["pending"] == 1
        assert sum(store.counts().values()) == 1
    finally:
        store.close()
    for name, content in real_files.items():
        assert (kiosk_home / name).read_bytes() == content
    assert not (kiosk_home / "demo-server").exists()
    # The demo server's database is in the demo folder, readable by its owner only.
    server_db = folder / "demo-server" / "server.sqlite3"
    assert server_db.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(server_db.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(server_db.parent.stat().st_mode) == 0o700


def test_demo_settings_saved_by_staff_stay_in_the_demo_folder(kiosk_home: Path) -> None:
    set_up_real_kiosk(kiosk_home)
    settings, path = demo_settings()
    settings.shelter.name = "デモ"
    settings.camera.mode = CameraMode.OFF.value  # staff's choice outlives the demo's default
    settings_module.save(settings, path)
    again, _ = demo_settings()
    assert again.shelter.name == "デモ"
    assert again.camera.camera_mode is CameraMode.OFF
    assert settings_module.load(kiosk_home / "settings.toml").shelter.name == ""


def test_demo_says_demo_on_every_screen(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, demo=True)
    band = kiosk.window.demo_band
    login = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is login)
    assert band.isVisible() and "DEMO" in band.text()
    kiosk.app.back_to_kiosk()
    kiosk.wait_step(Step.IDLE)
    assert band.isVisible()
    assert band.mapTo(kiosk.window, band.rect().topLeft()).y() == 0  # at the very top
    for language in settings_module.LANGUAGES:
        kiosk.app.set_language(language)
        assert "DEMO" in band.text(), language
        if language != "en":
            assert band.text() != kiosk.window.demo_band_source, language
    kiosk.app.set_language("en")
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    assert band.isVisible()


def test_the_real_kiosk_shows_no_demo_band(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    assert not kiosk.window.demo_band.isVisible()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_old_demo_server_files_in_the_real_folder_are_made_owner_only(
    kiosk_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Before the demo had its own folder, its server kept real records in the real one.
    old = kiosk_home / "demo-server"
    old.mkdir()
    (old / "server.sqlite3").write_bytes(b"")
    (old / "server.sqlite3").chmod(0o644)
    old.chmod(0o755)
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.services"):
        assert secure_old_demo_server(kiosk_home)
    assert stat.S_IMODE(old.stat().st_mode) == 0o700
    assert stat.S_IMODE((old / "server.sqlite3").stat().st_mode) == 0o600
    assert (old / "server.sqlite3").exists()  # kept for IT: never deleted here
    assert "demo-server" in caplog.text
    assert not secure_old_demo_server(kiosk_home / "elsewhere")


def test_demo_start_up_failure_is_quit_with_the_demos_staff_accounts(
    qtbot: Any, kiosk_home: Path
) -> None:
    from kiosk.errors import StorageError
    from kiosk.ui.app import StartupFailure, start_kiosk

    set_up_real_kiosk(kiosk_home)
    settings, path = demo_settings()

    def broken() -> Any:
        raise StorageError("disk unusable")

    failure = start_kiosk(
        settings, broken, settings_path=path, staff_file=path.parent / "staff.json"
    )
    assert isinstance(failure, StartupFailure)
    qtbot.addWidget(failure.window)
    assert failure.staff is not None
    assert failure.staff.path == demo_data_dir() / "staff.json"  # type: ignore[attr-defined]
