"""Compare the face on a card photo with the face in a camera frame.

``DlibFaceMatcher`` uses face_recognition (dlib's 128-d encodings). It is CPU-bound (about a
second per comparison on a 2-core tablet), so the UI runs it on a worker thread.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import sys
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]

#: face_recognition's default is 0.6; a small greyscale card photo against a live frame is a
#: harder comparison, and a false "same person" is worse than asking staff, so be stricter.
DEFAULT_TOLERANCE = 0.5
#: Frames are scaled down to this height before detection: the HOG detector's time grows
#: with the pixel count, and a face at a kiosk fills much of the frame.
_DETECT_HEIGHT = 480
#: Two different captures of one person are rarely closer than about 0.3; a frame this close
#: to the card photo is taken to be the card photo itself (or a copy of it) held up.
SAME_PICTURE_DISTANCE = 0.15


class FaceOutcome(StrEnum):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_FACE_IN_FRAME = "no_face_in_frame"  # ask the person to look at the camera
    SEVERAL_FACES_IN_FRAME = "several_faces_in_frame"  # one person at a time, please
    NO_FACE_ON_CARD = "no_face_on_card"  # staff: card photo unreadable
    SPOOF_SUSPECTED = "spoof_suspected"  # a photo or the card held up, not a person
    UNAVAILABLE = "unavailable"  # no matcher installed / disabled


@dataclass(frozen=True)
class FaceMatchResult:
    outcome: FaceOutcome
    #: Euclidean distance between encodings (lower is more alike); None when not compared.
    distance: float | None = None

    @property
    def matched(self) -> bool:
        return self.outcome is FaceOutcome.MATCH


class FaceMatcher(Protocol):
    def compare(self, card_photo: Image, frame: Image) -> FaceMatchResult:
        """Both images as RGB (or greyscale) uint8 arrays, held only in memory."""


class NullFaceMatcher:
    """Used when face matching is off or its libraries are missing."""

    def compare(self, card_photo: Image, frame: Image) -> FaceMatchResult:
        return FaceMatchResult(FaceOutcome.UNAVAILABLE)


class FakeFaceMatcher:
    """Returns a fixed outcome; for flow and UI tests."""

    def __init__(self, outcome: FaceOutcome = FaceOutcome.MATCH) -> None:
        self.outcome = outcome
        self.calls = 0

    def compare(self, card_photo: Image, frame: Image) -> FaceMatchResult:
        self.calls += 1
        return FaceMatchResult(self.outcome, 0.3 if self.outcome is FaceOutcome.MATCH else None)


def _as_rgb(image: Image) -> Image:
    if image.ndim == 2:
        return np.ascontiguousarray(np.stack([image] * 3, axis=-1))
    if image.ndim == 3 and image.shape[2] == 4:
        return np.ascontiguousarray(image[:, :, :3])
    return np.ascontiguousarray(image)


def _scaled(image: Image, height: int) -> tuple[Image, float]:
    if image.shape[0] <= height:
        return image, 1.0
    import cv2

    factor = height / image.shape[0]
    width = max(1, round(image.shape[1] * factor))
    resized = np.asarray(
        cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA), dtype=np.uint8
    )
    return resized, factor


#: face_recognition_models' functions and the model file each one names.
_MODEL_FILES = {
    "pose_predictor_model_location": "shape_predictor_68_face_landmarks.dat",
    "pose_predictor_five_point_model_location": "shape_predictor_5_face_landmarks.dat",
    "face_recognition_model_location": "dlib_face_recognition_resnet_model_v1.dat",
    "cnn_face_detector_model_location": "mmod_human_face_detector.dat",
}


def face_model_files() -> dict[str, Path]:
    """The dlib model files of the installed face_recognition_models package, found without
    running its ``__init__`` (which imports pkg_resources: absent on Python 3.12+ venvs, and
    face_recognition then exits the whole process)."""
    spec = _models_spec()
    assert spec.submodule_search_locations
    models = Path(next(iter(spec.submodule_search_locations))) / "models"
    return {name: models / file for name, file in _MODEL_FILES.items()}


#: The 68-point landmark model is only used by ``face_landmarks(model="large")``, which the
#: match never calls; face_recognition still opens it at import. The stand-in names the
#: 5-point file in its place, so the 100 MB file (training data licensed for non-commercial
#: use only) is never read and need not be shipped.
_NOT_USED = "pose_predictor_model_location"
_USED_INSTEAD = "pose_predictor_five_point_model_location"


def model_files_used() -> list[Path]:
    """The model files the match opens (the installer ships these and no others)."""
    files = face_model_files()
    return sorted({path for name, path in files.items() if name != _NOT_USED})


def _models_spec() -> importlib.machinery.ModuleSpec:
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("face_recognition_models is not installed")
    return spec


def _location(path: Path) -> Any:
    return lambda: str(path)


def load_face_recognition() -> Any:
    """``face_recognition``, with ``face_recognition_models`` replaced by a module that only
    gives the model paths (unless the real one is already imported)."""
    if "face_recognition_models" not in sys.modules:
        # Its own spec, path and file, but its __init__ never runs.
        stand_in = importlib.util.module_from_spec(_models_spec())
        files = face_model_files()
        files[_NOT_USED] = files[_USED_INSTEAD]
        for name, path in files.items():
            setattr(stand_in, name, _location(path))
        sys.modules["face_recognition_models"] = stand_in
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition
    return face_recognition


class DlibFaceMatcher:
    def __init__(self, tolerance: float = DEFAULT_TOLERANCE) -> None:
        self._fr: Any = load_face_recognition()
        self.tolerance = tolerance

    def _faces(self, rgb: Image) -> list[Any]:
        """Face locations (top, right, bottom, left) in ``rgb``; one more upsampling step
        when none is found (a small card photo may need it)."""
        locations: list[Any] = self._fr.face_locations(
            rgb, number_of_times_to_upsample=1, model="hog"
        )
        if not locations:
            locations = self._fr.face_locations(rgb, number_of_times_to_upsample=2)
        return locations

    def compare(self, card_photo: Image, frame: Image) -> FaceMatchResult:
        card_rgb, _ = _scaled(_as_rgb(card_photo), _DETECT_HEIGHT)
        card_faces = self._faces(card_rgb)
        if len(card_faces) != 1:
            return FaceMatchResult(FaceOutcome.NO_FACE_ON_CARD)
        live_rgb, _ = _scaled(_as_rgb(frame), _DETECT_HEIGHT)
        live_faces = self._faces(live_rgb)
        if not live_faces:
            return FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME)
        if len(live_faces) > 1:
            return FaceMatchResult(FaceOutcome.SEVERAL_FACES_IN_FRAME)
        if _face_inside_a_card(live_rgb, live_faces[0]):
            log.info("face comparison: %s", FaceOutcome.SPOOF_SUSPECTED.value)
            return FaceMatchResult(FaceOutcome.SPOOF_SUSPECTED)
        card = self._fr.face_encodings(card_rgb, known_face_locations=card_faces)
        live = self._fr.face_encodings(live_rgb, known_face_locations=live_faces)
        distance = float(self._fr.face_distance([card[0]], live[0])[0])
        # Drop the encodings at once: they identify a person (field-notes §6).
        del card, live
        if distance < SAME_PICTURE_DISTANCE:
            outcome = FaceOutcome.SPOOF_SUSPECTED
        elif distance <= self.tolerance:
            outcome = FaceOutcome.MATCH
        else:
            outcome = FaceOutcome.NO_MATCH
        log.info("face comparison: %s", outcome.value)
        return FaceMatchResult(outcome, distance)


def _face_inside_a_card(rgb: Image, location: Any) -> bool:
    """True when the face lies inside a card-shaped bright rectangle wholly in the frame: a
    card (or a printed photo of card size) held up to the camera."""
    from kiosk.camera.geometry import card_shaped, find_card, point_inside

    corners = find_card(rgb)
    if corners is None or not card_shaped(corners, rgb.shape):
        return False
    top, right, bottom, left = location
    return point_inside(corners, (left + right) / 2, (top + bottom) / 2)


def decode_card_photo(data: bytes) -> Image:
    """Decode the card's JPEG 2000 photo in memory. Raises ValueError on bad data."""
    import cv2

    buffer = np.frombuffer(data, dtype=np.uint8)
    image = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
    if image is None or image.dtype != np.uint8:
        raise ValueError("card photo is not a readable image")
    if image.ndim == 3:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), dtype=np.uint8)
    return np.asarray(image, dtype=np.uint8)


#: Frames a face check looks at before it gives its outcome (at about 0.3-0.5 s each).
FACE_MAX_FRAMES = 5


def match_frames(
    matcher: FaceMatcher,
    card_photo: Image,
    frames: Iterable[Image],
    *,
    max_frames: int = FACE_MAX_FRAMES,
) -> FaceMatchResult:
    """Compare frames with the card photo until one gives an outcome other than "no face in
    the frame" (the person still coming into view), at most ``max_frames``; the last result
    otherwise (``no_face_in_frame``; ``unavailable`` without any frame). Each frame is
    dropped after its comparison."""
    result = FaceMatchResult(FaceOutcome.UNAVAILABLE)
    for count, frame in enumerate(frames, start=1):
        result = matcher.compare(card_photo, frame)
        del frame
        if result.outcome is not FaceOutcome.NO_FACE_IN_FRAME or count >= max_frames:
            break
    return result
