"""A peer that comes back is sent what waits for it at once, whatever the back-off: two
LanNodes in this process, real stores, real HTTP on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import random
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.lan.client import PeerClient
from kiosk.lan.node import LanNode, pair, start_node
from kiosk.lan.pairing import derive_keys
from kiosk.lan.sender import PeerSender
from kiosk.lan.server import PeerServer
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync.backoff import Backoff
from tests.fixtures.server import wait_until
from tests.lan.nodes import CODE, SHELTER
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(60)
KEYS = derive_keys(CODE, SHELTER)


class _LongestWait(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b  # every back-off draw is the ceiling: a minute


def _node(store: RecordStore, terminal: str, port: int, addresses: list[str]) -> LanNode:
    node = LanNode(
        store,
        KEYS,
        terminal_id=terminal,
        shelter_id=SHELTER,
        host="127.0.0.1",
        port=port,
        addresses=addresses,
        backoff=Backoff(base_s=60, cap_s=60, rng=_LongestWait()),
        hello_interval_s=0.2,
        max_idle_wait_s=0.5,
        timeout_s=2.0,
    )
    node.start()
    return node


def test_a_peer_back_after_a_restart_gets_what_waited_in_back_off(tmp_path: Path) -> None:
    a_store = RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider(b"a" * 32))
    b_store = RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider(b"b" * 32))
    a = _node(a_store, "terminal-A", 0, [])
    b = _node(b_store, "terminal-B", 0, [f"127.0.0.1:{a.port}"])
    try:
        assert wait_until(lambda: a_store.peers.peers() == ["terminal-B"])
        assert wait_until(lambda: b_store.peers.peers() == ["terminal-A"])
        b_port = b.port
        b.stop()
        arrival = dataclasses.replace(check_in(1), terminal_id="terminal-A")
        a_store.record(arrival)
        # A tries once, fails, and would wait a minute before the next try ...
        assert wait_until(lambda: _waiting_long(a_store))
        # ... but B starts again (same port, knows A from its store) and says hello.
        b = _node(b_store, "terminal-B", b_port, [])
        got = wait_until(lambda: b_store.get_event(arrival.event_id) is not None, timeout_s=10)
        assert got, (a.statuses(), a_store.peers.counts("terminal-B"), b_store.peers.peers())
    finally:
        b.stop()
        a.stop()
        a_store.close()
        b_store.close()


def _waiting_long(store: RecordStore) -> bool:
    due = store.peers.next_due_at("terminal-B")
    return due is not None and due > time.time() + 30


def test_the_kiosk_starts_a_node_only_once_paired(tmp_path: Path) -> None:
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(b"k" * 32)) as store:
        ids = {"terminal_id": "terminal-A", "shelter_id": SHELTER, "port": 0, "host": "127.0.0.1"}
        assert start_node(store, **ids, discovery=False) is None  # not paired yet
        pair(store, CODE, SHELTER)
        assert start_node(store, **{**ids, "shelter_id": ""}, discovery=False) is None
        node = start_node(store, **ids, peer_addresses=" 127.0.0.1:9 , ", discovery=False)
        assert node is not None
        try:
            assert node.port > 0 and node.keys == KEYS
        finally:
            node.stop()


class _AnswersNonsense(PeerServer):
    def answer(self, path: str, sender: str, address: str, payload: Any) -> Any:
        return {"something": "else"}  # authentic, but not what this version expects


def test_an_unusable_answer_leaves_nothing_in_flight(tmp_path: Path) -> None:
    with (
        RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider(b"a" * 32)) as a_store,
        RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider(b"b" * 32)) as b_store,
    ):
        server = _AnswersNonsense(
            b_store, KEYS, terminal_id="terminal-B", shelter_id=SHELTER, host="127.0.0.1", port=0
        )
        server.start()
        client = PeerClient(f"127.0.0.1:{server.port}", KEYS, "terminal-A")
        try:
            a_store.peers.ensure_peer("terminal-B")
            a_store.record(check_in(1))
            sender = PeerSender(a_store, "terminal-B", lambda: client)
            assert sender.send_once() is False
            assert a_store.peers.counts("terminal-B")["pending"] == 1  # not stuck in flight
            assert sender.status().problem == "peer_error"
        finally:
            client.close()
            server.stop()


def test_a_terminal_whose_database_was_replaced_gets_everything_back_and_resends_its_own(
    tmp_path: Path,
) -> None:
    a_store = RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider(b"a" * 32))
    b_store = RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider(b"b" * 32))
    a = _node(a_store, "terminal-A", 0, [])
    b = _node(b_store, "terminal-B", 0, [f"127.0.0.1:{a.port}"])
    mine = [dataclasses.replace(check_in(i), terminal_id="terminal-A") for i in range(5)]
    theirs = [dataclasses.replace(check_in(i), terminal_id="terminal-B") for i in range(5, 7)]
    every = {e.event_id for e in mine + theirs}
    try:
        a_store.record_many(mine)
        b_store.record_many(theirs)
        assert wait_until(lambda: set(a_store.event_ids()) == set(b_store.event_ids()) == every)
        a_port = a.port
        a.stop()
        a_store.close()
        # A's disk is replaced: a new, empty database (and key); the same shelter code.
        a_store = RecordStore(tmp_path / "a-new.sqlite3", FakeKeyProvider(b"n" * 32))
        a = _node(a_store, "terminal-A", a_port, [f"127.0.0.1:{b.port}"])
        got = wait_until(lambda: set(a_store.event_ids()) == every, timeout_s=20)
        assert got, (len(a_store.event_ids()), b.statuses(), b_store.peers.counts("terminal-A"))
        # Its own records go to the server again (kept once there, by id); B's do not.
        assert a_store.counts()["pending"] == len(mine)
        assert b_store.counts()["pending"] == len(theirs)
    finally:
        a.stop()
        b.stop()
        a_store.close()
        b_store.close()
