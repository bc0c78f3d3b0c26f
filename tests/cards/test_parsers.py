"""Card-data parsers: known vectors, and property tests that every malformed input ends in a
correct parse or BadCardDataError (never another exception, a hang or a partial record)."""

from __future__ import annotations

import contextlib
from datetime import date
from functools import partial

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cards import ber, licence, mynumber
from kiosk.cards.api import BadCardDataError
from kiosk.cards.jis import decode_jisx0208, encode_jisx0208
from kiosk.cards.licence import decode_common_data, decode_pin_setting, parse_licence_date
from kiosk.cards.mynumber import basic_info_length
from kiosk.cards.virtual.emulator import basic_info_file, matters_file
from kiosk.cards.virtual.profile import CardProfile, sample
from kiosk.domain import BasicInfo, CardType, Sex

#: The date the decoders check birth dates against (the kiosk injects its clock's date).
TODAY = date(2026, 6, 1)
decode_basic_info = partial(mynumber.decode_basic_info, today=TODAY)
decode_matters = partial(licence.decode_matters, today=TODAY)

# EF 0002 of the JPKI test card, byte for byte (idcards.md §1.4, soltia48).
TEST_CARD_EF0002 = bytes.fromhex(
    "ff2065df2108000e002000590064"
    "df220fe9bb92e6a190e38080e5b9b9e4b99f"
    "df2336e69db1e4baace983bde6b885e780ace5b882e8a6b3e5b883e5ad90e58d97"
    "efbc91efbc92efbc8defbc97efbc8defbc92efbc90efbc92"
    "df24083139383030323137"
    "df250131"
)
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_test_card_vector_decodes() -> None:
    info = decode_basic_info(TEST_CARD_EF0002 + b"\xff" * 20)
    assert info.name == "黒桐　幹也"
    assert (info.family_name, info.given_name) == ("黒桐", "幹也")
    assert info.address == "東京都清瀬市観布子南１２－７－２０２"
    assert info.address_normalized == "東京都清瀬市観布子南12-7-202"
    assert info.birth_date == date(1980, 2, 17)
    assert (info.sex, info.sex_code) == (Sex.MALE, "1")
    assert info.card_type == CardType.MYNUMBER


def test_emulator_builds_the_test_card_byte_for_byte() -> None:
    assert basic_info_file(sample("jpki_test_card")).startswith(TEST_CARD_EF0002)


def test_stray_prefix_and_zero_padding() -> None:
    info = decode_basic_info(b"\x01\x02" + TEST_CARD_EF0002 + b"\x00" * 30)
    assert info.birth_date == date(1980, 2, 17)
    assert basic_info_length(b"\x01\x02" + TEST_CARD_EF0002) == len(TEST_CARD_EF0002) + 2


@pytest.mark.parametrize(
    ("code", "sex"),
    [
        ("1", Sex.MALE),
        ("2", Sex.FEMALE),
        ("9", Sex.NOT_APPLICABLE),
        ("3", Sex.UNKNOWN),
        ("0", Sex.UNKNOWN),
    ],
)
def test_sex_codes(code: str, sex: Sex) -> None:
    raw = basic_info_file(CardProfile(type="mynumber", sex=code))
    info = decode_basic_info(raw)
    assert (info.sex, info.sex_code) == (sex, code)


def test_mononym_has_no_split() -> None:
    info = decode_basic_info(basic_info_file(sample("mononym")))
    assert info.family_name is None and info.given_name is None


def test_offset_table_mismatch_is_bad_data() -> None:
    forged = bytearray(TEST_CARD_EF0002)
    forged[7] = 0x0F  # DF22 offset 0x000E -> 0x000F
    with pytest.raises(BadCardDataError):
        decode_basic_info(bytes(forged))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff" * 64,
        b"\x00" * 64,
        TEST_CARD_EF0002[:50],
        b"\xff\x20\x84\x00\x00\x00\x10",  # 4-byte length
        b"\xff\x20\x80\x00\x00",  # indefinite length
        b"\xff\x20\x82\xff\xff" + b"\x00" * 10,  # absurd length, truncated
        TEST_CARD_EF0002.replace(b"19800217", b"19800230"),  # 1980-02-30
        TEST_CARD_EF0002.replace(b"\xe9\xbb\x92", b"\xe9\xbb\xff"),  # invalid UTF-8
    ],
)
def test_malformed_ef0002_is_bad_data(raw: bytes) -> None:
    with pytest.raises(BadCardDataError):
        decode_basic_info(raw)


def _decoded_or_bad(decode: object, raw: bytes) -> object:
    assert callable(decode)
    try:
        return decode(raw)
    except BadCardDataError:
        return None


@FAST
@given(st.binary(max_size=400))
def test_ef0002_random_bytes(raw: bytes) -> None:
    result = _decoded_or_bad(decode_basic_info, raw)
    assert result is None or isinstance(result, BasicInfo)


@FAST
@given(st.data())
def test_ef0002_mutations(data: st.DataObject) -> None:
    raw = bytearray(TEST_CARD_EF0002 + b"\xff" * 8)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        pos = data.draw(st.integers(0, max(len(raw) - 1, 0)))
        if op == "flip" and raw:
            raw[pos] = data.draw(st.integers(0, 255))
        elif op == "cut":
            del raw[pos:]
        elif op == "insert":
            raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=4))
        elif raw:
            del raw[pos]
    result = _decoded_or_bad(decode_basic_info, bytes(raw))
    if result is not None:
        assert isinstance(result, BasicInfo)
        # A successful parse is a whole record: every field present and typed.
        assert result.name and result.address and isinstance(result.birth_date, date)


_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), min_size=1, max_size=120
).filter(lambda s: s.strip(" \u3000"))


@FAST
@given(
    _text,
    _text,
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.sampled_from(["1", "2", "9", "3"]),
)
def test_ef0002_round_trip(name: str, address: str, birth: date, sex: str) -> None:
    raw = basic_info_file(
        CardProfile(type="mynumber", name=name, address=address, birth_date=birth, sex=sex)
    )
    info = decode_basic_info(raw)
    assert (info.name, info.address, info.birth_date, info.sex_code) == (name, address, birth, sex)


@FAST
@given(st.binary(max_size=300))
def test_ber_parsers_random_bytes(raw: bytes) -> None:
    try:
        items = ber.parse_ber_sequence(raw)
    except BadCardDataError:
        items = []
    for item in items:
        if item.constructed:
            _decoded_or_bad(ber.Tlv.children, item)  # type: ignore[arg-type]
    with contextlib.suppress(BadCardDataError):
        ber.scan_simple_tlvs(raw)


def test_ber_long_tags_and_lengths() -> None:
    assert ber.parse_ber(b"\xdf\x21\x02\x00\x0e").tag == 0xDF21
    assert ber.parse_ber_header(b"\xff\x40\x82\x00\x9f").value_length == 159
    assert ber.parse_ber(b"\x04\x81\x01\xaa").value == b"\xaa"
    with pytest.raises(BadCardDataError):
        ber.parse_ber(b"\x1f\x81\x81\x81\x01\x00")  # tag too long
    scan = ber.scan_simple_tlvs(b"\x12\x04\x30\x21\x30\x22\x16\x07\x34")
    assert scan.truncated and [i.tag for i in scan.items] == [0x12]


# -- licence ------------------------------------------------------------------------------


def test_jis_round_trip_and_markers() -> None:
    assert decode_jisx0208(encode_jisx0208("山田　太郎")) == ("山田　太郎", False)
    assert decode_jisx0208(encode_jisx0208("２－１－２")) == ("２－１－２", False)
    assert decode_jisx0208(bytes.fromhex("3B33FFF1FFFA")) == ("山〓〓", True)
    for bad in (b"\x3b", b"\x80\x80", b"\x29\x21", b"\x3b\x7f"):
        with pytest.raises(BadCardDataError):
            decode_jisx0208(bad)


@FAST
@given(st.binary(max_size=80))
def test_jis_random_bytes(raw: bytes) -> None:
    result = _decoded_or_bad(decode_jisx0208, raw)
    if result is not None:
        text, _flag = result  # type: ignore[misc]
        assert len(text) == len(raw) // 2


def test_licence_matters_decode() -> None:
    info = decode_matters(matters_file(sample("licence")))
    assert info.card_type == CardType.DRIVER_LICENSE
    assert info.name == "山田　太郎" and info.family_name == "山田"
    assert info.address == "東京都千代田区霞が関２－１－２"
    assert info.birth_date == date(1975, 4, 1)
    assert info.sex is None and not info.has_unreadable_chars


def test_licence_gaiji_flagged() -> None:
    info = decode_matters(matters_file(sample("licence_gaiji")))
    assert info.name == "〓〓　淳" and info.has_unreadable_chars


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        (b"3550217", date(1980, 2, 17)),
        (b"5010501", date(2019, 5, 1)),
        (b"4310430", date(2019, 4, 30)),
    ],
)
def test_licence_dates(digits: bytes, expected: date) -> None:
    assert parse_licence_date(digits) == expected


@pytest.mark.parametrize(
    "digits", [b"4320101", b"6010101", b"0550217", b"355021", b"3550230", b"35502a7"]
)
def test_bad_licence_dates(digits: bytes) -> None:
    with pytest.raises(BadCardDataError):
        parse_licence_date(digits)


@FAST
@given(st.data())
def test_licence_matters_mutations(data: st.DataObject) -> None:
    raw = bytearray(matters_file(sample("licence"))[:200])
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(raw) - 1)) if raw else 0
        if raw and data.draw(st.booleans()):
            raw[pos] = data.draw(st.integers(0, 255))
        else:
            del raw[pos:]
    result = _decoded_or_bad(decode_matters, bytes(raw))
    assert result is None or isinstance(result, BasicInfo)


@FAST
@given(st.binary(max_size=300))
def test_licence_matters_random(raw: bytes) -> None:
    result = _decoded_or_bad(decode_matters, raw)
    assert result is None or isinstance(result, BasicInfo)


def test_common_data() -> None:
    raw = bytes.fromhex("450B303038202305012028061746020101")
    common = decode_common_data(raw)
    assert (common.spec_version, common.issue_date, common.expiry_date) == (
        "008",
        date(2023, 5, 1),
        date(2028, 6, 17),
    )
    with pytest.raises(BadCardDataError):
        decode_common_data(bytes.fromhex("450B3030382023050A20280617"))


@FAST
@given(st.binary(max_size=40))
def test_common_data_and_pin_setting_random(raw: bytes) -> None:
    _decoded_or_bad(decode_common_data, raw)
    result = _decoded_or_bad(decode_pin_setting, raw)
    assert result in (None, True, False)


def test_pin_setting() -> None:
    assert decode_pin_setting(b"\x05\x01\x01") is True
    assert decode_pin_setting(b"\x05\x01\x00") is False
    for bad in (b"", b"\x05\x01\x02", b"\x06\x01\x01", b"\x05\x02\x01"):
        with pytest.raises(BadCardDataError):
            decode_pin_setting(bad)
