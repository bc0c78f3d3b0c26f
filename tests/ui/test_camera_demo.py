"""Demo mode's camera path (issue 11): the demo's own services (kiosk.ui.services.build with
``demo=True``) carry a camera playing the sample card's face, rendered in memory from the
sample's identity; with the camera on in the demo's settings, the sample card checks in by
its printed number read off that face: two touches, no PIN, nothing typed."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.clock import FakeClock
from kiosk.flow.contract import NoticeCode, Step
from kiosk.records import FaceCheck
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


def test_two_demo_face_checks_in_a_row_with_frame_files_both_match(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path, tmp_path: Path
) -> None:
    # The demo card's photo is enrolled from the face camera, then the same person matches.
    # Frame files play from the first file at every face check: the second check meets the
    # enrolling picture again. It is not a new capture, so it is no comparison (not "a photo
    # held up"): the next file is compared, as a live camera's next frame would be.
    if not FACES.is_dir():
        pytest.skip("../shared/faces (test data) is not here")
    kiosk, services = start_face_demo(make_kiosk, face_frames(tmp_path, "obama/1", "obama/2"))
    assert services.demo is not None
    kiosk.wait_step(Step.CONFIRM, timeout=120_000)
    assert kiosk.view.face_check is FaceCheck.MATCHED
    matcher = services.face_matcher
    assert isinstance(matcher, EnrollingFaceMatcher) and matcher.enrolled
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert matcher.forget in services.closers  # memory only, dropped when the demo ends
    panel = kiosk.app.demo_panel
    assert panel is not None and "memory only" in panel.face_note.text()  # the panel says so
    services.demo.remove()
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    services.demo.insert(DEMO_CAMERA_CARD)  # the same person again: the check-out offer
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    ended = (Step.CHECKOUT_OFFER, Step.NOTICE)
    kiosk.qtbot.waitUntil(lambda: kiosk.view.step in ended, timeout=120_000)
    step, notice = kiosk.view.step, kiosk.view.notice
    assert step is Step.CHECKOUT_OFFER, notice  # not "a photo held up"
    kiosk.wait_step(Step.CHECKOUT_OFFER)
    assert kiosk.view.face_check is FaceCheck.MATCHED
    kiosk.click("check_out")
    kiosk.wait_step(Step.DONE)
    assert services.recorder.kind_counts() == {"check_in": 1, "check_out": 1}


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


# -- the demo's matcher itself (the real dlib matcher underneath) -------------------------------


def a_moment_later(frame: np.ndarray) -> np.ndarray:
    """``frame`` as a live camera gives it a moment later: moved by a few pixels, new sensor
    noise (seeded: the same every run)."""
    moved = cv2.warpAffine(
        frame,
        np.float32([[1, 0, 3], [0, 1, 2]]),
        (frame.shape[1], frame.shape[0]),
        borderMode=cv2.BORDER_REPLICATE,
    )
    noise = np.random.default_rng(7).normal(0, 4, frame.shape)
    return np.clip(moved + noise, 0, 255).astype(np.uint8)


def test_the_demo_matcher_compares_new_captures_with_the_enrolled_one() -> None:
    # The enrolled "card photo" is a frame of this camera, in memory only: nobody can hold it
    # up. The enrolling picture met again (frame files played again) is no new capture, so no
    # comparison; a live frame a moment later is the same person, not "the card photo itself";
    # a card held up is still refused, by the real matcher's own rule.
    pytest.importorskip("dlib")
    if not FACES.is_dir():
        pytest.skip("../shared/faces (test data) is not here")
    from kiosk.camera.synthetic import (
        Degradation,
        face_photo,
        random_identity,
        render_card_face,
        render_scene,
    )
    from kiosk.face.matcher import SAME_PICTURE_DISTANCE
    from kiosk.face.outcome import FaceOutcome
    from kiosk.ui.demo import blank_photo
    from tests.fixtures.faces import rgb

    matcher = EnrollingFaceMatcher()
    stand_in = cv2.imdecode(np.frombuffer(blank_photo(), np.uint8), cv2.IMREAD_UNCHANGED)
    enrolling = rgb(FACES / "obama" / "1.jpg")
    assert matcher.compare(stand_in, enrolling).outcome is FaceOutcome.NO_FACE_IN_FRAME
    assert matcher.enrolled
    again = matcher.compare(stand_in, enrolling.copy())
    assert (again.outcome, again.distance) == (FaceOutcome.NO_FACE_IN_FRAME, None)
    later = matcher.compare(stand_in, a_moment_later(enrolling))
    assert later.outcome is FaceOutcome.MATCH
    assert later.distance is not None and later.distance < SAME_PICTURE_DISTANCE
    assert matcher.compare(stand_in, rgb(FACES / "obama" / "2.jpg")).outcome is FaceOutcome.MATCH
    other = matcher.compare(stand_in, rgb(FACES / "biden" / "1.jpg"))
    assert other.outcome is FaceOutcome.NO_MATCH
    card = render_card_face(
        random_identity(random.Random(1)), face_photo(FACES / "obama" / "1.jpg")
    )
    held_up = render_scene(card, Degradation(rotation=-2.0, scale=0.55), random.Random(1))
    refused = matcher.compare(stand_in, held_up)
    assert (refused.outcome, refused.distance) == (FaceOutcome.SPOOF_SUSPECTED, None)
