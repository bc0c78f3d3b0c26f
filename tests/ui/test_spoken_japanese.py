"""Japanese prompts on an engine that cannot read kanji (espeak-ng reads each one as the
English "Chinese letter") are spoken from the やさしい日本語 texts, every word in kana; on an
engine that reads kanji (SAPI5's Japanese voices) they are spoken as written."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kiosk.speech.worker import spoken_text
from kiosk.ui import i18n, texts
from tests.ui.helpers import every_prompt

pytestmark = pytest.mark.gui

KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


@pytest.fixture
def japanese_screen(qapp: Any) -> Any:
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.switch("ja")
    yield switcher
    switcher.clear()


def test_without_kanji_reading_japanese_is_spoken_in_kana(
    japanese_screen: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(texts, "reads_kanji", lambda: False)
    for prompt in every_prompt():
        text, language = texts.spoken_prompt(prompt, "ja")
        assert language == "ja_easy", prompt
        voiced = spoken_text(text, language)
        assert voiced.strip(), prompt
        assert not KANJI.search(voiced), (prompt, voiced)


def test_an_engine_that_reads_kanji_gets_the_japanese_as_shown(
    japanese_screen: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(texts, "reads_kanji", lambda: True)
    for prompt in every_prompt():
        assert texts.spoken_prompt(prompt, "ja") == (texts.prompt_text(prompt), "ja")


def test_other_languages_are_spoken_as_shown(
    japanese_screen: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(texts, "reads_kanji", lambda: False)
    prompt = every_prompt()[0]
    for language in ("en", "vi", "ja_easy", "pseudo"):
        assert texts.spoken_prompt(prompt, language)[1] == language
