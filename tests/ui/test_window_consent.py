"""The consent version a record carries names the text the person read: one version per
camera mode (the consent text has a line naming the camera's use), defined in
kiosk.flow.consent; the consent screen shows the same version."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kiosk.cards.api import Secret
from kiosk.flow.consent import CONSENT_VERSION, consent_version
from kiosk.flow.contract import (
    Calendar,
    CardFaceResult,
    CodeBInput,
    ConfirmInput,
    FlowView,
    LookUpOpenCheckIn,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Step,
)
from kiosk.flow.machine import FlowConfig
from kiosk.settings import CameraMode, Settings
from kiosk.ui import texts
from kiosk.ui.screens import ConsentScreen, NoFlowInput
from tests.flow.helpers import Driver, make_driver, mynumber_status, read_ok

READING = CodeBInput(date(1980, 2, 17), 2035, "2285")


def _driver(mode: CameraMode) -> Driver:
    """A flow configured as the kiosk configures it from settings in ``mode``."""
    settings = Settings()
    settings.shelter.shelter_id = "13101-001"
    settings.shelter.terminal_id = "term-1"
    settings.camera.mode = mode.value
    config = FlowConfig.from_settings(settings)
    return make_driver(camera_mode=config.camera_mode, consent_version=config.consent_version)


def _place_and_agree(d: Driver) -> None:
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    d.touch(d.flow.agree())


def _read_and_look_up(d: Driver) -> None:
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(None, token=d.last(LookUpOpenCheckIn).token))


def test_a_check_in_without_the_camera_records_the_plain_consent_version() -> None:
    d = _driver(CameraMode.OFF)
    _place_and_agree(d)
    assert d.flow.view.step == Step.ENTER_PIN
    d(d.flow.submit_pin(Secret("1234")))
    _read_and_look_up(d)
    if d.flow.view.step == Step.ERA_CHOICE:
        d.touch(d.flow.choose_calendar(Calendar.WESTERN))
    assert d.flow.view.step == Step.CONFIRM
    d.touch(d.flow.confirm(ConfirmInput()))
    assert d.last(SaveEvent).event.consent_version == CONSENT_VERSION == "2026-12-v3"


def test_a_check_in_with_the_camera_records_the_camera_consent_version() -> None:
    d = _driver(CameraMode.CARD_FACE)
    _place_and_agree(d)
    assert d.flow.view.step == Step.CAMERA_CARD
    agreed = CardFaceResult(code_b=READING, calendar=Calendar.JAPANESE)
    d(d.flow.card_face_result(agreed, token=d.last(ReadCardFace).token))
    _read_and_look_up(d)
    assert d.flow.view.step == Step.CONFIRM
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
