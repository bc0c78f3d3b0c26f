"""Everything the machine holds about a person is dropped on every way out of their session:
its personal data is empty and no field of the view holds any of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.errors import StorageError
from kiosk.flow.contract import (
    Action,
    Calendar,
    ClearPersonalData,
    ConfirmInput,
    NoticeCode,
    SaveEvent,
    Step,
)
from kiosk.records import OpenCheckIn

from .helpers import SAMPLE_INFO, Driver, assert_nobody_held, make_driver, read_and_look_up

OPEN = OpenCheckIn(event_id="checkin-1", occurred_at=None)  # type: ignore[arg-type]


def to_confirm(d: Driver) -> None:
    read_and_look_up(d)
    d(d.flow.choose_calendar(Calendar.WESTERN))
    assert d.flow.view.step == Step.CONFIRM
    assert d.flow.holds_personal_data and d.flow.view.info == SAMPLE_INFO


def _saved(d: Driver) -> None:
    d(d.flow.confirm(ConfirmInput(phone="090-1234-5678", message_to_staff="腰が痛い")))
    d(d.flow.save_result(None, token=d.last(SaveEvent).token))


def _save_failed(d: Driver) -> None:
    d(d.flow.confirm(ConfirmInput(phone="090-1234-5678")))
    d(d.flow.save_result(StorageError(), token=d.last(SaveEvent).token))


def _timed_out(d: Driver) -> None:
    d.clock.advance(30)
    d(d.flow.tick())
    d.clock.advance(20)
    d(d.flow.tick())


RESET_PATHS: dict[str, Callable[[Driver], object]] = {
    "cancel": lambda d: d(d.flow.cancel()),
    "card pulled": lambda d: d(d.flow.card_removed()),
    "reader unplugged": lambda d: d(d.flow.reader_detached()),
    "not correct": lambda d: d(d.flow.not_correct()),
    "no answer to more time": _timed_out,
    "saved": _saved,
    "saving failed": _save_failed,
    "bug": lambda d: d(d.flow.bug(RuntimeError("boom"))),
    "back to the era screen, then cancel": lambda d: (d(d.flow.back()), d(d.flow.cancel())),
}


@pytest.mark.parametrize("path", sorted(RESET_PATHS))
def test_every_reset_path_drops_the_person(path: str) -> None:
    d = make_driver()
    to_confirm(d)
    cleared = d.effects.count(ClearPersonalData())
    RESET_PATHS[path](d)
    assert d.flow.view.step in (Step.IDLE, Step.NOTICE, Step.DONE, Step.OUT_OF_SERVICE)
    assert_nobody_held(d.flow)
    assert d.effects.count(ClearPersonalData()) > cleared


@pytest.mark.parametrize("answer", ["stay", "cancel", "card_removed"])
def test_the_check_out_offer_exits_drop_the_person(answer: str) -> None:
    d = make_driver()
    read_and_look_up(d, open_check_in=OPEN)
    assert d.flow.view.step == Step.CHECKOUT_OFFER and d.flow.holds_personal_data
    d(getattr(d.flow, answer)())
    assert_nobody_held(d.flow)


def test_a_notice_that_offers_a_way_on_keeps_the_person_until_it_ends() -> None:
    d = make_driver()
    d(d.flow.choose_action(Action.CHECK_OUT))
    read_and_look_up(d)
    view = d.flow.view
    assert view.notice == NoticeCode.NOT_CHECKED_IN and view.offer_check_in
    # Kept for "check in instead", never shown on the notice.
    assert d.flow.holds_personal_data and view.info is None
    d(d.flow.dismiss())
    assert d.flow.view.step == Step.IDLE
    assert_nobody_held(d.flow)
