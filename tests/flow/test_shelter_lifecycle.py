"""The shelter's lifecycle from its records, and its notices (kiosk.flow.shelter, Qt-free), on
a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.cards.api import Secret
from kiosk.clock import FakeClock
from kiosk.flow.contract import (
    Action,
    Calendar,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Step,
)
from kiosk.flow.shelter import (
    NoticeOrigin,
    ShelterState,
    after_notice,
    needs_open_notice,
    shelter_notice,
    shelter_state,
    utc_offset_minutes,
)
from kiosk.flow.transitions import Input
from kiosk.records import EventKind
from kiosk.store import KeyFileProvider, RecordStore

from .helpers import Driver, documented, make_driver, mynumber_status, read_ok

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


# -- the check-in flow while the shelter is closed (a paired terminal's close notice) ---------


def _card_io(d: Driver) -> list[object]:
    return [e for e in d.effects if isinstance(e, QueryCardStatus | ReadCard)]


def test_closed_while_idle_the_idle_screen_says_so_and_no_card_is_read() -> None:
    d = make_driver()
    d(d.flow.shelter_closed(True))
    assert (d.flow.view.step, d.flow.view.notice) == (Step.NOTICE, NoticeCode.SHELTER_CLOSED)
    assert d.prompts()[-1] == "prompt.notice.shelter_closed"
    assert documented(Step.IDLE, Input.SHELTER_CLOSED, Step.NOTICE, NoticeCode.SHELTER_CLOSED)
    d(d.flow.card_inserted())
    d(d.flow.choose_action(Action.CHECK_OUT))
    d.clock.advance(3600)
    d(d.flow.tick())
    d(d.flow.dismiss())
    # Nothing read from the card (no try spent), and the notice stays: no OK, no timeout.
    assert _card_io(d) == []
    assert (d.flow.view.step, d.flow.view.notice) == (Step.NOTICE, NoticeCode.SHELTER_CLOSED)
    assert d(d.flow.shelter_closed(True)) == []  # told again: nothing new, nothing spoken

    # Opened again (here, or a peer's open notice): the idle screen, and cards are read.
    d(d.flow.shelter_closed(False))
    assert d.flow.view.step == Step.IDLE and d.flow.view.notice is None
    assert documented(Step.NOTICE, Input.SHELTER_CLOSED, Step.IDLE, None)
    d(d.flow.card_inserted())
    assert d.flow.view.step == Step.READING and len(_card_io(d)) == 1


def test_the_person_at_the_kiosk_when_it_closes_finishes_then_the_notice() -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    d(d.flow.agree())
    assert d.flow.view.step == Step.ENTER_PIN
    assert d(d.flow.shelter_closed(True)) == []  # not cut mid-flow
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(None, token=d.last(LookUpOpenCheckIn).token))
    if d.flow.view.step == Step.ERA_CHOICE:
        d(d.flow.choose_calendar(Calendar.JAPANESE))
    d(d.flow.confirm())
    d(d.flow.save_result(None, token=d.last(SaveEvent).token))
    assert d.flow.view.step == Step.DONE
    d.clock.advance(60)
    d(d.flow.tick())  # the result's time is up: the next person sees the notice
    assert (d.flow.view.step, d.flow.view.notice) == (Step.NOTICE, NoticeCode.SHELTER_CLOSED)
    assert not d.flow.holds_personal_data
    assert documented(Step.DONE, Input.TICK, Step.NOTICE, NoticeCode.SHELTER_CLOSED)
    assert len(d.all(SaveEvent)) == 1
