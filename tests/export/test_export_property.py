"""Property: USB exports and imports mixed with network syncs never duplicate or conflict.

Hypothesis interleaves new check-ins, network syncs (some whose answer is lost after the
server stored the batch, some that never reach it) and export -> import rounds (with and
without the sent records); then the network heals. At the end every record is on the server
exactly once, marked sent on the kiosk, and no import ever reported a conflict. The server
is the reference server's own database class (the real dedup); the store a real SQLite file.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.clock import FakeClock
from kiosk.export.batch import export_batch
from kiosk.mgmt_server.importer import import_file
from kiosk.mgmt_server.server import ServerDatabase
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import Backoff, FakeTransport, HttpAnswer, SyncWorker, TransportError
from kiosk.sync.contract import HEALTH_PATH, canonical_json
from tests.export.helpers import FAST_KDF, PASSPHRASE
from tests.store.factories import check_in

STEPS = ("sync_ok", "sync_lost_answer", "sync_unreachable", "export_import", "export_all_import")


class Network:
    def __init__(self, db: ServerDatabase) -> None:
        self.db = db
        self.mode = "sync_ok"

    def __call__(self, path: str, body: bytes) -> HttpAnswer:
        if self.mode == "sync_unreachable":
            raise TransportError("could not connect to the server")
        if path == HEALTH_PATH:
            return HttpAnswer(200, "application/json", b'{"status":"ok"}')
        results = self.db.store(json.loads(body)["events"])
        if self.mode == "sync_lost_answer":
            raise TransportError("connection reset")
        return HttpAnswer(200, "application/json", canonical_json({"results": results}))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(st.tuples(st.sampled_from(STEPS), st.integers(0, 4)), min_size=1, max_size=8),
    batch_size=st.integers(1, 5),
    seed=st.integers(0, 2**16),
)
def test_exports_and_syncs_in_any_order_store_each_record_once(
    steps: list[tuple[str, int]], batch_size: int, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        store = RecordStore(Path(tmp) / "kiosk.sqlite3", FakeKeyProvider(), clock)
        db = ServerDatabase(Path(tmp) / "server.sqlite3")
        network = Network(db)
        worker = SyncWorker(
            store,
            FakeTransport(network),
            clock=clock,
            batch_size=batch_size,
            backoff=Backoff(base_s=1, cap_s=8, rng=random.Random(seed)),
            health_interval_s=2,
        )
        stick = Path(tmp) / "stick.skx"
        n = 0
        problems: list[tuple[str, str, str]] = []
        for step, new_records in steps:
            for _ in range(new_records):
                store.record(check_in(n))
                n += 1
            if step.startswith("export"):
                before = store.counts()
                export_batch(
                    store,
                    stick,
                    PASSPHRASE,
                    include_sent=step == "export_all_import",
                    kdf=FAST_KDF,
                    clock=clock,
                )
                assert store.counts() == before  # an export acknowledges nothing
                problems += import_file(db, stick, PASSPHRASE).problems
            else:
                network.mode = step
                worker.sync_once()
            clock.advance(3)
        network.mode = "sync_ok"
        for _ in range(20):
            worker.sync_once()
            clock.advance(10)
        local = sorted(store.event_ids())
        counts = store.counts()
        stats = db.stats()
        store.close()
        db.close()
    assert problems == []
    assert counts == {"pending": 0, "in_flight": 0, "sent": len(local), "dead": 0}
    assert stats["events"] == len(local) == n
