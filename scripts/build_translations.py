"""Builds the kiosk's Qt Linguist catalogues.

    python scripts/build_translations.py            compile translations/*.ts -> *.qm
    python scripts/build_translations.py --update   regenerate the .ts from the catalogue
    python scripts/build_translations.py --check    fail if sources, catalogue and .ts differ

The translated texts live in translations/catalogue.py (one entry per source string, every
language side by side, easy to review). ``--update`` writes the .ts files from it (lupdate
is not needed: the source strings are found by scanning kiosk/ui for literal
``QCoreApplication.translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` calls). The build
compiles the .ts with pyside6-lrelease; the app loads the .qm through QTranslator.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kiosk" / "ui"
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(ROOT))
from kiosk import languages  # noqa: E402 - the language registry, from the tree

LANGUAGES = languages.CODES
#: The language attribute written into each .ts (Qt has no locale for Easy Japanese).
TS_LANGUAGE = {lang.code: lang.ts_language for lang in languages.LANGUAGES}
TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP"}


def extract_sources(ui_dir: Path = UI) -> list[tuple[str, str]]:
    """Every (context, source) translated in kiosk/ui, in first-seen order."""
    seen: dict[tuple[str, str], None] = {}
    for path in sorted(ui_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TRANSLATE_CALLS:
                continue
            context, source = node.args[0], node.args[1]
            literal = isinstance(context, ast.Constant) and isinstance(source, ast.Constant)
            if literal and isinstance(context.value, str) and isinstance(source.value, str):
                seen[(context.value, source.value)] = None
    return list(seen)


def load_catalogue() -> dict[tuple[str, str], dict[str, str]]:
    spec = importlib.util.spec_from_file_location("kiosk_catalogue", TRANSLATIONS / "catalogue.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.catalogue()  # type: ignore[no-any-return]


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kiosk_{language}.ts"


def render_ts(language: str, entries: dict[tuple[str, str], dict[str, str]]) -> str:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[language])
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, source in entries:
        by_context.setdefault(context, []).append((context, source))
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for key in sorted(by_context[context], key=lambda k: k[1]):
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = key[1]
            translation = ET.SubElement(message, "translation")
            text = key[1] if language == "en" else entries[key].get(language, "")
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def update() -> None:
    catalogue = load_catalogue()
    sources = extract_sources()
    missing = [key for key in sources if key not in catalogue]
    for key in missing:
        print(f"not in the catalogue yet: {key}", file=sys.stderr)
    entries = {key: catalogue.get(key, {}) for key in sources}
    for language in LANGUAGES:
        ts_path(language).write_text(render_ts(language, entries), encoding="utf-8")
    print(f"wrote {len(LANGUAGES)} .ts files with {len(entries)} messages")


def check() -> int:
    sources = extract_sources()
    entries = {key: load_catalogue().get(key, {}) for key in sources}
    stale = [
        lang for lang in LANGUAGES if ts_path(lang).read_text("utf-8") != render_ts(lang, entries)
    ]
    if stale:
        print(f"out of date: {stale}; run scripts/build_translations.py --update", file=sys.stderr)
        return 1
    return 0


def lrelease_command() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    return found


def compile_all(out_dir: Path = TRANSLATIONS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    built = []
    for language in LANGUAGES:
        target = out_dir / f"kiosk_{language}.qm"
        subprocess.run([command, "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="regenerate the .ts files")
    parser.add_argument("--check", action="store_true", help="fail if the .ts are stale")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="where .qm files go")
    args = parser.parse_args()
    if args.update:
        update()
    if args.check:
        return check()
    built = compile_all(args.out)
    print(f"translations: compiled {len(built)} catalogues into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
