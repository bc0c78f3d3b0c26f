"""Tokens and rate limits (pure logic)."""

from __future__ import annotations

import uuid

from kiosk.clock import FakeClock
from kiosk.webreg.security import (
    FORM_TOKEN_TTL_S,
    FormTokens,
    OpeningToken,
    RateLimiter,
    RateLimits,
)


def test_the_opening_token_is_random_and_rotates() -> None:
    token = OpeningToken()
    first = token.value
    assert len(first) >= 24 and token.matches(first)
    assert token.rotate() != first
    assert not token.matches(first)
    assert OpeningToken().value != token.value


def test_a_ticket_is_bound_to_its_opening_and_submission_id() -> None:
    clock = FakeClock()
    tickets = FormTokens(clock.monotonic)
    ticket = tickets.issue("opening-1")
    uuid.UUID(ticket.submission_id)
    ok = (ticket.submission_id, str(ticket.issued), ticket.mac)
    assert tickets.check("opening-1", *ok) == "ok"
    assert tickets.check("opening-2", *ok) == "invalid"
    other = str(uuid.uuid4())
    assert tickets.check("opening-1", other, str(ticket.issued), ticket.mac) == "invalid"
    assert tickets.check("opening-1", ticket.submission_id, "1", ticket.mac) == "invalid"
    assert tickets.check("opening-1", "not-a-uuid", str(ticket.issued), ticket.mac) == "invalid"
    assert FormTokens(clock.monotonic).check("opening-1", *ok) == "invalid"  # another run
    clock.advance(FORM_TOKEN_TTL_S + 1)
    assert tickets.check("opening-1", *ok) == "expired"
    again = tickets.issue("opening-1", ticket.submission_id)
    assert again.submission_id == ticket.submission_id
    assert tickets.check("opening-1", again.submission_id, str(again.issued), again.mac) == "ok"


def test_per_client_buckets_are_separate_and_refill() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(per_client_burst=2, per_client_rate=0.5), clock.monotonic)
    assert [limiter.allow("10.0.0.1") for _ in range(3)] == [True, True, False]
    assert limiter.allow("10.0.0.2")
    clock.advance(2)
    assert limiter.allow("10.0.0.1")
    assert not limiter.allow("10.0.0.1")


def test_the_global_bucket_limits_everyone_without_charging_the_client() -> None:
    clock = FakeClock()
    limits = RateLimits(per_client_burst=1, per_client_rate=0.0, global_burst=3, global_rate=1)
    limiter = RateLimiter(limits, clock.monotonic)
    assert [limiter.allow(f"10.0.0.{i}") for i in range(5)] == [True, True, True, False, False]
    clock.advance(1)
    # 10.0.0.4 was refused by the crowd, not for itself: its own token is still there.
    assert limiter.allow("10.0.0.4")


def test_the_client_table_is_bounded() -> None:
    clock = FakeClock()
    limiter = RateLimiter(
        RateLimits(per_client_burst=1, per_client_rate=0.0, max_clients=2, global_burst=100),
        clock.monotonic,
    )
    assert limiter.allow("a") and limiter.allow("b") and limiter.allow("c")
    assert limiter.allow("a")  # forgotten (least recently seen), so a fresh bucket
    assert not limiter.allow("c")
