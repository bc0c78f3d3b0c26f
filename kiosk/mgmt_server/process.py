"""The reference server as a separate process: used by the test fixtures and the bench.

The child prints ``listening on http://127.0.0.1:PORT`` once it accepts connections; the
parent waits for that line (with a deadline) instead of sleeping, and polls server state with
:func:`wait_until`.
"""

from __future__ import annotations

import contextlib
import secrets
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

REPO = (
    Path(__file__).resolve().parents[2]
)  # cwd of the child, so ``-m kiosk`` works from a checkout


def wait_until(
    predicate: Callable[[], bool], timeout_s: float = 20.0, interval_s: float = 0.02
) -> bool:
    """Poll ``predicate`` until it is true or the deadline passes; returns its last value."""
    deadline = time.monotonic() + timeout_s
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval_s)


class ServerProcess:
    def __init__(
        self,
        workdir: Path,
        *,
        args: tuple[str, ...] = (),
        port: int = 0,
        test_faults: bool = True,
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.workdir = workdir
        self.db_path = workdir / "server.sqlite3"
        self.token = secrets.token_urlsafe(24)
        self.token_file = workdir / "token.txt"
        self.token_file.write_text(self.token, encoding="utf-8")
        self.token_file.chmod(0o600)
        # Tests and the bench switch faults at run time: the fault endpoints are enabled.
        self.args = ("--test-faults", *args) if test_faults else args
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self._session = requests.Session()
        self._session.trust_env = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 15.0) -> ServerProcess:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        stderr = (self.workdir / "server.stderr").open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kiosk.mgmt_server",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--db",
                str(self.db_path),
                "--token-file",
                str(self.token_file),
                *self.args,
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        stderr.close()
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout_s)
        line = self.proc.stdout.readline().decode() if ready else ""
        if not line.startswith("listening on http://"):
            self.kill()
            raise RuntimeError("reference server did not start: " + self.stderr_tail())
        self.port = int(line.strip().rsplit(":", 1)[1])
        return self

    def stderr_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.workdir / "server.stderr").read_text(errors="replace")[-2000:]
        return ""

    def kill(self) -> None:
        """SIGKILL: the server vanishes mid-whatever, like a pulled cable or crashed host."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self._close_pipe()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._close_pipe()

    def _close_pipe(self) -> None:
        if self.proc is not None and self.proc.stdout is not None:
            self.proc.stdout.close()

    def set_faults(self, **faults: Any) -> dict[str, Any]:
        response = self._session.post(
            self.url + "/_admin/faults",
            json=faults,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=10,
        )
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def _query(self, sql: str) -> list[tuple[Any, ...]]:
        if not self.db_path.exists():
            return []
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=10)
        try:
            return list(conn.execute(sql).fetchall())
        except sqlite3.OperationalError:
            return []  # table not created yet
        finally:
            conn.close()

    def event_count(self) -> int:
        rows = self._query("SELECT count(*) FROM events")
        return int(rows[0][0]) if rows else 0

    def event_ids(self) -> list[str]:
        return [str(r[0]) for r in self._query("SELECT event_id FROM events")]

    def receipts(self) -> dict[str, int]:
        """How often each event arrived (more than 1 = a retry the server deduplicated)."""
        return {str(r[0]): int(r[1]) for r in self._query("SELECT event_id, receipts FROM events")}

    def payloads(self) -> list[str]:
        return [str(r[0]) for r in self._query("SELECT payload FROM events")]
