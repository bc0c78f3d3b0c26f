"""The camera path's work for the effect performer: ``ReadCardFace`` and ``MatchFace``.

Qt-free and blocking (camera reads, the text recogniser, the face match): the Qt host runs it
on its camera lane's thread (:attr:`kiosk.flow.performer.Lane.CAMERA`), the synchronous
runner on the caller's. Progress (what to tell the person) goes to a ``progress`` callback as
:class:`~kiosk.flow.contract.CameraGuidance` values, each change once.

Privacy: frames, the decoded card photo and the readings live only inside one call; nothing is
logged but outcome codes, nothing is written anywhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kiosk.camera.card_face import (
    CardFaceReader,
    CodeBAgreement,
    FrameReading,
    read_code_b,
)
from kiosk.camera.device import Camera, CameraError, Frame, NullCamera
from kiosk.cards.api import CardPhoto
from kiosk.errors import KioskError
from kiosk.face.matcher import (
    FaceMatcher,
    NullFaceMatcher,
    decode_card_photo,
    match_frames,
)
from kiosk.face.outcome import FaceMatchResult, FaceOutcome
from kiosk.flow.contract import CameraGuidance, CardFaceProblem, CardFaceResult

log = logging.getLogger(__name__)

#: What the person is told on a frame's face-match result.
_FACE_GUIDANCE: dict[FaceOutcome, CameraGuidance] = {
    FaceOutcome.NO_FACE_IN_FRAME: CameraGuidance.LOOK_AT_CAMERA,
    FaceOutcome.SEVERAL_FACES_IN_FRAME: CameraGuidance.ONE_PERSON,
}
#: Face results that are no decision yet: the next frame is looked at.
_KEEP_LOOKING = (FaceOutcome.NO_FACE_IN_FRAME, FaceOutcome.SEVERAL_FACES_IN_FRAME)
#: A face smaller than this share of the frame's height is far away: "come closer", and a
#: no-match on it is not taken as the answer while frames are left (a small face encodes
#: less reliably: docs/camera.md).
COME_CLOSER_FRACTION = 0.2


def _guidance(result: FaceMatchResult) -> CameraGuidance:
    if result.outcome in _FACE_GUIDANCE:
        return _FACE_GUIDANCE[result.outcome]
    if result.face_fraction is not None and result.face_fraction < COME_CLOSER_FRACTION:
        return CameraGuidance.COME_CLOSER
    return CameraGuidance.CHECKING


def _undecided(result: FaceMatchResult) -> bool:
    """Look at the next frame: no face yet, several, or a far face that did not match."""
    return result.outcome in _KEEP_LOOKING or (
        result.outcome is FaceOutcome.NO_MATCH
        and result.face_fraction is not None
        and result.face_fraction < COME_CLOSER_FRACTION
    )


Progress = Callable[[CameraGuidance], None]


class CameraFailedError(KioskError):
    """The face camera is missing or stopped giving frames: no face check; the PIN or staff."""

    code = "camera_unavailable"
    needs_staff = True


@dataclass
class CameraParts:
    """The camera path's devices and engines (``kiosk.services.Services`` holds the same)."""

    card_camera: Camera = field(default_factory=NullCamera)
    #: None: the card camera serves both roles.
    face_camera: Camera | None = None
    #: None: no text recogniser (the card face is never read: camera_unavailable).
    card_face_reader: CardFaceReader | None = None
    face_matcher: FaceMatcher = field(default_factory=NullFaceMatcher)
    #: Consecutive agreeing frames for a reading (docs/camera.md: never fewer than 3).
    agreement_frames: int = 3
    max_card_frames: int = 12
    max_face_frames: int = 8


class CameraWork:
    """Does the camera effects with ``parts``; :meth:`cancel` (any thread) ends the running
    one at its next frame (its result is stale for the machine anyway)."""

    def __init__(self, parts: CameraParts) -> None:
        self.parts = parts
        self._generation = 0
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            self._generation += 1

    def _stopper(self) -> Callable[[], bool]:
        with self._lock:
            started = self._generation

        def stopped() -> bool:
            with self._lock:
                return self._generation != started

        return stopped

    def read_card_face(self, progress: Progress | None = None) -> CardFaceResult:
        """照合番号B off the card face (ReadCardFace). A missing or unplugged camera, or no
        text recogniser, is ``problem`` camera_unavailable: nothing is ever sent to a card."""
        parts = self.parts
        reader = parts.card_face_reader
        if reader is None:
            return CardFaceResult(problem=CardFaceProblem.CAMERA_UNAVAILABLE)
        stop = self._stopper()
        last: list[CameraGuidance] = []

        def on_frame(reading: FrameReading) -> None:
            no_card = reading.problem == CardFaceProblem.NO_CARD
            guidance = CameraGuidance.HOLD_CARD if no_card else CameraGuidance.HOLD_CARD_STILL
            if progress is not None and last[-1:] != [guidance]:
                last.append(guidance)
                progress(guidance)

        agreement = CodeBAgreement(parts.agreement_frames, parts.max_card_frames)
        camera = parts.card_camera
        try:
            camera.open()
        except CameraError as exc:
            log.warning("card camera: %s", exc.code)
            return CardFaceResult(problem=CardFaceProblem.CAMERA_UNAVAILABLE)
        try:
            reading = read_code_b(camera, reader, agreement, on_frame=on_frame, stop=stop)
        finally:
            camera.close()
        fields_ = reading.fields
        if fields_ is not None:
            return CardFaceResult(code_b=fields_.code_b_input(), calendar=fields_.calendar)
        prefill = reading.prefill
        log.info("card face not read: %s", reading.problem)
        return CardFaceResult(
            problem=reading.problem or CardFaceProblem.UNREADABLE,
            prefill=prefill.code_b_input() if prefill is not None else None,
            calendar=prefill.calendar if prefill is not None else None,
        )

    def match_face(self, photo: CardPhoto, progress: Progress | None = None) -> FaceMatchResult:
        """The face camera's frames against the card ``photo`` (MatchFace). Raises
        :class:`CameraFailedError` when the camera is missing or goes away."""
        parts = self.parts
        try:
            card = decode_card_photo(photo.jpeg2000)
        except ValueError:
            return FaceMatchResult(FaceOutcome.NO_FACE_ON_CARD)
        stop = self._stopper()
        camera = parts.face_camera or parts.card_camera
        last: list[CameraGuidance] = []

        def on_result(result: FaceMatchResult) -> None:
            guidance = _guidance(result)
            if progress is not None and last[-1:] != [guidance]:
                last.append(guidance)
                progress(guidance)

        try:
            camera.open()
        except CameraError as exc:
            raise CameraFailedError(exc.code.value) from None
        try:
            return match_frames(
                parts.face_matcher,
                card,
                _frames(camera, stop),
                max_frames=parts.max_face_frames,
                undecided=_undecided,
                on_result=on_result,
            )
        finally:
            camera.close()
            del card


def _frames(camera: Camera, stop: Callable[[], bool]) -> Iterator[Frame]:
    """The frames of an open camera until ``stop``; a camera that fails is CameraFailedError."""
    while not stop():
        try:
            frame = camera.read()
        except CameraError as exc:
            raise CameraFailedError(exc.code.value) from None
        yield frame
