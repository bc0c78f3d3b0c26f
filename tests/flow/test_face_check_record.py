"""The record's ``face_check`` (issue 11): kept by the real record store, sent on the wire
only when a face check happened (an older record's JSON stays byte for byte), validated by
the contract, and accepted by the reference management server over loopback HTTP."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import requests

from kiosk.clock import FakeClock
from kiosk.domain import CardType, RegistrationType, Sex
from kiosk.mgmt_server import ManagementServer
from kiosk.records import Event, EventKind, FaceCheck, Person
from kiosk.store.keys import FakeKeyProvider
from kiosk.store.store import RecordStore
from kiosk.sync.contract import BATCH_PATH, canonical_json, event_to_wire, validate_wire_event

TOKEN = "face-check-token-123"


def check_in(face_check: FaceCheck, number: int = 1) -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id="13101-001",
        terminal_id="term-1",
        occurred_at=datetime(2026, 9, 1, 1, 0, tzinfo=UTC),
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        card_type=CardType.MYNUMBER,
        person=Person("山田\u3000花子", "東京都千代田区", date(1980, 2, 17), Sex.FEMALE),
        consent_version="consent-2026-01",
        event_id=f"00000000-0000-4000-8000-{number:012d}",
        face_check=face_check,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    record_store = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), FakeClock())
    yield record_store
    record_store.close()


@pytest.mark.parametrize("outcome", list(FaceCheck))
def test_the_store_keeps_the_face_check(store: RecordStore, outcome: FaceCheck) -> None:
    event = check_in(outcome)
    store.record(event)
    back = store.get_event(event.event_id)
    assert back is not None and back.face_check == outcome
    # What is sent again after a restart is what was sent first (the server compares).
    assert event_to_wire(back) == event_to_wire(event)


def test_the_wire_carries_the_face_check_only_when_one_happened() -> None:
    assert "face_check" not in event_to_wire(check_in(FaceCheck.NOT_USED))
    for outcome in (FaceCheck.MATCHED, FaceCheck.NOT_MATCHED):
        wire = event_to_wire(check_in(outcome))
        assert wire["face_check"] == outcome.value
        assert validate_wire_event(wire) == []


@pytest.mark.parametrize("value", ["maybe", 1, None, True])
def test_a_bad_face_check_is_refused_without_quoting_it(value: object) -> None:
    wire = event_to_wire(check_in(FaceCheck.MATCHED)) | {"face_check": value}
    problems = validate_wire_event(wire)
    assert problems == ["face_check must be matched, not_matched or not_used"]


def test_the_reference_server_takes_the_field(tmp_path: Path) -> None:
    server = ManagementServer(tmp_path / "server.sqlite3", TOKEN).start()
    session = requests.Session()
    session.trust_env = False
    try:
        events = [
            event_to_wire(check_in(FaceCheck.MATCHED, 1)),
            event_to_wire(check_in(FaceCheck.NOT_USED, 2)),
            event_to_wire(check_in(FaceCheck.MATCHED, 3)) | {"face_check": "maybe"},
        ]
        response = session.post(
            server.url + BATCH_PATH,
            data=canonical_json({"terminal_id": "term-1", "events": events}),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
            timeout=10,
        )
        assert response.status_code == 200
        statuses = [r["status"] for r in response.json()["results"]]
        assert statuses[:2] == ["accepted", "accepted"] and statuses[2] != "accepted"
    finally:
        session.close()
        server.stop()


def test_a_record_made_before_the_field_reads_as_not_used() -> None:
    fields = {f.name for f in dataclasses.fields(Event)}
    assert "face_check" in fields
    old = dict(event_to_wire(check_in(FaceCheck.NOT_USED)))
    assert validate_wire_event(old) == []
