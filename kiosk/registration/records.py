"""Staff's look at the open check-ins of this shelter, their forced check-out and corrections.

"Open" means what the roster (kiosk.roster) shows inside, one truth for both: a stay ends
with a check-out that refers to it, with a later check-in of the same person (superseded),
and with the shelter's close (the roster starts again after it); the latest correction of
a check-in gives the person. The store holds every terminal's records (its own and the
peer copies, docs/lan.md), so the open check-ins found here include those made on the
paired terminals. Records never change: a forced check-out is a new ``check_out`` whose
``refers_to`` is the check-in, and a correction is a new ``correction`` whose ``refers_to``
is the check-in it corrects, carrying the whole corrected person. Both are marked as made by
staff with registration type 2 (staff proxy) and no card.

Personal data is decrypted into memory here for staff's search only: :meth:`OpenCheckIns.clear`
drops it (the staff screens call it when they lock or are left).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from kiosk import roster
from kiosk.domain import SituationFlag, search_key
from kiosk.records import Event, EventKind, Person
from kiosk.registration.proxy import Origin, RegistrationError, staff_event

if TYPE_CHECKING:
    from kiosk.roster import Roster

__all__ = [
    "OpenCheckIns",
    "OpenEntry",
    "RecordSource",
    "correction",
    "forced_check_out",
    "search",
    "search_key",
]


class RecordSource(Protocol):
    """What the look-up reads (kiosk.store.RecordStore): every record's id, oldest first,
    and a record by id (decrypted)."""

    def event_ids(self) -> list[str]: ...

    def get_event(self, event_id: str) -> Event | None: ...


@dataclass(frozen=True, repr=False)
class OpenEntry:
    """An open check-in as staff see it: the person as last corrected."""

    check_in: Event
    person: Person
    situation: frozenset[SituationFlag]
    #: A correction replaced the person of the check-in.
    corrected: bool = False

    @property
    def event_id(self) -> str:
        return self.check_in.event_id

    @property
    def checked_in_at(self) -> datetime:
        return self.check_in.occurred_at

    def __repr__(self) -> str:
        return f"OpenEntry(event_id={self.event_id}, <personal data redacted>)"

    __str__ = __repr__


class OpenCheckIns:
    """The shelter's open check-ins: the roster's people inside (kiosk.roster), read from
    the store.

    Records are immutable, so :meth:`refresh` decrypts only the ones it has not seen yet.
    A record that cannot be read (tampered, undecryptable) is skipped and counted, never
    quoted; the store itself failing raises its StorageError.
    """

    def __init__(self, source: RecordSource, shelter_id: str, *, training: bool = False) -> None:
        self._source = source
        self.shelter_id = shelter_id
        self.training = training
        #: Every record decrypted so far, by id (kiosk.roster.read_events' cache).
        self._known: dict[str, Event] = {}
        self._roster: Roster | None = None
        self.unreadable = 0
        #: The open check-ins and their search keys, until the next refresh.
        self._entries: list[tuple[OpenEntry, str]] | None = None
        #: Search keys by check-in id with the person they were made of (records never
        #: change: a refresh makes keys only for new check-ins and new corrections).
        self._keys: dict[str, tuple[Person, str]] = {}

    def clear(self) -> None:
        """Forget every decrypted record (the staff screen locked or was left)."""
        self._known.clear()
        self._keys.clear()
        self._roster = None
        self.unreadable = 0
        self._entries = None

    def refresh(self) -> None:
        loaded = roster.read_events(self._source, self._known)
        self._roster = roster.roster_of(
            loaded, training=self.training, capacity=0, shelter_id=self.shelter_id, today=None
        )
        self.unreadable = len(loaded.unreadable)
        self._entries = None

    def entries(self) -> list[OpenEntry]:
        """Every open check-in here (same training mode), newest first."""
        return [entry for entry, _key in self._keyed()]

    def _keyed(self) -> list[tuple[OpenEntry, str]]:
        if self._entries is None:
            self._entries = [(entry, self._key(entry)) for entry in self._build()]
        return self._entries

    def _key(self, entry: OpenEntry) -> str:
        made = self._keys.get(entry.event_id)
        if made is not None and made[0] is entry.person:
            return made[1]
        key = _entry_key(entry)
        self._keys[entry.event_id] = (entry.person, key)
        return key

    def _build(self) -> list[OpenEntry]:
        if self._roster is None:
            return []
        # The roster lists the stays newest first; a stay's check-in is among the records.
        return [
            OpenEntry(self._known[stay.check_in_id], stay.person, stay.situation, stay.corrected)
            for stay in self._roster.inside
        ]

    def search(self, query: str) -> list[OpenEntry]:
        """Open check-ins whose name or reading holds the query (an empty query: all)."""
        key = search_key(query)
        return [entry for entry, held in self._keyed() if key in held]

    def find(self, event_id: str) -> OpenEntry | None:
        return next((e for e in self.entries() if e.event_id == event_id), None)

    def still_open(self, event_id: str) -> OpenEntry | None:
        """Read what arrived since (a check-out made meanwhile with a card, by other staff or
        on a paired terminal, a later check-in, a close) and return the check-in if it is
        still open."""
        self.refresh()
        return self.find(event_id)


def search(entries: Iterable[OpenEntry], query: str) -> list[OpenEntry]:
    """The entries whose name or reading holds the query (an empty query: all)."""
    key = search_key(query)
    return [entry for entry in entries if key in _entry_key(entry)]


def _entry_key(entry: OpenEntry) -> str:
    # The separator is never in a key, so a query cannot match across name and reading.
    return search_key(entry.person.name) + "\x1f" + search_key(entry.person.reading)


def forced_check_out(entry: OpenEntry, origin: Origin, now: datetime) -> Event:
    """Staff check someone out by hand (the reference's 強制退所): a check-out that refers to
    the open check-in, made by staff (registration type 2, no card)."""
    _same_shelter(entry.check_in, origin)
    return staff_event(
        EventKind.CHECK_OUT,
        origin,
        now,
        person=entry.person,
        situation=entry.situation,
        refers_to=entry.event_id,
    )


def correction(
    entry: OpenEntry,
    person: Person,
    situation: frozenset[SituationFlag],
    origin: Origin,
    now: datetime,
) -> Event:
    """A correction of an open check-in: the whole corrected person; the household stays."""
    _same_shelter(entry.check_in, origin)
    if not person.household_id and entry.person.household_id:
        person = dataclasses.replace(person, household_id=entry.person.household_id)
    return staff_event(
        EventKind.CORRECTION,
        origin,
        now,
        person=person,
        situation=situation,
        refers_to=entry.event_id,
    )


def _same_shelter(check_in: Event, origin: Origin) -> None:
    if check_in.shelter_id != origin.shelter_id or check_in.training != origin.training:
        raise RegistrationError("the check-in belongs to another shelter or mode")
