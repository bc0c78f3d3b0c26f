"""The store's outbox: one row per record (written with it by :mod:`kiosk.store.events`),
claimed, acknowledged, retried or quarantined by the sync worker.

Claims carry a lease; a pending row's wait is clamped to the longest back-off, so a wall
clock stepped back strands nothing; a row that cannot be read is quarantined when claimed,
so one bad row never blocks the queue.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from kiosk.records import Event
from kiosk.store.database import Database, set_meta
from kiosk.store.events import EVENT_SELECT, Events, iso, unreadable_reason
from kiosk.store.redact import sanitize_server_text
from kiosk.store.schema import TAMPERED_TEXT, UNDECRYPTABLE_TEXT, UNREADABLE_TEXT

log = logging.getLogger(__name__)

PENDING = "pending"
IN_FLIGHT = "in_flight"
SENT = "sent"
DEAD = "dead"
STATES = (PENDING, IN_FLIGHT, SENT, DEAD)
#: meta keys of the sync status (written by kiosk.sync.worker through record_outcome).
META_SYNC_LAST_SUCCESS = "sync.last_success_at"
META_SYNC_LAST_ERROR = "sync.last_error"
#: The default back-off cap (kiosk.sync.backoff.Backoff's default); a SyncWorker sets
#: ``RecordStore.max_backoff_s`` to its own policy's cap, so the two never differ.
DEFAULT_MAX_BACKOFF_S = 300.0
# A pending row is due when its time has come, or when it lies further ahead than the longest
# back-off allowed (the wall clock was stepped back). Parameters: now, now + max_backoff_s.
_DUE = "(o.next_attempt_at <= ? OR o.next_attempt_at > ?)"
#: Ids per statement (well under SQLite's bound-parameter limit).
_ID_CHUNK = 500


@dataclass(frozen=True)
class ClaimedRecord:
    """A record taken for sending: its event (decrypted) and how often it was tried."""

    event: Event
    attempts: int


@dataclass(frozen=True)
class RetryDecision:
    event_id: str
    delay_s: float
    error: str
    #: True when the whole request failed (network, 5xx), not this record in particular:
    #: such rows are sent again at once when the server is seen reachable again.
    batch_failure: bool


class QuarantineReason(StrEnum):
    """Why a record is quarantined (``dead``), as a typed value for the UI."""

    #: The server refused it (its sanitised text is in ``last_error``).
    SERVER = "server"
    #: The personal data does not decrypt here (other key, blob copied or damaged).
    UNDECRYPTABLE = "undecryptable"
    #: Its clear fields (kind, shelter, times, refers_to...) do not match their seal.
    TAMPERED = "tampered"
    #: Authentic, but holds a value this version does not know.
    UNREADABLE = "unreadable"


_REASONS = {
    UNDECRYPTABLE_TEXT: QuarantineReason.UNDECRYPTABLE,
    UNREADABLE_TEXT: QuarantineReason.UNREADABLE,
    TAMPERED_TEXT: QuarantineReason.TAMPERED,
}
#: What the logs name for each of the store's own quarantine texts.
_FAILURE_TYPES = {
    UNDECRYPTABLE_TEXT: "DecryptionError",
    TAMPERED_TEXT: "TamperedRecordError",
}


@dataclass(frozen=True)
class DeadRecord:
    """A quarantined record as staff see it: no personal data."""

    event_id: str
    kind: str
    occurred_at: str
    attempts: int
    last_error: str
    reason: QuarantineReason = QuarantineReason.SERVER


def notify_all(listeners: Sequence[Callable[[], None]]) -> None:
    """Call each listener; one that fails is logged and the others are still called."""
    for listener in list(listeners):
        try:
            listener()
        except Exception:
            log.exception("record listener failed")


def put_back_claims(
    c: sqlite3.Connection,
    table: Literal["outbox", "peer_outbox"],
    now: float,
    *,
    lease_s: float | None,
    where: str = "",
    params: Sequence[str] = (),
) -> int:
    """Claimed (in_flight) rows of ``table`` (``outbox`` or ``peer_outbox``) back to pending:
    all of them (``lease_s`` None: the kiosk's start-up), else those claimed longer ago than
    the lease. A claim "from the future" means the wall clock was stepped back: its age is
    unknown, so it is treated like a stale one (a late answer is a harmless duplicate).
    ``where``/``params``: a further condition (one peer)."""
    sql = f"UPDATE {table} SET state = 'pending', next_attempt_at = ?"  # noqa: S608
    sql += " WHERE state = 'in_flight'"
    args: list[float | str] = [now]
    if lease_s is not None:
        # last_attempt_at is the claim time (set only by a claim), in one fixed ISO format,
        # so text order is time order.
        sql += " AND (last_attempt_at IS NULL OR last_attempt_at < ? OR last_attempt_at > ?)"
        args += [
            iso(datetime.fromtimestamp(now - lease_s, UTC)),
            iso(datetime.fromtimestamp(now + lease_s, UTC)),
        ]
    return int(c.execute(sql + where, [*args, *params]).rowcount)


class Outbox:
    """The outbox table: what waits, what is claimed, what the server answered."""

    def __init__(
        self,
        database: Database,
        events: Events,
        *,
        claim_lease_s: float,
        max_backoff_s: float,
    ) -> None:
        self._db = database
        self._events = events
        self._listeners: list[Callable[[], None]] = []
        # A claim (in_flight) older than this belongs to a sender that died or hangs: any
        # opener and any claim_due may put it back. Far longer than any HTTP time-out.
        self._claim_lease_s = claim_lease_s
        # The longest wait the sync worker may ask for. A row waiting longer than that can
        # only come from a wall clock stepped back: it counts as due now (clamped on read,
        # and delays are clamped to it on write), so a clock set to last year strands nothing.
        self.max_backoff_s = max_backoff_s

    # -- listeners ---------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def notify(self) -> None:
        """Tell the subscribers (the sync worker) that records wait."""
        notify_all(self._listeners)

    # -- claims ------------------------------------------------------------------------------

    def requeue_in_flight(self) -> int:
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            return put_back_claims(c, "outbox", now, lease_s=None)

    def requeue_stale_claims(self) -> int:
        with self._db.write() as c:
            return self._requeue_stale(c)

    def _requeue_stale(self, c: sqlite3.Connection) -> int:
        now = self._db.clock.now().timestamp()
        count = put_back_claims(c, "outbox", now, lease_s=self._claim_lease_s)
        if count:
            log.warning("outbox: %d stale claim(s) put back in the queue", count)
        return count

    def claim_due(
        self, limit: int, *, exclude: Sequence[str] = (), only: Sequence[str] | None = None
    ) -> list[ClaimedRecord]:
        cipher = self._events.require_cipher()
        clock = self._db.clock
        now = clock.now().timestamp()
        claimed: list[ClaimedRecord] = []
        skip = ""
        if exclude:
            skip = " AND o.event_id NOT IN (" + ", ".join("?" for _ in exclude) + ")"
        if only is not None:
            skip += " AND o.event_id IN (" + ", ".join("?" for _ in only) + ")"
        broken: list[tuple[str, str]] = []
        failure_types: set[str] = set()
        with self._db.write() as c:
            self._requeue_stale(c)
            rows = c.execute(
                EVENT_SELECT + ", o.attempts FROM outbox o JOIN events e USING (event_id)"
                " WHERE o.state = 'pending' AND " + _DUE + skip + " ORDER BY o.seq LIMIT ?",
                (*self._due_params(now), *exclude, *(only or ()), limit),
            ).fetchall()
            for row in rows:
                try:
                    event = self._events.row_to_event(row, cipher)
                except Exception as exc:
                    # No exception text: it may quote the row's (personal) content.
                    reason = unreadable_reason(exc)
                    broken.append((str(row[0]), reason))
                    failure_types.add(_FAILURE_TYPES.get(reason, type(exc).__name__))
                else:
                    claimed.append(ClaimedRecord(event, int(row[-1])))
            c.executemany(
                "UPDATE outbox SET state = 'in_flight', last_attempt_at = ? WHERE event_id = ?",
                [(iso(clock.now()), r.event.event_id) for r in claimed],
            )
            c.executemany(
                "UPDATE outbox SET state = 'dead', last_error = ? WHERE event_id = ?",
                [(message, eid) for eid, message in broken],
            )
        if broken:
            log.error(
                "%d record(s) could not be read and were quarantined (%s)",
                len(broken),
                ", ".join(sorted(failure_types)),
            )
        return claimed

    # -- answers -----------------------------------------------------------------------------

    def record_outcome(
        self,
        *,
        sent: Sequence[str],
        dead: Sequence[tuple[str, str]],
        retry: Sequence[RetryDecision],
        release: Sequence[str],
        defer_due_s: float | None,
        make_due_batch_failures: bool,
        meta: dict[str, str | None] | None,
    ) -> None:
        now = self._db.clock.now()
        with self._db.write() as c:
            if sent:
                c.executemany(
                    "UPDATE outbox SET state = 'sent', acked_at = ?, last_error = NULL,"
                    " batch_failure = 0 WHERE event_id = ? AND state IN ('in_flight', 'pending')",
                    [(iso(now), eid) for eid in sent],
                )
            if dead:
                c.executemany(
                    "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?"
                    " WHERE event_id = ? AND state = 'in_flight'",
                    [(sanitize_server_text(error), eid) for eid, error in dead],
                )
            if retry:
                c.executemany(
                    "UPDATE outbox SET state = 'pending', attempts = attempts + 1,"
                    " next_attempt_at = ?, last_error = ?, batch_failure = ?"
                    " WHERE event_id = ? AND state = 'in_flight'",
                    [
                        (
                            now.timestamp() + self._clamp_delay(d.delay_s),
                            sanitize_server_text(d.error),
                            1 if d.batch_failure else 0,
                            d.event_id,
                        )
                        for d in retry
                    ],
                )
            if release:
                self._release(c, release)
            if defer_due_s is not None:
                # Every other due row waits too: the network is down for all of them.
                c.execute(
                    "UPDATE outbox AS o SET next_attempt_at = ?, batch_failure = 1"  # noqa: S608
                    " WHERE o.state = 'pending' AND " + _DUE,
                    (
                        now.timestamp() + self._clamp_delay(defer_due_s),
                        *self._due_params(now.timestamp()),
                    ),
                )
            if make_due_batch_failures:
                c.execute(
                    "UPDATE outbox SET next_attempt_at = ?"
                    " WHERE state = 'pending' AND batch_failure = 1 AND next_attempt_at > ?",
                    (now.timestamp(), now.timestamp()),
                )
            if meta:
                # Server text may echo field values: never stored as received.
                set_meta(
                    c,
                    {
                        key: sanitize_server_text(value)
                        if key == META_SYNC_LAST_ERROR and value is not None
                        else value
                        for key, value in meta.items()
                    },
                )

    def release(self, event_ids: Sequence[str]) -> None:
        with self._db.write() as c:
            self._release(c, event_ids)

    @staticmethod
    def _release(c: sqlite3.Connection, event_ids: Sequence[str]) -> None:
        c.executemany(
            "UPDATE outbox SET state = 'pending' WHERE event_id = ? AND state = 'in_flight'",
            [(eid,) for eid in event_ids],
        )

    def make_due_now(self, *, batch_failures_only: bool) -> int:
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            cur = c.execute(
                "UPDATE outbox SET next_attempt_at = ?"
                " WHERE state = 'pending' AND next_attempt_at > ?"
                " AND (batch_failure = 1 OR NOT ?)",
                (now, now, 1 if batch_failures_only else 0),
            )
            return int(cur.rowcount)

    def retry_dead(self) -> int:
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            cur = c.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE state = 'dead'",
                (now,),
            )
            return int(cur.rowcount)

    def requeue_sent(self, event_ids: Sequence[str]) -> tuple[int, list[str]]:
        now = self._db.clock.now().timestamp()
        queued = 0
        purged: list[str] = []
        ids = list(dict.fromkeys(event_ids))
        with self._db.write() as c:
            for start in range(0, len(ids), _ID_CHUNK):
                chunk = ids[start : start + _ID_CHUNK]
                marks = ", ".join("?" for _ in chunk)
                purged += [
                    str(r[0])
                    for r in c.execute(
                        "SELECT o.event_id FROM outbox o JOIN events e USING (event_id)"  # noqa: S608
                        f" WHERE o.state = 'sent' AND e.purged_at IS NOT NULL"
                        f" AND o.event_id IN ({marks}) ORDER BY o.seq",
                        chunk,
                    )
                ]
                cur = c.execute(
                    "UPDATE outbox SET state = 'pending', next_attempt_at = ?, acked_at = NULL,"  # noqa: S608
                    " last_error = NULL, batch_failure = 0 WHERE state = 'sent'"
                    f" AND event_id IN ({marks}) AND event_id IN"
                    " (SELECT event_id FROM events WHERE purged_at IS NULL)",
                    (now, *chunk),
                )
                queued += int(cur.rowcount)
        if queued:
            log.warning("outbox: %d record(s) marked sent were queued again", queued)
            self.notify()
        return queued, purged

    # -- counts ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATES, 0)
        for state, n in self._db.read("SELECT state, count(*) FROM outbox GROUP BY state"):
            out[str(state)] = int(n)
        return out

    def claimed_before(self, moment: datetime) -> int:
        """In-flight records claimed before ``moment`` (their sender is gone or hangs)."""
        # last_attempt_at is the claim time in iso()'s one fixed format: text order is time.
        rows = self._db.read(
            "SELECT count(*) FROM outbox WHERE state = ?"
            " AND (last_attempt_at IS NULL OR last_attempt_at < ?)",
            (IN_FLIGHT, iso(moment)),
        )
        return int(rows[0][0])

    def waiting_before(self, event_id: str) -> bool:
        """Whether a record recorded before ``event_id`` is still unacknowledged (neither
        sent nor quarantined)."""
        rows = self._db.read(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE state IN (?, ?)"
            " AND seq < (SELECT seq FROM outbox WHERE event_id = ?))",
            (PENDING, IN_FLIGHT, event_id),
        )
        return bool(rows[0][0])

    def next_due_at(self) -> float | None:
        now = self._db.clock.now().timestamp()
        rows = self._db.read(
            "SELECT min(CASE WHEN next_attempt_at > ? THEN ? ELSE next_attempt_at END)"
            " FROM outbox WHERE state = 'pending'",
            (now + self.max_backoff_s, now),
        )
        return float(rows[0][0]) if rows and rows[0][0] is not None else None

    def _due_params(self, now: float) -> tuple[float, float]:
        return now, now + self.max_backoff_s

    def _clamp_delay(self, delay_s: float) -> float:
        return min(max(delay_s, 0.0), self.max_backoff_s)

    def dead_records(self, limit: int) -> list[DeadRecord]:
        rows = self._db.read(
            "SELECT o.event_id, e.kind, e.occurred_at, o.attempts, coalesce(o.last_error, '')"
            " FROM outbox o JOIN events e USING (event_id) WHERE o.state = 'dead'"
            " ORDER BY o.seq LIMIT ?",
            (limit,),
        )
        server = QuarantineReason.SERVER
        return [
            DeadRecord(r[0], r[1], r[2], int(r[3]), r[4], _REASONS.get(r[4], server)) for r in rows
        ]
