"""Every language is complete: no missing, unfinished or obsolete message in any .ts, the
placeholders match, the compiled catalogues load, and the app really shows them."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.settings import LANGUAGES
from kiosk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def ts_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(build.ts_path(language))
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_every_language_has_a_ts_file() -> None:
    assert set(build.LANGUAGES) == set(LANGUAGES) == set(i18n.LANGUAGE_CODES)
    for language in LANGUAGES:
        assert build.ts_path(language).is_file(), language


def test_sources_are_found() -> None:
    sources = build.extract_sources()
    assert len(sources) > 150
    assert ("Idle", "Please place your card on the reader") in sources
    assert ("Notice", "This card is locked") in sources  # QT_TRANSLATE_NOOP tables


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_is_complete_and_current(language: str) -> None:
    sources = set(build.extract_sources())
    messages = ts_messages(language)
    missing = sources - set(messages)
    obsolete = set(messages) - sources
    assert not missing, f"{language}: {len(missing)} messages missing; run --update"
    assert not obsolete, f"{language}: {len(obsolete)} obsolete messages; run --update"
    unfinished = [
        key
        for key, translation in messages.items()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert not unfinished, f"{language}: {len(unfinished)} unfinished, e.g. {unfinished[:3]}"
    wrong_placeholders = [
        key
        for key, translation in messages.items()
        if set(PLACEHOLDER.findall(key[1])) != set(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert not wrong_placeholders, f"{language}: placeholders differ in {wrong_placeholders}"


def test_ts_files_match_the_catalogue() -> None:
    assert build.check() == 0


def test_detects_an_unfinished_entry(tmp_path: Path) -> None:
    entries = {("Ctx", "Hello"): {}}
    text = build.render_ts("ko", entries)
    assert 'type="unfinished"' in text


def test_compiled_catalogues_load_and_translate(tmp_path: Path) -> None:
    built = build.compile_all(tmp_path)
    assert len(built) == len(LANGUAGES)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kiosk_ko.qm"))
    assert (
        translator.translate("Idle", "Please place your card on the reader")
        == "카드를 리더기 위에 올려 주세요"
    )


def test_switcher_installs_the_language(qapp: Any) -> None:
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        switcher.switch("pt_BR")
        assert QCoreApplication.translate("Common", "Cancel") == "Cancelar"
        switcher.switch("ja_easy")
        assert QCoreApplication.translate("Common", "Back") == "もどる"
        switcher.switch(i18n.PSEUDO)
        stretched = QCoreApplication.translate("Status", "{count} waiting")
        assert "{count}" in stretched
        assert len(stretched) >= len("{count} waiting") * 1.3
    finally:
        switcher.clear()
    assert QCoreApplication.translate("Common", "Back") == "Back"


def test_main_module_imports_no_qt_for_the_self_test() -> None:
    code = (
        "import sys, kiosk.__main__ as m; print(any(n.startswith('PySide6') for n in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"
