"""The installer ships the Noto fonts the layout tests used; the kiosk registers them with
Qt at start, so a Windows tablet draws what was tested (fonts/ beside the program)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase

from kiosk.ui import theme

pytestmark = pytest.mark.gui

NOTO = [
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
]


@pytest.mark.skipif(not all(p.is_file() for p in NOTO), reason="Debian's Noto fonts missing")
def test_shipped_fonts_are_registered(qapp: Any, tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for path in NOTO:
        shutil.copy(path, fonts / path.name)
    (fonts / "OFL.txt").write_text("licence text, not a font", encoding="utf-8")
    (fonts / "broken.ttf").write_bytes(b"not a font at all")
    families = theme.load_shipped_fonts(fonts)
    assert "Noto Sans" in families
    assert any(f.startswith("Noto Sans CJK") for f in families)
    assert "Noto Sans" in QFontDatabase.families()


def test_no_fonts_folder_is_no_error(qapp: Any, tmp_path: Path) -> None:
    assert theme.load_shipped_fonts(tmp_path / "absent") == []
