"""``python -m kiosk.outbox``: see and flush the outbox without the UI.

    python -m kiosk.outbox [--db PATH] status [--json]
    python -m kiosk.outbox [--db PATH] sync --once|--forever [--token-stdin] [--url URL]
                                            [--recover-in-flight]
    python -m kiosk.outbox [--db PATH] inspect [--json] [--check]
    python -m kiosk.outbox [--db PATH] retry-dead
    python -m kiosk.outbox [--db PATH] purge
    python -m kiosk.outbox [--db PATH] recover
    python -m kiosk.outbox [--db PATH] requeue-demo-delivered [--demo-db PATH]
    python -m kiosk.outbox [--db PATH] export --out PATH [--include-sent] [--passphrase-stdin]
    python -m kiosk.outbox [--db PATH] pfif --out PATH --domain DOMAIN [--passphrase-stdin]

Settings come from kiosk.settings (``KIOSK_HOME`` moves the data folder). The token is read
from standard input with ``--token-stdin`` (so it never appears in the process list or shell
history), else from the settings file. Output holds counts, ids, kinds, times, the typed
problem, HTTP status and the server's error code: never personal data and never the server's
own text (it may echo the record or the token).

A damaged database: ``status`` counts what a read-only salvage read finds and says what to
do; ``sync`` refuses it; ``recover`` (only while the kiosk is stopped: it holds the data
folder's lock) moves it aside and salvages every readable record, as the kiosk does at start.

Exit codes: 0 done; 1 something is still waiting, was refused, is quarantined, could not be
purged yet, or the database is damaged (status) or lost records (recover); 2 usage or set-up
problem (no database, no URL, key lost, damaged database for sync, the kiosk is running for
recover or requeue-demo-delivered).

``requeue-demo-delivered``: old versions' demo mode sent real pending records to its local
server (``<data>/demo-server/server.sqlite3``) and marked them sent; this puts every record
of this store that the demo database holds and that is marked sent back in the queue (the
management server deduplicates by id). The demo database is only read; IT deletes it after
the records are delivered (it holds them in plaintext).
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from kiosk import paths
from kiosk import settings as settings_module
from kiosk.errors import KioskError
from kiosk.export import cli as export_cli
from kiosk.instance_lock import InstanceLock, InstanceLockedError
from kiosk.outbox.demo_leak import default_demo_db, demo_event_ids
from kiosk.store.crypto import RecordCipher
from kiosk.store.factory import open_store, recover_damaged, store_key_provider
from kiosk.store.inspection import inspect_database
from kiosk.store.retention import manual_purge
from kiosk.store.salvage import SalvageReport, count_readable
from kiosk.store.store import PurgeStatus, RecordStore, StoreCondition, StoreCorruptError
from kiosk.sync.factory import build_worker
from kiosk.sync.status import SyncStatus
from kiosk.sync.transport import InsecureUrlError, check_url
from kiosk.sync.worker import SyncWorker, read_status


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kiosk.outbox", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--db", type=Path, help="record database (default: from the settings)")
    sub = parser.add_subparsers(dest="command", required=True)
    status = sub.add_parser("status", help="counts per state, last success, last error")
    status.add_argument("--json", action="store_true", help="one JSON object")
    sync = sub.add_parser("sync", help="send waiting records now, without the UI")
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="send what is waiting, then exit")
    mode.add_argument("--forever", action="store_true", help="keep sending until Ctrl+C")
    sync.add_argument(
        "--token-stdin", action="store_true", help="read the API token from standard input"
    )
    sync.add_argument("--url", help="management API URL (default: from the settings)")
    sync.add_argument(
        "--recover-in-flight",
        action="store_true",
        help="put records another sender had claimed (in flight) back in the queue at once;"
        " ONLY when the kiosk is not running (claims older than 10 minutes are put back"
        " without this flag)",
    )
    inspect = sub.add_parser(
        "inspect",
        help="tables, columns, indexes and row counts of the database, read-only (no key,"
        " no record content)",
    )
    inspect.add_argument("--json", action="store_true", help="one JSON object")
    inspect.add_argument("--check", action="store_true", help="also run SQLite's quick_check")
    sub.add_parser("retry-dead", help="give quarantined records another try")
    sub.add_parser(
        "purge",
        help="erase personal data now (only when the shelter is closed and all is sent)",
    )
    sub.add_parser(
        "recover",
        help="move a damaged database aside and salvage every readable record"
        " (only while the kiosk is stopped)",
    )
    requeue = sub.add_parser(
        "requeue-demo-delivered",
        help="queue again the records an old demo sent to its local server"
        " (only while the kiosk is stopped)",
    )
    requeue.add_argument(
        "--demo-db",
        type=Path,
        help="the old demo server's database (default: <data folder>/demo-server/server.sqlite3)",
    )
    export_cli.add_parsers(sub)
    return parser


#: What staff should do about a damaged database (status and sync say it).
CORRUPT_ADVICE = (
    "stop the kiosk; the kiosk recovers at start, or run `python -m kiosk.outbox recover`"
)
#: Purge outcomes that leave nothing to do (exit 0); the others wait or were refused (1).
_PURGE_DONE = frozenset({PurgeStatus.PURGED, PurgeStatus.NOTHING_LEFT})


def status_dict(store: RecordStore, status: SyncStatus) -> dict[str, Any]:
    report = store.salvage_report()
    return {
        "database": str(store.path),
        "condition": store.condition.value,
        "salvage": _report_dict(report) if report else None,
        "counts": {
            "pending": status.pending,
            "in_flight": status.in_flight,
            "sent": status.sent,
            "dead": status.dead,
        },
        "waiting": status.waiting,
        "last_success_at": status.last_success_at.isoformat() if status.last_success_at else None,
        "last_error": status.last_error,
        "problem": status.problem.value if status.problem else None,
        "problem_since": status.problem_since.isoformat() if status.problem_since else None,
        "http_status": status.http_status,
        "server_code": status.server_code,
        "problem_event_id": status.problem_event_id,
        "clock_offset_minutes": status.clock_offset_minutes,
        "stranded_in_flight": status.stranded,
        "auth_rejected": status.auth_rejected,
        "server_rejected": status.server_rejected,
        # The shelter's other terminals (docs/lan.md): what each still lacks from this one.
        "peers": store.peers.delivery_counts(),
        "records_by_kind": store.kind_counts(),
        "records_with_personal_data": store.personal_rows(),
        "dead_records": [
            {
                "event_id": d.event_id,
                "kind": d.kind,
                "occurred_at": d.occurred_at,
                "attempts": d.attempts,
                "reason": d.reason.value,
                "error": d.last_error,
            }
            for d in store.dead_records()
        ],
        "exports": [
            {
                "exported_at": e.exported_at,
                "kind": e.kind,
                "records": e.records,
                "file_name": e.file_name,
            }
            for e in store.export_log(5)
        ],
    }


def _report_dict(report: SalvageReport) -> dict[str, Any]:
    return {
        "at": report.at,
        "moved_to": report.moved_to,
        "salvaged": report.salvaged,
        "lost": report.lost,
        "lost_ids": report.lost_ids,
        "quarantined": len(report.quarantined),
        "queued_again": report.unknown_state,
    }


def _print_salvage(salvage: dict[str, Any]) -> None:
    lost = "an unknown number" if salvage["lost"] is None else salvage["lost"]
    _out(
        f"recovered:      {salvage['at']}: damaged file moved aside to {salvage['moved_to']};"
        f" {salvage['salvaged']} record(s) salvaged, {lost} lost,"
        f" {salvage['quarantined']} quarantined, {salvage['queued_again']} queued again"
    )
    for event_id in salvage["lost_ids"]:
        _out(f"  lost {event_id}")


def _print_status(data: dict[str, Any]) -> None:
    counts = data["counts"]
    _out(f"database:       {data['database']}")
    if data.get("salvage"):
        _print_salvage(data["salvage"])
    _out(
        f"waiting:        {data['waiting']} "
        f"(pending {counts['pending']}, in flight {counts['in_flight']})"
    )
    _out(f"sent:           {counts['sent']}")
    _out(f"dead:           {counts['dead']}")
    _out(f"last success:   {data['last_success_at'] or 'never'}")
    _out(f"last error:     {data['last_error'] or '-'}")
    if data.get("problem"):
        details = [
            f"since {data['problem_since']}" if data.get("problem_since") else "",
            f"HTTP {data['http_status']}" if data.get("http_status") else "",
            f"code {data['server_code']}" if data.get("server_code") else "",
            f"record {data['problem_event_id']}" if data.get("problem_event_id") else "",
        ]
        _out(f"problem:        {data['problem']} " + ", ".join(d for d in details if d))
    if data.get("clock_offset_minutes") is not None:
        _out(
            f"clock:          WRONG by {data['clock_offset_minutes']} min against the server;"
            " set the terminal's time"
        )
    if data.get("stranded_in_flight"):
        _out(
            f"in flight:      {data['stranded_in_flight']} record(s) claimed by a sender that"
            " stopped; they go back to the queue after the lease or with --recover-in-flight"
        )
    if data.get("key_available") is False:
        _out(
            f"key:            MISSING - personal data of the {data['waiting'] + counts['dead']}"
            " unsent record(s) cannot be recovered; see docs/store.md"
        )
    exports = data.get("exports") or []
    if exports:
        last = exports[0]
        _out(
            f"last export:    {last['exported_at']} {last['kind']}, {last['records']} record(s)"
            f" -> {last['file_name']}"
        )
    if data["auth_rejected"]:
        _out("token:          REFUSED by the server; fix it in the settings")
    if data.get("server_rejected"):
        _out(
            "server:         REFUSED the records as a whole (see last error); nothing was"
            " quarantined: fix the settings or the server, then sync again"
        )
    for peer, rows in sorted((data.get("peers") or {}).items()):
        _out(
            f"peer {peer}: waiting {rows['pending'] + rows['in_flight']}, sent {rows['sent']},"
            f" refused {rows['dead']}"
        )
    for dead in data["dead_records"]:
        _out(
            f"  dead {dead['event_id']} {dead['kind']} {dead['occurred_at']}"
            f" [{dead['reason']}]: {dead['error']}"
        )


def _read_token_stdin() -> str:
    token = sys.stdin.readline().strip()
    if not token:
        raise SystemExit("no token on standard input")
    return token


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    config = settings_module.load()
    db_path: Path = args.db or config.database_path()
    if args.command != "sync" and not db_path.exists():
        _err(f"no record database at {db_path}")
        return 2
    try:
        if args.command == "status":
            return _status(config, db_path, as_json=args.json)
        if args.command == "sync":
            return _sync(config, db_path, args)
        if args.command == "inspect":
            return _inspect(db_path, as_json=args.json, check=args.check)
        if args.command == "retry-dead":
            with open_store(config, db_path=db_path, with_key=False, requeue_in_flight=False) as s:
                _out(f"{s.retry_dead()} record(s) queued again")
            return 0
        if args.command == "purge":
            with open_store(config, db_path=db_path, with_key=False, requeue_in_flight=False) as s:
                result = manual_purge(s)
            _out(f"purged personal data from {result.purged} record(s): {result.reason}")
            return 0 if result.status in _PURGE_DONE else 1
        if args.command == "recover":
            return _recover(config, db_path)
        if args.command == "requeue-demo-delivered":
            return _requeue_demo(config, db_path, args.demo_db or default_demo_db())
        if args.command in export_cli.COMMANDS:
            return export_cli.run(args, config, db_path)
    except KioskError as exc:
        _err(f"{exc.code}: {exc}")
        if isinstance(exc, StoreCorruptError):
            _err(CORRUPT_ADVICE)
        return 2
    raise AssertionError(args.command)


def _inspect(db_path: Path, *, as_json: bool, check: bool) -> int:
    try:
        info = inspect_database(db_path, check=check)
    except sqlite3.DatabaseError as exc:
        _err(f"not a readable record database ({type(exc).__name__})")
        _err(CORRUPT_ADVICE)
        return 2
    if as_json:
        _out(json.dumps(info.as_dict(), ensure_ascii=False, sort_keys=True))
    else:
        _out(
            f"{info.path}: schema {info.schema_version}, journal {info.journal_mode},"
            f" {info.pages} pages of {info.page_size} bytes"
        )
        for table in info.tables:
            _out(f"  {table.name}: {table.rows} row(s)")
            _out(f"    columns: {', '.join(table.columns)}")
            if table.indexes:
                _out(f"    indexes: {', '.join(table.indexes)}")
        if info.quick_check is not None:
            _out(f"quick_check: {info.quick_check}")
    return 0 if info.quick_check in (None, "ok") else 1


def _key_available(store: RecordStore) -> bool:
    """Whether the key that wrote this database is still there (never creates one)."""
    stored_check = store.meta_get("key_check")
    if stored_check is None:
        return True  # nothing encrypted yet; a key is created with the first record
    key = store_key_provider().load()
    return key is not None and RecordCipher(key).key_check == stored_check


def _status(config: settings_module.Settings, db_path: Path, *, as_json: bool) -> int:
    try:
        store = open_store(config, db_path=db_path, with_key=False, requeue_in_flight=False)
    except StoreCorruptError:
        return _damaged_status(db_path, as_json=as_json)
    with store:
        status = read_status(store)
        data = status_dict(store, status)
        data["key_available"] = _key_available(store)
    if as_json:
        _out(json.dumps(data, ensure_ascii=False, sort_keys=True))
    else:
        _print_status(data)
    return 0 if status.dead == 0 and data["key_available"] else 1


def _damaged_status(db_path: Path, *, as_json: bool) -> int:
    """The database is damaged and this process may not recover it: count what a read-only
    salvage read finds, and say what to do."""
    found = count_readable(db_path)
    data: dict[str, Any] = {
        "database": str(db_path),
        "condition": StoreCondition.CORRUPT.value,
        "salvage_read": found is not None,
        "counts": found.states if found else None,
        "records_readable": found.records if found else None,
        "records_unreadable": found.unreadable if found else None,
        "advice": CORRUPT_ADVICE,
    }
    if as_json:
        _out(json.dumps(data, ensure_ascii=False, sort_keys=True))
        return 1
    _out(f"database:       {db_path}")
    _out("condition:      store_corrupt - the record database is DAMAGED")
    if found is None:
        _out("readable:       nothing (not even its table list)")
    else:
        counts = found.states
        _out(
            f"readable:       {found.records} record(s), {found.unreadable} unreadable"
            " (a read-only salvage read)"
        )
        _out(
            f"outbox:         pending {counts['pending']}, in flight {counts['in_flight']},"
            f" sent {counts['sent']}, dead {counts['dead']}"
        )
    _out(f"what to do:     {CORRUPT_ADVICE}")
    return 1


def _data_folder_lock(why: str) -> InstanceLock | None:
    """The kiosk's own lock on its data folder, or None (said on stderr) while it runs."""
    lock = InstanceLock(paths.data_dir())
    try:
        lock.acquire()
    except InstanceLockedError:
        _err(f"the kiosk is running on this data folder: nothing was done. Stop it first{why}.")
        return None
    return lock


def _recover(config: settings_module.Settings, db_path: Path) -> int:
    lock = _data_folder_lock(" (the kiosk itself recovers a damaged database when it starts)")
    if lock is None:
        return 2
    with lock:
        report = recover_damaged(config, db_path=db_path)
    if report is None:
        _out("the record database is not damaged; nothing to do")
        return 0
    _print_salvage(_report_dict(report))
    _out("the kiosk shows this report to staff until they acknowledge it")
    return 0 if report.lost == 0 else 1


def _requeue_demo(config: settings_module.Settings, db_path: Path, demo_db: Path) -> int:
    lock = _data_folder_lock("")
    if lock is None:
        return 2
    with lock:
        held = demo_event_ids(demo_db)
        with open_store(config, db_path=db_path, with_key=False, requeue_in_flight=False) as s:
            queued, purged = s.requeue_sent(sorted(held))
    _out(f"demo database:  {demo_db} holds {len(held)} record(s)")
    _out(
        f"{queued} record(s) queued again for the management server"
        " (it deduplicates by id: nothing can arrive twice)"
    )
    if purged:
        _out(
            f"{len(purged)} record(s) had their personal data purged here already and cannot"
            " be sent complete again; left as they are:"
        )
        for event_id in purged:
            _out(f"  purged {event_id}")
    _out(
        f"The demo database was NOT deleted: it holds these records in plaintext. IT should"
        f" delete {demo_db} (with its -wal and -shm files) once `python -m kiosk.outbox status`"
        " shows nothing waiting."
    )
    return 1 if purged else 0


def _sync(config: settings_module.Settings, db_path: Path, args: argparse.Namespace) -> int:
    token = _read_token_stdin() if args.token_stdin else None
    url = args.url or config.api.url
    if not url:
        _err("no management API URL: set it in the settings or pass --url")
        return 2
    try:
        check_url(url)  # before the database is opened or anything is sent
    except InsecureUrlError as exc:
        _err(f"{exc.code}: {exc}")
        return 2
    # The CLI runs next to the kiosk: taking back the kiosk's live claims would send them
    # twice at once. Stale claims (older than the lease) are put back by the store anyway.
    with open_store(
        config, db_path=db_path, requeue_in_flight=bool(args.recover_in_flight)
    ) as store:
        # --forever runs next to a kiosk that may still be recording: look every 2 s.
        worker = build_worker(config, store, token=token, url=url, max_idle_wait_s=2.0)
        assert worker is not None
        if args.once:
            worker.wake(retry_now=True)
            status = worker.sync_once()
        else:
            status = _sync_forever(worker)
        _print_status(status_dict(store, status))
    if status.auth_rejected or status.server_rejected or status.dead or status.waiting:
        return 1
    return 0


def _sync_forever(worker: SyncWorker) -> SyncStatus:
    done = threading.Event()
    last: list[tuple[int, int, int]] = []

    def on_status(status: SyncStatus) -> None:
        counts = (status.waiting, status.sent, status.dead)
        if not last or last[-1] != counts:
            last.append(counts)
            _out(
                f"waiting {status.waiting}, sent {status.sent}, dead {status.dead}"
                + (f", last error: {status.last_error}" if status.last_error else "")
            )

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    worker.listener = on_status
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    worker.start()
    worker.wake(retry_now=True)
    done.wait()
    worker.stop()
    return worker.status()
