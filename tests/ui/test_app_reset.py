"""What the next person finds after a reset (issue 10, points 1 and 2; docs/ui.md "Every
reset", "A card left on the reader"): the default language, and a card left on the reader
either read again (once, after a time-out of a step the person was working on) or, in every
other case, a sign asking to take it (never read in a loop)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.flow.contract import NoticeCode, Step

pytestmark = pytest.mark.gui


def to_consent(kiosk: Any, card: str = "jpki_test_card") -> None:
    kiosk.insert(card)
    kiosk.wait_step(Step.CONSENT)


def to_done(kiosk: Any) -> None:
    to_consent(kiosk)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.ERA_CHOICE)
    kiosk.click("calendar_japanese")
    kiosk.wait_step(Step.CONFIRM)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)


def time_out(kiosk: Any) -> None:
    """Nobody answers: the idle time-out, then "Do you need more time?" runs out."""
    kiosk.advance(kiosk.app.machine.config.idle_timeout_s + 1)
    kiosk.qtbot.waitUntil(lambda: kiosk.view.asking_more_time)
    kiosk.advance(kiosk.app.machine.config.more_time_countdown_s + 1)
    kiosk.qtbot.waitUntil(lambda: not kiosk.view.asking_more_time)


def done_then_ok(kiosk: Any) -> None:
    to_done(kiosk)
    kiosk.click("ok")


def done_then_time_out(kiosk: Any) -> None:
    to_done(kiosk)
    kiosk.advance(kiosk.app.machine.config.result_display_s + 1)


def consent_then_cancel(kiosk: Any) -> None:
    to_consent(kiosk)
    kiosk.click("cancel")


def notice_then_ok(kiosk: Any) -> None:
    kiosk.insert("locked")
    kiosk.wait_step(Step.NOTICE)
    kiosk.click("ok")


def consent_then_time_out(kiosk: Any) -> None:
    to_consent(kiosk)
    time_out(kiosk)


RESETS: dict[str, Callable[[Any], None]] = {
    "done_ok": done_then_ok,
    "done_time_out": done_then_time_out,
    "cancel": consent_then_cancel,
    "notice_ok": notice_then_ok,
    "time_out": consent_then_time_out,
}


@pytest.mark.parametrize("reset", RESETS.values(), ids=RESETS.keys())
def test_every_reset_returns_to_the_default_language(
    make_kiosk: Any, reset: Callable[[Any], None]
) -> None:
    kiosk = make_kiosk()  # default language: en
    kiosk.click("lang_vi")
    kiosk.qtbot.waitUntil(lambda: kiosk.app.languages.current == "vi")
    assert kiosk.view.language == "vi"
    reset(kiosk)
    kiosk.qtbot.waitUntil(
        lambda: kiosk.view.language == "en" and kiosk.app.languages.current == "en"
    )
    idle = kiosk.window.screen_for(Step.IDLE)
    assert idle.place.text() == "Please place your card on the reader"
    assert idle.language_buttons["en"].isChecked()


def test_choosing_a_language_at_idle_is_not_undone(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.click("lang_ko")
    kiosk.qtbot.waitUntil(lambda: kiosk.app.languages.current == "ko")
    kiosk.app.host.tick()
    assert kiosk.view.language == "ko"


def take_card_shown(kiosk: Any) -> Callable[[], bool]:
    return lambda: kiosk.window.take_card.isVisible() and kiosk.view.step == Step.IDLE


@pytest.mark.parametrize(
    "reset",
    [notice_then_ok, done_then_ok, done_then_time_out, consent_then_cancel],
    ids=["failure_notice_ok", "done_ok", "done_time_out", "cancel"],
)
def test_a_card_left_after_a_notice_done_or_cancel_must_be_taken(
    make_kiosk: Any, reset: Callable[[Any], None]
) -> None:
    kiosk = make_kiosk()
    reset(kiosk)
    kiosk.qtbot.waitUntil(take_card_shown(kiosk))
    assert kiosk.holds_text("Please take your card")
    QCoreApplication.processEvents()  # anything deferred has run: still no new read
    assert kiosk.view.step == Step.IDLE
    kiosk.advance(60)
    kiosk.app.host.tick()
    assert kiosk.view.step == Step.IDLE  # not read in a loop
    kiosk.remove()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.take_card.isVisible())
    # Placed again, it is read as usual.
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)


def test_a_failed_card_is_not_read_again_after_the_notice_times_out(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.insert("locked")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.LOCKED
    kiosk.advance(kiosk.app.machine.config.notice_display_s + 1)
    kiosk.qtbot.waitUntil(take_card_shown(kiosk))
    QCoreApplication.processEvents()
    assert kiosk.view.step == Step.IDLE


def test_a_card_left_after_a_time_out_is_read_again_once(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    consent_then_time_out(kiosk)
    # The person was slow or stepped away: their card is read again, from the start.
    kiosk.wait_step(Step.CONSENT)
    assert not kiosk.window.take_card.isVisible()
    # A second time-out with the card never taken: ask to take it, no third read.
    time_out(kiosk)
    kiosk.qtbot.waitUntil(take_card_shown(kiosk))
    QCoreApplication.processEvents()
    assert kiosk.view.step == Step.IDLE


def test_the_take_card_sign_leaves_for_staff_and_comes_back(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    notice_then_ok(kiosk)
    kiosk.qtbot.waitUntil(take_card_shown(kiosk))
    kiosk.app.open_staff_menu()
    assert not kiosk.window.take_card.isVisible()
    kiosk.app.back_to_kiosk()
    # Back from staff, a card on the reader starts the flow (it was the staff's pause).
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.LOCKED
