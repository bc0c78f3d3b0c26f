"""Waiting records are immune to wall-clock steps (no NTP, flat RTC battery)."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.store import FakeKeyProvider, RecordStore, RetryDecision
from tests.store.factories import check_in

YEAR_S = 365 * 24 * 3600.0


def _store(tmp_path: Path, clock: FakeClock, **kwargs: float) -> RecordStore:
    return RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(b"k" * 32), clock, **kwargs)


def _due_after(store: RecordStore, clock: FakeClock, seconds: float) -> None:
    """Nothing is due one second early, the one row exactly on time."""
    clock.advance(seconds - 1)
    assert store.claim_due(10) == []
    clock.advance(1)
    assert len(store.claim_due(10)) == 1
    store.close()


def test_a_clock_stepped_back_a_year_does_not_strand_waiting_records(tmp_path: Path) -> None:
    clock = FakeClock()
    store = _store(tmp_path, clock, max_backoff_s=300)
    first, second = check_in(1), check_in(2)
    store.record(first)
    store.record(second)
    store.mark_retry(
        [
            RetryDecision(c.event.event_id, 200.0, "server unreachable", True)
            for c in store.claim_due(10)
        ]
    )
    assert store.claim_due(10) == []  # the back-off is honoured ...
    clock.step_wall(-YEAR_S)  # ... then someone sets the clock to last year
    next_due = store.next_due_at()
    assert next_due is not None and next_due <= clock.now().timestamp()
    assert {c.event.event_id for c in store.claim_due(10)} == {first.event_id, second.event_id}
    store.close()


def test_back_off_after_the_step_is_still_honoured_and_never_longer_than_the_cap(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    store = _store(tmp_path, clock, max_backoff_s=300)
    store.record(check_in(1))
    claimed = store.claim_due(10)
    # A delay beyond the cap is clamped when written, so a long wait can never be mistaken
    # for a clock step (and the worker never spins on a row it meant to defer).
    store.mark_retry([RetryDecision(claimed[0].event.event_id, 10_000.0, "busy", True)])
    next_due = store.next_due_at()
    assert next_due is not None
    assert next_due - clock.now().timestamp() == 300
    _due_after(store, clock, 300)


def test_deferring_all_due_rows_also_defers_rows_stranded_by_a_step(tmp_path: Path) -> None:
    clock = FakeClock()
    store = _store(tmp_path, clock, max_backoff_s=300)
    store.record(check_in(1))
    claimed = store.claim_due(10)
    store.mark_retry([RetryDecision(claimed[0].event.event_id, 100.0, "down", True)])
    clock.step_wall(-YEAR_S)
    store.record_outcome(defer_due_s=60.0)  # the network is down for every due row
    _due_after(store, clock, 60)


def test_claims_from_the_future_are_taken_back_after_a_step(tmp_path: Path) -> None:
    clock = FakeClock()
    kiosk = _store(tmp_path, clock)
    kiosk.record(check_in(1))
    assert len(kiosk.claim_due(10)) == 1  # claimed, then the sender died
    kiosk.close()
    clock.step_wall(-YEAR_S)
    with _store(tmp_path, clock, requeue_in_flight=False) as cli:
        assert len(cli.claim_due(10)) == 1  # not stuck for a year behind its lease
