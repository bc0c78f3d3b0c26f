"""A label keeps its height for a width (Qt's layouts ask many times per screen change) only
until something that changes it changes: the text, the font (a style sheet's larger text),
the margins or the wrapping."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont

from kiosk.ui.ruby import RubyLabel

pytestmark = pytest.mark.gui

LONG = "Please place your card on the reader and leave it there until you are told. " * 3


def test_the_height_follows_text_font_margins_and_wrapping(qtbot: Any) -> None:
    label = RubyLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setText("short")
    one_line = label.heightForWidth(300)
    label.setText(LONG)
    several = label.heightForWidth(300)
    assert several > one_line
    font = QFont(label.font())
    font.setPixelSize(40)
    label.setFont(font)
    bigger = label.heightForWidth(300)
    assert bigger > several
    label.setStyleSheet("font-size: 12px;")
    label.ensurePolished()  # a shown label is polished; the style's font applies then
    assert label.heightForWidth(300) < bigger
    styled = label.heightForWidth(300)
    label.setContentsMargins(0, 30, 0, 30)
    assert label.heightForWidth(300) >= styled + 60
    label.setMargin(20)
    assert label.heightForWidth(300) > styled + 60
