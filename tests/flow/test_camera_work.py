"""The camera effects' work (kiosk.flow.camera_work) with scripted parts: the guidance the
person gets, when the face match decides, cancelling, and typed failures."""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from kiosk.camera.device import CameraErrorCode as Code
from kiosk.camera.device import CameraUnavailableError, CameraUnpluggedError
from kiosk.cards.api import CardPhoto
from kiosk.face.outcome import FaceMatchResult, FaceOutcome
from kiosk.flow.camera_work import CameraFailedError, CameraParts, CameraWork
from kiosk.flow.contract import CameraGuidance, CardFaceProblem

FRAME = np.zeros((48, 64, 3), dtype=np.uint8)


class ScriptedCamera:
    """Gives ``frames`` frames, then acts unplugged; ``opens`` False: cannot be opened."""

    def __init__(self, frames: int = 100, *, opens: bool = True) -> None:
        self.left, self.opens, self.reads, self.closed = frames, opens, 0, False

    def open(self) -> None:
        if not self.opens:
            raise CameraUnavailableError(Code.UNAVAILABLE, "no camera")

    def read(self) -> np.ndarray:
        if self.left <= 0:
            raise CameraUnpluggedError(Code.UNPLUGGED, "gone")
        self.left -= 1
        self.reads += 1
        return FRAME

    def close(self) -> None:
        self.closed = True


class ScriptedMatcher:
    def __init__(self, results: list[FaceMatchResult]) -> None:
        self._results: Iterator[FaceMatchResult] = iter(results)

    def compare(self, card_photo: np.ndarray, frame: np.ndarray) -> FaceMatchResult:
        return next(self._results)


def card_photo() -> CardPhoto:
    ok, png = cv2.imencode(".png", np.full((40, 30), 128, dtype=np.uint8))
    assert ok
    return CardPhoto(png.tobytes())


def work(camera: ScriptedCamera, results: list[FaceMatchResult]) -> CameraWork:
    return CameraWork(CameraParts(card_camera=camera, face_matcher=ScriptedMatcher(results)))


def test_the_face_guidance_follows_the_frames_and_a_far_no_match_is_not_the_answer() -> None:
    camera = ScriptedCamera()
    results = [
        FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME),
        FaceMatchResult(FaceOutcome.SEVERAL_FACES_IN_FRAME),
        FaceMatchResult(FaceOutcome.NO_MATCH, 0.7, face_fraction=0.1),
        FaceMatchResult(FaceOutcome.MATCH, 0.4, face_fraction=0.4),
    ]
    seen: list[CameraGuidance] = []
    result = work(camera, results).match_face(card_photo(), seen.append)
    assert result.outcome is FaceOutcome.MATCH
    assert seen == [
        CameraGuidance.LOOK_AT_CAMERA,
        CameraGuidance.ONE_PERSON,
        CameraGuidance.COME_CLOSER,
        CameraGuidance.CHECKING,
    ]
    assert camera.reads == 4 and camera.closed


def test_a_near_no_match_is_the_answer_at_once() -> None:
    camera = ScriptedCamera()
    results = [FaceMatchResult(FaceOutcome.NO_MATCH, 0.8, face_fraction=0.4)]
    assert work(camera, results).match_face(card_photo()).outcome is FaceOutcome.NO_MATCH
    assert camera.reads == 1


@pytest.mark.parametrize("camera", [ScriptedCamera(0), ScriptedCamera(opens=False)])
def test_a_face_camera_gone_is_a_typed_error(camera: ScriptedCamera) -> None:
    with pytest.raises(CameraFailedError) as caught:
        work(camera, []).match_face(card_photo())
    assert caught.value.code == "camera_unavailable"


def test_an_unreadable_card_photo_is_no_face_on_card() -> None:
    result = work(ScriptedCamera(), []).match_face(CardPhoto(b"not an image"))
    assert result.outcome is FaceOutcome.NO_FACE_ON_CARD


def test_cancel_stops_the_face_check_at_the_next_frame() -> None:
    camera = ScriptedCamera()
    job = work(camera, [FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME)] * 10)
    job.parts.max_face_frames = 10
    job.match_face(card_photo(), lambda guidance: job.cancel())
    assert camera.reads == 1


def test_the_card_face_without_a_reader_or_a_camera_is_camera_unavailable() -> None:
    no_reader = CameraWork(CameraParts(card_camera=ScriptedCamera()))
    assert no_reader.read_card_face().problem == CardFaceProblem.CAMERA_UNAVAILABLE
