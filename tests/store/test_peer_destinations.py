"""Peer terminals as destinations of the outbox (schema 5, docs/lan.md): each peer has its
own delivery rows; records received from a peer are stored once, encrypted, with their
origin, and never queued for the management server here."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.records import Event
from kiosk.store import FakeKeyProvider, KeyFileProvider, RecordStore, StoreCondition
from kiosk.store.schema import SCHEMA_VERSION
from tests.fixtures.server import REPO
from tests.store.factories import check_in, check_out, flip_page, pages_of

KEY = b"p" * 32


def _from(terminal: str, n: int) -> list[Event]:
    return [dataclasses.replace(check_in(i), terminal_id=terminal) for i in range(n)]


def test_a_local_record_is_queued_once_for_every_peer_and_once_for_the_server(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(KEY), fake_clock) as s:
        early = check_in(1)
        s.record(early)
        assert s.peers.ensure_peer("terminal-B") == 1  # the earlier record is queued for it
        assert s.peers.ensure_peer("terminal-B") == 0  # once
        s.peers.ensure_peer("terminal-C")
        late = check_in(2)
        s.record(late)
        for peer in ("terminal-B", "terminal-C"):
            assert s.peers.counts(peer)["pending"] == 2
        assert s.counts()["pending"] == 2
        claimed = s.peers.claim("terminal-B", 10)
        assert [e.event_id for e in claimed] == [early.event_id, late.event_id]
        assert claimed[0].person == early.person  # decrypted for the (encrypted) LAN payload
        s.peers.outcome("terminal-B", sent=[early.event_id, late.event_id])
        # One destination's answer changes nothing for the others.
        assert s.peers.counts("terminal-B")["sent"] == 2
        assert s.peers.counts("terminal-C")["pending"] == 2
        assert s.counts()["pending"] == 2


def test_received_records_are_stored_once_encrypted_and_never_queued_for_the_server(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "k.sqlite3"
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        s.peers.ensure_peer("terminal-A")
        s.peers.ensure_peer("terminal-C")
        s.peers.ensure_peer("terminal-D")
        events = _from("terminal-A", 3)
        # Relayed by C: A made them, C sent them.
        assert s.peers.record_received(events, from_peer="terminal-C") == [
            e.event_id for e in events
        ]
        assert s.peers.record_received(events, from_peer="terminal-A") == []  # idempotent
        assert s.counts() == {"pending": 0, "in_flight": 0, "sent": 0, "dead": 0}
        assert s.get_event(events[0].event_id) == events[0]
        # Queued for D only: never back to the peer it came from, nor to its origin.
        assert s.peers.counts("terminal-D")["pending"] == 3
        assert s.peers.counts("terminal-C")["pending"] == 0
        assert s.peers.counts("terminal-A")["pending"] == 0
        origin = s.db.execute("SELECT DISTINCT received_from FROM events").fetchall()
        assert origin == [("terminal-C",)]
        assert s.peers.lacking([events[0].event_id, "not-here"]) == ["not-here"]
        assert s.peers.origin_counts() == {"terminal-A": 3}
    wal = path.with_name(path.name + "-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert "試験".encode() not in raw and "テスト町".encode() not in raw
    # Records without an outbox row are not mistaken for damage at the next start.
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert s.condition is StoreCondition.OK
        assert len(s.event_ids()) == 3


def test_a_check_out_on_another_terminal_closes_the_replicated_check_in(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    arrival = dataclasses.replace(check_in(5), terminal_id="terminal-A")
    with RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider(KEY), fake_clock) as b:
        assert b.open_check_in(arrival.person, arrival.shelter_id) is None  # type: ignore[arg-type]
        b.peers.record_received([arrival], from_peer="terminal-A")
        found = b.open_check_in(arrival.person, arrival.shelter_id)  # type: ignore[arg-type]
        assert found is not None and found.event_id == arrival.event_id
        b.record(check_out(arrival))
        assert b.open_check_in(arrival.person, arrival.shelter_id) is None  # type: ignore[arg-type]


def test_a_failed_exchange_defers_only_that_peer_and_kill_9_loses_no_claim(
    tmp_path: Path,
) -> None:
    path, key_file = tmp_path / "k.sqlite3", tmp_path / "store.key"
    with RecordStore(path, KeyFileProvider(key_file)) as s:
        s.peers.ensure_peer("terminal-B")
        s.peers.ensure_peer("terminal-C")
        for i in range(4):
            s.record(check_in(i))
        claimed = s.peers.claim("terminal-B", 2)
        s.peers.outcome(
            "terminal-B", failed=[e.event_id for e in claimed], delay_s=60, error="offline"
        )
        assert s.peers.claim("terminal-B", 10) == []  # the whole peer waits: one request
        assert len(s.peers.claim("terminal-C", 10)) == 4  # the other peer does not
        assert s.peers.make_due_now("terminal-B") == 4
    # A process claims for a peer and is killed before any answer.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path;"
            "from kiosk.store import KeyFileProvider, RecordStore;"
            f"s = RecordStore(Path({str(path)!r}), KeyFileProvider(Path({str(key_file)!r})));"
            "print(len(s.peers.claim('terminal-B', 10)), flush=True);"
            "sys.stdin.read()",
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "4"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    with RecordStore(path, KeyFileProvider(key_file)) as s:
        assert s.peers.counts("terminal-B") == {"pending": 4, "in_flight": 0, "sent": 0, "dead": 0}
        assert s.peers.counts("terminal-C")["pending"] == 4  # C's claims went back too
        assert len(s.peers.claim("terminal-B", 10)) == 4


def test_a_schema_4_store_is_migrated_and_its_records_go_to_a_new_peer(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    import sqlite3

    path = tmp_path / "k.sqlite3"
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        events = [check_in(i) for i in range(3)]
        s.record_many(events)
        s.mark_sent([events[0].event_id])
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw.executescript(
        "DROP TABLE peer_outbox; DROP TABLE lan_peers; DROP INDEX events_origin;"
        " ALTER TABLE events DROP COLUMN received_from; PRAGMA user_version = 4;"
    )
    raw.close()
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert s.condition is StoreCondition.OK
        assert s.counts() == {"pending": 2, "in_flight": 0, "sent": 1, "dead": 0}
        assert s.peers.ensure_peer("terminal-B") == 3


def test_a_salvaged_store_queues_no_received_record_for_the_server(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "k.sqlite3"
    local = [check_in(i) for i in range(300)]
    received = _from("terminal-A", 300)
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        s.record_many(local)
        s.peers.record_received(received, from_peer="terminal-A")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = pages_of(path, "outbox")
    flip_page(path, pages[len(pages) // 2])
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert s.condition is StoreCondition.RECOVERED
        boxes = {r[0] for r in s.db.execute("SELECT event_id FROM outbox")}
        origin = dict(s.db.execute("SELECT event_id, received_from FROM events").fetchall())
        assert {e.event_id for e in received} <= set(origin)  # every received copy kept
        assert boxes == {e.event_id for e in local}  # every local record queued, no other
        assert {origin[e.event_id] for e in received} == {"terminal-A"}
