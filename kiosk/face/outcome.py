"""The face match's outcome, without numpy or dlib: the flow machine and the screens read it.

:mod:`kiosk.face.matcher` (numpy, dlib) produces it; the Qt-free flow contract names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    #: The live face's height as a share of the frame's (for "come closer"); None when no
    #: single face was found.
    face_fraction: float | None = None

    @property
    def matched(self) -> bool:
        return self.outcome is FaceOutcome.MATCH
