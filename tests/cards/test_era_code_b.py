"""Era conversion (kiosk.era) and the 照合番号B builder."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import era as eras
from kiosk.cards.api import InvalidCodeBInputError, Secret
from kiosk.cards.code_b import build_code_b

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(1980, 2, 17), "昭和55年2月17日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1868, 1, 25), "明治元年1月25日"),
    ],
)
def test_format_japanese_on_boundaries(day: date, text: str) -> None:
    assert eras.format_japanese(day) == text


def test_format_western_and_era_year() -> None:
    assert eras.format_western(date(1980, 2, 17)) == "1980年2月17日"
    assert eras.format_era_year(date(2019, 5, 1)) == "令和元年"


def test_before_meiji_is_rejected() -> None:
    with pytest.raises(eras.EraError):
        eras.era_of(date(1868, 1, 24))


@pytest.mark.parametrize(
    ("era", "y", "m", "d"),
    [
        (eras.HEISEI, 32, 1, 1),
        (eras.HEISEI, 31, 5, 1),
        (eras.SHOWA, 64, 1, 8),
        (eras.REIWA, 1, 4, 30),
        (eras.HEISEI, 1, 1, 7),
        (eras.SHOWA, 55, 2, 30),
        (eras.TAISHO, 0, 1, 1),
        (eras.MEIJI, 1, 1, 24),
    ],
)
def test_impossible_era_dates_are_rejected(era: eras.Era, y: int, m: int, d: int) -> None:
    with pytest.raises(eras.EraError):
        eras.to_gregorian(era, y, m, d)


def test_max_era_years() -> None:
    assert [eras.max_era_year(e) for e in eras.ERAS] == [45, 15, 64, 31, None]


def test_lookup_by_name_and_licence_code() -> None:
    assert eras.era_by_name("昭和") is eras.SHOWA
    assert eras.era_by_name("reiwa") is eras.REIWA
    assert eras.era_by_licence_code(4) is eras.HEISEI
    with pytest.raises(eras.EraError):
        eras.era_by_licence_code(6)
    with pytest.raises(eras.EraError):
        eras.era_by_name("慶応")


def test_parse_era_yymmdd() -> None:
    assert eras.parse_era_yymmdd(eras.SHOWA, "550217") == date(1980, 2, 17)
    for bad in ("55021", "5502170", "55O217", "５５０２１７"):
        with pytest.raises(eras.EraError):
            eras.parse_era_yymmdd(eras.SHOWA, bad)


@settings(max_examples=300)
@given(st.dates(min_value=date(1868, 1, 25), max_value=date(2099, 12, 31)))
def test_round_trip_every_day(day: date) -> None:
    era, year = eras.era_year(day)
    assert eras.to_gregorian(era, year, day.month, day.day) == day
    assert eras.parse_era_yymmdd(era, eras.era_yymmdd(day)) == day
    # The day before an era's start belongs to the previous era.
    if day == era.start and era is not eras.MEIJI:
        prev = eras.era_of(day - timedelta(days=1))
        assert eras.ERAS.index(prev) == eras.ERAS.index(era) - 1


def _digits(secret: Secret) -> bytes:
    with secret.exposed() as digits:
        return bytes(digits)


def test_code_b_matches_the_card_verified_example() -> None:
    secret = build_code_b(date(1980, 2, 17), 2035, "2285", today=TODAY)
    assert _digits(secret) == b"55021720352285"


def test_code_b_gannen_and_boundaries() -> None:
    assert _digits(build_code_b(date(2019, 5, 1), 2029, "0001", today=TODAY)) == (b"01050120290001")
    assert _digits(build_code_b(date(2019, 4, 30), 2029, "0001", today=TODAY)) == (
        b"31043020290001"
    )
    assert _digits(build_code_b(date(1989, 1, 7), 2030, "9999", today=TODAY)) == (b"64010720309999")


def test_code_b_western_year_option() -> None:
    secret = build_code_b(date(1980, 2, 17), 2035, "2285", today=TODAY, western_year=True)
    assert _digits(secret) == b"80021720352285"


@pytest.mark.parametrize(
    ("birth", "expiry", "code"),
    [
        (date(1868, 1, 24), 2030, "1234"),
        (date(2026, 11, 23), 2030, "1234"),
        (date(1980, 2, 17), 2015, "1234"),
        (date(1980, 2, 17), 2101, "1234"),
        (date(1980, 2, 17), 2035, "123"),
        (date(1980, 2, 17), 2035, "12345"),
        (date(1980, 2, 17), 2035, "12a4"),
        (date(1980, 2, 17), 2035, "１２３４"),
        (date(2025, 1, 1), 2024, "1234"),
    ],
)
def test_code_b_rejects_impossible_input(birth: date, expiry: int, code: str) -> None:
    with pytest.raises(InvalidCodeBInputError) as info:
        build_code_b(birth, expiry, code, today=TODAY)
    assert info.value.code == "invalid_code_b"


def test_code_b_secret_never_shows_its_digits() -> None:
    secret = build_code_b(date(1980, 2, 17), 2035, "2285", today=TODAY)
    assert "5502" not in repr(secret) and "2285" not in str(secret)


# --- The 照合番号B birth date as typed: era (or Western) + YYMMDD (issue 9 point 8) ---------


@pytest.mark.parametrize(
    ("era", "digits", "today", "expected"),
    [
        (eras.SHOWA, "550217", TODAY, date(1980, 2, 17)),
        (eras.HEISEI, "010108", TODAY, date(1989, 1, 8)),
        (eras.REIWA, "010501", TODAY, date(2019, 5, 1)),
        (eras.TAISHO, "151224", TODAY, date(1926, 12, 24)),
        # Western, two digits: the latest century in which the whole date is not in the future.
        (None, "800217", TODAY, date(1980, 2, 17)),
        (None, "250101", TODAY, date(2025, 1, 1)),
        (None, "250101", date(2020, 6, 1), date(1925, 1, 1)),
        (None, "261122", TODAY, date(2026, 11, 22)),  # born today
        (None, "261123", TODAY, date(1926, 11, 23)),  # tomorrow this century: a centenarian
        (None, "000229", TODAY, date(2000, 2, 29)),
    ],
)
def test_code_b_birth_date_table(
    era: eras.Era | None, digits: str, today: date, expected: date
) -> None:
    assert eras.parse_code_b_birth_date(era, digits, today=today) == expected


@pytest.mark.parametrize(
    ("era", "digits"),
    [
        (eras.SHOWA, "640230"),  # 2月30日
        (eras.SHOWA, "640108"),  # after the end of 昭和
        (eras.HEISEI, "320101"),  # 平成32年 does not exist
        (eras.REIWA, "010430"),  # before the start of 令和
        (eras.REIWA, "200101"),  # in the future
        (eras.SHOWA, "000101"),  # year 0
        (None, "991301"),  # month 13
        (None, "010229"),  # 2001 was no leap year, nor 1901
        (eras.SHOWA, "5502"),  # too short
        (eras.SHOWA, "55021７"),  # full-width digit
        (None, "abcdef"),
    ],
)
def test_code_b_birth_date_rejects_impossible_input(era: eras.Era | None, digits: str) -> None:
    with pytest.raises(eras.EraError):
        eras.parse_code_b_birth_date(era, digits, today=TODAY)


@settings(max_examples=300, deadline=None)
@given(
    born=st.dates(min_value=date(1868, 1, 25), max_value=TODAY),
    western=st.booleans(),
)
def test_the_card_face_reader_and_the_builder_agree_on_the_printed_birth_digits(
    born: date, western: bool
) -> None:
    """idcards.md §2.1/§2.2a: 照合番号B starts with the birth date's YYMMDD *as printed*
    (confirmed on a card for era-printed dates: the era year, 元年 = 01). The camera reader's
    parse of the printed line, built by the card layer's builder, gives exactly the printed
    digits: the era year by default, the Western year's last two digits with ``western_year``
    (a Western-printed card: UNCONFIRMED which form the card holds, docs/camera.md)."""
    card_face = pytest.importorskip("kiosk.camera.card_face")
    printed = eras.format_western(born) if western else eras.format_japanese(born)
    parsed = card_face.parse_birth(printed.replace("年", "年 ", 1) + "生", TODAY)
    assert parsed is not None
    reading, calendar = parsed
    assert reading == born
    assert (calendar == card_face.Calendar.WESTERN) is western
    year = printed.split("年", 1)[0]
    year = year[-2:] if western else ("01" if year.endswith("元") else f"{int(year[2:]):02d}")
    expected = f"{year}{born.month:02d}{born.day:02d}".encode()
    secret = build_code_b(reading, 2035, "2285", today=TODAY, western_year=western)
    assert _digits(secret)[:6] == expected
