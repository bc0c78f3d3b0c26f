"""Helpers shared by the sync tests (run the outbox tool, read and answer a batch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.sync import HttpAnswer
from kiosk.sync.contract import canonical_json
from tests.fixtures.server import REPO


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m kiosk.outbox ARGS`` as staff would run it, on the data folder ``home``."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk.outbox", *args],
        check=False,
        cwd=REPO,
        env={**os.environ, "KIOSK_HOME": str(home)},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def batch_ids(body: bytes) -> list[str]:
    """The event ids of one batch the worker sent."""
    return [e["event_id"] for e in json.loads(body)["events"]]


def answer(results: list[dict[str, str]]) -> HttpAnswer:
    """The server's answer to a batch: one result per event."""
    return HttpAnswer(200, "application/json", canonical_json({"results": results}))
