"""The outbox survives bad rows, stale claims, concurrent start-ups and chatty servers."""

from __future__ import annotations

import json
import logging
import multiprocessing
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.records import EventKind
from kiosk.store import FakeKeyProvider, KeyFileProvider, QuarantineReason, RecordStore
from kiosk.store.crypto import RecordCipher, canonical_clear
from kiosk.store.events import CLEAR_COLUMNS, personal_aad
from kiosk.store.outbox import META_SYNC_LAST_ERROR
from kiosk.store.redact import MAX_SERVER_TEXT, sanitize_server_text
from tests.store.factories import check_in, shelter_notice
from tests.store.key_race_child import open_and_record

KEY = bytes(range(32))


@pytest.fixture
def store(tmp_path: Path, fake_clock: FakeClock) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(KEY), fake_clock)
    yield s
    s.close()


def _sql(store: RecordStore, statement: str, *params: object) -> None:
    raw = sqlite3.connect(str(store.path), isolation_level=None)
    try:
        raw.execute(statement, params)
    finally:
        raw.close()


# -- one unreadable row never blocks the queue (claim_due) ----------------------------------


def test_rows_that_cannot_be_decoded_are_quarantined_and_the_rest_is_claimed(
    store: RecordStore, caplog: pytest.LogCaptureFixture
) -> None:
    events = [check_in(n) for n in range(5)]
    for e in events:
        store.record(e)
    unknown_kind, bad_date, bad_sex, undecryptable = (e.event_id for e in events[:4])
    _sql(store, "UPDATE events SET kind = 'teleport' WHERE event_id = ?", unknown_kind)
    _sql(store, "UPDATE events SET occurred_at = 'next tuesday' WHERE event_id = ?", bad_date)
    person = events[2].person
    assert person is not None
    crafted = json.dumps(
        {"person": {**person.to_json(), "sex": "alien-7781"}, "situation": []}
    ).encode()
    # A validly encrypted and sealed blob whose content this version does not know.
    (clear_and_fp,) = store.db.execute(
        f"SELECT {CLEAR_COLUMNS}, person_fp FROM events WHERE event_id = ?", (bad_sex,)
    ).fetchall()
    aad = personal_aad(canonical_clear(clear_and_fp[:-1]), clear_and_fp[-1])
    _sql(
        store,
        "UPDATE events SET personal = ? WHERE event_id = ?",
        RecordCipher(KEY).encrypt(crafted, aad),
        bad_sex,
    )
    _sql(store, "UPDATE events SET personal = x'00112233' WHERE event_id = ?", undecryptable)

    with caplog.at_level(logging.ERROR):
        claimed = store.claim_due(10)

    assert [c.event.event_id for c in claimed] == [events[4].event_id]
    dead = {d.event_id: d.last_error for d in store.dead_records()}
    reasons = {d.event_id: d.reason for d in store.dead_records()}
    assert set(dead) == {unknown_kind, bad_date, bad_sex, undecryptable}
    assert dead[undecryptable] == "record could not be decrypted on this terminal"
    assert dead[bad_sex] == "record could not be read on this terminal (damaged or unknown values)"
    # A changed clear field no longer reaches the decoder: its seal does not match.
    assert reasons[unknown_kind] == reasons[bad_date] == QuarantineReason.TAMPERED
    assert reasons[bad_sex] == QuarantineReason.UNREADABLE
    assert reasons[undecryptable] == QuarantineReason.UNDECRYPTABLE
    assert "ValueError" in caplog.text  # the type name only ...
    for value in ("teleport", "tuesday", "alien", "7781", person.name):
        assert value not in caplog.text  # ... never the row's content
    assert store.claim_due(10) == []  # nothing stuck, nothing handed out twice


# -- server texts are cleaned before they are stored; purge erases them ---------------------


def test_server_text_is_masked_stripped_and_capped() -> None:
    echoed = "birth date 19500101 invalid for 試験太郎; phone 090-1234-5678\r\nFAKE LOG LINE"
    cleaned = sanitize_server_text(echoed)
    assert "19500101" not in cleaned and "1234" not in cleaned and "5678" not in cleaned
    assert "\n" not in cleaned and "\r" not in cleaned
    assert cleaned.startswith("birth date ######## invalid")
    assert sanitize_server_text("HTTP 400 bad_request: nope") == "HTTP 400 bad_request: nope"
    assert "１２３４" not in sanitize_server_text("番号 １２３４５ です")  # full-width digits
    assert "\u202e" not in sanitize_server_text("a\u202eb\x00c\x1b[31m")
    long = sanitize_server_text("x" * 5000)
    assert len(long) == MAX_SERVER_TEXT
    assert sanitize_server_text(long) == long
    assert sanitize_server_text(cleaned) == cleaned


def test_stored_error_texts_are_sanitised(store: RecordStore) -> None:
    events = [check_in(n) for n in range(2)]
    for e in events:
        store.record(e)
    claimed = store.claim_due(10)
    store.record_outcome(
        dead=[(claimed[0].event.event_id, "rejected: birth date 19500101 is invalid\n")],
        release=[claimed[1].event.event_id],
        meta={META_SYNC_LAST_ERROR: "HTTP 400 card 1234 5678 9012 " + "y" * 900},
    )
    dead = store.dead_records()[0].last_error
    assert dead == "rejected: birth date ######## is invalid"
    last = store.meta_get(META_SYNC_LAST_ERROR)
    assert last is not None
    assert "1234" not in last and len(last) <= MAX_SERVER_TEXT


def test_purge_erases_the_stored_error_texts_of_purged_records(store: RecordStore) -> None:
    events = [check_in(n) for n in range(3)]
    events.append(shelter_notice(EventKind.SHELTER_CLOSE, datetime(2026, 9, 1, tzinfo=UTC)))
    for e in events:
        store.record(e)
    store.mark_sent([c.event.event_id for c in store.claim_due(10)])
    # Texts left over from earlier tries (an older version kept them after the success).
    _sql(store, "UPDATE outbox SET last_error = 'conflict: 試験 太郎 already exists'")
    store.meta_set({META_SYNC_LAST_ERROR: "conflict: 試験 太郎 already exists"})
    result = store.purge_personal_data(delay_hours=0)
    assert result.purged == 3
    raw = sqlite3.connect(str(store.path))
    try:
        texts = raw.execute(
            "SELECT count(*) FROM outbox o JOIN events e USING (event_id)"
            " WHERE e.purged_at IS NOT NULL AND o.last_error IS NOT NULL"
        ).fetchone()[0]
    finally:
        raw.close()
    assert texts == 0
    assert store.meta_get(META_SYNC_LAST_ERROR) is None


# -- claims have a lease ------------------------------------------------------------------------


def test_a_second_opener_leaves_live_claims_alone_but_requeues_stale_ones(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    keys = FakeKeyProvider(KEY)
    kiosk = RecordStore(path, keys, fake_clock)
    for n in range(3):
        kiosk.record(check_in(n))
    held = kiosk.claim_due(1)  # the kiosk is uploading this one right now
    held_id = held[0].event.event_id
    with RecordStore(path, keys, fake_clock, requeue_in_flight=False) as cli:
        assert cli.counts()["in_flight"] == 1
        got = [c.event.event_id for c in cli.claim_due(10)]
        assert len(got) == 2 and held_id not in got
        cli.release(got)
        fake_clock.advance(599)
        got = [c.event.event_id for c in cli.claim_due(10)]
        assert len(got) == 2 and held_id not in got
        cli.release(got)
        fake_clock.advance(2)  # the kiosk died holding it: the lease (600 s) is over
        assert held_id in [c.event.event_id for c in cli.claim_due(10)]
    kiosk.close()
    kiosk = RecordStore(path, keys, fake_clock)
    fake_clock.advance(1)
    kiosk.claim_due(10)
    kiosk.close()
    fake_clock.advance(601)
    with RecordStore(path, keys, fake_clock, requeue_in_flight=False) as opener:
        assert opener.counts() == {"pending": 3, "in_flight": 0, "sent": 0, "dead": 0}


# -- two processes starting together on a fresh install ---------------------------------------


@pytest.mark.timeout(120)
def test_two_processes_opening_a_fresh_store_together_share_one_key(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    for round_no in range(2):
        home = tmp_path / f"round-{round_no}"
        home.mkdir()
        barrier = ctx.Barrier(2, timeout=60)
        results = ctx.Queue()
        children = [
            ctx.Process(target=open_and_record, args=(str(home), 10 * i, barrier, results))
            for i in range(2)
        ]
        for child in children:
            child.start()
        outcomes = [results.get(timeout=90) for _ in children]
        for child in children:
            child.join(30)
            assert child.exitcode == 0
        assert [o[0] for o in outcomes] == ["ok", "ok"], [o[1] for o in outcomes]
        key = KeyFileProvider(home / "store.key").load()
        assert key is not None
        assert {o[1] for o in outcomes} == {key.hex()}
        with RecordStore(home / "kiosk.sqlite3", KeyFileProvider(home / "store.key")) as s:
            claimed = s.claim_due(100)
            assert len(claimed) == 10
            assert s.counts()["dead"] == 0  # every record decrypts with the surviving key
            assert {c.event.event_id for c in claimed} == {i for o in outcomes for i in o[2]}


class _LookedTooEarly(FakeKeyProvider):
    """A second process's key provider: its first look came before the first process
    created the key; every later look finds it."""

    def __init__(self, key: bytes) -> None:
        super().__init__(key)
        self.looks = 0

    def load(self) -> bytes | None:
        self.looks += 1
        return None if self.looks == 1 else super().load()


def test_a_key_created_by_a_sibling_between_look_and_check_is_not_called_lost(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    """Seen under load in the two-process test: B finds no key, A creates it and writes the
    key check, then B saw the check and said 'the key is lost' (StoreKeyLostError)."""
    first = FakeKeyProvider()
    with RecordStore(tmp_path / "kiosk.sqlite3", first, fake_clock) as a:
        a.record(check_in(1))
    key = first.load()
    assert key is not None
    late = _LookedTooEarly(key)
    with RecordStore(tmp_path / "kiosk.sqlite3", late, fake_clock) as b:
        b.record(check_in(2))
        assert b.counts()["pending"] == 2


class _LockedTwice:
    """A connection whose WAL switch is refused twice, as SQLite refuses the loser of two
    processes switching a fresh file at once (no busy handler), then answers."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.refused = 0

    def execute(self, sql: str) -> sqlite3.Cursor:
        if "journal_mode" in sql and self.refused < 2:
            self.refused += 1
            raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql)


def test_the_wal_switch_is_asked_again_while_a_sibling_holds_the_file(tmp_path: Path) -> None:
    from kiosk.store.database import switch_to_wal

    conn = sqlite3.connect(tmp_path / "fresh.sqlite3")
    try:
        locked = _LockedTwice(conn)
        assert switch_to_wal(locked, 5.0) == "wal"  # type: ignore[arg-type]
        assert locked.refused == 2
        always = _LockedTwice(conn)
        always.refused = -(10**6)  # refuses far longer than the wait
        with pytest.raises(sqlite3.OperationalError):
            switch_to_wal(always, 0.05)  # type: ignore[arg-type]
    finally:
        conn.close()
