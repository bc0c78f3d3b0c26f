"""Issue 10 point 13: the shelter says what comes next after a check-in and where its staff
are (settings ``shelter.after_checkin_text`` and ``shelter.staff_desk_text``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.cards.api import Secret, UnsupportedCardError
from kiosk.flow.contract import (
    Calendar,
    ConfirmInput,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Step,
)
from kiosk.flow.machine import FlowConfig
from kiosk.settings import InvalidSettingsError, Settings

from .helpers import make_driver, mynumber_status, read_ok

NEXT = "受付で毛布を受け取り、体育館の奥へお進みください。\n家族は2階の教室です。"
DESK = "職員は体育館入口の受付にいます。"


def test_defaults_are_empty_so_the_screens_show_their_translated_defaults() -> None:
    shelter = Settings().shelter
    assert shelter.after_checkin_text == "" and shelter.staff_desk_text == ""
    assert Settings().problems() == []


def test_texts_save_and_load_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings()
    settings.shelter.shelter_id = "S-1"
    settings.shelter.after_checkin_text = NEXT + ' "quoted" \\ back'
    settings.shelter.staff_desk_text = DESK
    settings_module.save(settings, path)
    loaded = settings_module.load(path)
    assert loaded.shelter.after_checkin_text == NEXT + ' "quoted" \\ back'
    assert loaded.shelter.staff_desk_text == DESK


@pytest.mark.parametrize("key", ["after_checkin_text", "staff_desk_text"])
@pytest.mark.parametrize(
    "value",
    ["x" * (settings_module.SHELTER_TEXT_MAX + 1), "bell\x07", "tab\tstop", "\u202eRLO"],
)
def test_unusable_texts_are_refused_with_their_key(key: str, value: str) -> None:
    settings = Settings()
    setattr(settings.shelter, key, value)
    problems = settings.problems()
    assert [(p.code, p.key) for p in problems] == [("invalid_value", f"shelter.{key}")]
    assert value not in problems[0].message  # the message never repeats the value
    with pytest.raises(InvalidSettingsError):
        settings_module.save(settings, Path("/nonexistent/never-written.toml"))
    # Loading such a file keeps the kiosk working: the value is back at its default.
    assert getattr(settings.with_invalid_values_reset().shelter, key) == ""


def test_config_and_view_carry_the_texts() -> None:
    settings = Settings()
    settings.shelter.after_checkin_text = NEXT
    settings.shelter.staff_desk_text = DESK
    config = FlowConfig.from_settings(settings, "v")
    assert config.after_checkin_text == NEXT and config.staff_desk_text == DESK


def test_the_result_and_the_notices_show_the_shelters_texts() -> None:
    d = make_driver(after_checkin_text=NEXT, staff_desk_text=DESK)
    assert d.flow.view.staff_desk_text == DESK
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    d(d.flow.agree())
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(None, token=d.last(LookUpOpenCheckIn).token))
    d(d.flow.choose_calendar(Calendar.WESTERN))
    d(d.flow.confirm(ConfirmInput()))
    d(d.flow.save_result(None, token=d.last(SaveEvent).token))
    view = d.flow.view
    assert view.step == Step.DONE
    assert view.after_checkin_text == NEXT and view.staff_desk_text == DESK
    d(d.flow.dismiss())
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(UnsupportedCardError()))
    view = d.flow.view
    assert view.notice == NoticeCode.UNSUPPORTED_CARD
    assert view.staff_desk_text == DESK
