"""A household registered by staff reaches the reference management server (a real process
on 127.0.0.1) exactly once, with the reading and the household id the contract now carries;
a forced check-out and a correction too."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.domain import Sex
from kiosk.records import Person
from kiosk.registration import (
    OpenCheckIns,
    Origin,
    correction,
    forced_check_out,
    register_household,
)
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync import HttpTransport, SyncWorker
from tests.fixtures.server import ServerProcess

HERE = Origin("S-0001", "T-0003")


def _person(name: str, reading: str) -> Person:
    return Person(
        name=name,
        address="熊本県荒尾市1番地",
        birth_date=date(1990, 2, 3),
        sex=Sex.MALE,
        reading=reading,
    )


def test_a_household_a_check_out_and_a_correction_reach_the_server_once(
    tmp_path: Path, mgmt_server: ServerProcess
) -> None:
    clock = FakeClock(datetime(2026, 9, 1, 3, 0, tzinfo=UTC))
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider(b"s" * 32), clock) as store:
        family = register_household(
            store,
            [_person("試験\u3000一郎", "しけん いちろう"), _person("試験\u3000二郎", "")],
            shelter_id="S-0001",
            terminal_id="T-0003",
            clock=clock,
        )
        found = OpenCheckIns(store, "S-0001")
        found.refresh()
        entry = found.find(family[1].event_id)
        assert entry is not None
        fixed = correction(
            entry, _person("試験\u3000次郎", "しけん じろう"), frozenset(), HERE, clock.now()
        )
        store.record(fixed)
        first = found.find(family[0].event_id)
        assert first is not None
        store.record(forced_check_out(first, HERE, clock.now()))
        worker = SyncWorker(store, HttpTransport(mgmt_server.url, mgmt_server.token), clock=clock)
        worker.sync_once()
        assert store.counts().get("pending", 0) == 0
        # A resend of everything (a lost acknowledgement) is a duplicate, not a second copy.
        store.requeue_sent(store.event_ids())
        worker.sync_once()
    receipts = mgmt_server.receipts()
    assert len(receipts) == 4 and set(receipts.values()) == {2}
    payloads = [json.loads(p) for p in mgmt_server.payloads()]
    people = {p["kind"]: p["person"] for p in payloads if p["kind"] != "check_in"}
    check_ins = [p for p in payloads if p["kind"] == "check_in"]
    assert {p["registration_type"] for p in payloads} == {2}
    assert check_ins[0]["person"]["reading"] == "しけん いちろう"
    assert "reading" not in check_ins[1]["person"]  # none known: left out
    households = {p["person"]["household_id"] for p in check_ins}
    assert len(households) == 1
    assert people["correction"]["household_id"] in households  # the household stays
    assert people["correction"]["name"] == "試験\u3000次郎"
