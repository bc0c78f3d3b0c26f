"""``python -m kiosk.outbox`` as staff would run it: a real process, the real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.records import EventKind
from kiosk.store import RecordStore
from kiosk.store.factory import open_store
from tests.fixtures.server import REPO, ServerProcess, wait_until
from tests.store.factories import check_in, shelter_notice
from tests.sync.helpers import run_cli

pytestmark = pytest.mark.timeout(120)


def populate(n: int) -> tuple[RecordStore, list[str]]:
    store = open_store(settings_module.load())
    events = [check_in(i) for i in range(n)]
    for e in events:
        store.record(e)
    names = [e.person.name for e in events if e.person]
    return store, names


def test_status_json_counts_and_holds_no_personal_data(kiosk_home: Path) -> None:
    store, names = populate(3)
    store.close()
    result = run_cli(kiosk_home, "status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["counts"] == {"pending": 3, "in_flight": 0, "sent": 0, "dead": 0}
    assert data["waiting"] == 3
    assert data["last_success_at"] is None
    assert data["records_with_personal_data"] == 3
    for name in names:
        assert name not in result.stdout + result.stderr
    text = run_cli(kiosk_home, "status")
    assert "waiting:        3" in text.stdout


def test_status_without_a_database_says_so(kiosk_home: Path) -> None:
    result = run_cli(kiosk_home, "status")
    assert result.returncode == 2
    assert "no record database" in result.stderr


def test_sync_once_with_token_on_stdin(kiosk_home: Path, mgmt_server: ServerProcess) -> None:
    store, names = populate(25)
    result = run_cli(
        kiosk_home,
        "sync",
        "--once",
        "--token-stdin",
        "--url",
        mgmt_server.url,
        stdin=mgmt_server.token + "\n",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert mgmt_server.event_count() == 25
    assert store.counts()["sent"] == 25
    assert mgmt_server.token not in result.stdout + result.stderr
    for name in names:
        assert name not in result.stdout + result.stderr
    status = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    assert status["last_success_at"] is not None
    store.close()


def test_sync_once_with_a_refused_token_fails_clearly(
    kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    store, _ = populate(2)
    store.close()
    result = run_cli(
        kiosk_home, "sync", "--once", "--token-stdin", "--url", mgmt_server.url, stdin="nope\n"
    )
    assert result.returncode == 1
    assert "REFUSED" in result.stdout
    assert mgmt_server.event_count() == 0
    # Another process, later, still sees why (and since when), as the kiosk's staff would.
    status = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    assert status["auth_rejected"] is True
    assert (status["problem"], status["http_status"], status["server_code"]) == (
        "auth_rejected",
        401,
        "unauthorized",
    )
    assert status["problem_since"] is not None
    assert "problem:        auth_rejected" in run_cli(kiosk_home, "status").stdout


def test_sync_forever_uses_the_settings_and_stops_on_sigterm(
    kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    config = settings_module.load()
    config.api.url = mgmt_server.url
    config.api.token = mgmt_server.token
    settings_module.save(config)
    store, _ = populate(10)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk.outbox", "sync", "--forever"],
        cwd=REPO,
        env={**os.environ, "KIOSK_HOME": str(kiosk_home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_until(lambda: mgmt_server.event_count() == 10)
        store.record(check_in(99))  # recorded by "the kiosk" while the CLI keeps syncing
        assert wait_until(lambda: mgmt_server.event_count() == 11)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    # Progress lines (the record made meanwhile may join the first cycle's batches).
    assert "waiting 0, sent 11, dead 0" in out
    store.close()


def test_retry_dead_and_purge_follow_the_safety_rule(
    kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    store, _ = populate(2)
    # Closed just now: the automatic purge (72 h later) must not beat staff to it.
    store.record(shelter_notice(EventKind.SHELTER_CLOSE, datetime.now(UTC)))
    claimed = store.claim_due(10)
    store.mark_dead([(claimed[0].event.event_id, "rejected: test")])
    store.release([c.event.event_id for c in claimed[1:]])
    refused = run_cli(kiosk_home, "purge")
    assert refused.returncode == 1
    assert "not acknowledged" in refused.stdout
    assert store.personal_rows() == 2
    assert "1 record(s) queued again" in run_cli(kiosk_home, "retry-dead").stdout
    synced = run_cli(
        kiosk_home,
        "sync",
        "--once",
        "--token-stdin",
        "--url",
        mgmt_server.url,
        stdin=mgmt_server.token,
    )
    assert synced.returncode == 0, synced.stdout
    purged = run_cli(kiosk_home, "purge")
    assert purged.returncode == 0
    assert "from 2 record(s)" in purged.stdout
    assert store.personal_rows() == 0
    store.close()


def test_status_with_a_lost_key_still_counts_the_stuck_records(kiosk_home: Path) -> None:
    store, _ = populate(4)
    store.close()
    (kiosk_home / "store.key").unlink()
    result = run_cli(kiosk_home, "status")
    assert result.returncode == 1
    assert "waiting:        4" in result.stdout
    assert "MISSING" in result.stdout
    assert json.loads(run_cli(kiosk_home, "status", "--json").stdout)["key_available"] is False
    sync = run_cli(kiosk_home, "sync", "--once", "--url", "http://127.0.0.1:9")
    assert sync.returncode == 2
    assert "store_key_lost" in sync.stderr
    assert not (kiosk_home / "store.key").exists()  # no new key was made behind staff's back


def test_sync_leaves_the_running_kiosks_claims_alone_unless_told_to_recover(
    kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    store, _ = populate(3)
    held = store.claim_due(1)[0].event.event_id  # the kiosk is uploading this one right now
    sync_args = ("sync", "--once", "--token-stdin", "--url", mgmt_server.url)
    result = run_cli(kiosk_home, *sync_args, stdin=mgmt_server.token)
    assert result.returncode == 1  # one record is still in flight (the kiosk's)
    assert mgmt_server.event_count() == 2
    assert store.counts() == {"pending": 0, "in_flight": 1, "sent": 2, "dead": 0}
    assert "--recover-in-flight" in run_cli(kiosk_home, "sync", "--help").stdout
    # The kiosk is gone (staff stopped it): recovering its claim is now safe.
    store.close()
    recovered = run_cli(kiosk_home, *sync_args, "--recover-in-flight", stdin=mgmt_server.token)
    assert recovered.returncode == 0, recovered.stdout
    assert mgmt_server.event_count() == 3
    with open_store(settings_module.load(), requeue_in_flight=False) as again:
        assert again.counts()["sent"] == 3
        assert held in again.event_ids()


def test_status_counts_what_each_peer_terminal_still_lacks(kiosk_home: Path) -> None:
    store, names = populate(3)
    store.peers.ensure_peer("terminal-B")
    store.peers.outcome("terminal-B", sent=[store.peers.claim("terminal-B", 1)[0].event_id])
    store.close()
    result = run_cli(kiosk_home, "status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["peers"] == {"terminal-B": {"pending": 2, "in_flight": 0, "sent": 1, "dead": 0}}
    text = run_cli(kiosk_home, "status").stdout
    assert "peer terminal-B: waiting 2, sent 1, refused 0" in text
    assert not any(name in result.stdout + text for name in names)
