"""The phone page's guards (pure logic): the opening token in the QR code, the per-form
token (CSRF-style, bound to the idempotency key), and token-bucket rate limits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

#: Random bytes of the opening token (URL-safe base64 in the QR code).
OPENING_TOKEN_BYTES = 18
#: How long a form page may stay open before its submit asks to press Register again.
FORM_TOKEN_TTL_S = 2 * 60 * 60


class OpeningToken:
    """The token in the QR code: random, valid for one opening of the shelter only.

    :meth:`rotate` (at each shelter opening, and at each start of the kiosk) makes a new one;
    every earlier one is unknown from then on. Compared in constant time.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = ""
        self.rotate()

    def rotate(self) -> str:
        with self._lock:
            self._value = secrets.token_urlsafe(OPENING_TOKEN_BYTES)
            return self._value

    @property
    def value(self) -> str:
        with self._lock:
            return self._value

    def matches(self, candidate: str) -> bool:
        return hmac.compare_digest(candidate.encode(), self.value.encode())


@dataclass(frozen=True)
class FormTicket:
    """What the form page carries in hidden fields: the submission's id (the record's
    event_id, so a double submit records once) and a MAC over it, the opening token and
    the time it was issued."""

    submission_id: str
    issued: int
    mac: str


class FormTokens:
    """Issues and checks :class:`FormTicket`; the key lives in memory for this run only."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._key = secrets.token_bytes(32)
        self._clock = clock

    def _mac(self, opening: str, submission_id: str, issued: int) -> str:
        message = f"{opening}\x1f{submission_id}\x1f{issued}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def issue(self, opening: str, submission_id: str | None = None) -> FormTicket:
        submission_id = submission_id or str(uuid.uuid4())
        issued = int(self._clock())
        return FormTicket(submission_id, issued, self._mac(opening, submission_id, issued))

    def check(self, opening: str, submission_id: str, issued: str, mac: str) -> str:
        """'ok', 'expired' (genuine but too old: the form is shown again) or 'invalid'."""
        try:
            parsed = uuid.UUID(submission_id)
            when = int(issued)
        except ValueError:
            return "invalid"
        if str(parsed) != submission_id:
            return "invalid"
        if not hmac.compare_digest(self._mac(opening, submission_id, when), mac):
            return "invalid"
        age = self._clock() - when
        if age < -60 or age > FORM_TOKEN_TTL_S:
            return "expired"
        return "ok"


class TokenBucket:
    """``capacity`` requests at once, refilled at ``rate`` per second."""

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.stamp = now

    def take(self, now: float) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass(frozen=True)
class RateLimits:
    #: Per client address: a burst, then one request every ``1/per_client_rate`` seconds.
    per_client_burst: float = 10
    per_client_rate: float = 0.2
    #: All clients together.
    global_burst: float = 60
    global_rate: float = 5.0
    #: Client addresses remembered (least recently seen forgotten first).
    max_clients: int = 4096


class RateLimiter:
    """Token buckets per client address and one for everyone; thread-safe."""

    def __init__(self, limits: RateLimits, clock: Callable[[], float]) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        self._clients: OrderedDict[str, TokenBucket] = OrderedDict()
        self._global = TokenBucket(limits.global_burst, limits.global_rate, clock())

    def allow(self, address: str) -> bool:
        now = self._clock()
        with self._lock:
            bucket = self._clients.get(address)
            if bucket is None:
                bucket = TokenBucket(self.limits.per_client_burst, self.limits.per_client_rate, now)
                self._clients[address] = bucket
                while len(self._clients) > self.limits.max_clients:
                    self._clients.popitem(last=False)
            else:
                self._clients.move_to_end(address)
            if not bucket.take(now):
                return False
            if not self._global.take(now):
                # Give the client its token back: it was the crowd, not this client.
                bucket.tokens += 1
                return False
            return True
