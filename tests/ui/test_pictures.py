"""Text drawn inside the screens' pictures is held to the type scale too (issue 10 point 7:
the card picture of the printed-number screen had ~17 px digits, too small at arm's length)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from kiosk.ui import theme
from kiosk.ui.screens import CodeBScreen, NoFlowInput

pytestmark = pytest.mark.gui

SVG = "{http://www.w3.org/2000/svg}"


def _text_sizes(name: str) -> tuple[float, list[float]]:
    """The picture's viewBox height and the font size of each of its texts."""
    root = ET.parse(theme.picture_path(name)).getroot()
    view_height = float(root.attrib["viewBox"].split()[3])
    return view_height, [float(t.attrib["font-size"]) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("height", [600, 800, 1080])
def test_the_card_picture_has_no_text_under_small_print(qtbot: Any, height: int) -> None:
    screen = CodeBScreen(NoFlowInput(), metrics_height=height)
    qtbot.addWidget(screen)
    view_height, sizes = _text_sizes("code_b")
    assert sizes, "the markers 1, 2, 3 are text"
    scale = screen.picture.height() / view_height
    too_small = [round(size * scale, 1) for size in sizes if size * scale < theme.SMALL_PX]
    assert too_small == []


def test_a_button_gives_screen_readers_the_words_without_furigana_marks(qtbot: Any) -> None:
    from kiosk.ui.widgets import BigButton

    button = BigButton("card")
    qtbot.addWidget(button)
    button.setText("避難所《ひなんじょ》に 入《はい》る")
    assert button.accessibleName() == "避難所に 入る"
    button.setText("《注意》 close")  # not furigana: kept as it is, no error
    assert button.accessibleName() == "《注意》 close"
