"""The consent version a record carries names the text the person read: one version per
camera mode (the consent text has a line naming the camera's use), defined in
kiosk.flow.consent; the consent screen shows the same version."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.flow.consent import CONSENT_VERSION, consent_version
from kiosk.flow.contract import FlowView, SaveEvent, Step
from kiosk.flow.machine import FlowConfig
from kiosk.settings import CameraMode, Settings
from kiosk.ui import texts
from kiosk.ui.screens import ConsentScreen, NoFlowInput
from tests.flow.helpers import Driver, make_driver, read_ok
from tests.flow.test_camera_flow import card_face, look_up, read, to_camera
from tests.flow.test_machine import check_in_with_pin


def _driver(mode: CameraMode) -> Driver:
    """A flow configured as the kiosk configures it from settings in ``mode``."""
    settings = Settings()
    settings.shelter.shelter_id = "13101-001"
    settings.shelter.terminal_id = "term-1"
    settings.camera.mode = mode.value
    config = FlowConfig.from_settings(settings)
    return make_driver(camera_mode=config.camera_mode, consent_version=config.consent_version)


def test_a_check_in_without_the_camera_records_the_plain_consent_version() -> None:
    d = _driver(CameraMode.OFF)
    check_in_with_pin(d)
    assert d.last(SaveEvent).event.consent_version == CONSENT_VERSION == "2026-12-v3"


def test_a_check_in_with_the_camera_records_the_camera_consent_version() -> None:
    d = _driver(CameraMode.CARD_FACE)
    to_camera(d)
    assert d.flow.view.step == Step.CAMERA_CARD
    card_face(d)
    read(d, read_ok())
    look_up(d)
    d.touch(d.flow.confirm())
    assert d.last(SaveEvent).event.consent_version == "2026-12-v3-camera-card"


def test_every_camera_mode_has_a_consent_version_of_its_own() -> None:
    versions = {mode: consent_version(mode) for mode in CameraMode}
    assert len(set(versions.values())) == len(CameraMode)
    assert versions[CameraMode.OFF] == CONSENT_VERSION
    # Each text with a camera line is a version of its own, and only those.
    assert {m for m in CameraMode if versions[m] != CONSENT_VERSION} == set(texts.CAMERA_CONSENT)


@pytest.mark.gui
def test_the_consent_screen_shows_the_version_the_record_carries(qtbot: Any) -> None:
    screen = ConsentScreen(NoFlowInput())
    qtbot.addWidget(screen)
    screen.show_view(FlowView(step=Step.CONSENT))
    for mode in CameraMode:
        screen.set_camera_mode(mode)
        assert screen.version.text().endswith(consent_version(mode)), mode
