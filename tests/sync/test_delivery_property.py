"""Property: whatever the network and the server do, nothing is lost or counted twice.

Hypothesis draws a sequence of misbehaviours (dropped connections before and after the server
stored the batch, captive portals, 5xx, refused tokens, lost answers, per-record retry) while
records keep arriving; then the network heals. At the end every record is on the server
exactly once and marked sent on the kiosk, except the ones that conflicted, which are dead
and still on the kiosk. The server here is the reference server's own database class, so
deduplication is the real one.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.clock import FakeClock
from kiosk.mgmt_server.server import ServerDatabase
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import Backoff, FakeTransport, HttpAnswer, SyncWorker, TransportError
from kiosk.sync.contract import HEALTH_PATH, canonical_json, event_to_wire
from tests.store.factories import check_in

BEHAVIOURS = (
    "ok",
    "refused",  # connection refused: nothing stored
    "drop_after_store",  # stored, answer lost
    "captive_portal",
    "http_503",
    "http_401",
    "retry_one",  # 200, but the server asks to retry the first record
)


class ScriptedServer:
    def __init__(self, db: ServerDatabase) -> None:
        self.db = db
        self.behaviour = "ok"

    def __call__(self, path: str, body: bytes) -> HttpAnswer:
        b = self.behaviour
        if b == "refused":
            raise TransportError("could not connect to the server")
        if b == "captive_portal":
            return HttpAnswer(200, "text/html", b"<html>login</html>")
        if path == HEALTH_PATH:
            return HttpAnswer(200, "application/json", b'{"status":"ok"}')
        if b == "http_503":
            return HttpAnswer(503, "application/json", b'{"error":{"code":"x","message":"busy"}}')
        if b == "http_401":
            return HttpAnswer(401, "application/json", b'{"error":{"code":"x","message":"no"}}')
        events = json.loads(body)["events"]
        if b == "retry_one":
            first, rest = events[0], events[1:]
            results = [{"event_id": first["event_id"], "status": "retry", "message": "later"}]
            results += self.db.store(rest)
        else:
            results = self.db.store(events)
        if b == "drop_after_store":
            raise TransportError("connection reset")
        return HttpAnswer(200, "application/json", canonical_json({"results": results}))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(BEHAVIOURS), st.integers(0, 4)), min_size=1, max_size=12
    ),
    conflicts=st.integers(0, 2),
    batch_size=st.integers(1, 6),
    seed=st.integers(0, 2**16),
)
def test_every_record_arrives_exactly_once_or_is_quarantined_as_a_conflict(
    steps: list[tuple[str, int]], conflicts: int, batch_size: int, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        store = RecordStore(Path(tmp) / "k.sqlite3", FakeKeyProvider(), clock)
        db = ServerDatabase(Path(tmp) / "server.sqlite3")
        server = ScriptedServer(db)
        worker = SyncWorker(
            store,
            FakeTransport(server),
            clock=clock,
            batch_size=batch_size,
            backoff=Backoff(base_s=1, cap_s=8, rng=random.Random(seed)),
            health_interval_s=2,
        )
        n = 0
        conflicting: set[str] = set()
        for i in range(conflicts):  # someone else already sent these ids, differently
            event = check_in(1000 + i)
            store.record(event)
            db.store([event_to_wire(event) | {"consent_version": "other"}])
            conflicting.add(event.event_id)
        for behaviour, new_records in steps:
            for _ in range(new_records):
                store.record(check_in(n))
                n += 1
            server.behaviour = behaviour
            worker.sync_once()
            clock.advance(3)
        # The network heals; staff fix the token if it was refused.
        server.behaviour = "ok"
        worker.retry_auth()
        for _ in range(20):
            worker.sync_once()
            clock.advance(10)
        local = set(store.event_ids())
        counts = store.counts()
        stats = db.stats()
        dead = {d.event_id for d in store.dead_records()}
        store.close()
        db.close()
    assert dead == conflicting
    assert counts == {
        "pending": 0,
        "in_flight": 0,
        "sent": len(local) - len(conflicting),
        "dead": len(conflicting),
    }
    assert stats["events"] == len(local)  # the conflicting ones were there first
