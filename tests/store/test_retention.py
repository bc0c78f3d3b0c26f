"""Retention: personal data goes only after the close, the delay, and a complete delivery."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.records import EventKind
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.store.retention import Retention, manual_purge
from tests.store.factories import SHELTER, check_in, shelter_notice

CLOSED_AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    clock = FakeClock(CLOSED_AT)
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), clock)
    yield s
    s.close()


def _deliver_all(store: RecordStore) -> None:
    store.mark_sent([c.event.event_id for c in store.claim_due(10_000)])


def _record_session(store: RecordStore, *, close: bool = True) -> list[str]:
    events = [shelter_notice(EventKind.SHELTER_OPEN, CLOSED_AT.replace(hour=0))]
    events += [check_in(n) for n in range(3)]
    if close:
        events.append(shelter_notice(EventKind.SHELTER_CLOSE, CLOSED_AT))
    for e in events:
        store.record(e)
    return [e.event_id for e in events]


def test_nothing_is_purged_while_the_shelter_is_open(store: RecordStore) -> None:
    _record_session(store, close=False)
    _deliver_all(store)
    result = store.purge_personal_data(delay_hours=0, now=CLOSED_AT.replace(year=2027))
    assert result.purged == 0
    assert "not been closed" in result.reason
    assert store.personal_rows() == 3


def test_unsent_and_dead_records_block_the_purge_forever(store: RecordStore) -> None:
    ids = _record_session(store)
    claimed = store.claim_due(100)
    store.mark_sent([c.event.event_id for c in claimed if c.event.event_id != ids[1]])
    store.mark_dead([(ids[1], "rejected: bad record")])
    far_future = CLOSED_AT.replace(year=2030)
    assert store.purge_personal_data(delay_hours=72, now=far_future).purged == 0
    assert manual_purge(store).purged == 0
    assert store.personal_rows() == 3
    store.retry_dead()
    assert store.purge_personal_data(delay_hours=72, now=far_future).purged == 0


def test_purge_after_delay_keeps_counts_and_ids(store: RecordStore) -> None:
    ids = _record_session(store)
    _deliver_all(store)
    early = store.purge_personal_data(delay_hours=72, now=CLOSED_AT.replace(day=3))
    assert early.purged == 0
    result = store.purge_personal_data(delay_hours=72, now=CLOSED_AT.replace(day=4, hour=13))
    assert result.purged == 3
    assert store.personal_rows() == 0
    assert store.event_ids() == ids
    assert store.kind_counts() == {"shelter_open": 1, "check_in": 3, "shelter_close": 1}
    assert store.counts()["sent"] == 5
    personal = store.db.execute("SELECT count(*) FROM events WHERE personal IS NOT NULL")
    assert personal.fetchone()[0] == 0
    who = check_in(0).person
    assert who is not None
    assert store.open_check_in(who, SHELTER) is None


def test_manual_purge_skips_the_delay_but_not_the_rule(store: RecordStore) -> None:
    _record_session(store)
    assert manual_purge(store).purged == 0  # not acknowledged yet
    _deliver_all(store)
    assert manual_purge(store).purged == 3


def test_reopening_the_shelter_cancels_the_purge(store: RecordStore) -> None:
    _record_session(store)
    store.record(shelter_notice(EventKind.SHELTER_OPEN, CLOSED_AT.replace(hour=13)))
    _deliver_all(store)
    assert manual_purge(store).purged == 0


def test_retention_checks_at_most_once_per_interval(tmp_path: Path) -> None:
    clock = FakeClock(CLOSED_AT)
    store = RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(), clock)
    _record_session(store)
    _deliver_all(store)
    retention = Retention(store, delay_hours=1, clock=clock, check_interval_s=60)
    first = retention.maybe_purge()
    assert first is not None
    assert first.purged == 0
    clock.advance(30)
    assert retention.maybe_purge() is None  # checked 30 s ago
    clock.advance(3600)
    assert retention.maybe_purge() is not None
    assert store.personal_rows() == 0
    store.close()
