"""Issue 10 points 3, 4, 10, 11 and 13: what the evacuee screens say, rendered from views
(the real screens, in the source language; no card, no store)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from kiosk.clock import FakeClock
from kiosk.domain import CardType
from kiosk.flow.contract import Action, Calendar, FlowView, NoticeCode, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.ui import screens
from kiosk.ui.gallery import SAMPLE_INFO
from kiosk.ui.widgets import BigButton

#: The gallery's fictional holder (born 1980-02-17).
INFO = SAMPLE_INFO


class RecordingFlow:
    """A FlowInput that keeps what the screen sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []

    def send(self, method: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        self.sent.append((method, args))

    def today(self) -> date:
        return FakeClock().now().date()


def make(qtbot: Any, cls: type[screens.Screen], view: FlowView) -> tuple[Any, RecordingFlow]:
    flow = RecordingFlow()
    screen = cls(flow)
    qtbot.addWidget(screen)
    screen.show_view(view)
    return screen, flow


def shown_texts(screen: QWidget) -> str:
    """Every text a person can see on the screen (visible labels and buttons)."""
    out = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel):
            out.append(widget.text())
    return "\n".join(out)


def visible_buttons(screen: QWidget) -> set[str]:
    return {
        b.objectName()
        for b in screen.findChildren(BigButton)
        if b.isVisibleTo(screen) and b.objectName()
    }


# --- Point 11: one consent text per card type (and per action, point 3) ---------------------


def test_my_number_consent_lists_sex_and_says_the_my_number_is_not_read(qtbot: Any) -> None:
    view = FlowView(step=Step.CONSENT, card_type=CardType.MYNUMBER)
    screen, _ = make(qtbot, screens.ConsentScreen, view)
    text = shown_texts(screen)
    assert "name, address, birth date and sex" in text
    assert "My Number (12 digits)" in text


def test_licence_consent_lists_neither_sex_nor_my_number(qtbot: Any) -> None:
    view = FlowView(step=Step.CONSENT, card_type=CardType.DRIVER_LICENSE)
    screen, _ = make(qtbot, screens.ConsentScreen, view)
    text = shown_texts(screen)
    assert "name, address and birth date" in text
    assert "sex" not in text.lower() and "My Number" not in text
    assert "PIN is not saved" in text


def test_check_out_consent_says_what_a_check_out_records(qtbot: Any) -> None:
    view = FlowView(step=Step.CONSENT, card_type=CardType.MYNUMBER, action=Action.CHECK_OUT)
    screen, _ = make(qtbot, screens.ConsentScreen, view)
    text = shown_texts(screen)
    assert "record the time you leave" in text
    assert "safe in this shelter" not in text  # not the check-in purpose


# --- Point 3: check-out asks once, with the name, one way to stop ---------------------------


def test_check_out_question_shows_the_name_and_one_way_to_stop(qtbot: Any) -> None:
    view = FlowView(step=Step.CHECKOUT_OFFER, card_type=CardType.MYNUMBER, info=INFO)
    screen, flow = make(qtbot, screens.CheckoutOfferScreen, view)
    assert INFO.name in screen.title.text()
    assert visible_buttons(screen) == {"check_out", "stay"}
    screen.stay.click()
    screen.check_out.click()
    assert [m for m, _ in flow.sent] == [CheckInFlow.stay, CheckInFlow.check_out]
    screen.clear_personal_data()
    assert INFO.name not in shown_texts(screen)


# --- Point 4: a forgotten PIN ---------------------------------------------------------------


def test_wrong_pin_notice_offers_three_ways(qtbot: Any) -> None:
    view = FlowView(
        step=Step.NOTICE,
        notice=NoticeCode.WRONG_SECRET,
        tries_left=2,
        offer_code_b=True,
        offer_call_staff=True,
    )
    screen, flow = make(qtbot, screens.NoticeScreen, view)
    assert visible_buttons(screen) == {"use_code_b", "ask_staff", "ok"}
    assert "do not guess" in shown_texts(screen)
    screen.ask_staff.click()
    assert flow.sent == [(CheckInFlow.ask_staff, ())]


def test_asked_for_staff_notice_sends_to_staff_and_says_the_card_is_safe(qtbot: Any) -> None:
    view = FlowView(step=Step.NOTICE, notice=NoticeCode.ASKED_FOR_STAFF)
    screen, _ = make(qtbot, screens.NoticeScreen, view)
    text = shown_texts(screen)
    assert "your card is safe" in text and "Staff are at the desk" in text
    assert visible_buttons(screen) == {"ok"}


def test_licence_pin_screen_helps_people_who_never_knew_their_pin(qtbot: Any) -> None:
    view = FlowView(step=Step.ENTER_PIN, card_type=CardType.DRIVER_LICENSE, tries_left=3)
    screen, flow = make(qtbot, screens.PinScreen, view)
    assert "do not guess" in screen.explain.text()
    assert "no_pin_ask_staff" in visible_buttons(screen)
    assert "use_code_b" not in visible_buttons(screen)
    screen.no_pin.click()
    assert flow.sent == [(CheckInFlow.ask_staff, ())]


def test_my_number_pin_screen_offers_the_printed_number(qtbot: Any) -> None:
    view = FlowView(
        step=Step.ENTER_PIN, card_type=CardType.MYNUMBER, tries_left=3, code_b_available=True
    )
    screen, _ = make(qtbot, screens.PinScreen, view)
    assert "use_code_b" in visible_buttons(screen)
    assert "do not guess" not in screen.explain.text()


# --- Point 10: dates in the person's language ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "calendar", "shown"),
    [
        ("en", Calendar.WESTERN, "17 February 1980"),
        ("pt_BR", Calendar.WESTERN, "17 de fevereiro de 1980"),
        ("ko", Calendar.WESTERN, "1980년 2월 17일"),
        ("ja", Calendar.JAPANESE, "昭和55年2月17日"),
        ("en", Calendar.JAPANESE, "昭和55年2月17日"),
    ],
)
def test_confirm_screen_writes_the_birth_date_in_the_language(
    qtbot: Any, language: str, calendar: Calendar, shown: str
) -> None:
    view = FlowView(step=Step.CONFIRM, language=language, info=INFO, calendar=calendar)
    screen, _ = make(qtbot, screens.ConfirmScreen, view)
    assert screen.values["birth"].text() == shown


def test_era_choice_writes_the_western_date_in_the_language(qtbot: Any) -> None:
    view = FlowView(step=Step.ERA_CHOICE, language="vi", info=INFO)
    screen, _ = make(qtbot, screens.EraChoiceScreen, view)
    assert "17 tháng 2 năm 1980" in screen.western.text()
    assert "昭和55年2月17日" in screen.japanese.text()


# --- Point 13: messages that say what to do ------------------------------------------------


def test_impossible_printed_number_shows_a_notice_with_an_icon(qtbot: Any) -> None:
    view = FlowView(step=Step.ENTER_CODE_B, tries_left=10)
    screen, _ = make(qtbot, screens.CodeBScreen, view)
    notice = getattr(screen, "error", None)
    assert isinstance(notice, QFrame) and notice.objectName() == "warning"  # the notice panel
    assert not notice.isVisibleTo(screen)
    screen.show_view(dataclasses.replace(view, notice=NoticeCode.INVALID_CODE_B))
    assert notice.isVisibleTo(screen)
    icon = screen.error_icon
    assert icon.isVisibleTo(screen) and notice.isAncestorOf(icon) and not icon.pixmap().isNull()
    text = screen.error_text.text()
    assert text.startswith("This date does not exist") and "type them again" in text
    assert notice.isAncestorOf(screen.error_text)


def test_done_screen_shows_a_next_step(qtbot: Any) -> None:
    view = FlowView(step=Step.DONE, recorded_action=Action.CHECK_IN, shelter_name="第一小")
    screen, _ = make(qtbot, screens.DoneScreen, view)
    assert screen.next_step.isVisibleTo(screen)
    assert screen.next_title.text() == "What to do next"
    assert "reception desk" in screen.next_text.text()  # the default
    own = "Blankets at the gym door. Families: classroom 2."
    screen.show_view(dataclasses.replace(view, after_checkin_text=own))
    assert screen.next_text.text() == own
    screen.show_view(dataclasses.replace(view, recorded_action=Action.CHECK_OUT))
    assert not screen.next_step.isVisibleTo(screen)


def test_staff_desk_line_is_the_shelters(qtbot: Any) -> None:
    view = FlowView(step=Step.NOTICE, notice=NoticeCode.LOCKED)
    screen, _ = make(qtbot, screens.NoticeScreen, view)
    assert screen.staff_text.text() == "Staff are at the desk near the entrance."
    screen.show_view(dataclasses.replace(view, staff_desk_text="職員は体育館の受付にいます。"))
    assert screen.staff_text.text() == "職員は体育館の受付にいます。"
