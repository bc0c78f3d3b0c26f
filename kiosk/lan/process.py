"""Terminals as real processes (``python -m kiosk.lan``) on loopback ports, each with its own
data folder: driven over a JSON-lines pipe, killed with SIGKILL when a test says so. Used by
tests/lan and bench/shelter_lan.py."""

from __future__ import annotations

import contextlib
import json
import select
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.lan import protocol
from kiosk.mgmt_server.process import REPO
from kiosk.records import Event, Person

#: The code and shelter of the test and bench terminals (fictitious).
CODE = "ACDE-FGHJ-KMNP"
SHELTER = "shelter-042"


class NodeProcess:
    def __init__(
        self,
        data: Path,
        terminal: str,
        *,
        peers: list[str] | None = None,
        port: int = 0,
        api_url: str = "",
        api_token_file: Path | None = None,
        code: str = CODE,
        extra: tuple[str, ...] = (),
    ) -> None:
        self.data = data
        self.terminal = terminal
        self.peers = peers or []
        self.port = port
        self.api_url = api_url
        self.api_token_file = api_token_file
        self.code = code
        self.extra = extra
        self.proc: subprocess.Popen[str] | None = None
        #: The ready line of the last start (``port``; ``registration_url`` with --phone-port).
        self.ready: dict[str, Any] = {}

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> NodeProcess:
        args = [
            sys.executable,
            "-m",
            "kiosk.lan",
            "--data",
            str(self.data),
            "--terminal",
            self.terminal,
            "--shelter",
            SHELTER,
            "--code-stdin",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *[a for p in self.peers for a in ("--peer", p)],
            *self.extra,
        ]
        if self.api_url and self.api_token_file is not None:
            args += ["--api-url", self.api_url, "--api-token-file", str(self.api_token_file)]
        self.spawn(args)
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(self.code + "\n")
        self.proc.stdin.flush()
        ready = self._read(timeout_s)
        if not ready.get("ready"):
            raise RuntimeError(f"{self.terminal} did not start")
        self.port = int(ready["port"])
        self.ready = ready
        return self

    def spawn(self, args: list[str], env: dict[str, str] | None = None) -> None:
        """Start ``args`` in the repository, its stderr appended to ``<terminal>.stderr``
        beside the data folder, driven over its stdin and stdout."""
        stderr = (self.data.parent / f"{self.terminal}.stderr").open("a")
        self.proc = subprocess.Popen(
            args,
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        stderr.close()

    def _read(self, timeout_s: float) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout_s)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            raise RuntimeError(f"{self.terminal} gave no answer")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, op: str, timeout_s: float = 60.0, **fields: Any) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self.proc.stdin.flush()
        return self._read(timeout_s)

    def record(self, *events: Event) -> None:
        self.ask("record", events=[protocol.event_to_lan(e) for e in events])

    def open_check_in(self, person: Person) -> str | None:
        found = self.ask("open_check_in", person=person.to_json())["event_id"]
        return str(found) if found else None

    def register_household(self, *members: Person) -> list[str]:
        """Staff register these people by proxy, as one household (kiosk.registration)."""
        answer = self.ask("register_household", members=[m.to_json() for m in members])
        return [str(i) for i in answer["recorded"]]

    def roster_counts(self, today: date) -> dict[str, Any]:
        """The shelter's counts as this terminal sees them (kiosk.roster)."""
        found: dict[str, Any] = self.ask("roster_counts", today=today.isoformat())["counts"]
        return found

    def ids(self) -> set[str]:
        return set(self.ask("ids")["ids"])

    def counts(self) -> dict[str, Any]:
        return self.ask("counts")

    def kill(self) -> None:
        """SIGKILL: the terminal vanishes mid-whatever (power cut, crash)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self._close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(RuntimeError, BrokenPipeError, ValueError):
                self.ask("quit", timeout_s=1)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._close()

    def _close(self) -> None:
        if self.proc is not None:
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    with contextlib.suppress(BrokenPipeError):
                        pipe.close()
