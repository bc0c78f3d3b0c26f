"""The driver's licence decoders against byte vectors written by hand from the published
specification's field tables (警察庁「運転免許証及び運転免許証作成システム等仕様書」, v007-009:
MF/EF01 共通データ要素, MF/EF02 暗証番号設定, DF1/EF01 記載事項(本籍除く), 880 bytes), not
from the project's emulator.

The layout, as the specification's table gives it (also idcards.md §4.1 and the readers built on
it, e.g. soft-studio NFC_DriversLicenseReader ``parse_tag``): 1-byte tags ``11``-``33`` in this
order, each with a 1-byte length (or ``82 hh ll``); text in JIS X 0208 (2 bytes per character,
row/cell 21-7E; ``FF F1``-``FF F7`` 外字, ``FF FA`` 欠字), dates in JIS X 0201 as 7 digits: the
元号 code (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和) + YYMMDD; a licence class not held is the
元号 code + ``000000``. The JIS X 0208 bytes below were written out from the JIS code table
(e.g. 山 = 3B33, 田 = 4544, U+3000 = 2121, － = 215D, ２ = 2332). All identities are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.cards.api import BadCardDataError
from kiosk.cards.licence import (
    decode_common_data,
    decode_matters,
    decode_pin_setting,
    parse_licence_date,
)
from kiosk.domain import CardType

TODAY = date(2026, 12, 4)


def _tlvs(*fields: str) -> bytes:
    return bytes.fromhex("".join(fields).replace(" ", ""))


#: DF1/EF01 of a licence: 山田　太郎, born 平成元年2月3日, 東京都千代田区霞が関２－１－２,
#: holding 普通 only; the file is 880 bytes, padded.
MATTERS_HEISEI = _tlvs(
    "11 01 33",  # JIS X 0208 制定年番号 (not used by the reader)
    "12 0A 3B33 4544 2121 4240 4F3A",  # 氏名 山田　太郎
    "13 0E 2564 255E 2540 2121 253F 256D 2526",  # 呼び名 ヤマダ　タロウ
    "14 00",  # 通称名 (none)
    "15 00",  # 統一氏名 (none)
    "16 07 34 30 31 30 32 30 33",  # 生年月日 4 010203 = 平成1年2月3日
    "17 1E 456C 357E 4554 4069 4265 4544 3668 3262 242C 3458 2332 215D 2331 215D 2332",
    "18 07 35 30 36 30 34 30 31",  # 交付年月日 令和6年4月1日
    "19 05 31 32 33 34 35",  # 照会番号
    "1A 04 4D25 4E49",  # 色区分 優良
    "1B 07 35 31 31 30 32 30 33",  # 有効期間の末日 令和11年2月3日
    "1C 06 3463 3640 4579",  # 条件1 眼鏡等
    "1D 00 1E 00 1F 00",  # 条件2-4
    "20 10 456C 357E 4554 3878 3042 3051 3077 3271",  # 東京都公安委員会
    "21 0C 33 30 31 32 33 34 35 36 37 38 39 30",  # 免許証の番号
    "22 07 35 30 30 30 30 30 30",  # 二・小・原: not held
    "23 07 35 30 30 30 30 30 30",  # 他: not held
    "24 07 35 30 30 30 30 30 30",  # 二種: not held
    "25 07 35 30 30 30 30 30 30",  # 大型: not held
    "26 07 34 32 30 30 34 30 31",  # 普通 平成20年4月1日
)
MATTERS_HEISEI += b"\xff" * (880 - len(MATTERS_HEISEI))

#: 〓橋　花子 (外字1 for the first character), born 昭和55年2月17日, the address with the
#: long length form ``82 00 22``; the reader stops after the address, in the middle of 18.
MATTERS_SHOWA_GAIJI = _tlvs(
    "11 01 33",
    "12 0A FFF1 3636 2121 3256 3B52",  # 氏名 〓橋　花子
    "13 00 14 00 15 00",
    "16 07 33 35 35 30 32 31 37",  # 生年月日 3 550217 = 昭和55年2月17日
    "17 82 00 22 4267 3A65 495C 4267 3A65 3B54 4B4C 3668 4366 4737 4567 2331 215D 2333"
    " 215D 2332 2330",  # 大阪府大阪市北区中之島１－３－２０
    "18 07 35 30",  # cut off here
)


def test_matters_vector_decodes_as_the_specification_says() -> None:
    assert len(MATTERS_HEISEI) == 880
    info = decode_matters(MATTERS_HEISEI, today=TODAY)
    assert info.card_type == CardType.DRIVER_LICENSE
    assert info.name == "山田\u3000太郎"
    assert info.birth_date == date(1989, 2, 3)
    assert info.address == "東京都千代田区霞が関２－１－２"
    assert info.sex is None  # the licence has no sex field
    assert not info.has_unreadable_chars


def test_external_characters_and_the_long_length_form() -> None:
    info = decode_matters(MATTERS_SHOWA_GAIJI, today=TODAY)
    assert info.name == "〓橋\u3000花子"
    assert info.has_unreadable_chars
    assert info.birth_date == date(1980, 2, 17)
    assert info.address == "大阪府大阪市北区中之島１－３－２０"


def test_the_record_cut_before_the_address_is_incomplete() -> None:
    cut = MATTERS_SHOWA_GAIJI.index(bytes.fromhex("17 82"))
    with pytest.raises(BadCardDataError, match="incomplete"):
        decode_matters(MATTERS_SHOWA_GAIJI[:cut], today=TODAY)


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("1450701", date(1912, 7, 1)),  # 明治45年
        ("2150101", date(1926, 1, 1)),  # 大正15年
        ("3640107", date(1989, 1, 7)),  # 昭和64年1月7日, the era's last day
        ("4010108", date(1989, 1, 8)),  # 平成元年1月8日, the era's first day
        ("5010501", date(2019, 5, 1)),  # 令和元年5月1日
    ],
)
def test_licence_dates_by_era_code(digits: str, expected: date) -> None:
    assert parse_licence_date(digits.encode("ascii")) == expected


@pytest.mark.parametrize(
    "digits",
    [
        "6010101",  # no 元号 code 6
        "0550217",  # nor 0
        "3640108",  # 昭和64年1月8日 is 平成元年
        "4320101",  # 平成32年 does not exist
        "5000000",  # the "class not held" value is no date
        "355021",  # 6 digits
        "3550217 ",
    ],
)
def test_impossible_licence_dates_are_bad_data(digits: str) -> None:
    with pytest.raises(BadCardDataError):
        parse_licence_date(digits.encode("ascii"))


def test_common_data_vector() -> None:
    """MF/EF01: 45 0B = spec version (3 chars JIS X 0201) + 交付年月日 + 有効期間の末日, both
    BCD YYYYMMDD; 46 02 = card manufacturer and crypto function identifiers (17 bytes)."""
    raw = _tlvs("45 0B 30 30 38 20 19 04 01 20 24 05 01", "46 02 01 01")
    assert len(raw) == 17
    common = decode_common_data(raw)
    assert common.spec_version == "008"
    assert common.issue_date == date(2019, 4, 1)
    assert common.expiry_date == date(2024, 5, 1)


def test_pin_setting_vector() -> None:
    """MF/EF02: 05 01 01 = the holder set a PIN; 05 01 00 = not set."""
    assert decode_pin_setting(bytes.fromhex("050101")) is True
    assert decode_pin_setting(bytes.fromhex("050100")) is False
    with pytest.raises(BadCardDataError):
        decode_pin_setting(bytes.fromhex("050102"))
