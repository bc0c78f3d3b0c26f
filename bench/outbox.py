"""Outbox benchmark: durable commit latency and draining 10,000 records to the reference server.

    .venv/bin/python bench/outbox.py [--commits 300] [--records 10000] [--batch-size 200]

Prints one JSON object:
  commit_ms_median, commit_ms_p95  one check-in recorded durably (WAL + synchronous=FULL:
                                   encrypt, fingerprint, event + outbox row, fsync)
  drain_10000_s                    10,000 queued records sent to the reference server (a
                                   separate process on 127.0.0.1, started here) until every
                                   one is acknowledged and marked sent
plus the goals and whether they were met. Data lives in a temporary folder on the same file
system as the system temp dir (reported as "filesystem_dir").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.domain import CardType, RegistrationType, Sex, SituationFlag
from kiosk.mgmt_server.process import ServerProcess
from kiosk.records import Event, EventKind, Person
from kiosk.store import FakeKeyProvider, KeyFileProvider, RecordStore
from kiosk.sync import HttpTransport, SyncWorker

GOAL_COMMIT_P95_MS = 20.0
GOAL_DRAIN_S = 10.0


def make_event(n: int) -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id="bench-shelter",
        terminal_id="bench-terminal",
        occurred_at=datetime(2026, 9, 1, tzinfo=UTC) + timedelta(seconds=n),
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        card_type=CardType.MYNUMBER,
        person=Person(
            name=f"ベンチ\u3000花子{n}",
            address=f"熊本県荒尾市ベンチ町{n}番地の{n % 97}",
            birth_date=date(1940 + n % 70, 1 + n % 12, 1 + n % 28),
            sex=Sex.FEMALE,
            phone="090-1234-5678",
            message_to_staff="",
        ),
        consent_version="2026-08",
        situation=frozenset({SituationFlag.NEEDS_ASSISTANCE}) if n % 5 == 0 else frozenset(),
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def bench_commits(workdir: Path, count: int) -> list[float]:
    store = RecordStore(workdir / "commit.sqlite3", KeyFileProvider(workdir / "store.key"))
    try:
        for n in range(20):  # warm-up: file creation, first pages
            store.record(make_event(1_000_000 + n))
        timings = []
        for n in range(count):
            event = make_event(n)
            start = time.perf_counter()
            store.record(event)
            timings.append((time.perf_counter() - start) * 1000)
        return timings
    finally:
        store.close()


def bench_drain(workdir: Path, records: int, batch_size: int) -> tuple[float, int]:
    store = RecordStore(workdir / "drain.sqlite3", FakeKeyProvider())
    server = ServerProcess(workdir / "server")
    try:
        for start in range(0, records, 1000):
            store.record_many([make_event(n) for n in range(start, min(records, start + 1000))])
        server.start()
        worker = SyncWorker(
            store, HttpTransport(server.url, server.token, timeout_s=30), batch_size=batch_size
        )
        began = time.perf_counter()
        status = worker.sync_once()
        elapsed = time.perf_counter() - began
        if status.sent != records or server.event_count() != records:
            raise SystemExit(
                f"drain incomplete: sent {status.sent}, on server {server.event_count()}, "
                f"last error {status.last_error!r}"
            )
        return elapsed, server.event_count()
    finally:
        server.stop()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="outbox-bench-") as tmp:
        workdir = Path(tmp)
        timings = bench_commits(workdir, args.commits)
        drain_s, delivered = bench_drain(workdir, args.records, args.batch_size)
    median = statistics.median(timings)
    p95 = percentile(timings, 0.95)
    result = {
        "commit_ms_median": round(median, 3),
        "commit_ms_p95": round(p95, 3),
        "commit_ms_max": round(max(timings), 3),
        "commits_measured": len(timings),
        "drain_10000_s": round(drain_s, 3),
        "drain_records": delivered,
        "batch_size": args.batch_size,
        "durability": "journal_mode=WAL, synchronous=FULL",
        "filesystem_dir": tempfile.gettempdir(),
        "goals": {"commit_ms_p95_max": GOAL_COMMIT_P95_MS, "drain_10000_s_max": GOAL_DRAIN_S},
        "goals_met": {
            "commit_ms_p95": p95 <= GOAL_COMMIT_P95_MS,
            "drain_10000_s": drain_s <= GOAL_DRAIN_S,
        },
    }
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
