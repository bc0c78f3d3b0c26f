"""A date written the way each of the kiosk's languages writes it (Qt-free).

The kiosk shows one date of the person: the birth date on the era and confirmation screens.
Each language gets its usual long form, month names spelled out where the language does so,
no leading zeros:

==========  ==========================
en          17 February 1980
ja          1980年2月17日
ja_easy     1980年2月17日
zh_CN       1980年2月17日
ko          1980년 2월 17일
vi          17 tháng 2 năm 1980
pt_BR       17 de fevereiro de 1980
==========  ==========================

``japanese_era=True`` gives the Japanese era form (``昭和55年2月17日``, ``令和元年5月1日``) in
every language: it is what a Japanese national's card prints, and the person chose it to
compare with their card. A date before 明治 has no era form and is written the Western way.

Which calendar a language starts in is the language registry's
(:attr:`kiosk.languages.Language.default_calendar`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType

from kiosk import era, languages

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PT_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


def _cjk(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


#: The Western form of each language (code -> formatter).
FORMS: Mapping[str, Callable[[date], str]] = MappingProxyType(
    {
        "en": lambda d: f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}",
        "ja": _cjk,
        "ja_easy": _cjk,
        "zh_CN": _cjk,
        "ko": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
        "vi": lambda d: f"{d.day} tháng {d.month} năm {d.year}",
        "pt_BR": lambda d: f"{d.day} de {_PT_MONTHS[d.month - 1]} de {d.year}",
    }
)


def format_date(day: date, language: str, *, japanese_era: bool = False) -> str:
    """``day`` in ``language``'s own form, or in the Japanese era form.

    :class:`kiosk.languages.UnknownLanguageError` for a code the kiosk does not have; a
    registered language without a form here gets ISO 8601 (``1980-02-17``), never another
    language's form.
    """
    languages.get(language)  # a typed error for an unknown code
    if japanese_era:
        try:
            return era.format_japanese(day)
        except era.EraError:
            pass  # before 明治: there is no era form
    form = FORMS.get(language)
    return form(day) if form is not None else day.isoformat()
