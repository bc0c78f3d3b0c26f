"""The form's validation (pure logic)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain import Sex, SituationFlag
from kiosk.webreg.form import FieldError, FormValues, validate

TODAY = date(2026, 12, 4)
GOOD = {
    "name": ["試験　花子"],
    "address": ["試験町1-2-3"],
    "birth_date": ["1984-05-06"],
    "consent": ["yes"],
}


def _values(**changes: str | list[str]) -> FormValues:
    fields = dict(GOOD)
    for key, value in changes.items():
        fields[key] = value if isinstance(value, list) else [value]
    return FormValues.from_fields(fields)


def test_a_minimal_form_is_valid() -> None:
    registration, errors = validate(_values(), today=TODAY)
    assert errors == {}
    assert registration is not None
    person = registration.person
    assert (person.name, person.address) == ("試験　花子", "試験町1-2-3")
    assert person.birth_date == date(1984, 5, 6)
    assert person.sex is None and person.phone == "" and person.message_to_staff == ""
    assert registration.situation == frozenset()


def test_everything_at_once() -> None:
    registration, _ = validate(
        _values(
            sex="not_applicable",
            phone="０９０ー１２３４ー５６７８",
            flag=["injured", "pregnant", "not-a-flag"],
            message="  line one\r\nline two  ",
            reading="しけん",
        ),
        today=TODAY,
    )
    assert registration is not None
    assert registration.person.sex is Sex.NOT_APPLICABLE
    assert registration.person.phone == "090-1234-5678"
    assert registration.situation == {SituationFlag.INJURED, SituationFlag.PREGNANT}
    assert registration.person.message_to_staff == "line one\nline two"
    assert registration.person.reading == "しけん"  # its own field, not in the message


@pytest.mark.parametrize(
    ("era", "year", "month", "day", "expected"),
    [
        ("showa", "59", "5", "6", date(1984, 5, 6)),
        ("heisei", "１", "１", "８", date(1989, 1, 8)),
        ("reiwa", "1", "5", "1", date(2019, 5, 1)),
        ("taisho", "15", "12", "24", date(1926, 12, 24)),
    ],
)
def test_a_japanese_calendar_date(
    era: str, year: str, month: str, day: str, expected: date
) -> None:
    values = _values(birth_date="", era=era, era_year=year, era_month=month, era_day=day)
    registration, errors = validate(values, today=TODAY)
    assert errors == {}
    assert registration is not None and registration.person.birth_date == expected


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"name": "  "}, "name", FieldError("err_required")),
        ({"name": "x" * 101}, "name", FieldError("err_too_long", 100)),
        ({"name": "a\u202eb"}, "name", FieldError("err_text")),
        ({"address": ""}, "address", FieldError("err_required")),
        ({"message": "a\x00b"}, "message", FieldError("err_text")),
        ({"phone": "call me"}, "phone", FieldError("err_phone")),
        ({"phone": "1" * 31}, "phone", FieldError("err_too_long", 30)),
        ({"sex": "robot"}, "sex", FieldError("err_choice")),
        ({"birth_date": ""}, "birth_date", FieldError("err_required")),
        ({"birth_date": "2026-12-05"}, "birth_date", FieldError("err_date")),
        ({"birth_date": "1899-01-01"}, "birth_date", FieldError("err_date")),
        ({"birth_date": "1984-02-30"}, "birth_date", FieldError("err_date")),
        (
            {"birth_date": "", "era": "heisei", "era_year": "32", "era_month": "1", "era_day": "1"},
            "birth_date",
            FieldError("err_date"),
        ),
        (
            {"birth_date": "", "era": "showa", "era_year": "64", "era_month": "1", "era_day": "8"},
            "birth_date",
            FieldError("err_date"),
        ),
        (
            {"era": "showa", "era_year": "60", "era_month": "5", "era_day": "6"},
            "birth_date",
            FieldError("err_date_conflict"),
        ),
        ({"consent": "no"}, "consent", FieldError("err_consent")),
    ],
)
def test_errors(changes: dict[str, str], field: str, error: FieldError) -> None:
    registration, errors = validate(_values(**changes), today=TODAY)
    assert registration is None
    assert errors == {field: error}


def test_the_same_date_in_both_calendars_is_fine() -> None:
    values = _values(era="showa", era_year="59", era_month="5", era_day="6")
    registration, errors = validate(values, today=TODAY)
    assert errors == {} and registration is not None


def test_values_never_show_in_repr() -> None:
    values = _values()
    registration, _ = validate(values, today=TODAY)
    assert "試験" not in repr(values) + str(values) + repr(registration)
