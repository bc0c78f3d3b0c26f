"""Furigana markup (kiosk/furigana.py): parsing, plain and spoken forms, and the checks."""

from __future__ import annotations

import pytest

from kiosk import furigana
from kiosk.furigana import FuriganaError, Segment


def test_a_reading_covers_the_kanji_run_before_it() -> None:
    assert furigana.parse("画面《がめん》に さわらないと") == [
        Segment("画面", "がめん"),
        Segment("に さわらないと"),
    ]
    assert furigana.parse("お名前《なまえ》") == [Segment("お"), Segment("名前", "なまえ")]


def test_a_bar_marks_where_the_base_begins() -> None:
    assert furigana.parse("日本｜語《ご》") == [Segment("日本"), Segment("語", "ご")]


def test_plain_and_spoken_forms() -> None:
    text = "%n{x}件《けん》の 記録《きろく》は 読《よ》めません"
    assert furigana.plain(text) == "%n{x}件の 記録は 読めません"
    assert furigana.spoken(text) == "%n{x}けんの きろくは よめません"
    assert furigana.spoken("ひらがな だけ") == "ひらがな だけ"
    for mark in furigana.MARKS:
        assert mark not in furigana.spoken(text)


@pytest.mark.parametrize(
    "broken",
    ["画面《がめん", "画面がめん》", "《がめん》", "画面《》", "｜画面", "｜日｜本《にほん》"],
)
def test_broken_markup_is_a_typed_error(broken: str) -> None:
    with pytest.raises(FuriganaError):
        furigana.parse(broken)
    assert furigana.problems(broken)


def test_problems_name_what_is_wrong() -> None:
    assert furigana.problems("画面《がめん》に 人が います") == []  # 人 is basic
    assert furigana.problems("避難所に いきます") == ["kanji without a reading: 所避難"]
    assert furigana.problems("画面《gamen》") == ["reading 'gamen' is not kana only"]
    assert furigana.problems("｜カード《かーど》") == [
        "reading 'かーど' over 'カード', which has no kanji"
    ]
