"""The HTTP transport against real servers on 127.0.0.1: clear text refused, one deadline per
request, bounded answers, a private CA, and a typed problem for every kind of failure."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import settings as settings_module
from kiosk.mgmt_server import ManagementServer
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import HttpTransport, InsecureUrlError, SyncProblem, TransportError
from kiosk.sync.contract import MAX_ANSWER_BYTES

pytestmark = pytest.mark.timeout(60)

TOKEN = "transport-test-token"


# -- no clear text to another machine -----------------------------------------------------------


@pytest.fixture
def no_network_beyond_loopback(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every connect() in this process is recorded; one to a non-loopback address fails
    the test before any packet leaves."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        host = address[0] if isinstance(address, tuple) else ""
        if not host or not ipaddress.ip_address(host).is_loopback:
            raise AssertionError(f"a connection to {host!r} was attempted")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.10:8765", "http://mgmt.example.lg.jp", "ftp://127.0.0.1", "https://"],
)
def test_plain_http_to_another_host_is_refused_before_any_socket(
    url: str, no_network_beyond_loopback: list[Any]
) -> None:
    with pytest.raises(InsecureUrlError):
        HttpTransport(url, TOKEN)
    assert no_network_beyond_loopback == []


def test_outbox_sync_refuses_clear_text_to_another_host(
    kiosk_home: Path,
    no_network_beyond_loopback: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kiosk.outbox.cli import main

    store = RecordStore(settings_module.load().database_path(), FakeKeyProvider())
    store.close()
    monkeypatch.setattr("sys.stdin", _Lines("secret-token\n"))
    code = main(["sync", "--once", "--token-stdin", "--url", "http://192.0.2.10:8765"])
    assert code == 2
    assert "insecure_url" in capsys.readouterr().err
    assert no_network_beyond_loopback == []


class _Lines:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "https://example.lg.jp"]
)
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    HttpTransport(url, TOKEN).close()


# -- purpose-built servers ----------------------------------------------------------------------

Behaviour = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], str]]:
    """Start a tiny server on 127.0.0.1 whose every request runs ``behaviour``."""
    servers: list[http.server.ThreadingHTTPServer] = []
    done = threading.Event()

    def start(behaviour: Behaviour) -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                behaviour(self, done)

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                behaviour(self, done)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    done.set()
    for server in servers:
        server.shutdown()
        server.server_close()


def trickle_body(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    body = b'{"status":"ok"}' + b" " * 100
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    for byte in body:  # one byte every 0.1 s: each read is quick, the whole is not
        if done.wait(0.1):
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


def trickle_headers(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    head = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 100 + b"\r\n"
    for byte in head:
        if done.wait(0.1):
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


@pytest.mark.parametrize("behaviour", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_one_deadline_bounds_the_whole_request(
    serve: Callable[[Behaviour], str], behaviour: Behaviour
) -> None:
    transport = HttpTransport(serve(behaviour), TOKEN, timeout_s=1.0)
    started = time.monotonic()
    with pytest.raises(TransportError) as caught:
        transport.health()
    elapsed = time.monotonic() - started
    assert caught.value.problem is SyncProblem.TIMEOUT
    assert elapsed < 3.0  # the trickle alone would take 11 s or more
    transport.close()


def huge_answer(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Transfer-Encoding", "chunked")  # no Content-Length to check first
    handler.end_headers()
    chunk = b"x" * 65536
    with contextlib.suppress(OSError):  # the client hangs up long before the end
        for _ in range(MAX_ANSWER_BYTES // len(chunk) * 50):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def declared_huge(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(300 * 1024 * 1024))
    handler.end_headers()
    with contextlib.suppress(OSError):
        for _ in range(300 * 16):
            handler.wfile.write(b"y" * 65536)


@pytest.mark.parametrize("behaviour", [huge_answer, declared_huge], ids=["chunked", "declared"])
def test_a_too_large_answer_is_a_typed_failure(
    serve: Callable[[Behaviour], str], behaviour: Behaviour
) -> None:
    transport = HttpTransport(serve(behaviour), TOKEN, timeout_s=30)
    with pytest.raises(TransportError) as caught:
        transport.post_batch(b"{}")
    assert caught.value.problem is SyncProblem.ANSWER_TOO_LARGE
    transport.close()


def hang_up(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    handler.close_connection = True
    handler.connection.shutdown(socket.SHUT_RDWR)


def test_a_dropped_connection_and_a_refused_one_are_told_apart(
    serve: Callable[[Behaviour], str],
) -> None:
    dropped = HttpTransport(serve(hang_up), TOKEN, timeout_s=5)
    with pytest.raises(TransportError) as caught:
        dropped.post_batch(b"{}")
    assert caught.value.problem is SyncProblem.CONNECTION_RESET
    with socket.socket() as placeholder:  # a port where nothing listens
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]
    refused = HttpTransport(f"http://127.0.0.1:{port}", TOKEN, timeout_s=5)
    with pytest.raises(TransportError) as caught:
        refused.health()
    assert caught.value.problem is SyncProblem.OFFLINE


def date_header(handler: http.server.BaseHTTPRequestHandler, done: threading.Event) -> None:
    body = b'{"status":"ok"}'
    handler.send_response(200)  # adds the Date header
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_the_servers_date_header_is_passed_on(serve: Callable[[Behaviour], str]) -> None:
    answer = HttpTransport(serve(date_header), TOKEN).health()
    assert answer.server_date is not None
    assert abs((answer.server_date - dt.datetime.now(dt.UTC)).total_seconds()) < 60


# -- a municipal private CA ---------------------------------------------------------------------


def test_a_private_ca_is_trusted_only_through_ca_file(
    tmp_path: Path, private_ca: tuple[Path, ssl.SSLContext]
) -> None:
    ca_file, context = private_ca
    server = ManagementServer(tmp_path / "tls.sqlite3", TOKEN, ssl_context=context).start()
    try:
        assert server.url.startswith("https://127.0.0.1:")
        untrusted = HttpTransport(server.url, TOKEN, timeout_s=5)
        with pytest.raises(TransportError) as caught:
            untrusted.health()
        assert caught.value.problem is SyncProblem.TLS_FAILED
        trusted = HttpTransport(server.url, TOKEN, timeout_s=5, ca_file=str(ca_file))
        assert trusted.health().status == 200
        missing = HttpTransport(server.url, TOKEN, ca_file=str(tmp_path / "nope.pem"))
        with pytest.raises(TransportError) as caught:
            missing.health()
        assert caught.value.problem is SyncProblem.TLS_FAILED
    finally:
        server.stop()


def test_the_factory_passes_the_ca_file(tmp_path: Path) -> None:
    from kiosk.sync import build_transport

    config = settings_module.Settings()
    config.api.ca_file = str(tmp_path / "city-ca.pem")
    transport = build_transport(config, url="https://mgmt.example.lg.jp", token=TOKEN)
    assert transport._verify == str(tmp_path / "city-ca.pem")


def test_a_name_that_does_not_resolve_is_told_apart() -> None:
    import requests
    import urllib3.exceptions

    from kiosk.sync.transport import _classify

    unresolved = urllib3.exceptions.NameResolutionError(
        "mgmt.example.lg.jp", None, socket.gaierror(-2, "Name or service not known")
    )
    wrapped = requests.ConnectionError(
        urllib3.exceptions.MaxRetryError(None, "/v1/health", unresolved)  # type: ignore[arg-type]
    )
    assert _classify(wrapped)[1] is SyncProblem.DNS_FAILED
