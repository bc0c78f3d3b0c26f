"""Every clear field of a record is authenticated: a changed field makes the row unreadable
(quarantined with a typed reason), never silently accepted. Old databases are migrated."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.clock import FakeClock
from kiosk.records import Event, EventKind
from kiosk.store import FakeKeyProvider, QuarantineReason, RecordStore
from kiosk.store.crypto import RecordCipher
from kiosk.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.store.factories import check_in, check_out, raw_sql, shelter_notice

KEY = bytes(range(32))

TAMPERS = {
    "kind": "'check_out'",
    "shelter_id": "'shelter-999'",
    "terminal_id": "'terminal-0'",
    "occurred_at": "'2026-09-01T09:00:00.000000+00:00'",
    "utc_offset_minutes": "0",
    "registration_type": "2",
    "card_type": "'driver_license'",
    "consent_version": "'2020-01'",
    "refers_to": "'00000000-0000-4000-8000-000000000000'",
    "training": "1",
    "recorded_at": "'2030-01-01T00:00:00.000000+00:00'",
}


@pytest.fixture
def store(tmp_path: Path, fake_clock: FakeClock) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(KEY), fake_clock)
    yield s
    s.close()


@pytest.mark.parametrize("column", sorted(TAMPERS))
def test_a_changed_clear_field_quarantines_the_row_with_a_typed_reason(
    store: RecordStore, column: str
) -> None:
    victim, other = check_in(1), check_in(2)
    store.record(victim)
    store.record(other)
    raw_sql(store.path, f"UPDATE events SET {column} = {TAMPERS[column]} WHERE event_id = ?",
         victim.event_id)  # fmt: skip

    claimed = store.claim_due(10)

    assert [c.event.event_id for c in claimed] == [other.event_id]
    (dead,) = store.dead_records()
    assert dead.event_id == victim.event_id
    assert dead.reason is QuarantineReason.TAMPERED


@pytest.mark.parametrize(
    ("event", "change", "reason"),
    [
        # A notice has no personal data: its seal alone authenticates it.
        (shelter_notice(EventKind.SHELTER_CLOSE), "kind = 'shelter_open'", "tampered"),
        # The fingerprint is bound to the personal blob (both are erased by a purge).
        (check_in(1), "person_fp = 'ab'", "undecryptable"),
    ],
)
def test_notices_and_fingerprints_are_authenticated_too(
    store: RecordStore, event: Event, change: str, reason: str
) -> None:
    store.record(event)
    raw_sql(store.path, f"UPDATE events SET {change} WHERE event_id = ?", event.event_id)
    assert store.claim_due(10) == []
    assert [d.reason for d in store.dead_records()] == [QuarantineReason(reason)]


def test_a_tampered_check_in_is_not_found_as_open(store: RecordStore) -> None:
    arrival = check_in(1)
    store.record(arrival)
    assert arrival.person is not None
    assert store.open_check_in(arrival.person, arrival.shelter_id) is not None
    raw_sql(store.path, "UPDATE events SET occurred_at = '2026-01-01T00:00:00.000000+00:00'")
    assert store.open_check_in(arrival.person, arrival.shelter_id) is None


# -- migration of a database written by the previous version ---------------------------------


def _v1_blob(plaintext: bytes, event_id: str) -> bytes:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"shelter-kiosk record encryption v1"
    ).derive(KEY)
    nonce = os.urandom(12)
    return b"\x01" + nonce + AESGCM(key).encrypt(nonce, plaintext, event_id.encode())


def _old_database(path: Path, fake_clock: FakeClock) -> list[str]:
    """A schema-2 database with blobs bound only to the event id (the old format)."""
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        arrival = check_in(1)
        events = [shelter_notice(EventKind.SHELTER_OPEN), arrival, check_in(2)]
        events.append(check_out(arrival))
        for e in events:
            s.record(e)
        key_check = s.meta_get("key_check")
        rows = s.db.execute("SELECT * FROM events ORDER BY seq").fetchall()
        columns = [d[0] for d in s.db.execute("SELECT * FROM events").description]
        outbox = s.db.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    path.unlink()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    raw = sqlite3.connect(str(path), isolation_level=None)
    for version in range(2):
        raw.executescript(MIGRATIONS[version])
    raw.execute("PRAGMA user_version = 2")
    raw.execute("INSERT INTO meta VALUES ('key_check', ?)", (key_check,))
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        values.pop("seal")
        values.pop("received_from")  # schema 5
        event = next(e for e in events if e.event_id == values["event_id"])
        if values["personal"] is not None:
            plaintext = json.dumps(
                {
                    "person": event.person.to_json() if event.person else None,
                    "situation": sorted(f.value for f in event.situation),
                },
                ensure_ascii=False,
                sort_keys=True,
            ).encode()
            values["personal"] = _v1_blob(plaintext, event.event_id)
        names, marks = ", ".join(values), ", ".join("?" for _ in values)
        raw.execute(f"INSERT INTO events ({names}) VALUES ({marks})", list(values.values()))
    for row in outbox:
        raw.execute(f"INSERT INTO outbox VALUES ({', '.join('?' for _ in row)})", row)
    raw.close()
    return [e.event_id for e in events]


def test_an_old_database_is_migrated_and_then_every_field_is_bound(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    ids = _old_database(path, fake_clock)
    # Counting without the key leaves the migration for the key holder.
    with RecordStore(path, None, fake_clock, requeue_in_flight=False) as keyless:
        assert keyless.counts()["pending"] == 4
        assert keyless.db.execute("PRAGMA user_version").fetchone()[0] == 2
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        blobs = [r[0] for r in s.db.execute("SELECT personal FROM events WHERE personal NOT NULL")]
        assert blobs and all(bytes(b)[:1] == b"\x02" for b in blobs)  # re-encrypted
        event = s.get_event(ids[1])
        assert event is not None and event.person is not None
        assert event.person.name.startswith("試験")
    raw_sql(path, "UPDATE events SET shelter_id = 'elsewhere' WHERE event_id = ?", ids[2])
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        claimed = [c.event.event_id for c in s.claim_due(10)]
        assert claimed == [ids[0], ids[1], ids[3]]
        assert [(d.event_id, d.reason) for d in s.dead_records()] == [
            (ids[2], QuarantineReason.TAMPERED)
        ]


def test_a_damaged_row_in_an_old_database_does_not_stop_the_migration(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    ids = _old_database(path, fake_clock)
    raw_sql(path, "UPDATE events SET personal = x'01aabbcc' WHERE event_id = ?", ids[2])
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(s.claim_due(10)) == 3
        assert [(d.event_id, d.reason) for d in s.dead_records()] == [
            (ids[2], QuarantineReason.UNDECRYPTABLE)
        ]


def test_the_migration_is_one_transaction(
    tmp_path: Path, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    ids = _old_database(path, fake_clock)
    with contextlib.closing(sqlite3.connect(str(path))) as raw:
        before = raw.execute("SELECT personal FROM events").fetchall()
    calls = {"n": 0}
    real_encrypt = RecordCipher.encrypt

    def power_cut_after_one(self: RecordCipher, plaintext: bytes, aad: bytes) -> bytes:
        calls["n"] += 1
        if calls["n"] > 1:
            raise KeyboardInterrupt  # the process dies half-way through the migration
        return real_encrypt(self, plaintext, aad)

    monkeypatch.setattr(RecordCipher, "encrypt", power_cut_after_one)
    with pytest.raises(KeyboardInterrupt):
        RecordStore(path, FakeKeyProvider(KEY), fake_clock)
    raw = sqlite3.connect(str(path))
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 2  # nothing half-done
    assert raw.execute("SELECT personal FROM events").fetchall() == before
    raw.close()
    monkeypatch.setattr(RecordCipher, "encrypt", real_encrypt)
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock) as s:
        assert [c.event.event_id for c in s.claim_due(10)] == ids
