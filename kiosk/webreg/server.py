"""The phone registration server: HTTPS (stdlib http.server + ssl) in its own thread.

Routes (``TOKEN`` is the opening token in the QR code):

- ``GET /r/TOKEN[?lang=xx]``: the form, with a new form ticket (its submission id becomes the
  record's event_id, so a double submit records once);
- ``POST /r/TOKEN``: validation; errors show the form again with everything typed; a valid
  form becomes a check-in of registration type 3 in the store's outbox, then ``303`` to
- ``GET /r/TOKEN/done?lang=xx``: "registered" (nothing typed is echoed back);
- ``GET /static/style.css``; anything else: 404. A token that is not this opening's: 403,
  "ask staff for the current QR code".

Nothing personal is logged: only error types and codes.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, urlsplit

from kiosk.clock import Clock, SystemClock
from kiosk.domain import RegistrationType
from kiosk.errors import KioskError
from kiosk.flow.shelter import utc_offset_minutes
from kiosk.records import Event, EventKind
from kiosk.webreg import page
from kiosk.webreg.form import FieldError, FormValues, validate
from kiosk.webreg.qr import QrImage, qr_image
from kiosk.webreg.security import FormTokens, OpeningToken, RateLimiter, RateLimits
from kiosk.webreg.texts import pick_language
from kiosk.webreg.tls import Certificate, self_signed, server_context

log = logging.getLogger(__name__)

#: The consent text's version on every phone record (kiosk/webreg/texts.py "consent_text").
CONSENT_VERSION = "webreg-2026-12-v1"
#: Largest form body accepted (the form's longest fields in UTF-8, percent-encoded, fit).
MAX_BODY_BYTES = 16 * 1024
#: A larger body is read and dropped (to answer 413) up to this size; beyond, the
#: connection is closed at once.
DRAIN_LIMIT_BYTES = 256 * 1024
#: Open connections at once, per client address and in all (one thread each).
MAX_CONNECTIONS_PER_CLIENT = 16
MAX_CONNECTIONS = 128
#: Seconds a connection may sit idle (a slow client cannot hold a thread for long).
CONNECTION_TIMEOUT_S = 15.0

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass(frozen=True)
class ShelterInfo:
    """What a phone record needs from the settings (None from the provider: not ready)."""

    shelter_id: str
    shelter_name: str
    terminal_id: str
    training: bool = False
    #: Fixed UTC offset in minutes; None: the system's time zone.
    utc_offset_minutes: int | None = None


class RegistrationStore(Protocol):
    """What the server needs of :class:`kiosk.store.RecordStore`."""

    def record(self, event: Event) -> None: ...

    def get_event(self, event_id: str) -> Event | None: ...


class WebRegServer(ThreadingHTTPServer):
    """The HTTPS server. ``host`` is where it listens (``0.0.0.0`` on the shelter LAN,
    ``127.0.0.1`` in tests); ``public_host`` is what the QR code's URL names."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(
        self,
        store: RegistrationStore,
        shelter: Callable[[], ShelterInfo | None],
        *,
        host: str,
        port: int,
        public_host: str,
        certificate: Certificate | None = None,
        clock: Clock | None = None,
        limits: RateLimits | None = None,
    ) -> None:
        # An IPv6 listen address (lan.listen_address) needs an IPv6 socket.
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)
        self.store = store
        self.shelter = shelter
        self.public_host = public_host
        self.clock: Clock = clock or SystemClock()
        self.opening = OpeningToken()
        self.tickets = FormTokens(self.clock.monotonic)
        self.limiter = RateLimiter(limits or RateLimits(), self.clock.monotonic)
        self._own_certificate = certificate is None
        self._certificate = certificate or self_signed([public_host])
        self._context = server_context(self._certificate)
        self._record_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._open_changed = threading.Condition()
        self._open: dict[str, int] = {}

    # -- for the kiosk -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def fingerprint(self) -> str:
        """The certificate's SHA-256 fingerprint, for staff to compare with the phone's."""
        return self._certificate.fingerprint

    @property
    def certificate(self) -> Certificate:
        return self._certificate

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="webreg", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(10)

    def new_opening(self) -> None:
        """The shelter opened: a new token (every earlier QR code stops working) and, for a
        self-signed certificate, a new one."""
        self.opening.rotate()
        if self._own_certificate:
            certificate = self_signed([self.public_host])
            context = server_context(certificate)
            self._certificate, self._context = certificate, context

    def registration_url(self) -> str:
        host = self.public_host
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        return f"https://{host}:{self.port}/r/{self.opening.value}"

    def qr(self) -> QrImage:
        """The URL and its QR code, for the idle screen."""
        return qr_image(self.registration_url())

    # -- socket plumbing -----------------------------------------------------------------

    def get_request(self) -> tuple[Any, Any]:
        sock, address = self.socket.accept()
        sock.settimeout(CONNECTION_TIMEOUT_S)
        # The TLS handshake happens in the handler's thread (on its first read), so a
        # slow or broken client never holds up accepting the next one.
        wrapped = self._context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return wrapped, address

    def verify_request(self, request: Any, client_address: Any) -> bool:
        """At most MAX_CONNECTIONS_PER_CLIENT open connections per address and
        MAX_CONNECTIONS in all (each holds a thread): more are closed at once."""
        address = str(client_address[0])
        with self._open_changed:
            if (
                self._open.get(address, 0) >= MAX_CONNECTIONS_PER_CLIENT
                or sum(self._open.values()) >= MAX_CONNECTIONS
            ):
                return False
            self._open[address] = self._open.get(address, 0) + 1
        request.webreg_address = address
        return True

    def shutdown_request(self, request: Any) -> None:
        address = getattr(request, "webreg_address", None)
        if address is not None:
            del request.webreg_address
            with self._open_changed:
                left = self._open.get(address, 0) - 1
                if left > 0:
                    self._open[address] = left
                else:
                    self._open.pop(address, None)
                self._open_changed.notify_all()
        super().shutdown_request(request)

    def wait_connections(self, at_most: int, timeout_s: float) -> bool:
        """Wait until at most ``at_most`` connections are open (tests, shutdown)."""
        with self._open_changed:
            return self._open_changed.wait_for(
                lambda: sum(self._open.values()) <= at_most, timeout_s
            )

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            # ssl.SSLError too: a phone that refused the certificate, timed out, went away.
            return
        log.error("webreg: a request failed (%s)", type(exc).__name__)

    # -- what a submission does --------------------------------------------------------------

    def register(
        self, submission_id: str, values: FormValues, info: ShelterInfo
    ) -> dict[str, FieldError]:
        """Record the registration once per submission id (its event_id): a second submit
        of the same form finds it and records nothing. The field errors; {} once recorded.
        Raises KioskError (StorageError) when the store refuses it."""
        now = self.clock.now()
        registration, errors = validate(values, today=_local_date(now, info))
        if registration is None:
            return errors
        event = Event(
            kind=EventKind.CHECK_IN,
            shelter_id=info.shelter_id,
            terminal_id=info.terminal_id,
            occurred_at=now,
            utc_offset_minutes=utc_offset_minutes(now, info.utc_offset_minutes),
            registration_type=RegistrationType.QR,
            person=registration.person,
            consent_version=CONSENT_VERSION,
            situation=registration.situation,
            training=info.training,
            event_id=submission_id,
        )
        with self._record_lock:
            if self.store.get_event(submission_id) is None:
                self.store.record(event)
                log.info("webreg: a phone registration was recorded")
        return {}


def _local_date(now: datetime, info: ShelterInfo) -> date:
    """Today at the shelter (a birth date after it is refused)."""
    offset = utc_offset_minutes(now, info.utc_offset_minutes)
    return (now + timedelta(minutes=offset)).date()


class _Handler(BaseHTTPRequestHandler):
    server: WebRegServer
    protocol_version = "HTTP/1.1"
    timeout = CONNECTION_TIMEOUT_S

    def version_string(self) -> str:
        return "kiosk"

    def log_message(self, format: str, *args: Any) -> None:
        return  # the path carries the opening token and the query nothing staff need

    # -- routing -----------------------------------------------------------------------------

    def _route(self) -> tuple[str, str, dict[str, list[str]]]:
        """(what, token, query): what is 'form', 'done', 'style' or 'unknown'."""
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, max_num_fields=4)
        segments = [s for s in parts.path.split("/") if s]
        if parts.path == page.STYLE_PATH:
            return "style", "", query
        if len(segments) == 2 and segments[0] == "r":
            return "form", segments[1], query
        if len(segments) == 3 and segments[0] == "r" and segments[2] == "done":
            return "done", segments[1], query
        return "unknown", "", query

    def _lang(self, query: dict[str, list[str]]) -> str:
        asked = (query.get("lang") or [""])[0]
        return pick_language(asked, self.headers.get("Accept-Language"))

    def _form_url(self, token: str, lang: str) -> str:
        return f"/r/{quote(token)}?lang={quote(lang)}"

    def do_GET(self) -> None:
        what, token, query = self._route()
        lang = self._lang(query)
        if what == "style":
            self._send(HTTPStatus.OK, page.STYLE_SHEET.encode(), "text/css; charset=utf-8")
            return
        if what == "unknown":
            self._page(HTTPStatus.NOT_FOUND, page.message_page(lang, "title", "not_found_text"))
            return
        if not self.server.opening.matches(token):
            self._expired(lang)
            return
        if what == "done":
            self._page(HTTPStatus.OK, page.thanks_page(lang, self._form_url(token, lang)))
            return
        info = self.server.shelter()
        if info is None:
            self._not_ready(lang)
            return
        self._form(status=HTTPStatus.OK, token=token, lang=lang, info=info)

    def do_POST(self) -> None:
        what, token, query = self._route()
        lang = self._lang(query)
        length_text = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding") or length_text is None:
            self._page(
                HTTPStatus.LENGTH_REQUIRED,
                page.message_page(lang, "title", "too_large_text"),
                close=True,
            )
            return
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            # A body not much too large is read and dropped, so the phone gets the page
            # (not a reset while it still sends); a larger one only closes the connection.
            if 0 < length <= DRAIN_LIMIT_BYTES:
                self._drain(length)
            self._page(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                page.message_page(lang, "title", "too_large_text"),
                close=True,
            )
            return
        body = self.rfile.read(length)
        if what != "form":
            self._page(HTTPStatus.NOT_FOUND, page.message_page(lang, "title", "not_found_text"))
            return
        content_type = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        try:
            if content_type != "application/x-www-form-urlencoded":
                raise ValueError
            fields = parse_qs(
                body.decode("utf-8"),
                keep_blank_values=True,
                max_num_fields=40,
                strict_parsing=False,
            )
        except ValueError:  # UnicodeDecodeError too
            self._page(HTTPStatus.BAD_REQUEST, page.message_page(lang, "title", "not_found_text"))
            return
        lang = pick_language((fields.get("lang") or [""])[0], self.headers.get("Accept-Language"))
        if not self.server.opening.matches(token):
            self._expired(lang)
            return
        info = self.server.shelter()
        if info is None:
            self._not_ready(lang)
            return
        values = FormValues.from_fields(fields)
        submission_id = (fields.get("sid") or [""])[0]
        verdict = self.server.tickets.check(
            token,
            submission_id,
            (fields.get("issued") or [""])[0],
            (fields.get("mac") or [""])[0],
        )
        if verdict == "invalid":
            self._expired(lang, status=HTTPStatus.BAD_REQUEST)
            return
        errors: dict[str, FieldError] = {}
        notice: str | None = None
        status = HTTPStatus.OK
        extra: dict[str, str] = {}
        if verdict == "expired":
            # Genuine but old: the same submission id in a new ticket, and every field kept.
            notice = "form_renewed"
        elif not self.server.limiter.allow(self.client_address[0]):
            notice, status = "busy_text", HTTPStatus.TOO_MANY_REQUESTS
            extra = {"Retry-After": "60"}
        else:
            try:
                errors = self.server.register(submission_id, values, info)
                status = HTTPStatus.UNPROCESSABLE_ENTITY
            except Exception as exc:
                # KioskError: the store refused (full disk, damaged file); anything else is
                # a bug, but the person still gets the form back with what they typed.
                code = exc.code if isinstance(exc, KioskError) else type(exc).__name__
                log.error("webreg: a registration was not recorded (%s)", code)
                notice, status = "not_saved", HTTPStatus.SERVICE_UNAVAILABLE
        if errors or notice:
            # The form again, everything typed in it, with the same submission id.
            self._form(
                status=status,
                token=token,
                lang=lang,
                info=info,
                submission_id=submission_id,
                values=values,
                errors=errors,
                notice=notice,
                extra=extra,
            )
            return
        self.send_response(HTTPStatus.SEE_OTHER)
        self._headers({"Location": f"/r/{quote(token)}/done?lang={quote(lang)}"}, 0)
        self.end_headers()

    # -- answers -----------------------------------------------------------------------------

    def _form(
        self,
        *,
        status: HTTPStatus,
        token: str,
        lang: str,
        info: ShelterInfo,
        submission_id: str | None = None,
        values: FormValues | None = None,
        errors: dict[str, FieldError] | None = None,
        notice: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        """The form with a new ticket (a new submission id unless one is given)."""
        ticket = self.server.tickets.issue(token, submission_id)
        self._page(
            status,
            page.form_page(
                lang=lang,
                shelter_name=info.shelter_name,
                action=f"/r/{quote(token)}",
                ticket=ticket,
                today=_local_date(self.server.clock.now(), info),
                values=values,
                errors=errors,
                notice_key=notice,
            ),
            extra=extra,
        )

    def _expired(self, lang: str, status: HTTPStatus = HTTPStatus.FORBIDDEN) -> None:
        self._page(status, page.message_page(lang, "expired_title", "expired_text"))

    def _not_ready(self, lang: str) -> None:
        self._page(
            HTTPStatus.SERVICE_UNAVAILABLE, page.message_page(lang, "title", "not_ready_text")
        )

    def _drain(self, length: int) -> None:
        while length > 0:
            chunk = self.rfile.read(min(length, 64 * 1024))
            if not chunk:
                return
            length -= len(chunk)

    def _page(
        self,
        status: HTTPStatus,
        body: bytes,
        *,
        extra: dict[str, str] | None = None,
        close: bool = False,
    ) -> None:
        self._send(status, body, "text/html; charset=utf-8", extra=extra, close=close)

    def _headers(self, extra: dict[str, str], length: int) -> None:
        for name, value in {**SECURITY_HEADERS, **extra}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(length))

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str,
        *,
        extra: dict[str, str] | None = None,
        close: bool = False,
    ) -> None:
        self.send_response(status)
        self._headers({"Content-Type": content_type, **(extra or {})}, len(body))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)
