"""A peer that misbehaves (stores then fails to answer, answers later than the client waits,
refuses a record): every record ends on it exactly once, nothing is left in flight, and the
server outbox is untouched. Real stores, a real peer server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.lan import protocol
from kiosk.lan.client import PeerClient
from kiosk.lan.pairing import derive_keys
from kiosk.lan.sender import PeerSender
from kiosk.lan.server import PeerServer
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync.backoff import Backoff
from tests.fixtures.server import wait_until
from tests.lan.nodes import CODE, SHELTER
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(90)
KEYS = derive_keys(CODE, SHELTER)
N = 60


class _Faulty(PeerServer):
    """Stores every batch it is sent; fails to answer the first ``fail`` of them: with an
    error (``mode='error'``) or only after the client gave up (``mode='late'``)."""

    mode = "error"
    fail = 3

    def answer(self, path: str, sender: str, address: str, payload: Any) -> Any:
        result = super().answer(path, sender, address, payload)
        if path == protocol.EVENTS_PATH and self.fail > 0:
            self.fail -= 1
            if self.mode == "late":
                self.released.wait(5)  # the client (0.3 s) has given up by then
            else:
                raise RuntimeError("stored, then failed")
        return result

    released = threading.Event()


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[RecordStore, RecordStore]]:
    a = RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider(b"a" * 32))
    b = RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider(b"b" * 32))
    yield a, b
    a.close()
    b.close()


@pytest.mark.parametrize("mode", ["error", "late"])
def test_a_peer_that_stores_but_does_not_answer_gets_each_record_once(
    stores: tuple[RecordStore, RecordStore], mode: str
) -> None:
    a, b = stores
    server = _Faulty(
        b, KEYS, terminal_id="terminal-B", shelter_id=SHELTER, host="127.0.0.1", port=0
    )
    server.mode = mode
    server.released = threading.Event()
    server.start()
    client = PeerClient(f"127.0.0.1:{server.port}", KEYS, "terminal-A", timeout_s=0.3)
    try:
        a.peers.ensure_peer("terminal-B")
        records = [dataclasses.replace(check_in(i), terminal_id="terminal-A") for i in range(N)]
        a.record_many(records)
        sender = PeerSender(
            a, "terminal-B", lambda: client, batch_size=10, backoff=Backoff(base_s=0.01, cap_s=0.05)
        )
        assert wait_until(
            lambda: sender.send_once() is not None and a.peers.counts("terminal-B")["sent"] == N,
            timeout_s=60,
        )
    finally:
        server.released.set()
        client.close()
        server.stop()
    assert sorted(b.event_ids()) == sorted(e.event_id for e in records)  # each once
    assert a.peers.counts("terminal-B") == {"pending": 0, "in_flight": 0, "sent": N, "dead": 0}
    assert a.counts()["pending"] == N  # the server's outbox is another destination
    assert b.counts()["pending"] == 0  # and the receiver never queues them for the server


def test_a_peer_that_is_away_costs_one_record_per_attempt_not_a_batch(
    stores: tuple[RecordStore, RecordStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each attempt claims (and decrypts) what it sends: while the peer does not answer,
    one record, not a batch of 500 every back-off step; back, it gets full batches again."""
    a, b = stores
    server = PeerServer(
        b, KEYS, terminal_id="terminal-B", shelter_id=SHELTER, host="127.0.0.1", port=0
    )
    port = server.port
    server.server_close()  # nothing listens there: the peer is away
    a.peers.ensure_peer("terminal-B")
    records = [dataclasses.replace(check_in(i), terminal_id="terminal-A") for i in range(N)]
    a.record_many(records)
    limits: list[int] = []
    real_claim = a.peers.claim
    monkeypatch.setattr(
        a.peers, "claim", lambda peer, limit: limits.append(limit) or real_claim(peer, limit)
    )
    client = PeerClient(f"127.0.0.1:{port}", KEYS, "terminal-A", timeout_s=2)
    sender = PeerSender(a, "terminal-B", lambda: client, batch_size=20)
    try:
        for _ in range(3):
            assert sender.send_once() is False
            assert a.peers.counts("terminal-B")["in_flight"] == 0
            a.peers.make_due_now("terminal-B")  # the back-off step has passed
        assert limits == [20, 1, 1]
        # Back (the same port): the probe goes through, then full batches.
        server = PeerServer(
            b, KEYS, terminal_id="terminal-B", shelter_id=SHELTER, host="127.0.0.1", port=port
        )
        server.start()
        while sender.send_once():
            pass
        assert limits[3:] == [1, 20, 20, 20]
        assert a.peers.counts("terminal-B")["sent"] == N
    finally:
        client.close()
        server.stop()
    assert sorted(b.event_ids()) == sorted(e.event_id for e in records)
