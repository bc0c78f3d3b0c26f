"""kiosk.dates: a date in each language's own form (issue 10 point 10)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk import dates, languages

DAY = date(1980, 2, 17)
GANNEN = date(2019, 5, 1)


@pytest.mark.parametrize(
    ("language", "western", "era"),
    [
        ("en", "17 February 1980", "昭和55年2月17日"),
        ("ja", "1980年2月17日", "昭和55年2月17日"),
        ("ja_easy", "1980年2月17日", "昭和55年2月17日"),
        ("zh_CN", "1980年2月17日", "昭和55年2月17日"),
        ("ko", "1980년 2월 17일", "昭和55年2月17日"),
        ("vi", "17 tháng 2 năm 1980", "昭和55年2月17日"),
        ("pt_BR", "17 de fevereiro de 1980", "昭和55年2月17日"),
    ],
)
def test_every_language_has_its_own_form(language: str, western: str, era: str) -> None:
    assert dates.format_date(DAY, language) == western
    # The era form is the card's own writing, the same in every language.
    assert dates.format_date(DAY, language, japanese_era=True) == era


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "1 May 2019"),
        ("ja", "2019年5月1日"),
        ("zh_CN", "2019年5月1日"),
        ("ko", "2019년 5월 1일"),
        ("vi", "1 tháng 5 năm 2019"),
        ("pt_BR", "1 de maio de 2019"),
    ],
)
def test_single_digit_days_and_months(language: str, text: str) -> None:
    assert dates.format_date(GANNEN, language) == text


def test_every_month_name() -> None:
    months_en = [dates.format_date(date(2000, m, 1), "en").split()[1] for m in range(1, 13)]
    assert months_en[0] == "January" and months_en[11] == "December"
    assert len(set(months_en)) == 12
    months_pt = [dates.format_date(date(2000, m, 1), "pt_BR").split()[2] for m in range(1, 13)]
    assert months_pt[2] == "março" and len(set(months_pt)) == 12


def test_every_registered_language_is_covered() -> None:
    for code in languages.CODES:
        assert dates.format_date(DAY, code)


def test_era_boundaries_and_gannen() -> None:
    assert dates.format_date(GANNEN, "ja", japanese_era=True) == "令和元年5月1日"
    assert dates.format_date(date(1989, 1, 7), "en", japanese_era=True) == "昭和64年1月7日"


def test_before_meiji_falls_back_to_the_western_form() -> None:
    assert dates.format_date(date(1850, 1, 1), "ja", japanese_era=True) == "1850年1月1日"
    assert dates.format_date(date(1850, 1, 1), "en", japanese_era=True) == "1 January 1850"


def test_unknown_language_is_a_typed_error() -> None:
    with pytest.raises(languages.UnknownLanguageError):
        dates.format_date(DAY, "xx")
