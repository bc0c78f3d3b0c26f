"""A headless terminal on the shelter LAN: store + peer server + senders (+ the sync worker
when a management API is given). For tests, the bench and trying it out by hand::

    echo "$CODE" | python -m kiosk.lan --data DIR --terminal T --shelter S --code-stdin \\
        [--host 127.0.0.1] [--port N] [--peer HOST:PORT ...] [--discovery] \\
        [--api-url URL --api-token-file FILE] [--phone-port N]

``--phone-port`` also serves the phone registration page (kiosk.webreg) on 127.0.0.1
(0: any free port), its records going into this terminal's store like any other.

It prints ``{"ready": true, "port": N}`` once it listens (with ``"registration_url"``, the
page's address with this opening's token, when ``--phone-port`` is given), then reads one
JSON command per line on standard input and answers one JSON line each (ids and counts,
never personal data): ``record`` (an event object as on the LAN), ``open_check_in`` (person object →
the open check-in's id or null), ``register_household`` (person objects: staff register
them by proxy as one household, kiosk.registration → their record ids), ``roster_counts``
(``today`` YYYY-MM-DD → the shelter's counts, kiosk.roster), ``ids``, ``origins`` (records
held per origin terminal), ``counts``, ``peers``, ``quit``.

For the kill -9 tests, a peer can be held mid-exchange: ``hold`` (``peer``: its terminal id,
``request``: ``lack`` or ``events``) makes this terminal handle that peer's next requests of
that kind (an ``events`` request: its records stored) but keep each answer back; ``held``
says how many it keeps back; ``release`` lets them go (to a peer that may be dead by then).
``--hold PEER:REQUEST`` does the same from the start; ``--timeout`` is how long this
terminal waits for a peer's answer (default 5 s).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.lan import protocol
from kiosk.lan.node import LanNode, load_keys, pair
from kiosk.records import Person
from kiosk.store import KeyFileProvider, RecordStore
from kiosk.sync import Backoff, HttpTransport, SyncWorker


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m kiosk.lan")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--terminal", required=True)
    p.add_argument("--shelter", required=True)
    p.add_argument("--code-stdin", action="store_true", help="pair: first stdin line is the code")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--peer", action="append", default=[])
    p.add_argument("--discovery", action="store_true")
    p.add_argument("--interface", action="append", default=None)
    p.add_argument("--api-url", default="")
    p.add_argument("--api-token-file", type=Path)
    p.add_argument("--batch-size", type=int, default=500)
    p.add_argument("--phone-port", type=int, default=None, help="serve the phone page too")
    p.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a peer")
    p.add_argument(
        "--hold", default="", help="PEER:lack|events, as the hold command, from the start"
    )
    return p


class AnswerHold:
    """Answers to one peer's requests of one kind kept back until released (tests: this
    headless terminal's ``hold`` / ``held`` / ``release`` commands, and the same commands of
    tests/lan/kiosk_driver.py on a real kiosk's peer server)."""

    def __init__(self) -> None:
        self.peer = ""
        self.path = ""
        self.count = 0
        self._lock = threading.Lock()
        self._release = threading.Event()

    def set(self, peer: str, request: str) -> None:
        with self._lock:
            self.peer, self.path, self.count = peer, f"/lan/v1/{request}", 0
            self._release.clear()

    def release(self) -> None:
        with self._lock:
            self.peer = self.path = ""
        self._release.set()

    def command(self, op: str, command: dict[str, Any]) -> dict[str, Any]:
        """``hold`` (``peer``, ``request``: lack or events), ``release`` or ``held``: the
        answers kept back so far."""
        if op == "hold":
            if command.get("request") not in ("lack", "events"):
                return {"error": "unknown_request"}
            self.set(str(command["peer"]), str(command["request"]))
        elif op == "release":
            self.release()
        return {"held": self.count}

    def before_answer(self, peer: str, path: str) -> None:
        with self._lock:
            if not self.peer or (peer, path) != (self.peer, self.path):
                return
            self.count += 1
        self._release.wait(_HOLD_MAX_S)


#: However long a test forgets to release, an answer is kept back no longer than this.
_HOLD_MAX_S = 120.0


def _answer(value: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    store = RecordStore(args.data / "kiosk.sqlite3", KeyFileProvider(args.data / "store.key"))
    if args.code_stdin:
        keys = pair(store, sys.stdin.readline().strip(), args.shelter)
    else:
        loaded = load_keys(store)
        if loaded is None:
            sys.stderr.write("not paired: give the shelter code with --code-stdin\n")
            return 2
        keys = loaded
    worker = None
    if args.api_url:
        token = args.api_token_file.read_text(encoding="utf-8").strip()
        worker = SyncWorker(
            store,
            HttpTransport(args.api_url, token, timeout_s=2.0),
            backoff=Backoff(base_s=0.1, cap_s=1.0),
            health_interval_s=0.3,
            max_idle_wait_s=1.0,
        )
        store.subscribe(worker.wake)
        worker.start()
    hold = AnswerHold()
    if args.hold:
        peer, _, request = args.hold.rpartition(":")
        if request not in ("lack", "events") or not peer:
            sys.stderr.write("--hold takes PEER:lack or PEER:events\n")
            return 2
        hold.set(peer, request)
    node = LanNode(
        store,
        keys,
        terminal_id=args.terminal,
        shelter_id=args.shelter,
        host=args.host,
        port=args.port,
        addresses=args.peer,
        discovery=args.discovery,
        discovery_interfaces=args.interface,
        batch_size=args.batch_size,
        backoff=Backoff(base_s=0.1, cap_s=1.0),
        hello_interval_s=0.3,
        max_idle_wait_s=1.0,
        timeout_s=args.timeout,
        before_answer=hold.before_answer,
    )
    node.start()
    ready: dict[str, Any] = {"ready": True, "port": node.port}
    phone = None
    if args.phone_port is not None:
        # Imported only when asked for (as the roster and registration below): a new
        # terminal's start is part of its catch-up time (bench/shelter_lan.py).
        from kiosk.webreg import ShelterInfo, WebRegServer

        phone = WebRegServer(
            store,
            lambda: ShelterInfo(args.shelter, args.shelter, args.terminal),
            host="127.0.0.1",
            port=args.phone_port,
            public_host="127.0.0.1",
        )
        phone.start()
        ready["registration_url"] = phone.registration_url()
    _answer(ready)
    try:
        for line in sys.stdin:
            if not line.strip():
                continue
            command = json.loads(line)
            op = command.get("op")
            if op == "quit":
                break
            if op in ("hold", "held", "release"):
                _answer(hold.command(op, command))
                continue
            _answer(_run(node, store, op, command))
    finally:
        hold.release()
        if phone is not None:
            phone.stop()
        node.stop()
        if worker is not None:
            worker.stop()
        store.close()
    return 0


def _run(node: LanNode, store: RecordStore, op: str, command: dict[str, Any]) -> dict[str, Any]:
    if op == "record":
        events = [protocol.event_from_lan(e) for e in command["events"]]
        store.record_many(events)
        return {"recorded": [e.event_id for e in events]}
    if op == "open_check_in":
        found = store.open_check_in(Person.from_json(command["person"]), node.shelter_id)
        return {"event_id": found.event_id if found else None}
    if op == "register_household":
        from kiosk.registration.proxy import register_household

        members = [Person.from_json(p) for p in command["members"]]
        events = register_household(
            store, members, shelter_id=node.shelter_id, terminal_id=node.terminal_id
        )
        return {"recorded": [e.event_id for e in events]}
    if op == "roster_counts":
        from kiosk.roster import counts

        today = date.fromisoformat(command["today"])
        return {"counts": counts(store, shelter_id=node.shelter_id, today=today).as_dict()}
    if op == "origins":
        return {"origins": store.peers.origin_counts()}
    if op == "ids":
        return {"ids": store.event_ids()}
    if op == "counts":
        return {
            "outbox": store.counts(),
            "peers": {p: store.peers.counts(p) for p in store.peers.peers()},
            "origins": store.peers.origin_counts(),
        }
    if op == "peers":
        return {"peers": [s.peer_id for s in node.statuses() if s.address]}
    return {"error": "unknown_op"}


if __name__ == "__main__":
    sys.exit(main())
