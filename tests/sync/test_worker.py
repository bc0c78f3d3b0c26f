"""Sync worker rules with the fake transport and a fake clock (no threads, no sleeping)."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.records import Event
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import (
    Backoff,
    FakeTransport,
    HttpAnswer,
    SyncProblem,
    SyncStatus,
    SyncWorker,
    TransportError,
)
from kiosk.sync.contract import BATCH_PATH, HEALTH_PATH
from tests.store.factories import check_in
from tests.sync.helpers import answer, batch_ids

BASE, CAP = 2.0, 300.0


def accept_all(path: str, body: bytes) -> HttpAnswer:
    if path == HEALTH_PATH:
        return HttpAnswer(200, "application/json", b'{"status":"ok"}')
    return answer([{"event_id": i, "status": "accepted"} for i in batch_ids(body)])


class Switchable:
    """A responder whose behaviour the test changes between sync_once() calls."""

    def __init__(self) -> None:
        self.mode: Callable[[str, bytes], HttpAnswer] = accept_all

    def __call__(self, path: str, body: bytes) -> HttpAnswer:
        return self.mode(path, body)


def make_worker(
    store: RecordStore, clock: FakeClock, responder: Any, **kw: Any
) -> tuple[SyncWorker, FakeTransport, list[SyncStatus]]:
    transport = FakeTransport(responder)
    seen: list[SyncStatus] = []
    worker = SyncWorker(
        store,
        transport,
        clock=clock,
        backoff=Backoff(base_s=BASE, cap_s=CAP, rng=random.Random(7)),
        listener=seen.append,
        **kw,
    )
    return worker, transport, seen


def record(store: RecordStore, n: int) -> list[Event]:
    events = [check_in(i) for i in range(n)]
    for e in events:
        store.record(e)
    return events


def network_down(path: str, body: bytes) -> HttpAnswer:
    raise TransportError("could not connect to the server")


# -- back-off ----------------------------------------------------------------------------------


def test_backoff_ceiling_doubles_then_caps_and_never_gives_up() -> None:
    backoff = Backoff(base_s=1.0, cap_s=60.0, rng=random.Random(1))
    assert [backoff.ceiling(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert backoff.ceiling(10_000) == 60.0
    draws = [backoff.delay(5) for _ in range(500)]
    assert all(0.0 <= d <= 16.0 for d in draws)
    assert max(draws) > 12 and min(draws) < 4  # full jitter spreads over the whole range


def test_failed_records_are_retried_forever_with_capped_delay(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 1)
    worker, transport, _ = make_worker(store, fake_clock, network_down)
    for _ in range(40):
        worker.sync_once()
        fake_clock.advance(CAP + 1)
    assert store.counts()["pending"] == 1
    assert len([r for r in transport.requests if r[0] == BATCH_PATH]) == 40


# -- acknowledgements --------------------------------------------------------------------------


def test_all_acknowledged_records_are_sent(store: RecordStore, fake_clock: FakeClock) -> None:
    record(store, 5)
    worker, transport, seen = make_worker(store, fake_clock, accept_all, batch_size=2)
    status = worker.sync_once()
    assert (status.sent, status.waiting, status.dead) == (5, 0, 0)
    assert status.last_success_at == fake_clock.now()
    assert status.reachable is True
    assert len(transport.requests) == 3
    assert seen[-1] == status


def test_captive_portal_page_is_not_an_acknowledgement(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 2)

    def portal(path: str, body: bytes) -> HttpAnswer:
        return HttpAnswer(200, "text/html; charset=utf-8", b"<html>Login to Wi-Fi</html>")

    worker, _, _ = make_worker(store, fake_clock, portal)
    status = worker.sync_once()
    assert status.sent == 0
    assert status.pending == 2
    assert status.reachable is False
    assert status.problem is SyncProblem.NOT_THE_API


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"ok": true}', b'{"results": [{"event_id": 1, "status": "accepted"}]}'],
)
def test_json_of_the_wrong_shape_is_not_an_acknowledgement(
    store: RecordStore, fake_clock: FakeClock, body: bytes
) -> None:
    record(store, 1)
    worker, _, _ = make_worker(
        store, fake_clock, lambda path, _b: HttpAnswer(200, "application/json", body)
    )
    assert worker.sync_once().sent == 0
    assert store.counts()["pending"] == 1


def test_records_missing_from_the_answer_are_retried(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    events = record(store, 3)

    def partial(path: str, body: bytes) -> HttpAnswer:
        return answer([{"event_id": events[0].event_id, "status": "duplicate"}])

    worker, _, _ = make_worker(store, fake_clock, partial)
    status = worker.sync_once()
    assert (status.sent, status.pending) == (1, 2)
    assert status.problem is SyncProblem.NOT_ACKNOWLEDGED


def test_conflict_and_rejection_quarantine_one_record_while_others_flow(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    events = record(store, 4)
    verdicts = {
        events[1].event_id: ("conflict", "already received with different content"),
        events[2].event_id: ("rejected", "registration_type must be 1, 2, 3, 4 or null"),
    }

    def mixed(path: str, body: bytes) -> HttpAnswer:
        results = []
        for eid in batch_ids(body):
            status, message = verdicts.get(eid, ("accepted", ""))
            results.append({"event_id": eid, "status": status, "message": message})
        return answer(results)

    worker, _, _ = make_worker(store, fake_clock, mixed)
    status = worker.sync_once()
    assert (status.sent, status.dead, status.waiting) == (2, 2, 0)
    dead = {d.event_id: d.last_error for d in store.dead_records()}
    assert "other content under its id" in dead[events[1].event_id]
    assert "refused it" in dead[events[2].event_id]
    assert status.problem is SyncProblem.CONFLICT_QUARANTINED
    assert status.problem_event_id == events[1].event_id


@pytest.mark.parametrize("code", [401, 403])
def test_refused_token_stops_sending_until_the_settings_change(
    store: RecordStore, fake_clock: FakeClock, code: int
) -> None:
    record(store, 3)
    responder = Switchable()
    responder.mode = lambda path, body: HttpAnswer(
        code,
        "application/json",
        b'{"error": {"code": "unauthorized", "message": "the token was not accepted"}}',
    )
    worker, transport, _ = make_worker(store, fake_clock, responder)
    status = worker.sync_once()
    assert status.auth_rejected is True
    assert (status.problem, status.http_status, status.server_code) == (
        SyncProblem.AUTH_REJECTED,
        code,
        "unauthorized",
    )
    assert (status.pending, status.in_flight) == (3, 0)
    assert store.claim_due(10)[0].attempts == 0  # a refused token is not the record's fault
    store.release(store.event_ids())
    fake_clock.advance(10_000)
    worker.sync_once()
    assert len(transport.requests) == 1  # nothing more was sent
    responder.mode = accept_all
    fixed = FakeTransport(responder)
    worker.set_transport(fixed)
    assert worker.sync_once().sent == 3
    assert worker.status().auth_rejected is False


@pytest.mark.parametrize(
    ("status_code", "reachable"), [(500, True), (503, True), (429, True), (404, True)]
)
def test_server_errors_are_retried_with_backoff(
    store: RecordStore, fake_clock: FakeClock, status_code: int, reachable: bool
) -> None:
    record(store, 3)
    responder = Switchable()
    responder.mode = lambda path, body: HttpAnswer(status_code, "text/plain", b"oops")
    worker, transport, _ = make_worker(store, fake_clock, responder, batch_size=1)
    status = worker.sync_once()
    # One failed request, not one per batch: the other due records wait too.
    assert len(transport.requests) == 1
    assert status.pending == 3
    assert status.reachable is reachable
    assert f"HTTP {status_code}" in status.last_error
    next_due = store.next_due_at()
    assert next_due is not None
    assert 0 <= next_due - fake_clock.now().timestamp() <= BASE
    responder.mode = accept_all
    fake_clock.advance(BASE + 0.01)
    assert worker.sync_once().sent == 3


def test_a_refused_batch_is_split_until_the_bad_record_is_alone(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    events = record(store, 8)
    bad = events[5].event_id

    def strict(path: str, body: bytes) -> HttpAnswer:
        ids = batch_ids(body)
        if bad in ids:
            return HttpAnswer(
                400,
                "application/json",
                b'{"error": {"code": "bad_request", "message": "malformed event"}}',
            )
        return answer([{"event_id": i, "status": "accepted"} for i in ids])

    worker, _, _ = make_worker(store, fake_clock, strict, batch_size=8)
    status = worker.sync_once()
    assert (status.sent, status.dead) == (7, 1)
    assert [d.event_id for d in store.dead_records()] == [bad]
    assert "HTTP 400, bad_request" in store.dead_records()[0].last_error


def test_the_same_bytes_are_sent_on_every_retry(store: RecordStore, fake_clock: FakeClock) -> None:
    record(store, 3)
    worker, transport, _ = make_worker(store, fake_clock, network_down)
    for _ in range(3):
        worker.sync_once()
        fake_clock.advance(CAP + 1)
    bodies = {body for path, body in transport.requests if path == BATCH_PATH}
    assert len(bodies) == 1


# -- waking up ---------------------------------------------------------------------------------


def test_wake_with_retry_now_skips_the_backoff(store: RecordStore, fake_clock: FakeClock) -> None:
    record(store, 2)
    responder = Switchable()
    responder.mode = network_down
    worker, _, _ = make_worker(store, fake_clock, responder)
    worker.sync_once()
    responder.mode = accept_all
    assert worker.sync_once().sent == 0  # still backing off
    worker.wake(retry_now=True)  # the network came back
    assert worker.sync_once().sent == 2


def test_a_success_releases_records_waiting_out_a_network_backoff(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    responder = Switchable()
    responder.mode = network_down
    worker, _, _ = make_worker(store, fake_clock, responder)
    record(store, 3)
    for _ in range(6):  # a long outage: the back-off has grown
        worker.sync_once()
        fake_clock.advance(CAP)
    worker.sync_once()
    responder.mode = accept_all
    store.record(check_in(50))  # a new check-in is due at once and goes through ...
    status = worker.sync_once()
    assert status.sent == 4  # ... and the old ones follow without waiting


def test_health_probe_notices_the_network_is_back(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 2)
    responder = Switchable()
    responder.mode = network_down
    worker, transport, _ = make_worker(store, fake_clock, responder, health_interval_s=5)
    for _ in range(8):
        worker.sync_once()
        fake_clock.advance(CAP)
    worker.sync_once()
    assert store.next_due_at() is not None
    responder.mode = accept_all
    fake_clock.advance(6)  # far less than the back-off, more than the probe interval
    assert worker.sync_once().sent == 2
    assert (HEALTH_PATH, b"") in transport.requests


def test_status_waiting_property() -> None:
    assert SyncStatus(pending=2, in_flight=3, sent=9).waiting == 5


def test_a_store_failure_while_recording_the_answer_puts_the_claims_back(
    store: RecordStore, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.errors import StorageError

    record(store, 3)
    worker, _, _ = make_worker(store, fake_clock, accept_all)

    def broken(**changes: object) -> None:
        raise StorageError("disk trouble")

    monkeypatch.setattr(store, "record_outcome", broken)
    status = worker.sync_once()
    assert (status.pending, status.in_flight, status.sent) == (3, 0, 0)
    monkeypatch.undo()
    assert worker.sync_once().sent == 3


@pytest.mark.parametrize(
    ("url", "system_proxy"),
    [
        ("http://127.0.0.1:8765", False),
        ("http://localhost:1", False),
        ("http://[::1]:8765", False),
        ("https://mgmt.example.lg.jp", True),
    ],
)
def test_loopback_servers_are_never_reached_through_a_proxy(url: str, system_proxy: bool) -> None:
    from kiosk.sync import HttpTransport

    transport = HttpTransport(url, "token")
    assert transport._session.trust_env is system_proxy
    transport.close()


def test_the_thread_wakes_at_once_for_a_new_record_and_when_the_network_returns(
    tmp_path: Path,
) -> None:
    from tests.fixtures.server import wait_until

    store = RecordStore(tmp_path / "thread.sqlite3", FakeKeyProvider())
    responder = Switchable()
    statuses: list[SyncStatus] = []
    worker = SyncWorker(
        store,
        FakeTransport(responder),
        backoff=Backoff(base_s=600, cap_s=600),  # a retry would take minutes without wake()
        health_interval_s=600,
        max_idle_wait_s=600,
        listener=statuses.append,
    )
    store.subscribe(worker.wake)
    worker.start()
    try:
        assert wait_until(lambda: len(statuses) >= 1, timeout_s=10)  # first, empty cycle
        store.record(check_in(1))
        assert wait_until(lambda: store.counts()["sent"] == 1, timeout_s=10)
        responder.mode = network_down
        store.record(check_in(2))
        assert wait_until(lambda: worker.status().reachable is False, timeout_s=10)
        responder.mode = accept_all
        worker.wake(retry_now=True)  # e.g. the OS reports the network is back
        assert wait_until(lambda: store.counts()["sent"] == 2, timeout_s=10)
        assert wait_until(lambda: statuses[-1].sent == 2, timeout_s=10)  # the UI hears of it
    finally:
        worker.stop()
        store.close()
    assert not worker.running


# -- a server that refuses everything, a record that makes the server fail -------------------


def refuse_everything(path: str, body: bytes) -> HttpAnswer:
    if path == HEALTH_PATH:
        return HttpAnswer(200, "application/json", b'{"status":"ok"}')
    return HttpAnswer(
        400,
        "application/json",
        b'{"error": {"code": "bad_request", "message": "shelter shelter-042 not registered"}}',
    )


@pytest.mark.parametrize("resume", ["send_now", "settings_change"])
def test_a_server_refusing_every_batch_stops_sending_and_quarantines_nothing(
    store: RecordStore, fake_clock: FakeClock, resume: str
) -> None:
    record(store, 50)
    responder = Switchable()
    responder.mode = refuse_everything
    worker, transport, seen = make_worker(store, fake_clock, responder)
    status = worker.sync_once()
    assert (status.dead, status.pending, status.in_flight) == (0, 50, 0)
    assert status.server_rejected is True
    assert seen[-1].server_rejected is True
    assert (status.problem, status.server_code) == (SyncProblem.SERVER_REJECTED, "bad_request")
    assert len(transport.requests) <= 9  # halvings down to one record, one more record alone
    assert store.claim_due(100)[0].attempts == 0  # not the records' fault
    store.release(store.event_ids())
    sent_before = len(transport.requests)
    fake_clock.advance(10_000)
    store.record(check_in(60))
    worker.wake()  # a new record alone does not resume sending
    assert worker.sync_once().pending == 51
    assert len(transport.requests) == sent_before
    responder.mode = accept_all  # staff registered the shelter on the server
    if resume == "send_now":
        worker.wake(retry_now=True)
    else:
        worker.set_transport(FakeTransport(responder))
    status = worker.sync_once()
    assert (status.sent, status.dead, status.server_rejected) == (51, 0, False)


def test_a_single_waiting_record_refused_alone_waits_instead_of_being_quarantined(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 1)
    worker, transport, _ = make_worker(store, fake_clock, refuse_everything)
    status = worker.sync_once()
    assert (status.dead, status.pending, status.server_rejected) == (0, 1, True)
    assert len(transport.requests) == 1


def test_a_bad_record_at_the_head_of_the_queue_is_quarantined_alone(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    events = record(store, 8)
    bad = events[0].event_id

    def strict(path: str, body: bytes) -> HttpAnswer:
        ids = batch_ids(body)
        if bad in ids:
            return refuse_everything(path, body)
        return answer([{"event_id": i, "status": "accepted"} for i in ids])

    worker, _, _ = make_worker(store, fake_clock, strict, batch_size=8)
    status = worker.sync_once()
    assert (status.sent, status.dead, status.server_rejected) == (7, 1, False)
    assert [d.event_id for d in store.dead_records()] == [bad]


@pytest.mark.parametrize("crasher_index", [0, 5])
def test_a_record_that_makes_the_server_fail_is_isolated_and_the_others_flow(
    store: RecordStore, fake_clock: FakeClock, crasher_index: int
) -> None:
    events = record(store, 8)
    crasher = events[crasher_index].event_id

    def crashes_on_one(path: str, body: bytes) -> HttpAnswer:
        ids = batch_ids(body)
        if crasher in ids:
            return HttpAnswer(500, "text/plain", b"Internal Server Error")
        return answer([{"event_id": i, "status": "accepted"} for i in ids])

    worker, transport, _ = make_worker(
        store, fake_clock, crashes_on_one, batch_size=8, split_after_server_errors=3
    )
    for _ in range(2):  # at first it looks like the server's own trouble: back off
        assert worker.sync_once().sent == 0
        fake_clock.advance(CAP + 1)
    status = worker.sync_once()  # third 5xx on the same batch: split it
    assert (status.sent, status.pending, status.dead) == (7, 1, 0)
    next_due = store.next_due_at()
    assert next_due is not None and next_due > fake_clock.now().timestamp()
    # From now on the record the server fails on goes alone and last; new records flow.
    first_new = len(transport.requests)
    for n in range(3):
        store.record(check_in(100 + n))
        fake_clock.advance(CAP + 1)
        status = worker.sync_once()
    assert (status.sent, status.pending, status.dead) == (10, 1, 0)
    with_crasher = [b for p, b in transport.requests[first_new:] if crasher in batch_ids(b)]
    assert with_crasher and all(batch_ids(b) == [crasher] for b in with_crasher)


def test_an_outage_of_5xx_quarantines_nothing_and_does_not_flood_the_server(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 40)
    responder = Switchable()
    responder.mode = lambda path, body: HttpAnswer(503, "text/plain", b"maintenance")
    worker, transport, _ = make_worker(store, fake_clock, responder, batch_size=20)
    cycles = 30
    for _ in range(cycles):
        status = worker.sync_once()
        fake_clock.advance(CAP + 1)
    assert (status.dead, status.pending) == (0, 40)
    # One request per back-off step, plus a few bisections that grow rarer (no burst).
    assert len(transport.requests) <= 2 * cycles
    responder.mode = accept_all
    worker.wake(retry_now=True)
    assert worker.sync_once().sent == 40


def test_server_error_texts_are_sanitised_before_they_are_stored(
    store: RecordStore, fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    events = record(store, 2)
    echo = "birth date 19500101 of 試験 is invalid\nphone 09012345678"

    def echoing(path: str, body: bytes) -> HttpAnswer:
        ids = batch_ids(body)
        return answer(
            [{"event_id": ids[0], "status": "rejected", "message": echo}]
            + [{"event_id": i, "status": "retry", "message": echo} for i in ids[1:]]
        )

    with caplog.at_level(logging.DEBUG):
        worker, _, _ = make_worker(store, fake_clock, echoing)
        status = worker.sync_once()
        responder_text = json.dumps({"error": {"code": "bad_request", "message": echo}})
        worker2, _, _ = make_worker(
            store,
            fake_clock,
            lambda p, b: HttpAnswer(503, "application/json", responder_text.encode()),
        )
        fake_clock.advance(CAP + 1)
        status = worker2.sync_once()
    stored = [d.last_error for d in store.dead_records()] + [status.last_error]
    stored.append(store.meta_get("sync.last_error") or "")
    assert events[0].event_id in {d.event_id for d in store.dead_records()}
    leaks = [t for t in [*stored, caplog.text] if "19500101" in t or "12345678" in t]
    assert leaks == []
    assert not any("\n" in t for t in stored)
