"""The language registry (kiosk/languages.py) is the only list of languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk import languages, settings
from kiosk.flow.contract import Calendar
from kiosk.speech import worker

ROOT = Path(__file__).resolve().parents[1]


def test_codes_are_unique_and_the_default_is_one_of_them() -> None:
    assert len(set(languages.CODES)) == len(languages.CODES) == 7
    assert languages.DEFAULT in languages.CODES
    assert languages.SOURCE in languages.CODES
    assert settings.LANGUAGES == languages.CODES


def test_every_language_has_a_translation_source_file() -> None:
    for lang in languages.LANGUAGES:
        assert (ROOT / "translations" / lang.ts_name).is_file(), lang.code


def test_phrase_breaking_languages() -> None:
    assert {lang.code for lang in languages.LANGUAGES if lang.phrase_breaks} == {"ja", "ja_easy"}


def test_default_calendars_are_flow_calendars() -> None:
    for lang in languages.LANGUAGES:
        assert Calendar(lang.default_calendar) in Calendar


def test_speech_reads_its_voices_from_the_registry() -> None:
    assert set(worker.VOICE_FALLBACK) == set(languages.CODES)
    for lang in languages.LANGUAGES:
        assert worker.VOICE_FALLBACK[lang.code] == lang.voice_tags


def test_unknown_code_is_a_typed_error() -> None:
    with pytest.raises(languages.UnknownLanguageError):
        languages.get("xx")
    assert languages.get_or_default("xx").code == languages.DEFAULT


#: A literal that lists two or more language codes, e.g. ("ja", "en", ...).
LIST_OF_CODES = re.compile(
    r"""["'](?:ja|en|zh_CN|ko|vi|pt_BR|ja_easy)["']\s*[,:]\s*[(\[]?\s*"""
    r"""["'](?:ja|en|zh_CN|ko|vi|pt_BR|ja_easy)["']"""
)


def test_no_other_language_list_in_the_code() -> None:
    places = [*sorted((ROOT / "kiosk").rglob("*.py")), *sorted((ROOT / "scripts").glob("*.py"))]
    places.append(ROOT / "kiosk.spec")
    found = [
        str(path.relative_to(ROOT))
        for path in places
        if path.name != "languages.py" and LIST_OF_CODES.search(path.read_text("utf-8"))
    ]
    assert found == [], f"language lists outside kiosk/languages.py: {found}"
