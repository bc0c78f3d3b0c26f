"""A damaged database file: noticed, moved aside (never deleted), every readable record
salvaged into a fresh file with its outbox state, and recording goes on. Real files, real
flipped bytes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.store import (
    FakeKeyProvider,
    QuarantineReason,
    RecordStore,
    StoreCondition,
    StoreCorruptError,
)
from tests.store.factories import check_in, flip_page, pages_of, raw_sql

#: The names tests/ui/test_store_state.py imports from this module (now in factories).
_flip_page, _pages_of = flip_page, pages_of

KEY = bytes(range(32))
N = 400


def _keys() -> FakeKeyProvider:
    return FakeKeyProvider(KEY)


def _filled(path: Path, clock: FakeClock) -> dict[str, str]:
    """N check-ins: the first 100 sent, 5 dead, the rest pending. Returns id -> state."""
    with RecordStore(path, _keys(), clock) as s:
        events = [check_in(n) for n in range(N)]
        s.record_many(events)
        claimed = s.claim_due(105)
        s.mark_sent([c.event.event_id for c in claimed[:100]])
        s.mark_dead([(c.event.event_id, "rejected") for c in claimed[100:]])
        states = {
            str(eid): str(state)
            for eid, state in s.db.execute("SELECT event_id, state FROM outbox").fetchall()
        }
    assert not path.with_name(path.name + "-wal").exists()  # everything is in the main file
    return states


def _damaged(tmp_path: Path, clock: FakeClock, table: str, which: int | None = None) -> Path:
    """A filled database with one leaf page of ``table`` overwritten (default: a middle one)."""
    path = tmp_path / "kiosk.sqlite3"
    _filled(path, clock)
    pages = pages_of(path, table)
    flip_page(path, pages[len(pages) // 2 if which is None else which])
    return path


def _integrity(path: Path) -> str:
    raw = sqlite3.connect(str(path))
    try:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        raw.close()


def test_a_damaged_events_page_is_noticed_at_start_up_and_salvaged(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    states = _filled(path, fake_clock)
    pages = pages_of(path, "events")
    flip_page(path, pages[len(pages) // 2])
    damaged = path.read_bytes()
    assert _integrity(path) != "ok"

    with RecordStore(path, _keys(), fake_clock) as s:
        assert s.condition is StoreCondition.RECOVERED
        report = s.salvage_report()
        assert report is not None
        # The damaged file is kept, byte for byte, beside the new one.
        aside = tmp_path / report.moved_to
        assert aside.read_bytes() == damaged
        assert _integrity(path) == "ok"
        new_states = {
            str(eid): str(state)
            for eid, state in s.db.execute("SELECT event_id, state FROM outbox").fetchall()
        }
        # Every record is either salvaged or counted as lost; nothing invented.
        assert set(new_states) <= set(states)
        assert report.salvaged == len(new_states)
        assert report.lost == N - len(new_states) > 0
        assert set(report.lost_ids) == set(states) - set(new_states)  # ids from the outbox
        assert report.salvaged > N // 2
        # Salvaged rows keep their outbox state: sent stays sent (never sent twice).
        for eid, state in new_states.items():
            assert state == states[eid]
        # Every salvaged unsent record decrypts and goes out exactly once.
        claimed = s.claim_due(1000)
        assert sorted(c.event.event_id for c in claimed) == sorted(
            eid for eid, state in new_states.items() if state == "pending"
        )
        assert s.claim_due(1000) == []
        # Recording goes on, into the new file.
        s.record(check_in(999))
        assert s.counts()["pending"] == 1
    # The report survives a restart until staff acknowledge it.
    with RecordStore(path, _keys(), fake_clock) as again:
        assert again.condition is StoreCondition.RECOVERED
        assert again.salvage_report() == report
        again.acknowledge_recovery()
        assert again.condition is StoreCondition.OK
        assert again.salvage_report() is None


def test_a_damaged_outbox_page_loses_no_record_and_resends_only_unknown_states(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    states = _filled(path, fake_clock)
    flip_page(path, pages_of(path, "outbox")[0])  # the oldest rows: all sent
    with RecordStore(path, _keys(), fake_clock) as s:
        report = s.salvage_report()
        assert report is not None and report.lost == 0 and report.salvaged == N
        new_states = dict(s.db.execute("SELECT event_id, state FROM outbox").fetchall())
        assert set(new_states) == set(states)
        changed = {eid for eid in states if new_states[eid] != states[eid]}
        # Only rows whose outbox state could not be read change, and they go back to the
        # queue (the server answers "duplicate" for those it has): never lost, never dropped.
        assert changed and all(new_states[eid] == "pending" for eid in changed)
        assert all(states[eid] == "sent" for eid in changed)
        assert report.unknown_state == len(changed)


def test_corruption_found_while_running_moves_the_file_aside_and_recording_goes_on(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = _damaged(tmp_path, fake_clock, "events")
    # Damage that appears while the kiosk runs (the start-up check saw a good file).
    s = RecordStore(path, _keys(), fake_clock, check_at_open=False)
    conditions: list[StoreCondition] = []
    s.subscribe_condition(conditions.append)
    with pytest.raises(StoreCorruptError) as caught:
        s.kind_counts()  # reads every page: SQLite reports the damage
    assert caught.value.code == "store_corrupt"
    assert conditions == [StoreCondition.RECOVERED]
    event = check_in(1000)
    s.record(event)  # goes into the fresh file
    assert s.get_event(event.event_id) == event
    assert _integrity(path) == "ok"
    assert len(list(tmp_path.glob("kiosk.sqlite3.damaged-*"))) == 1
    s.close()


def test_a_write_that_meets_the_damage_is_retried_in_the_fresh_file(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = _damaged(tmp_path, fake_clock, "events", -1)  # where the next record is appended
    s = RecordStore(path, _keys(), fake_clock, check_at_open=False)
    assert s.condition is StoreCondition.OK  # nothing has touched the damaged page yet
    event = check_in(1000)
    s.record(event)  # meets the damaged page, recovers, records into the new file
    assert s.condition is StoreCondition.RECOVERED
    report = s.salvage_report()
    assert report is not None and report.lost and report.salvaged + report.lost == N
    assert s.get_event(event.event_id) == event
    assert _integrity(path) == "ok"
    s.close()


def test_without_the_key_a_damaged_file_is_reported_and_left_alone(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = _damaged(tmp_path, fake_clock, "events")
    damaged = path.read_bytes()
    with pytest.raises(StoreCorruptError):
        RecordStore(path, None, fake_clock, requeue_in_flight=False)
    assert path.read_bytes() == damaged
    assert list(tmp_path.glob("*.damaged-*")) == []


def test_a_file_that_is_not_a_database_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"this is not SQLite" * 500)
    with RecordStore(path, FakeKeyProvider()) as s:
        assert s.condition is StoreCondition.RECOVERED
        report = s.salvage_report()
        assert report is not None and report.salvaged == 0
        assert (tmp_path / report.moved_to).read_bytes().startswith(b"this is not SQLite")
        s.record(check_in(1))
        assert s.counts()["pending"] == 1


def test_a_recovery_cut_off_by_a_power_cut_is_finished_at_the_next_start(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    fresh = tmp_path / "fresh.sqlite3"
    with RecordStore(fresh, _keys(), fake_clock) as s:
        s.record(check_in(1))
    # The cut came after the damaged file (and its WAL) were renamed... all but the WAL.
    fresh.rename(path.with_name(path.name + ".salvage"))
    stray_wal = path.with_name(path.name + "-wal")
    stray_wal.write_bytes(b"frames of the damaged file")
    with RecordStore(path, _keys(), fake_clock) as s:
        assert s.counts()["pending"] == 1
    assert not path.with_name(path.name + ".salvage").exists()
    kept = list(tmp_path.glob("kiosk.sqlite3.damaged-orphan-*-wal"))
    assert [k.read_bytes() for k in kept] == [b"frames of the damaged file"]


def test_an_integrity_check_on_demand_finds_and_recovers_damage(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = _damaged(tmp_path, fake_clock, "outbox")
    with RecordStore(path, _keys(), fake_clock, check_at_open=False) as s:
        assert s.condition is StoreCondition.OK
        assert s.check_integrity() is StoreCondition.RECOVERED
        assert _integrity(path) == "ok"
        assert s.check_integrity() is StoreCondition.RECOVERED  # until staff acknowledge
        s.acknowledge_recovery()
        assert s.check_integrity() is StoreCondition.OK


def test_a_row_with_damaged_text_is_quarantined_and_never_blocks_the_queue(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    # Damage inside one value (not the page structure): quick_check passes, and the text is
    # no longer UTF-8, which SQLite hands over unchecked.
    with RecordStore(tmp_path / "kiosk.sqlite3", _keys(), fake_clock) as s:
        victim, other = check_in(1), check_in(2)
        s.record_many([victim, other])
        raw_sql(
            s.path,
            "UPDATE events SET recorded_at = CAST(x'32303236ff' AS TEXT) WHERE event_id = ?",
            victim.event_id,
        )
        assert [c.event.event_id for c in s.claim_due(10)] == [other.event_id]
        (dead,) = s.dead_records()
        assert dead.event_id == victim.event_id and dead.reason is QuarantineReason.TAMPERED
        assert s.claim_due(10) == []


def test_a_damaged_record_id_that_quick_check_misses_is_found_and_salvaged(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    states = _filled(path, fake_clock)
    # Damage inside the outbox row's id: the page structure is intact (quick_check passes),
    # but the index still points at it under the old id, and the record could never be sent.
    victim = sorted(eid for eid, state in states.items() if state == "pending")[0]
    data = path.read_bytes()
    at = data.index(victim.encode(), data.index(victim.encode()) + 1)
    while not _is_outbox_copy(path, data, at, victim):
        at = data.index(victim.encode(), at + 1)
    damaged = bytearray(data)
    damaged[at + 3] = 0xFF
    path.write_bytes(bytes(damaged))
    with RecordStore(path, _keys(), fake_clock) as s:
        assert s.condition is StoreCondition.RECOVERED
        new_states = dict(s.db.execute("SELECT event_id, state FROM outbox").fetchall())
        assert set(new_states) == set(states)  # the record survived; its state was unknown
        assert new_states[victim] == "pending"
        assert victim in [c.event.event_id for c in s.claim_due(1000)]


def _is_outbox_copy(path: Path, data: bytes, at: int, event_id: str) -> bool:
    """Whether the id at byte ``at`` lies on the outbox table's own page."""
    page = at // 4096 + 1
    return page in pages_of(path, "outbox")


def test_damaged_values_the_schema_refuses_do_not_stop_the_salvage(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    states = _filled(path, fake_clock)
    sent = sorted(eid for eid, state in states.items() if state == "sent")
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute("UPDATE outbox SET state = 'sint' WHERE event_id = ?", (sent[0],))
    # A NULL where the schema says NOT NULL (as a damaged record header can produce).
    _edit_schema(raw, "attempts INTEGER NOT NULL", "attempts INTEGER")
    raw.execute("UPDATE outbox SET attempts = NULL WHERE event_id = ?", (sent[1],))
    _edit_schema(raw, "attempts INTEGER", "attempts INTEGER NOT NULL")
    raw.close()
    pages = pages_of(path, "events")
    flip_page(path, pages[len(pages) // 2])
    with RecordStore(path, _keys(), fake_clock) as s:
        report = s.salvage_report()
        assert report is not None and report.salvaged + (report.lost or 0) == N
        new_states = dict(s.db.execute("SELECT event_id, state FROM outbox").fetchall())
        assert new_states[sent[0]] == new_states[sent[1]] == "pending"  # queued again
        assert report.unknown_state == 2


def _edit_schema(raw: sqlite3.Connection, old: str, new: str) -> None:
    (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'outbox'").fetchone()
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'outbox'", (sql.replace(old, new),))
    raw.execute("PRAGMA writable_schema = OFF")
    version = raw.execute("PRAGMA schema_version").fetchone()[0]
    raw.execute(f"PRAGMA schema_version = {version + 1}")  # reload the schema


def test_when_the_file_cannot_be_moved_aside_nothing_more_is_written_to_it(
    tmp_path: Path, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged(tmp_path, fake_clock, "events")
    damaged = path.read_bytes()

    def held_by_another_process(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("the file is in use")  # Windows: another process has it open

    monkeypatch.setattr("kiosk.store.salvage.recover", held_by_another_process)
    s = RecordStore(path, _keys(), fake_clock, check_at_open=False)
    conditions: list[StoreCondition] = []
    s.subscribe_condition(conditions.append)
    with pytest.raises(StoreCorruptError) as caught:
        s.kind_counts()
    assert not caught.value.recovered
    assert conditions == [StoreCondition.CORRUPT] and s.condition is StoreCondition.CORRUPT
    with pytest.raises(StoreCorruptError):
        s.record(check_in(1000))
    s.close()
    assert path.read_bytes() == damaged
