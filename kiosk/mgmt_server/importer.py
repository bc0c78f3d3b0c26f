"""Importing a kiosk's USB export into the reference server (docs/export.md).

The events go through :meth:`ServerDatabase.store`, the very function behind
``POST /v1/events:batch``, in chunks of at most MAX_BATCH: the same validation and the same
dedup (same id + same payload = duplicate, different payload = conflict). A file imported
twice, or imported after (or before) the kiosk synced over the network, stores nothing twice.

    python -m kiosk.mgmt_server import --db FILE --in EXPORT [--passphrase-stdin] [--json]

Exit codes: 0 every event is on the server; 1 some were conflicts or rejected (listed by id
with the server's message); 2 the file could not be read (wrong passphrase, damaged, not a
batch) or a set-up problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.export.batch import read_batch
from kiosk.export.passphrase import read_passphrase
from kiosk.mgmt_server.server import ServerDatabase
from kiosk.sync.contract import ACCEPTED, CONFLICT, DUPLICATE, MAX_BATCH, REJECTED


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    #: ``(event_id, status, message)`` for every conflict or rejection
    problems: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def import_events(database: ServerDatabase, events: list[Any]) -> ImportResult:
    counts: Counter[str] = Counter({ACCEPTED: 0, DUPLICATE: 0, CONFLICT: 0, REJECTED: 0})
    problems: list[tuple[str, str, str]] = []
    for start in range(0, len(events), MAX_BATCH):
        for result in database.store(events[start : start + MAX_BATCH]):
            counts[result["status"]] += 1
            if result["status"] in (CONFLICT, REJECTED):
                problems.append((result["event_id"], result["status"], result["message"]))
    return ImportResult(dict(counts), problems)


def import_file(database: ServerDatabase, path: Path, passphrase: str) -> ImportResult:
    body = read_batch(path.read_bytes(), passphrase)
    events: list[Any] = body["events"]
    return import_events(database, events)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mgmt_server import",
        description="Import a kiosk's encrypted USB export (same dedup as the HTTP endpoint).",
    )
    parser.add_argument("--db", type=Path, required=True, help="the server's SQLite file")
    parser.add_argument("--in", dest="source", type=Path, required=True, help="export file")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (else asked without echo)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if not args.source.is_file():
        sys.stderr.write(f"no export file at {args.source}\n")
        return 2
    try:
        passphrase = read_passphrase(from_stdin=args.passphrase_stdin, confirm=False)
        data = args.source.read_bytes()
        body = read_batch(data, passphrase)
    except KioskError as exc:
        sys.stderr.write(f"{exc.code}: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"cannot read the export file: {exc.strerror}\n")
        return 2
    database = ServerDatabase(args.db)
    try:
        result = import_events(database, body["events"])
    finally:
        database.close()
    if args.json:
        out = {
            "counts": result.counts,
            "problems": [
                {"event_id": eid, "status": status, "message": message}
                for eid, status, message in result.problems
            ],
        }
        sys.stdout.write(json.dumps(out, sort_keys=True) + "\n")
    else:
        c = result.counts
        sys.stdout.write(
            f"imported {result.total} event(s) from {args.source.name}: "
            f"accepted {c[ACCEPTED]}, duplicate {c[DUPLICATE]}, "
            f"conflict {c[CONFLICT]}, rejected {c[REJECTED]}\n"
        )
        for eid, status, message in result.problems:
            sys.stdout.write(f"  {status} {eid}: {message}\n")
    return 1 if result.problems else 0
