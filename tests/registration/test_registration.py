"""Staff proxy registration, forced check-out and correction (issue 13 point 2), against a
real SQLite store: the records as the outbox, the paired terminals and the server get them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import roster
from kiosk.clock import FakeClock
from kiosk.domain import RegistrationType, Sex, SituationFlag
from kiosk.errors import StorageFullError
from kiosk.records import Event, EventKind, Person
from kiosk.registration import (
    Member,
    OpenCheckIns,
    Origin,
    RegistrationError,
    build_household,
    correction,
    forced_check_out,
    record_once,
    register_household,
    search_key,
    validate_member,
)
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.sync.contract import event_to_wire, payload_hash, validate_wire_event
from kiosk.webreg.form import FormValues

KEY = b"r" * 32
SHELTER = "S-0001"
HERE = Origin(SHELTER, "T-0003", utc_offset_minutes=540)
NOW = datetime(2026, 9, 1, 3, 0, tzinfo=UTC)


def _person(name: str, reading: str = "", **kw: object) -> Person:
    return Person(
        name=name,
        address="熊本県荒尾市テスト町1番地",
        birth_date=date(1980, 4, 1),
        sex=Sex.FEMALE,
        reading=reading,
        **kw,  # type: ignore[arg-type]
    )


def _family() -> list[Member]:
    return [
        Member(_person("試験\u3000花子", "しけん はなこ"), frozenset({SituationFlag.PREGNANT})),
        Member(_person("試験\u3000太郎", "しけん たろう")),
        Member(_person("試験\u3000次郎")),
    ]


def _store(tmp_path: Path, clock: FakeClock, name: str = "k.sqlite3") -> RecordStore:
    return RecordStore(tmp_path / name, FakeKeyProvider(KEY), clock)


def _card_check_in(
    person: Person, terminal: str = "T-0001", occurred_at: datetime = NOW, **kw: object
) -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id=SHELTER,
        terminal_id=terminal,
        occurred_at=occurred_at,
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        person=person,
        **kw,  # type: ignore[arg-type]
    )


def test_a_family_of_three_is_three_check_ins_of_type_2_with_one_household(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    with _store(tmp_path, fake_clock) as store:
        store.peers.ensure_peer("T-0001")
        events = build_household(_family(), HERE, NOW)
        assert record_once(store, events) is True
        assert record_once(store, events) is False  # a second save of the same household
        assert store.counts()["pending"] == 3  # once each for the server
        assert store.peers.counts("T-0001")["pending"] == 3  # and for the paired terminal
    # Read back from the file by a second store object.
    with _store(tmp_path, fake_clock) as again:
        assert again.event_ids() == [e.event_id for e in events]
        stored = [again.get_event(e.event_id) for e in events]
    households = set()
    for event in stored:
        assert event is not None
        assert event.kind is EventKind.CHECK_IN
        assert event.registration_type is RegistrationType.STAFF_PROXY
        assert event.card_type is None
        assert (event.shelter_id, event.terminal_id) == (SHELTER, "T-0003")
        assert event.person is not None
        households.add(event.person.household_id)
    assert len(households) == 1 and "" not in households
    assert stored[0] is not None and stored[0].person is not None
    assert stored[0].person.reading == "しけん はなこ"
    assert stored[0].situation == {SituationFlag.PREGNANT}


def test_register_household_is_the_plain_entry_point(tmp_path: Path, fake_clock: FakeClock) -> None:
    with _store(tmp_path, fake_clock) as store:
        events = register_household(
            store,
            [m.person for m in _family()],
            shelter_id=SHELTER,
            terminal_id="T-0003",
            clock=fake_clock,
            utc_offset=540,
        )
        assert len(events) == 3
        assert store.event_ids() == [e.event_id for e in events]
        assert events[0].occurred_at == fake_clock.now()
        with pytest.raises(RegistrationError):
            register_household(store, [], shelter_id=SHELTER, terminal_id="T-0003")
        with pytest.raises(RegistrationError):
            register_household(store, [_person("x")], shelter_id=" ", terminal_id="T-0003")
        assert len(store.event_ids()) == 3


def test_staff_validation_is_the_phone_forms_without_its_consent_box() -> None:
    today = date(2026, 9, 1)
    values = FormValues(
        name=" 試験\u3000花子 ",
        reading="しけん はなこ",
        era="showa",
        era_year="59",
        era_month="5",
        era_day="6",
        address="熊本県荒尾市",
        phone="０９０ー１２３４ー５６７８",
        flags=("injured",),
    )
    member, errors = validate_member(values, today=today)
    assert errors == {}
    assert member is not None
    assert member.person.birth_date == date(1984, 5, 6)
    assert member.person.reading == "しけん はなこ"
    assert member.person.phone == "090-1234-5678"
    assert member.situation == {SituationFlag.INJURED}
    bad = dataclasses.replace(values, name="", birth_date="1984-05-07")
    member, errors = validate_member(bad, today=today)
    assert member is None
    assert set(errors) == {"name", "birth_date"}
    assert errors["birth_date"].key == "err_date_conflict"
    assert bad.reading == "しけん はなこ"  # what was typed is kept as typed


def test_open_check_ins_include_peer_copies_and_search_by_name_or_reading(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    with _store(tmp_path, fake_clock) as store:
        mine = build_household(_family()[:1], HERE, NOW)
        store.record_many(mine)
        # Made on terminal A and copied here over the LAN.
        theirs = _card_check_in(_person("見本\u3000一郎", "みほん いちろう"), "T-0001")
        store.peers.record_received([theirs], from_peer="T-0001")
        closed = _card_check_in(_person("見本\u3000二郎"))
        store.record(closed)
        store.record(
            dataclasses.replace(
                closed,
                kind=EventKind.CHECK_OUT,
                refers_to=closed.event_id,
                event_id="out-1",
            )
        )
        elsewhere = dataclasses.replace(
            _card_check_in(_person("見本\u3000三郎")), shelter_id="S-9999", event_id="x-1"
        )
        store.record(elsewhere)
        training = dataclasses.replace(
            _card_check_in(_person("見本\u3000四郎")), training=True, event_id="t-1"
        )
        store.record(training)

        found = OpenCheckIns(store, SHELTER)
        found.refresh()
        ids = {e.event_id for e in found.entries()}
        assert ids == {mine[0].event_id, theirs.event_id}
        assert [e.event_id for e in found.search("ミホン")] == [theirs.event_id]  # katakana
        assert [e.event_id for e in found.search("一郎")] == [theirs.event_id]
        assert [e.event_id for e in found.search("しけんはなこ")] == [mine[0].event_id]
        assert found.search("nobody") == []
        practice = OpenCheckIns(store, SHELTER, training=True)
        practice.refresh()
        assert [e.event_id for e in practice.entries()] == ["t-1"]
        found.clear()
        assert found.entries() == []


def test_the_open_check_ins_are_the_rosters_people_inside(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    """One truth for "who is in": a shelter close ends the stays before it and a later
    check-in of the same person supersedes the earlier one (two terminals cut off from each
    other), for the forced check-out's search as for the roster (kiosk.roster)."""
    hour = timedelta(hours=1)
    with _store(tmp_path, fake_clock) as store:
        before_close = _card_check_in(_person("見本\u3000一郎"), occurred_at=NOW - 3 * hour)
        close = dataclasses.replace(
            before_close,
            kind=EventKind.SHELTER_CLOSE,
            person=None,
            registration_type=None,
            card_type=None,
            occurred_at=NOW - 2 * hour,
            event_id="close-1",
        )
        twice = _person("見本\u3000二郎")
        on_a = _card_check_in(twice, "T-0001", occurred_at=NOW - hour)
        on_b = _card_check_in(twice, "T-0002", occurred_at=NOW)
        other = _card_check_in(_person("見本\u3000三郎"), occurred_at=NOW)
        store.record_many([before_close, close, on_a])
        store.peers.record_received([on_b], from_peer="T-0002")
        store.record(other)

        found = OpenCheckIns(store, SHELTER)
        found.refresh()
        inside = roster.roster(store, shelter_id=SHELTER).inside
        assert {e.event_id for e in found.entries()} == {s.check_in_id for s in inside}
        assert {e.event_id for e in found.entries()} == {on_b.event_id, other.event_id}
        assert found.search("一郎") == []  # the close ended that stay
        assert [e.event_id for e in found.search("二郎")] == [on_b.event_id]
        assert found.still_open(on_a.event_id) is None  # superseded: nothing to check out


def test_a_forced_check_out_closes_the_open_check_in_of_another_terminal(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    with _store(tmp_path, fake_clock) as store:
        who = _person("見本\u3000一郎", "みほん いちろう")
        theirs = _card_check_in(who, "T-0001")
        store.peers.record_received([theirs], from_peer="T-0001")
        assert store.open_check_in(who, SHELTER) is not None
        found = OpenCheckIns(store, SHELTER)
        found.refresh()
        (entry,) = found.search("いちろう")
        out = forced_check_out(entry, HERE, NOW)
        assert found.still_open(entry.event_id) is not None
        assert record_once(store, [out])
        assert found.still_open(entry.event_id) is None  # staff are told, nothing more
        assert (out.kind, out.refers_to) == (EventKind.CHECK_OUT, theirs.event_id)
        assert out.registration_type is RegistrationType.STAFF_PROXY  # made by staff
        assert out.card_type is None
        assert out.terminal_id == "T-0003"
        assert store.open_check_in(who, SHELTER) is None  # the card flow sees it closed too
        found.refresh()
        assert found.entries() == []
        assert store.counts()["pending"] == 1  # our check-out goes to the server from here
        assert validate_wire_event(event_to_wire(out)) == []


def test_a_correction_refers_to_the_old_record_which_never_changes(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    with _store(tmp_path, fake_clock) as store:
        events = build_household(_family()[:2], HERE, NOW)
        store.record_many(events)
        before = store.get_event(events[1].event_id)
        found = OpenCheckIns(store, SHELTER)
        found.refresh()
        entry = found.find(events[1].event_id)
        assert entry is not None
        fixed_person = dataclasses.replace(entry.person, name="試験\u3000健太", household_id="")
        fix = correction(entry, fixed_person, frozenset({SituationFlag.INJURED}), HERE, NOW)
        store.record(fix)
        assert (fix.kind, fix.refers_to) == (EventKind.CORRECTION, events[1].event_id)
        assert fix.registration_type is RegistrationType.STAFF_PROXY
        assert store.get_event(events[1].event_id) == before  # the old record is untouched
        found.refresh()
        now_entry = found.find(events[1].event_id)
        assert now_entry is not None
        assert now_entry.person.name == "試験\u3000健太"
        assert now_entry.person.household_id == events[0].person.household_id  # type: ignore[union-attr]
        assert now_entry.situation == {SituationFlag.INJURED}
        assert [e.event_id for e in found.search("健太")] == [events[1].event_id]
        assert found.search("太郎") == []
        # The check-out of a corrected person still refers to the check-in.
        out = forced_check_out(now_entry, HERE, NOW)
        assert out.refers_to == events[1].event_id
        assert validate_wire_event(event_to_wire(fix)) == []
        with pytest.raises(RegistrationError):
            forced_check_out(now_entry, dataclasses.replace(HERE, shelter_id="S-9"), NOW)


def test_reading_and_household_travel_in_the_person_and_old_records_keep_their_payload() -> None:
    old = _card_check_in(_person("見本\u3000一郎"))
    wire = event_to_wire(old)
    assert "reading" not in wire["person"] and "household_id" not in wire["person"]
    new = _card_check_in(_person("見本\u3000一郎", "みほん", household_id="h-1"))
    wire_new = event_to_wire(new)
    assert wire_new["person"]["reading"] == "みほん"
    assert wire_new["person"]["household_id"] == "h-1"
    assert Person.from_json(wire_new["person"]) == new.person
    assert payload_hash(wire) != payload_hash(wire_new)
    assert validate_wire_event(wire_new) == []
    wire_new["person"]["reading"] = 7
    wire_new["person"]["household_id"] = ["x"]
    problems = validate_wire_event(wire_new)
    assert "person.reading must be a string" in problems
    assert "person.household_id must be a string" in problems


def test_search_key_folds_width_case_spaces_and_kana() -> None:
    assert search_key("ＳＨＩＫＥＮ　ハナコ") == "shikenはなこ"
    assert search_key(" しけん はなこ ") == "しけんはなこ"


def test_a_member_repr_names_no_one() -> None:
    member = _family()[0]
    assert "試験" not in repr(member)
    found_repr = repr(build_household([member], HERE, NOW)[0])
    assert "試験" not in found_repr


def test_a_household_refused_by_a_full_disk_is_recorded_once_when_saved_again(
    tmp_path: Path, fake_clock: FakeClock
) -> None:
    events = build_household(_family(), HERE, NOW)
    path = tmp_path / "k.sqlite3"
    # More free space demanded than any disk has: the state of a full disk.
    with RecordStore(path, FakeKeyProvider(KEY), fake_clock, reserve_bytes=1 << 62) as full:
        with pytest.raises(StorageFullError):
            record_once(full, events)
        assert full.event_ids() == []  # nothing half-recorded
    with _store(tmp_path, fake_clock) as store:
        assert record_once(store, events) is True  # the same ids, saved again
        assert record_once(store, events) is False
        assert store.event_ids() == [e.event_id for e in events]
