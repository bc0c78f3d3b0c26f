"""Staff register people without a card through the real UI (issue 13 point 2): a family of
three lands as three check-ins of registration type 2 with one household in the real store;
a forced check-out closes an open check-in made on another terminal; a correction refers to
the old record; validation errors keep the input; the auto-lock drops the form's data."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.clock import FakeClock
from kiosk.domain import RegistrationType, Sex, SituationFlag
from kiosk.flow.contract import Step
from kiosk.records import Event, EventKind, Person
from kiosk.registration import MAX_MEMBERS
from kiosk.store import KeyFileProvider, RecordStore
from kiosk.ui import i18n
from kiosk.ui.gallery import Gallery, clipped
from kiosk.ui.staff_registration import RegistrationScreen
from tests.ui.helpers import (
    fill,
    first_run_login,
    kiosk_settings,
    open_menu,
    staff_services,
    touch,
    type_on,
)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90)]


def _at_the_kiosk(kiosk: Any) -> Any:
    idle = kiosk.window.screen_for(Step.IDLE)
    return lambda: not kiosk.window.staff_mode and kiosk.window.stack.currentWidget() is idle


def _registration(kiosk: Any, **kw: Any) -> Any:
    """Log in, open the staff menu and the registration page."""
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_registration")
    screen = kiosk.app.registration.screen
    assert kiosk.window.stack.currentWidget() is screen
    return screen


def _type_member(kiosk: Any, name: str, reading: str, birth: str, *, address: str = "") -> None:
    fill(kiosk, "reg_name", name)
    fill(kiosk, "reg_reading", reading)
    if address:
        fill(kiosk, "reg_address", address)
    year, month, day = birth.split("-")
    fill(kiosk, "reg_year", year)
    fill(kiosk, "reg_month", month)
    fill(kiosk, "reg_day", day)


def _check_ins(kiosk: Any) -> list[Event]:
    events = [kiosk.store.get_event(i) for i in kiosk.store.event_ids()]
    return [e for e in events if e is not None and e.kind is EventKind.CHECK_IN]


def _check_outs(kiosk: Any) -> list[Event]:
    events = [kiosk.store.get_event(i) for i in kiosk.store.event_ids()]
    return [e for e in events if e is not None and e.kind is EventKind.CHECK_OUT]


def _card_check_in(name: str, reading: str = "", terminal: str = "T-0002") -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id="S-0001",
        terminal_id=terminal,
        occurred_at=datetime(2026, 9, 1, 0, 5, tzinfo=UTC),
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        person=Person(
            name=name,
            address="熊本県荒尾市見本町2番地",
            birth_date=date(1970, 1, 2),
            sex=Sex.MALE,
            reading=reading,
        ),
    )


def _search(kiosk: Any, button: str) -> None:
    """Open the check-out or correction search: the open check-ins are read off the UI
    thread and arrive by signal."""
    with kiosk.qtbot.waitSignal(kiosk.app.registration.open_read, timeout=10000):
        kiosk.click(button)


def _confirm(kiosk: Any) -> None:
    """Confirm a check-out: the records are read again off the UI thread first."""
    with kiosk.qtbot.waitSignal(kiosk.app.registration.open_read, timeout=10000):
        kiosk.click("reg_confirm_yes")


def test_the_first_read_of_open_check_ins_runs_off_the_ui_thread(make_kiosk: Any) -> None:
    """The read decrypts every record (1.1-1.4 s at 10,000): the page says it is reading
    and stays responsive, the result comes by signal; left meanwhile (the auto-lock), the
    late result is dropped, not shown."""
    kiosk = make_kiosk(staff=True)
    kiosk.store.record(_card_check_in("見本\u3000一郎", terminal="T-0001"))
    screen = _registration(kiosk)
    controller = kiosk.app.registration
    readers: list[threading.Thread] = []
    gate = threading.Event()
    real = kiosk.store.event_ids

    def held_read() -> list[str]:  # the test's own look at the store is not held
        if threading.current_thread() is not threading.main_thread():
            readers.append(threading.current_thread())
            gate.wait(5)
        return real()

    kiosk.store.event_ids = held_read
    try:
        kiosk.click("reg_home_checkout")  # returns while the read is held
        assert screen.pages.currentIndex() == screen.SEARCH
        assert screen.search_note.text() == "Reading the records..."
        assert screen.result_buttons == []
        with kiosk.qtbot.waitSignal(controller.open_read, timeout=10000) as read:
            gate.set()
        assert read.args == [True]
        assert len(readers) == 1  # read on another thread
        assert [b.text().split(",")[0] for b in screen.result_buttons] == ["見本\u3000一郎"]
        assert screen.search_note.text() == ""
        # The check-out reads what arrived since, off the UI thread too.
        kiosk.click("reg_result_0")
        gate.clear()
        kiosk.click("reg_confirm_yes")  # returns while the read is held
        assert not screen.confirm_yes.isEnabled() and not screen.confirm_no.isEnabled()
        assert _check_outs(kiosk) == []
        with kiosk.qtbot.waitSignal(controller.open_read, timeout=10000):
            gate.set()
        assert screen.home_message.text() == "Checked out."
        assert len(_check_outs(kiosk)) == 1
        assert len(readers) == 2
        # Left while reading: the result arrives and is dropped.
        kiosk.store.record(_card_check_in("見本\u3000二郎", terminal="T-0001"))
        gate.clear()
        kiosk.click("reg_home_correct")
        screen.forget()  # what the auto-lock does
        with kiosk.qtbot.waitSignal(controller.open_read, timeout=10000) as late:
            gate.set()
        assert late.args == [False]
        assert controller._open is None and screen.result_buttons == []
        assert not kiosk.holds_text("見本")
    finally:
        gate.set()
        kiosk.store.event_ids = real


def test_a_family_of_three_lands_as_three_check_ins_with_one_household(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    screen = _registration(kiosk)
    kiosk.click("reg_home_register")
    assert not kiosk.window.staff_menu.isVisible()
    _type_member(kiosk, "試験\u3000花子", "しけん はなこ", "1984-5-6", address="熊本県荒尾市1番地")
    kiosk.click("reg_sex_female")
    screen.form_scroll.ensureWidgetVisible(screen.form.flags[SituationFlag.PREGNANT])  # a swipe
    kiosk.click("reg_flag_pregnant")
    # The phone number typed with the on-screen keyboard's own keys.
    touch(kiosk, screen.form.phone)
    screen.keyboard.set_target(screen.form.phone)
    type_on(kiosk, screen.keyboard, "090-1234-5678")
    kiosk.click("reg_add_member")
    assert screen.form.name.text() == ""  # the next member starts empty
    assert kiosk.holds_text("試験\u3000花子")  # staff see who is already entered
    _type_member(kiosk, "試験\u3000太郎", "しけん たろう", "2012-4-1")
    kiosk.click("reg_copy_address")
    assert screen.form.address.text() == "熊本県荒尾市1番地"
    kiosk.click("reg_add_member")
    _type_member(kiosk, "試験\u3000次郎", "", "28-10-10")
    kiosk.click("reg_calendar_heisei")  # 平成28年10月10日
    kiosk.click("reg_copy_address")
    kiosk.click("reg_save")

    family = _check_ins(kiosk)
    assert len(family) == 3
    assert {e.registration_type for e in family} == {RegistrationType.STAFF_PROXY}
    assert {e.card_type for e in family} == {None}
    people = [e.person for e in family]
    assert all(p is not None for p in people)
    households = {p.household_id for p in people if p is not None}
    assert len(households) == 1 and "" not in households
    first = people[0]
    assert first is not None
    assert (first.name, first.reading, first.sex) == ("試験\u3000花子", "しけん はなこ", Sex.FEMALE)
    assert first.birth_date == date(1984, 5, 6)
    assert first.phone == "090-1234-5678"
    assert family[0].situation == {SituationFlag.PREGNANT}
    assert {p.address for p in people if p is not None} == {"熊本県荒尾市1番地"}
    assert people[2] is not None and people[2].birth_date == date(2016, 10, 10)
    # Each goes to the server once (the open notice of the login is the fourth record).
    assert kiosk.store.counts()["pending"] == 4
    assert screen.pages.currentIndex() == screen.HOME
    assert screen.home_message.text() == "3 people registered."
    # A second tap on an old page cannot record the household again.
    kiosk.app.registration.save()
    assert len(_check_ins(kiosk)) == 3


def test_validation_errors_show_a_message_and_keep_the_input(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    screen = _registration(kiosk)
    kiosk.click("reg_home_register")
    _type_member(kiosk, "", "みほん", "1984-13-40", address="熊本県荒尾市2番地")
    fill(kiosk, "reg_phone", "call me")
    kiosk.click("reg_save")
    assert _check_ins(kiosk) == []
    for field in ("name", "birth_date", "phone"):
        assert screen.form.errors[field].isVisible(), field
    assert not screen.form.errors["address"].isVisible()
    assert screen.form_error.text() == "Please check the marked fields: nothing was saved."
    assert screen.form.errors["name"].text() == "This is required."
    # Everything typed is still there.
    assert screen.form.reading.text() == "みほん"
    assert screen.form.address.text() == "熊本県荒尾市2番地"
    assert screen.form.month.text() == "13"
    assert screen.form.phone.text() == "call me"
    # Fixed: one record.
    fill(kiosk, "reg_name", "見本\u3000三郎")
    fill(kiosk, "reg_month", "12")
    fill(kiosk, "reg_day", "24")
    fill(kiosk, "reg_phone", "")
    kiosk.click("reg_save")
    (saved,) = _check_ins(kiosk)
    assert saved.person is not None and saved.person.birth_date == date(1984, 12, 24)


def test_a_forced_check_out_closes_an_open_check_in_made_on_another_terminal(
    make_kiosk: Any,
) -> None:
    kiosk = make_kiosk(staff=True)
    theirs = _card_check_in("見本\u3000一郎", "みほん いちろう")
    other = _card_check_in("別人\u3000五郎")
    kiosk.store.peers.record_received([theirs, other], from_peer="T-0002")
    assert theirs.person is not None
    assert kiosk.store.open_check_in(theirs.person, "S-0001") is not None
    screen = _registration(kiosk)
    _search(kiosk, "reg_home_checkout")
    assert len(screen.result_buttons) == 2  # every open check-in, before any search
    fill(kiosk, "reg_search", "ミホン")  # katakana finds the hiragana reading
    assert len(screen.result_buttons) == 1
    assert "見本\u3000一郎" in screen.result_buttons[0].text()
    kiosk.click("reg_result_0")
    _confirm(kiosk)
    assert screen.home_message.text() == "Checked out."
    assert kiosk.store.open_check_in(theirs.person, "S-0001") is None
    outs = [kiosk.store.get_event(i) for i in kiosk.store.event_ids()]
    (out,) = [e for e in outs if e is not None and e.kind is EventKind.CHECK_OUT]
    assert out.refers_to == theirs.event_id
    assert out.registration_type is RegistrationType.STAFF_PROXY
    assert out.terminal_id == "T-0001"
    assert other.person is not None
    assert kiosk.store.open_check_in(other.person, "S-0001") is not None  # only that one
    # The closed check-in is not offered again.
    _search(kiosk, "reg_home_checkout")
    assert [b.text() for b in screen.result_buttons if "見本" in b.text()] == []
    # Checked out elsewhere while staff look at the confirmation: nothing more is recorded.
    kiosk.click("reg_result_0")
    assert "別人" in screen.confirm_text.text()
    elsewhere = dataclasses.replace(
        other, kind=EventKind.CHECK_OUT, refers_to=other.event_id, event_id="out-on-b"
    )
    kiosk.store.peers.record_received([elsewhere], from_peer="T-0002")
    _confirm(kiosk)
    assert screen.home_message.text() == "Already checked out: nothing was recorded."
    outs = [kiosk.store.get_event(i) for i in kiosk.store.event_ids()]
    assert [e.event_id for e in outs if e is not None and e.kind is EventKind.CHECK_OUT] == [
        out.event_id,
        "out-on-b",
    ]


def test_a_correction_refers_to_the_old_record_which_stays_as_it_was(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    wrong = _card_check_in("見本\u3000一朗", "みほん いちろう", terminal="T-0001")
    kiosk.store.record(wrong)
    screen = _registration(kiosk)
    _search(kiosk, "reg_home_correct")
    fill(kiosk, "reg_search", "いちろう")
    kiosk.click("reg_result_0")
    assert screen.form.name.text() == "見本\u3000一朗"  # the form starts from the record
    assert screen.form.year.text() == "1970"
    fill(kiosk, "reg_name", "見本\u3000一郎")
    kiosk.click("reg_save")
    assert screen.home_message.text() == "The correction was saved."
    events = [kiosk.store.get_event(i) for i in kiosk.store.event_ids()]
    (fix,) = [e for e in events if e is not None and e.kind is EventKind.CORRECTION]
    assert fix.refers_to == wrong.event_id
    assert fix.registration_type is RegistrationType.STAFF_PROXY
    assert fix.person is not None and fix.person.name == "見本\u3000一郎"
    assert fix.person.birth_date == date(1970, 1, 2)
    assert kiosk.store.get_event(wrong.event_id) == wrong  # never changed
    # The search now shows the corrected name.
    _search(kiosk, "reg_home_correct")
    assert "見本\u3000一郎" in screen.result_buttons[0].text()


def test_the_auto_lock_drops_the_forms_data(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    kiosk.store.record(_card_check_in("見本\u3000一郎", terminal="T-0001"))
    screen = _registration(kiosk)
    controller = kiosk.app.registration
    kiosk.click("reg_home_register")
    _type_member(kiosk, "試験\u3000花子", "しけん", "1984-5-6", address="熊本県荒尾市1番地")
    kiosk.click("reg_add_member")
    fill(kiosk, "reg_name", "試験\u3000太郎")
    assert controller._members
    kiosk.qtbot.waitUntil(_at_the_kiosk(kiosk), timeout=3000)
    assert controller._members == [] and controller._pending == []
    assert all(f.text() == "" for f in (screen.form.name, screen.form.address))
    assert not screen.form.name.isUndoAvailable()  # no undo brings a name back
    assert screen.household_line.text() == ""
    assert _check_ins(kiosk)[0].person.name == "見本\u3000一郎"  # type: ignore[union-attr]
    assert len(_check_ins(kiosk)) == 1  # nothing half-registered
    # A search's decrypted records go too.
    open_again(kiosk)
    _search(kiosk, "reg_home_checkout")
    assert controller._open is not None
    kiosk.qtbot.waitUntil(_at_the_kiosk(kiosk), timeout=3000)
    assert controller._open is None and controller._found == []
    assert screen.result_buttons == []
    assert not kiosk.holds_text("見本")


def open_again(kiosk: Any) -> None:
    open_menu(kiosk)
    kiosk.click("menu_registration")
    assert kiosk.window.stack.currentWidget() is kiosk.app.registration.screen
    assert kiosk.app.registration.screen.pages.currentIndex() == 0


def test_the_staff_menu_button_is_a_large_target(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    open_menu(kiosk)
    button = kiosk.widget("menu_registration")
    assert button.height() >= 56
    kiosk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.app.registration.screen


@pytest.mark.parametrize("language", ["en", "vi", "ja_easy"])
def test_the_pages_never_ask_the_window_to_grow_past_800(make_kiosk: Any, language: str) -> None:
    """A long form scrolls inside the page: neither its height nor the keyboard under it may
    make the window taller than 1280x800 (the kiosk's smallest screen)."""
    kiosk = make_kiosk(staff=True)
    kiosk.app.set_language(language)
    screen = kiosk.app.registration.screen
    kiosk.app.registration.show()
    kiosk.app.registration.start_household()
    touch(kiosk, screen.form.phone)
    assert screen.keyboard.isVisible()
    for page in range(screen.pages.count()):
        screen.pages.setCurrentIndex(page)
        assert screen.heightForWidth(1280) <= 800, page
        assert screen.minimumSizeHint().height() <= 800, page


def test_a_full_disk_says_nothing_was_saved_and_keeps_the_household(
    make_kiosk: Any, kiosk_home: Any
) -> None:
    """The store refuses (more free space demanded than any disk has: a full disk): staff
    are told, the members typed so far and the form stay, nothing is half-recorded."""
    settings = kiosk_settings(kiosk_home)
    clock = FakeClock()
    store = RecordStore(
        settings.database_path(),
        KeyFileProvider(kiosk_home / "store.key"),
        clock,
        reserve_bytes=1 << 62,
    )
    services, setup_code = staff_services(store, kiosk_home, clock)
    kiosk = make_kiosk(settings=settings, services=services, staff=True)
    kiosk.setup_code = setup_code
    screen = _registration(kiosk)
    kiosk.click("reg_home_register")
    _type_member(kiosk, "試験\u3000花子", "しけん", "1984-5-6", address="熊本県荒尾市1番地")
    kiosk.click("reg_add_member")
    _type_member(kiosk, "試験\u3000太郎", "", "2012-4-1")
    kiosk.click("reg_copy_address")
    kiosk.click("reg_save")
    assert screen.form_error.isVisible()
    assert "Nothing was saved" in screen.form_error.text()
    assert _check_ins(kiosk) == []
    assert screen.pages.currentIndex() == screen.FORM
    assert screen.form.name.text() == "試験\u3000太郎"  # the form as typed
    assert "試験\u3000花子" in screen.household_line.text()  # and the member before
    assert len(kiosk.app.registration._pending) == 2  # a retry records these same ids


def test_a_household_has_at_most_max_members_and_settings_changed_underneath_record_nothing(
    make_kiosk: Any,
) -> None:
    kiosk = make_kiosk(staff=True)
    screen = _registration(kiosk)
    controller = kiosk.app.registration
    kiosk.click("reg_home_register")
    for n in range(MAX_MEMBERS - 1):
        _type_member(kiosk, f"試験\u3000{n}", "", "1984-5-6", address="熊本県荒尾市1番地")
        kiosk.click("reg_add_member")
    assert len(controller._members) == MAX_MEMBERS - 1
    _type_member(kiosk, "試験\u3000最後", "", "1984-5-6", address="熊本県荒尾市1番地")
    kiosk.click("reg_add_member")
    assert "At most 20 people" in screen.form_error.text()
    assert screen.form.name.text() == "試験\u3000最後"  # kept; Register records all 20
    # The shelter id went away under the page (it cannot, from the staff screens; a file
    # change could): nothing is recorded and staff are told.
    kiosk.app.settings.shelter.shelter_id = ""
    kiosk.click("reg_save")
    assert _check_ins(kiosk) == []
    assert screen.home_message.text() == (
        "The shelter settings changed: nothing was recorded. Please start again."
    )


@pytest.mark.parametrize("language", [i18n.PSEUDO, "ja_easy"])
def test_the_gallery_has_the_registration_pages_with_fake_data_that_fit(
    qapp: Any, language: str
) -> None:
    """The gallery (shared layout and furigana tests, screenshots) shows every registration
    page with clearly fake people (見本, "sample"): the choice, the form (a member, errors,
    the keyboard, a correction), the search (reading, results) and the confirmation; all of
    it fits 1280x800."""
    gallery = Gallery(1280, 800)
    try:
        gallery.set_language(language)
        pages = [p for p in gallery.pages() if p.startswith("registration")]
        assert len(pages) >= 8
        assert {"registration", "registration_search", "registration_form_keyboard"} <= set(pages)
        for page in pages:
            gallery.show(page)
            window = gallery.window
            screen = window.stack.currentWidget()
            assert isinstance(screen, RegistrationScreen), page
            assert (window.width(), window.height()) == (1280, 800), page
            assert clipped(window) == [], page
        gallery.show("registration_search")
        assert len(screen.result_buttons) >= 10
        assert all("見本" in b.text() for b in screen.result_buttons)  # clearly fake people
        gallery.show("registration_form_errors")
        assert screen.form_error.isVisible()
        assert any(error.isVisible() for error in screen.form.errors.values())
        gallery.show("registration_form_keyboard")
        assert screen.keyboard.isVisible()
        gallery.show("idle")
        assert screen.form.name.text() == ""  # left: the sample is gone too
    finally:
        gallery.languages.clear()
        gallery.window.close()
