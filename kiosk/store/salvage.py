"""A damaged record database: noticing it, and keeping every record that can still be read.

SQLite reports damage as ``SQLITE_CORRUPT`` ("database disk image is malformed") or
``SQLITE_NOTADB``; ``PRAGMA quick_check`` finds it before a query trips over it. The store
then never writes into the damaged file again: :func:`recover` copies every row that can
still be read into a fresh file (same key, same schema version, each record with its outbox
state), moves the damaged file aside (renamed, never deleted) and puts the fresh one in its
place. Crash-safe: the fresh file is complete before anything is renamed, and
:func:`finish_interrupted_recovery` completes a swap a power cut interrupted.

Rows are read through the table b-trees by rowid (never through an index, which may be the
damaged part), in runs; where a run fails, row by row, so one bad page costs only the rows
on it. What cannot be read is counted, and named by event id where the outbox still knows
it. Nothing here logs or returns row content.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.atomic import fsync_dir

log = logging.getLogger(__name__)

_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_SIDE_FILES = ("-wal", "-shm")
_RUN = 256
#: Without an upper bound (sqlite_sequence unreadable), give up after this many failed rowids.
_MAX_MISSES = 1000

EVENT_COLUMNS_V2 = [
    "seq",
    "event_id",
    "kind",
    "shelter_id",
    "terminal_id",
    "occurred_at",
    "utc_offset_minutes",
    "registration_type",
    "card_type",
    "consent_version",
    "refers_to",
    "training",
    "person_fp",
    "personal",
    "recorded_at",
    "purged_at",
]
EVENT_COLUMNS_V3 = [*EVENT_COLUMNS_V2, "seal"]
#: Schema 5: a record received from a peer terminal names it (it has no outbox row). The
#: peers' delivery rows are not salvaged: the LAN node adds its peers again at start, which
#: queues every record for each of them (they answer which ones they lack).
EVENT_COLUMNS_V5 = [*EVENT_COLUMNS_V3, "received_from"]
OUTBOX_COLUMNS = [
    "event_id",
    "seq",
    "state",
    "attempts",
    "next_attempt_at",
    "last_error",
    "batch_failure",
    "created_at",
    "last_attempt_at",
    "acked_at",
]
EXPORT_LOG_COLUMNS = ["id", "exported_at", "kind", "records", "file_name"]

Row = dict[str, Any]
#: Checks a salvaged event row; returns None when it is authentic, else the quarantine text.
Verifier = Callable[[Row], str | None]


@dataclass(frozen=True)
class SalvageReport:
    """What a recovery did; no personal data (ids, counts, a file name)."""

    at: str
    #: Name (not path) of the damaged file, kept beside the new database.
    moved_to: str
    #: Records copied into the new file.
    salvaged: int
    #: Records that could not be read at all; None when not even that could be counted.
    lost: int | None
    #: Ids of lost records, where the outbox still named them.
    lost_ids: list[str] = field(default_factory=list)
    #: Salvaged records that failed their authenticity check: copied, quarantined (dead).
    quarantined: list[str] = field(default_factory=list)
    #: Salvaged records whose outbox state could not be read: queued again (the server
    #: answers "duplicate" for any it already has).
    unknown_state: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SalvageReport:
        return cls(**json.loads(text))


def is_corruption(exc: BaseException) -> bool:
    """True for SQLite's "the file is damaged" errors (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def quick_check(conn: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check`` (structure of every b-tree, not index contents): True if ok."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return False
        raise
    return [str(r[0]) for r in rows] == ["ok"]


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _salvage_path(path: Path) -> Path:
    return path.with_name(path.name + ".salvage")


def _aside_path(path: Path, now: datetime, label: str = "damaged") -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while any(_side(candidate, s).exists() for s in ("", *_SIDE_FILES)):
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    return candidate


def _move_with_sides(source: Path, target: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        if _side(source, suffix).exists():
            _side(source, suffix).rename(_side(target, suffix))


def finish_interrupted_recovery(path: Path, now: datetime) -> None:
    """A recovery was cut off after the damaged file was moved aside: put the complete
    fresh file in place. Its WAL/SHM files, if left behind, belong to the damaged file and
    are moved aside too (SQLite would otherwise apply them to the fresh one)."""
    salvage = _salvage_path(path)
    if path.exists() or not salvage.exists():
        return
    orphans = [_side(path, s) for s in _SIDE_FILES if _side(path, s).exists()]
    if orphans:
        aside = _aside_path(path, now, "damaged-orphan")
        for orphan in orphans:
            orphan.rename(aside.with_name(aside.name + orphan.name[len(path.name) :]))
    salvage.rename(path)
    fsync_dir(path.parent)
    log.warning("store: finished an interrupted recovery of a damaged database")


def _try(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any] | None:
    try:
        return list(conn.execute(sql, params).fetchall())
    except sqlite3.DatabaseError:
        return None


def read_table(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], upper_bound: int | None
) -> tuple[list[Row], list[int]]:
    """Every readable row of ``table`` (by rowid, in runs, row by row around damage), and
    the rowids that could not be read."""
    names = ", ".join(columns)
    # Table and column names are this module's constants, never input.
    run_sql = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT {_RUN}"  # noqa: S608
    one_sql = f"SELECT rowid, {names} FROM {table} WHERE rowid = ?"  # noqa: S608
    rows: list[Row] = []
    unreadable: list[int] = []
    last = 0
    misses = 0
    while True:
        run = _try(conn, run_sql, (last,))
        if run is not None:
            if not run:
                break
            rows.extend(dict(zip(columns, r[1:], strict=True)) for r in run)
            last, misses = int(run[-1][0]), 0
            continue
        last += 1
        if upper_bound is not None and last > upper_bound:
            break
        one = _try(conn, one_sql, (last,))
        if one is None:
            unreadable.append(last)
            misses += 1
            if upper_bound is None and misses > _MAX_MISSES:
                # No bound known: the trailing failures are most likely rowids never used.
                del unreadable[-misses:]
                break
        elif one:
            rows.append(dict(zip(columns, one[0][1:], strict=True)))
            misses = 0
    return rows, unreadable


@dataclass
class _Salvaged:
    version: int | None = None
    meta: dict[str, str] = field(default_factory=dict)
    events: list[Row] = field(default_factory=list)
    events_unreadable: list[int] = field(default_factory=list)
    outbox: dict[str, Row] = field(default_factory=dict)
    export_log: list[Row] = field(default_factory=list)
    readable: bool = False


def _read_damaged(path: Path) -> _Salvaged:
    out = _Salvaged()
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return out
    try:
        if _try(conn, "SELECT count(*) FROM sqlite_master") is None:
            return out  # not even the schema: nothing can be read
        out.readable = True
        version = _try(conn, "PRAGMA user_version")
        out.version = int(version[0][0]) if version else None
        meta_rows, _ = read_table(conn, "meta", ["key", "value"], None)
        out.meta = {str(r["key"]): str(r["value"]) for r in meta_rows}
        bound = _try(conn, "SELECT seq FROM sqlite_sequence WHERE name = 'events'")
        upper = int(bound[0][0]) if bound else None
        version_found = out.version or 3
        columns = (
            EVENT_COLUMNS_V5
            if version_found >= 5
            else EVENT_COLUMNS_V3
            if version_found >= 3
            else EVENT_COLUMNS_V2
        )
        out.events, out.events_unreadable = read_table(conn, "events", columns, upper)
        outbox_rows, _ = read_table(conn, "outbox", OUTBOX_COLUMNS, upper)
        out.outbox = {str(r["event_id"]): r for r in outbox_rows}
        out.export_log, _ = read_table(conn, "export_log", EXPORT_LOG_COLUMNS, None)
    finally:
        conn.close()
    return out


@dataclass(frozen=True)
class ReadableCounts:
    """What a read-only look at a damaged file could count (no personal data)."""

    #: Outbox rows per state that could be read.
    states: dict[str, int]
    #: Records (event rows) that could be read.
    records: int
    #: Record rows that could not be read (by rowid, up to the highest one known).
    unreadable: int


def count_readable(path: Path) -> ReadableCounts | None:
    """Count what can still be read from a damaged ``path``, read-only (for a status next to
    a running kiosk: nothing is written, moved or locked for long). None when not even the
    schema can be read."""
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=2, check_same_thread=False)
    except (sqlite3.Error, ValueError):
        return None
    try:
        if _try(conn, "SELECT count(*) FROM sqlite_master") is None:
            return None
        bound = _try(conn, "SELECT seq FROM sqlite_sequence WHERE name = 'events'")
        upper = int(bound[0][0]) if bound else None
        events, unreadable = read_table(conn, "events", ["event_id"], upper)
        boxes, _ = read_table(conn, "outbox", ["state"], upper)
    finally:
        conn.close()
    states = dict.fromkeys(_STATES, 0)
    for box in boxes:
        if box["state"] in states:
            states[box["state"]] += 1
    return ReadableCounts(states, len(events), len(unreadable))


def _insert(conn: sqlite3.Connection, table: str, row: Row, *, ignore: bool = False) -> bool:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cur = conn.execute(f"{verb} INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    return bool(cur.rowcount)


_STATES = ("pending", "in_flight", "sent", "dead")


def _queued(event: Row, now: datetime) -> Row:
    """A fresh outbox row for a salvaged record whose own could not be read: queued again
    (the server answers "duplicate" if it already has it)."""
    return {
        "event_id": event["event_id"],
        "seq": event["seq"],
        "state": "pending",
        "attempts": 0,
        "next_attempt_at": now.timestamp(),
        "created_at": event["recorded_at"] or now.astimezone(UTC).isoformat(),
    }


def _verdict(box: Row, problem: str | None) -> Row:
    """A record that failed its authenticity check is quarantined, with the reason."""
    return box if problem is None else {**box, "state": "dead", "last_error": problem}


def _write_fresh(
    target: Path,
    found: _Salvaged,
    *,
    prepare: Callable[[sqlite3.Connection, int | None], None],
    verifier: Verifier | None,
    now: datetime,
    moved_to: str,
    report_key: str,
) -> SalvageReport:
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        prepare(conn, found.version)
        conn.execute("BEGIN IMMEDIATE")
        for key, value in found.meta.items():
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
        for entry in found.export_log:
            with contextlib.suppress(sqlite3.IntegrityError):
                _insert(conn, "export_log", entry, ignore=True)
        salvaged: set[str] = set()
        quarantined: list[str] = []
        refused = 0
        unknown_state = 0
        for event in found.events:
            event_id = str(event["event_id"])
            if event_id in salvaged:
                continue  # a damaged page repeating an id: the first copy wins
            try:
                if not _insert(conn, "events", event, ignore=True):
                    continue
            except sqlite3.IntegrityError:
                refused += 1  # a damaged value the schema refuses (a NULL kind...): lost
                continue
            salvaged.add(event_id)
            problem = verifier(event) if verifier is not None else None
            if event.get("received_from") is not None:
                continue  # a peer's record: the server gets it from its own terminal
            box = found.outbox.get(event_id)
            if box is None or box.get("state") not in _STATES:
                unknown_state += 1
                box = _queued(event, now)
            elif box["state"] == "in_flight":
                box = {**box, "state": "pending", "next_attempt_at": now.timestamp()}
            try:
                _insert(conn, "outbox", _verdict({**box, "seq": event["seq"]}, problem))
            except sqlite3.IntegrityError:
                unknown_state += 1  # its outbox row holds damaged values: queued again
                _insert(conn, "outbox", _verdict(_queued(event, now), problem))
            if problem is not None:
                quarantined.append(event_id)
        lost_ids = sorted(set(found.outbox) - salvaged)
        lost: int | None = (
            max(len(found.events_unreadable) + refused, len(lost_ids)) if found.readable else None
        )
        report = SalvageReport(
            at=now.astimezone(UTC).isoformat(timespec="seconds"),
            moved_to=moved_to,
            salvaged=len(salvaged),
            lost=lost,
            lost_ids=lost_ids,
            quarantined=quarantined,
            unknown_state=unknown_state,
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (report_key, report.to_json())
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return report


def recover(
    path: Path,
    *,
    now: datetime,
    prepare: Callable[[sqlite3.Connection, int | None], None],
    verifier_for: Callable[[dict[str, str]], Verifier | None],
    report_key: str,
) -> SalvageReport:
    """Salvage ``path`` into a fresh file, move the damaged one aside, put the fresh one in
    place. Every connection to ``path`` in this process must be closed first.

    ``prepare(conn, version)`` creates the schema (of the damaged file's version) in the
    fresh file; ``verifier_for(meta)`` gives the authenticity check for the old file's key
    check value (None: copy without checking).
    """
    salvage = _salvage_path(path)
    for suffix in ("", *_SIDE_FILES):  # a partial copy from an interrupted attempt
        with contextlib.suppress(FileNotFoundError):
            _side(salvage, suffix).unlink()
    found = _read_damaged(path)
    aside = _aside_path(path, now)
    report = _write_fresh(
        salvage,
        found,
        prepare=prepare,
        verifier=verifier_for(found.meta),
        now=now,
        moved_to=aside.name,
        report_key=report_key,
    )
    fsync_dir(path.parent)
    _move_with_sides(path, aside)
    fsync_dir(path.parent)
    salvage.rename(path)
    fsync_dir(path.parent)
    log.error(
        "store: the database was damaged; moved aside, %d record(s) salvaged, %s lost,"
        " %d quarantined",
        report.salvaged,
        "an unknown number" if report.lost is None else report.lost,
        len(report.quarantined),
    )
    return report
