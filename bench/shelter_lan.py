"""Shelter LAN benchmark: terminals as real processes (``python -m kiosk.lan``) on 127.0.0.1,
each with its own data folder, store and peer server, paired with one code.

    .venv/bin/python bench/shelter_lan.py [--rounds 10] [--events 5000] [--catch-up 10000]

Prints one JSON object:
  known_to_others_s_median/_max  a check-in recorded on A until B and C (paired with A and
                                 with each other) both hold it (polled every 5 ms)
  replicated_events_per_s        --events check-ins recorded on A (in batches of 500) while
                                 B runs, divided by the time until B holds them all
  catch_up_10000_s               a new terminal D, paired with A, which holds --catch-up
                                 records: from D's process start (pairing, scrypt included)
                                 until D holds them all; catch_up_after_ready_s from D's
                                 "ready" line
  catch_up_cpu_s                 CPU seconds (user + system) D and A spent on that catch-up,
                                 D's start included (Linux /proc): what a loaded machine
                                 divides among its cores; load_average_1m when it began
                                 (B holds A's records by then: only A, B and D run, and
                                 only A and D work)
plus the goals and whether they were met. Loopback only: a real shelter LAN (Wi-Fi) adds its
round-trip time per exchange (one "lack" and one "events" request per batch of 500).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.lan.process import SHELTER, NodeProcess  # noqa: E402
from kiosk.records import Event  # noqa: E402

GOAL_KNOWN_S = 2.0
GOAL_CATCH_UP_S = 10.0


def _outbox_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_outbox", ROOT / "bench" / "outbox.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_make_event: Callable[[int], Event] = _outbox_bench().make_event


def events_on(terminal: str, start: int, count: int) -> list[Event]:
    """Fictitious check-ins (bench/outbox.py's people) made on ``terminal``."""
    return [
        dataclasses.replace(_make_event(n), terminal_id=terminal, shelter_id=SHELTER)
        for n in range(start, start + count)
    ]


def held_from(node: NodeProcess, origin: str) -> int:
    return int(node.ask("origins")["origins"].get(origin, 0))


def wait_for(predicate: Callable[[], bool], timeout_s: float, interval_s: float = 0.005) -> float:
    """Seconds until ``predicate`` held (raises after the deadline)."""
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("the terminals did not agree in time")
        time.sleep(interval_s)
    return time.perf_counter() - start


def cpu_s(node: NodeProcess) -> float | None:
    """CPU seconds (user + system) the node's process has used so far (None: no /proc)."""
    assert node.proc is not None
    try:
        fields = Path(f"/proc/{node.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def record_in_batches(node: NodeProcess, events: list[Event]) -> None:
    for start in range(0, len(events), 500):
        node.record(*events[start : start + 500])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--catch-up", type=int, default=10_000)
    args = parser.parse_args()
    nodes: list[NodeProcess] = []
    with tempfile.TemporaryDirectory(prefix="bench-lan-") as tmp:
        folder = Path(tmp)

        def start(name: str, peers: list[str]) -> NodeProcess:
            node = NodeProcess(folder / name, name, peers=peers)
            nodes.append(node)
            return node.start()

        try:
            a = start("terminal-A", [])
            b = start("terminal-B", [a.address])
            c = start("terminal-C", [a.address, b.address])
            # Every pair has said hello (C → A, C → B, B → A).
            wait_for(lambda: len(a.ask("peers")["peers"]) == 2, 30)
            wait_for(lambda: len(b.ask("peers")["peers"]) == 2, 30)
            known: list[float] = []
            for n, event in enumerate(events_on("terminal-A", 0, args.rounds)):
                began = time.perf_counter()
                a.record(event)
                wait_for(lambda n=n: held_from(b, "terminal-A") > n, 30)  # type: ignore[misc]
                wait_for(lambda n=n: held_from(c, "terminal-A") > n, 30)  # type: ignore[misc]
                known.append(time.perf_counter() - began)
            nodes.remove(c)
            c.stop()
            # From here on only A and B (then A and D) run: the machine's two cores are theirs.

            bulk = events_on("terminal-A", 1000, args.events)
            before = held_from(b, "terminal-A")
            began = time.perf_counter()
            record_in_batches(a, bulk)
            wait_for(lambda: held_from(b, "terminal-A") >= before + len(bulk), 300, 0.1)
            replication_s = time.perf_counter() - began

            have = held_from(a, "terminal-A")
            if have < args.catch_up:
                record_in_batches(a, events_on("terminal-A", 100_000, args.catch_up - have))
            total = held_from(a, "terminal-A")
            # B gets the top-up first: otherwise A's replication to B ran during D's
            # catch-up, and its CPU was counted as the catch-up's.
            wait_for(lambda: held_from(b, "terminal-A") >= total, 300, 0.1)
            load = os.getloadavg()[0]
            a_cpu = cpu_s(a)
            began = time.perf_counter()
            d = NodeProcess(folder / "terminal-D", "terminal-D", peers=[a.address])
            nodes.append(d)
            d.start()
            ready_at = time.perf_counter()
            wait_for(lambda: held_from(d, "terminal-A") >= total, 300, 0.1)
            done = time.perf_counter()
            d_cpu, a_cpu_after = cpu_s(d), cpu_s(a)
            catch_up_cpu = (
                d_cpu + a_cpu_after - a_cpu
                if d_cpu is not None and a_cpu is not None and a_cpu_after is not None
                else None
            )
        finally:
            for node in nodes:
                node.stop()
    result = {
        "known_to_others_s_median": round(statistics.median(known), 4),
        "known_to_others_s_max": round(max(known), 4),
        "goal_known_to_others_s": GOAL_KNOWN_S,
        "known_goal_met": max(known) <= GOAL_KNOWN_S,
        "replicated_events": len(bulk),
        "replicated_events_per_s": round(len(bulk) / replication_s, 1),
        "catch_up_records": total,
        "catch_up_10000_s": round(done - began, 3),
        "catch_up_after_ready_s": round(done - ready_at, 3),
        "catch_up_cpu_s": round(catch_up_cpu, 2) if catch_up_cpu is not None else None,
        "load_average_1m": round(load, 2),
        "goal_catch_up_s": GOAL_CATCH_UP_S,
        "catch_up_goal_met": done - began <= GOAL_CATCH_UP_S,
    }
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
