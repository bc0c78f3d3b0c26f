"""A server (or proxy) that echoes the record and the Authorization header in its error texts
leaks nothing: not into the database file, not into the log, not into ``outbox status``.

Real pieces: a purpose-built HTTP server on 127.0.0.1, the kiosk's own database file, the
worker as the kiosk builds it, and ``python -m kiosk.outbox status`` as a separate process.
"""

from __future__ import annotations

import http.server
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk import settings as settings_module
from kiosk.store.factory import open_store
from kiosk.sync import SyncProblem, build_worker
from kiosk.sync.contract import canonical_json
from tests.fixtures.server import REPO
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(120)

TOKEN = "tok-EchoedBackByTheProxy-5f3a9c"
MESSAGE = "ペットの犬は車の中にいます"


class EchoServer:
    """Answers each batch in the next mode of ``modes``, echoing what it received."""

    def __init__(self, modes: list[str]) -> None:
        self.modes = modes
        echo = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                echo.answer(self, body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, handler: http.server.BaseHTTPRequestHandler, body: bytes) -> None:
        mode = self.modes.pop(0) if len(self.modes) > 1 else self.modes[0]
        events = json.loads(body)["events"]
        person = events[0]["person"]
        # What a careless server writes: the header, the fields it did not like, the body.
        echoed = (
            f"{handler.headers.get('Authorization', '')} name {person['name']} address"
            f" {person['address']} born {person['birth_date']} phone {person['phone']}"
            f" message {person['message_to_staff']} in {body.decode()}"
        )
        if mode == "per_record":
            results = [
                {
                    "event_id": e["event_id"],
                    "status": "rejected" if n == 0 else "retry",
                    "message": f"invalid: {echoed}",
                    "code": f"bad value {e['person']['name']}",  # not a machine word
                }
                for n, e in enumerate(events)
            ]
            status, content_type, out = 200, "application/json", {"results": results}
        elif mode == "plain":
            status, content_type, out = 502, "text/plain", echoed
        else:
            status = {"auth": 401, "error": 500, "conflict": 409}[mode]
            content_type = "application/json"
            out = {"error": {"code": "echo", "message": echoed, "detail": echoed}}
        data = out.encode() if isinstance(out, str) else canonical_json(out)
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def echo_server() -> Iterator[EchoServer]:
    server = EchoServer(["auth", "error", "plain", "conflict", "per_record"])
    yield server
    server.stop()


def secrets_of(events: list[Any]) -> list[str]:
    found = [TOKEN, MESSAGE]
    for event in events:
        person = event.person
        found += [person.name, person.address, person.phone.replace("-", "")]
        found.append(person.birth_date.strftime("%m-%d") if person.birth_date else "")
    return [s for s in found if s]


def test_echoed_records_and_tokens_are_never_kept(
    kiosk_home: Path, echo_server: EchoServer, caplog: pytest.LogCaptureFixture
) -> None:
    config = settings_module.load()
    config.api.url = echo_server.url
    config.api.token = TOKEN
    settings_module.save(config)
    store = open_store(settings_module.load())
    events = []
    for n in range(4):
        event = check_in(n)
        assert event.person is not None
        event = replace(event, person=replace(event.person, message_to_staff=MESSAGE))
        store.record(event)
        events.append(event)
    worker = build_worker(settings_module.load(), store)
    assert worker is not None
    seen: list[SyncProblem | None] = []
    with caplog.at_level(logging.DEBUG):
        for _ in range(5):
            worker.retry_auth()
            worker.wake(retry_now=True)
            seen.append(worker.sync_once().problem)
    status = worker.status()
    store.close()
    assert seen[:3] == [
        SyncProblem.AUTH_REJECTED,
        SyncProblem.SERVER_ERROR,
        SyncProblem.SERVER_ERROR,
    ]
    assert status.dead >= 1  # quarantined with the server's echo as its "reason"
    cli = [
        subprocess.run(
            [sys.executable, "-m", "kiosk.outbox", "status", *extra],
            cwd=REPO,
            env={**os.environ, "KIOSK_HOME": str(kiosk_home)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        for extra in ([], ["--json"])
    ]
    assert json.loads(cli[1].stdout)["dead_records"]
    database = settings_module.load().database_path()
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    raw = b"".join(p.read_bytes() for p in files)
    texts = {
        "log": caplog.text,
        "status": cli[0].stdout + cli[0].stderr,
        "status --json": cli[1].stdout + cli[1].stderr,
        "status object": repr(status),
    }
    for secret in secrets_of(events):
        assert secret.encode() not in raw, "personal data or the token in the database file"
        for where, text in texts.items():
            assert secret not in text, f"personal data or the token in {where}"
