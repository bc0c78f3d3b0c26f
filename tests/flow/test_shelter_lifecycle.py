"""The shelter's lifecycle from its records, and its notices (kiosk.flow.shelter, Qt-free), on
a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.flow.shelter import (
    NoticeOrigin,
    ShelterState,
    after_notice,
    needs_open_notice,
    shelter_notice,
    shelter_state,
    utc_offset_minutes,
)
from kiosk.records import EventKind
from kiosk.store import KeyFileProvider, RecordStore

ORIGIN = NoticeOrigin("S-0001", "T-0001", training=True)


def test_the_records_decide_the_state(tmp_path: Path) -> None:
    clock = FakeClock()
    store = RecordStore(tmp_path / "kiosk.sqlite3", KeyFileProvider(tmp_path / "key"), clock)
    try:
        assert shelter_state(store) is ShelterState.NOT_OPENED
        assert needs_open_notice(shelter_state(store))
        store.record(shelter_notice(EventKind.SHELTER_OPEN, ORIGIN, clock.now()))
        assert shelter_state(store) is ShelterState.OPEN
        assert not needs_open_notice(ShelterState.OPEN)
        clock.advance(60)
        store.record(shelter_notice(EventKind.SHELTER_CLOSE, ORIGIN, clock.now()))
        assert shelter_state(store) is ShelterState.CLOSED
        assert needs_open_notice(ShelterState.CLOSED)
        clock.advance(60)
        store.record(shelter_notice(EventKind.SHELTER_OPEN, ORIGIN, clock.now()))
        assert shelter_state(store) is ShelterState.OPEN
    finally:
        store.close()


def test_a_notice_carries_the_origin_utc_time_and_the_local_offset() -> None:
    jst = datetime(2026, 12, 4, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    event = shelter_notice(EventKind.SHELTER_CLOSE, ORIGIN, jst)
    assert event.occurred_at == jst and event.occurred_at.tzinfo is UTC
    assert event.utc_offset_minutes == utc_offset_minutes(jst)
    assert (event.shelter_id, event.terminal_id, event.training) == ("S-0001", "T-0001", True)
    assert event.person is None
    assert after_notice(EventKind.SHELTER_CLOSE) is ShelterState.CLOSED


def test_only_open_and_close_are_shelter_notices() -> None:
    with pytest.raises(ValueError, match="not a shelter notice"):
        shelter_notice(EventKind.CHECK_IN, ORIGIN, datetime.now(UTC))


def test_the_offset_is_fixed_by_the_settings_or_read_from_the_system() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert utc_offset_minutes(now, 540) == 540
    local = now.astimezone().utcoffset()
    expected = int(local.total_seconds() // 60) if local is not None else 0
    assert utc_offset_minutes(now) == expected
