"""Discovery with mDNS (python-zeroconf) on the loopback interface, which passes multicast on
this machine: two terminals with no typed address find each other and replicate; a
terminal paired with another code is never taken as a peer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.server import wait_until
from tests.lan.nodes import NodeProcess
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(120)
MDNS_ON_LOOPBACK = ("--discovery", "--interface", "127.0.0.1")


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[list[NodeProcess]]:
    started = [
        NodeProcess(tmp_path / "terminal-A", "terminal-A", extra=MDNS_ON_LOOPBACK),
        NodeProcess(tmp_path / "terminal-B", "terminal-B", extra=MDNS_ON_LOOPBACK),
        NodeProcess(
            tmp_path / "terminal-X", "terminal-X", extra=MDNS_ON_LOOPBACK, code="QRTU-VWXY-3467"
        ),
    ]
    try:
        yield [n.start() for n in started]
    finally:
        for n in started:
            n.stop()


def test_terminals_paired_with_one_code_find_each_other_by_mdns(nodes: list[NodeProcess]) -> None:
    a, b, stranger = nodes
    arrival = dataclasses.replace(check_in(1), terminal_id="terminal-A")
    a.record(arrival)
    assert wait_until(lambda: arrival.event_id in b.ids(), timeout_s=30)
    assert a.ask("peers")["peers"] == ["terminal-B"]
    assert stranger.ask("peers")["peers"] == []
    assert stranger.ids() == set()
