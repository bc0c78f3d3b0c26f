"""Checked rules about how the code base is put together."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_modules() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if "ui" not in p.relative_to(PACKAGE).parts[:1]
        and p.relative_to(PACKAGE).as_posix() not in {"__main__.py", "app.py"}
    ]


def test_core_modules_exist() -> None:
    assert len(_core_modules()) >= 5


@pytest.mark.parametrize("module", _core_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_core_imports_no_qt_and_no_ui(module: Path) -> None:
    bad = {
        name
        for name in _imports(module)
        if name.split(".")[0] in QT_MODULES or name == "kiosk.ui" or name.startswith("kiosk.ui.")
    }
    assert not bad, f"{module.relative_to(ROOT)} imports {sorted(bad)}; only kiosk/ui may"


def test_rule_detects_a_qt_import(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text("from PySide6.QtCore import QObject\nimport kiosk.ui.app\n")
    assert {"PySide6.QtCore", "kiosk.ui.app"} <= _imports(offender)
