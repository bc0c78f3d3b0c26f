"""The peer server: what a paired terminal answers on the shelter LAN (stdlib HTTP).

Endpoints (every body encrypted, every request and answer authenticated:
:mod:`kiosk.lan.protocol`):

- ``hello``: who are you (terminal id, shelter id); the caller says on which port it listens,
  so an address typed on one terminal is enough for both to find each other;
- ``lack``: of these record ids, which do you not hold;
- ``events``: store these records, idempotently (keyed by id): per id ``accepted``,
  ``duplicate`` or ``rejected`` with a code;
- ``summary``: how many records you hold per origin terminal.

A request that does not authenticate gets ``401`` with only an error code, and nothing is
stored or answered from the store.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kiosk.errors import KioskError
from kiosk.lan import protocol
from kiosk.lan.pairing import ShelterKeys
from kiosk.lan.protocol import ProtocolError, ReplayGuard
from kiosk.records import Event
from kiosk.store.store import RecordStore

log = logging.getLogger(__name__)

#: Records per ``events`` request the server takes (a sender sends fewer).
MAX_EVENTS_PER_REQUEST = 2000
#: (peer terminal id, its address "host:port", how many records it holds) when a peer said
#: hello.
PeerSeen = Callable[[str, str, int | None], None]
#: (peer terminal id, request path) once a request has been handled (records stored), just
#: before its answer leaves: the headless terminal's tests hold a peer mid-exchange here.
BeforeAnswer = Callable[[str, str], None]


class PeerServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        store: RecordStore,
        keys: ShelterKeys,
        *,
        terminal_id: str,
        shelter_id: str,
        host: str,
        port: int,
        on_peer_seen: PeerSeen | None = None,
        before_answer: BeforeAnswer | None = None,
    ) -> None:
        # An IPv6 listen address (lan.listen_address) needs an IPv6 socket.
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)
        self.store = store
        self.keys = keys
        self.terminal_id = terminal_id
        self.shelter_id = shelter_id
        self.guard = ReplayGuard()
        self.on_peer_seen = on_peer_seen
        self.before_answer = before_answer
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="lan-server", daemon=True)
        self._thread.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that failed outside the handler's own answers (socketserver's default
        prints a traceback on stderr): a peer that went away before its answer (killed, its
        cable out, it gave up waiting) is one line of the log, anything else its type."""
        failure = sys.exc_info()[1]
        if isinstance(failure, ConnectionError):
            log.info("lan: a peer went away before its answer (%s)", type(failure).__name__)
        else:
            log.error("lan: a peer's connection failed (%s)", type(failure).__name__)

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        # Kept-alive connections too: a handler thread must not answer from a closed store,
        # and a peer's pooled connection must see the close (it then opens a new one).
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(10)

    # -- what each endpoint does ---------------------------------------------------------

    def answer(self, path: str, sender: str, address: str, payload: Any) -> Any:
        if not isinstance(payload, dict):
            raise ProtocolError("malformed")
        if path == protocol.HELLO_PATH:
            port, held = payload.get("port"), payload.get("held")
            if isinstance(port, int) and 0 < port < 65536 and self.on_peer_seen is not None:
                host = f"[{address}]" if ":" in address else address  # an IPv6 peer
                self.on_peer_seen(sender, f"{host}:{port}", held if isinstance(held, int) else None)
            return {
                "terminal_id": self.terminal_id,
                "shelter_id": self.shelter_id,
                "held": self.store.peers.held_count(),
            }
        if path == protocol.LACK_PATH:
            ids = payload.get("ids")
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise ProtocolError("malformed")
            return {"lack": self.store.peers.lacking(ids)}
        if path == protocol.EVENTS_PATH:
            return self._receive(sender, payload.get("events"))
        if path == protocol.SUMMARY_PATH:
            return {"terminal_id": self.terminal_id, "origins": self.store.peers.origin_counts()}
        raise ProtocolError("not_found")

    def _receive(self, sender: str, objects: Any) -> dict[str, Any]:
        if not isinstance(objects, list) or len(objects) > MAX_EVENTS_PER_REQUEST:
            raise ProtocolError("malformed")
        events: list[Event] = []
        rejected: list[list[str]] = []
        for obj in objects:
            event_id = obj.get("event_id") if isinstance(obj, dict) else None
            try:
                event = protocol.event_from_lan(obj)
            except ProtocolError as exc:
                if isinstance(event_id, str):
                    rejected.append([event_id, exc.code])
                continue
            if event.shelter_id != self.shelter_id:
                rejected.append([event.event_id, "other_shelter"])
                continue
            events.append(event)
        new = set(
            self.store.peers.record_received(
                events, from_peer=sender, own_terminal=self.terminal_id
            )
        )
        return {
            "accepted": [e.event_id for e in events if e.event_id in new],
            "duplicate": [e.event_id for e in events if e.event_id not in new],
            "rejected": rejected,
        }


class _Handler(BaseHTTPRequestHandler):
    server: PeerServer
    protocol_version = "HTTP/1.1"
    # Headers and body go in two writes: with Nagle's algorithm the body waited for the
    # caller's delayed ACK (~40 ms per request on Linux; a third of a 10,000-record catch-up).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        return  # nothing per request: the path and status say nothing staff need

    def do_GET(self) -> None:
        self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed")

    def do_POST(self) -> None:
        server = self.server
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= protocol.MAX_BODY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")
            return
        body = self.rfile.read(length)
        headers = {name: str(self.headers.get(name, "")) for name in protocol.REQUEST_HEADERS}
        try:
            head, payload = protocol.open_request(
                server.keys, server.guard, "POST", self.path, headers=headers, body=body
            )
        except ProtocolError as exc:
            self._refuse(HTTPStatus.UNAUTHORIZED, exc.code)
            return
        try:
            status, answer = (
                HTTPStatus.OK,
                server.answer(self.path, head.terminal_id, self.client_address[0], payload),
            )
        except ProtocolError as exc:
            status, answer = HTTPStatus.BAD_REQUEST, {"error": exc.code}
        except KioskError as exc:
            log.error("lan: the store refused a peer's request (%s)", exc.code)
            status, answer = HTTPStatus.SERVICE_UNAVAILABLE, {"error": exc.code}
        except Exception as exc:
            log.error("lan: a peer's request failed (%s)", type(exc).__name__)
            status, answer = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal"}
        if server.before_answer is not None:
            server.before_answer(head.terminal_id, self.path)
        headers, sealed = protocol.seal_response(server.keys, head.nonce, int(status), answer)
        self._send(status, headers, sealed)

    def _refuse(self, status: HTTPStatus, code: str) -> None:
        """Refusals of unauthenticated requests: a code only (and our clock for a skew)."""
        headers = {"Content-Type": "application/json"}
        if code == "clock_skew":
            headers[protocol.H_PEER_TIME] = f"{time.time():.0f}"
        self._send(status, headers, json.dumps({"error": code}).encode())

    def _send(self, status: HTTPStatus, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
