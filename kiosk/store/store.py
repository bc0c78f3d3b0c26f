"""The kiosk's local record store and outbox: one SQLite file, written by one writer.

:class:`RecordStore` is a thin facade over one :class:`~kiosk.store.database.Database`
(connection, write lock, ``BEGIN IMMEDIATE`` transactions, damage detection, meta) shared by
focused parts:

- :mod:`kiosk.store.events`: recording (event row + outbox row in one transaction), look-ups,
  the key check, seals and encrypted personal fields;
- :mod:`kiosk.store.outbox`: claims, leases, server outcomes, counts, the dead list;
- :mod:`kiosk.store.retention`: the retention rule and the purge (the one place);
- :mod:`kiosk.store.exports`: selections for file exports and the export log.

Durability: WAL with ``synchronous=FULL``, so once :meth:`RecordStore.record` returns, the
record and its outbox row are in the fsynced log and survive a power cut (docs/store.md has
the measurements). The event row and its outbox row are written in one transaction, so there
is never a record the outbox does not know about, nor an outbox row without its record.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kiosk.clock import Clock, SystemClock
from kiosk.records import Event, EventKind, OpenCheckIn, Person
from kiosk.store.database import (
    META_SALVAGE_REPORT,
    Database,
    StoreCondition,
    StoreCorruptError,
)
from kiosk.store.events import Events, StoreKeyLostError
from kiosk.store.exports import ExportLogEntry, Exports, ExportSelection
from kiosk.store.keys import KeyProvider
from kiosk.store.outbox import (
    DEFAULT_MAX_BACKOFF_S,
    META_SYNC_LAST_ERROR,
    META_SYNC_LAST_SUCCESS,
    ClaimedRecord,
    DeadRecord,
    Outbox,
    RetryDecision,
)
from kiosk.store.peers import PeerOutbox
from kiosk.store.retention import PersonalData, PurgeResult, PurgeStatus, TrainingPurge
from kiosk.store.salvage import SalvageReport
from kiosk.store.schema import SCRUBBED_VERSION

#: Names callers import from this module (the package ``kiosk.store`` exports the rest).
__all__ = [
    "DEFAULT_MAX_BACKOFF_S",
    "META_SYNC_LAST_ERROR",
    "META_SYNC_LAST_SUCCESS",
    "ClaimedRecord",
    "PurgeStatus",
    "RecordStore",
    "RetryDecision",
    "StoreCondition",
    "StoreCorruptError",
    "StoreKeyLostError",
]


_SECRET_PREFIX = "secret."  # noqa: S105 (a meta key prefix)


def _secret_aad(name: str) -> bytes:
    return b"shelter-kiosk store secret\x1f" + name.encode("utf-8")


class RecordStore:
    """Implements :class:`kiosk.records.EventRecorder` plus the outbox the sync worker drains.

    ``key_provider=None`` opens the store without the key: counts, status and the dead list
    work, anything that needs personal data raises :class:`StoreKeyLostError`.
    """

    def __init__(
        self,
        path: Path,
        key_provider: KeyProvider | None,
        clock: Clock | None = None,
        *,
        max_page_count: int | None = None,
        requeue_in_flight: bool = True,
        busy_timeout_ms: int = 10_000,
        reserve_bytes: int = 8 * 1024 * 1024,
        claim_lease_s: float = 600.0,
        max_backoff_s: float = DEFAULT_MAX_BACKOFF_S,
        check_at_open: bool = True,
        recover_corrupt: bool | None = None,
    ) -> None:
        self.path = path
        database = Database(
            path,
            clock or SystemClock(),
            # Moving a damaged file aside is for the process that records (the kiosk: it
            # opens with the key and takes back every claim); a CLI next to it only reports.
            recover_allowed=(
                recover_corrupt
                if recover_corrupt is not None
                else key_provider is not None and requeue_in_flight
            ),
            busy_timeout_ms=busy_timeout_ms,
            max_page_count=max_page_count,
        )
        self._database = database
        # Before the database is opened: a recovery at open checks rows with the key.
        self._events = Events(
            database, key_provider, reserve_bytes=reserve_bytes, max_page_count=max_page_count
        )
        self._outbox = Outbox(
            database, self._events, claim_lease_s=claim_lease_s, max_backoff_s=max_backoff_s
        )
        self._peers = PeerOutbox(
            database, self._events, claim_lease_s=claim_lease_s, max_backoff_s=max_backoff_s
        )
        self._personal = PersonalData(database)
        self._exports = Exports(database, self._events)
        database.open(check_at_open=check_at_open)
        with database.closed_on_failure():
            try:
                self._open_steps(requeue_in_flight)
            except StoreCorruptError as exc:
                # Damage met on the way (a page quick_check passed, or no check at open):
                # the fresh file is in place now; open it.
                if not exc.recovered:
                    raise
                self._open_steps(requeue_in_flight)

    def _open_steps(self, requeue_in_flight: bool) -> None:
        database = self._database
        found = database.migrate()
        self._events.load_cipher()
        if self._events.has_key:
            # Needs the key: re-encrypts old rows so that every clear field is bound.
            database.migrate(reseal=self._events.reseal)
        if 0 < found < SCRUBBED_VERSION <= database.user_version():
            database.compact()
        if requeue_in_flight:
            self.requeue_in_flight()
            if self._events.has_key:
                self._peers.requeue_in_flight()
        else:
            self.requeue_stale_claims()

    # -- the database ------------------------------------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """The open SQLite database (tests and tools read it directly)."""
        return self._database.sqlite

    @property
    def max_backoff_s(self) -> float:
        """The longest wait the sync worker may ask for (it sets its policy's cap here)."""
        return self._outbox.max_backoff_s

    @max_backoff_s.setter
    def max_backoff_s(self, value: float) -> None:
        self._outbox.max_backoff_s = value

    def close(self) -> None:
        self._database.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def meta_get(self, key: str) -> str | None:
        return self._database.meta_get(key)

    def meta_set(self, values: dict[str, str | None]) -> None:
        self._database.meta_set(values)

    # -- damage ------------------------------------------------------------------------------

    @property
    def condition(self) -> StoreCondition:
        """OK; RECOVERED (a damaged file was moved aside and salvaged: staff should read
        :meth:`salvage_report`); CORRUPT (damaged and not recovered: nothing is written)."""
        return self._database.condition

    def subscribe_condition(self, listener: Callable[[StoreCondition], None]) -> None:
        """Call ``listener`` (on the thread that met the damage) when the condition changes."""
        self._database.subscribe_condition(listener)

    def salvage_report(self) -> SalvageReport | None:
        """The last recovery's report, until staff acknowledge it."""
        return self._database.salvage_report()

    def acknowledge_recovery(self) -> None:
        """Staff have seen the salvage report (the damaged file stays where it is)."""
        self.meta_set({META_SALVAGE_REPORT: None})

    def check_integrity(self) -> StoreCondition:
        """``PRAGMA quick_check`` now (docs/store.md has its cost); recovers when damaged."""
        return self._database.check_integrity()

    # -- EventRecorder -----------------------------------------------------------------------

    @property
    def has_key(self) -> bool:
        return self._events.has_key

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (on the recording thread) after each committed record."""
        self._outbox.subscribe(listener)

    def record(self, event: Event) -> None:
        """Commit the event and its outbox row durably, in one transaction.

        Raises StorageFullError when the disk (or the size cap) is full; nothing is
        half-written and earlier records are untouched.
        """
        self.record_many([event])

    def record_many(self, events: Sequence[Event]) -> None:
        """Commit several events in one transaction: all of them or none (imports, bench)."""
        self._events.record_many(events)
        self._outbox.notify()
        self._peers.notify()

    def open_check_in(self, person: Person, shelter_id: str) -> OpenCheckIn | None:
        """The latest check-in of this person here that no check-out refers to.

        Matched on the keyed fingerprint column: nothing is decrypted.
        """
        return self._events.open_check_in(person, shelter_id)

    def get_event(self, event_id: str) -> Event | None:
        return self._events.get_event(event_id)

    def event_ids(self) -> list[str]:
        return self._events.event_ids()

    def kind_counts(self) -> dict[str, int]:
        """How many records of each kind (still available after a purge, for reports)."""
        return self._events.kind_counts()

    # -- peer terminals of the shelter (docs/lan.md) ------------------------------------------

    @property
    def peers(self) -> PeerOutbox:
        """The paired peer terminals as destinations: their delivery rows, the records
        received from them (kiosk.lan drives it)."""
        return self._peers

    def seal_secret(self, name: str, value: bytes | None) -> None:
        """Keep a small secret (the LAN pairing keys) in ``meta``, encrypted under the store
        key and bound to its name; ``None`` erases it."""
        sealed: str | None = None
        if value is not None:
            blob = self._events.require_cipher().encrypt(value, _secret_aad(name))
            sealed = base64.b64encode(blob).decode("ascii")
        self.meta_set({_SECRET_PREFIX + name: sealed})

    def open_secret(self, name: str) -> bytes | None:
        """A secret kept by :meth:`seal_secret`, or None. Raises DecryptionError when it does
        not authenticate (another key, or altered)."""
        sealed = self.meta_get(_SECRET_PREFIX + name)
        if sealed is None:
            return None
        return self._events.require_cipher().decrypt(base64.b64decode(sealed), _secret_aad(name))

    # -- outbox ------------------------------------------------------------------------------

    def requeue_in_flight(self) -> int:
        """Put rows a crashed sender had claimed back in the queue (start-up of the kiosk,
        or ``python -m kiosk.outbox sync --recover-in-flight`` when the kiosk is not running).
        """
        return self._outbox.requeue_in_flight()

    def requeue_stale_claims(self) -> int:
        """Put back claims older than the lease: their sender died or hangs. Safe next to a
        live sender (its claims are younger than the lease, which is far longer than an
        HTTP request may take); a late answer from the old sender is harmless because the
        server deduplicates on the record id."""
        return self._outbox.requeue_stale_claims()

    def claim_due(
        self, limit: int, *, exclude: Sequence[str] = (), only: Sequence[str] | None = None
    ) -> list[ClaimedRecord]:
        """Atomically move up to ``limit`` due pending rows to in_flight, oldest first
        (skipping the ids in ``exclude``; with ``only``, among those ids alone). Claims
        older than the lease are put back first.

        A row that cannot be read (does not decrypt, or holds a value this version does not
        know) is quarantined here, so one bad row never blocks the queue.
        """
        return self._outbox.claim_due(limit, exclude=exclude, only=only)

    def record_outcome(
        self,
        *,
        sent: Sequence[str] = (),
        dead: Sequence[tuple[str, str]] = (),
        retry: Sequence[RetryDecision] = (),
        release: Sequence[str] = (),
        defer_due_s: float | None = None,
        make_due_batch_failures: bool = False,
        meta: dict[str, str | None] | None = None,
    ) -> None:
        """Everything one server answer changes, in one transaction (one fsync), so that
        staff never see the counts and the last success / last error disagree."""
        self._outbox.record_outcome(
            sent=sent,
            dead=dead,
            retry=retry,
            release=release,
            defer_due_s=defer_due_s,
            make_due_batch_failures=make_due_batch_failures,
            meta=meta,
        )

    def mark_sent(self, event_ids: Sequence[str]) -> None:
        self.record_outcome(sent=event_ids)

    def mark_dead(self, failures: Sequence[tuple[str, str]]) -> None:
        """Quarantine ``(event_id, server message)`` pairs; staff see them, nothing is lost."""
        self.record_outcome(dead=failures)

    def mark_retry(self, decisions: Sequence[RetryDecision]) -> None:
        self.record_outcome(retry=decisions)

    def release(self, event_ids: Sequence[str]) -> None:
        """Back to pending without counting an attempt (sending stopped, e.g. token refused)."""
        self._outbox.release(event_ids)

    def make_due_now(self, *, batch_failures_only: bool) -> int:
        """Send waiting rows at once (the network came back, or staff pressed "send now")."""
        return self._outbox.make_due_now(batch_failures_only=batch_failures_only)

    def retry_dead(self) -> int:
        """Staff decision: give quarantined rows another go (attempts are kept)."""
        return self._outbox.retry_dead()

    def requeue_sent(self, event_ids: Sequence[str]) -> tuple[int, list[str]]:
        """Put records marked ``sent`` back in the queue: their delivery never reached the
        management server (an old demo's local server took them). The server deduplicates by
        id, so this can never duplicate a record. Ids not in this store or not sent here are
        ignored. A record whose personal data was already purged is left as it is (it would
        reach the server incomplete): returns (queued again, the purged ids)."""
        return self._outbox.requeue_sent(event_ids)

    def counts(self) -> dict[str, int]:
        return self._outbox.counts()

    def claimed_before(self, moment: datetime) -> int:
        """In-flight records claimed before ``moment`` (their sender is gone or hangs)."""
        return self._outbox.claimed_before(moment)

    def waiting_before(self, event_id: str) -> bool:
        """Whether a record recorded before ``event_id`` is neither sent nor quarantined."""
        return self._outbox.waiting_before(event_id)

    def next_due_at(self) -> float | None:
        """Wall-clock epoch seconds when the next pending row is due, None if none pending.

        Never later than now + ``max_backoff_s``: a row further ahead (the clock was stepped
        back) is due now."""
        return self._outbox.next_due_at()

    def dead_records(self, limit: int = 100) -> list[DeadRecord]:
        return self._outbox.dead_records(limit)

    # -- file exports (kiosk.export) ---------------------------------------------------------

    def exportable_records(self, *, include_sent: bool = False) -> ExportSelection:
        """Every record the server has not acknowledged (pending, in flight, dead), oldest
        first, decrypted; with ``include_sent`` also the sent ones that still hold personal
        data (a purged record cannot be rebuilt byte for byte, so it is never exported).

        Reads only: no outbox state changes (only a server acknowledgement marks a record
        sent) and nothing is deleted.
        """
        return self._exports.exportable_records(include_sent=include_sent)

    def personal_records(self, kinds: Sequence[EventKind]) -> ExportSelection:
        """Records of these kinds that still hold personal data, any outbox state, oldest
        first (the PFIF export)."""
        return self._exports.personal_records(kinds)

    def log_export(self, *, kind: str, records: int, file_name: str) -> None:
        """Note that a file was exported (time, kind, count, file name: no content)."""
        self._exports.log_export(kind=kind, records=records, file_name=file_name)

    def export_log(self, limit: int = 20) -> list[ExportLogEntry]:
        """The latest exports, newest first."""
        return self._exports.export_log(limit)

    # -- retention (the rule: kiosk.store.retention) -----------------------------------------

    def shelter_closed_at(self) -> datetime | None:
        """When the shelter was closed, if the latest open/close record is a close."""
        return self._personal.shelter_closed_at()

    def personal_rows(self) -> int:
        return self._personal.personal_rows()

    def purge_personal_data(
        self, *, delay_hours: float, now: datetime | None = None
    ) -> PurgeResult:
        """Erase personal fields once :func:`kiosk.store.retention.why_not_purge` allows it.

        Never purges while any record is pending, in flight or dead: unsent data is never
        deleted automatically. Counts, ids, kinds and times stay for staff reports.
        """
        return self._personal.purge(delay_hours=delay_hours, now=now)

    def purge_training(self, *, now: datetime | None = None) -> TrainingPurge:
        """Staff's "delete the training records": erase the personal data of every training
        record (peer copies included) except this terminal's own the server has not
        acknowledged (kept, counted in ``waiting``). Real records are never touched. The
        same transaction and checkpoint as the retention purge; an incomplete checkpoint is
        finished by :meth:`finish_purge`."""
        return self._personal.purge_training(now=now)

    def purge_pending(self) -> bool:
        """True while a purge is done in the database but not yet in the main file."""
        return self._personal.purge_pending()

    def finish_purge(self) -> PurgeResult:
        """Retry the checkpoint a pending purge is waiting for (PURGED once it completes)."""
        return self._personal.finish_purge()
