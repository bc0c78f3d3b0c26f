"""What made a new terminal's catch-up slow (docs/lan.md "Measurements"): the peer server
answered with Nagle's algorithm on (each answer's body waited for the client's delayed ACK
of its headers, ~40 ms per request on Linux), the receiver looked up the peer list twice
per record, and a resent batch was encrypted again before it was found held. Real store,
real peer server on 127.0.0.1, real HTTP."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lan.client import PeerClient
from kiosk.lan.pairing import derive_keys
from kiosk.lan.server import PeerServer
from kiosk.store import FakeKeyProvider, RecordStore
from tests.lan.nodes import CODE, SHELTER
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(60)
KEYS = derive_keys(CODE, SHELTER)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(b"q" * 32)) as s:
        yield s


def test_the_peer_server_answers_without_waiting_for_the_callers_ack(store: RecordStore) -> None:
    server = PeerServer(
        store, KEYS, terminal_id="terminal-B", shelter_id=SHELTER, host="127.0.0.1", port=0
    )
    server.start()
    client = PeerClient(f"127.0.0.1:{server.port}", KEYS, "terminal-A")
    try:
        assert client.summary() == {}
        # The kept-alive connection the answer came on: its answers are sent at once.
        connections = list(server._connections)
        assert connections
        for connection in connections:
            assert connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        client.close()
        server.stop()


def test_the_receiver_reads_the_peer_list_once_per_batch(store: RecordStore) -> None:
    for peer in ("terminal-A", "terminal-C", "terminal-D"):
        store.peers.ensure_peer(peer)
    batch = [
        dataclasses.replace(check_in(n), terminal_id="terminal-C" if n % 2 else "terminal-A")
        for n in range(40)
    ]
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        new = store.peers.record_received(batch, "terminal-A", own_terminal="terminal-B")
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(new) == 40
    assert sum("lan_peers" in s for s in statements) == 1
    # Relayed to every other peer, never back to the sender nor to the record's origin.
    assert store.peers.counts("terminal-A")["pending"] == 0
    assert store.peers.counts("terminal-C")["pending"] == 20
    assert store.peers.counts("terminal-D")["pending"] == 40


def test_a_resent_batch_stores_nothing_more_and_costs_no_crypto(
    store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.peers.ensure_peer("terminal-A")
    store.peers.ensure_peer("terminal-C")
    batch = [dataclasses.replace(check_in(n), terminal_id="terminal-A") for n in range(40)]
    assert store.peers.record_received(batch, "terminal-A") == [e.event_id for e in batch]
    assert store.peers.counts("terminal-C")["pending"] == 40
    # The same records again (an answer lost, a kill -9) with one new one, which is also
    # sent twice: only the new one is encrypted and stored, once.
    encrypted: list[str] = []
    real = store._events.event_row
    monkeypatch.setattr(
        store._events, "event_row", lambda e, *a: encrypted.append(e.event_id) or real(e, *a)
    )
    fresh = dataclasses.replace(check_in(99), terminal_id="terminal-A")
    again = [*batch[:10], fresh, fresh]
    assert store.peers.record_received(again, "terminal-A") == [fresh.event_id]
    assert encrypted == [fresh.event_id]
    assert store.get_event(batch[0].event_id) == batch[0]
    assert store.get_event(fresh.event_id) == fresh
    assert store.peers.counts("terminal-C")["pending"] == 41
    assert len(store.event_ids()) == 41
