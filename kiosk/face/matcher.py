"""Compare the face on a card photo with the face in a camera frame.

``DlibFaceMatcher`` uses dlib's 128-d face encodings, exactly as face_recognition 1.3 computes
them, from two model files only (:func:`model_files_used`). It is CPU-bound (about a
second per comparison on a 2-core tablet), so the UI runs it on a worker thread.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from kiosk.face import outcome

#: The outcome types live in a numpy-free module (the flow machine reads them).
FaceOutcome = outcome.FaceOutcome
FaceMatchResult = outcome.FaceMatchResult

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


#: The two model files the match opens (dlib-models, released into the public domain by their
#: author; see docs/camera.md for their training data). They are looked for in the folder of
#: the ``face_recognition_models`` package, which carries them.
SHAPE_PREDICTOR_FILE = "shape_predictor_5_face_landmarks.dat"
ENCODER_FILE = "dlib_face_recognition_resnet_model_v1.dat"
#: Files of that folder the match never opens, so the installer leaves them out: the 68-point
#: landmark model (100 MB, trained on iBUG 300-W, whose licence excludes commercial use) and
#: the CNN face detector (the match uses dlib's HOG detector, built into dlib).
UNUSED_MODEL_FILES = ("shape_predictor_68_face_landmarks.dat", "mmod_human_face_detector.dat")


def models_folder() -> Path:
    """The ``models`` folder of the installed face_recognition_models package, found without
    importing it (its ``__init__`` imports pkg_resources, gone on Python 3.12+ venvs)."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("face_recognition_models is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def model_files_used(folder: Path | None = None) -> list[Path]:
    """The model files the match opens (the installer ships these and no others)."""
    base = folder or models_folder()
    return sorted([base / SHAPE_PREDICTOR_FILE, base / ENCODER_FILE])


@dataclass(frozen=True)
class DlibModels:
    """dlib's HOG face detector (built in), the 5-point shape predictor and the 128-d ResNet
    encoder: the same calls face_recognition 1.3 makes for ``face_locations`` and
    ``face_encodings(model="small")``, without importing face_recognition (which opens the
    68-point and CNN models at import and exits the process without pkg_resources)."""

    detector: Any
    shape_predictor: Any
    encoder: Any


class CpuWithoutAvxError(ImportError):
    """dlib cannot run on this CPU: the dlib-bin wheels (Linux and Windows alike) are built
    with AVX instructions, which some low-cost CPUs lack (Atom, and Celeron / Pentium Silver
    up to Jasper Lake, found in many low-cost tablets). Such a CPU would end the whole kiosk with
    an illegal instruction at the first face detection, so dlib is not even imported there.
    An ImportError, as for a missing dlib: the face match is ``unavailable`` and the flow
    offers the PIN or staff."""


#: ``PF_AVX_INSTRUCTIONS_AVAILABLE`` of winnt.h (IsProcessorFeaturePresent, Windows 10+).
_PF_AVX_INSTRUCTIONS_AVAILABLE = 39


def cpuinfo_has_avx(cpuinfo: str) -> bool | None:
    """Whether Linux's ``/proc/cpuinfo`` text names AVX among the CPU flags; None when it
    shows no flags line. The kernel leaves ``avx`` out when the OS does not save the AVX
    registers, so the flag means usable, not just present."""
    for line in cpuinfo.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == "flags":
            return "avx" in value.split()
    return None


def cpu_has_avx() -> bool | None:
    """Whether this CPU (and OS) runs AVX instructions; None where it cannot be told (then
    dlib is tried)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        return bool(kernel32.IsProcessorFeaturePresent(_PF_AVX_INSTRUCTIONS_AVAILABLE))
    else:  # an else, not a fall-through: mypy then checks each platform's branch alone
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None  # not Linux (macOS has no /proc), or /proc not mounted
        return cpuinfo_has_avx(cpuinfo)


def load_models(folder: Path | None = None) -> DlibModels:
    """Load the two model files from ``folder`` (default :func:`models_folder`);
    FileNotFoundError when one is missing, :class:`CpuWithoutAvxError` (before dlib is
    imported) on a CPU dlib-bin cannot run on."""
    if cpu_has_avx() is False:
        raise CpuWithoutAvxError(
            "the face match needs a CPU with AVX (dlib-bin); this one has none"
        )
    import dlib

    shape_file, encoder_file = (
        (folder or models_folder()) / name for name in (SHAPE_PREDICTOR_FILE, ENCODER_FILE)
    )
    for path in (shape_file, encoder_file):
        if not path.is_file():
            raise FileNotFoundError(f"face model missing: {path.name}")
    return DlibModels(
        dlib.get_frontal_face_detector(),
        dlib.shape_predictor(str(shape_file)),
        dlib.face_recognition_model_v1(str(encoder_file)),
    )


#: A face's box as (top, right, bottom, left), as face_recognition gives it.
Box = tuple[int, int, int, int]


class DlibFaceMatcher:
    def __init__(self, tolerance: float = DEFAULT_TOLERANCE, models: Path | None = None) -> None:
        self._models = load_models(models)
        self.tolerance = tolerance

    def face_locations(self, rgb: Image) -> list[Box]:
        """Face boxes in ``rgb`` (HOG, upsampled once; once more when none is found: a small
        card photo may need it), trimmed to the image."""
        for upsample in (1, 2):
            height, width = rgb.shape[:2]
            boxes = [
                (max(r.top(), 0), min(r.right(), width), min(r.bottom(), height), max(r.left(), 0))
                for r in self._models.detector(rgb, upsample)
            ]
            if boxes:
                return boxes
        return []

    def one_live_face(self, frame: Image) -> bool:
        """Whether ``frame`` shows exactly one face, not inside a card held up: a frame fit
        to enrol (the demo's card photo)."""
        rgb, _ = _scaled(_as_rgb(frame), _DETECT_HEIGHT)
        faces = self.face_locations(rgb)
        return len(faces) == 1 and not _face_inside_a_card(rgb, faces[0])

    def _encoding(self, rgb: Image, box: Box) -> npt.NDArray[np.float64]:
        import dlib

        top, right, bottom, left = box
        shape = self._models.shape_predictor(rgb, dlib.rectangle(left, top, right, bottom))
        return np.array(self._models.encoder.compute_face_descriptor(rgb, shape, 1))

    def compare(self, card_photo: Image, frame: Image) -> FaceMatchResult:
        card_rgb, _ = _scaled(_as_rgb(card_photo), _DETECT_HEIGHT)
        card_faces = self.face_locations(card_rgb)
        if len(card_faces) != 1:
            return FaceMatchResult(FaceOutcome.NO_FACE_ON_CARD)
        live_rgb, _ = _scaled(_as_rgb(frame), _DETECT_HEIGHT)
        live_faces = self.face_locations(live_rgb)
        if not live_faces:
            return FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME)
        if len(live_faces) > 1:
            return FaceMatchResult(FaceOutcome.SEVERAL_FACES_IN_FRAME)
        top, _, bottom, _ = live_faces[0]
        fraction = round((bottom - top) / live_rgb.shape[0], 3)
        if _face_inside_a_card(live_rgb, live_faces[0]):
            log.info("face comparison: %s", FaceOutcome.SPOOF_SUSPECTED.value)
            return FaceMatchResult(FaceOutcome.SPOOF_SUSPECTED, face_fraction=fraction)
        card = self._encoding(card_rgb, card_faces[0])
        live = self._encoding(live_rgb, live_faces[0])
        distance = float(np.linalg.norm(card - live))
        # Drop the encodings at once: they identify a person (field-notes §6).
        del card, live
        if distance < SAME_PICTURE_DISTANCE:
            outcome = FaceOutcome.SPOOF_SUSPECTED
        elif distance <= self.tolerance:
            outcome = FaceOutcome.MATCH
        else:
            outcome = FaceOutcome.NO_MATCH
        log.info("face comparison: %s", outcome.value)
        return FaceMatchResult(outcome, distance, fraction)


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
    undecided: Callable[[FaceMatchResult], bool] | None = None,
    on_result: Callable[[FaceMatchResult], None] | None = None,
) -> FaceMatchResult:
    """Compare frames with the card photo until one gives a result that is not
    ``undecided`` (default: "no face in the frame", the person still coming into view), at
    most ``max_frames``; the last result otherwise (``unavailable`` without any frame). Each
    frame is dropped after its comparison; ``on_result`` sees each frame's result."""
    result = FaceMatchResult(FaceOutcome.UNAVAILABLE)
    for count, frame in enumerate(frames, start=1):
        result = matcher.compare(card_photo, frame)
        del frame
        if on_result is not None:
            on_result(result)
        waiting = (
            undecided(result)
            if undecided is not None
            else result.outcome is FaceOutcome.NO_FACE_IN_FRAME
        )
        if not waiting or count >= max_frames:
            break
    return result
