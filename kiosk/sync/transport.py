"""How the sync worker reaches the management server: requests over HTTP, or a fake.

The transport only moves bytes and reports what came back; deciding what an answer means
(acknowledged, conflict, token refused, try later) is the worker's job, so the same rules
apply to the real network and to the fake used in unit tests.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

from kiosk.sync.contract import BATCH_PATH, HEALTH_PATH


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    content_type: str = "application/json"
    body: bytes = b""
    #: Seconds from a Retry-After header, when the server sent one.
    retry_after_s: float | None = None


class TransportError(Exception):
    """No answer at all: connection refused or reset, DNS, TLS, timeout."""


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


class HttpTransport(Transport):
    """requests-based transport with a bearer token and a connect/read timeout."""

    def __init__(self, base_url: str, token: str, *, timeout_s: float = 10.0) -> None:
        self._base = base_url.rstrip("/")
        self._timeout = (min(timeout_s, 5.0), timeout_s)
        self._session = requests.Session()
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
        try:
            response = self._session.request(
                method,
                self._base + path,
                data=body,
                headers={"Content-Type": "application/json"} if body is not None else None,
                timeout=self._timeout,
                allow_redirects=False,
            )
        except requests.Timeout as exc:
            raise TransportError("the server did not answer in time") from exc
        except requests.ConnectionError as exc:
            raise TransportError("could not connect to the server") from exc
        except requests.RequestException as exc:
            raise TransportError(f"request failed ({type(exc).__name__})") from exc
        retry_after: float | None = None
        header = response.headers.get("Retry-After")
        if header and header.strip().isdigit():
            retry_after = float(header.strip())
        return HttpAnswer(
            status=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            body=response.content,
            retry_after_s=retry_after,
        )

    def post_batch(self, body: bytes) -> HttpAnswer:
        return self._request("POST", BATCH_PATH, body)

    def health(self) -> HttpAnswer:
        return self._request("GET", HEALTH_PATH)

    def close(self) -> None:
        self._session.close()


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
