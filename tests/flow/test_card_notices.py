"""The card layer's card_timeout and tries_unreadable errors reach the person as their own
notices (issue 7): place the card again; nothing was tried, the card is safe, see staff."""

from __future__ import annotations

import pytest

from kiosk.cards.api import CardError, CardTimeoutError, Secret, TriesUnreadableError
from kiosk.flow.contract import NoticeCode, QueryCardStatus, ReadCard, Step
from kiosk.ui.texts import NOTICES

from .helpers import make_driver, mynumber_status

CASES = [
    (CardTimeoutError("the card did not answer in time"), NoticeCode.CARD_TIMEOUT, False),
    (TriesUnreadableError("no count"), NoticeCode.TRIES_UNREADABLE, True),
]


@pytest.mark.parametrize(("error", "notice", "staff"), CASES)
def test_card_error_at_identification_has_its_own_notice(
    error: CardError, notice: NoticeCode, staff: bool
) -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(error, token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == notice
    assert d.prompts()[-1] == f"prompt.notice.{notice.value}"
    assert NOTICES[notice].see_staff is staff


@pytest.mark.parametrize(("error", "notice", "staff"), CASES)
def test_card_error_during_the_read_has_its_own_notice(
    error: CardError, notice: NoticeCode, staff: bool
) -> None:
    d = make_driver()
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    d.touch(d.flow.agree())
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(error, token=d.last(ReadCard).token))
    assert d.flow.view.step == Step.NOTICE and d.flow.view.notice == notice
    assert d.flow.view.info is None  # nothing kept, nothing recorded


def test_a_card_whose_pin_count_is_unreadable_is_not_told_one_try_is_left() -> None:
    """PIN reports no count, 照合番号B is at the refusal threshold: nothing may be tried.
    The person must not read "only one try is left" for a PIN whose count nobody knows."""
    d = make_driver()
    d(d.flow.card_inserted())
    status = mynumber_status(pin=None, pin_refused=True, code_b=2, code_b_refused=True)
    d(d.flow.card_status_result(status, token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.NOTICE
    assert d.flow.view.notice == NoticeCode.TRIES_UNREADABLE
    assert not d.all(ReadCard)
