"""Whole evacuee flows through the real UI with the in-process virtual card.

Each test touches the screens like a person would (mouse clicks on the real buttons) and
checks what the screens show, what the store recorded and that nothing personal stays on
screen afterwards.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.cards.api import NoCardError, Secret, SecretKind
from kiosk.clock import FakeClock
from kiosk.domain import SituationFlag
from kiosk.flow.contract import Action, NoticeCode, Step
from kiosk.records import EventKind
from kiosk.ui.screens import PinScreen
from tests.ui.helpers import HOLDER, check_in_with_pin, holder_person

pytestmark = pytest.mark.gui


def personal_strings(profile: Any) -> list[str]:
    return [profile.name, profile.address, profile.name.split("\u3000")[0]]


def test_check_in_with_pin_records_and_clears(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.wait_step(Step.IDLE)
    assert kiosk.holds_text("市立第一小学校 体育館")
    check_in_with_pin(kiosk)
    assert kiosk.holds_text(HOLDER.name)
    assert kiosk.holds_text(HOLDER.address)
    assert kiosk.holds_text("昭和55年2月17日")
    kiosk.click("situation_injured")
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert kiosk.view.recorded_action == Action.CHECK_IN
    assert kiosk.holds_text("市立第一小学校 体育館")
    # Done: nothing personal stays on screen or in any widget.
    assert not any(kiosk.holds_text(s) for s in personal_strings(HOLDER))
    open_check_in = kiosk.store.open_check_in(holder_person(), "S-0001")
    assert open_check_in is not None
    recorded = kiosk.store.get_event(open_check_in.event_id)
    assert recorded.kind == EventKind.CHECK_IN
    assert recorded.situation == frozenset({SituationFlag.INJURED})
    assert recorded.consent_version
    # The result stays result_display_s (12 s), then the kiosk returns to idle by itself.
    kiosk.advance(11)
    kiosk.app.host.tick()  # a tick at +11 s: the step must not change yet
    assert kiosk.view.step == Step.DONE
    kiosk.advance(2)
    kiosk.wait_step(Step.IDLE)
    # Touches besides the PIN digits: agree, era, situation (optional), correct.
    assert kiosk.touches == 4


def test_check_in_with_code_b(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.click("use_code_b")
    kiosk.wait_step(Step.ENTER_CODE_B)
    assert kiosk.widget("era_showa").isChecked()
    # Born 昭和55年2月17日, card valid until 2035, security code 2285.
    kiosk.type_digits("550217" + "2035" + "2285")
    kiosk.wait_step(Step.ERA_CHOICE)
    kiosk.click("calendar_western")
    kiosk.wait_step(Step.CONFIRM)
    assert kiosk.holds_text("17 February 1980")  # the Western form in English
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert kiosk.store.open_check_in(holder_person(), "S-0001") is not None


def test_code_b_impossible_date_keeps_input(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.click("use_code_b")
    kiosk.wait_step(Step.ENTER_CODE_B)
    kiosk.type_digits("640230" + "2035" + "2285")  # 昭和64年2月30日 does not exist
    assert kiosk.view.step == Step.ENTER_CODE_B
    assert kiosk.holds_text("This date does not exist")
    assert kiosk.widget("field_expiry").text().endswith("2035")  # nothing typed is lost
    assert kiosk.cards.reader.card.counters()["code_b_tries_left"] == 10


def test_wrong_pin_shows_tries_left_then_warns(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    assert not kiosk.window.screen_for(Step.ENTER_PIN).warning.isVisible()
    kiosk.type_digits("9999")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.WRONG_SECRET
    assert kiosk.holds_text("2 tries left")
    kiosk.click("ok")
    kiosk.wait_step(Step.ENTER_PIN)
    pin_screen = kiosk.window.screen_for(Step.ENTER_PIN)
    assert isinstance(pin_screen, PinScreen)
    assert pin_screen.warning.isVisible()
    assert pin_screen.dots.text() == "○ ○ ○ ○"
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.ERA_CHOICE)


def test_last_try_is_refused_and_sent_to_staff(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("one_try_left")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.REFUSED_LAST_TRY
    screen = kiosk.window.screen_for(Step.NOTICE)
    assert screen.staff.isVisible()
    if kiosk.backend == "inprocess":
        assert kiosk.cards.reader.card.counters()["pin_tries_left"] == 1  # no try spent
        return
    # PC/SC: once the kiosk has let go of the card, read its counter (costs no try).
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    kiosk.qtbot.waitUntil(lambda: kiosk.app.host._session is None and kiosk.app.card_worker.idle)
    from kiosk.cards.pcsc import PcscCardReaderService

    reader = kiosk.app.settings.cards.reader_name
    session = PcscCardReaderService(reader).open(reader)
    try:
        pin = session.status().secret(SecretKind.PIN)
    finally:
        session.close()
    assert pin is not None
    assert pin.tries_left == 1  # no try spent


def test_locked_card_sends_to_staff(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("locked")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.LOCKED
    assert kiosk.window.screen_for(Step.NOTICE).staff.isVisible()
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)


def test_unsupported_card(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("unsupported")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.UNSUPPORTED_CARD


def test_card_pulled_mid_flow_cancels_and_wipes(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits("12", ok=False)
    pin_screen = kiosk.window.screen_for(Step.ENTER_PIN)
    assert pin_screen.dots.text() == "● ● ○ ○"
    kiosk.remove()
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.CARD_REMOVED
    assert pin_screen.dots.text() == "○ ○ ○ ○"
    assert kiosk.store.counts()["pending"] == 0


def test_card_pulled_on_confirm_clears_personal_data(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    check_in_with_pin(kiosk)
    assert kiosk.holds_text(HOLDER.name)
    kiosk.remove()
    kiosk.wait_step(Step.NOTICE)
    assert not any(kiosk.holds_text(s) for s in personal_strings(HOLDER))
    assert kiosk.store.counts()["pending"] == 0


def test_check_out_after_check_in(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    check_in_with_pin(kiosk)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    kiosk.remove()
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    kiosk.touches = 0
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.CHECKOUT_OFFER)
    kiosk.click("check_out")
    kiosk.wait_step(Step.DONE)
    assert kiosk.view.recorded_action == Action.CHECK_OUT
    assert kiosk.touches == 2  # agree, check out (besides the PIN)
    assert kiosk.store.open_check_in(holder_person(), "S-0001") is None


def test_still_staying_records_nothing(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    check_in_with_pin(kiosk)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    before = kiosk.store.counts()["pending"]
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    kiosk.remove()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.CHECKOUT_OFFER)
    kiosk.click("stay")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice == NoticeCode.STAYING
    assert kiosk.store.counts()["pending"] == before


def test_idle_timeout_more_time_keeps_the_flow(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    check_in_with_pin(kiosk)
    kiosk.advance(31)
    kiosk.qtbot.waitUntil(kiosk.window.overlay.isVisible)
    assert kiosk.holds_text("Do you need more time?")
    kiosk.advance(5)
    kiosk.qtbot.waitUntil(lambda: "15 seconds" in kiosk.window.overlay.countdown.text())
    kiosk.click("more_time")
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.overlay.isVisible())
    assert kiosk.view.step == Step.CONFIRM
    assert kiosk.holds_text(HOLDER.name)


def test_idle_timeout_without_answer_clears_everything(card_kiosk: Any) -> None:
    kiosk = card_kiosk
    check_in_with_pin(kiosk)
    kiosk.widget("message").setText("my daughter is outside")
    kiosk.advance(31)
    kiosk.qtbot.waitUntil(kiosk.window.overlay.isVisible)
    kiosk.advance(21)
    # The card still lies on the reader: after a time-out it is read once more (docs/ui.md,
    # "A card left on the reader"), so the kiosk may already be asking for consent again.
    kiosk.qtbot.waitUntil(
        lambda: (
            kiosk.view.step in (Step.IDLE, Step.CONSENT)
            and kiosk.window.stack.currentWidget() is kiosk.window.screen_for(kiosk.view.step)
        )
    )
    assert not kiosk.window.overlay.isVisible()
    assert not any(kiosk.holds_text(s) for s in personal_strings(HOLDER))
    # Nor in the view a screen last rendered (widget state, not only widget text).
    assert all(screen.view.info is None for screen in kiosk.window.screens.values())
    assert not kiosk.holds_text("my daughter is outside")
    assert kiosk.store.counts()["pending"] == 0


def test_licence_hides_sex_and_uses_pin1(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.insert("licence")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    assert kiosk.holds_text("driver's licence")
    kiosk.type_digits("1234")
    kiosk.wait_step(Step.ERA_CHOICE)
    kiosk.click("calendar_western")
    kiosk.wait_step(Step.CONFIRM)
    confirm = kiosk.window.screen_for(Step.CONFIRM)
    assert not confirm.values["sex"].isVisible()
    assert kiosk.holds_text("1 April 1975")  # the Western form in English


def test_language_switch_translates_every_screen(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.click("lang_ko")
    kiosk.qtbot.waitUntil(lambda: kiosk.view.language == "ko")
    assert kiosk.holds_text("카드를 리더기 위에 올려 주세요")
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    assert kiosk.holds_text("카드를 읽어도 될까요?")
    kiosk.click("cancel")
    kiosk.wait_step(Step.IDLE)
    kiosk.click("lang_ja_easy")
    kiosk.qtbot.waitUntil(lambda: kiosk.holds_text("カードを ここに 置《お》いて ください"))


def test_no_card_help_and_back(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.click("no_card")
    kiosk.wait_step(Step.NO_CARD_HELP)
    assert kiosk.holds_text("No card? Please go to the staff desk")
    kiosk.click("back")
    kiosk.wait_step(Step.IDLE)


def test_spoken_prompts_never_carry_personal_data(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    spoken: list[tuple[str, str]] = []
    kiosk.app.speech.spoken.connect(lambda prompt, lang: spoken.append((prompt, lang)))
    check_in_with_pin(kiosk)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    prompts = [p for p, _lang in spoken]
    assert "prompt.consent" in prompts
    assert "prompt.enter_pin" in prompts
    assert "prompt.done.check_in" in prompts
    from kiosk.ui import texts

    for prompt in prompts:
        text = texts.prompt_text(prompt)
        assert text  # every prompt the machine asks for has a sentence
        assert HOLDER.name not in text
        assert "1234" not in text


def test_physical_keypad_types_the_pin(make_kiosk: Any) -> None:
    from PySide6.QtCore import Qt

    kiosk = make_kiosk()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_9, Qt.Key.Key_Backspace):
        kiosk.qtbot.keyClick(kiosk.window, key)
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_4)
    assert kiosk.window.screen_for(Step.ENTER_PIN).dots.text() == "● ● ● ●"
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)
    kiosk.wait_step(Step.ERA_CHOICE)


def test_phone_and_message_go_with_the_check_in(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    check_in_with_pin(kiosk)
    kiosk.click("phone")
    for digit in "09012345678":
        kiosk.click(f"key_{digit}", count=False)
    kiosk.click("phone_done")
    assert kiosk.holds_text("Phone: 09012345678")
    kiosk.qtbot.keyClicks(kiosk.widget("message"), "need insulin")
    kiosk.click("situation_needs_medical_care")
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    assert not kiosk.holds_text("09012345678")
    assert not kiosk.holds_text("need insulin")
    open_check_in = kiosk.store.open_check_in(holder_person(), "S-0001")
    assert open_check_in is not None
    event = kiosk.store.get_event(open_check_in.event_id)
    assert event.person.phone == "09012345678"
    assert event.person.message_to_staff == "need insulin"
    assert event.situation == frozenset({SituationFlag.NEEDS_MEDICAL_CARE})


def test_message_field_keeps_no_undo_and_offers_no_menu(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    check_in_with_pin(kiosk)
    message = kiosk.widget("message")
    kiosk.qtbot.keyClicks(message, "call my son")
    assert message.isUndoAvailable()
    kiosk.remove()
    kiosk.wait_step(Step.NOTICE)
    # The next person must not bring the text back with Ctrl+Z or the context menu's Undo.
    assert message.text() == ""
    assert not message.isUndoAvailable()
    kiosk.qtbot.keyClick(message, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert message.text() == ""
    for field in kiosk.window.findChildren(QLineEdit):
        if field.echoMode() == QLineEdit.EchoMode.Normal and field.objectName() in (
            "message",
            "user_id",
        ):
            assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    staff_fields = [kiosk.window.staff_login.password, kiosk.window.staff_login.repeat]
    staff_fields.append(kiosk.window.settings_screen.api_token)
    for field in staff_fields:
        assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_card_is_released_right_after_the_read(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    check_in_with_pin(kiosk)
    # On the confirm screen the card is powered down: nothing stays verified on it.
    kiosk.qtbot.waitUntil(lambda: kiosk.app.host._session is None)
    assert not kiosk.cards.reader.card._verified


def test_read_without_a_card_session_sends_no_secret(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    host = kiosk.app.host
    kiosk.qtbot.waitUntil(lambda: kiosk.app.card_worker.idle)
    host.card_worker.call(host._close_session, 5)
    before = kiosk.cards.reader.card.apdu_count
    secret = Secret("1234")
    with pytest.raises(NoCardError):
        host.card_worker.call(lambda: host._read(SecretKind.PIN, secret), 5)
    assert secret.wiped
    assert kiosk.cards.reader.card.apdu_count == before  # no VERIFY, nothing at all
    assert kiosk.cards.reader.card.counters()["pin_tries_left"] == 3


def test_host_stop_gives_up_on_a_stuck_card_reader(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    stuck = threading.Event()
    release = threading.Event()

    def transmit_that_never_returns() -> None:
        stuck.set()
        release.wait(30)

    kiosk.app.card_worker.submit(transmit_that_never_returns, lambda _outcome: None)
    assert stuck.wait(5)
    started = time.monotonic()
    kiosk.app.host.stop(timeout_s=0.2)
    assert kiosk.app.card_worker.shutdown(timeout_s=0.2) is False
    assert time.monotonic() - started < 3
    release.set()


def test_western_two_digit_year_uses_the_kiosk_clock(make_kiosk: Any) -> None:
    kiosk = make_kiosk(clock=FakeClock(datetime(2020, 6, 1, tzinfo=UTC)))
    screen = kiosk.window.screen_for(Step.ENTER_CODE_B)
    screen.era_buttons["western"].setChecked(True)
    screen.fields["birth"].digits[:] = list("250101")
    # By the system date (2026 and later) "25" would be 2025; on this kiosk it is 2020.
    assert screen._birth_date() == date(1925, 1, 1)
