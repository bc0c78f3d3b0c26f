"""Server texts an older version stored (issue 8 point 2) are gone at rest after the upgrade:
from the outbox rows, the meta table and the raw bytes of the file and its WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.store import FakeKeyProvider, QuarantineReason, RecordStore
from kiosk.store.schema import SCHEMA_VERSION
from tests.store.factories import check_in

KEY = b"k" * 32
#: What an older version kept from a municipal server's answers (fictitious people).
LEGACY_TEXTS = (
    "rejected: name Yamada Taro (山田太郎) does not match the register",
    "retry later: phone 090-####-#### of Suzuki Hanako is busy",
    "422 Unprocessable: address Arao Testcho 3-14 invalid for Yamada",
    "server said: Tanaka Ichiro already checked in elsewhere",
)
NEEDLES = [b"Yamada", b"Suzuki", b"Tanaka", b"Arao Testcho", "山田太郎".encode()]
#: A reason this store writes itself (not server text): it must survive.
TAMPERED = "record was altered or damaged on this terminal (its fields do not match their seal)"


def _old_database(path: Path, clock: FakeClock) -> tuple[list[str], sqlite3.Connection]:
    """Schema 3 as the old code left it: server words in outbox.last_error and in meta,
    written with secure_delete off, an earlier text overwritten, the rest still in the WAL."""
    with RecordStore(path, FakeKeyProvider(KEY), clock) as s:
        events = [check_in(i) for i in range(4)]
        for e in events:
            s.record(e)
    ids = [e.event_id for e in events]
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw.execute("PRAGMA secure_delete = OFF")
    raw.execute("PRAGMA user_version = 3")
    # What schema 5 added (the LAN peers) did not exist then.
    raw.executescript(
        "DROP TABLE peer_outbox; DROP TABLE lan_peers; DROP INDEX events_origin;"
        " ALTER TABLE events DROP COLUMN received_from;"
    )
    raw.execute(
        "UPDATE outbox SET state = 'dead', last_error = ? WHERE event_id = ?",
        (LEGACY_TEXTS[3], ids[0]),
    )
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the earliest text is in the main file
    updates = [
        ("dead", LEGACY_TEXTS[0], ids[0]),
        ("pending", LEGACY_TEXTS[1], ids[1]),
        ("dead", TAMPERED, ids[2]),
    ]
    raw.executemany("UPDATE outbox SET state = ?, last_error = ? WHERE event_id = ?", updates)
    raw.execute("INSERT OR REPLACE INTO meta VALUES ('sync.last_error', ?)", (LEGACY_TEXTS[2],))
    raw.execute("INSERT OR REPLACE INTO meta VALUES ('sync.server_code', 'Yamada Taro')")
    raw.execute("INSERT OR REPLACE INTO meta VALUES ('sync.http_status', '422')")
    # Kept open while the store opens: closing the last connection would checkpoint.
    return ids, raw


def _raw_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            data += part.read_bytes()
    return data


def test_old_server_texts_are_removed_at_rest(tmp_path: Path, fake_clock: FakeClock) -> None:
    path = tmp_path / "kiosk.sqlite3"
    ids, raw = _old_database(path, fake_clock)
    assert any(needle in _raw_bytes(path) for needle in NEEDLES)  # the test can fail
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        raw.close()
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        dead = {d.event_id: d for d in s.dead_records()}
        assert dead[ids[0]].reason == QuarantineReason.SERVER
        assert dead[ids[2]].reason == QuarantineReason.TAMPERED  # the store's own reason
        assert s.meta_get("sync.last_error") is None
        assert s.meta_get("sync.server_code") is None
        assert s.meta_get("sync.http_status") == "422"  # typed parts stay
        assert s.counts() == {"pending": 2, "in_flight": 0, "sent": 0, "dead": 2}
        texts = [r[0] for r in s.db.execute("SELECT last_error FROM outbox")]
        assert not any(t and any(n.decode() in t for n in NEEDLES) for t in texts)
        on_disk = _raw_bytes(path)  # while the store is open (the kiosk runs on)
        assert [n for n in NEEDLES if n in on_disk] == []
        assert len(s.claim_due(10)) == 2  # nothing lost
    on_disk = _raw_bytes(path)
    assert [n for n in NEEDLES if n in on_disk] == []


def test_a_current_database_is_not_rewritten_at_each_open(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        s.record(check_in(1))
        claimed = s.claim_due(1)
        s.mark_dead([(claimed[0].event.event_id, "record_rejected (HTTP 422, bad_kind)")])
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert [d.last_error for d in s.dead_records()] == ["record_rejected (HTTP 422, bad_kind)"]
