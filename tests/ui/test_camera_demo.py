"""Demo mode's camera path (issue 11): the demo's own services (kiosk.ui.services.build with
``demo=True``) carry a camera playing the sample card's face, rendered in memory from the
sample's identity; with the camera on in the demo's settings, the sample card checks in by
its printed number read off that face: two touches, no PIN, nothing typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.flow.contract import Step
from kiosk.settings import CameraMode
from kiosk.ui.demo import DEMO_CAMERA_CARD, SampleCamera
from kiosk.ui.services import build, demo_settings
from tests.ui.helpers import Kiosk

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_demo_reads_the_sample_cards_face_with_its_sample_camera(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    settings, _path = demo_settings()
    assert settings.camera.camera_mode is CameraMode.CARD_FACE  # the demo starts with it on
    settings.ui.default_language = "en"
    settings.ui.voice_enabled = False
    services = build(settings, demo=True, clock=FakeClock())
    assert isinstance(services.card_camera, SampleCamera) and services.demo is not None
    kiosk = make_kiosk(settings=settings, services=services, demo=True)
    services.demo.insert(DEMO_CAMERA_CARD)
    kiosk.wait_step(Step.CONSENT)
    assert kiosk.widget("consent_camera").isVisible()
    kiosk.click("agree")
    kiosk.wait_step(Step.CONFIRM, timeout=60_000)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert kiosk.touches == 2
    assert services.recorder.kind_counts().get("check_in") == 1
