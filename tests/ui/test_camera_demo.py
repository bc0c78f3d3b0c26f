"""Demo mode's camera path (issue 11): the demo's own services (kiosk.ui.services.build with
``demo=True``) carry a camera playing the sample card's face, rendered in memory from the
sample's identity; with the camera on in the demo's settings, the sample card checks in by
its printed number read off that face: two touches, no PIN, nothing typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.flow.contract import NoticeCode, Step
from kiosk.services import Services
from kiosk.settings import CameraMode
from kiosk.ui.demo import DEMO_CAMERA_CARD, SampleCamera
from kiosk.ui.services import EnrollingFaceMatcher, build, demo_settings
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


# -- face modes in the demo: the demo card's photo enrolled from the face camera --------------

FACES = Path(__file__).resolve().parents[3] / "shared" / "faces"


def face_frames(folder: Path, *pictures: str) -> str:
    """A file camera's glob playing ``pictures`` (``person/n`` under ../shared/faces, test
    data only) in this order."""
    for number, picture in enumerate(pictures):
        (folder / f"{number}.jpg").symlink_to(FACES / f"{picture}.jpg")
    return str(folder / "*.jpg")


def start_face_demo(make_kiosk: Callable[..., Kiosk], face_camera: str) -> tuple[Kiosk, Services]:
    pytest.importorskip("rapidocr_onnxruntime")
    pytest.importorskip("dlib")
    settings, _path = demo_settings()
    settings.camera.mode = CameraMode.CARD_FACE_AND_FACE.value
    settings.camera.face_camera = face_camera
    settings.ui.default_language = "en"
    settings.ui.voice_enabled = False
    services = build(settings, demo=True, clock=FakeClock())
    assert services.demo is not None
    kiosk = make_kiosk(settings=settings, services=services, demo=True)
    services.demo.insert(DEMO_CAMERA_CARD)
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    return kiosk, services


def test_the_demo_enrols_the_card_photo_then_the_same_person_matches(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path, tmp_path: Path
) -> None:
    if not FACES.is_dir():
        pytest.skip("../shared/faces (test data) is not here")
    kiosk, services = start_face_demo(make_kiosk, face_frames(tmp_path, "obama/1", "obama/2"))
    kiosk.wait_step(Step.CONFIRM, timeout=120_000)
    matcher = services.face_matcher
    assert isinstance(matcher, EnrollingFaceMatcher) and matcher.enrolled
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert services.recorder.kind_counts().get("check_in") == 1
    assert matcher.forget in services.closers  # memory only, dropped when the demo ends
    panel = kiosk.app.demo_panel
    assert panel is not None and "memory only" in panel.face_note.text()  # the panel says so


def test_the_demo_enrols_the_card_photo_and_another_person_does_not_match(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path, tmp_path: Path
) -> None:
    if not FACES.is_dir():
        pytest.skip("../shared/faces (test data) is not here")
    kiosk, services = start_face_demo(
        make_kiosk, face_frames(tmp_path, "obama/1", "biden/2", "biden/1")
    )
    kiosk.wait_step(Step.NOTICE, timeout=120_000)
    assert kiosk.view.notice == NoticeCode.FACE_NOT_MATCHED
    assert isinstance(services.face_matcher, EnrollingFaceMatcher)
    assert services.face_matcher.enrolled
    assert services.recorder.kind_counts().get("check_in") is None


def test_the_demo_without_a_face_camera_fakes_no_face_match(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> None:
    kiosk, services = start_face_demo(make_kiosk, "")
    kiosk.wait_step(Step.NOTICE, timeout=60_000)
    assert kiosk.view.notice == NoticeCode.FACE_CHECK_UNAVAILABLE
    assert not isinstance(services.face_matcher, EnrollingFaceMatcher)
    panel = kiosk.app.demo_panel
    assert panel is not None and "needs a face camera" in panel.face_note.text()
    assert services.recorder.kind_counts().get("check_in") is None
