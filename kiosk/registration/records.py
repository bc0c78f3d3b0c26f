"""Staff's look at the open check-ins of this shelter, their forced check-out and corrections.

The store holds every terminal's records (its own and the peer copies, docs/lan.md), so the
open check-ins found here include those made on the paired terminals. Records never change:
a forced check-out is a new ``check_out`` whose ``refers_to`` is the check-in, and a
correction is a new ``correction`` whose ``refers_to`` is the check-in it corrects, carrying
the whole corrected person (the latest correction of a check-in is the one that counts).
Both are marked as made by staff with registration type 2 (staff proxy) and no card.

Personal data is decrypted into memory here for staff's search only: :meth:`OpenCheckIns.clear`
drops it (the staff screens call it when they lock or are left).
"""

from __future__ import annotations

import dataclasses
import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.domain import SituationFlag
from kiosk.records import Event, EventKind, Person
from kiosk.registration.proxy import Origin, RegistrationError, staff_event

log = logging.getLogger(__name__)


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
    #: The latest correction (None: as checked in).
    correction: Event | None = None

    @property
    def event_id(self) -> str:
        return self.check_in.event_id

    @property
    def checked_in_at(self) -> datetime:
        return self.check_in.occurred_at

    def __repr__(self) -> str:
        return f"OpenEntry(event_id={self.event_id}, <personal data redacted>)"

    __str__ = __repr__


def search_key(text: str) -> str:
    """What a search compares: NFKC, case-folded, without spaces, katakana as hiragana
    (a reading typed in either kana finds the other)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for ch in folded:
        if ch.isspace():
            continue
        code = ord(ch)
        # katakana ァ..ヶ -> hiragana ぁ..ゖ
        out.append(chr(code - 0x60) if 0x30A1 <= code <= 0x30F6 else ch)
    return "".join(out)


class OpenCheckIns:
    """The shelter's open check-ins, read from the store.

    Records are immutable, so :meth:`refresh` decrypts only the ones it has not seen yet.
    A record that cannot be read (tampered, undecryptable, purged) is skipped and counted,
    never quoted.
    """

    def __init__(self, source: RecordSource, shelter_id: str, *, training: bool = False) -> None:
        self._source = source
        self.shelter_id = shelter_id
        self.training = training
        self._events: dict[str, Event] = {}
        self._order: list[str] = []
        self.unreadable = 0
        #: The open check-ins and their search keys, until the next refresh.
        self._entries: list[tuple[OpenEntry, str]] | None = None

    def clear(self) -> None:
        """Forget every decrypted record (the staff screen locked or was left)."""
        self._events.clear()
        self._order.clear()
        self.unreadable = 0
        self._entries = None

    def refresh(self) -> None:
        self._entries = None
        unreadable = 0
        for event_id in self._source.event_ids():
            if event_id in self._events:
                continue
            try:
                event = self._source.get_event(event_id)
            except Exception:  # a tampered or undecryptable row: skipped, reported by count
                unreadable += 1
                continue
            if event is None:
                continue
            self._events[event_id] = event
            self._order.append(event_id)
        if unreadable:
            log.error("registration: %d record(s) could not be read", unreadable)
        self.unreadable = unreadable

    def entries(self) -> list[OpenEntry]:
        """Every open check-in here (same training mode), newest first."""
        return [entry for entry, _key in self._keyed()]

    def _keyed(self) -> list[tuple[OpenEntry, str]]:
        if self._entries is None:
            self._entries = [(entry, _entry_key(entry)) for entry in self._build()]
        return self._entries

    def _build(self) -> list[OpenEntry]:
        mine = [
            self._events[i]
            for i in self._order
            if self._events[i].shelter_id == self.shelter_id
            and self._events[i].training == self.training
        ]
        closed = {e.refers_to for e in mine if e.kind is EventKind.CHECK_OUT}
        latest_fix: dict[str, Event] = {}
        for event in mine:  # oldest first: a later correction replaces an earlier one
            if event.kind is EventKind.CORRECTION and event.refers_to and event.person:
                latest_fix[event.refers_to] = event
        out: list[OpenEntry] = []
        for event in mine:
            if event.kind is not EventKind.CHECK_IN or event.event_id in closed:
                continue
            if event.person is None:  # purged: nothing to show or match
                continue
            fix = latest_fix.get(event.event_id)
            if fix is not None and fix.person is not None:
                out.append(OpenEntry(event, fix.person, fix.situation, fix))
            else:
                out.append(OpenEntry(event, event.person, event.situation))
        out.sort(key=lambda entry: entry.checked_in_at, reverse=True)
        return out

    def search(self, query: str) -> list[OpenEntry]:
        """Open check-ins whose name or reading holds the query (an empty query: all)."""
        key = search_key(query)
        return [entry for entry, held in self._keyed() if key in held]

    def find(self, event_id: str) -> OpenEntry | None:
        return next((e for e in self.entries() if e.event_id == event_id), None)

    def still_open(self, event_id: str) -> OpenEntry | None:
        """Read what arrived since (a check-out made meanwhile with a card, by other staff or
        on a paired terminal) and return the check-in if it is still open."""
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
