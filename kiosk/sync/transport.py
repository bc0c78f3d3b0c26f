"""How the sync worker reaches the management server: requests over HTTP, or a fake.

The transport only moves bytes and reports what came back; deciding what an answer means
(acknowledged, conflict, token refused, try later) is the worker's job, so the same rules
apply to the real network and to the fake used in unit tests.

Rules that hold for every caller (the kiosk, ``python -m kiosk.outbox sync``, the bench):

* **https, or http to this machine only.** Plain http to any other host is refused when the
  transport is built, before any socket is opened (:class:`InsecureUrlError`): the token and
  the records never travel in clear text.
* **One deadline for the whole request**: connecting, sending and reading the answer end
  within ``timeout_s``; a server or proxy trickling bytes cannot hold an attempt longer (a
  watchdog shuts the socket down at the deadline).
* **Bounded answers**: at most ``MAX_ANSWER_BYTES`` are read; a larger answer is a failure.
* **Private CA**: ``ca_file`` (a PEM bundle) is the only trust store when set.
* Every failure without a usable answer is a :class:`TransportError` with a typed
  :class:`~kiosk.sync.status.SyncProblem` (TLS, DNS, reset, timeout, ...).
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
from requests.adapters import HTTPAdapter

from kiosk.sync.contract import BATCH_PATH, HEALTH_PATH, MAX_ANSWER_BYTES
from kiosk.sync.status import SyncProblem


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    content_type: str = "application/json"
    body: bytes = b""
    #: Seconds from a Retry-After header, when the server sent one.
    retry_after_s: float | None = None
    #: The server's Date header, when it sent a valid one.
    server_date: datetime | None = None


class TransportError(Exception):
    """No usable answer: connection refused or reset, DNS, TLS, deadline, too large."""

    def __init__(self, message: str, problem: SyncProblem = SyncProblem.OFFLINE) -> None:
        super().__init__(message)
        self.problem = problem


class InsecureUrlError(ValueError):
    """The URL would send the token and personal data in clear text (or is no http URL)."""

    code = "insecure_url"


class Transport:
    """Interface of a transport (subclassed by the real and the fake one)."""

    def post_batch(self, body: bytes) -> HttpAnswer:
        raise NotImplementedError

    def health(self) -> HttpAnswer:
        raise NotImplementedError

    def describe(self) -> str:
        return type(self).__name__

    def close(self) -> None:
        """Release connections (default: nothing to release)."""


def check_url(url: str) -> None:
    """Raise InsecureUrlError unless ``url`` is https, or http to a loopback address."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and _is_loopback(url):
        return
    raise InsecureUrlError(
        "the management API URL must be https:// (plain http:// only to this machine)"
    )


class HttpTransport(Transport):
    """requests-based transport with a bearer token and a deadline for the whole request."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout_s: float = 10.0,
        ca_file: str = "",
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        check_url(base_url)  # before anything can reach the network
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self._base = base_url.rstrip("/")
        self._total_s = timeout_s
        self._timeout = (min(timeout_s, 5.0), timeout_s)
        self._max_answer = max_answer_bytes
        self._verify: str | bool = ca_file or True
        self._session = requests.Session()
        adapter = _DeadlineAdapter()
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self._session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": "shelter-kiosk",
            }
        )
        # System proxy and CA settings apply to the municipal server, but a loopback server
        # (demo, tests) must never be reached through a proxy.
        self._session.trust_env = not _is_loopback(self._base)

    def describe(self) -> str:
        return self._base

    def _request(self, method: str, path: str, body: bytes | None = None) -> HttpAnswer:
        with _deadline(self._total_s) as watch:
            try:
                response = self._session.request(
                    method,
                    self._base + path,
                    data=body,
                    headers={"Content-Type": "application/json"} if body is not None else None,
                    timeout=self._timeout,
                    allow_redirects=False,
                    stream=True,
                    # Passed per request: a CA bundle in the environment cannot replace it.
                    verify=self._verify,
                )
                try:
                    content = self._read_capped(response)
                finally:
                    response.close()
            except TransportError:
                raise
            except (requests.RequestException, OSError, http.client.HTTPException) as exc:
                if watch.expired:
                    raise _too_slow(self._total_s) from exc
                raise TransportError(*_classify(exc)) from exc
            if watch.expired:
                # The watchdog cut the answer short: what was read may be truncated.
                raise _too_slow(self._total_s)
        return HttpAnswer(
            status=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            body=content,
            retry_after_s=_retry_after(response.headers.get("Retry-After")),
            server_date=_http_date(response.headers.get("Date")),
        )

    def _read_capped(self, response: requests.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > self._max_answer:
            raise _too_large(self._max_answer)
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_content(64 * 1024):
            total += len(chunk)
            if total > self._max_answer:
                raise _too_large(self._max_answer)
            chunks.append(chunk)
        return b"".join(chunks)

    def post_batch(self, body: bytes) -> HttpAnswer:
        return self._request("POST", BATCH_PATH, body)

    def health(self) -> HttpAnswer:
        return self._request("GET", HEALTH_PATH)

    def close(self) -> None:
        self._session.close()


def _too_slow(total_s: float) -> TransportError:
    return TransportError(
        f"the server did not answer completely within {total_s:g} s", SyncProblem.TIMEOUT
    )


def _too_large(cap: int) -> TransportError:
    return TransportError(f"the answer was larger than {cap} bytes", SyncProblem.ANSWER_TOO_LARGE)


def _retry_after(header: str | None) -> float | None:
    if header and header.strip().isdigit():
        return float(header.strip())
    return None


def _http_date(header: str | None) -> datetime | None:
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and exceptions held in args / reason."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen or len(seen) > 32:
            continue
        seen.add(id(current))
        yield current
        linked: list[Any] = [
            current.__cause__,
            current.__context__,
            getattr(current, "reason", None),
        ]
        linked.extend(current.args)
        todo.extend(item for item in linked if isinstance(item, BaseException))


_UNREACHABLE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN})


def _classify(exc: BaseException) -> tuple[str, SyncProblem]:
    """A short message and the typed problem for a failed request (no URL, no text)."""
    chain = list(_causes(exc))

    def has(*kinds: type[BaseException]) -> bool:
        return any(isinstance(e, kinds) for e in chain)

    if has(ssl.SSLError, urllib3.exceptions.SSLError, requests.exceptions.SSLError):
        return "TLS failed: the server's certificate could not be verified", SyncProblem.TLS_FAILED
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return "the server's name could not be resolved", SyncProblem.DNS_FAILED
    if has(ConnectionRefusedError) or any(
        isinstance(e, OSError) and e.errno in _UNREACHABLE for e in chain
    ):
        return "could not connect to the server", SyncProblem.OFFLINE
    if has(
        ConnectionResetError,
        BrokenPipeError,
        ConnectionAbortedError,
        http.client.RemoteDisconnected,
        http.client.IncompleteRead,
        urllib3.exceptions.ProtocolError,
        requests.exceptions.ChunkedEncodingError,
    ):
        return "the connection dropped during the request", SyncProblem.CONNECTION_RESET
    # (urllib3's NewConnectionError is a ConnectTimeoutError: refusals are handled above.)
    if has(requests.Timeout, urllib3.exceptions.ReadTimeoutError, socket.timeout):
        return "the server did not answer in time", SyncProblem.TIMEOUT
    if isinstance(exc, OSError) and not isinstance(exc, requests.RequestException):
        # requests raises a bare OSError for an unreadable CA bundle.
        return "the CA file for the server's certificate cannot be read", SyncProblem.TLS_FAILED
    return "could not connect to the server", SyncProblem.OFFLINE


# -- the deadline watchdog ---------------------------------------------------------------------

_tracking = threading.local()


class _Watch:
    """The connections one request uses; at the deadline their sockets are shut down, which
    ends any blocked connect/send/receive at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: list[urllib3.connection.HTTPConnection] = []
        self.expired = False

    def add(self, conn: urllib3.connection.HTTPConnection) -> None:
        with self._lock:
            self._connections.append(conn)
            if self.expired:
                _shut(conn)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for conn in self._connections:
                _shut(conn)


def _shut(conn: urllib3.connection.HTTPConnection) -> None:
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def _deadline(total_s: float) -> Iterator[_Watch]:
    watch = _Watch()
    timer = threading.Timer(total_s, watch.expire)
    timer.daemon = True
    _tracking.watch = watch
    timer.start()
    try:
        yield watch
    finally:
        timer.cancel()
        _tracking.watch = None


def _track(conn: urllib3.connection.HTTPConnection) -> None:
    watch = getattr(_tracking, "watch", None)
    if isinstance(watch, _Watch):
        watch.add(conn)


class _TrackedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        # Before: the socket is shut down even during a trickled TLS handshake (urllib3 sets
        # self.sock before the handshake); after: a deadline passed meanwhile ends it now.
        _track(self)
        super().connect()
        _track(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _track(self)
        super().request(*args, **kwargs)


class _TrackedHTTPSConnection(_TrackedHTTPConnection, urllib3.connection.HTTPSConnection):
    """TLS: the MRO puts HTTPSConnection's connect() behind the tracking methods."""


class _TrackedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_POOLS: dict[str, Any] = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}


class _DeadlineAdapter(HTTPAdapter):
    """Connections whose sockets the request's watchdog can shut down."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def _is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


Responder = Callable[[str, bytes], HttpAnswer]


@dataclass
class FakeTransport(Transport):
    """Answers from a ``responder(path, body)`` function; records every request.

    The responder may raise TransportError to simulate a dead network.
    """

    responder: Responder
    requests: list[tuple[str, bytes]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def post_batch(self, body: bytes) -> HttpAnswer:
        with self._lock:
            self.requests.append((BATCH_PATH, body))
        return self.responder(BATCH_PATH, body)

    def health(self) -> HttpAnswer:
        with self._lock:
            self.requests.append((HEALTH_PATH, b""))
        return self.responder(HEALTH_PATH, b"")
