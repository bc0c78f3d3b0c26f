"""The roster from the record store.

Reads every record the store holds (this terminal's and the copies received from the paired
terminals), decrypted through the store's public look-ups; a record that cannot be read is
counted, never shown, and never stops the roster. The purge of training records is the
store's (``RecordStore.purge_training``, next to the retention purge).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from kiosk.errors import StorageError
from kiosk.records import Event
from kiosk.roster.model import Counts, Roster, build

if TYPE_CHECKING:
    from kiosk.store.retention import TrainingPurge

log = logging.getLogger(__name__)


@runtime_checkable
class EventSource(Protocol):
    """What the roster reads (kiosk.store.RecordStore): every record's id, oldest first,
    and a record by id (decrypted)."""

    def event_ids(self) -> list[str]: ...

    def get_event(self, event_id: str) -> Event | None: ...


@runtime_checkable
class RecordSource(EventSource, Protocol):
    """What the roster reads and purges (kiosk.store.RecordStore): every record's id, a
    record by id (decrypted), and staff's purge of the training records."""

    def purge_training(self, *, now: datetime | None = None) -> TrainingPurge: ...


@dataclass(frozen=True)
class Loaded:
    events: list[Event]
    #: Ids of the records that could not be read here (damaged, another key): ids only.
    unreadable: list[str]


def read_events(store: EventSource, known: dict[str, Event] | None = None) -> Loaded:
    """Every record the store holds, decrypted, oldest first.

    ``known``: records decrypted by an earlier call (records never change), reused instead
    of decrypted again, and the new ones added to it; the caller drops it when it must not
    keep personal data any longer (and after a purge, which erases records' persons)."""
    events: list[Event] = []
    broken: list[str] = []
    for event_id in store.event_ids():
        event = known.get(event_id) if known is not None else None
        if event is None:
            try:
                event = store.get_event(event_id)
            except StorageError:
                raise  # the store itself fails (key lost, damaged file): the caller says so
            except Exception:  # one unreadable row: counted, by id only (no exception text)
                broken.append(event_id)
                continue
            if event is None:
                continue
            if known is not None:
                known[event_id] = event
        events.append(event)
    if broken:
        log.error("roster: %d record(s) could not be read", len(broken))
    return Loaded(events, broken)


def roster(
    store: RecordSource,
    *,
    training: bool = False,
    capacity: int = 0,
    shelter_id: str | None = None,
    today: date | None = None,
    known: dict[str, Event] | None = None,
) -> Roster:
    """The shelter's roster from everything this terminal holds (kiosk.roster.model);
    ``known``: see :func:`read_events`."""
    loaded = read_events(store, known)
    return roster_of(
        loaded,
        training=training,
        capacity=capacity,
        shelter_id=shelter_id,
        today=today,
    )


def roster_of(
    loaded: Loaded,
    *,
    training: bool,
    capacity: int,
    shelter_id: str | None,
    today: date | None,
) -> Roster:
    return build(
        loaded.events,
        training=training,
        capacity=capacity,
        shelter_id=shelter_id or None,
        today=today,
        unreadable=len(loaded.unreadable),
    )


def counts(
    store: RecordSource,
    *,
    training: bool = False,
    capacity: int = 0,
    shelter_id: str | None = None,
    today: date | None = None,
) -> Counts:
    """The shelter's numbers (no personal data): the same on every paired terminal once
    they hold the same records. For the three-terminal test: ``counts(store).as_dict()``."""
    return roster(
        store, training=training, capacity=capacity, shelter_id=shelter_id, today=today
    ).counts
