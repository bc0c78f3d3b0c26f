"""Staff register people without a card (registration type 2), a household in one go.

Each member is one check-in record (``registration_type=2``, no card) carrying the same
``Person.household_id``. A household is recorded with ``record_many``: one transaction, all
members or none. Its event ids are made once, when the household is built, so a second save
of the same household (a double tap, a retry after an error) finds them recorded and records
nothing more.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from kiosk.clock import Clock, SystemClock
from kiosk.domain import RegistrationType, SituationFlag
from kiosk.errors import KioskError
from kiosk.flow.shelter import utc_offset_minutes
from kiosk.records import Event, EventKind, Person
from kiosk.webreg.form import FieldError, FormValues, validate

#: A household registered together: more would be several households.
MAX_MEMBERS = 20


class RegistrationError(KioskError):
    """A registration that cannot be built (no shelter id, no member, too many)."""

    code = "registration_invalid"


class BatchRecorder(Protocol):
    """What recording a household needs from the store (kiosk.store.RecordStore)."""

    def record_many(self, events: Sequence[Event]) -> None:
        """Commit all of them durably, or none (raises StorageError)."""

    def get_event(self, event_id: str) -> Event | None: ...


@dataclass(frozen=True)
class Origin:
    """Where and when staff record: the shelter, this terminal, training or not."""

    shelter_id: str
    terminal_id: str
    training: bool = False
    #: The terminal's fixed UTC offset from the settings (None: the system's time zone).
    utc_offset_minutes: int | None = None

    def check(self) -> None:
        if not self.shelter_id.strip() or not self.terminal_id.strip():
            raise RegistrationError("the shelter id and terminal id must be set first")


@dataclass(frozen=True, repr=False)
class Member:
    """One person of a household, as staff entered them."""

    person: Person
    situation: frozenset[SituationFlag] = frozenset()

    def __repr__(self) -> str:
        return "Member(<personal data redacted>)"

    __str__ = __repr__


def validate_member(
    values: FormValues, *, today: date
) -> tuple[Member | None, dict[str, FieldError]]:
    """The phone form's validation (kiosk.webreg.form), without its consent box: the member,
    or the errors by field name (text keys of kiosk.webreg.texts)."""
    registration, errors = validate(values, today=today, consent_required=False)
    if registration is None:
        return None, errors
    return Member(registration.person, registration.situation), {}


def staff_event(
    kind: EventKind,
    origin: Origin,
    now: datetime,
    *,
    person: Person,
    situation: frozenset[SituationFlag] = frozenset(),
    refers_to: str | None = None,
) -> Event:
    """A record made by staff: registration type 2 (staff proxy), no card, no consent text."""
    origin.check()
    return Event(
        kind=kind,
        shelter_id=origin.shelter_id,
        terminal_id=origin.terminal_id,
        occurred_at=now.astimezone(UTC),
        utc_offset_minutes=utc_offset_minutes(now, origin.utc_offset_minutes),
        registration_type=RegistrationType.STAFF_PROXY,
        card_type=None,
        person=person,
        situation=situation,
        refers_to=refers_to,
        training=origin.training,
    )


def build_household(
    members: Sequence[Member], origin: Origin, now: datetime, *, household_id: str = ""
) -> list[Event]:
    """One check-in per member, all with the same household id (a new UUID unless given)."""
    if not members:
        raise RegistrationError("a household needs at least one member")
    if len(members) > MAX_MEMBERS:
        raise RegistrationError(f"at most {MAX_MEMBERS} members are registered together")
    household = household_id or str(uuid.uuid4())
    return [
        staff_event(
            EventKind.CHECK_IN,
            origin,
            now,
            person=dataclasses.replace(member.person, household_id=household),
            situation=member.situation,
        )
        for member in members
    ]


def record_once(store: BatchRecorder, events: Sequence[Event]) -> bool:
    """Record the events in one transaction unless they already are: True when recorded now,
    False when an earlier save of the same events had recorded them (record_many is all or
    none, so the first id tells)."""
    if not events:
        return False
    if store.get_event(events[0].event_id) is not None:
        return False
    store.record_many(events)
    return True


def register_household(
    store: BatchRecorder,
    members: Sequence[Member | Person],
    *,
    shelter_id: str,
    terminal_id: str,
    training: bool = False,
    clock: Clock | None = None,
    utc_offset: int | None = None,
) -> list[Event]:
    """Register a household by proxy in one transaction and return its check-in records.

    The plain entry point for headless callers (the three-terminal test): the records enter
    the same outbox as any check-in, so they reach the server and the paired terminals once.
    ``members``: :class:`Member` or bare :class:`Person` (no situation flags).
    """
    origin = Origin(shelter_id, terminal_id, training, utc_offset)
    now = (clock or SystemClock()).now()
    wrapped = [m if isinstance(m, Member) else Member(m) for m in members]
    events = build_household(wrapped, origin, now)
    record_once(store, events)
    return events
