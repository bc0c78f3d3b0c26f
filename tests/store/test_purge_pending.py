"""A purge is only reported done once the personal data has left the main database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.records import EventKind
from kiosk.store import FakeKeyProvider, PurgeStatus, RecordStore
from kiosk.store.retention import Retention, manual_purge
from tests.store.factories import check_in, shelter_notice

CLOSED_AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), FakeClock(CLOSED_AT))
    yield s
    s.close()


def _closed_and_delivered(store: RecordStore) -> list[bytes]:
    events = [shelter_notice(EventKind.SHELTER_OPEN, CLOSED_AT.replace(hour=0))]
    events += [check_in(n) for n in range(3)]
    events.append(shelter_notice(EventKind.SHELTER_CLOSE, CLOSED_AT))
    for e in events:
        store.record(e)
    store.mark_sent([c.event.event_id for c in store.claim_due(100)])
    # Fold everything into the main file first, so the ciphertext is surely there.
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return [bytes(r[0]) for r in store.db.execute("SELECT personal FROM events").fetchall() if r[0]]


def _main_file_holds_any(path: Path, blobs: list[bytes]) -> bool:
    raw = path.read_bytes()
    return any(blob[13:45] in raw for blob in blobs)  # 32 bytes of each ciphertext


def test_purge_with_a_reader_holding_the_wal_is_pending_until_the_checkpoint_completes(
    store: RecordStore,
) -> None:
    blobs = _closed_and_delivered(store)
    assert blobs and _main_file_holds_any(store.path, blobs)
    reader = sqlite3.connect(str(store.path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM events").fetchone()  # holds a read snapshot

    result = manual_purge(store)

    assert result.status is PurgeStatus.PENDING
    assert result.purged == 3
    assert _main_file_holds_any(store.path, blobs)  # honest: the file still holds them
    assert store.purge_pending()
    # Still held: retrying stays pending.
    assert store.finish_purge().status is PurgeStatus.PENDING

    assert manual_purge(store).status is PurgeStatus.PENDING  # staff press it again

    reader.execute("COMMIT")
    reader.close()
    done = store.finish_purge()
    assert done.status is PurgeStatus.PURGED
    assert not store.purge_pending()
    assert not _main_file_holds_any(store.path, blobs)
    wal = store.path.with_name(store.path.name + "-wal")
    assert not wal.exists() or not _main_file_holds_any(wal, blobs)


def test_the_retention_check_retries_a_pending_purge(tmp_path: Path) -> None:
    clock = FakeClock(CLOSED_AT)
    store = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), clock)
    blobs = _closed_and_delivered(store)
    reader = sqlite3.connect(str(store.path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM events").fetchone()
    retention = Retention(store, delay_hours=0, clock=clock, check_interval_s=60)
    first = retention.maybe_purge()
    assert first is not None and first.status is PurgeStatus.PENDING
    reader.execute("COMMIT")
    reader.close()
    clock.advance(61)
    second = retention.maybe_purge()  # no personal rows left, but the checkpoint is owed
    assert second is not None and second.status is PurgeStatus.PURGED
    assert not _main_file_holds_any(store.path, blobs)
    store.close()


def test_a_purge_without_readers_reports_purged(store: RecordStore) -> None:
    blobs = _closed_and_delivered(store)
    result = manual_purge(store)
    assert result.status is PurgeStatus.PURGED and result.reason == "purged"
    assert not _main_file_holds_any(store.path, blobs)


def test_refusals_have_typed_statuses(store: RecordStore) -> None:
    store.record(check_in(1))
    assert manual_purge(store).status is PurgeStatus.NOT_CLOSED
    store.record(shelter_notice(EventKind.SHELTER_CLOSE, CLOSED_AT))
    refused = manual_purge(store)
    assert refused.status is PurgeStatus.UNSENT and refused.unsent == 2
    store.mark_sent([c.event.event_id for c in store.claim_due(100)])
    assert store.purge_personal_data(delay_hours=1).status is PurgeStatus.DELAY_NOT_PASSED
    assert manual_purge(store).status is PurgeStatus.PURGED
    assert manual_purge(store).status is PurgeStatus.NOTHING_LEFT
