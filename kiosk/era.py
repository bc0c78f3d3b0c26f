"""Japanese eras (元号) from 明治 to 令和: conversion both ways, validation, display.

Qt-free; the card layer (照合番号B, licence birth dates) and the UI's era screen use it.

Facts and decisions:

* An era's year 1 is written 元年 and runs from the era's first day to 31 December of that
  Gregorian year; year N of an era is Gregorian ``start.year + N - 1``.
* Boundary days are exact: 昭和64年1月7日 is the last day of 昭和, 1989-01-08 is 平成元年1月8日;
  平成31年4月30日 is followed by 令和元年5月1日.
* 明治 starts on 1868-01-25 (慶応4年1月1日, to which 明治 was applied retroactively): this is
  the common practice of conversion tables. Japan used the lunisolar calendar until
  明治5年12月2日; dates before 1873-01-01 are treated here as proleptic Gregorian dates. No
  living card holder has such a birth date, so this only matters for validation.
* A 2-digit era year (``YY`` in 照合番号B or in a licence's ``era digit + YYMMDD``) is
  ambiguous on its own: ``550217`` is 昭和55 but would be 平成55 if that era had lasted.
  Code that *builds* such strings starts from a real :class:`datetime.date`; code that
  *parses* them needs the era (the licence stores it as a digit 1-5).
* A date outside its era is rejected: 平成32年1月1日 and 昭和64年1月8日 do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class EraError(ValueError):
    """An era, era year or date that does not exist (bad input, not a bug)."""


@dataclass(frozen=True)
class Era:
    name: str
    romaji: str
    #: First day (inclusive) in the Gregorian calendar.
    start: date
    #: The driver's licence's era code (1 明治 … 5 令和).
    licence_code: int


MEIJI = Era("明治", "Meiji", date(1868, 1, 25), 1)
TAISHO = Era("大正", "Taisho", date(1912, 7, 30), 2)
SHOWA = Era("昭和", "Showa", date(1926, 12, 25), 3)
HEISEI = Era("平成", "Heisei", date(1989, 1, 8), 4)
REIWA = Era("令和", "Reiwa", date(2019, 5, 1), 5)

#: Oldest first.
ERAS: tuple[Era, ...] = (MEIJI, TAISHO, SHOWA, HEISEI, REIWA)


def era_end(era: Era) -> date | None:
    """The last day of ``era`` (inclusive), or None for the current era."""
    index = ERAS.index(era)
    if index + 1 < len(ERAS):
        return date.fromordinal(ERAS[index + 1].start.toordinal() - 1)
    return None


def era_by_name(name: str) -> Era:
    for era in ERAS:
        if name in (era.name, era.romaji, era.romaji.lower()):
            return era
    raise EraError("unknown era")


def era_by_licence_code(code: int) -> Era:
    for era in ERAS:
        if era.licence_code == code:
            return era
    raise EraError("unknown era code")


def era_of(day: date) -> Era:
    """The era ``day`` falls in; EraError before 明治."""
    for era in reversed(ERAS):
        if day >= era.start:
            return era
    raise EraError("date before the Meiji era")


def check_birth_date(day: date, today: date) -> None:
    """EraError unless ``day`` can be a living person's birth date: not before 明治 began,
    not after ``today`` (the caller's injected date). 9999-12-31 would print as 令和7981年."""
    if day < MEIJI.start:
        raise EraError("birth date before the Meiji era")
    if day > today:
        raise EraError("birth date in the future")


def era_year(day: date) -> tuple[Era, int]:
    """(era, year of era) of ``day``: 1989-01-08 -> (平成, 1)."""
    era = era_of(day)
    return era, day.year - era.start.year + 1


def max_era_year(era: Era) -> int | None:
    """Last valid year of ``era`` (明治45, 大正15, 昭和64, 平成31), None for the current era."""
    end = era_end(era)
    return None if end is None else end.year - era.start.year + 1


def to_gregorian(era: Era, year: int, month: int, day: int) -> date:
    """The Gregorian date of ``era`` ``year``年``month``月``day``日, validated.

    Raises EraError for impossible dates (平成32年, 昭和64年1月8日, 令和元年4月30日, 2月30日).
    """
    if year < 1:
        raise EraError("era year must be 1 or more")
    try:
        result = date(era.start.year + year - 1, month, day)
    except ValueError as exc:
        raise EraError("no such day") from exc
    if result < era.start:
        raise EraError("date before the start of the era")
    end = era_end(era)
    if end is not None and result > end:
        raise EraError("date after the end of the era")
    return result


def _year_text(year: int) -> str:
    return "元" if year == 1 else str(year)


def format_japanese(day: date) -> str:
    """``昭和55年2月17日``; ``令和元年5月1日`` for year 1."""
    era, year = era_year(day)
    return f"{era.name}{_year_text(year)}年{day.month}月{day.day}日"


def format_era_year(day: date) -> str:
    """``昭和55年``: the era year alone, for the era-conversion screen."""
    era, year = era_year(day)
    return f"{era.name}{_year_text(year)}年"


def format_western(day: date) -> str:
    """``1980年2月17日``: the Gregorian date written the Japanese way."""
    return f"{day.year}年{day.month}月{day.day}日"


def era_yymmdd(day: date) -> str:
    """``YYMMDD`` with YY the 2-digit era year (``01`` for 元年): 1980-02-17 -> 550217."""
    _era, year = era_year(day)
    if year > 99:
        raise EraError("era year does not fit in two digits")
    return f"{year:02d}{day.month:02d}{day.day:02d}"


def parse_era_yymmdd(era: Era, digits: str) -> date:
    """The date for ``era`` + ``YYMMDD`` (e.g. a licence birth date after its era digit)."""
    if len(digits) != 6 or not digits.isascii() or not digits.isdigit():
        raise EraError("expected six digits YYMMDD")
    return to_gregorian(era, int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))


def parse_code_b_birth_date(era: Era | None, digits: str, *, today: date) -> date:
    """The birth date typed for 照合番号B: ``era`` + ``YYMMDD``, or ``era=None`` for a
    two-digit Western year.

    A two-digit Western year takes the latest century in which the whole date is not after
    ``today`` (the kiosk clock's date): on 2026-11-22 ``261122`` is 2026, ``261123`` is 1926.
    Era dates are validated by :func:`to_gregorian`; every result by
    :func:`check_birth_date`. EraError for anything impossible (never a bare ValueError).
    """
    if len(digits) != 6 or not digits.isascii() or not digits.isdigit():
        raise EraError("expected six digits YYMMDD")
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    result: date | None
    if era is not None:
        result = to_gregorian(era, yy, mm, dd)
    else:
        century = today.year - today.year % 100
        result = _western_day(century + yy, mm, dd)
        if result is None or result > today:
            result = _western_day(century - 100 + yy, mm, dd)
    if result is None:
        raise EraError("no such day")
    check_birth_date(result, today)
    return result


def _western_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
