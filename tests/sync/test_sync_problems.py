"""The worker's typed problems and the contract's rules (fake transport, fake clock): a 409
batch, a 413 batch, answers matched by id, the terminal clock, stranded claims, a full disk,
and everything persisted where another process reads it."""

from __future__ import annotations

import logging
import random
from datetime import timedelta
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.errors import StorageFullError
from kiosk.store import RecordStore
from kiosk.sync import (
    Backoff,
    FakeTransport,
    HttpAnswer,
    SyncProblem,
    SyncWorker,
    TransportError,
    read_status,
)
from kiosk.sync.contract import HEALTH_PATH, canonical_json
from tests.store.factories import check_in
from tests.sync.helpers import answer, batch_ids


def accept(ids: list[str]) -> HttpAnswer:
    return answer([{"event_id": i, "status": "accepted"} for i in ids])


def worker_for(store: RecordStore, clock: FakeClock, responder: Any, **kw: Any) -> SyncWorker:
    return SyncWorker(
        store,
        FakeTransport(responder),
        clock=clock,
        backoff=Backoff(base_s=2, cap_s=300, rng=random.Random(3)),
        **kw,
    )


def record(store: RecordStore, n: int) -> list[str]:
    events = [check_in(i) for i in range(n)]
    for event in events:
        store.record(event)
    return [e.event_id for e in events]


# -- point 9: a 409 for the whole batch ---------------------------------------------------------


@pytest.mark.parametrize("position", [0, 17])
def test_a_batch_answered_409_for_one_record_quarantines_that_record_and_the_rest_flow(
    store: RecordStore, fake_clock: FakeClock, position: int
) -> None:
    ids = record(store, 30)
    conflicting = ids[position]

    def strict(path: str, body: bytes) -> HttpAnswer:
        sent = batch_ids(body)
        if conflicting in sent:
            error = {"error": {"code": "conflict", "message": "event already exists"}}
            return HttpAnswer(409, "application/json", canonical_json(error))
        return accept(sent)

    worker = worker_for(store, fake_clock, strict, batch_size=10)
    status = worker.sync_once()
    assert (status.sent, status.dead, status.waiting) == (29, 1, 0)
    assert [d.event_id for d in store.dead_records()] == [conflicting]
    assert "HTTP 409, conflict" in store.dead_records()[0].last_error


def test_a_lone_waiting_record_answered_409_is_quarantined(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    (only,) = record(store, 1)
    worker = worker_for(
        store, fake_clock, lambda p, b: HttpAnswer(409, "application/json", b"{}"), batch_size=10
    )
    status = worker.sync_once()
    assert (status.dead, status.server_rejected) == (1, False)
    assert (status.problem, status.problem_event_id) == (SyncProblem.CONFLICT_QUARANTINED, only)
    assert status.http_status == 409


# -- point 15: 413 teaches the batch size -------------------------------------------------------


def test_the_batch_size_the_server_accepts_is_remembered(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 1000)
    too_large: list[int] = []

    def limited(path: str, body: bytes) -> HttpAnswer:
        sent = batch_ids(body)
        if len(sent) > 50:
            too_large.append(len(sent))
            return HttpAnswer(413, "application/json", b'{"error":{"code":"too_large"}}')
        return accept(sent)

    worker = worker_for(store, fake_clock, limited, batch_size=200)
    assert worker.sync_once().sent == 1000
    assert len(too_large) <= 2  # 200 -> 100 -> 50, then batches of 50
    # A restart (new worker, same database) starts at the size that works.
    record_more = [check_in(2000 + n) for n in range(100)]
    for event in record_more:
        store.record(event)
    too_large.clear()
    again = worker_for(store, fake_clock, limited, batch_size=200)
    assert again.sync_once().sent == 1100
    assert too_large == []


def test_the_learnt_batch_size_grows_slowly_back(store: RecordStore, fake_clock: FakeClock) -> None:
    record(store, 3000)
    limit = {"n": 50}
    sizes: list[int] = []

    def limited(path: str, body: bytes) -> HttpAnswer:
        sent = batch_ids(body)
        sizes.append(len(sent))
        if len(sent) > limit["n"]:
            return HttpAnswer(413, "application/json", b"{}")
        return accept(sent)

    worker = worker_for(store, fake_clock, limited, batch_size=200)
    worker.sync_once()
    first_cycle = len(sizes)
    limit["n"] = 200  # the server's limit was raised
    record_more = [check_in(5000 + n) for n in range(2000)]
    for event in record_more:
        store.record(event)
    worker = worker_for(store, fake_clock, limited, batch_size=200)
    worker.sync_once()
    later = sizes[first_cycle:]
    assert max(later) > 50  # it grew ...
    assert later[:20] == [50] * 20  # ... slowly


# -- point 18: results matched by id; what a broken answer means --------------------------------


def test_results_are_matched_by_id_and_broken_results_acknowledge_nothing(
    store: RecordStore, fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    ids = record(store, 5)

    def odd(path: str, body: bytes) -> HttpAnswer:
        return answer(
            [
                {"event_id": "not-sent-by-us", "status": "accepted"},  # unknown: ignored
                {"event_id": ids[4], "status": "accepted"},  # out of order: fine
                {"event_id": ids[0], "status": "accepted"},
                {"event_id": ids[1], "status": "accepted"},  # named twice ...
                {"event_id": ids[1], "status": "conflict"},  # ... differently: unusable
                {"event_id": ids[2], "status": "fine"},  # malformed
                # ids[3]: missing
            ]
        )

    with caplog.at_level(logging.WARNING):
        status = worker_for(store, fake_clock, odd).sync_once()
    assert (status.sent, status.pending, status.dead) == (2, 3, 0)
    assert store.counts()["sent"] == 2
    pending = {c.event.event_id for c in store.claim_due(10, only=ids)}
    fake_clock.advance(400)
    pending |= {c.event.event_id for c in store.claim_due(10, only=ids)}
    assert pending == {ids[1], ids[2], ids[3]}
    assert status.problem is SyncProblem.NOT_ACKNOWLEDGED
    assert "not sent" in caplog.text


# -- point 11b: the terminal clock --------------------------------------------------------------


def test_a_wrong_terminal_clock_is_reported_with_the_offset(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 2)
    server_now = {"t": fake_clock.now() - timedelta(minutes=95)}  # terminal 95 min ahead

    def dated(path: str, body: bytes) -> HttpAnswer:
        if path == HEALTH_PATH:
            data = {"status": "ok", "api_version": "1", "server_time": server_now["t"].isoformat()}
            return HttpAnswer(200, "application/json", canonical_json(data))
        answer = accept(batch_ids(body))
        return HttpAnswer(answer.status, answer.content_type, answer.body, None, server_now["t"])

    worker = worker_for(store, fake_clock, dated)
    status = worker.sync_once()
    assert status.sent == 2
    assert (status.problem, status.clock_offset_minutes) == (SyncProblem.CLOCK_WRONG, 95)
    assert read_status(store).clock_offset_minutes == 95  # persisted
    server_now["t"] = fake_clock.now() + timedelta(seconds=40)  # within the tolerance
    record(store, 1)
    status = worker.sync_once()
    assert (status.problem, status.clock_offset_minutes) == (None, None)


def test_the_health_probe_checks_the_clock_even_with_nothing_to_send(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    def health(path: str, body: bytes) -> HttpAnswer:
        late = (fake_clock.now() + timedelta(hours=3)).isoformat()
        data = {"status": "ok", "api_version": "1", "server_time": late}
        return HttpAnswer(200, "application/json", canonical_json(data))

    worker = worker_for(store, fake_clock, health, clock_check_interval_s=3600)
    assert worker.sync_once().clock_offset_minutes == -180


# -- point 16: every cause its own problem, persisted -------------------------------------------


@pytest.mark.parametrize(
    "problem",
    [
        SyncProblem.TLS_FAILED,
        SyncProblem.DNS_FAILED,
        SyncProblem.TIMEOUT,
        SyncProblem.CONNECTION_RESET,
        SyncProblem.ANSWER_TOO_LARGE,
        SyncProblem.OFFLINE,
    ],
)
def test_network_problems_are_typed_and_persisted_with_their_start(
    store: RecordStore, fake_clock: FakeClock, problem: SyncProblem
) -> None:
    record(store, 2)

    def failing(path: str, body: bytes) -> HttpAnswer:
        raise TransportError("no answer", problem)

    worker = worker_for(store, fake_clock, failing)
    worker.sync_once()
    started = fake_clock.now()
    fake_clock.advance(400)
    worker.sync_once()
    status = read_status(store)  # what another process (outbox status) sees
    assert (status.problem, status.problem_since, status.pending) == (problem, started, 2)


@pytest.mark.parametrize(
    ("http_status", "problem", "flag"),
    [
        (401, SyncProblem.AUTH_REJECTED, "auth_rejected"),
        (400, SyncProblem.SERVER_REJECTED, "server_rejected"),
        (503, SyncProblem.SERVER_ERROR, None),
        (429, SyncProblem.RATE_LIMITED, None),
        (404, SyncProblem.WRONG_URL, None),
    ],
)
def test_refusals_and_server_errors_persist_status_and_code(
    store: RecordStore,
    fake_clock: FakeClock,
    http_status: int,
    problem: SyncProblem,
    flag: str | None,
) -> None:
    record(store, 1)
    body = canonical_json({"error": {"code": "some_code_7", "message": "whatever"}})
    worker = worker_for(
        store, fake_clock, lambda p, b: HttpAnswer(http_status, "application/json", body)
    )
    worker.sync_once()
    status = read_status(store)
    assert (status.problem, status.http_status, status.server_code) == (
        problem,
        http_status,
        "some_code_7",
    )
    assert status.auth_rejected is (flag == "auth_rejected")
    assert status.server_rejected is (flag == "server_rejected")
    worker.set_transport(FakeTransport(lambda p, b: accept(batch_ids(b))))  # staff fixed it
    worker.sync_once()
    status = read_status(store)
    assert (status.problem, status.auth_rejected, status.server_rejected) == (None, False, False)


def test_claims_stranded_by_a_killed_sender_are_reported(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    record(store, 3)
    store.claim_due(2)  # a sender took two records, then was killed
    assert read_status(store, clock=fake_clock).stranded == 0  # young claims: in flight
    fake_clock.advance(301)
    status = read_status(store, clock=fake_clock)
    assert (status.stranded, status.problem) == (2, SyncProblem.CLAIMS_STRANDED)


def test_a_full_disk_is_reported_as_such(
    store: RecordStore, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    record(store, 2)
    worker = worker_for(store, fake_clock, lambda p, b: accept(batch_ids(b)))

    def full(**changes: object) -> None:
        raise StorageFullError()

    monkeypatch.setattr(store, "record_outcome", full)
    status = worker.sync_once()
    assert status.problem is SyncProblem.STORAGE_FULL
    assert "storage is full" in status.last_error
    assert (status.pending, status.in_flight) == (2, 0)


# -- point 18: a close notice never overtakes the records before it ---------------------------


def test_a_close_notice_never_overtakes_the_check_ins_before_it(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    from kiosk.records import EventKind
    from tests.store.factories import shelter_notice

    first, second = record(store, 2)
    close = shelter_notice(EventKind.SHELTER_CLOSE)
    store.record(close)
    stored: list[str] = []  # the order in which the server stored records
    retry_first = {"on": True}

    def server(path: str, body: bytes) -> HttpAnswer:
        items = []
        for eid in batch_ids(body):
            if eid == first and retry_first["on"]:
                items.append({"event_id": eid, "status": "retry"})
            else:
                stored.append(eid)
                items.append({"event_id": eid, "status": "accepted"})
        return answer(items)

    worker = worker_for(store, fake_clock, server, batch_size=10)
    worker.sync_once()
    assert stored == [second]  # the close notice waits: the first check-in is not stored
    assert store.counts()["pending"] == 2
    fake_clock.advance(400)
    worker.sync_once()  # still asked to retry: the notice still waits
    assert close.event_id not in stored
    retry_first["on"] = False
    fake_clock.advance(400)
    assert worker.sync_once().sent == 3
    assert stored == [second, first, close.event_id]


def test_an_error_text_stored_by_an_older_version_is_not_shown(store: RecordStore) -> None:
    # Older versions stored the server's own words; they may hold a name.
    store.meta_set({"sync.last_error": "HTTP 500 invalid: 試験 太郎 熊本県荒尾市"})
    assert read_status(store).last_error == ""
    worker_for(store, FakeClock(), lambda p, b: accept(batch_ids(b)))
    assert store.meta_get("sync.last_error") is None  # dropped when the worker starts
    store.meta_set({"sync.problem": "server_error", "sync.server_code": "Bad Code 試験"})
    status = read_status(store)
    assert (status.problem, status.server_code) == (SyncProblem.SERVER_ERROR, None)
    assert "試験" not in status.last_error


def test_one_record_too_large_alone_does_not_shrink_the_batches(
    store: RecordStore, fake_clock: FakeClock
) -> None:
    ids = record(store, 400)
    huge = ids[7]
    sizes: list[int] = []

    def limited(path: str, body: bytes) -> HttpAnswer:
        sent = batch_ids(body)
        sizes.append(len(sent))
        if huge in sent:
            return HttpAnswer(413, "application/json", b'{"error":{"code":"too_large"}}')
        return accept(sent)

    status = worker_for(store, fake_clock, limited, batch_size=100).sync_once()
    assert (status.sent, status.dead) == (399, 1)
    assert [d.event_id for d in store.dead_records()] == [huge]
    assert sizes[-1] == 100 or max(sizes[-3:]) == 100  # full batches again after it
    assert read_status(store).problem is None
    assert store.meta_get("sync.batch_limit") is None
