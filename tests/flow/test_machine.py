"""CheckInFlow, path by path, with plain fakes (no Qt, no card, no database)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kiosk.cards.api import (
    BadCardDataError,
    CardLockedError,
    CardRemovedError,
    LastTryRefusedError,
    NoReaderError,
    Secret,
    SecretKind,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.domain import CardType, RegistrationType, SituationFlag
from kiosk.errors import StorageError
from kiosk.flow.contract import (
    Action,
    Calendar,
    ClearPersonalData,
    CodeBInput,
    ConfirmInput,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Speak,
    Step,
    StopSpeaking,
)
from kiosk.records import EventKind, OpenCheckIn

from .helpers import (
    LICENCE_INFO,
    SAMPLE_INFO,
    SHELTER_ID,
    Driver,
    licence_status,
    make_driver,
    mynumber_status,
    read_ok,
)

PIN = "1234"


# ---------------------------------------------------------------------------------------------
# Building blocks: each walks one stretch of the flow and checks where it lands.


def insert_card(d: Driver, status: object = None) -> None:
    d(d.flow.card_inserted())
    assert d.flow.view.step == Step.READING
    query = d.last(QueryCardStatus)
    d(d.flow.card_status_result(status or mynumber_status(), token=query.token))


def to_pin(d: Driver, status: object = None) -> None:
    insert_card(d, status)
    assert d.flow.view.step == Step.CONSENT
    d.touch(d.flow.agree())
    assert d.flow.view.step == Step.ENTER_PIN


def read_card(
    d: Driver, info: object = SAMPLE_INFO, open_check_in: OpenCheckIn | None = None
) -> None:
    """After a secret was submitted: the card read succeeds and the lookup answers."""
    read = d.last(ReadCard)
    assert d.flow.view.step == Step.READING
    d(d.flow.read_result(read_ok(info), token=read.token))  # type: ignore[arg-type]
    lookup = d.last(LookUpOpenCheckIn)
    assert lookup.shelter_id == SHELTER_ID
    d(d.flow.open_check_in_result(open_check_in, token=lookup.token))


def check_in_with_pin(d: Driver) -> None:
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    assert d.flow.view.step == Step.ERA_CHOICE
    d.touch(d.flow.choose_calendar(Calendar.WESTERN))
    assert d.flow.view.step == Step.CONFIRM
    d.touch(d.flow.confirm(ConfirmInput()))


def finish_save(d: Driver, error: StorageError | None = None) -> None:
    save = d.last(SaveEvent)
    assert d.flow.view.step == Step.SAVING
    d(d.flow.save_result(error, token=save.token))


OPEN = OpenCheckIn(event_id="checkin-1", occurred_at=None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Happy paths


def test_check_in_with_pin_records_one_event_and_returns_to_idle() -> None:
    d = make_driver()
    assert d.prompts() == ["prompt.idle"]
    check_in_with_pin(d)
    event = d.last(SaveEvent).event
    assert event.kind == EventKind.CHECK_IN
    assert event.registration_type == RegistrationType.MYNUMBER_CARD
    assert event.card_type == CardType.MYNUMBER
    assert event.consent_version == "consent-2026-01"
    assert event.person is not None and event.person.name == SAMPLE_INFO.name
    assert event.shelter_id == SHELTER_ID and event.terminal_id == "term-1"
    assert event.utc_offset_minutes == 540 and event.event_id == "event-1"
    assert event.refers_to is None and not event.training
    finish_save(d)
    view = d.flow.view
    assert view.step == Step.DONE and view.recorded_action == Action.CHECK_IN
    assert view.info is None and view.shelter_name == "千代田小学校"
    assert isinstance(d.effects[-3], ClearPersonalData)
    assert d.touches == 3  # agree, era choice, correct (the PIN submits itself)
    assert len(d.all(SaveEvent)) == 1
    d.clock.advance(11)
    assert d(d.flow.tick()) == []
    d.clock.advance(1)
    effects = d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE
    assert ClearPersonalData() in effects


def test_pin_is_passed_to_the_card_untouched_and_the_view_never_holds_it() -> None:
    d = make_driver()
    to_pin(d)
    secret = Secret(PIN)
    d(d.flow.submit_pin(secret))
    read = d.last(ReadCard)
    assert read.kind == SecretKind.PIN and read.secret is secret
    assert "1234" not in repr(d.flow.view) and "1234" not in repr(read)


def test_confirmation_extras_go_into_the_record() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    d(d.flow.choose_calendar(Calendar.JAPANESE))
    assert d.flow.view.info == SAMPLE_INFO and d.flow.view.calendar == Calendar.JAPANESE
    extras = ConfirmInput(
        phone="090-0000-0000",
        situation=frozenset({SituationFlag.WITH_PET, SituationFlag.INJURED}),
        message_to_staff="insulin",
    )
    d(d.flow.confirm(extras))
    event = d.last(SaveEvent).event
    assert event.situation == extras.situation
    assert event.person is not None
    assert event.person.phone == extras.phone
    assert event.person.message_to_staff == extras.message_to_staff


def test_code_b_check_in_from_the_pin_screen() -> None:
    d = make_driver()
    to_pin(d)
    assert d.flow.view.code_b_available
    d.touch(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B
    assert d.flow.view.tries_left == 10 and not d.flow.view.warn_few_tries
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285")))
    read = d.last(ReadCard)
    assert read.kind == SecretKind.CODE_B and len(read.secret) == 14
    read_card(d)
    d.touch(d.flow.choose_calendar(Calendar.JAPANESE))
    d.touch(d.flow.confirm())
    finish_save(d)
    assert d.flow.view.step == Step.DONE
    assert d.touches == 4  # the PIN-free path may take more than three


def test_choose_method_screen_is_reachable_with_back() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.back())
    assert d.flow.view.step == Step.CHOOSE_METHOD
    d(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B
    d(d.flow.back())
    assert d.flow.view.step == Step.CHOOSE_METHOD
    d(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.step == Step.ENTER_PIN
    d(d.flow.back())
    d(d.flow.back())
    assert d.flow.view.step == Step.CONSENT
    d(d.flow.back())
    assert d.flow.view.step == Step.IDLE


def test_impossible_code_b_input_stays_on_the_screen_with_a_message() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.choose_method(SecretKind.CODE_B))
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 1999, "2285")))
    assert d.flow.view.step == Step.ENTER_CODE_B
    assert d.flow.view.notice == NoticeCode.INVALID_CODE_B
    assert d.all(ReadCard) == []
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285")))
    assert d.flow.view.step == Step.READING and d.flow.view.notice is None


def test_real_code_b_builder_is_used_by_default() -> None:
    from kiosk.clock import FakeClock
    from kiosk.flow.machine import CheckInFlow

    from .helpers import make_config

    flow = CheckInFlow(make_config(), FakeClock())
    flow.card_inserted()
    flow.card_status_result(mynumber_status())
    flow.agree()
    flow.choose_method(SecretKind.CODE_B)
    effects = flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285"))
    read = next(e for e in effects if isinstance(e, ReadCard))
    assert read.secret.as_bytes() == b"55021720352285"
    flow.cancel()
    flow.card_inserted()
    flow.card_status_result(mynumber_status())
    flow.agree()
    flow.choose_method(SecretKind.CODE_B)
    flow.submit_code_b(CodeBInput(date(1980, 2, 17), 1900, "2285"))
    assert flow.view.step == Step.ENTER_CODE_B
    assert flow.view.notice == NoticeCode.INVALID_CODE_B


def test_licence_check_in_goes_straight_to_the_pin_and_records_type_4() -> None:
    d = make_driver()
    to_pin(d, licence_status())
    assert not d.flow.view.code_b_available
    assert d(d.flow.choose_method(SecretKind.CODE_B)) == []
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d, LICENCE_INFO)
    d.touch(d.flow.choose_calendar(Calendar.WESTERN))
    d.touch(d.flow.confirm())
    event = d.last(SaveEvent).event
    assert event.registration_type == RegistrationType.DRIVER_LICENSE
    assert event.card_type == CardType.DRIVER_LICENSE
    assert event.person is not None and event.person.sex is None
    assert d.touches == 3


def test_check_out_closes_the_open_check_in_in_two_touches() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d, open_check_in=OPEN)
    assert d.flow.view.step == Step.CHECKOUT_OFFER
    assert d.flow.view.info == SAMPLE_INFO
    d.touch(d.flow.check_out())
    event = d.last(SaveEvent).event
    assert event.kind == EventKind.CHECK_OUT and event.refers_to == "checkin-1"
    assert event.registration_type == RegistrationType.MYNUMBER_CARD
    finish_save(d)
    assert d.flow.view.step == Step.DONE
    assert d.flow.view.recorded_action == Action.CHECK_OUT
    assert d.prompts()[-1] == "prompt.done.check_out"
    assert d.touches == 2  # agree, check out
    assert Step.ERA_CHOICE.value not in " ".join(d.prompts())


def test_still_staying_records_nothing() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d, open_check_in=OPEN)
    effects = d(d.flow.stay())
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.STAYING
    assert ClearPersonalData() in effects and d.flow.view.info is None
    assert d.all(SaveEvent) == []
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE


def test_check_out_button_without_an_open_check_in_offers_check_in() -> None:
    d = make_driver()
    d(d.flow.choose_action(Action.CHECK_OUT))
    assert d.flow.view.step == Step.IDLE and d.flow.view.action == Action.CHECK_OUT
    assert d.prompts()[-1] == "prompt.idle.check_out"
    to_pin(d)
    assert d.flow.view.action == Action.CHECK_OUT
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d, open_check_in=None)
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.NOT_CHECKED_IN
    assert view.offer_check_in and view.info is None
    assert d.all(SaveEvent) == []
    d(d.flow.choose_action(Action.CHECK_IN))
    assert d.flow.view.step == Step.ERA_CHOICE and d.flow.view.info == SAMPLE_INFO
    assert len(d.all(ReadCard)) == 1  # no second PIN entry
    d(d.flow.choose_calendar(Calendar.WESTERN))
    d(d.flow.confirm())
    assert d.last(SaveEvent).event.kind == EventKind.CHECK_IN


def test_check_out_button_with_the_card_already_on_the_reader_starts_the_flow() -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(UnsupportedCardError()))  # e.g. a bank card first
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE
    d(d.flow.choose_action(Action.CHECK_OUT))
    assert d.flow.view.step == Step.READING and d.flow.view.action == Action.CHECK_OUT


def test_check_in_intent_with_an_open_check_in_still_offers_check_out() -> None:
    d = make_driver()
    d(d.flow.choose_action(Action.CHECK_IN))
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d, open_check_in=OPEN)
    assert d.flow.view.step == Step.CHECKOUT_OFFER


def test_era_screen_off_goes_straight_to_confirmation() -> None:
    d = make_driver(show_era_screen=False)
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    assert d.flow.view.step == Step.CONFIRM
    assert d.flow.view.calendar == Calendar.JAPANESE
    d.touch(d.flow.confirm())
    assert d.touches == 2
    d(d.flow.back())
    assert d.flow.view.step == Step.SAVING


def test_calendar_can_be_changed_on_the_confirmation_screen() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    d(d.flow.choose_calendar(Calendar.WESTERN))
    d(d.flow.choose_calendar(Calendar.JAPANESE))
    assert d.flow.view.step == Step.CONFIRM and d.flow.view.calendar == Calendar.JAPANESE
    d(d.flow.back())
    assert d.flow.view.step == Step.ERA_CHOICE


def test_training_mode_marks_the_record() -> None:
    d = make_driver(training=True)
    check_in_with_pin(d)
    assert d.last(SaveEvent).event.training


def test_not_correct_records_nothing_and_sends_to_staff() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    d(d.flow.choose_calendar(Calendar.WESTERN))
    effects = d(d.flow.not_correct())
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.NOT_CORRECT
    assert ClearPersonalData() in effects
    assert d.all(SaveEvent) == []


# ---------------------------------------------------------------------------------------------
# Secrets: wrong tries, the last try, locked cards


def test_wrong_pin_then_correct() -> None:
    d = make_driver()
    to_pin(d)
    assert d.flow.view.tries_left == 3 and not d.flow.view.warn_few_tries
    d(d.flow.submit_pin(Secret("9999")))
    d(d.flow.read_result(WrongSecretError(2), token=d.last(ReadCard).token))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.WRONG_SECRET
    assert view.tries_left == 2 and view.warn_few_tries
    assert d.prompts()[-1] == "prompt.notice.wrong_secret"
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.ENTER_PIN
    assert d.flow.view.tries_left == 2 and d.flow.view.warn_few_tries
    d(d.flow.submit_pin(Secret(PIN)))
    assert len(d.all(ReadCard)) == 2  # one VERIFY per submission, never retried by itself
    read_card(d)
    assert d.flow.view.step == Step.ERA_CHOICE


def test_warning_before_the_last_try_comes_from_the_status() -> None:
    d = make_driver()
    to_pin(d, mynumber_status(pin=2))
    assert d.flow.view.tries_left == 2 and d.flow.view.warn_few_tries


def test_wrong_pin_leaving_one_try_is_refused_and_offers_code_b() -> None:
    d = make_driver()
    to_pin(d, mynumber_status(pin=2))
    d(d.flow.submit_pin(Secret("9999")))
    d(d.flow.read_result(WrongSecretError(1), token=d.last(ReadCard).token))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.REFUSED_LAST_TRY
    assert view.offer_code_b
    assert d(d.flow.submit_pin(Secret(PIN))) == []  # no way back to the PIN
    d(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B


def test_refused_last_try_from_the_card_layer_sends_to_staff() -> None:
    d = make_driver()
    to_pin(d, mynumber_status(pin=3, code_b=2, code_b_refused=True))
    d(d.flow.submit_pin(Secret(PIN)))
    d(d.flow.read_result(LastTryRefusedError(1), token=d.last(ReadCard).token))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.REFUSED_LAST_TRY
    assert not view.offer_code_b
    assert d(d.flow.choose_method(SecretKind.CODE_B)) == []


def test_pin_refused_at_status_goes_to_code_b_after_consent() -> None:
    d = make_driver()
    insert_card(d, mynumber_status(pin=1, pin_refused=True))
    assert d.flow.view.step == Step.CONSENT
    d(d.flow.agree())
    assert d.flow.view.step == Step.ENTER_CODE_B
    assert not d.flow.view.code_b_available or d.flow.view.step == Step.ENTER_CODE_B


def test_card_with_no_usable_secret_is_sent_to_staff_before_consent() -> None:
    d = make_driver()
    insert_card(d, mynumber_status(pin=0, pin_locked=True, code_b=2, code_b_refused=True))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.LOCKED
    assert not view.offer_code_b


def test_locked_licence() -> None:
    d = make_driver()
    insert_card(d, licence_status(0, locked=True))
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.LOCKED


def test_locked_error_during_read() -> None:
    d = make_driver()
    to_pin(d, licence_status())
    d(d.flow.submit_pin(Secret(PIN)))
    d(d.flow.read_result(CardLockedError(), token=d.last(ReadCard).token))
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.LOCKED


def test_wrong_code_b_near_the_threshold_is_refused() -> None:
    d = make_driver(code_b_min_tries_left=2)
    to_pin(d, mynumber_status(pin=3, code_b=4))
    d(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.warn_few_tries is False
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "0000")))
    d(d.flow.read_result(WrongSecretError(3), token=d.last(ReadCard).token))
    assert d.flow.view.notice == NoticeCode.WRONG_SECRET and d.flow.view.warn_few_tries
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.ENTER_CODE_B
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "0001")))
    d(d.flow.read_result(WrongSecretError(2), token=d.last(ReadCard).token))
    assert d.flow.view.notice == NoticeCode.REFUSED_LAST_TRY and not d.flow.view.offer_code_b


@pytest.mark.parametrize(
    ("error", "notice"),
    [
        (UnsupportedCardError(), NoticeCode.UNSUPPORTED_CARD),
        (BadCardDataError(), NoticeCode.BAD_CARD_DATA),
        (CardRemovedError(), NoticeCode.CARD_REMOVED),
        (NoReaderError(), NoticeCode.NO_READER),
    ],
)
def test_card_errors_at_identification(error: Exception, notice: NoticeCode) -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(error, token=d.last(QueryCardStatus).token))  # type: ignore[arg-type]
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == notice


def test_bad_card_data_during_read() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    effects = d(d.flow.read_result(BadCardDataError(), token=d.last(ReadCard).token))
    assert d.flow.view.notice == NoticeCode.BAD_CARD_DATA
    assert d.prompts()[-1] == "prompt.notice.bad_card_data"
    assert StopSpeaking() in effects


# ---------------------------------------------------------------------------------------------
# The card pulled out, the reader unplugged


def _walk_to(d: Driver, step: Step) -> None:
    if step == Step.READING:
        d(d.flow.card_inserted())
        return
    to_pin(d)
    if step == Step.CONSENT:
        d(d.flow.back())
        d(d.flow.back())
    elif step == Step.CHOOSE_METHOD:
        d(d.flow.back())
    elif step == Step.ENTER_CODE_B:
        d(d.flow.choose_method(SecretKind.CODE_B))
    elif step in (Step.ERA_CHOICE, Step.CONFIRM, Step.CHECKOUT_OFFER):
        d(d.flow.submit_pin(Secret(PIN)))
        read_card(d, open_check_in=OPEN if step == Step.CHECKOUT_OFFER else None)
        if step == Step.CONFIRM:
            d(d.flow.choose_calendar(Calendar.WESTERN))
    if step == Step.CONSENT:
        d(d.flow.card_inserted())  # back() from consent went to idle; the card comes again
        d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == step


@pytest.mark.parametrize(
    "step",
    [
        Step.READING,
        Step.CONSENT,
        Step.CHOOSE_METHOD,
        Step.ENTER_PIN,
        Step.ENTER_CODE_B,
        Step.ERA_CHOICE,
        Step.CONFIRM,
        Step.CHECKOUT_OFFER,
    ],
)
def test_card_pulled_before_the_final_answer_cancels(step: Step) -> None:
    d = make_driver()
    _walk_to(d, step)
    d(d.flow.card_removed())
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.CARD_REMOVED
    assert view.info is None and view.card_status is None
    assert d.all(SaveEvent) == []
    # Whatever the card layer answers later is ignored.
    for result in (d.flow.read_result, d.flow.card_status_result, d.flow.open_check_in_result):
        assert result(None) == []  # type: ignore[operator]
    assert d.flow.view.step == Step.NOTICE
    d.clock.advance(15)
    effects = d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE and ClearPersonalData() in effects


def test_card_pulled_while_reading_ignores_the_late_result() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read = d.last(ReadCard)
    d(d.flow.card_removed())
    assert d(d.flow.read_result(read_ok(), token=read.token)) == []
    assert d.flow.view.info is None and d.all(LookUpOpenCheckIn) == []


def test_card_pulled_after_correct_still_saves() -> None:
    d = make_driver()
    check_in_with_pin(d)
    assert d(d.flow.card_removed()) == []
    assert d.flow.view.step == Step.SAVING
    finish_save(d)
    assert d.flow.view.step == Step.DONE
    assert d(d.flow.card_removed()) == []
    assert d.flow.view.step == Step.DONE


def test_card_pulled_after_check_out_still_saves() -> None:
    d = make_driver()
    _walk_to(d, Step.CHECKOUT_OFFER)
    d(d.flow.check_out())
    d(d.flow.card_removed())
    finish_save(d)
    assert d.flow.view.recorded_action == Action.CHECK_OUT


def test_card_pulled_on_the_wrong_pin_notice_cancels() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret("9999")))
    d(d.flow.read_result(WrongSecretError(2), token=d.last(ReadCard).token))
    d(d.flow.card_removed())
    assert d.flow.view.notice == NoticeCode.CARD_REMOVED
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE


def test_pin_submitted_without_a_card_is_dropped() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.card_removed())
    secret = Secret(PIN)
    assert d(d.flow.submit_pin(secret)) == []
    assert secret.wiped


def test_reader_unplugged_mid_flow_waits_for_the_reader() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read = d.last(ReadCard)
    d(d.flow.reader_detached())
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.NO_READER
    assert d(d.flow.read_result(read_ok(), token=read.token)) == []
    d.clock.advance(600)
    d(d.flow.tick())
    d(d.flow.dismiss())
    assert d.flow.view.notice == NoticeCode.NO_READER  # stays until the reader is back
    d(d.flow.reader_attached())
    assert d.flow.view.step == Step.IDLE


def test_reader_unplugged_while_saving_finishes_then_shows_the_notice() -> None:
    d = make_driver()
    check_in_with_pin(d)
    assert d(d.flow.reader_detached()) == []
    finish_save(d)
    assert d.flow.view.step == Step.DONE
    d.clock.advance(12)
    d(d.flow.tick())
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == NoticeCode.NO_READER


def test_reader_unplugged_at_idle() -> None:
    d = make_driver()
    d(d.flow.reader_detached())
    assert d.flow.view.notice == NoticeCode.NO_READER
    assert d(d.flow.choose_action(Action.CHECK_IN)) == []


# ---------------------------------------------------------------------------------------------
# Time: idle, "more time?", result and notice screens


def test_idle_timeout_without_more_time_clears_everything() -> None:
    d = make_driver(idle_timeout_s=30, more_time_countdown_s=20)
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    read_card(d)
    d.clock.advance(29)
    assert d(d.flow.tick()) == []
    d.clock.advance(1)
    effects = d(d.flow.tick())
    view = d.flow.view
    assert view.step == Step.ERA_CHOICE and view.asking_more_time and view.countdown_s == 20
    assert Speak("prompt.more_time", "ja") in effects
    d.clock.advance(5)
    d(d.flow.tick())
    assert d.flow.view.countdown_s == 15
    d.clock.advance(15)
    effects = d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE and d.flow.view.info is None
    assert ClearPersonalData() in effects and not d.flow.view.asking_more_time
    assert d.all(SaveEvent) == []


def test_more_time_keeps_the_person_where_they_were() -> None:
    d = make_driver(idle_timeout_s=30, more_time_countdown_s=20)
    to_pin(d)
    d.clock.advance(30)
    d(d.flow.tick())
    assert d.flow.view.asking_more_time
    effects = d(d.flow.more_time())
    assert not d.flow.view.asking_more_time and d.flow.view.step == Step.ENTER_PIN
    assert Speak("prompt.enter_pin", "ja") in effects
    d.clock.advance(25)
    d(d.flow.tick())
    assert d.flow.view.step == Step.ENTER_PIN and not d.flow.view.asking_more_time
    d.clock.advance(5)
    d(d.flow.tick())
    assert d.flow.view.asking_more_time


def test_touches_reset_the_idle_timer() -> None:
    d = make_driver(idle_timeout_s=30)
    to_pin(d)
    for _ in range(5):
        d.clock.advance(20)
        d(d.flow.touched())
        d(d.flow.tick())
    assert not d.flow.view.asking_more_time


def test_no_timeout_while_the_machine_waits_for_io() -> None:
    d = make_driver(idle_timeout_s=30)
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    d.clock.advance(120)
    assert d(d.flow.tick()) == []
    assert d.flow.view.step == Step.READING


def test_idle_intent_expires() -> None:
    d = make_driver(idle_timeout_s=30)
    d(d.flow.choose_action(Action.CHECK_OUT))
    d.clock.advance(30)
    d(d.flow.tick())
    assert d.flow.view.action is None and d.prompts()[-1] == "prompt.idle"


def test_no_card_help_and_back() -> None:
    d = make_driver(idle_timeout_s=30, more_time_countdown_s=20)
    d.touch(d.flow.no_card_help())
    assert d.flow.view.step == Step.NO_CARD_HELP
    d.clock.advance(29)
    d(d.flow.tick())
    assert d.flow.view.step == Step.NO_CARD_HELP
    d.clock.advance(1)
    d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE and not d.flow.view.asking_more_time
    d(d.flow.no_card_help())
    d(d.flow.back())
    assert d.flow.view.step == Step.IDLE


def test_next_card_on_the_result_screen_starts_a_new_session() -> None:
    d = make_driver()
    check_in_with_pin(d)
    finish_save(d)
    d(d.flow.card_removed())
    d(d.flow.card_inserted())
    assert d.flow.view.step == Step.READING and d.flow.view.recorded_action is None


def test_done_can_be_closed_by_touch() -> None:
    d = make_driver()
    check_in_with_pin(d)
    finish_save(d)
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE


# ---------------------------------------------------------------------------------------------
# Stale results, storage failures, bugs


def test_stale_results_from_a_cancelled_session_are_ignored() -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    old_query = d.last(QueryCardStatus)
    d(d.flow.card_removed())
    d(d.flow.card_inserted())
    new_query = d.last(QueryCardStatus)
    assert new_query.token != old_query.token
    assert d(d.flow.card_status_result(licence_status(), token=old_query.token)) == []
    assert d.flow.view.step == Step.READING
    d(d.flow.card_status_result(mynumber_status(), token=new_query.token))
    assert d.flow.view.card_type == CardType.MYNUMBER
    # A duplicate answer for the same request is ignored too.
    assert d(d.flow.card_status_result(licence_status(), token=new_query.token)) == []


def test_results_of_the_wrong_kind_are_ignored() -> None:
    d = make_driver()
    to_pin(d)
    assert d(d.flow.save_result(None)) == []
    assert d(d.flow.read_result(read_ok())) == []
    assert d.flow.view.step == Step.ENTER_PIN


def test_cancel_during_saving_is_ignored() -> None:
    d = make_driver()
    check_in_with_pin(d)
    assert d(d.flow.cancel()) == []
    finish_save(d)
    assert d.flow.view.step == Step.DONE


def test_storage_failure_tells_staff_and_keeps_nothing_on_screen() -> None:
    d = make_driver()
    check_in_with_pin(d)
    effects = d(d.flow.save_result(StorageError(), token=d.last(SaveEvent).token))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.STORAGE_FAILED
    assert view.info is None and ClearPersonalData() in effects


def test_lookup_failure_still_allows_check_in_but_not_check_out() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(StorageError(), token=d.last(LookUpOpenCheckIn).token))
    assert d.flow.view.step == Step.ERA_CHOICE

    d = make_driver()
    d(d.flow.choose_action(Action.CHECK_OUT))
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(StorageError(), token=d.last(LookUpOpenCheckIn).token))
    assert d.flow.view.notice == NoticeCode.STORAGE_FAILED


def test_bug_shows_out_of_service_then_recovers() -> None:
    d = make_driver()
    to_pin(d)
    d(d.flow.submit_pin(Secret(PIN)))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    effects = d(
        d.flow.open_check_in_result(RuntimeError("boom"), token=d.last(LookUpOpenCheckIn).token)
    )
    assert d.flow.view.step == Step.OUT_OF_SERVICE and d.flow.view.info is None
    assert ClearPersonalData() in effects
    d.clock.advance(15)
    d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE


# ---------------------------------------------------------------------------------------------
# Voice and language


def test_each_step_change_stops_then_speaks_one_prompt() -> None:
    d = make_driver()
    check_in_with_pin(d)
    speaks = [i for i, e in enumerate(d.effects) if isinstance(e, Speak)]
    for i in speaks[1:]:
        assert isinstance(d.effects[i - 1], StopSpeaking)
    assert d.prompts() == [
        "prompt.idle",
        "prompt.reading",
        "prompt.consent",
        "prompt.enter_pin",
        "prompt.reading",
        "prompt.era_choice",
        "prompt.confirm",
        "prompt.saving",
    ]


def test_prompts_never_carry_digits_or_personal_data() -> None:
    d = make_driver()
    check_in_with_pin(d)
    finish_save(d)
    to_pin(d)
    d(d.flow.submit_pin(Secret("9999")))
    d(d.flow.read_result(WrongSecretError(2), token=d.last(ReadCard).token))
    for prompt in d.prompts():
        assert re.fullmatch(r"prompt(\.[a-z_]+)+", prompt)
        assert SAMPLE_INFO.name not in prompt


def test_language_switch_respeaks_the_current_prompt() -> None:
    d = make_driver()
    to_pin(d)
    effects = d(d.flow.set_language("en"))
    assert effects == [StopSpeaking(), Speak("prompt.enter_pin", "en")]
    assert d.flow.view.language == "en" and d.flow.view.step == Step.ENTER_PIN
    assert d(d.flow.set_language("en")) == []
    d(d.flow.back())
    assert d.last(Speak).language == "en"


def test_language_stays_for_the_next_person_only_until_idle_resets() -> None:
    d = make_driver()
    d(d.flow.set_language("vi"))
    check_in_with_pin(d)
    assert d.flow.view.language == "vi"


@pytest.mark.parametrize("where", ["refused", "not_checked_in"])
def test_card_pulled_on_a_notice_with_an_offer_ends_the_session(where: str) -> None:
    d = make_driver()
    if where == "refused":
        to_pin(d, mynumber_status(pin=2))
        d(d.flow.submit_pin(Secret("9999")))
        d(d.flow.read_result(WrongSecretError(1), token=d.last(ReadCard).token))
        assert d.flow.view.offer_code_b
    else:
        d(d.flow.choose_action(Action.CHECK_OUT))
        to_pin(d)
        d(d.flow.submit_pin(Secret(PIN)))
        read_card(d, open_check_in=None)
        assert d.flow.view.offer_check_in
    d(d.flow.card_removed())
    view = d.flow.view
    assert view.notice == NoticeCode.CARD_REMOVED
    assert not view.offer_code_b and not view.offer_check_in
    assert d(d.flow.choose_action(Action.CHECK_IN)) == [] or d.flow.view.step == Step.IDLE
    assert d.all(SaveEvent) == []


def test_config_from_settings() -> None:
    from kiosk.flow.machine import FlowConfig
    from kiosk.settings import Settings

    settings = Settings()
    settings.shelter.name = "千代田小学校"
    settings.shelter.shelter_id = "13101-001"
    settings.shelter.terminal_id = "term-9"
    settings.shelter.training_mode = True
    settings.ui.show_era_screen = False
    settings.ui.idle_timeout_s = 45
    settings.ui.more_time_countdown_s = 25
    settings.ui.result_display_s = 20
    settings.ui.default_language = "en"
    settings.cards.code_b_min_tries_left = 3
    config = FlowConfig.from_settings(settings, "consent-v2")
    assert config == FlowConfig(
        shelter_id="13101-001",
        shelter_name="千代田小学校",
        terminal_id="term-9",
        consent_version="consent-v2",
        show_era_screen=False,
        idle_timeout_s=45,
        more_time_countdown_s=25,
        result_display_s=20,
        notice_display_s=20,
        training=True,
        default_language="en",
        code_b_min_tries_left=3,
    )
    from kiosk.clock import FakeClock
    from kiosk.flow.machine import CheckInFlow

    flow = CheckInFlow(config, FakeClock())
    assert flow.view.language == "en" and flow.view.shelter_name == "千代田小学校"
    assert flow.start() == [Speak("prompt.idle", "en")]


def test_intent_button_on_the_result_screen_does_not_reread_the_last_card() -> None:
    d = make_driver()
    check_in_with_pin(d)
    finish_save(d)
    queries = len(d.all(QueryCardStatus))
    d(d.flow.choose_action(Action.CHECK_IN))
    assert d.flow.view.step == Step.IDLE and d.flow.view.action == Action.CHECK_IN
    assert len(d.all(QueryCardStatus)) == queries


def test_every_return_to_idle_clears_personal_data() -> None:
    d = make_driver()
    d(d.flow.no_card_help())
    assert d(d.flow.back())[0] == ClearPersonalData()
    check_in_with_pin(d)
    finish_save(d)
    effects = d(d.flow.choose_action(Action.CHECK_OUT))
    assert effects[0] == ClearPersonalData() and d.flow.view.step == Step.IDLE
    to_pin(d)
    effects = d(d.flow.cancel())
    assert effects.count(ClearPersonalData()) == 1
