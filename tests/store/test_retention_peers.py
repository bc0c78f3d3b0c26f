"""The purge after closing covers the copies received from paired terminals (docs/lan.md
"The purge of peer copies"): personal data at rest like our own records. Never a record
still unsent to the server from this terminal; and once purged, a record is never sent to
a peer again (it would arrive without its person and be refused)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.records import Event, EventKind
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.store.retention import PurgeStatus, manual_purge
from tests.store.factories import check_in, shelter_notice

CLOSED_AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
LATER = CLOSED_AT + timedelta(hours=73)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(b"r" * 32), FakeClock(CLOSED_AT))
    yield s
    s.close()


def _made_on(terminal: str, numbers: range) -> list[Event]:
    return [dataclasses.replace(check_in(n), terminal_id=terminal) for n in numbers]


def _closed_session_with_peer_copies(store: RecordStore) -> tuple[list[Event], list[Event]]:
    """Our own records (open, 2 check-ins, close), all acknowledged by the server, and 3
    check-ins made on terminal-B received from it."""
    store.peers.ensure_peer("terminal-B")
    own = [shelter_notice(EventKind.SHELTER_OPEN, CLOSED_AT.replace(hour=0))]
    own += _made_on(own[0].terminal_id, range(2))
    theirs = _made_on("terminal-B", range(10, 13))
    for e in own:
        store.record(e)
    assert store.peers.record_received(theirs, "terminal-B", own_terminal=own[0].terminal_id)
    store.record(shelter_notice(EventKind.SHELTER_CLOSE, CLOSED_AT))
    store.mark_sent([c.event.event_id for c in store.claim_due(100)])
    return own, theirs


def _personal_ids(store: RecordStore) -> set[str]:
    rows = store.db.execute("SELECT event_id FROM events WHERE personal IS NOT NULL")
    return {str(r[0]) for r in rows.fetchall()}


def test_peer_copies_are_purged_with_our_own_records_after_the_delay(store: RecordStore) -> None:
    own, theirs = _closed_session_with_peer_copies(store)
    assert store.purge_personal_data(delay_hours=72, now=CLOSED_AT).status is (
        PurgeStatus.DELAY_NOT_PASSED
    )
    assert _personal_ids(store) == {e.event_id for e in own[1:] + theirs}
    result = store.purge_personal_data(delay_hours=72, now=LATER)
    assert result.status is PurgeStatus.PURGED
    assert result.purged == 5
    assert _personal_ids(store) == set()
    fingerprints = store.db.execute("SELECT count(*) FROM events WHERE person_fp IS NOT NULL")
    assert fingerprints.fetchone()[0] == 0
    assert store.peers.origin_counts()["terminal-B"] == 3  # the records (ids, counts) stay


def test_our_own_record_taken_back_from_a_peer_and_unsent_blocks_the_purge(
    store: RecordStore,
) -> None:
    own, _ = _closed_session_with_peer_copies(store)
    # Our database lost a record a peer still held: it comes back as ours, queued for the
    # server again. Until the server has it, nothing is purged, peer copies included.
    lost = _made_on(own[0].terminal_id, range(20, 21))
    store.peers.record_received(lost, "terminal-B", own_terminal=own[0].terminal_id)
    result = manual_purge(store)
    assert result.status is PurgeStatus.UNSENT
    assert result.unsent == 1
    assert len(_personal_ids(store)) == 6


def test_the_purge_drops_deliveries_to_peers_of_purged_records(store: RecordStore) -> None:
    own, theirs = _closed_session_with_peer_copies(store)
    store.peers.ensure_peer("terminal-C")  # was away: it still lacks everything
    waiting = store.peers.counts("terminal-C")["pending"]
    assert waiting == len(own) + 1 + len(theirs)  # ours, the close, and B's (relayed)
    store.peers.outcome("terminal-B", sent=[e.event_id for e in own])
    result = manual_purge(store)
    assert result.status is PurgeStatus.PURGED
    # Records without their person would be refused by C (and stay 'dead' on staff's page):
    # the deliveries of purged records end with the purge. The close and open notices hold
    # no personal data: they still go.
    assert store.peers.counts("terminal-C") == {
        "pending": 2,
        "in_flight": 0,
        "sent": 0,
        "dead": 0,
    }
    sent = [e.event_id for e in store.peers.claim("terminal-C", 100)]
    assert set(sent) == {own[0].event_id, store.event_ids()[-1]}
    assert all(e.person is None for e in store.peers.claim("terminal-B", 100))


def test_a_peer_paired_after_the_purge_is_sent_no_purged_record(store: RecordStore) -> None:
    _closed_session_with_peer_copies(store)
    assert manual_purge(store).status is PurgeStatus.PURGED
    store.peers.ensure_peer("terminal-D")
    assert store.peers.counts("terminal-D")["pending"] == 2  # the open and close notices
    # ... nor a peer whose database was replaced after the purge.
    store.peers.resend_all("terminal-B")
    claimed = store.peers.claim("terminal-B", 100)
    assert all(e.kind in (EventKind.SHELTER_OPEN, EventKind.SHELTER_CLOSE) for e in claimed)
