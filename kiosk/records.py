"""Records the kiosk creates: check-in, check-out, shelter open/close and corrections.

Every record gets its UUID here, on the terminal, at creation: the management server
deduplicates on it, so a record re-sent after a lost acknowledgement is never counted twice.
A record never changes once created; a correction is a new record whose ``refers_to`` names
the old one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from kiosk.domain import BasicInfo, CardType, RegistrationType, Sex, SituationFlag


class FaceCheck(StrEnum):
    """What the face match said for a check-in or check-out (only the outcome is recorded:
    never a frame, a photo or an encoding)."""

    MATCHED = "matched"
    NOT_MATCHED = "not_matched"
    #: No face match in this pass (camera off, the PIN or typed path, a licence), and every
    #: record made before the field existed.
    NOT_USED = "not_used"


class EventKind(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    SHELTER_OPEN = "shelter_open"
    SHELTER_CLOSE = "shelter_close"
    CORRECTION = "correction"


@dataclass(frozen=True)
class Person:
    """The personal part of a record: encrypted at rest, sent to the server, then purged."""

    name: str
    address: str
    birth_date: date | None
    sex: Sex | None
    phone: str = ""
    message_to_staff: str = ""
    #: The reading of the name (furigana) where known: staff proxy and phone registrations.
    reading: str = ""
    #: Members registered together (staff proxy registration) share this id (a UUID).
    household_id: str = ""

    def __repr__(self) -> str:
        return "Person(<personal data redacted>)"

    __str__ = __repr__

    @classmethod
    def from_card(cls, info: BasicInfo, *, phone: str = "", message: str = "") -> Person:
        return cls(
            name=info.name,
            address=info.address,
            birth_date=info.birth_date,
            sex=info.sex,
            phone=phone,
            message_to_staff=message,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex.value if self.sex else None,
            "phone": self.phone,
            "message_to_staff": self.message_to_staff,
            # Only when set: a record made before these fields existed keeps its exact JSON
            # (the server compares a resent record's payload with the one it holds).
            **({"reading": self.reading} if self.reading else {}),
            **({"household_id": self.household_id} if self.household_id else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Person:
        return cls(
            name=data["name"],
            address=data["address"],
            birth_date=date.fromisoformat(data["birth_date"]) if data.get("birth_date") else None,
            sex=Sex(data["sex"]) if data.get("sex") else None,
            phone=data.get("phone", ""),
            message_to_staff=data.get("message_to_staff", ""),
            reading=data.get("reading") or "",
            household_id=data.get("household_id") or "",
        )


@dataclass(frozen=True)
class Event:
    """One record for the management system. Immutable once created."""

    kind: EventKind
    shelter_id: str
    terminal_id: str
    occurred_at: datetime  # aware, UTC
    #: The local UTC offset at the terminal when the event happened, in minutes (JST: 540).
    utc_offset_minutes: int
    registration_type: RegistrationType | None = None
    card_type: CardType | None = None
    person: Person | None = None
    consent_version: str | None = None
    situation: frozenset[SituationFlag] = frozenset()
    #: Check-out: the check-in it closes. Correction: the event it corrects.
    refers_to: str | None = None
    training: bool = False
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: The face match's outcome (check-in / check-out on the camera path); not_used otherwise.
    face_check: FaceCheck = FaceCheck.NOT_USED

    def __repr__(self) -> str:
        return (
            f"Event(kind={self.kind.value}, event_id={self.event_id}, "
            f"shelter_id={self.shelter_id!r}, person={'<redacted>' if self.person else None})"
        )

    __str__ = __repr__


@dataclass(frozen=True)
class OpenCheckIn:
    """A check-in at this shelter that no check-out has closed yet."""

    event_id: str
    occurred_at: datetime


class EventRecorder(Protocol):
    """What the check-in flow needs from the local store."""

    def record(self, event: Event) -> None:
        """Commit durably (survives a power cut once this returns). Raises StorageError."""

    def open_check_in(self, person: Person, shelter_id: str) -> OpenCheckIn | None:
        """The person's open check-in at this shelter, matched without decrypting others."""
