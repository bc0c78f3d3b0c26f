"""照合番号B: the My Number card's PIN-free secret, built from what is printed on the card.

Fourteen ASCII digits (idcards.md §2.1, confirmed on a card by soltia48):

====== ====================================================================================
 6     birth date as ``YYMMDD`` with YY the **Japanese-era** year (元年 = ``01``)
 4     the card's expiry year, Gregorian, as printed on the card (e.g. ``2035``)
 4     the security code printed under the photo (セキュリティコード; not the PIN)
====== ====================================================================================

Example: born 1980-02-17 (昭和55), card expires 2035, code 2285 -> ``55021720352285``.

The builder takes a real :class:`~datetime.date` so the era conversion happens here, once,
with the exact boundary days of :mod:`kiosk.era`. Foreign residents' cards print the birth
date in the Western calendar; whether their 照合番号B then uses the last two digits of the
Gregorian year is UNCONFIRMED (idcards.md §8.2), so it is offered behind ``western_year``.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.cards.api import InvalidCodeBInputError, Secret
from kiosk.era import EraError, check_birth_date, era_yymmdd

#: The first My Number cards were issued in 2016; the longest validity is 10 years after the
#: 20th birthday. Anything outside this window was mistyped.
EXPIRY_YEAR_MIN = 2016
EXPIRY_YEAR_MAX = 2100


def build_code_b(
    birth_date: date,
    expiry_year: int,
    security_code: str,
    *,
    today: date | None = None,
    western_year: bool = False,
) -> Secret:
    """The 14-digit 照合番号B as a :class:`Secret`; InvalidCodeBInputError if impossible.

    ``today`` (default: the system date) rejects birth dates in the future. Arguments of the
    wrong type (a ``datetime``, a year as text) are InvalidCodeBInputError too.
    """
    if not _is_date(birth_date) or (today is not None and not _is_date(today)):
        raise InvalidCodeBInputError("the birth date must be a date")
    if not isinstance(expiry_year, int) or isinstance(expiry_year, bool):
        raise InvalidCodeBInputError("the card expiry year must be a number")
    if not isinstance(security_code, str):
        raise InvalidCodeBInputError("the security code is four digits")
    try:
        check_birth_date(birth_date, today or date.today())
    except EraError as exc:
        raise InvalidCodeBInputError(str(exc)) from exc
    if not EXPIRY_YEAR_MIN <= expiry_year <= EXPIRY_YEAR_MAX:
        raise InvalidCodeBInputError("card expiry year out of range")
    if expiry_year < birth_date.year:
        raise InvalidCodeBInputError("card expires before the holder was born")
    if len(security_code) != 4 or not security_code.isascii() or not security_code.isdigit():
        raise InvalidCodeBInputError("the security code is four digits")
    if western_year:
        yymmdd = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}"
    else:
        try:
            yymmdd = era_yymmdd(birth_date)
        except EraError as exc:
            raise InvalidCodeBInputError("birth date has no two-digit era year") from exc
    return Secret(f"{yymmdd}{expiry_year:04d}{security_code}")


def _is_date(value: object) -> bool:
    """A plain date: ``datetime`` is a subclass that cannot be compared with one."""
    return isinstance(value, date) and not isinstance(value, datetime)
