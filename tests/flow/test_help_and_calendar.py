"""Issue 10: the ways out of a forgotten PIN (point 4), check-out (point 3) and the calendar a
birth date is first shown in (point 10), as flow paths."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.cards.api import CardStatus, Secret, SecretKind, WrongSecretError
from kiosk.flow.contract import (
    Action,
    Calendar,
    CodeBInput,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Step,
)
from kiosk.flow.transitions import Input
from kiosk.records import OpenCheckIn

from .helpers import (
    SAMPLE_INFO,
    Driver,
    assert_nobody_held,
    documented,
    licence_status,
    make_driver,
    mynumber_status,
    read_and_look_up,
    read_ok,
)

OPEN = OpenCheckIn(event_id="checkin-1", occurred_at=None)  # type: ignore[arg-type]


def to_pin(d: Driver, status: CardStatus | None = None) -> None:
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(status or mynumber_status(), token=d.last(QueryCardStatus).token))
    d.touch(d.flow.agree())
    assert d.flow.view.step == Step.ENTER_PIN


def wrong_pin(d: Driver, tries_left: int = 2) -> None:
    d(d.flow.submit_pin(Secret("0000")))
    d(d.flow.read_result(WrongSecretError(tries_left), token=d.last(ReadCard).token))
    assert d.flow.view.step == Step.NOTICE
    assert d.flow.view.notice == NoticeCode.WRONG_SECRET


# --- Point 4: a forgotten PIN never pushes towards guessing ----------------------------------


def test_wrong_pin_notice_offers_the_printed_number_and_staff() -> None:
    d = make_driver()
    to_pin(d)
    wrong_pin(d)
    view = d.flow.view
    assert view.offer_code_b and view.offer_call_staff
    reads = len(d.all(ReadCard))
    d.touch(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B
    assert len(d.all(ReadCard)) == reads  # no try spent by choosing another way


def test_wrong_pin_then_call_staff_spends_no_try_and_drops_the_person() -> None:
    d = make_driver()
    to_pin(d)
    wrong_pin(d)
    reads = len(d.all(ReadCard))
    d.touch(d.flow.ask_staff())
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.ASKED_FOR_STAFF
    assert not view.offer_code_b and not view.offer_call_staff
    assert len(d.all(ReadCard)) == reads
    assert_nobody_held(d.flow)
    assert d.prompts()[-1] == "prompt.notice.asked_for_staff"
    assert documented(Step.NOTICE, Input.ASK_STAFF, Step.NOTICE, NoticeCode.ASKED_FOR_STAFF)
    d.touch(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE


def test_enter_again_is_still_offered_after_a_wrong_pin() -> None:
    d = make_driver()
    to_pin(d)
    wrong_pin(d)
    d.touch(d.flow.dismiss())
    assert d.flow.view.step == Step.ENTER_PIN and d.flow.view.tries_left == 2


def test_wrong_licence_pin_offers_staff_but_no_printed_number() -> None:
    d = make_driver()
    to_pin(d, licence_status())
    wrong_pin(d)
    assert d.flow.view.offer_call_staff and not d.flow.view.offer_code_b


def test_wrong_code_b_does_not_offer_the_printed_number_again() -> None:
    d = make_driver()
    to_pin(d)
    d.touch(d.flow.choose_method(SecretKind.CODE_B))
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285")))
    d(d.flow.read_result(WrongSecretError(8), token=d.last(ReadCard).token))
    view = d.flow.view
    assert view.notice == NoticeCode.WRONG_SECRET
    assert view.offer_call_staff and not view.offer_code_b
    d.touch(d.flow.dismiss())
    assert d.flow.view.step == Step.ENTER_CODE_B


@pytest.mark.parametrize("card", ["mynumber", "licence"])
def test_i_do_not_know_my_pin_from_the_pin_screen(card: str) -> None:
    d = make_driver()
    to_pin(d, licence_status() if card == "licence" else mynumber_status())
    d.touch(d.flow.ask_staff())
    assert d.flow.view.notice == NoticeCode.ASKED_FOR_STAFF
    assert d.all(ReadCard) == []  # never a try
    assert_nobody_held(d.flow)
    assert documented(Step.ENTER_PIN, Input.ASK_STAFF, Step.NOTICE, NoticeCode.ASKED_FOR_STAFF)


def test_ask_staff_elsewhere_does_nothing() -> None:
    d = make_driver()
    assert d.flow.ask_staff() == []
    to_pin(d)
    d(d.flow.submit_pin(Secret("1234")))
    assert d.flow.ask_staff() == []  # READING: the card is working
    assert d.flow.view.step == Step.READING


# --- Point 3: check-out ---------------------------------------------------------------------


def test_check_out_button_reads_with_the_check_out_intent_and_shows_the_name() -> None:
    d = make_driver()
    d.touch(d.flow.choose_action(Action.CHECK_OUT))
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.CONSENT and d.flow.view.action == Action.CHECK_OUT
    d.touch(d.flow.agree())
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(OPEN, token=d.last(LookUpOpenCheckIn).token))
    view = d.flow.view
    assert view.step == Step.CHECKOUT_OFFER and view.action == Action.CHECK_OUT
    assert view.info is not None and view.info.name == SAMPLE_INFO.name  # the name on it
    # Nothing personal is spoken: the prompt is the fixed check-out question.
    assert d.prompts()[-1] == "prompt.checkout_offer"
    d.touch(d.flow.check_out())
    assert d.last(SaveEvent).event.refers_to == "checkin-1"


def test_check_out_offer_has_one_way_to_stop() -> None:
    d = make_driver()
    read_and_look_up(d, open_check_in=OPEN)
    assert d.flow.view.step == Step.CHECKOUT_OFFER
    d.touch(d.flow.stay())
    assert d.flow.view.notice == NoticeCode.STAYING
    assert d.all(SaveEvent) == []
    assert_nobody_held(d.flow)


# --- Point 10: the confirm screen starts in the person's calendar ---------------------------


@pytest.mark.parametrize(
    ("language", "calendar"),
    [
        ("ja", Calendar.JAPANESE),
        ("ja_easy", Calendar.JAPANESE),
        ("en", Calendar.WESTERN),
        ("zh_CN", Calendar.WESTERN),
        ("ko", Calendar.WESTERN),
        ("vi", Calendar.WESTERN),
        ("pt_BR", Calendar.WESTERN),
    ],
)
def test_era_screen_off_starts_in_the_languages_calendar(language: str, calendar: Calendar) -> None:
    d = make_driver(show_era_screen=False)
    d(d.flow.set_language(language))
    read_and_look_up(d)
    assert d.flow.view.step == Step.CONFIRM
    assert d.flow.view.calendar == calendar
    # The choice is still there.
    other = Calendar.JAPANESE if calendar == Calendar.WESTERN else Calendar.WESTERN
    d.touch(d.flow.choose_calendar(other))
    assert d.flow.view.calendar == other
