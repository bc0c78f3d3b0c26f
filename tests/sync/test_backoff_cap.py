"""One back-off cap: the worker's policy sets the store's clamp (real worker, real store, the
real reference server on 127.0.0.1, an injected wall clock that can be stepped)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import Backoff, HttpTransport, SyncWorker
from tests.fixtures.server import ServerProcess
from tests.store.factories import check_in

YEAR_S = 365 * 24 * 3600.0

pytestmark = pytest.mark.timeout(120)


class _Longest(random.Random):
    """Full jitter that always draws the ceiling: every back-off is the longest allowed."""

    def uniform(self, a: float, b: float) -> float:
        return b


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), clock)  # default clamp
    yield s
    s.close()


def _failed_once(
    store: RecordStore, clock: FakeClock, server: ServerProcess, cap_s: float
) -> SyncWorker:
    """One record, refused with 503 by the real server: it waits the longest back-off."""
    worker = SyncWorker(
        store,
        HttpTransport(server.url, server.token, timeout_s=5.0),
        clock=clock,
        backoff=Backoff(base_s=cap_s, cap_s=cap_s, rng=_Longest()),
    )
    store.record(check_in(1))
    server.set_faults(error_rate=1.0)
    worker.sync_once()
    server.set_faults(error_rate=0.0)
    assert store.counts()["pending"] == 1
    assert server.event_count() == 0
    return worker


def test_the_store_clamps_to_the_workers_cap(store: RecordStore) -> None:
    SyncWorker(store, HttpTransport("http://127.0.0.1:9", "t"), backoff=Backoff(cap_s=900.0))
    assert store.max_backoff_s == 900.0


def test_a_record_waiting_the_longest_back_off_is_not_sent_early(
    store: RecordStore, clock: FakeClock, mgmt_server: ServerProcess
) -> None:
    cap = 900.0  # longer than the store's default clamp
    worker = _failed_once(store, clock, mgmt_server, cap)
    clock.advance(cap - 5)
    worker.sync_once()
    assert mgmt_server.event_count() == 0  # still waiting out its back-off
    clock.advance(5)
    worker.sync_once()
    assert mgmt_server.event_count() == 1


@pytest.mark.parametrize("step_s", [YEAR_S, 200.0])
def test_records_waiting_when_the_clock_is_stepped_back_go_within_one_cap(
    store: RecordStore, clock: FakeClock, mgmt_server: ServerProcess, step_s: float
) -> None:
    cap = 30.0  # shorter than the store's default clamp
    worker = _failed_once(store, clock, mgmt_server, cap)
    clock.step_wall(-step_s)
    clock.advance(cap)
    worker.sync_once()
    assert mgmt_server.event_count() == 1
    assert store.counts()["sent"] == 1
