"""Reference management server: the contract in docs/management-api.md, nothing more.

A real HTTP server (stdlib ``ThreadingHTTPServer``) persisting to SQLite, deduplicating on
the event id: the same id with the same canonical payload is a ``duplicate`` (success), the
same id with a different payload a ``conflict``. For tests, benchmarks and the demo it can
misbehave on purpose (:class:`Faults`): added delay, a random error rate, dropping the
connection after storing, or answering 200 with an HTML page like a captive portal. Fault
injection exists only when the server is started for tests (``test_faults=True``,
``--test-faults``); then faults can be changed at run time through ``POST /_admin/faults``,
accepted only from loopback and only with the token.

Safe beyond loopback: the token is checked before any body is read, connections are bounded
(``max_connections``, each with an idle time-out), a non-loopback address is refused unless
TLS is configured, and the database file is created readable by its owner only (0600).
It is a reference, not the municipal system: it keeps what it receives in plaintext SQLite.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import logging
import os
import random
import socket
import sqlite3
import ssl
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kiosk.sync.contract import (
    ACCEPTED,
    API_VERSION,
    BATCH_PATH,
    CONFLICT,
    DUPLICATE,
    HEALTH_PATH,
    MAX_BATCH,
    MAX_REQUEST_BYTES,
    NOTICE_PATH_PREFIX,
    NOTICE_PATH_SUFFIX,
    REJECTED,
    canonical_json,
    error_body,
    payload_hash,
    validate_wire_event,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = MAX_REQUEST_BYTES
#: Connections served at once; more are answered 503 ``busy`` and closed.
MAX_CONNECTIONS = 32
#: At most this much of a refused request's unread body is discarded before closing.
LINGER_BYTES = 64 * 1024
#: Seconds a connection may stay silent (keep-alive or a slow client) before it is closed.
IDLE_TIMEOUT_S = 30.0
ADMIN_FAULTS_PATH = "/_admin/faults"
ADMIN_STATS_PATH = "/_admin/stats"
CAPTIVE_PORTAL_HTML = (
    b"<!DOCTYPE html><html><head><title>Wi-Fi login</title></head>"
    b"<body><h1>Welcome! Please accept the terms to use the free Wi-Fi.</h1></body></html>"
)
_LOOPBACK = frozenset({"127.0.0.1", "::1", "::ffff:127.0.0.1"})
_BUSY_BODY = canonical_json(error_body("busy", "too many connections; try again later"))
_BUSY_ANSWER = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
    b"Retry-After: 5\r\nConnection: close\r\nContent-Length: "
    + str(len(_BUSY_BODY)).encode()
    + b"\r\n\r\n"
    + _BUSY_BODY
)


@dataclass
class Faults:
    delay_ms: int = 0
    error_rate: float = 0.0
    drop_after_store: bool = False
    captive_portal: bool = False

    def update(self, data: dict[str, Any]) -> None:
        """Apply the given switches, all or none (ValueError leaves the faults unchanged)."""
        trial = Faults(**asdict(self))
        trial._apply(data)
        for name, value in asdict(trial).items():
            setattr(self, name, value)

    def _apply(self, data: dict[str, Any]) -> None:
        for name, kind in (
            ("delay_ms", int),
            ("error_rate", float),
            ("drop_after_store", bool),
            ("captive_portal", bool),
        ):
            if name in data:
                value = data[name]
                if kind is bool and not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
                if kind is not bool and (
                    isinstance(value, bool) or not isinstance(value, int | float)
                ):
                    raise ValueError(f"{name} must be a number")
                setattr(self, name, kind(value))
        if not 0.0 <= self.error_rate <= 1.0 or self.delay_ms < 0:
            raise ValueError("error_rate must be within 0..1 and delay_ms not negative")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    payload_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    shelter_id TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    training INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    receipts INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS shelters (
    shelter_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    event_id TEXT NOT NULL
);
"""


class InsecureBindError(ValueError):
    """A non-loopback address without TLS: the token and personal data would go in clear."""


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ServerDatabase:
    """The server's SQLite file; one connection, one lock: dedup is race-free.

    The file is created 0600 (SQLite gives its -wal and -shm files the same mode)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        with contextlib.suppress(OSError):
            path.chmod(0o600)  # an older file, or a umask that widened the mode
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def store(self, events: list[Any]) -> list[dict[str, str]]:
        """Store valid events; one result per input, in order."""
        now = datetime.now(UTC).isoformat()
        results: list[dict[str, str]] = []
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                for event in events:
                    results.append(self._store_one(c, event, now))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return results

    def _store_one(self, c: sqlite3.Connection, event: Any, now: str) -> dict[str, str]:
        event_id = event.get("event_id") if isinstance(event, dict) else None
        event_id = event_id if isinstance(event_id, str) else ""
        problems = validate_wire_event(event)
        if problems:
            return {"event_id": event_id, "status": REJECTED, "message": "; ".join(problems)}
        digest = payload_hash(event)
        row = c.execute(
            "SELECT payload_hash FROM events WHERE event_id = ?", (event_id,)
        ).fetchone()
        if row is not None:
            if row[0] == digest:
                c.execute(
                    "UPDATE events SET receipts = receipts + 1 WHERE event_id = ?", (event_id,)
                )
                return {"event_id": event_id, "status": DUPLICATE, "message": ""}
            return {
                "event_id": event_id,
                "status": CONFLICT,
                "message": "an event with this id was already received with different content",
            }
        c.execute(
            "INSERT INTO events (event_id, payload_hash, kind, shelter_id, terminal_id,"
            " training, occurred_at, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id,
                digest,
                event["kind"],
                event["shelter_id"],
                event["terminal_id"],
                1 if event["training"] else 0,
                event["occurred_at"],
                canonical_json(event).decode("utf-8"),
                now,
            ),
        )
        if event["kind"] in ("shelter_open", "shelter_close"):
            c.execute(
                "INSERT OR REPLACE INTO shelters (shelter_id, state, changed_at, event_id)"
                " VALUES (?, ?, ?, ?)",
                (
                    event["shelter_id"],
                    "open" if event["kind"] == "shelter_open" else "closed",
                    event["occurred_at"],
                    event_id,
                ),
            )
        return {"event_id": event_id, "status": ACCEPTED, "message": ""}

    def stats(self) -> dict[str, int]:
        with self._lock:
            events, receipts = self._conn.execute(
                "SELECT count(*), coalesce(sum(receipts), 0) FROM events"
            ).fetchone()
        return {"events": int(events), "receipts": int(receipts)}


class _Handler(BaseHTTPRequestHandler):
    server: ManagementHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "ShelterMgmtReference/1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def setup(self) -> None:
        super().setup()
        # A silent client (keep-alive, slow sender, TLS handshake) cannot hold a slot longer.
        self.connection.settimeout(self.server.idle_timeout_s)

    def handle(self) -> None:
        # A client that gave up (time-out) or a dropped connection is not a server error.
        with contextlib.suppress(ConnectionError, TimeoutError, OSError):
            super().handle()

    # -- answers -----------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer without reading the body, then close the connection gently."""
        self.close_connection = True
        self._error(status, code, message)
        self._linger()

    def _linger(self) -> None:
        """The body stays unread: closing at once would reset the connection and could
        destroy the answer before the client reads it. Half-close, discard at most
        LINGER_BYTES for at most a second, then close (a client sending more is cut off)."""
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1.0)
            remaining = LINGER_BYTES
            while remaining > 0:
                chunk = self.connection.recv(min(remaining, 16384))
                if not chunk:
                    break
                remaining -= len(chunk)

    def _json(self, status: int, data: Any) -> None:
        self._send(status, canonical_json(data), "application/json")

    def _error(self, status: int, code: str, message: str) -> None:
        self._json(status, error_body(code, message))

    def _captive(self) -> None:
        self._send(200, CAPTIVE_PORTAL_HTML, "text/html; charset=utf-8")

    def _authorised(self) -> bool:
        """Checked before any body is read (the body is then left unread: close)."""
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            self._refuse(401, "unauthorized", "missing bearer token")
            return False
        given = header[len("Bearer ") :].strip().encode()
        if not hmac.compare_digest(given, self.server.token.encode()):
            self._refuse(401, "unauthorized", "the token was not accepted")
            return False
        return True

    def _is_json(self) -> bool:
        """The body must be declared application/json; another type is refused (415). A
        missing header is tolerated (hand-made test requests; the kiosk always sends it)."""
        content_type = self.headers.get("Content-Type")
        if content_type is None:
            return True
        if content_type.split(";", maxsplit=1)[0].strip().lower() == "application/json":
            return True
        self._refuse(415, "unsupported_media_type", "the body must be application/json")
        return False

    def _read_body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0:
            self._error(400, "bad_request", "Content-Length is required")
            return None
        if length > MAX_BODY_BYTES:
            self._refuse(413, "too_large", f"request bodies are limited to {MAX_BODY_BYTES} bytes")
            return None
        return self.rfile.read(length)

    # -- routes ------------------------------------------------------------------------------

    def do_GET(self) -> None:
        faults = self.server.faults
        if self.path == ADMIN_STATS_PATH and self.server.test_faults:
            if self._admin_allowed():
                self._json(200, self.server.database.stats())
            return
        if faults.captive_portal:
            self._captive()
            return
        if self.path == HEALTH_PATH:
            self._json(
                200,
                {
                    "status": "ok",
                    "api_version": API_VERSION,
                    "server_time": datetime.now(UTC).isoformat(),
                },
            )
            return
        self._error(404, "not_found", "no such endpoint")

    def do_POST(self) -> None:
        if self.path == ADMIN_FAULTS_PATH and self.server.test_faults:
            if self._admin_allowed():
                body = self._read_body()
                if body is not None:
                    self._admin_faults(body)
            return
        if self.server.faults.captive_portal:
            self.close_connection = True  # the body stays unread
            self._captive()
            self._linger()
            return
        # The token first: a stranger never gets the server to read (or wait for) a body.
        if not self._authorised() or not self._is_json():
            return
        body = self._read_body()
        if body is None:
            return
        if self.path == BATCH_PATH:
            self._batch(body)
        elif self.path.startswith(NOTICE_PATH_PREFIX) and self.path.endswith(NOTICE_PATH_SUFFIX):
            shelter_id = self.path[len(NOTICE_PATH_PREFIX) : -len(NOTICE_PATH_SUFFIX)]
            self._notice(shelter_id, body)
        else:
            self._error(404, "not_found", "no such endpoint")

    def _misbehave_before_store(self) -> bool:
        """Delay and random errors; True when an error answer was sent."""
        faults = self.server.faults
        if faults.delay_ms:
            self.server.stopping.wait(faults.delay_ms / 1000)
        if faults.error_rate and self.server.rng.random() < faults.error_rate:
            self._error(503, "unavailable", "injected failure, try again later")
            return True
        return False

    def _parse(self, body: bytes) -> Any:
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            self._error(400, "bad_request", "the body is not valid JSON")
            return None

    def _after_store(self) -> bool:
        """Drop the connection without answering when told to; True when dropped."""
        if not self.server.faults.drop_after_store:
            return False
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        return True

    def _batch(self, body: bytes) -> None:
        data = self._parse(body)
        if data is None:
            return
        events = data.get("events") if isinstance(data, dict) else None
        if not isinstance(events, list) or not events:
            self._error(400, "bad_request", "events must be a non-empty list")
            return
        if len(events) > MAX_BATCH:
            self._error(413, "too_large", f"at most {MAX_BATCH} events per batch")
            return
        if self._misbehave_before_store():
            return
        results = self.server.database.store(events)
        if self._after_store():
            return
        self._json(200, {"results": results})

    def _notice(self, shelter_id: str, body: bytes) -> None:
        event = self._parse(body)
        if event is None:
            return
        if not isinstance(event, dict) or event.get("kind") not in (
            "shelter_open",
            "shelter_close",
        ):
            self._error(422, "invalid", "a notice must be a shelter_open or shelter_close event")
            return
        if event.get("shelter_id") != shelter_id:
            self._error(422, "invalid", "shelter_id in the path and the body differ")
            return
        if self._misbehave_before_store():
            return
        result = self.server.database.store([event])[0]
        if self._after_store():
            return
        if result["status"] == CONFLICT:
            self._error(409, "conflict", result["message"])
        elif result["status"] == REJECTED:
            self._error(422, "invalid", result["message"])
        else:
            self._json(200, {"results": [result]})

    def _admin_allowed(self) -> bool:
        if self.client_address[0] not in _LOOPBACK:
            self._refuse(403, "forbidden", "admin endpoints answer on loopback only")
            return False
        return self._authorised()

    def _admin_faults(self, body: bytes) -> None:
        data = self._parse(body)
        if data is None:
            return
        if not isinstance(data, dict):
            self._error(400, "bad_request", "expected an object")
            return
        try:
            with self.server.faults_lock:
                self.server.faults.update(data)
        except ValueError as exc:
            self._error(400, "bad_request", str(exc))
            return
        self._json(200, asdict(self.server.faults))


class ManagementHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        *,
        database: ServerDatabase,
        token: str,
        faults: Faults | None = None,
        seed: int | None = None,
        test_faults: bool = False,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout_s: float = IDLE_TIMEOUT_S,
    ) -> None:
        if not token:
            raise ValueError("the server needs a non-empty token")
        # Checked before the socket is bound: nothing listens in clear text off loopback.
        if ssl_context is None and not is_loopback_host(address[0]):
            raise InsecureBindError(
                "a non-loopback address needs TLS (--tls-cert/--tls-key); plain http is"
                " for 127.0.0.1 only"
            )
        if faults is not None and faults != Faults() and not test_faults:
            raise ValueError("fault injection is for tests only (test_faults / --test-faults)")
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        self.database = database
        self.token = token
        self.test_faults = test_faults
        self.faults = faults or Faults()
        self.faults_lock = threading.Lock()
        self.rng = random.Random(seed)
        self.stopping = threading.Event()
        self.ssl_context = ssl_context
        self.idle_timeout_s = idle_timeout_s
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{host!s}:{port}"

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.ssl_context is not None:
            # The handshake runs on the connection's own thread (first read), bounded by the
            # idle time-out, never on the accepting thread.
            sock = self.ssl_context.wrap_socket(
                sock, server_side=True, do_handshake_on_connect=False
            )
        return sock, address

    def process_request(self, request: Any, client_address: Any) -> None:
        """At most max_connections threads; a connection beyond that gets 503 and is closed."""
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(_BUSY_ANSWER)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def server_close(self) -> None:
        self.stopping.set()
        super().server_close()


class ManagementServer:
    """In-process server on its own thread (the kiosk's demo mode, when nothing is set up)."""

    def __init__(
        self,
        db_path: Path,
        token: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: Faults | None = None,
        test_faults: bool = False,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout_s: float = IDLE_TIMEOUT_S,
    ) -> None:
        self.database = ServerDatabase(db_path)
        try:
            self.httpd = ManagementHTTPServer(
                (host, port),
                database=self.database,
                token=token,
                faults=faults,
                test_faults=test_faults,
                ssl_context=ssl_context,
                max_connections=max_connections,
                idle_timeout_s=idle_timeout_s,
            )
        except BaseException:
            self.database.close()
            raise
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.httpd.url

    def start(self) -> ManagementServer:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="mgmt-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self.database.close()
