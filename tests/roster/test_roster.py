"""The roster and counts: across terminals through peer copies in real stores, age brackets
at their boundaries, households by both rules, corrections, capacity, training apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk import roster as roster_module
from kiosk.clock import FakeClock
from kiosk.domain import SituationFlag
from kiosk.records import EventKind
from kiosk.roster import AgeBracket, age_on, build, counts, roster, search_key
from kiosk.store import FakeKeyProvider, RecordStore
from tests.roster.helpers import (
    SHELTER,
    T0,
    TODAY,
    check_in,
    check_out,
    correction,
    notice,
    person,
)


def _store(path: Path, key: bytes) -> RecordStore:
    return RecordStore(path, FakeKeyProvider(key), FakeClock(T0))


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[RecordStore, RecordStore]]:
    """Terminals A and B, paired (each a peer destination of the other), each its own key."""
    a = _store(tmp_path / "a.sqlite3", b"a" * 32)
    b = _store(tmp_path / "b.sqlite3", b"b" * 32)
    a.peers.ensure_peer("terminal-B")
    b.peers.ensure_peer("terminal-A")
    yield a, b
    a.close()
    b.close()


def test_a_check_in_on_a_is_checked_out_on_b_and_both_show_the_same(
    two: tuple[RecordStore, RecordStore],
) -> None:
    a, b = two
    taro = check_in(person("試験\u3000太郎"), terminal="terminal-A")
    hanako = check_in(person("試験\u3000花子", born=date(2020, 5, 5)), minutes=5)
    for event in (taro, hanako):
        a.record(event)
    # The LAN delivers A's records to B (what kiosk.lan's sender does).
    assert b.peers.record_received([taro, hanako], "terminal-A", own_terminal="terminal-B")
    on_b = roster(b, shelter_id=SHELTER, today=TODAY)
    assert on_b.counts.inside == 2
    # Taro leaves through B's door: B's check-out closes A's check-in.
    leave = check_out(taro, terminal="terminal-B")
    b.record(leave)
    a.peers.record_received([leave], "terminal-B", own_terminal="terminal-A")
    on_a = roster(a, shelter_id=SHELTER, today=TODAY)
    on_b = roster(b, shelter_id=SHELTER, today=TODAY)
    assert on_a.counts == on_b.counts
    assert on_a.counts.inside == 1
    assert on_a.counts.checked_out == 1
    left = next(s for s in on_a.stays if s.check_in_id == taro.event_id)
    assert not left.inside
    assert left.check_in_terminal == "terminal-A"
    assert left.check_out_terminal == "terminal-B"
    assert left.checked_out_at == leave.occurred_at
    assert [s.check_in_id for s in on_b.inside] == [hanako.event_id]
    # The plain core function the LAN test reads: numbers only.
    assert counts(a, shelter_id=SHELTER, today=TODAY).as_dict()["inside"] == 1


@pytest.mark.parametrize(
    ("born", "bracket"),
    [
        (date(2016, 9, 1), 10),  # tenth birthday today
        (date(2016, 9, 2), 0),  # tomorrow
        (date(2026, 9, 1), 0),  # born today
        (date(1936, 9, 1), 90),  # ninety today
        (date(1936, 9, 2), 80),  # 89 until tomorrow
        (date(1900, 1, 1), 90),
        (date(1976, 9, 2), 40),  # 49 until tomorrow
        (date(1976, 9, 1), 50),
        (date(2026, 9, 2), AgeBracket.UNKNOWN),  # a birth date in the future
        (None, AgeBracket.UNKNOWN),
    ],
)
def test_age_brackets_at_their_boundaries(born: date | None, bracket: int) -> None:
    assert AgeBracket.of(born, TODAY) == bracket
    result = build([check_in(person(born=born))], today=TODAY)
    assert result.counts.by_age[bracket] == 1
    assert sum(result.counts.by_age.values()) == 1
    assert set(result.counts.by_age) == {*AgeBracket.LOWER, AgeBracket.UNKNOWN}


def test_a_29_february_birthday_counts_from_1_march() -> None:
    leapling = date(2016, 2, 29)
    assert age_on(leapling, date(2026, 2, 28)) == 9
    assert age_on(leapling, date(2026, 3, 1)) == 10
    assert AgeBracket.of(leapling, date(2026, 3, 1)) == 10


def test_households_by_the_reference_rule_same_address_and_same_surname() -> None:
    home = "熊本県荒尾市テスト町１－２"
    events = [
        check_in(person("山田\u3000一郎", address=home)),
        # The same address typed in half-width with other spaces: the same household.
        check_in(person("山田 花子", address="熊本県荒尾市テスト町1-2 "), minutes=1),
        # Same address, another surname: another household (a lodger, a neighbour's flat).
        check_in(person("佐藤\u3000次郎", address=home), minutes=2),
        # Same surname, another address: another household.
        check_in(person("山田\u3000三郎", address="熊本県荒尾市別町3"), minutes=3),
        # One word, no surname: a household of their own.
        check_in(person("ミナ", address=home), minutes=4),
        check_in(person("ミナ", address=home, born=date(1990, 1, 1)), minutes=5),
    ]
    result = build(events, today=TODAY)
    assert result.counts.inside == 6
    assert result.counts.households == 5
    yamada = {
        s.household
        for s in result.stays
        if s.person.address.startswith("熊本県荒尾市テスト町") and s.person.name.startswith("山田")
    }
    assert len(yamada) == 1


def test_an_explicit_household_id_wins_over_the_rule() -> None:
    together = "0b3e6f3e-6c3a-4a39-9a64-0d2f7c1f4a11"
    events = [
        # Registered together by staff: different surnames and addresses, one household.
        check_in(person("山田\u3000一郎", household_id=together)),
        check_in(person("佐藤\u3000花子", address="別の住所", household_id=together), minutes=1),
        # Same surname and address as Ichiro but not registered with him: the rule applies
        # to her alone, so she is a household of her own (the explicit id is not hers).
        check_in(person("山田\u3000桜"), minutes=2),
    ]
    result = build(events, today=TODAY)
    assert result.counts.households == 2


def test_a_correction_replaces_the_corrected_person() -> None:
    wrong = check_in(person("試験\u3000太朗", born=date(1950, 1, 1)))
    fixed = correction(wrong, person("試験\u3000太郎", born=date(2000, 1, 1)))
    again = correction(fixed, person("試験\u3000太郎", born=date(2001, 1, 1)), minutes=40)
    result = build([wrong, fixed, again], today=TODAY)
    assert result.counts.inside == 1  # a correction is no second person
    (stay,) = result.stays
    assert stay.corrected
    assert stay.person.name == "試験\u3000太郎"
    assert stay.person.birth_date == date(2001, 1, 1)  # the latest correction wins
    assert result.counts.by_age[20] == 1
    assert result.search("太朗") == []
    assert [s.check_in_id for s in result.search("太郎")] == [wrong.event_id]
    # A check-out of the original check-in still closes the corrected stay.
    out = build([wrong, fixed, again, check_out(wrong)], today=TODAY)
    assert out.counts.inside == 0


def test_capacity_and_occupancy_rate() -> None:
    events = [check_in(person(f"試験\u3000{n}")) for n in range(3)]
    assert build(events, capacity=4, today=TODAY).counts.occupancy == pytest.approx(0.75)
    assert build(events, capacity=0, today=TODAY).counts.occupancy is None
    assert build(events, capacity=2, today=TODAY).counts.occupancy == pytest.approx(1.5)


def test_training_records_never_count_in_the_real_roster_and_vice_versa() -> None:
    real = check_in(person("本番\u3000一郎"))
    drill = check_in(person("訓練\u3000二郎"), training=True, minutes=1)
    drill_out = check_out(drill)
    # A training shelter close does not end the real opening.
    events = [real, drill, drill_out, notice(EventKind.SHELTER_CLOSE, minutes=2, training=True)]
    real_roster = build(events, today=TODAY)
    training_roster = build(events, training=True, today=TODAY)
    assert [s.check_in_id for s in real_roster.stays] == [real.event_id]
    assert real_roster.counts.inside == 1
    assert not real_roster.counts.training
    assert training_roster.counts.training
    assert training_roster.stays == []  # the training close ended the training opening


def test_special_needs_flags_are_counted_for_people_inside() -> None:
    needs = frozenset({SituationFlag.PREGNANT, SituationFlag.WITH_PET})
    inside = check_in(person("試験\u3000一"), situation=needs)
    left = check_in(person("試験\u3000二"), situation=frozenset({SituationFlag.INJURED}))
    result = build([inside, left, check_out(left)], today=TODAY)
    assert result.counts.needs[SituationFlag.PREGNANT] == 1
    assert result.counts.needs[SituationFlag.WITH_PET] == 1
    assert result.counts.needs[SituationFlag.INJURED] == 0


def test_a_second_check_in_of_the_same_person_supersedes_the_first() -> None:
    # Two terminals cut off from each other both checked the person in.
    first = check_in(person(), terminal="terminal-A")
    second = check_in(person(), terminal="terminal-B", minutes=10)
    result = build([first, second], today=TODAY)
    assert result.counts.inside == 1
    assert {s.check_in_id for s in result.inside} == {second.event_id}
    closed = next(s for s in result.stays if s.check_in_id == first.event_id)
    assert closed.closed_by == "superseded"


def test_a_shelter_close_starts_a_new_opening() -> None:
    before = check_in(person("前回\u3000一郎"))
    close = notice(EventKind.SHELTER_CLOSE, minutes=10)
    reopen = notice(EventKind.SHELTER_OPEN, minutes=20)
    after = check_in(person("今回\u3000二郎"), minutes=30)
    result = build([before, close, reopen, after], today=TODAY)
    assert [s.check_in_id for s in result.stays] == [after.event_id]


def test_another_shelters_records_are_left_out() -> None:
    here = check_in(person("試験\u3000一"))
    there = check_in(person("試験\u3000二"), shelter_id="shelter-999")
    assert build([here, there], shelter_id=SHELTER, today=TODAY).counts.inside == 1


def test_search_by_name_or_reading_ignores_width_case_spaces_and_kana_kind() -> None:
    events = [
        check_in(person("山田\u3000太郎", reading="ヤマダ タロウ")),
        check_in(person("Maria\u3000SILVA", reading=""), minutes=1),
        check_in(person("佐藤\u3000花子", reading="さとう はなこ"), minutes=2),
    ]
    result = build(events, today=TODAY)
    assert [s.person.name for s in result.search("やまだ")] == ["山田\u3000太郎"]
    assert [s.person.name for s in result.search("ｻﾄｳﾊﾅｺ")] == ["佐藤\u3000花子"]
    assert [s.person.name for s in result.search("maria silva")] == ["Maria\u3000SILVA"]
    assert [s.person.name for s in result.search("山田太郎")] == ["山田\u3000太郎"]
    assert len(result.search("  ")) == 3
    assert search_key("ＡＢ　ｶ") == "abか"


def test_the_roster_redacts_itself_in_repr() -> None:
    result = build([check_in(person("試験\u3000秘密"))], today=TODAY)
    assert "秘密" not in repr(result)
    assert "秘密" not in repr(result.stays[0])


def test_a_record_that_cannot_be_read_is_counted_not_shown(tmp_path: Path) -> None:
    store = _store(tmp_path / "k.sqlite3", b"k" * 32)
    try:
        good = check_in(person("試験\u3000一"))
        bad = check_in(person("試験\u3000二"), minutes=1)
        store.record_many([good, bad])
        # A bad sector in the encrypted blob of one record.
        store.db.execute(
            "UPDATE events SET personal = zeroblob(length(personal)) WHERE event_id = ?",
            [bad.event_id],
        )
        result = roster_module.roster(store, today=TODAY)
    finally:
        store.close()
    assert [s.check_in_id for s in result.stays] == [good.event_id]
    assert result.counts.unreadable == 1


def test_the_roster_of_a_thousand_people_is_quick(tmp_path: Path) -> None:
    """1,000 check-ins and 300 check-outs, every one decrypted: measured about 0.05 s on
    the 2-core machine; the bound leaves room for a loaded machine."""
    import time

    store = _store(tmp_path / "k.sqlite3", b"p" * 32)
    try:
        ins = [
            check_in(person(f"試験\u3000{n}", born=date(1930 + n % 90, 1, 1)), minutes=n)
            for n in range(1000)
        ]
        store.record_many(ins + [check_out(e, minutes=2000 + i) for i, e in enumerate(ins[:300])])
        started = time.perf_counter()
        result = roster(store, today=TODAY)
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    assert result.counts.inside == 700
    assert result.counts.checked_out == 300
    assert elapsed < 2.0


def test_a_refresh_decrypts_only_records_it_has_not_seen(tmp_path: Path) -> None:
    store = _store(tmp_path / "k.sqlite3", b"r" * 32)
    decrypted: list[str] = []

    class Counting:
        path = store.path

        def event_ids(self) -> list[str]:
            return store.event_ids()

        def get_event(self, event_id: str) -> Any:
            decrypted.append(event_id)
            return store.get_event(event_id)

    try:
        first = check_in(person("試験\u3000一"))
        store.record(first)
        known: dict[str, Any] = {}
        assert roster(Counting(), today=TODAY, known=known).counts.inside == 1
        later = check_in(person("試験\u3000二"), minutes=1)
        store.record(later)
        assert roster(Counting(), today=TODAY, known=known).counts.inside == 2
    finally:
        store.close()
    assert decrypted == [first.event_id, later.event_id]
