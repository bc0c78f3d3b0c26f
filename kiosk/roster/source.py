"""The roster from the record store, and the purge of training records.

Reads every record the store holds (this terminal's and the copies received from the paired
terminals), decrypted through the store's public look-ups; a record that cannot be read is
counted, never shown, and never stops the roster.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk import registration
from kiosk.errors import StorageError
from kiosk.records import Event
from kiosk.roster.model import Counts, Roster, build

log = logging.getLogger(__name__)


@runtime_checkable
class RecordSource(registration.RecordSource, Protocol):
    """What the roster reads and the training purge opens (kiosk.store.RecordStore): every
    record's id, a record by id (decrypted), the database file."""

    path: Path


@dataclass(frozen=True)
class Loaded:
    events: list[Event]
    #: Ids of the records that could not be read here (damaged, another key): ids only.
    unreadable: list[str]


def read_events(store: RecordSource, known: dict[str, Event] | None = None) -> Loaded:
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


# -- the training purge ---------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingPurge:
    #: Training records whose personal data was erased now (own and peer copies).
    purged: int
    #: Training records of this terminal the server has not acknowledged yet: kept (never
    #: an unsent record), purged by a later press once they are sent.
    waiting: int
    #: The erased pages are folded into the main file (False: a reader held the log; the
    #: store's retention check finishes it).
    complete: bool


#: The store's meta key for a purge whose checkpoint is still owed (kiosk.store.retention).
_META_PURGE_PENDING = "purge.checkpoint_pending_since"
_TRAINING_PERSONAL = "training = 1 AND (personal IS NOT NULL OR person_fp IS NOT NULL)"
_UNSENT_HERE = (
    "EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = events.event_id AND o.state != 'sent')"
)


def purge_training(store: RecordSource, *, now: datetime | None = None) -> TrainingPurge:
    """Staff's "purge training records": erase the personal data of every training record
    this terminal holds, the copies received from paired terminals included, except this
    terminal's own records the server has not acknowledged yet (the server receives them,
    marked training; they are purged by a later press). Real records are never touched.

    Works like the store's retention purge (kiosk.store.retention), on a connection of its
    own (SQLite's locking serialises it with the kiosk's writer): personal blob and
    fingerprint erased, ``purged_at`` set, deliveries of the erased records to peers ended
    (a peer would refuse them without their person), then the log folded into the
    ``secure_delete`` main file. The ids, kinds and times stay (nothing is duplicated if a
    peer sends a record again: its id is known)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    try:
        conn = sqlite3.connect(str(store.path), isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the record database ({type(exc).__name__})") from exc
    try:
        return _purge(conn, stamp)
    except sqlite3.Error as exc:
        raise StorageError(
            f"the training records could not be purged ({type(exc).__name__})"
        ) from exc
    finally:
        conn.close()


def _purge(conn: sqlite3.Connection, stamp: str) -> TrainingPurge:
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        waiting = _scalar(
            conn,
            f"SELECT count(*) FROM events WHERE {_TRAINING_PERSONAL} AND {_UNSENT_HERE}",  # noqa: S608
        )
        cur = conn.execute(
            "UPDATE events SET personal = NULL, person_fp = NULL, purged_at = ?"  # noqa: S608
            f" WHERE {_TRAINING_PERSONAL} AND NOT {_UNSENT_HERE}",
            (stamp,),
        )
        purged = int(cur.rowcount)
        if purged:
            conn.execute(
                "DELETE FROM peer_outbox WHERE state != 'sent' AND event_id IN"
                " (SELECT event_id FROM events WHERE training = 1 AND purged_at IS NOT NULL)"
            )
            conn.execute(
                "UPDATE outbox SET last_error = NULL WHERE last_error IS NOT NULL AND event_id IN"
                " (SELECT event_id FROM events WHERE training = 1 AND purged_at IS NOT NULL)"
            )
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_META_PURGE_PENDING, stamp),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    complete = True
    if purged:
        complete = _checkpoint(conn)
    log.info("training purge: %d record(s) erased, %d wait for the server", purged, waiting)
    return TrainingPurge(purged=purged, waiting=waiting, complete=complete)


def _checkpoint(conn: sqlite3.Connection) -> bool:
    conn.execute("PRAGMA busy_timeout = 250")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        log.warning("training purge: a reader holds the database; finished later")
        return False
    conn.execute("DELETE FROM meta WHERE key = ?", (_META_PURGE_PENDING,))
    return True


def _scalar(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> int:
    return int(conn.execute(sql, params).fetchone()[0])
