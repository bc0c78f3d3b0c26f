"""The page's own text table (not Qt .ts): complete in every kiosk language."""

from __future__ import annotations

import re

import pytest

from kiosk import furigana, languages
from kiosk.domain import Sex, SituationFlag
from kiosk.webreg.texts import ERA_NAMES, TEXTS, pick_language, text

_PLACEHOLDER = re.compile(r"\{(\w*)\}")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_is_in_every_language_with_the_same_placeholders(key: str) -> None:
    table = TEXTS[key]
    assert set(table) == set(languages.CODES)
    wanted = sorted(_PLACEHOLDER.findall(table["en"]))
    for code in languages.CODES:
        assert table[code].strip(), (key, code)
        assert sorted(_PLACEHOLDER.findall(table[code])) == wanted, (key, code)
        if code != "ja_easy":
            assert not furigana.has_ruby(table[code]), (key, code)


def test_easy_japanese_readings_are_well_formed() -> None:
    for key, table in TEXTS.items():
        assert furigana.problems(table["ja_easy"]) == [], key
    for names in ERA_NAMES.values():
        assert furigana.problems(names["ja_easy"]) == []


def test_every_choice_of_the_form_has_its_text() -> None:
    for sex in Sex:
        assert f"sex_{sex.value}" in TEXTS
    for flag in SituationFlag:
        assert f"flag_{flag.value}" in TEXTS


def test_placeholders_are_filled() -> None:
    assert text("err_too_long", "ja", n=100) == "長すぎます（100文字まで）。"
    assert text("err_too_long", "xx", n=5) == "Too long: at most 5 characters."


@pytest.mark.parametrize(
    ("asked", "accept", "expected"),
    [
        ("ko", "en", "ko"),
        (None, "pt-BR,pt;q=0.9", "pt_BR"),
        (None, "pt-PT", "pt_BR"),
        (None, "zh-TW,zh;q=0.8", "zh_CN"),
        (None, "fr-FR, vi;q=0.5", "vi"),
        (None, "en-US", "en"),
        ("nonsense", "", "ja"),
        (None, None, "ja"),
    ],
)
def test_the_page_language(asked: str | None, accept: str | None, expected: str) -> None:
    assert pick_language(asked, accept) == expected
