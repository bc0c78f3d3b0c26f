"""The local record store: durability settings, encryption, fingerprints, outbox states."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.errors import StorageError, StorageFullError
from kiosk.records import EventKind, Person
from kiosk.store import (
    FakeKeyProvider,
    KeyFileProvider,
    RecordStore,
    RetryDecision,
    StoreKeyLostError,
)
from kiosk.store.schema import SCHEMA_VERSION
from tests.store.factories import SHELTER, check_in, check_out, person, shelter_notice


@pytest.fixture
def keys() -> FakeKeyProvider:
    return FakeKeyProvider()


@pytest.fixture
def store(tmp_path: Path, keys: FakeKeyProvider, fake_clock: FakeClock) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", keys, fake_clock)
    yield s
    s.close()


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), isolation_level=None)


def test_durability_pragmas_and_schema_version(store: RecordStore) -> None:
    def pragma(name: str) -> int | str:
        return store.db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("secure_delete") == 1
    assert pragma("user_version") == SCHEMA_VERSION


def test_record_round_trips_and_personal_fields_are_encrypted_at_rest(
    store: RecordStore, tmp_path: Path
) -> None:
    event = check_in(1)
    store.record(event)
    assert store.get_event(event.event_id) == event
    assert store.counts()["pending"] == 1
    # Neither the name, the address, the phone nor the situation is on disk in clear.
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("kiosk.sqlite3*"))
    assert event.person is not None
    for secret in (event.person.name, event.person.address, "090-0000-0000", "with_pet"):
        assert secret.encode("utf-8") not in raw
    assert event.event_id.encode() in raw  # the plaintext part is there: the check can fail


def test_encrypted_blobs_cannot_be_swapped_between_rows(store: RecordStore, tmp_path: Path) -> None:
    first, second = check_in(1), check_in(2)
    store.record(first)
    store.record(second)
    conn = _raw(tmp_path / "kiosk.sqlite3")
    blobs = dict(conn.execute("SELECT event_id, personal FROM events").fetchall())
    conn.execute(
        "UPDATE events SET personal = ? WHERE event_id = ?",
        (blobs[second.event_id], first.event_id),
    )
    conn.close()
    claimed = store.claim_due(10)
    assert [c.event.event_id for c in claimed] == [second.event_id]
    dead = store.dead_records()
    assert [d.event_id for d in dead] == [first.event_id]
    assert "decrypt" in dead[0].last_error


def test_open_check_in_matches_normalised_name_and_is_closed_by_check_out(
    store: RecordStore,
) -> None:
    arrival = check_in(3)
    store.record(arrival)
    store.record(check_in(4))
    assert arrival.person is not None
    # The same person typed with full-width characters and an ASCII space: NFKC matches it.
    variant = replace(arrival.person, name=arrival.person.name.replace("\u3000", " ") + "  ")
    variant = replace(variant, name=variant.name.replace("3", "３"))
    found = store.open_check_in(variant, SHELTER)
    assert found is not None
    assert found.event_id == arrival.event_id
    assert store.open_check_in(arrival.person, "another-shelter") is None
    other_birthday = replace(arrival.person, birth_date=person(5).birth_date)
    assert store.open_check_in(other_birthday, SHELTER) is None
    store.record(check_out(arrival))
    assert store.open_check_in(arrival.person, SHELTER) is None


def test_fingerprint_differs_between_installations(tmp_path: Path) -> None:
    one = RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider())
    two = RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider())
    for s in (one, two):
        s.record(check_in(1, who=person(1)))
    prints = [s.db.execute("SELECT person_fp FROM events").fetchone()[0] for s in (one, two)]
    assert prints[0] != prints[1]
    one.close()
    two.close()


def test_lost_key_is_detected_and_status_still_works(tmp_path: Path, keys: FakeKeyProvider) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with RecordStore(path, keys) as s:
        s.record(check_in(1))
    keys.forget()
    with pytest.raises(StoreKeyLostError):
        RecordStore(path, keys)
    with pytest.raises(StoreKeyLostError):
        RecordStore(path, FakeKeyProvider(b"\x01" * 32))
    with RecordStore(path, None, requeue_in_flight=False) as keyless:
        assert keyless.counts()["pending"] == 1
        with pytest.raises(StoreKeyLostError):
            keyless.record(check_in(2))


def test_key_file_is_owner_only_and_reused(tmp_path: Path) -> None:
    provider = KeyFileProvider(tmp_path / "data" / "store.key")
    path = tmp_path / "data" / "kiosk.sqlite3"
    with RecordStore(path, provider) as s:
        s.record(check_in(1))
    mode = stat.S_IMODE(provider.path.stat().st_mode)
    assert mode == 0o600
    with RecordStore(path, KeyFileProvider(provider.path)) as again:
        assert len(again.claim_due(10)) == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    RecordStore(path, FakeKeyProvider()).close()
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        RecordStore(path, FakeKeyProvider())


def test_in_flight_goes_back_to_pending_on_start_up(tmp_path: Path, keys: FakeKeyProvider) -> None:
    path = tmp_path / "kiosk.sqlite3"
    s = RecordStore(path, keys)
    s.record(check_in(1))
    assert len(s.claim_due(10)) == 1
    assert s.counts()["in_flight"] == 1
    s.close()  # the process "crashes" with the row claimed
    with RecordStore(path, keys) as again:
        assert again.counts() == {"pending": 1, "in_flight": 0, "sent": 0, "dead": 0}


def test_outbox_transitions_and_backoff_schedule(store: RecordStore, fake_clock: FakeClock) -> None:
    a, b, c = check_in(1), check_in(2), check_in(3)
    for e in (a, b, c):
        store.record(e)
    claimed = store.claim_due(10)
    assert [x.event.event_id for x in claimed] == [a.event_id, b.event_id, c.event_id]
    assert store.claim_due(10) == []  # claimed rows are not handed out twice
    store.mark_sent([a.event_id])
    store.mark_dead([(b.event_id, "conflict: different content")])
    store.mark_retry([RetryDecision(c.event_id, 30.0, "HTTP 503", True)])
    assert store.counts() == {"pending": 1, "in_flight": 0, "sent": 1, "dead": 1}
    assert store.claim_due(10) == []
    fake_clock.advance(29)
    assert store.claim_due(10) == []
    fake_clock.advance(2)
    again = store.claim_due(10)
    assert [x.event.event_id for x in again] == [c.event_id]
    assert again[0].attempts == 1
    assert store.retry_dead() == 1
    assert store.counts()["pending"] == 1


def test_two_connections_never_claim_the_same_row(tmp_path: Path, keys: FakeKeyProvider) -> None:
    path = tmp_path / "kiosk.sqlite3"
    writer = RecordStore(path, keys)
    for n in range(200):
        writer.record(check_in(n))
    other = RecordStore(path, keys, requeue_in_flight=False)
    results: list[list[str]] = [[], []]

    def drain(s: RecordStore, out: list[str]) -> None:
        while batch := s.claim_due(7):
            out.extend(x.event.event_id for x in batch)

    threads = [
        threading.Thread(target=drain, args=(s, out))
        for s, out in ((writer, results[0]), (other, results[1]))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results[0]) + len(results[1]) == 200
    assert set(results[0]).isdisjoint(results[1])
    writer.close()
    other.close()


def test_recording_while_the_sync_thread_works_keeps_the_database_consistent(
    store: RecordStore,
) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []

    def sync_side() -> None:
        try:
            while not stop.is_set():
                batch = store.claim_due(5)
                store.mark_sent([x.event.event_id for x in batch])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=sync_side)
    t.start()
    for n in range(150):
        store.record(check_in(n))
    stop.set()
    t.join(30)
    assert errors == []
    counts = store.counts()
    assert counts["pending"] + counts["sent"] == 150
    assert counts["in_flight"] == 0
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_raises_storage_full_and_leaves_earlier_records_intact(
    tmp_path: Path, keys: FakeKeyProvider
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    RecordStore(path, keys).close()
    with contextlib.closing(_raw(path)) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    store = RecordStore(path, keys, max_page_count=pages + 40)
    saved: list[str] = []
    with pytest.raises(StorageFullError) as excinfo:
        for n in range(10_000):
            event = check_in(n)
            store.record(event)
            saved.append(event.event_id)
    assert excinfo.value.code == "storage_full"
    assert saved, "the cap left room for at least one record"
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.event_ids() == saved
    # The refused record left no half: no event row and no outbox row.
    assert store.counts()["pending"] == len(saved)
    claimed = store.claim_due(len(saved) + 10)
    assert [c.event.event_id for c in claimed] == saved
    store.mark_sent(saved)
    assert store.counts()["sent"] == len(saved)
    store.close()


def test_event_with_naive_timestamp_is_refused(store: RecordStore) -> None:
    event = check_in(1)
    with pytest.raises(ValueError, match="aware"):
        store.record(replace(event, occurred_at=event.occurred_at.replace(tzinfo=None)))
    assert store.counts()["pending"] == 0


def test_listener_is_called_after_commit(store: RecordStore) -> None:
    seen: list[int] = []
    store.subscribe(lambda: seen.append(store.counts()["pending"]))
    store.record(check_in(1))
    store.record(shelter_notice(EventKind.SHELTER_OPEN))
    assert seen == [1, 2]


def test_person_repr_never_leaks(store: RecordStore) -> None:
    p: Person = person(1)
    assert p.name not in repr(check_in(1, who=p))


def test_low_disk_space_refuses_new_records_before_the_disk_is_full(
    tmp_path: Path, keys: FakeKeyProvider
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with RecordStore(path, keys) as s:
        s.record(check_in(1))
    # More free space demanded than any disk has: the same state as a nearly full disk.
    with RecordStore(path, keys, reserve_bytes=1 << 62) as tight:
        with pytest.raises(StorageFullError):
            tight.record(check_in(2))
        assert tight.counts()["pending"] == 1
        assert len(tight.claim_due(10)) == 1  # what is recorded can still be sent


def test_a_file_that_is_not_a_database_gives_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"this is not SQLite" * 500)
    # Recovery (moving it aside) is only for the kiosk itself: test_corruption.py.
    with pytest.raises(StorageError, match="cannot be opened"):
        RecordStore(path, FakeKeyProvider(), recover_corrupt=False)
    assert path.read_bytes().startswith(b"this is not SQLite")  # left alone for staff
