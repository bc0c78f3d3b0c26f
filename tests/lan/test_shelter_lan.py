"""Three terminals of one shelter as real processes on loopback ports (separate data folders),
the management server down: they agree; when it comes back, each record reaches it exactly
once, from the terminal that made it; a kill -9 mid-exchange loses and duplicates nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.records import Event
from tests.fixtures.server import ServerProcess, wait_until
from tests.lan.nodes import NodeProcess
from tests.store.factories import check_in, check_out, person

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def started(tmp_path: Path) -> Iterator[Callable[..., NodeProcess]]:
    nodes: list[NodeProcess] = []

    def start(name: str, **kwargs: object) -> NodeProcess:
        node = NodeProcess(tmp_path / name, name, **kwargs)  # type: ignore[arg-type]
        nodes.append(node)
        return node.start()

    yield start
    for node in nodes:
        node.stop()


def _made_on(terminal: str, event: Event) -> Event:
    return dataclasses.replace(event, terminal_id=terminal)


def test_three_terminals_agree_with_the_server_down_then_it_gets_each_record_once(
    started: Callable[..., NodeProcess], mgmt_server: ServerProcess
) -> None:
    mgmt_server.kill()  # the WAN is down; the same port comes back later
    api = {"api_url": mgmt_server.url, "api_token_file": mgmt_server.token_file}
    a = started("terminal-A", **api)
    b = started("terminal-B", peers=[a.address], **api)
    c = started("terminal-C", peers=[a.address, b.address], **api)
    nodes = (a, b, c)

    arrival = _made_on("terminal-A", check_in(1))
    a.record(arrival)
    assert wait_until(lambda: all(arrival.event_id in n.ids() for n in (b, c)), timeout_s=60)
    # Terminal B finds the open check-in made on A, and checks the person out.
    assert b.open_check_in(person(1)) == arrival.event_id
    leaving = _made_on("terminal-B", check_out(arrival))
    b.record(leaving)
    others = [_made_on("terminal-C", check_in(i)) for i in range(2, 6)]
    c.record(*others)
    every = {arrival.event_id, leaving.event_id, *(e.event_id for e in others)}
    assert wait_until(lambda: all(n.ids() == every for n in nodes), timeout_s=60)
    for n in nodes:
        assert n.open_check_in(person(1)) is None  # closed everywhere
        assert n.open_check_in(person(2)) == others[0].event_id
    # Each terminal queues only its own records for the server.
    own = {a: 1, b: 1, c: 4}
    for n, count in own.items():
        outbox = n.counts()["outbox"]
        # (in flight: its sync worker is trying the server that is down at this moment)
        assert outbox["pending"] + outbox["in_flight"] == count and outbox["sent"] == 0
    assert mgmt_server.event_count() == 0

    mgmt_server.start()
    assert wait_until(lambda: mgmt_server.event_count() == len(every), timeout_s=60)
    assert wait_until(lambda: all(n.counts()["outbox"]["sent"] == own[n] for n in nodes), 60)
    assert set(mgmt_server.event_ids()) == every
    assert sorted(mgmt_server.event_ids()) == sorted(every)  # each stored once
    # Sent only by the terminal that made it: nobody queued another terminal's record (above),
    # and each terminal's own are all acknowledged. (A retry after a slow answer from the
    # server that has just come back may count as a second receipt, stored once.)
    for n, count in own.items():
        assert n.counts()["outbox"] == {"pending": 0, "in_flight": 0, "sent": count, "dead": 0}


def test_kill_9_of_either_terminal_mid_exchange_loses_and_duplicates_nothing(
    started: Callable[..., NodeProcess],
) -> None:
    small_batches = ("--batch-size", "25")
    a = started("terminal-A", extra=small_batches)
    records = [_made_on("terminal-A", check_in(i)) for i in range(1500)]
    for start in range(0, len(records), 500):
        a.record(*records[start : start + 500])
    wanted = {e.event_id for e in records}
    b = started("terminal-B", peers=[a.address], extra=small_batches)

    def b_holds() -> int:
        return int(b.ask("origins")["origins"].get("terminal-A", 0))

    # The sender dies mid-exchange (some records across, not all) ...
    assert wait_until(lambda: b_holds() > 0)
    a.kill()
    assert b_holds() < len(records)
    a = started("terminal-A", port=a.port, extra=small_batches)  # same data folder
    # ... then the receiver does.
    assert wait_until(lambda: b_holds() > 300)
    b.kill()
    b = started("terminal-B", port=b.port, extra=small_batches)
    assert wait_until(lambda: b.ids() == wanted, timeout_s=60)
    assert len(b.ask("ids")["ids"]) == len(records)  # no duplicate
    assert wait_until(lambda: a.counts()["peers"]["terminal-B"]["sent"] == len(records))
    counts = a.counts()
    assert counts["peers"]["terminal-B"]["in_flight"] == 0
    assert counts["outbox"]["pending"] == len(records)  # still all waiting for the server
