"""Shared helpers for the export tests: real SQLite stores, real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk import settings as settings_module
from kiosk.export.envelope import KdfParams
from kiosk.records import Event
from kiosk.store.factory import open_store
from kiosk.store.store import RecordStore
from tests.fixtures.processes import run_module
from tests.fixtures.server import REPO
from tests.store.factories import check_in

#: Cheap scrypt for in-process tests (the CLI always uses the real default).
FAST_KDF = KdfParams(log2_n=10, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


def open_test_store() -> RecordStore:
    """The kiosk's own store in KIOSK_HOME (the kiosk_home fixture sets it)."""
    return open_store(settings_module.load())


def record_check_ins(store: RecordStore, n: int, *, start: int = 0) -> list[Event]:
    events = [check_in(start + i) for i in range(n)]
    store.record_many(events)
    return events


def run_outbox(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_module(home, "kiosk.outbox", *args, stdin=stdin)


def run_import(
    home: Path,
    db: Path,
    source: Path,
    passphrase: str = PASSPHRASE,
    *extra: str,
    as_module: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python scripts/mgmt_server.py import`` (or ``-m kiosk.mgmt_server import``)
    exactly as documented."""
    entry = ["-m", "kiosk.mgmt_server"] if as_module else ["scripts/mgmt_server.py"]
    return subprocess.run(
        [
            sys.executable,
            *entry,
            "import",
            "--db",
            str(db),
            "--in",
            str(source),
            "--passphrase-stdin",
            *extra,
        ],
        check=False,
        cwd=REPO,
        env={**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(REPO)},
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
