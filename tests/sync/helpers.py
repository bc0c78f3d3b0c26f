"""Helpers shared by the sync tests (run the outbox tool, read and answer a batch)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kiosk.sync import HttpAnswer
from kiosk.sync.contract import canonical_json
from tests.fixtures.processes import run_module


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m kiosk.outbox ARGS`` as staff would run it, on the data folder ``home``."""
    return run_module(home, "kiosk.outbox", *args, stdin=stdin)


def batch_ids(body: bytes) -> list[str]:
    """The event ids of one batch the worker sent."""
    return [e["event_id"] for e in json.loads(body)["events"]]


def answer(results: list[dict[str, str]]) -> HttpAnswer:
    """The server's answer to a batch: one result per event."""
    return HttpAnswer(200, "application/json", canonical_json({"results": results}))
