"""The kiosk's local record store and outbox: one SQLite file, written by one writer.

Durability: WAL with ``synchronous=FULL``, so once :meth:`RecordStore.record` returns, the
record and its outbox row are in the fsynced log and survive a power cut (docs/store.md has
the measurements). The event row and its outbox row are written in one transaction, so there
is never a record the outbox does not know about, nor an outbox row without its record.

One writer: the store owns a single connection and serialises every use of it with a lock,
so the UI thread (recording) and the sync thread (claiming, acknowledging) never interleave
inside a transaction. Write transactions start with ``BEGIN IMMEDIATE`` so that a second
process on the same file (``python -m kiosk.outbox sync --once`` next to a running kiosk)
waits for the write lock instead of failing half-way.

Personal fields (the person, the situation flags) are encrypted with AES-GCM
(:mod:`kiosk.store.crypto`); everything else stays plaintext so that staff can count and
report without the key. ``secure_delete`` is on so purged personal data is overwritten.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock, SystemClock
from kiosk.domain import CardType, RegistrationType, SituationFlag
from kiosk.errors import StorageError, StorageFullError
from kiosk.records import Event, EventKind, OpenCheckIn, Person
from kiosk.store import salvage
from kiosk.store.crypto import (
    DecryptionError,
    RecordCipher,
    TamperedRecordError,
    canonical_clear,
)
from kiosk.store.keys import KeyProvider
from kiosk.store.redact import sanitize_server_text
from kiosk.store.salvage import SalvageReport
from kiosk.store.schema import (
    SCHEMA_VERSION,
    SCRUBBED_VERSION,
    TAMPERED_TEXT,
    UNDECRYPTABLE_TEXT,
    UNREADABLE_TEXT,
    migrate,
)

log = logging.getLogger(__name__)

PENDING = "pending"
IN_FLIGHT = "in_flight"
SENT = "sent"
DEAD = "dead"
STATES = (PENDING, IN_FLIGHT, SENT, DEAD)
#: meta keys of the sync status (written by kiosk.sync.worker through record_outcome).
META_SYNC_LAST_SUCCESS = "sync.last_success_at"
META_SYNC_LAST_ERROR = "sync.last_error"
_META_PURGE_PENDING = "purge.checkpoint_pending_since"
#: meta key of the last recovery's SalvageReport (JSON), until staff acknowledge it.
META_SALVAGE_REPORT = "store.salvage_report"
#: The default back-off cap (kiosk.sync.backoff.Backoff's default); a SyncWorker sets
#: ``RecordStore.max_backoff_s`` to its own policy's cap, so the two never differ.
DEFAULT_MAX_BACKOFF_S = 300.0
# A pending row is due when its time has come, or when it lies further ahead than the longest
# back-off allowed (the wall clock was stepped back). Parameters: now, now + max_backoff_s.
_DUE = "(o.next_attempt_at <= ? OR o.next_attempt_at > ?)"
#: How long a purge's checkpoint waits for readers before reporting "purge pending".
_CHECKPOINT_WAIT_MS = 250


class StoreCondition(StrEnum):
    """The database file's health, as a typed value for the UI (never an English phrase)."""

    OK = "ok"
    #: A damaged file was moved aside and every readable record salvaged into a fresh one:
    #: recording goes on; staff should see ``RecordStore.salvage_report()``.
    RECOVERED = "store_recovered"
    #: Damaged and not recovered (another process holds it, or this process may not move
    #: it): nothing more is written to it.
    CORRUPT = "store_corrupt"


class StoreCorruptError(StorageError):
    """SQLite reported the database file as damaged (SQLITE_CORRUPT / SQLITE_NOTADB).

    ``recovered``: it was moved aside and salvaged, and the store now uses a fresh file
    (``report`` says what was kept); retrying the operation is safe.
    """

    code = "store_corrupt"
    needs_staff = True

    def __init__(
        self,
        message: str | None = None,
        *,
        recovered: bool = False,
        report: SalvageReport | None = None,
    ) -> None:
        super().__init__(message)
        self.recovered = recovered
        self.report = report


class StoreKeyLostError(StorageError):
    """The database holds encrypted records but the key that wrote them is gone or different."""

    code = "store_key_lost"
    needs_staff = True


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


@dataclass(frozen=True)
class DeadRecord:
    """A quarantined record as staff see it: no personal data."""

    event_id: str
    kind: str
    occurred_at: str
    attempts: int
    last_error: str
    reason: QuarantineReason = QuarantineReason.SERVER


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


@dataclass(frozen=True)
class ExportRecord:
    """A record taken for a file export (decrypted) and its outbox state at that moment."""

    event: Event
    state: str


@dataclass(frozen=True)
class ExportSelection:
    records: list[ExportRecord]
    #: Rows that could not be read (did not decrypt, or hold a value this version does not
    #: know): left untouched, reported by id only.
    undecryptable: list[str]


@dataclass(frozen=True)
class ExportLogEntry:
    """One file export as staff see it: when, what kind, how many, the file's name."""

    exported_at: str
    kind: str
    records: int
    file_name: str


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


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
        # Moving a damaged file aside is for the process that records (the kiosk: it opens
        # with the key and takes back every claim); a CLI next to it only reports it.
        self._recover_allowed = (
            recover_corrupt
            if recover_corrupt is not None
            else key_provider is not None and requeue_in_flight
        )
        self._key_provider = key_provider
        self._max_page_count = max_page_count
        self._broken = False
        self._condition_listeners: list[Callable[[StoreCondition], None]] = []
        # The longest wait the sync worker may ask for. A row waiting longer than that can
        # only come from a wall clock stepped back: it counts as due now (clamped on read,
        # and delays are clamped to it on write), so a clock set to last year strands nothing.
        self.max_backoff_s = max_backoff_s
        # A claim (in_flight) older than this belongs to a sender that died or hangs: any
        # opener and any claim_due may put it back. Far longer than any HTTP time-out.
        self._claim_lease_s = claim_lease_s
        # New records are refused while less than this is free (on the disk, or under the
        # page cap), so the sync worker can still mark earlier records as sent: a full disk
        # must not strand what is already recorded.
        self._reserve_bytes = reserve_bytes
        self._reserve_pages = max(8, max_page_count // 10) if max_page_count else 0
        self._clock = clock or SystemClock()
        self._busy_timeout_ms = int(busy_timeout_ms)
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []
        self._cipher: RecordCipher | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        salvage.finish_interrupted_recovery(path, self._clock.now())
        self._connect()
        try:
            try:
                self._configure(busy_timeout_ms, max_page_count)
                damaged = check_at_open and not self._healthy()
            except sqlite3.DatabaseError as exc:
                if not salvage.is_corruption(exc):
                    raise
                damaged = True
            if damaged:
                self._on_corruption(at_open=True)
            try:
                self._open_steps(key_provider, requeue_in_flight)
            except StoreCorruptError as exc:
                # Damage met on the way (a page quick_check passed, or no check at open):
                # the fresh file is in place now; open it.
                if not exc.recovered:
                    raise
                self._open_steps(key_provider, requeue_in_flight)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StorageError(
                f"the record database cannot be opened ({type(exc).__name__}: {exc})"
            ) from exc
        except BaseException:
            self._conn.close()
            raise

    def _open_steps(self, key_provider: KeyProvider | None, requeue_in_flight: bool) -> None:
        try:
            found = migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise self._database_error(exc) from exc
        self._cipher = self._load_cipher(key_provider)
        if self._cipher is not None:
            # Needs the key: re-encrypts old rows so that every clear field is bound.
            try:
                migrate(self.db, reseal=self._reseal)
            except sqlite3.DatabaseError as exc:
                raise self._database_error(exc) from exc
        if 0 < found < SCRUBBED_VERSION <= self._user_version():
            self._compact()
        if requeue_in_flight:
            self.requeue_in_flight()
        else:
            self.requeue_stale_claims()

    def _user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _compact(self) -> None:
        """Rebuild the file and empty the WAL, so that nothing removed by a migration stays
        in free pages or old log frames (secure_delete only covers what this code frees)."""
        with self._lock:
            try:
                self._conn.execute("VACUUM")
                busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError as exc:
                log.warning("store: the file could not be compacted (%s)", type(exc).__name__)
                return
            if busy:
                log.warning("store: a reader held the log; it is emptied at a later checkpoint")

    # -- set-up ------------------------------------------------------------------------------

    def _connect(self) -> None:
        try:
            conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the record database: {exc}") from exc
        # Damaged text (not UTF-8) must not make every query that meets the row fail: it
        # is read with replacement characters, so its seal fails and it is quarantined.
        conn.text_factory = _tolerant_text
        self._conn = conn
        self.db = sqlite_utils.Database(conn)

    # -- damage ------------------------------------------------------------------------------

    @property
    def condition(self) -> StoreCondition:
        """OK; RECOVERED (a damaged file was moved aside and salvaged: staff should read
        :meth:`salvage_report`); CORRUPT (damaged and not recovered: nothing is written)."""
        if self._broken:
            return StoreCondition.CORRUPT
        return StoreCondition.RECOVERED if self.salvage_report() else StoreCondition.OK

    def subscribe_condition(self, listener: Callable[[StoreCondition], None]) -> None:
        """Call ``listener`` (on the thread that met the damage) when the condition changes."""
        self._condition_listeners.append(listener)

    def salvage_report(self) -> SalvageReport | None:
        """The last recovery's report, until staff acknowledge it."""
        if self._broken:
            return None
        text = self._meta_get(META_SALVAGE_REPORT)
        return SalvageReport.from_json(text) if text else None

    def acknowledge_recovery(self) -> None:
        """Staff have seen the salvage report (the damaged file stays where it is)."""
        self.meta_set({META_SALVAGE_REPORT: None})

    def check_integrity(self) -> StoreCondition:
        """``PRAGMA quick_check`` now (docs/store.md has its cost); recovers when damaged."""
        with self._lock:
            if self._broken:
                return StoreCondition.CORRUPT
            if not self._healthy():
                with contextlib.suppress(StoreCorruptError):
                    self._on_corruption()
        return self.condition

    def _healthy(self) -> bool:
        """``quick_check`` (every b-tree's structure), and every record has exactly its one
        outbox row, read through the tables themselves (damage inside a value can leave an
        index pointing at a row whose id changed: that record could never be sent)."""
        c = self._conn
        if not salvage.quick_check(c):
            return False
        try:
            tables = c.execute(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('events', 'outbox')"
            ).fetchone()[0]
            if tables != 2:
                return True  # a new database: nothing to compare yet
            c.execute("BEGIN")  # one snapshot for both reads
            try:
                events = c.execute("SELECT event_id FROM events NOT INDEXED").fetchall()
                boxes = c.execute("SELECT event_id FROM outbox NOT INDEXED").fetchall()
            finally:
                c.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if salvage.is_corruption(exc):
                return False
            raise
        if len(events) != len(boxes) or set(events) != set(boxes):
            log.error("store: records and outbox rows do not match; treating as damage")
            return False
        return True

    def _on_corruption(self, *, at_open: bool = False) -> StoreCorruptError:
        """SQLite says the file is damaged. Never write into it again: recover (move it
        aside, salvage into a fresh file) where allowed, else stop writing. Returns the
        error for the caller to raise; at open, raises it when not recovered."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            if not self._recover_allowed:
                self._broken = True
                error = StoreCorruptError(
                    "the record database is damaged and cannot be opened here; the kiosk"
                    " moves it aside and salvages it when it starts (see docs/store.md)"
                )
            else:
                try:
                    report = salvage.recover(
                        self.path,
                        now=self._clock.now(),
                        prepare=self._prepare_fresh,
                        verifier_for=self._salvage_verifier,
                        report_key=META_SALVAGE_REPORT,
                    )
                except Exception as exc:  # whatever failed, the damaged file is not used
                    log.error("store: recovery failed (%s)", type(exc).__name__)
                    self._broken = True
                    error = StoreCorruptError(
                        "the record database is damaged and could not be moved aside;"
                        " nothing more is written to it (see docs/store.md)"
                    )
                else:
                    error = StoreCorruptError(
                        "the record database was damaged: moved aside and salvaged into a new one",
                        recovered=True,
                        report=report,
                    )
            if error.recovered or not at_open:
                self._connect()
                if error.recovered:
                    self._configure(self._busy_timeout_ms, self._max_page_count)
        for listener in list(self._condition_listeners):
            try:
                listener(self.condition)
            except Exception:
                log.exception("store condition listener failed")
        if at_open and not error.recovered:
            raise error
        return error

    def _prepare_fresh(self, conn: sqlite3.Connection, version: int | None) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        # The damaged file's schema version (its rows have its columns); the normal open
        # migrates on from there. An empty fresh file needs nothing resealed.
        migrate(
            sqlite_utils.Database(conn),
            reseal=lambda _c: None,
            target=SCHEMA_VERSION if version is None else min(version, SCHEMA_VERSION),
        )

    def _salvage_verifier(self, meta: dict[str, str]) -> salvage.Verifier | None:
        cipher = self._cipher
        if cipher is None and self._key_provider is not None:
            key = self._key_provider.load()
            cipher = RecordCipher(key) if key is not None else None
        if cipher is None or meta.get("key_check") != cipher.key_check:
            return None  # copied as they are; the normal open reports the key problem
        checked = cipher

        def verify(row: salvage.Row) -> str | None:
            if "seal" not in row:
                return None  # an older schema: the migration checks and seals it
            try:
                self._row_to_event([row[c] for c in _EVENT_COLUMN_NAMES], checked)
            except TamperedRecordError:
                return _TAMPERED
            except DecryptionError:
                return _UNDECRYPTABLE
            except Exception:
                return _UNREADABLE
            return None

        return verify

    def _configure(self, busy_timeout_ms: int, max_page_count: int | None) -> None:
        c = self._conn
        c.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError("the record database could not switch to WAL mode")
        # FULL: the WAL is fsynced at every commit, so a commit survives a power cut
        # (NORMAL would only protect against application crashes).
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA secure_delete = ON")
        c.execute("PRAGMA foreign_keys = ON")
        if max_page_count is not None:
            # For tests and small partitions: a size cap behaves like a full disk.
            c.execute(f"PRAGMA max_page_count = {int(max_page_count)}")

    def _load_cipher(self, key_provider: KeyProvider | None) -> RecordCipher | None:
        if key_provider is None:
            return None
        key = key_provider.load()
        if key is None:
            if self._meta_get("key_check") is not None:
                raise StoreKeyLostError(
                    "the record database was written with a key that is no longer available "
                    f"({key_provider.describe()}); unsent personal data cannot be recovered"
                )
            # Exclusive: when another process starting at the same moment created the key
            # first, this returns that key instead of replacing it.
            key = key_provider.create()
        cipher = RecordCipher(key)
        # Read and first write of the key check in one BEGIN IMMEDIATE transaction, with a
        # plain INSERT: of two processes opening a fresh database together, the second sees
        # the first one's check value and can never overwrite it.
        with self._write() as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
            if row is None:
                try:
                    c.execute(
                        "INSERT INTO meta(key, value) VALUES ('key_check', ?)",
                        (cipher.key_check,),
                    )
                    stored_check = cipher.key_check
                except sqlite3.IntegrityError:
                    row = c.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
                    stored_check = str(row[0])
            else:
                stored_check = str(row[0])
        if stored_check != cipher.key_check:
            raise StoreKeyLostError(
                "the store key does not match the record database "
                f"({key_provider.describe()}); unsent personal data cannot be recovered"
            )
        return cipher

    def _reseal(self, c: sqlite3.Connection) -> None:
        """Schema 3 (inside the migration's transaction): seal every row and re-encrypt the
        personal blobs with every clear field as associated data. A blob that does not
        decrypt stays as it is, unsealed: it is quarantined when claimed, never dropped."""
        cipher = self._require_cipher()
        rows = c.execute(
            f"SELECT seq, {_CLEAR_COLUMNS}, person_fp, personal FROM events"  # noqa: S608
        ).fetchall()
        updates: list[tuple[str | None, bytes | None, int]] = []
        unsealed = 0
        for row in rows:
            clear = canonical_clear(row[1 : 1 + _N_CLEAR])
            fingerprint, personal = row[1 + _N_CLEAR], row[2 + _N_CLEAR]
            seal: str | None = cipher.seal(clear)
            if personal is not None:
                try:
                    plaintext = cipher.decrypt_v1(bytes(personal), str(row[1]))
                except DecryptionError:
                    unsealed += 1
                    seal = None
                else:
                    personal = cipher.encrypt(plaintext, _personal_aad(clear, fingerprint))
            updates.append((seal, personal, int(row[0])))
        c.executemany("UPDATE events SET seal = ?, personal = ? WHERE seq = ?", updates)
        log.info("store migrated: %d record(s) sealed, %d could not be", len(rows), unsealed)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def has_key(self) -> bool:
        return self._cipher is not None

    def _require_cipher(self) -> RecordCipher:
        if self._cipher is None:
            raise StoreKeyLostError("the record store was opened without its key")
        return self._cipher

    # -- transactions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the lock; SQLite errors become StorageError."""
        with self._lock:
            if self._broken:
                raise StoreCorruptError("the record database is damaged; nothing is written")
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
                try:
                    yield c
                    c.execute("COMMIT")
                except BaseException:
                    if c.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            c.execute("ROLLBACK")
                    raise
            except sqlite3.DatabaseError as exc:
                raise self._database_error(exc) from exc

    def _database_error(self, exc: sqlite3.DatabaseError) -> StorageError:
        if salvage.is_corruption(exc):
            return self._on_corruption()
        if isinstance(exc, sqlite3.OperationalError):
            return _storage_error(exc)
        return StorageError(f"record database error: {type(exc).__name__}")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._broken:
                raise StoreCorruptError("the record database is damaged; see docs/store.md")
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except sqlite3.DatabaseError as exc:
                raise self._database_error(exc) from exc

    def _meta_get(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def meta_get(self, key: str) -> str | None:
        return self._meta_get(key)

    def meta_set(self, values: dict[str, str | None]) -> None:
        with self._write() as c:
            for key, value in values.items():
                if value is None:
                    c.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- EventRecorder -----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (on the recording thread) after each committed record."""
        self._listeners.append(listener)

    def record(self, event: Event) -> None:
        """Commit the event and its outbox row durably, in one transaction.

        Raises StorageFullError when the disk (or the size cap) is full; nothing is
        half-written and earlier records are untouched.
        """
        self.record_many([event])

    def record_many(self, events: Sequence[Event]) -> None:
        """Commit several events in one transaction: all of them or none (imports, bench)."""
        cipher = self._require_cipher()
        now = self._clock.now()
        rows = [self._event_row(event, cipher, _iso(now)) for event in events]
        self._check_disk_headroom()
        try:
            self._insert_events(rows, now, retry=False)
        except StoreCorruptError as exc:
            if not exc.recovered:
                raise
            # The damaged file was moved aside and salvaged: record into the fresh one
            # (the failed transaction never committed, so the event is not in it yet).
            self._insert_events(rows, now, retry=True)
        self._notify()

    def _notify(self) -> None:
        """Tell the subscribers (the sync worker) that records wait."""
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("record listener failed")

    def _insert_events(
        self, rows: Sequence[tuple[Any, ...]], now: datetime, *, retry: bool
    ) -> None:
        with self._write() as c:
            self._check_page_headroom(c)
            for row in rows:
                if (
                    retry
                    and c.execute("SELECT 1 FROM events WHERE event_id = ?", (row[0],)).fetchone()
                ):
                    continue
                cur = c.execute(
                    "INSERT INTO events (event_id, kind, shelter_id, terminal_id, occurred_at,"
                    " utc_offset_minutes, registration_type, card_type, consent_version,"
                    " refers_to, training, recorded_at, person_fp, seal, personal)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                c.execute(
                    "INSERT INTO outbox (event_id, seq, state, attempts, next_attempt_at,"
                    " created_at) VALUES (?, ?, 'pending', 0, ?, ?)",
                    (row[0], cur.lastrowid, now.timestamp(), _iso(now)),
                )

    def _event_row(self, event: Event, cipher: RecordCipher, recorded_at: str) -> tuple[Any, ...]:
        """The row in column order: the clear fields, then person_fp, seal and personal."""
        if event.occurred_at.tzinfo is None:
            raise ValueError("Event.occurred_at must be timezone-aware")
        clear = (
            event.event_id,
            event.kind.value,
            event.shelter_id,
            event.terminal_id,
            _iso(event.occurred_at),
            event.utc_offset_minutes,
            int(event.registration_type) if event.registration_type else None,
            event.card_type.value if event.card_type else None,
            event.consent_version,
            event.refers_to,
            1 if event.training else 0,
            recorded_at,
        )
        fingerprint: str | None = None
        if event.person is not None:
            fingerprint = cipher.person_fingerprint(event.person.name, event.person.birth_date)
        encoded = canonical_clear(clear)
        personal: bytes | None = None
        if event.person is not None or event.situation:
            plaintext = json.dumps(
                {
                    "person": event.person.to_json() if event.person else None,
                    "situation": sorted(flag.value for flag in event.situation),
                },
                ensure_ascii=False,
                sort_keys=True,
            ).encode("utf-8")
            personal = cipher.encrypt(plaintext, _personal_aad(encoded, fingerprint))
        return (*clear, fingerprint, cipher.seal(encoded), personal)

    def _check_disk_headroom(self) -> None:
        try:
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            return
        if free < self._reserve_bytes:
            raise StorageFullError("the kiosk's storage is full; the record was not saved")

    def _check_page_headroom(self, c: sqlite3.Connection) -> None:
        if not self._reserve_pages:
            return
        page_count = int(c.execute("PRAGMA page_count").fetchone()[0])
        free_pages = int(c.execute("PRAGMA freelist_count").fetchone()[0])
        max_pages = int(c.execute("PRAGMA max_page_count").fetchone()[0])
        if max_pages - page_count + free_pages < self._reserve_pages:
            raise StorageFullError("the kiosk's storage is full; the record was not saved")

    def open_check_in(self, person: Person, shelter_id: str) -> OpenCheckIn | None:
        """The latest check-in of this person here that no check-out refers to.

        Matched on the keyed fingerprint column: nothing is decrypted.
        """
        cipher = self._require_cipher()
        fingerprint = cipher.person_fingerprint(person.name, person.birth_date)
        rows = self._read(
            _EVENT_SELECT_FROM  # noqa: S608 (constant SQL)
            + " WHERE e.person_fp = ? AND e.kind = 'check_in' AND e.shelter_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM events c"
            "   WHERE c.kind = 'check_out' AND c.refers_to = e.event_id)"
            " ORDER BY e.seq DESC LIMIT 1",
            (fingerprint, shelter_id),
        )
        if not rows:
            return None
        try:
            cipher.check_seal(canonical_clear(rows[0][:_N_CLEAR]), rows[0][_N_CLEAR + 1])
        except TamperedRecordError:
            # Quarantined when the sync worker claims it; never matched as an open check-in.
            log.error("an open check-in's fields do not match their seal; not used")
            return None
        return OpenCheckIn(event_id=rows[0][0], occurred_at=datetime.fromisoformat(rows[0][4]))

    def get_event(self, event_id: str) -> Event | None:
        rows = self._read(_EVENT_SELECT_FROM + " WHERE e.event_id = ?", (event_id,))
        if not rows:
            return None
        return self._row_to_event(rows[0], self._require_cipher())

    # -- outbox ------------------------------------------------------------------------------

    def requeue_in_flight(self) -> int:
        """Put rows a crashed sender had claimed back in the queue (start-up of the kiosk,
        or ``python -m kiosk.outbox sync --recover-in-flight`` when the kiosk is not running).
        """
        now = self._clock.now().timestamp()
        with self._write() as c:
            cur = c.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ?"
                " WHERE state = 'in_flight'",
                (now,),
            )
            return int(cur.rowcount)

    def requeue_stale_claims(self) -> int:
        """Put back claims older than the lease: their sender died or hangs. Safe next to a
        live sender (its claims are younger than the lease, which is far longer than an
        HTTP request may take); a late answer from the old sender is harmless because the
        server deduplicates on the record id."""
        with self._write() as c:
            return self._requeue_stale(c)

    def _requeue_stale(self, c: sqlite3.Connection) -> int:
        now = self._clock.now()
        cutoff = _iso(datetime.fromtimestamp(now.timestamp() - self._claim_lease_s, UTC))
        # A claim "from the future" means the wall clock was stepped back: its age is
        # unknown, so it is treated like a stale one (a late answer is a harmless duplicate).
        future = _iso(datetime.fromtimestamp(now.timestamp() + self._claim_lease_s, UTC))
        # last_attempt_at is the claim time (set only by claim_due), in one fixed ISO
        # format, so text order is time order.
        cur = c.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?"
            " WHERE state = 'in_flight'"
            " AND (last_attempt_at IS NULL OR last_attempt_at < ? OR last_attempt_at > ?)",
            (now.timestamp(), cutoff, future),
        )
        if cur.rowcount:
            log.warning("outbox: %d stale claim(s) put back in the queue", cur.rowcount)
        return int(cur.rowcount)

    def claim_due(
        self, limit: int, *, exclude: Sequence[str] = (), only: Sequence[str] | None = None
    ) -> list[ClaimedRecord]:
        """Atomically move up to ``limit`` due pending rows to in_flight, oldest first
        (skipping the ids in ``exclude``; with ``only``, among those ids alone). Claims
        older than the lease are put back first.

        A row that cannot be read (does not decrypt, or holds a value this version does not
        know) is quarantined here, so one bad row never blocks the queue.
        """
        cipher = self._require_cipher()
        now = self._clock.now().timestamp()
        claimed: list[ClaimedRecord] = []
        skip = ""
        if exclude:
            skip = " AND o.event_id NOT IN (" + ", ".join("?" for _ in exclude) + ")"
        if only is not None:
            skip += " AND o.event_id IN (" + ", ".join("?" for _ in only) + ")"
        broken: list[tuple[str, str]] = []
        failure_types: set[str] = set()
        with self._write() as c:
            self._requeue_stale(c)
            rows = c.execute(
                _EVENT_SELECT + ", o.attempts FROM outbox o JOIN events e USING (event_id)"
                " WHERE o.state = 'pending' AND " + _DUE + skip + " ORDER BY o.seq LIMIT ?",
                (*self._due_params(now), *exclude, *(only or ()), limit),
            ).fetchall()
            for row in rows:
                try:
                    claimed.append(ClaimedRecord(self._row_to_event(row, cipher), int(row[-1])))
                except TamperedRecordError:
                    broken.append((str(row[0]), _TAMPERED))
                    failure_types.add("TamperedRecordError")
                except DecryptionError:
                    broken.append((str(row[0]), _UNDECRYPTABLE))
                    failure_types.add("DecryptionError")
                except Exception as exc:
                    # No exception text: it may quote the row's (personal) content.
                    broken.append((str(row[0]), _UNREADABLE))
                    failure_types.add(type(exc).__name__)
            c.executemany(
                "UPDATE outbox SET state = 'in_flight', last_attempt_at = ? WHERE event_id = ?",
                [(_iso(self._clock.now()), r.event.event_id) for r in claimed],
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
        now = self._clock.now()
        with self._write() as c:
            if sent:
                c.executemany(
                    "UPDATE outbox SET state = 'sent', acked_at = ?, last_error = NULL,"
                    " batch_failure = 0 WHERE event_id = ? AND state IN ('in_flight', 'pending')",
                    [(_iso(now), eid) for eid in sent],
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
                c.executemany(
                    "UPDATE outbox SET state = 'pending'"
                    " WHERE event_id = ? AND state = 'in_flight'",
                    [(eid,) for eid in release],
                )
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
            for key, value in (meta or {}).items():
                if value is None:
                    c.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    # Server text may echo field values: never stored as received.
                    stored = sanitize_server_text(value) if key == META_SYNC_LAST_ERROR else value
                    c.execute(
                        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, stored)
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
        with self._write() as c:
            c.executemany(
                "UPDATE outbox SET state = 'pending' WHERE event_id = ? AND state = 'in_flight'",
                [(eid,) for eid in event_ids],
            )

    def make_due_now(self, *, batch_failures_only: bool) -> int:
        """Send waiting rows at once (the network came back, or staff pressed "send now")."""
        now = self._clock.now().timestamp()
        with self._write() as c:
            cur = c.execute(
                "UPDATE outbox SET next_attempt_at = ?"
                " WHERE state = 'pending' AND next_attempt_at > ?"
                " AND (batch_failure = 1 OR NOT ?)",
                (now, now, 1 if batch_failures_only else 0),
            )
            return int(cur.rowcount)

    def retry_dead(self) -> int:
        """Staff decision: give quarantined rows another go (attempts are kept)."""
        now = self._clock.now().timestamp()
        with self._write() as c:
            cur = c.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE state = 'dead'",
                (now,),
            )
            return int(cur.rowcount)

    def requeue_sent(self, event_ids: Sequence[str]) -> tuple[int, list[str]]:
        """Put records marked ``sent`` back in the queue: their delivery never reached the
        management server (an old demo's local server took them). The server deduplicates by
        id, so this can never duplicate a record. Ids not in this store or not sent here are
        ignored. A record whose personal data was already purged is left as it is (it would
        reach the server incomplete): returns (queued again, the purged ids)."""
        now = self._clock.now().timestamp()
        queued = 0
        purged: list[str] = []
        ids = list(dict.fromkeys(event_ids))
        with self._write() as c:
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
            self._notify()
        return queued, purged

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATES, 0)
        for state, n in self._read("SELECT state, count(*) FROM outbox GROUP BY state"):
            out[str(state)] = int(n)
        return out

    def next_due_at(self) -> float | None:
        """Wall-clock epoch seconds when the next pending row is due, None if none pending.

        Never later than now + ``max_backoff_s``: a row further ahead (the clock was stepped
        back) is due now."""
        now = self._clock.now().timestamp()
        rows = self._read(
            "SELECT min(CASE WHEN next_attempt_at > ? THEN ? ELSE next_attempt_at END)"
            " FROM outbox WHERE state = 'pending'",
            (now + self.max_backoff_s, now),
        )
        return float(rows[0][0]) if rows and rows[0][0] is not None else None

    def _due_params(self, now: float) -> tuple[float, float]:
        return now, now + self.max_backoff_s

    def _clamp_delay(self, delay_s: float) -> float:
        return min(max(delay_s, 0.0), self.max_backoff_s)

    def dead_records(self, limit: int = 100) -> list[DeadRecord]:
        rows = self._read(
            "SELECT o.event_id, e.kind, e.occurred_at, o.attempts, coalesce(o.last_error, '')"
            " FROM outbox o JOIN events e USING (event_id) WHERE o.state = 'dead'"
            " ORDER BY o.seq LIMIT ?",
            (limit,),
        )
        server = QuarantineReason.SERVER
        return [
            DeadRecord(r[0], r[1], r[2], int(r[3]), r[4], _REASONS.get(r[4], server)) for r in rows
        ]

    def event_ids(self) -> list[str]:
        return [str(r[0]) for r in self._read("SELECT event_id FROM events ORDER BY seq")]

    def kind_counts(self) -> dict[str, int]:
        """How many records of each kind (still available after a purge, for reports)."""
        return {
            str(k): int(n) for k, n in self._read("SELECT kind, count(*) FROM events GROUP BY kind")
        }

    # -- file exports (kiosk.export) ---------------------------------------------------------

    def exportable_records(self, *, include_sent: bool = False) -> ExportSelection:
        """Every record the server has not acknowledged (pending, in flight, dead), oldest
        first, decrypted; with ``include_sent`` also the sent ones that still hold personal
        data (a purged record cannot be rebuilt byte for byte, so it is never exported).

        Reads only: no outbox state changes (only a server acknowledgement marks a record
        sent) and nothing is deleted.
        """
        return self._select_for_export(
            " WHERE o.state != 'sent' OR (? AND e.personal IS NOT NULL)",
            (1 if include_sent else 0,),
        )

    def personal_records(self, kinds: Sequence[EventKind]) -> ExportSelection:
        """Records of these kinds that still hold personal data, any outbox state, oldest
        first (the PFIF export)."""
        marks = ", ".join("?" for _ in kinds)
        return self._select_for_export(
            f" WHERE e.personal IS NOT NULL AND e.kind IN ({marks})",
            tuple(kind.value for kind in kinds),
        )

    def _select_for_export(self, where: str, params: Sequence[Any]) -> ExportSelection:
        cipher = self._require_cipher()
        rows = self._read(
            _EVENT_SELECT
            + ", o.state FROM outbox o JOIN events e USING (event_id)"
            + where
            + " ORDER BY o.seq",
            params,
        )
        records: list[ExportRecord] = []
        broken: list[str] = []
        for row in rows:
            try:
                records.append(ExportRecord(self._row_to_event(row, cipher), str(row[-1])))
            except Exception:  # like claim_due: any unreadable row, reported by id only
                # No exception text: it may quote the row's (personal) content.
                broken.append(str(row[0]))
        if broken:
            log.error("%d record(s) could not be read for the export", len(broken))
        return ExportSelection(records, broken)

    def log_export(self, *, kind: str, records: int, file_name: str) -> None:
        """Note that a file was exported (time, kind, count, file name: no content)."""
        with self._write() as c:
            c.execute(
                "INSERT INTO export_log (exported_at, kind, records, file_name)"
                " VALUES (?, ?, ?, ?)",
                (_iso(self._clock.now()), kind, int(records), file_name),
            )

    def export_log(self, limit: int = 20) -> list[ExportLogEntry]:
        """The latest exports, newest first."""
        rows = self._read(
            "SELECT exported_at, kind, records, file_name FROM export_log ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [ExportLogEntry(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]

    # -- retention ---------------------------------------------------------------------------

    def shelter_closed_at(self) -> datetime | None:
        """When the shelter was closed, if the latest open/close record is a close."""
        rows = self._read(
            "SELECT kind, occurred_at FROM events WHERE kind IN ('shelter_open', 'shelter_close')"
            " ORDER BY seq DESC LIMIT 1"
        )
        if not rows or rows[0][0] != EventKind.SHELTER_CLOSE.value:
            return None
        return datetime.fromisoformat(rows[0][1])

    def personal_rows(self) -> int:
        rows = self._read(
            "SELECT count(*) FROM events WHERE personal IS NOT NULL OR person_fp IS NOT NULL"
        )
        return int(rows[0][0])

    def purge_personal_data(
        self, *, delay_hours: float, now: datetime | None = None
    ) -> PurgeResult:
        """Erase personal fields once the shelter is closed and everything is acknowledged.

        Never purges while any record is pending, in flight or dead: unsent data is never
        deleted automatically. Counts, ids, kinds and times stay for staff reports.
        """
        now = now or self._clock.now()
        with self._write() as c:
            last = c.execute(
                "SELECT kind, occurred_at FROM events"
                " WHERE kind IN ('shelter_open', 'shelter_close') ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            if last is None or last[0] != EventKind.SHELTER_CLOSE.value:
                return PurgeResult.of(PurgeStatus.NOT_CLOSED)
            unsent = c.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0]
            if unsent:
                return PurgeResult.of(PurgeStatus.UNSENT, unsent=int(unsent))
            closed_at = datetime.fromisoformat(last[1])
            if (now - closed_at).total_seconds() < delay_hours * 3600:
                return PurgeResult.of(PurgeStatus.DELAY_NOT_PASSED)
            cur = c.execute(
                "UPDATE events SET personal = NULL, person_fp = NULL, purged_at = ?"
                " WHERE personal IS NOT NULL OR person_fp IS NOT NULL",
                (_iso(now),),
            )
            purged = int(cur.rowcount)
            # Error texts came from the server and may quote the purged fields: they go too.
            c.execute(
                "UPDATE outbox SET last_error = NULL WHERE last_error IS NOT NULL"
                " AND event_id IN (SELECT event_id FROM events WHERE purged_at IS NOT NULL)"
            )
            c.execute("DELETE FROM meta WHERE key = ?", (META_SYNC_LAST_ERROR,))
            if purged:
                # Owed until a checkpoint has folded the erased pages into the main file.
                c.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (_META_PURGE_PENDING, _iso(now)),
                )
        if purged:
            log.info("retention: personal data purged from %d record(s)", purged)
            return self._finish_purge(purged)
        # Pressed again while an earlier purge waits for its checkpoint: try it now.
        return self.finish_purge()

    def purge_pending(self) -> bool:
        """True while a purge is done in the database but not yet in the main file."""
        return self._meta_get(_META_PURGE_PENDING) is not None

    def finish_purge(self) -> PurgeResult:
        """Retry the checkpoint a pending purge is waiting for (PURGED once it completes)."""
        if not self.purge_pending():
            return PurgeResult.of(PurgeStatus.NOTHING_LEFT)
        return self._finish_purge(0)

    def _finish_purge(self, purged: int) -> PurgeResult:
        """Fold the WAL into the (secure_delete) main file and truncate it. A reader holding
        an older snapshot keeps the checkpoint from completing: then the purge is pending
        (the erased pages may still be in the main file and in the WAL)."""
        with self._lock:
            c = self._conn
            c.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")
            try:
                busy, _log_frames, _done = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error as exc:
                log.warning("purge checkpoint failed (%s); retried later", type(exc).__name__)
                busy = 1
            finally:
                c.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        if busy:
            log.warning("purge pending: another reader holds the database; retried later")
            return PurgeResult.of(PurgeStatus.PENDING, purged)
        self.meta_set({_META_PURGE_PENDING: None})
        return PurgeResult.of(PurgeStatus.PURGED, purged)

    # -- helpers -----------------------------------------------------------------------------

    def _row_to_event(self, row: Sequence[Any], cipher: RecordCipher) -> Event:
        (
            event_id,
            kind,
            shelter_id,
            terminal_id,
            occurred_at,
            offset,
            registration_type,
            card_type,
            consent_version,
            refers_to,
            training,
            _recorded_at,
            fingerprint,
            seal,
            personal,
        ) = row[: _N_CLEAR + 3]
        clear = canonical_clear(row[:_N_CLEAR])
        if seal is None and personal is not None:
            # Its blob did not decrypt when the database was migrated: it never got a seal.
            raise DecryptionError("record was not sealed")
        cipher.check_seal(clear, seal)
        person: Person | None = None
        situation: frozenset[SituationFlag] = frozenset()
        if personal is not None:
            data = json.loads(cipher.decrypt(bytes(personal), _personal_aad(clear, fingerprint)))
            person = Person.from_json(data["person"]) if data.get("person") else None
            situation = frozenset(SituationFlag(v) for v in data.get("situation", []))
        return Event(
            kind=EventKind(kind),
            shelter_id=shelter_id,
            terminal_id=terminal_id,
            occurred_at=datetime.fromisoformat(occurred_at),
            utc_offset_minutes=int(offset),
            registration_type=RegistrationType(registration_type) if registration_type else None,
            card_type=CardType(card_type) if card_type else None,
            person=person,
            consent_version=consent_version,
            situation=situation,
            refers_to=refers_to,
            training=bool(training),
            event_id=event_id,
        )


_EVENT_SELECT = (
    "SELECT e.event_id, e.kind, e.shelter_id, e.terminal_id, e.occurred_at,"
    " e.utc_offset_minutes, e.registration_type, e.card_type, e.consent_version,"
    " e.refers_to, e.training, e.recorded_at, e.person_fp, e.seal, e.personal"
)
_EVENT_SELECT_FROM = _EVENT_SELECT + " FROM events e"
#: Ids per statement (well under SQLite's bound-parameter limit).
_ID_CHUNK = 500
_UNDECRYPTABLE = UNDECRYPTABLE_TEXT
_UNREADABLE = UNREADABLE_TEXT
_TAMPERED = TAMPERED_TEXT
_REASONS = {
    _UNDECRYPTABLE: QuarantineReason.UNDECRYPTABLE,
    _UNREADABLE: QuarantineReason.UNREADABLE,
    _TAMPERED: QuarantineReason.TAMPERED,
}
#: The clear columns of an event row, in the order they are sealed.
_CLEAR_COLUMNS = (
    "event_id, kind, shelter_id, terminal_id, occurred_at, utc_offset_minutes,"
    " registration_type, card_type, consent_version, refers_to, training, recorded_at"
)
_N_CLEAR = 12
#: The columns of _EVENT_SELECT, by name (for rows read by the salvage).
_EVENT_COLUMN_NAMES = [*_CLEAR_COLUMNS.replace(" ", "").split(","), "person_fp", "seal", "personal"]


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _personal_aad(clear: bytes, fingerprint: str | None) -> bytes:
    """Associated data of the personal blob: the clear fields and the fingerprint (erased
    together with the blob by a purge)."""
    return clear + b"\x1f" + (fingerprint or "").encode("ascii", "replace")


def _storage_error(exc: sqlite3.OperationalError) -> StorageError:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "full" in str(exc).lower():
        return StorageFullError("the kiosk's storage is full; the record was not saved")
    if code == sqlite3.SQLITE_BUSY or "locked" in str(exc).lower():
        return StorageError("the record database is busy; the record was not saved")
    return StorageError(f"the record database failed: {type(exc).__name__}")
