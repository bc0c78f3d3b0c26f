"""Staff's "purge training records" (``RecordStore.purge_training``, next to the retention
purge): erases training records' personal data, peer copies included; never a real record;
never this terminal's training record the server has not acknowledged (the server receives
it marked training first); the retention purge's checkpoint discipline."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.roster import roster
from kiosk.store import FakeKeyProvider, PurgeStatus, RecordStore
from kiosk.sync.contract import event_to_wire
from tests.roster.helpers import T0, TODAY, check_in, person


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(b"t" * 32), FakeClock(T0))
    s.peers.ensure_peer("terminal-B")
    s.peers.ensure_peer("terminal-C")
    yield s
    s.close()


def _personal(store: RecordStore) -> set[str]:
    rows = store.db.execute(
        "SELECT event_id FROM events WHERE personal IS NOT NULL OR person_fp IS NOT NULL"
    )
    return {str(r[0]) for r in rows.fetchall()}


def test_the_purge_erases_training_records_and_peer_copies_and_keeps_real_and_unsent(
    store: RecordStore,
) -> None:
    real = check_in(person("本番\u3000一郎"))
    drill_sent = check_in(person("訓練\u3000二郎"), training=True, minutes=1)
    store.record_many([real, drill_sent])
    store.mark_sent([c.event.event_id for c in store.claim_due(10)])
    drill_unsent = check_in(person("訓練\u3000三郎"), training=True, minutes=2)
    store.record(drill_unsent)
    peer_copy = check_in(person("訓練\u3000四郎"), terminal="terminal-B", training=True, minutes=3)
    store.peers.record_received([peer_copy], "terminal-B", own_terminal="terminal-A")
    assert len(roster(store, training=True, today=TODAY).stays) == 3

    result = store.purge_training()

    assert result.purged == 2
    assert result.waiting == 1
    assert result.complete
    assert _personal(store) == {real.event_id, drill_unsent.event_id}
    # Nothing is deleted: the ids stay, so a peer resending a record duplicates nothing.
    assert len(store.event_ids()) == 4
    assert store.peers.lacking([peer_copy.event_id, drill_sent.event_id]) == []
    # The training roster shows what is left; the real one is untouched.
    left = roster(store, training=True, today=TODAY)
    assert [s.check_in_id for s in left.stays] == [drill_unsent.event_id]
    assert left.counts.purged == 2
    assert roster(store, today=TODAY).counts.inside == 1
    # The purged records' deliveries to peers ended (they would be refused without a person).
    pending = store.db.execute(
        "SELECT count(*) FROM peer_outbox WHERE state != 'sent' AND event_id IN (?, ?)",
        [drill_sent.event_id, peer_copy.event_id],
    ).fetchone()[0]
    assert pending == 0
    # The unsent training record still goes to the server, marked training.
    claimed = store.claim_due(10)
    assert [c.event.event_id for c in claimed] == [drill_unsent.event_id]
    wire = event_to_wire(claimed[0].event)
    assert wire["training"] is True
    assert wire["person"] is not None
    store.mark_sent([drill_unsent.event_id])
    # Once acknowledged, the next press purges it too.
    again = store.purge_training()
    assert (again.purged, again.waiting) == (1, 0)
    assert _personal(store) == {real.event_id}
    assert roster(store, training=True, today=TODAY).stays == []


def test_a_purge_with_nothing_to_purge_changes_nothing(store: RecordStore) -> None:
    real = check_in(person("本番\u3000一郎"))
    store.record(real)
    result = store.purge_training()
    assert (result.purged, result.waiting) == (0, 0)
    assert _personal(store) == {real.event_id}


def test_a_reader_holding_the_log_leaves_the_purge_pending_for_the_retention_check(
    store: RecordStore,
) -> None:
    """The erased pages reach the secure_delete main file only at a checkpoint: while a
    reader holds the log the purge says it is incomplete, and the store's pending-purge
    bookkeeping (the retention check's finish_purge) completes it."""
    drill = check_in(person("訓練\u3000五郎"), training=True)
    store.record(drill)
    store.mark_sent([c.event.event_id for c in store.claim_due(10)])
    reader = sqlite3.connect(str(store.path), isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM events").fetchone()  # holds a read snapshot
        result = store.purge_training()
        assert (result.purged, result.complete) == (1, False)
        assert store.purge_pending()
        assert store.finish_purge().status is PurgeStatus.PENDING
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert store.finish_purge().status is PurgeStatus.PURGED
    assert not store.purge_pending()
    assert _personal(store) == set()
