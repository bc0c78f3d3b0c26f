"""The retention rule, written once (kiosk.store.retention.why_not_purge), checked from a table
of cases: directly, and through a real store that the same case was recorded into."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from kiosk.clock import FakeClock
from kiosk.records import EventKind
from kiosk.store import FakeKeyProvider, PurgeStatus, RecordStore
from kiosk.store.retention import why_not_purge
from tests.store.factories import check_in, shelter_notice

CLOSED_AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)


class Case(NamedTuple):
    closed: bool
    unsent: int
    after_close: timedelta
    delay_hours: float
    refused: PurgeStatus | None  # None: the personal data may go


CASES = {
    "open shelter, everything delivered": Case(False, 0, 1000 * H, 0, PurgeStatus.NOT_CLOSED),
    "open shelter, records waiting": Case(False, 2, 1000 * H, 0, PurgeStatus.NOT_CLOSED),
    "closed, one unsent, manual": Case(True, 1, 0 * H, 0, PurgeStatus.UNSENT),
    "closed, unsent, years later": Case(True, 3, 30_000 * H, 72, PurgeStatus.UNSENT),
    "closed, unsent, delay not passed": Case(True, 1, 1 * H, 72, PurgeStatus.UNSENT),
    "closed, delivered, delay not passed": Case(
        True, 0, 72 * H - timedelta(seconds=1), 72, PurgeStatus.DELAY_NOT_PASSED
    ),
    "closed, delivered, delay just passed": Case(True, 0, 72 * H, 72, None),
    "closed, delivered, long after": Case(True, 0, 1000 * H, 72, None),
    "closed, delivered, manual at once": Case(True, 0, 0 * H, 0, None),
    "closed, delivered, clock before the close": Case(
        True, 0, -1 * H, 0, PurgeStatus.DELAY_NOT_PASSED
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_rule(case: Case) -> None:
    verdict = why_not_purge(
        closed_at=CLOSED_AT if case.closed else None,
        unsent=case.unsent,
        now=CLOSED_AT + case.after_close,
        delay_hours=case.delay_hours,
    )
    assert verdict is case.refused


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_store_purges_exactly_when_the_rule_allows(tmp_path: Path, case: Case) -> None:
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(), FakeClock(CLOSED_AT)) as store:
        events = [shelter_notice(EventKind.SHELTER_OPEN, CLOSED_AT - 5 * H)]
        events += [check_in(n) for n in range(4)]
        if case.closed:
            events.append(shelter_notice(EventKind.SHELTER_CLOSE, CLOSED_AT))
        for event in events:
            store.record(event)
        claimed = store.claim_due(100)
        delivered = claimed[: len(claimed) - case.unsent]
        store.mark_sent([c.event.event_id for c in delivered])
        store.release([c.event.event_id for c in claimed[len(delivered) :]])

        result = store.purge_personal_data(
            delay_hours=case.delay_hours, now=CLOSED_AT + case.after_close
        )

        assert result.status is (case.refused or PurgeStatus.PURGED)
        assert result.unsent == (case.unsent if case.refused is PurgeStatus.UNSENT else 0)
        assert store.personal_rows() == (4 if case.refused else 0)
        assert store.counts()["pending"] == case.unsent
