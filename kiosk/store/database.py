"""The record store's one database object: connection, write lock, transactions, damage.

Every part of the store (:mod:`~kiosk.store.events`, :mod:`~kiosk.store.outbox`,
:mod:`~kiosk.store.retention`, :mod:`~kiosk.store.exports`) reads and writes through one
:class:`Database`, so there is a single connection and a single lock however the store is
used.

Durability: WAL with ``synchronous=FULL`` (a commit is in the fsynced log when it returns).
One writer: the connection is serialised with a lock, so the UI thread (recording) and the
sync thread (claiming, acknowledging) never interleave inside a transaction. Write
transactions start with ``BEGIN IMMEDIATE`` so that a second process on the same file
(``python -m kiosk.outbox sync --once`` next to a running kiosk) waits for the write lock
instead of failing half-way. ``secure_delete`` is on so purged personal data is overwritten.

Damage (SQLITE_CORRUPT / SQLITE_NOTADB, or the health check at open) is noticed here: the
file is never written again; where allowed it is moved aside and salvaged
(:mod:`kiosk.store.salvage`).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock
from kiosk.errors import StorageError, StorageFullError
from kiosk.store import salvage
from kiosk.store.salvage import SalvageReport
from kiosk.store.schema import SCHEMA_VERSION, migrate

log = logging.getLogger(__name__)

#: meta key of the last recovery's SalvageReport (JSON), until staff acknowledge it.
META_SALVAGE_REPORT = "store.salvage_report"


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


class Database:
    """One SQLite file, one connection, one lock; shared by every part of the store.

    Nothing is opened until :meth:`open`, so that the parts can register their hooks
    (``salvage_verifier``) first: a recovery at open already needs them.
    """

    def __init__(
        self,
        path: Path,
        clock: Clock,
        *,
        recover_allowed: bool,
        busy_timeout_ms: int,
        max_page_count: int | None,
    ) -> None:
        self.path = path
        self.clock = clock
        # Moving a damaged file aside is for the process that records (the kiosk: it opens
        # with the key and takes back every claim); a CLI next to it only reports it.
        self._recover_allowed = recover_allowed
        self._busy_timeout_ms = int(busy_timeout_ms)
        self._max_page_count = max_page_count
        self.broken = False
        self.lock = threading.RLock()
        self._condition_listeners: list[Callable[[StoreCondition], None]] = []
        #: Checks a row of the damaged file during a salvage (set by the events part).
        self.salvage_verifier: Callable[[dict[str, str]], salvage.Verifier | None] = lambda _meta: (
            None
        )

    # -- set-up ------------------------------------------------------------------------------

    def open(self, *, check_at_open: bool) -> None:
        """Connect, configure, and check the file's health (recovering it when damaged)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        salvage.finish_interrupted_recovery(self.path, self.clock.now())
        self._connect()
        with self.closed_on_failure():
            try:
                self._configure()
                damaged = check_at_open and not self._healthy()
            except sqlite3.DatabaseError as exc:
                if not salvage.is_corruption(exc):
                    raise
                damaged = True
            if damaged:
                self.on_corruption(at_open=True)

    @contextlib.contextmanager
    def closed_on_failure(self) -> Iterator[None]:
        """For the steps of opening: when one fails the connection is closed, and an SQLite
        error becomes a StorageError."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StorageError(
                f"the record database cannot be opened ({type(exc).__name__}: {exc})"
            ) from exc
        except BaseException:
            self.close()
            raise

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
        self.conn = conn
        self.sqlite = sqlite_utils.Database(conn)

    def _configure(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        mode = switch_to_wal(c, self._busy_timeout_ms / 1000)
        if str(mode).lower() != "wal":
            raise StorageError("the record database could not switch to WAL mode")
        # FULL: the WAL is fsynced at every commit, so a commit survives a power cut
        # (NORMAL would only protect against application crashes).
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA secure_delete = ON")
        c.execute("PRAGMA foreign_keys = ON")
        if self._max_page_count is not None:
            # For tests and small partitions: a size cap behaves like a full disk.
            c.execute(f"PRAGMA max_page_count = {int(self._max_page_count)}")

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def migrate(self, reseal: Callable[[sqlite3.Connection], None] | None = None) -> int:
        """:func:`kiosk.store.schema.migrate` with damage noticed; the version found."""
        try:
            return migrate(self.sqlite, reseal=reseal)
        except sqlite3.DatabaseError as exc:
            raise self.database_error(exc) from exc

    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def compact(self) -> None:
        """Rebuild the file and empty the WAL, so that nothing removed by a migration stays
        in free pages or old log frames (secure_delete only covers what this code frees)."""
        with self.lock:
            try:
                self.conn.execute("VACUUM")
                busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError as exc:
                log.warning("store: the file could not be compacted (%s)", type(exc).__name__)
                return
            if busy:
                log.warning("store: a reader held the log; it is emptied at a later checkpoint")

    def checkpoint(self, wait_ms: int) -> bool:
        """Fold the WAL into the main file and truncate it, waiting at most ``wait_ms`` for
        readers; True when it completed (no reader kept an older snapshot)."""
        with self.lock:
            c = self.conn
            c.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
            try:
                busy = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error as exc:
                log.warning("checkpoint failed (%s); retried later", type(exc).__name__)
                busy = 1
            finally:
                c.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        return not busy

    # -- transactions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the lock; SQLite errors become StorageError."""
        with self.lock:
            if self.broken:
                raise StoreCorruptError("the record database is damaged; nothing is written")
            c = self.conn
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
                raise self.database_error(exc) from exc

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            if self.broken:
                raise StoreCorruptError("the record database is damaged; see docs/store.md")
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except sqlite3.DatabaseError as exc:
                raise self.database_error(exc) from exc

    def database_error(self, exc: sqlite3.DatabaseError) -> StorageError:
        if salvage.is_corruption(exc):
            return self.on_corruption()
        if isinstance(exc, sqlite3.OperationalError):
            return _storage_error(exc)
        return StorageError(f"record database error: {type(exc).__name__}")

    # -- meta --------------------------------------------------------------------------------

    def meta_get(self, key: str) -> str | None:
        rows = self.read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def meta_set(self, values: dict[str, str | None]) -> None:
        with self.write() as c:
            set_meta(c, values)

    # -- damage ------------------------------------------------------------------------------

    @property
    def condition(self) -> StoreCondition:
        if self.broken:
            return StoreCondition.CORRUPT
        return StoreCondition.RECOVERED if self.salvage_report() else StoreCondition.OK

    def subscribe_condition(self, listener: Callable[[StoreCondition], None]) -> None:
        self._condition_listeners.append(listener)

    def salvage_report(self) -> SalvageReport | None:
        if self.broken:
            return None
        text = self.meta_get(META_SALVAGE_REPORT)
        return SalvageReport.from_json(text) if text else None

    def check_integrity(self) -> StoreCondition:
        """``PRAGMA quick_check`` now (docs/store.md has its cost); recovers when damaged."""
        with self.lock:
            if self.broken:
                return StoreCondition.CORRUPT
            if not self._healthy():
                with contextlib.suppress(StoreCorruptError):
                    self.on_corruption()
        return self.condition

    def _healthy(self) -> bool:
        """``quick_check`` (every b-tree's structure), and every record has exactly its one
        outbox row, read through the tables themselves (damage inside a value can leave an
        index pointing at a row whose id changed: that record could never be sent)."""
        c = self.conn
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
                # Records received from a peer terminal (schema 5) have no outbox row: the
                # server gets them from the terminal that made them.
                local = (
                    " WHERE received_from IS NULL"
                    if any(r[1] == "received_from" for r in c.execute("PRAGMA table_info(events)"))
                    else ""
                )
                events = c.execute(
                    "SELECT event_id FROM events NOT INDEXED" + local  # noqa: S608 (constants)
                ).fetchall()
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

    def on_corruption(self, *, at_open: bool = False) -> StoreCorruptError:
        """SQLite says the file is damaged. Never write into it again: recover (move it
        aside, salvage into a fresh file) where allowed, else stop writing. Returns the
        error for the caller to raise; at open, raises it when not recovered."""
        with self.lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            if not self._recover_allowed:
                self.broken = True
                error = StoreCorruptError(
                    "the record database is damaged and cannot be opened here; the kiosk"
                    " moves it aside and salvages it when it starts (see docs/store.md)"
                )
            else:
                try:
                    report = salvage.recover(
                        self.path,
                        now=self.clock.now(),
                        prepare=_prepare_fresh,
                        verifier_for=self.salvage_verifier,
                        report_key=META_SALVAGE_REPORT,
                    )
                except Exception as exc:  # whatever failed, the damaged file is not used
                    log.error("store: recovery failed (%s)", type(exc).__name__)
                    self.broken = True
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
                    self._configure()
        for listener in list(self._condition_listeners):
            try:
                listener(self.condition)
            except Exception:
                log.exception("store condition listener failed")
        if at_open and not error.recovered:
            raise error
        return error


def set_meta(c: sqlite3.Connection, values: dict[str, str | None]) -> None:
    """Set (or, for None, delete) meta keys inside the caller's transaction."""
    for key, value in values.items():
        if value is None:
            c.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def _prepare_fresh(conn: sqlite3.Connection, version: int | None) -> None:
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


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _storage_error(exc: sqlite3.OperationalError) -> StorageError:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "full" in str(exc).lower():
        return StorageFullError("the kiosk's storage is full; the record was not saved")
    if code == sqlite3.SQLITE_BUSY or "locked" in str(exc).lower():
        return StorageError("the record database is busy; the record was not saved")
    return StorageError(f"the record database failed: {type(exc).__name__}")


def switch_to_wal(conn: sqlite3.Connection, wait_s: float) -> str:
    """``PRAGMA journal_mode = WAL``; the mode the file is in afterwards.

    Two processes opening a fresh database at the same moment both switch it; SQLite answers
    the loser "database is locked" at once, without its busy handler (the switch needs an
    exclusive lock it will not wait for). The winner's switch lasts (WAL is persistent), so
    asking again shortly after succeeds: retried for up to ``wait_s``, then the error stands.
    """
    deadline = time.monotonic() + wait_s
    pause = 0.01
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise
        # Not a test wait: a short back-off while the other process finishes its switch.
        time.sleep(pause)
        pause = min(pause * 2, 0.2)
