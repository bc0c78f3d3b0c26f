"""Checked rules about how the code base is put together."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")


def _imports(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports, relative imports resolved, plus
    string arguments of importlib.import_module / __import__ (dynamic imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    try:
        package_parts = list(path.relative_to(ROOT).with_suffix("").parts[:-1])
    except ValueError:
        package_parts = []
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                names.add(node.module)
            elif node.level:
                base = package_parts[: len(package_parts) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _core_modules() -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts[:1]
    ]


def test_core_modules_exist() -> None:
    assert len(_core_modules()) >= 5


#: The program's entry point composes the application: it may import kiosk.ui (lazily, after
#: the Qt-free work), but never Qt itself.
ENTRY_POINT = PACKAGE / "__main__.py"


def _is_qt(name: str) -> bool:
    return name.split(".", maxsplit=1)[0] in QT_MODULES


def _is_ui(name: str) -> bool:
    return name == "kiosk.ui" or name.startswith("kiosk.ui.")


@pytest.mark.parametrize("module", _core_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_core_imports_no_qt_and_no_ui(module: Path) -> None:
    names = _imports(module)
    bad = {n for n in names if _is_qt(n) or (_is_ui(n) and module != ENTRY_POINT)}
    assert not bad, f"{module.relative_to(ROOT)} imports {sorted(bad)}; only kiosk/ui may"


def test_entry_point_reaches_the_ui_only_by_a_plain_import() -> None:
    # A module name hidden in a string would slip past the rule above.
    source = ENTRY_POINT.read_text(encoding="utf-8")
    assert "import_module" not in source and "__import__" not in source
    assert any(_is_ui(n) for n in _imports(ENTRY_POINT))


def test_rule_detects_a_qt_import(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text(
        "from PySide6.QtCore import QObject\nimport kiosk.ui.app\n"
        "import importlib\nimportlib.import_module('shiboken6')\n"
    )
    assert {"PySide6.QtCore", "kiosk.ui.app", "shiboken6"} <= _imports(offender)


def test_rule_resolves_relative_imports() -> None:
    module = PACKAGE / "flow" / "machine.py"
    names = _imports(module)
    assert all(not n.startswith(".") for n in names)
