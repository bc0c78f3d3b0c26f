"""The furigana label (kiosk/ui/ruby.py): readings drawn above their kanji at half size, lines
broken between phrases and never inside a word with a reading, plain text left to QLabel."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QLabel

from kiosk import furigana
from kiosk.ui import ruby
from kiosk.ui.ruby import Piece, RubyLabel
from kiosk.ui.widgets import PhraseLabel, label


@pytest.fixture(autouse=True)
def easy_japanese() -> Iterator[None]:
    """As while やさしい日本語 is the language (the switcher turns readings on)."""
    ruby.set_enabled(True)
    yield
    ruby.set_enabled(False)


TEXT = (
    "受付《うけつけ》へ 行《い》って ください。職員《しょくいん》が 場所《ばしょ》を おしえます。"
)


def make(text: str, width: int = 0) -> RubyLabel:
    widget = RubyLabel()
    font = QFont("Noto Sans CJK JP")
    font.setPixelSize(40)
    widget.setFont(font)
    widget.setWordWrap(True)
    widget.setStyleSheet("background: white; color: black")
    widget.setText(text)
    if width:
        widget.resize(width, widget.heightForWidth(width))
    return widget


def ink_rows(image: QImage) -> list[int]:
    """Rows of the image that hold dark pixels."""
    rows = []
    for y in range(image.height()):
        if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(0, image.width(), 2)):
            rows.append(y)
    return rows


def test_units_never_split_a_word_with_a_reading(qapp: Any) -> None:
    segments = furigana.parse("暗証番号《あんしょうばんごう》が わからない")
    units = ruby.units(segments)
    assert units[0][0] == Piece("暗証番号", "あんしょうばんごう")
    for unit in units:
        for piece in unit:
            if piece.reading:
                assert piece.text == "暗証番号"
    assert "".join(piece.text for unit in units for piece in unit) == "暗証番号が わからない"


def test_the_label_shows_the_text_without_marks(qapp: Any) -> None:
    widget = make(TEXT)
    assert widget.has_ruby()
    assert QLabel.text(widget) == furigana.plain(TEXT)
    widget.setText("ふりがな なし")
    assert not widget.has_ruby()
    assert QLabel.text(widget) == "ふりがな なし"


def split_at_widest_gap(rows: list[int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The ink rows split where the blank gap between them is widest: (top), (bottom)."""
    gap = max(range(1, len(rows)), key=lambda i: rows[i] - rows[i - 1])
    return (rows[0], rows[gap - 1]), (rows[gap], rows[-1])


def test_readings_are_drawn_above_the_text_at_half_size(qapp: Any) -> None:
    marked = make("場所《ばしょ》", 400)
    bare = make("場所", 400)
    bare.resize(400, marked.height())
    rows = ink_rows(marked.grab().toImage())
    ruby_rows, base_rows = split_at_widest_gap(rows)
    assert base_rows[0] - ruby_rows[1] > 1, "the reading is above, apart from the base"
    ruby_height = ruby_rows[1] - ruby_rows[0]
    base_height = base_rows[1] - base_rows[0]
    assert 0.3 * base_height < ruby_height < 0.7 * base_height
    plain_rows = ink_rows(bare.grab().toImage())
    assert plain_rows[-1] - plain_rows[0] < base_height * 1.2  # no reading: one block of ink


def test_narrower_means_more_lines_broken_between_phrases(qapp: Any) -> None:
    widget = make(TEXT)
    wide, narrow = widget.heightForWidth(2000), widget.heightForWidth(300)
    assert narrow >= 3 * wide
    for line in widget._lines(300):
        text = "".join(piece.text for unit in line for piece in unit)
        assert text.strip(), "no empty line"
        assert not text.startswith(" ")
    for line in widget._lines(300):
        assert sum(widget._unit_width(unit, *widget._metrics()) for unit in line) <= 300 or (
            len(line) == 1
        )


def test_phrase_labels_draw_ruby(qapp: Any) -> None:
    widget = label(TEXT)
    assert isinstance(widget, PhraseLabel) and isinstance(widget, RubyLabel)
    assert widget.has_ruby()
    assert widget.text() == TEXT  # what was set, for callers that compare
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.resize(500, widget.heightForWidth(500))
    assert ink_rows(widget.grab().toImage())


def test_no_furigana_mark_is_ever_shown_in_easy_japanese(qapp: Any) -> None:
    """Every screen in やさしい日本語: marks reach only labels that draw them as readings (a
    placeholder, a plain button or a check box would show 《》 as they are)."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    from kiosk.ui.gallery import Gallery

    gallery = Gallery(1280, 800)
    try:
        gallery.set_language("ja_easy")
        shown: list[str] = []
        drawn = 0
        for page in gallery.pages():
            gallery.show(page)
            for widget in gallery.window.findChildren(QWidget):
                if isinstance(widget, RubyLabel):
                    drawn += widget.has_ruby()
                    shown.append(QLabel.text(widget))
                elif isinstance(widget, QAbstractButton) and widget.findChildren(RubyLabel):
                    continue  # a BigButton: its words are its label's (checked above)
                elif isinstance(widget, QLabel | QAbstractButton):
                    shown.append(widget.text())
                elif isinstance(widget, QLineEdit):
                    shown += [widget.text(), widget.placeholderText()]
        marked = [text for text in shown if furigana.has_ruby(text)]
        assert not marked, marked[:5]
        assert drawn > 50, "the easy Japanese screens carry readings"
    finally:
        gallery.languages.clear()
        gallery.window.close()


def test_marks_are_readings_only_in_a_language_with_furigana(qapp: Any) -> None:
    from kiosk.ui import i18n

    switcher = i18n.LanguageSwitcher(qapp)
    try:
        switcher.switch("zh_CN")
        chinese = make("请阅读《说明》")  # 《》: a book title in Chinese
        assert not chinese.has_ruby() and QLabel.text(chinese) == "请阅读《说明》"
        switcher.switch("ja_easy")
        assert make(TEXT).has_ruby()
        name = PhraseLabel("山田《やまだ》", phrases=False)  # a name is never markup
        assert not name.has_ruby()
    finally:
        switcher.clear()
    assert not ruby.enabled()


def test_easy_japanese_lines_end_only_between_phrases_on_every_screen(qapp: Any) -> None:
    """Every furigana label of every screen, at the smallest screen: each line ends where
    linebreak allows (between phrases, at spaces) and never inside a word with a reading."""
    from kiosk.text.linebreak import break_offsets
    from kiosk.ui.gallery import Gallery

    gallery = Gallery(1024, 600)
    try:
        gallery.set_language("ja_easy")
        checked, wrapped, problems = 0, 0, []
        for page in gallery.pages():
            gallery.show(page)
            for widget in gallery.window.findChildren(RubyLabel):
                if not (widget.isVisible() and widget.has_ruby()):
                    continue
                checked += 1
                plain = QLabel.text(widget)
                allowed = break_offsets(plain)
                lines = widget._lines(widget.contentsRect().width() - 2 * widget.margin())
                wrapped += len(lines) > 1
                end = 0
                for line in lines[:-1]:
                    end = plain.index(_line_text(line), end) + len(_line_text(line))
                    if end not in allowed:
                        problems.append(f"{page}: {plain[:end]}／{plain[end:]}")
                    for unit in line:
                        for piece in unit:
                            if piece.reading and piece.text != _whole_base(widget, piece):
                                problems.append(f"{page}: {piece.text} split")
        assert checked > 60 and wrapped > 5, (checked, wrapped)
        assert not problems, problems[:10]
    finally:
        gallery.languages.clear()
        gallery.window.close()


def _line_text(line: list[ruby.Unit]) -> str:
    return "".join(piece.text for unit in line for piece in unit).rstrip()


def _whole_base(widget: RubyLabel, piece: Piece) -> str:
    """The base text a reading belongs to in the label's text (the whole word)."""
    for segment in furigana.parse(linebreak_source(widget)):
        if segment.reading == piece.reading and piece.text in segment.text:
            return segment.text
    return ""


def linebreak_source(widget: RubyLabel) -> str:
    from kiosk.text.linebreak import strip_joiners

    return strip_joiners(widget.text())


def test_the_training_band_draws_readings_too(qapp: Any) -> None:
    """The TRAINING MODE band (outside every screen) is a furigana label like the screens'
    labels: a translation with readings never shows 《》 there."""
    from kiosk.ui.window import TrainingBand

    band = TrainingBand()
    band.setText("訓練《くんれん》モード")
    assert isinstance(band, RubyLabel) and band.has_ruby()
    assert QLabel.text(band) == "訓練モード"
    # Room for the readings above the text, at once (no fit call from outside).
    assert band.height() >= band._line_height()
