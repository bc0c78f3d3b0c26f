"""What crosses the shelter LAN between paired terminals, and how it is protected.

Every request carries ``X-Shelter-Terminal``, ``X-Shelter-Time`` (epoch seconds),
``X-Shelter-Nonce`` (128 random bits) and ``X-Shelter-Mac``: HMAC-SHA256 (authentication key)
over the method, the path, those three values and the SHA-256 of the body. Every body, in
both directions, is AES-256-GCM under the shelter-wide key with the same values as
associated data, so nothing of it (names, ids, counts) is readable on the wire. The server
refuses a request outside the replay window (``REPLAY_WINDOW_S`` either side of its clock) or
whose nonce it has already seen in that window. Each answer carries its own MAC over the
request's nonce, the status and the body hash: a device without the code can neither read,
inject, nor fake an acknowledgement, and an old answer cannot be replayed to a new request.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.domain import CardType, RegistrationType, SituationFlag
from kiosk.lan.pairing import ShelterKeys
from kiosk.records import Event, EventKind, FaceCheck, Person
from kiosk.sync.contract import canonical_json, validate_wire_event, wire_object

VERSION = "shelter-lan-v1"
H_TERMINAL = "X-Shelter-Terminal"
H_TIME = "X-Shelter-Time"
H_NONCE = "X-Shelter-Nonce"
H_MAC = "X-Shelter-Mac"
REQUEST_HEADERS = (H_TERMINAL, H_TIME, H_NONCE, H_MAC)
#: An unauthenticated hint in a refusal: the refusing terminal's clock (for "clocks differ").
H_PEER_TIME = "X-Shelter-Peer-Time"
CONTENT_TYPE = "application/vnd.shelter-lan"

HELLO_PATH = "/lan/v1/hello"
LACK_PATH = "/lan/v1/lack"
EVENTS_PATH = "/lan/v1/events"
SUMMARY_PATH = "/lan/v1/summary"

#: Seconds a request's time may differ from the receiver's clock.
REPLAY_WINDOW_S = 120.0
MAX_BODY_BYTES = 32 * 1024 * 1024
_NONCE_BYTES = 12


class ProtocolError(Exception):
    """A request or answer that does not authenticate, decrypt or parse (no content quoted)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class RequestHeaders:
    terminal_id: str
    timestamp: str
    nonce: str

    def associated(self, method: str, path: str) -> bytes:
        return "\n".join(
            [VERSION, "request", method, path, self.terminal_id, self.timestamp, self.nonce]
        ).encode("utf-8")


def _mac(key: bytes, associated: bytes, body: bytes) -> str:
    return hmac.new(
        key, associated + b"\n" + hashlib.sha256(body).hexdigest().encode(), hashlib.sha256
    ).hexdigest()


def _seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return b"\x01" + nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def _open(key: bytes, body: bytes, associated: bytes) -> bytes:
    if len(body) < 1 + _NONCE_BYTES + 16 or body[:1] != b"\x01":
        raise ProtocolError("undecryptable")
    try:
        return AESGCM(key).decrypt(body[1 : 1 + _NONCE_BYTES], body[1 + _NONCE_BYTES :], associated)
    except InvalidTag as exc:
        raise ProtocolError("undecryptable") from exc


def _response_associated(request_nonce: str, status: int) -> bytes:
    return "\n".join([VERSION, "response", request_nonce, str(status)]).encode("utf-8")


# -- the client's side ---------------------------------------------------------------------------


def seal_request(
    keys: ShelterKeys, terminal_id: str, method: str, path: str, payload: Any
) -> tuple[dict[str, str], bytes, str]:
    """(headers, encrypted body, nonce) of one request."""
    head = RequestHeaders(terminal_id, f"{time.time():.3f}", os.urandom(16).hex())
    associated = head.associated(method, path)
    body = _seal(keys.data_key, canonical_json(payload), associated)
    headers = {
        H_TERMINAL: head.terminal_id,
        H_TIME: head.timestamp,
        H_NONCE: head.nonce,
        H_MAC: _mac(keys.auth_key, associated, body),
        "Content-Type": CONTENT_TYPE,
    }
    return headers, body, head.nonce


def open_response(
    keys: ShelterKeys, request_nonce: str, status: int, headers: Mapping[str, str], body: bytes
) -> Any:
    """The answer's payload, after checking its MAC (bound to our request's nonce)."""
    associated = _response_associated(request_nonce, status)
    mac = headers.get(H_MAC, "")
    if not hmac.compare_digest(mac, _mac(keys.auth_key, associated, body)):
        raise ProtocolError("answer_not_authentic")
    return json.loads(_open(keys.data_key, body, associated))


# -- the server's side ---------------------------------------------------------------------------


class ReplayGuard:
    """Refuses a request outside the time window or with a nonce seen inside it."""

    def __init__(self, window_s: float = REPLAY_WINDOW_S) -> None:
        self.window_s = window_s
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, head: RequestHeaders, now: float) -> None:
        try:
            sent_at = float(head.timestamp)
        except ValueError as exc:
            raise ProtocolError("unauthenticated") from exc
        if abs(now - sent_at) > self.window_s:
            raise ProtocolError("clock_skew")
        with self._lock:
            if len(self._seen) > 4096:
                self._seen = {n: t for n, t in self._seen.items() if t > now}
            if self._seen.get(head.nonce, 0.0) > now:
                raise ProtocolError("replayed")
            self._seen[head.nonce] = now + 2 * self.window_s


def open_request(
    keys: ShelterKeys,
    guard: ReplayGuard,
    method: str,
    path: str,
    *,
    headers: Mapping[str, str],
    body: bytes,
    now: float | None = None,
) -> tuple[RequestHeaders, Any]:
    """Check a request (MAC, then replay window, then decryption) and return its payload."""
    head = RequestHeaders(
        headers.get(H_TERMINAL, ""), headers.get(H_TIME, ""), headers.get(H_NONCE, "")
    )
    if not head.terminal_id or len(head.nonce) != 32:
        raise ProtocolError("unauthenticated")
    associated = head.associated(method, path)
    if not hmac.compare_digest(headers.get(H_MAC, ""), _mac(keys.auth_key, associated, body)):
        raise ProtocolError("unauthenticated")
    guard.check(head, time.time() if now is None else now)
    try:
        return head, json.loads(_open(keys.data_key, body, associated))
    except ValueError as exc:
        raise ProtocolError("malformed") from exc


def seal_response(
    keys: ShelterKeys, request_nonce: str, status: int, payload: Any
) -> tuple[dict[str, str], bytes]:
    associated = _response_associated(request_nonce, status)
    body = _seal(keys.data_key, canonical_json(payload), associated)
    return {H_MAC: _mac(keys.auth_key, associated, body), "Content-Type": CONTENT_TYPE}, body


# -- records on the wire -------------------------------------------------------------------------


def event_to_lan(event: Event) -> dict[str, Any]:
    """The management contract's event object, with the time to the microsecond (every
    terminal keeps the same record as its origin)."""
    occurred = event.occurred_at.astimezone(UTC).replace(tzinfo=None)
    return wire_object(event, occurred.isoformat(timespec="microseconds") + "Z")


def event_from_lan(obj: Any) -> Event:
    """An event sent by a peer; raises ProtocolError("invalid_event") (no value quoted)."""
    if validate_wire_event(obj):
        raise ProtocolError("invalid_event")
    try:
        registration, card, situation = (
            obj["registration_type"],
            obj["card_type"],
            obj["situation"],
        )
        return Event(
            kind=EventKind(obj["kind"]),
            shelter_id=obj["shelter_id"],
            terminal_id=obj["terminal_id"],
            occurred_at=datetime.fromisoformat(obj["occurred_at"][:-1] + "+00:00"),
            utc_offset_minutes=int(obj["utc_offset_minutes"]),
            registration_type=RegistrationType(registration) if registration else None,
            card_type=CardType(card) if card else None,
            person=Person.from_json(obj["person"]) if obj["person"] else None,
            consent_version=obj["consent_version"],
            situation=frozenset(SituationFlag(v) for v in situation) if situation else frozenset(),
            refers_to=obj["refers_to"],
            training=bool(obj["training"]),
            event_id=obj["event_id"],
            face_check=FaceCheck(obj.get("face_check", FaceCheck.NOT_USED)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError("invalid_event") from exc
