"""The .ts files are the authority: every text of the code is in them (found by lupdate and,
independently, by reading the code), every language is finished, placeholders and plural
forms match, the compiled catalogues load, and the app really shows them. Each check is
also run on a broken copy to show that it can fail."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import furigana, languages
from kiosk.settings import LANGUAGES
from kiosk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def load_tool() -> ModuleType:
    name = "kiosk_translations_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tool = load_tool()


# --- the code's texts, read without lupdate ---------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def code_texts(code: Path = ROOT / "kiosk") -> Iterator[tuple[str, str, bool, str]]:
    """(context, source, plural, where) of every translated literal in the code:
    ``translate("C", "text"[, comment[, n]])``, ``QT_TRANSLATE_NOOP("C", "text")`` and
    ``C.tr("text"[, comment[, n]])`` on a :class:`kiosk.ui.i18n.Context` named C."""
    for path in sorted(code.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(code.parent)}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and source is not None:
                    yield context, source, len(node.args) >= 4 or _has_n(node), where
            elif name == "tr" and isinstance(func, ast.Attribute) and node.args:
                source = _literal(node.args[0])
                owner = func.value
                if source is not None and isinstance(owner, ast.Name):
                    yield owner.id, source, len(node.args) >= 3 or _has_n(node), where
                elif source is not None:
                    yield "", source, False, where  # self.tr(): see the test below


def _has_n(node: ast.Call) -> bool:
    return any(keyword.arg == "n" for keyword in node.keywords)


def ts_index(code: str) -> dict[tuple[str, str], Any]:
    ts = tool.read_ts(tool.ts_path(code))
    return {(context, message.source): message for context, message in ts.messages()}


# --- the tests ---------------------------------------------------------------------------------


def test_every_language_has_a_ts_file() -> None:
    assert LANGUAGES == languages.CODES == i18n.LANGUAGE_CODES
    for code in languages.CODES:
        assert tool.ts_path(code).is_file(), code
    assert not (ROOT / "translations" / "catalogue.py").exists(), "the .ts are the authority"


@pytest.mark.parametrize("code", languages.CODES)
def test_every_text_is_finished_with_matching_placeholders(code: str) -> None:
    found = tool.problems(tool.read_ts(tool.ts_path(code)), code)
    assert not found, f"{len(found)} problems, e.g. {found[:5]}; see translations/README.md"


def test_easy_japanese_readings_are_well_formed() -> None:
    """やさしい日本語 keeps basic kanji with their readings (kiosk/furigana.py): every text
    parses, the marks balance, readings are kana, a kanji outside the basic list has one."""
    found = []
    for context, message in tool.read_ts(tool.ts_path("ja_easy")).messages():
        for form in message.forms:
            found += [f"[{context}] {message.source!r}: {p}" for p in furigana.problems(form)]
    assert not found, f"{len(found)} problems, e.g. {found[:5]}"


def test_easy_japanese_check_can_fail(tmp_path: Path) -> None:
    ts = tool.TsFile("ja_JP")
    ts.contexts["C"] = [tool.Message("Shelter", forms=["避難所に 行《い》く"], finished=True)]
    path = tmp_path / "kiosk_ja_easy.ts"
    tool.write_ts(path, ts)
    (message,) = [m for _, m in tool.read_ts(path).messages()]
    assert furigana.problems(message.forms[0]) == ["kanji without a reading: 所避難"]


def test_ts_files_are_what_lupdate_makes_of_the_code() -> None:
    stale = tool.stale_languages()
    assert not stale, f"{stale}: run scripts/translations.py extract"


def test_every_translated_literal_in_the_code_is_in_the_ts() -> None:
    """Read without lupdate: lupdate silently skips a translate() whose count is an
    expression, and takes the first argument of a tr() outside a class for the text."""
    english = ts_index(languages.SOURCE)
    texts = list(code_texts())
    assert len(texts) > 150
    missing = [(c, s, where) for c, s, _, where in texts if (c, s) not in english]
    assert not missing, f"not in the .ts (or lupdate cannot read the call): {missing[:5]}"
    wrong_kind = [
        (c, s, where) for c, s, plural, where in texts if english[(c, s)].numerus != plural
    ]
    assert not wrong_kind, f"a count passed, but not a plural in the .ts: {wrong_kind[:5]}"


def test_contexts_are_named_as_their_variables() -> None:
    """``Status = Context("Status")``: lupdate takes the context from the variable's name."""
    wrong = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            func = node.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name != "Context" or not node.value.args:
                continue
            target = node.targets[0]
            if not (isinstance(target, ast.Name) and target.id == _literal(node.value.args[0])):
                wrong.append(f"{path.name}:{node.lineno}")
    assert not wrong, wrong


def test_the_code_reader_finds_what_lupdate_misses(tmp_path: Path) -> None:
    code = tmp_path / "kiosk"
    code.mkdir()
    (code / "screen.py").write_text(
        "from kiosk.ui.i18n import Context\n"
        'Status = Context("Status")\n'
        "def f(view):\n"
        '    a = QCoreApplication.translate("C", "%n dropped", "", view.count)\n'
        '    b = Status.tr("%n need staff", "", view.count)\n'
        '    c = QCoreApplication.translate("C", "Plain")\n',
        encoding="utf-8",
    )
    found = {(c, s, plural) for c, s, plural, _ in code_texts(code)}
    assert found == {
        ("C", "%n dropped", True),
        ("Status", "%n need staff", True),
        ("C", "Plain", False),
    }
    ts = tmp_path / "kiosk_en.ts"
    tool.lupdate([ts], code)
    extracted = {(c, m.source, m.numerus) for c, m in tool.read_ts(ts).messages()}
    assert extracted == {("Status", "%n need staff", True), ("C", "Plain", False)}


def test_problems_are_found(tmp_path: Path) -> None:
    ts = tool.TsFile("pt_BR")
    ts.contexts["C"] = [
        tool.Message("Fine {name}", forms=["Bem {name}"], finished=True),
        tool.Message("New", forms=[""], finished=False),
        tool.Message("Hello {name}", forms=["Olá {nome}"], finished=True),
        tool.Message("%1 of %2", forms=["%1 de"], finished=True),
        tool.Message("%n left", numerus=True, forms=["%n resta"], finished=True),
        tool.Message("%n gone", numerus=True, forms=["um", "%n {x}"], finished=True),
        tool.Message("Blank", forms=["  "], finished=True),
    ]
    path = tmp_path / "kiosk_pt_BR.ts"
    tool.write_ts(path, ts)
    found = tool.problems(tool.read_ts(path), "pt_BR")
    assert [line.split("'")[1] for line in found] == [
        "New",
        "Hello {name}",
        "%1 of %2",
        "%n left",
        "%n gone",
        "Blank",
    ]
    assert not tool.problems(tool.read_ts(path), "pt_BR")[:0]


def test_vanished_entries_are_unfinished(tmp_path: Path) -> None:
    path = tmp_path / "kiosk_ja.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ja_JP">'
        "<context><name>C</name><message><source>Old</source>"
        '<translation type="vanished">古い</translation></message></context></TS>',
        encoding="utf-8",
    )
    assert tool.problems(tool.read_ts(path), "ja") == ["ja [C] 'Old': unfinished"]


def test_the_files_are_written_as_lupdate_writes_them() -> None:
    for code in languages.CODES:
        text = tool.ts_path(code).read_text(encoding="utf-8")
        assert tool.render_ts(tool.read_ts(tool.ts_path(code))) == text, code


@pytest.fixture
def ts_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", folder, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(tool, "TRANSLATIONS", folder)
    return folder


def test_set_fills_every_language_and_missing_says_what_is_left(
    ts_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = tmp_path / "kiosk"
    shutil.copytree(ROOT / "kiosk", code, ignore=shutil.ignore_patterns("__pycache__"))
    (code / "extra.py").write_text(
        'X = QCoreApplication.translate("Extra", "A new text {name}")\n', encoding="utf-8"
    )
    tool.lupdate([tool.ts_path(c) for c in languages.CODES], code)
    assert tool.main(["missing"]) == 1
    listed = capsys.readouterr().out
    assert "ja [Extra] 'A new text {name}': unfinished" in listed
    assert "en [Extra]" not in listed  # English is its own translation
    assert (
        tool.main(
            ["set", "--context", "Extra", "--source", "A new text {name}", "ja=新しい {name}"]
        )
        == 0
    )
    assert tool.main(["set", "--context", "Extra", "--source", "Nope", "ja=x"]) == 2
    assert "write it in the code" in capsys.readouterr().err
    values = [
        "zh_CN=新 {name}",
        "ko=새 {name}",
        "vi=Mới {name}",
        "pt_BR=Novo {name}",
        "ja_easy={新|あたら}しい {name}",
    ]
    assert tool.main(["set", "--context", "Extra", "--source", "A new text {name}", *values]) == 0
    capsys.readouterr()
    tool.main(["missing"])
    assert "[Extra]" not in capsys.readouterr().out
    assert tool.read_ts(tool.ts_path("ko")).find("Extra", "A new text {name}").forms == [
        "새 {name}"
    ]
    assert tool.main(["set", "--context", "Extra", "--source", "A new text {name}", "xx=1"]) == 2


def test_plural_forms_are_set_one_per_form(ts_copy: Path, tmp_path: Path) -> None:
    code = tmp_path / "kiosk"
    code.mkdir()
    (code / "a.py").write_text('S = Context("S")\nS.tr("%n record", "", n)\n', encoding="utf-8")
    tool.lupdate([tool.ts_path("en"), tool.ts_path("ja")], code)
    message = tool.read_ts(tool.ts_path("en")).find("S", "%n record")
    assert message.numerus and not message.finished and len(message.forms) == 2
    with pytest.raises(tool.TranslationsError, match="2 value"):
        tool.set_translation("S", "%n record", {"en": ["%n records"]})
    tool.set_translation("S", "%n record", {"en": ["%n record", "%n records"], "ja": ["%n件"]})
    assert tool.problems(tool.read_ts(tool.ts_path("en")), "en") == []
    assert tool.read_ts(tool.ts_path("ja")).find("S", "%n record").forms == ["%n件"]


def test_review_page_shows_every_language(ts_copy: Path) -> None:
    page = tool.review_html()
    for lang in languages.LANGUAGES:
        assert lang.native_name in page
    assert "カードを読み取り機に置いてください" in page
    assert "<ruby>避難所<rt>ひなんじょ</rt></ruby>" in page  # やさしい日本語 with its readings


def test_compiled_catalogues_load_translate_and_count(tmp_path: Path) -> None:
    built = tool.compile_all(tmp_path)
    assert [path.name for path in built] == [lang.qm_name for lang in languages.LANGUAGES]
    korean = QTranslator()
    assert korean.load(str(tmp_path / "kiosk_ko.qm"))
    assert (
        korean.translate("Idle", "Please place your card on the reader")
        == "카드를 리더기 위에 올려 주세요"
    )
    plurals = [(c, m.source) for c, m in tool.read_ts(tool.ts_path("en")).messages() if m.numerus]
    assert plurals, "counts are plural texts (%n)"
    english = QTranslator()
    assert english.load(str(tmp_path / "kiosk_en.qm"))
    context, source = plurals[0]
    one, many = (
        english.translate(context, source, None, 1),
        english.translate(context, source, None, 5),
    )
    assert one != many.replace("5", "1"), (one, many)


def test_switcher_installs_the_language(qapp: Any) -> None:
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        switcher.switch("pt_BR")
        assert QCoreApplication.translate("Common", "Cancel") == "Cancelar"
        switcher.switch("ja_easy")
        assert QCoreApplication.translate("Common", "Back") == "戻《もど》る"
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


def test_a_text_added_without_extracting_makes_every_file_stale(
    ts_copy: Path, tmp_path: Path
) -> None:
    code = tmp_path / "kiosk"
    shutil.copytree(ROOT / "kiosk", code, ignore=shutil.ignore_patterns("__pycache__"))
    tool.lupdate([tool.ts_path(c) for c in languages.CODES], code)  # the copy is current
    assert tool.stale_languages(code) == []
    (code / "extra.py").write_text(
        'X = QCoreApplication.translate("Extra", "Not extracted yet")\n', encoding="utf-8"
    )
    assert tool.stale_languages(code) == list(languages.CODES)
