"""Japanese lines break between phrases (issue 10, point 8): the pure segmentation
(kiosk.text.linebreak) and every ja / やさしい日本語 label of every screen, laid out by Qt at
1024x600, 1280x800 and 1920x1080, ends each line at a phrase boundary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from kiosk.text import linebreak
from kiosk.text.linebreak import WORD_JOINER, break_offsets, keep_phrases, phrases, strip_joiners
from kiosk.ui.gallery import Gallery
from kiosk.ui.ruby import RubyLabel
from kiosk.ui.widgets import BigButton, PhraseLabel

SIZES = [(1024, 600), (1280, 800), (1920, 1080)]


# -- the Qt-free segmentation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("これは任意です。", "任意です。"),
        ("印刷された番号を使ってください", "印刷された"),
        ("まもなく終わります。少し時間をください", "時間を"),
    ],
)
def test_phrases_keep_words_whole(text: str, phrase: str) -> None:
    parts = phrases(text)
    assert "".join(parts) == text
    assert phrase in parts


def test_spaces_always_end_a_phrase() -> None:
    # やさしい日本語: the translator's spaces are breaks, whatever BudouX would join.
    text = "マイナンバーカード か めんきょしょう です。"
    offsets = break_offsets(text)
    for index, char in enumerate(text):
        if char == " ":
            assert index in offsets and index + 1 in offsets


def test_keep_phrases_joins_inside_phrases_only() -> None:
    text = "これは任意です。印刷された番号"
    joined = keep_phrases(text)
    assert strip_joiners(joined) == text
    assert "任" + WORD_JOINER + "意" in joined
    # Between phrases no joiner: a line may break there.
    assert "は任" in joined.replace(WORD_JOINER + "任", "任") and "。印" in joined


def test_latin_text_is_left_alone() -> None:
    assert keep_phrases("Tries left: 2") == "Tries left: 2"
    assert linebreak.uses_phrases("ja_easy") and not linebreak.uses_phrases("zh_CN")


# -- every Japanese label on every screen, laid out by Qt ----------------------------------


def qt_line_ends(label: QLabel) -> list[int]:
    """Where Qt ends each line of ``label`` (offsets into the text it draws)."""
    drawn = QLabel.text(label)  # the C++ text: with the joiners the label really lays out
    layout = QTextLayout(drawn, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())
    ends: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    return ends


def breaks_inside_phrases(label: QLabel) -> list[str]:
    drawn = QLabel.text(label)
    source = strip_joiners(drawn)
    allowed = break_offsets(source)
    bad: list[str] = []
    for end in qt_line_ends(label):
        offset = len(strip_joiners(drawn[:end]))
        if offset not in allowed:
            bad.append(f"{source[:offset]}／{source[offset:]}")
    return bad


def japanese_labels(gallery: Gallery) -> Iterator[QLabel]:
    """Visible wrapping labels showing Japanese, but a name or an address (not ours)."""
    for widget in gallery.window.findChildren(QLabel):
        if isinstance(widget, PhraseLabel) and not widget.phrases:
            continue
        has_ruby = getattr(widget, "has_ruby", None)
        if callable(has_ruby) and has_ruby():
            # Furigana: the label lays its lines out itself, from the same break offsets
            # (kiosk/ui/ruby.py and its tests).
            continue
        japanese = any(ord(char) > 0x3000 for char in widget.text())
        if widget.isVisible() and widget.wordWrap() and japanese:
            yield widget


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def gallery(request: pytest.FixtureRequest, qapp: Any) -> Iterator[Gallery]:
    width, height = request.param
    gallery = Gallery(width, height)
    yield gallery
    gallery.languages.clear()
    gallery.window.close()


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ja", "ja_easy"])
def test_no_japanese_line_ends_inside_a_phrase(gallery: Gallery, language: str) -> None:
    gallery.set_language(language)
    problems: list[str] = []
    checked = 0
    for page in gallery.pages():
        gallery.show(page)
        for widget in japanese_labels(gallery):
            checked += 1
            problems.extend(f"{page}: {bad}" for bad in breaks_inside_phrases(widget))
        # Furigana labels lay out their own lines from the same break offsets (their rule is
        # checked on every screen by tests/ui/test_ruby.py); they count as met here.
        checked += sum(
            1
            for widget in gallery.window.findChildren(RubyLabel)
            if widget.isVisible() and widget.has_ruby()
        )
    assert checked > 50  # the walk really met the screens' texts (furigana ones aside)
    assert not problems, "\n".join(problems[:30])


@pytest.mark.gui
def test_the_check_sees_a_break_inside_a_phrase(gallery: Gallery) -> None:
    """The rule can fail: the same text without the joiners breaks inside words."""
    gallery.set_language("ja")
    gallery.show("consent")
    screen: Any = gallery.window.stack.currentWidget()
    text = "印刷された番号を使ってください。まもなく終わります。少し時間をください。" * 3
    screen.why.setText(text)
    assert not breaks_inside_phrases(screen.why)
    QLabel.setText(screen.why, text)  # what a plain QLabel draws
    assert breaks_inside_phrases(screen.why)
    screen.retranslate()


@pytest.mark.gui
def test_japanese_words_in_other_languages_stay_whole(gallery: Gallery) -> None:
    """昭和 on a Portuguese era button breaks after "Showa", never inside 昭和."""
    gallery.set_language("pt_BR")
    try:
        gallery.show("enter_code_b")
        button = gallery.window.findChild(BigButton, "era_showa")
        drawn = QLabel.text(button.text_label)
        assert "昭" + WORD_JOINER + "和" in drawn
        assert not breaks_inside_phrases(button.text_label)
    finally:
        gallery.set_language("ja")
