"""Delivery under real failures: real processes, the real reference server on 127.0.0.1.

Every test ends the same way: each record committed on the kiosk is on the server exactly
once (the server's own database is counted), and nothing was lost or duplicated.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from kiosk.errors import StorageFullError
from kiosk.records import Event
from kiosk.store import FakeKeyProvider, KeyFileProvider, RecordStore
from kiosk.sync import Backoff, HttpTransport, SyncProblem, SyncStatus, SyncWorker
from kiosk.sync.contract import BATCH_PATH, canonical_json, event_to_wire
from tests.fixtures.server import REPO, ServerProcess, wait_until
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider())
    yield s
    s.close()


@contextmanager
def running_worker(
    store: RecordStore, url: str, token: str, *, timeout_s: float = 2.0, batch_size: int = 50
) -> Iterator[SyncWorker]:
    statuses: list[SyncStatus] = []
    worker = SyncWorker(
        store,
        HttpTransport(url, token, timeout_s=timeout_s),
        batch_size=batch_size,
        backoff=Backoff(base_s=0.05, cap_s=0.3),
        health_interval_s=0.2,
        max_idle_wait_s=1.0,
        listener=statuses.append,
    )
    store.subscribe(worker.wake)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


def record(store: RecordStore, n: int, start: int = 0) -> list[Event]:
    events = [check_in(i) for i in range(start, start + n)]
    for e in events:
        store.record(e)
    return events


def all_sent(store: RecordStore, n: int) -> Callable[[], bool]:
    return lambda: store.counts()["sent"] == n


def assert_exactly_once(store: RecordStore, server: ServerProcess) -> None:
    local = store.event_ids()
    on_server = server.event_ids()
    assert len(on_server) == len(set(on_server))
    assert sorted(on_server) == sorted(local)
    assert store.counts() == {"pending": 0, "in_flight": 0, "sent": len(local), "dead": 0}


def test_kill_9_mid_burst_then_sync_delivers_every_committed_record_once(
    tmp_path: Path, mgmt_server: ServerProcess
) -> None:
    db, key = tmp_path / "kiosk.sqlite3", tmp_path / "store.key"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.burst_writer",
            str(db),
            str(key),
            mgmt_server.url,
            mgmt_server.token,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None
    committed: list[str] = []
    while len(committed) < 400:
        line = child.stdout.readline()
        assert line, "the writer died on its own"
        committed.append(line.decode().strip())
    # The child's sync thread has been sending meanwhile; kill it in the middle of both.
    wait_until(lambda: mgmt_server.event_count() > 0, timeout_s=20)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    committed.extend(line.decode().strip() for line in child.stdout.read().splitlines())
    child.stdout.close()

    store = RecordStore(db, KeyFileProvider(key))  # start-up puts in_flight back to pending
    try:
        local = store.event_ids()
        assert set(committed) <= set(local)  # every acknowledged commit survived the kill
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with running_worker(store, mgmt_server.url, mgmt_server.token, batch_size=200):
            assert wait_until(all_sent(store, len(local)), timeout_s=60)
        assert_exactly_once(store, mgmt_server)
    finally:
        store.close()


def test_server_down_then_up(store: RecordStore, mgmt_server: ServerProcess) -> None:
    mgmt_server.kill()
    with running_worker(store, mgmt_server.url, mgmt_server.token) as worker:
        record(store, 20)
        assert wait_until(lambda: worker.status().reachable is False)
        assert worker.status().problem is SyncProblem.OFFLINE
        assert store.counts()["sent"] == 0
        mgmt_server.start()
        assert wait_until(all_sent(store, 20))
        status = worker.status()
    assert status.reachable is True
    assert status.last_error == ""
    assert status.last_success_at is not None
    assert_exactly_once(store, mgmt_server)


def test_flapping_connection(store: RecordStore, mgmt_server: ServerProcess) -> None:
    total = 0
    with running_worker(store, mgmt_server.url, mgmt_server.token, batch_size=5):
        for round_ in range(4):
            record(store, 15, start=total)
            before = store.counts()["sent"]
            total += 15
            # Pull the plug while uploads are in progress.
            wait_until(lambda b=before: store.counts()["sent"] > b, timeout_s=5)
            mgmt_server.kill()
            record(store, 5, start=total)
            total += 5
            mgmt_server.start()
            assert round_ < 4
        assert wait_until(all_sent(store, total), timeout_s=30)
    assert_exactly_once(store, mgmt_server)


def test_server_slower_than_the_client_timeout_creates_no_duplicates(
    store: RecordStore, mgmt_server_factory: Callable[..., ServerProcess]
) -> None:
    server = mgmt_server_factory("--delay-ms", "1200")
    with running_worker(store, server.url, server.token, timeout_s=0.4) as worker:
        record(store, 10)
        # The server stores what the client already gave up on.
        assert wait_until(lambda: server.event_count() == 10)
        assert wait_until(lambda: worker.status().problem is SyncProblem.TIMEOUT)
        assert store.counts()["sent"] == 0
        server.set_faults(delay_ms=0)
        assert wait_until(all_sent(store, 10))
    assert_exactly_once(store, server)
    assert sum(server.receipts().values()) > 10  # retries arrived and were deduplicated


def test_connection_dropped_after_storing_is_retried_without_duplicates(
    store: RecordStore, mgmt_server_factory: Callable[..., ServerProcess]
) -> None:
    server = mgmt_server_factory("--drop-after-store")
    with running_worker(store, server.url, server.token) as worker:
        record(store, 10)
        assert wait_until(lambda: server.event_count() == 10)
        # A drop is told apart from "could not connect".
        assert wait_until(lambda: worker.status().problem is SyncProblem.CONNECTION_RESET)
        assert store.counts()["sent"] == 0  # stored is not acknowledged
        server.set_faults(drop_after_store=False)
        assert wait_until(all_sent(store, 10))
    assert_exactly_once(store, server)
    assert all(n >= 2 for n in server.receipts().values())


def test_captive_portal_is_not_an_acknowledgement(
    store: RecordStore, mgmt_server_factory: Callable[..., ServerProcess]
) -> None:
    server = mgmt_server_factory("--captive-portal")
    with running_worker(store, server.url, server.token) as worker:
        record(store, 5)
        assert wait_until(lambda: worker.status().problem is SyncProblem.NOT_THE_API)
        assert worker.status().reachable is False
        assert store.counts()["sent"] == 0
        assert server.event_count() == 0
        server.set_faults(captive_portal=False)
        assert wait_until(all_sent(store, 5))
    assert_exactly_once(store, server)


def test_conflicting_record_is_quarantined_while_the_others_flow(
    store: RecordStore, mgmt_server: ServerProcess
) -> None:
    events = record(store, 3)
    # Someone else already sent this id with different content.
    impostor = event_to_wire(events[1]) | {"consent_version": "1999-01"}
    response = requests.post(
        mgmt_server.url + BATCH_PATH,
        data=canonical_json({"terminal_id": "x", "events": [impostor]}),
        headers={
            "Authorization": f"Bearer {mgmt_server.token}",
            "Content-Type": "application/json",
        },
        timeout=10,
    )
    assert response.json()["results"][0]["status"] == "accepted"
    with running_worker(store, mgmt_server.url, mgmt_server.token, batch_size=1) as worker:
        record(store, 2, start=3)
        assert wait_until(lambda: store.counts()["sent"] == 4 and store.counts()["dead"] == 1)
        status = worker.status()
    assert status.dead == 1
    dead = store.dead_records()
    assert [d.event_id for d in dead] == [events[1].event_id]
    assert "other content under its id" in dead[0].last_error
    assert mgmt_server.event_count() == 5


def test_refused_token_stops_sending_and_resumes_with_the_right_one(
    store: RecordStore, mgmt_server: ServerProcess
) -> None:
    with running_worker(store, mgmt_server.url, "wrong-token") as worker:
        record(store, 4)
        assert wait_until(lambda: worker.status().auth_rejected)
        assert worker.status().problem is SyncProblem.AUTH_REJECTED
        assert store.counts()["pending"] == 4
        assert mgmt_server.event_count() == 0
        worker.set_transport(HttpTransport(mgmt_server.url, mgmt_server.token, timeout_s=2))
        assert wait_until(all_sent(store, 4))
        assert worker.status().auth_rejected is False
    assert_exactly_once(store, mgmt_server)


def test_full_disk_gives_a_clear_error_and_earlier_records_still_sync(
    tmp_path: Path, mgmt_server: ServerProcess
) -> None:
    path, keys = tmp_path / "small.sqlite3", FakeKeyProvider()
    RecordStore(path, keys).close()
    small = RecordStore(path, keys, max_page_count=40)
    saved = 0
    with pytest.raises(StorageFullError):
        for n in range(10_000):
            small.record(check_in(n))
            saved += 1
    assert saved > 0
    with running_worker(small, mgmt_server.url, mgmt_server.token):
        assert wait_until(all_sent(small, saved))
    assert small.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert_exactly_once(small, mgmt_server)
    small.close()


def test_random_server_errors_only_delay_delivery(
    store: RecordStore, mgmt_server_factory: Callable[..., ServerProcess]
) -> None:
    server = mgmt_server_factory("--error-rate", "0.5", "--seed", "3")
    with running_worker(store, server.url, server.token, batch_size=5):
        record(store, 40)
        assert wait_until(all_sent(store, 40), timeout_s=60)
    assert_exactly_once(store, server)
