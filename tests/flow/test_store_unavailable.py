"""A kiosk whose record database cannot record (StoreCondition.CORRUPT: damaged, recovery
failed) reads no card: the host reports ``recording_available(False)`` and a placed card or
the 避難登録 / 退所登録 buttons lead straight to the kiosk_not_ready notice, with no card I/O,
so nobody spends their card's tries and their time on a record that cannot be saved. When the
store is OK or RECOVERED again (``recording_available(True)``), the next session reads
normally."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cards.api import Secret, SecretKind
from kiosk.flow.contract import (
    CodeBInput,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    Step,
)
from kiosk.flow.transitions import Input

from .helpers import (
    NOT_READY_MOVES,
    Driver,
    assert_a_placed_card_reads_nothing,
    assert_buttons_read_nothing,
    assert_nobody_held,
    documented,
    make_driver,
    mynumber_status,
    read_ok,
    walk_asks_for_no_io,
)

CARD_IO = (QueryCardStatus, ReadCard)


def store_down() -> Driver:
    d = make_driver()
    d(d.flow.recording_available(False))
    return d


def card_io(d: Driver) -> list[object]:
    return [e for e in d.effects if isinstance(e, CARD_IO)]


def at_pin_keypad(d: Driver) -> None:
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    d.touch(d.flow.agree())
    assert d.flow.view.step == Step.ENTER_PIN


def test_the_input_is_quiet_and_listed() -> None:
    d = make_driver()
    assert d(d.flow.recording_available(False)) == []
    assert d.flow.view.step == Step.IDLE
    assert d(d.flow.recording_available(True)) == []
    assert Input.RECORDING_AVAILABLE.value == "recording_available"


def test_a_placed_card_reads_nothing_and_sends_the_person_to_staff() -> None:
    d = store_down()
    assert_a_placed_card_reads_nothing(d)
    assert documented(Step.IDLE, Input.CARD_INSERTED, Step.NOTICE, NoticeCode.KIOSK_NOT_READY)
    d(d.flow.card_removed())
    d(d.flow.card_inserted())  # placed again: still nothing read
    assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
    assert card_io(d) == []


def test_the_check_in_and_check_out_buttons_read_nothing() -> None:
    assert_buttons_read_nothing(store_down)


def test_normal_service_resumes_when_the_store_can_record_again() -> None:
    d = store_down()
    d(d.flow.card_inserted())
    assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
    d(d.flow.recording_available(True))  # e.g. IT recovered it: OK / RECOVERED
    assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY  # the notice stays until it ends
    d.touch(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE
    d(d.flow.card_removed())
    d(d.flow.card_inserted())
    assert d.flow.view.step == Step.READING
    assert len(d.all(QueryCardStatus)) == 1


def test_a_store_lost_during_the_pin_entry_sends_no_verify() -> None:
    d = make_driver()
    at_pin_keypad(d)
    d(d.flow.recording_available(False))
    assert d.flow.view.step == Step.ENTER_PIN  # nothing happens until they act
    secret = Secret("1234")
    d(d.flow.submit_pin(secret))
    assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
    assert secret.wiped
    assert d.all(ReadCard) == [] and not d.flow.busy
    assert_nobody_held(d.flow)
    assert documented(Step.ENTER_PIN, Input.SUBMIT_PIN, Step.NOTICE, NoticeCode.KIOSK_NOT_READY)


def test_a_store_lost_during_the_code_b_entry_sends_no_verify() -> None:
    d = make_driver()
    at_pin_keypad(d)
    d.touch(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B
    d(d.flow.recording_available(False))
    d(d.flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285")))
    assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
    assert d.all(ReadCard) == []
    assert documented(
        Step.ENTER_CODE_B, Input.SUBMIT_CODE_B, Step.NOTICE, NoticeCode.KIOSK_NOT_READY
    )


def test_a_card_already_read_still_goes_to_the_store() -> None:
    """After the read the card is no longer used: the save is attempted and its own result
    (saved, or storage_failed) is told; nothing is dropped silently."""
    d = make_driver()
    at_pin_keypad(d)
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.recording_available(False))
    assert d.flow.view.step == Step.READING and d.flow.busy  # the lookup is still awaited
    d(d.flow.open_check_in_result(None, token=d.last(LookUpOpenCheckIn).token))
    assert d.flow.view.step == Step.ERA_CHOICE


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(NOT_READY_MOVES), min_size=5, max_size=60))
def test_a_kiosk_that_cannot_record_never_asks_for_io(moves: list[str]) -> None:
    walk_asks_for_no_io(store_down(), moves)
