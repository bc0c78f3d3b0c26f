"""``python -m kiosk.outbox`` on a damaged store (status, recover), typed purge exit codes and
quarantine reasons: real processes, real files with real flipped bytes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.instance_lock import InstanceLock
from kiosk.outbox import cli
from kiosk.records import EventKind
from kiosk.store import PurgeStatus, RecordStore
from kiosk.store import retention as retention_module
from kiosk.store.factory import open_store
from tests.store.factories import check_in, flip_page, pages_of, raw_sql, shelter_notice
from tests.sync.helpers import run_cli

pytestmark = pytest.mark.timeout(120)

N = 300


def _filled(home: Path) -> tuple[Path, list[str]]:
    """N check-ins: 100 sent, 2 quarantined by the server, the rest waiting."""
    store = open_store(settings_module.load())
    events = [check_in(i) for i in range(N)]
    store.record_many(events)
    claimed = store.claim_due(102)
    store.mark_sent([c.event.event_id for c in claimed[:100]])
    store.mark_dead([(c.event.event_id, "record_rejected") for c in claimed[100:]])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = store.path
    store.close()
    names = [e.person.name for e in events if e.person]
    return path, names


def _damage_events(path: Path) -> None:
    pages = pages_of(path, "events")
    flip_page(path, pages[len(pages) // 2])


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def test_status_on_a_damaged_store_prints_what_it_can_and_what_to_do(kiosk_home: Path) -> None:
    path, names = _filled(kiosk_home)
    _damage_events(path)
    text = run_cli(kiosk_home, "status")
    assert text.returncode == 1, text.stderr
    assert "store_corrupt" in text.stdout
    assert "python -m kiosk.outbox recover" in text.stdout
    assert "stop the kiosk" in text.stdout
    data = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    assert data["condition"] == "store_corrupt"
    assert data["salvage_read"] is True
    # The outbox pages are intact: every state is counted from the salvage read.
    assert data["counts"] == {"pending": N - 102, "in_flight": 0, "sent": 100, "dead": 2}
    assert 0 < data["records_unreadable"] < N
    sync = run_cli(kiosk_home, "sync", "--once", "--url", "http://127.0.0.1:9")
    assert sync.returncode == 2
    assert "store_corrupt" in sync.stderr and "outbox recover" in sync.stderr
    for name in names:
        assert name not in text.stdout + text.stderr + sync.stdout + sync.stderr
    assert _aside(path) == []  # nothing was moved by status or sync


def test_recover_refuses_while_the_kiosk_runs_then_salvages(kiosk_home: Path) -> None:
    path, _ = _filled(kiosk_home)
    _damage_events(path)
    with InstanceLock(kiosk_home):  # the kiosk holds its data folder
        refused = run_cli(kiosk_home, "recover")
        assert refused.returncode == 2
        assert "kiosk is running" in refused.stderr
        assert _aside(path) == []
    done = run_cli(kiosk_home, "recover")
    assert done.returncode == 1, done.stderr  # some records were on the damaged page
    assert "salvaged" in done.stdout and "lost" in done.stdout
    assert len(_aside(path)) == 1  # moved aside, never deleted
    data = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    assert data["condition"] == "store_recovered"
    counts = data["counts"]
    assert 0 < counts["pending"] + counts["sent"] + counts["dead"] < N
    again = run_cli(kiosk_home, "recover")
    assert again.returncode == 0
    assert "not damaged" in again.stdout


def test_purge_exit_code_follows_the_typed_status_not_the_words(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(settings_module.load())
    store.record(check_in(1))
    store.record(shelter_notice(EventKind.SHELTER_CLOSE, datetime.now(UTC)))
    store.close()
    # The words are for people and may change (or be translated); the exit code may not.
    words = {s: f"<{s.value} in other words>" for s in PurgeStatus}
    monkeypatch.setattr(retention_module, "_PURGE_REASONS", words)
    assert cli.main(["purge"]) == 1  # unsent
    assert "<unsent in other words>" in capsys.readouterr().out
    with open_store(settings_module.load()) as s:
        s.mark_sent([c.event.event_id for c in s.claim_due(10)])
    assert cli.main(["purge"]) == 0
    assert "<purged in other words>" in capsys.readouterr().out
    assert cli.main(["purge"]) == 0  # nothing left
    assert "<nothing_left in other words>" in capsys.readouterr().out


def test_status_names_why_each_record_is_quarantined(kiosk_home: Path) -> None:
    store: RecordStore = open_store(settings_module.load())
    events = [check_in(i) for i in range(2)]
    for e in events:
        store.record(e)
    raw_sql(
        store.path,
        "UPDATE events SET shelter_id = 'elsewhere' WHERE event_id = ?",
        events[1].event_id,
    )
    claimed = store.claim_due(10)  # the altered one is quarantined here
    store.mark_dead([(c.event.event_id, "record_rejected") for c in claimed])
    store.close()
    data = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    reasons = {d["event_id"]: d["reason"] for d in data["dead_records"]}
    assert reasons == {events[0].event_id: "server", events[1].event_id: "tampered"}
    text = run_cli(kiosk_home, "status").stdout
    assert "[tampered]" in text and "[server]" in text
