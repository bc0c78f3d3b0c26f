"""The type scale (docs/ui.md, "Type scale"; issue 10 point 7): every label on every page, in
every language and in the larger-text mode, is drawn at no less than its role's minimum
pixel size at 1280x800."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from kiosk.settings import LANGUAGES
from kiosk.ui import theme
from kiosk.ui.gallery import LARGER, Gallery

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def gallery(qapp: Any) -> Iterator[Gallery]:
    gallery = Gallery(1280, 800)
    yield gallery
    theme.reset_text_size()
    gallery.languages.clear()
    gallery.window.close()


def drawn_px(widget: QWidget) -> int:
    """The pixel size the widget's text is really drawn at (style sheet included)."""
    return widget.fontInfo().pixelSize()


def too_small(gallery: Gallery, page: str) -> list[str]:
    metrics = theme.Metrics.for_height(gallery.size[1], larger=page.endswith(LARGER))
    problems: list[str] = []
    window = gallery.window
    for widget in window.findChildren(QLabel):
        if not widget.isVisible() or not widget.text():
            continue
        # The style sheet's role: a property (the staff panel's rows) or the object name.
        role = str(widget.property("role") or widget.objectName())
        need = metrics.minimum_px(role)
        if drawn_px(widget) < need:
            problems.append(f"{page}: {role or 'label'} {drawn_px(widget)}px < {need}px")
    for field in [*window.findChildren(QLineEdit), *window.findChildren(QComboBox)]:
        if field.isVisible() and drawn_px(field) < metrics.body_px:
            problems.append(f"{page}: field {field.objectName()} {drawn_px(field)}px")
    return problems


def test_the_scale_itself() -> None:
    m = theme.Metrics.for_height(800)
    assert (m.small_px, m.body_px, m.title_px, m.huge_px) == (22, 28, 45, 62)
    big = theme.Metrics.for_height(1080)
    assert big.body_px > m.body_px and big.small_px >= m.small_px
    larger = theme.Metrics.for_height(800, larger=True)
    assert larger.body_px == round(28 * theme.LARGER_TEXT)
    # Only small print may be smaller than the body text.
    assert m.minimum_px("caption") == m.minimum_px("") == m.minimum_px("key") == 28
    assert m.minimum_px("small") == 22


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_under_the_type_scale(gallery: Gallery, language: str) -> None:
    gallery.set_language(language)
    problems: list[str] = []
    for page in gallery.pages():
        gallery.show(page)
        problems.extend(too_small(gallery, page))
    assert not problems, "\n".join(problems[:30])


def test_the_check_sees_a_small_label(gallery: Gallery) -> None:
    gallery.set_language("en")
    gallery.show("consent")
    screen: Any = gallery.window.stack.currentWidget()
    screen.why.setStyleSheet("font-size: 18px")
    try:
        assert any("18px" in problem for problem in too_small(gallery, "consent"))
    finally:
        screen.why.setStyleSheet("")
