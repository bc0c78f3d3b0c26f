"""Retention: personal data leaves the terminal once the shelter is closed and delivered.

The rule, written once here (:func:`why_not_purge`) and used by the sync worker's periodic
check (:class:`Retention`) and by staff's manual purge (:func:`manual_purge`): the latest
shelter open/close record is a close, and every record is acknowledged by the server
(nothing pending, in flight or dead). The automatic purge also waits
``settings.store.retention_delay_hours`` after the close; staff purging by hand skip that
wait but never the rest of the rule. Unsent records are never purged automatically.

A purge erases the personal fields (and the server texts that may quote them) of every
record, the copies received from paired terminals included (docs/lan.md "The purge of peer
copies"), and ends the deliveries to peers of the purged records, in one transaction, then
folds the WAL into the ``secure_delete`` main file; while a reader keeps that checkpoint from
completing the purge is *pending* and retried (:meth:`Retention.maybe_purge`).

Staff's "delete the training records" (:meth:`PersonalData.purge_training`) is the same
purge for drill records only, under its own rule: any time, but never a record of this
terminal the server has not acknowledged.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kiosk.clock import Clock, SystemClock
from kiosk.records import EventKind
from kiosk.store.database import Database, set_meta
from kiosk.store.events import iso
from kiosk.store.outbox import META_SYNC_LAST_ERROR

if TYPE_CHECKING:
    from kiosk.store.store import RecordStore

log = logging.getLogger(__name__)

_META_PURGE_PENDING = "purge.checkpoint_pending_since"
#: How long a purge's checkpoint waits for readers before reporting "purge pending".
_CHECKPOINT_WAIT_MS = 250
_LAST_OPEN_OR_CLOSE = (
    "SELECT kind, occurred_at FROM events"
    " WHERE kind IN ('shelter_open', 'shelter_close') ORDER BY seq DESC LIMIT 1"
)
_UNSENT = "SELECT count(*) FROM outbox WHERE state != 'sent'"
_HOLDS_PERSONAL = "personal IS NOT NULL OR person_fp IS NOT NULL"
_TRAINING_PERSONAL = f"training = 1 AND ({_HOLDS_PERSONAL})"
#: A record of this terminal the server has not acknowledged (received copies have no row).
_UNSENT_HERE = (
    "EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = events.event_id AND o.state != 'sent')"
)


class PurgeStatus(StrEnum):
    """What a purge did, as a typed value for the UI and the CLI (``PurgeResult.reason`` is
    the same in English for logs)."""

    PURGED = "purged"
    #: Erased in the database, but a reader held the WAL so the main file may still hold the
    #: old pages: retried by ``finish_purge()`` (the retention check does it).
    PENDING = "purge_pending"
    NOTHING_LEFT = "nothing_left"
    NOT_CLOSED = "not_closed"
    UNSENT = "unsent"
    DELAY_NOT_PASSED = "delay_not_passed"


_PURGE_REASONS = {
    PurgeStatus.PURGED: "purged",
    PurgeStatus.PENDING: "purge pending",
    PurgeStatus.NOTHING_LEFT: "nothing left to purge",
    PurgeStatus.NOT_CLOSED: "the shelter has not been closed",
    PurgeStatus.DELAY_NOT_PASSED: "the retention delay has not passed",
}


@dataclass(frozen=True)
class TrainingPurge:
    """What staff's "delete the training records" did."""

    #: Training records whose personal data was erased now (own and peer copies).
    purged: int
    #: Training records of this terminal the server has not acknowledged yet: kept (never
    #: an unsent record), purged by a later press once they are sent.
    waiting: int
    #: The erased pages are folded into the main file (False: a reader held the log; the
    #: retention check finishes it, as for a pending retention purge).
    complete: bool


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    reason: str
    status: PurgeStatus = PurgeStatus.PURGED
    #: Records not yet acknowledged (status UNSENT).
    unsent: int = 0

    @classmethod
    def of(cls, status: PurgeStatus, purged: int = 0, *, unsent: int = 0) -> PurgeResult:
        reason = _PURGE_REASONS.get(status) or f"{unsent} record(s) not acknowledged by the server"
        return cls(purged, reason, status, unsent)


def why_not_purge(
    *, closed_at: datetime | None, unsent: int, now: datetime, delay_hours: float
) -> PurgeStatus | None:
    """The retention rule. None: personal data may be purged now. Otherwise the reason it
    may not: the shelter is not closed (``closed_at`` is None: the latest open/close record
    is not a close), records are not acknowledged (``unsent``: pending, in flight or dead;
    never purged automatically), or the delay after the close has not passed."""
    if closed_at is None:
        return PurgeStatus.NOT_CLOSED
    if unsent:
        return PurgeStatus.UNSENT
    if (now - closed_at).total_seconds() < delay_hours * 3600:
        return PurgeStatus.DELAY_NOT_PASSED
    return None


def _closed_at(rows: list[tuple[Any, ...]]) -> datetime | None:
    if not rows or rows[0][0] != EventKind.SHELTER_CLOSE.value:
        return None
    return datetime.fromisoformat(rows[0][1])


class PersonalData:
    """The store's part that erases personal data, under :func:`why_not_purge`."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def shelter_closed_at(self) -> datetime | None:
        return _closed_at(self._db.read(_LAST_OPEN_OR_CLOSE))

    def personal_rows(self) -> int:
        rows = self._db.read(f"SELECT count(*) FROM events WHERE {_HOLDS_PERSONAL}")  # noqa: S608
        return int(rows[0][0])

    def purge(self, *, delay_hours: float, now: datetime | None) -> PurgeResult:
        now = now or self._db.clock.now()
        with self._db.write() as c:
            unsent = int(c.execute(_UNSENT).fetchone()[0])
            refused = why_not_purge(
                closed_at=_closed_at(c.execute(_LAST_OPEN_OR_CLOSE).fetchall()),
                unsent=unsent,
                now=now,
                delay_hours=delay_hours,
            )
            if refused is PurgeStatus.UNSENT:
                return PurgeResult.of(refused, unsent=unsent)
            if refused is not None:
                return PurgeResult.of(refused)
            cur = c.execute(
                "UPDATE events SET personal = NULL, person_fp = NULL, purged_at = ?"  # noqa: S608
                f" WHERE {_HOLDS_PERSONAL}",
                (iso(now),),
            )
            purged = int(cur.rowcount)
            dropped = _after_erasing(c, "purged_at IS NOT NULL")
            set_meta(c, {META_SYNC_LAST_ERROR: None})
            if purged:
                # Owed until a checkpoint has folded the erased pages into the main file.
                set_meta(c, {_META_PURGE_PENDING: iso(now)})
        if dropped:
            log.info("retention: %d delivery(ies) of purged records to peers dropped", dropped)
        if purged:
            log.info("retention: personal data purged from %d record(s)", purged)
            return self._finish(purged)
        # Pressed again while an earlier purge waits for its checkpoint: try it now.
        return self.finish_purge()

    def purge_training(self, *, now: datetime | None) -> TrainingPurge:
        """Erase the personal data of every training record, the copies received from
        paired terminals included, except this terminal's own records the server has not
        acknowledged yet (the server receives them, marked training; a later call purges
        them). Real records are never touched. Same transaction and checkpoint as
        :meth:`purge`; the ids, kinds and times stay (a record a peer sends again is still
        a duplicate)."""
        now = now or self._db.clock.now()
        with self._db.write() as c:
            waiting = int(
                c.execute(
                    f"SELECT count(*) FROM events WHERE {_TRAINING_PERSONAL} AND {_UNSENT_HERE}"  # noqa: S608
                ).fetchone()[0]
            )
            cur = c.execute(
                "UPDATE events SET personal = NULL, person_fp = NULL, purged_at = ?"  # noqa: S608
                f" WHERE {_TRAINING_PERSONAL} AND NOT {_UNSENT_HERE}",
                (iso(now),),
            )
            purged = int(cur.rowcount)
            if purged:
                _after_erasing(c, "training = 1 AND purged_at IS NOT NULL")
                set_meta(c, {_META_PURGE_PENDING: iso(now)})
        log.info("training purge: %d record(s) erased, %d wait for the server", purged, waiting)
        complete = not purged or self._finish(purged).status is PurgeStatus.PURGED
        return TrainingPurge(purged=purged, waiting=waiting, complete=complete)

    def purge_pending(self) -> bool:
        return self._db.meta_get(_META_PURGE_PENDING) is not None

    def finish_purge(self) -> PurgeResult:
        if not self.purge_pending():
            return PurgeResult.of(PurgeStatus.NOTHING_LEFT)
        return self._finish(0)

    def _finish(self, purged: int) -> PurgeResult:
        """Fold the WAL into the (secure_delete) main file and truncate it. A reader holding
        an older snapshot keeps the checkpoint from completing: then the purge is pending
        (the erased pages may still be in the main file and in the WAL)."""
        if not self._db.checkpoint(_CHECKPOINT_WAIT_MS):
            log.warning("purge pending: another reader holds the database; retried later")
            return PurgeResult.of(PurgeStatus.PENDING, purged)
        self._db.meta_set({_META_PURGE_PENDING: None})
        return PurgeResult.of(PurgeStatus.PURGED, purged)


def _after_erasing(c: sqlite3.Connection, erased: str) -> int:
    """In the purge's transaction, for the records matching ``erased`` (an SQL condition on
    ``events``): end their deliveries to peers (a purged record would reach a peer without
    its person and be refused there, dead on staff's page; nothing is lost: our own records
    are at the server, a peer's are its own duty) and erase the server's error texts about
    them (they may quote the purged fields). Returns the deliveries dropped."""
    dropped = int(
        c.execute(
            "DELETE FROM peer_outbox WHERE state != 'sent' AND event_id IN"  # noqa: S608
            f" (SELECT event_id FROM events WHERE {erased})"
        ).rowcount
    )
    c.execute(
        "UPDATE outbox SET last_error = NULL WHERE last_error IS NOT NULL"  # noqa: S608
        f" AND event_id IN (SELECT event_id FROM events WHERE {erased})"
    )
    return dropped


class Retention:
    def __init__(
        self,
        store: RecordStore,
        *,
        delay_hours: float,
        clock: Clock | None = None,
        check_interval_s: float = 60.0,
    ) -> None:
        self._store = store
        self._delay_hours = delay_hours
        self._clock = clock or SystemClock()
        self._check_interval_s = check_interval_s
        self._last_check: float | None = None

    def maybe_purge(self) -> PurgeResult | None:
        """Purge if the rule allows it; checks at most once per ``check_interval_s``."""
        now = self._clock.monotonic()
        if self._last_check is not None and now - self._last_check < self._check_interval_s:
            return None
        self._last_check = now
        if self._store.purge_pending():
            # An earlier purge could not fold its pages into the main file yet: retry that.
            return self._store.finish_purge()
        if self._store.personal_rows() == 0:
            return None
        return self._store.purge_personal_data(delay_hours=self._delay_hours)

    def purge_now(self) -> PurgeResult:
        """Staff's manual purge: same safety rule, without the delay."""
        return manual_purge(self._store)


def manual_purge(store: RecordStore) -> PurgeResult:
    return store.purge_personal_data(delay_hours=0.0)
