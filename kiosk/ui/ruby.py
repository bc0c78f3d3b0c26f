"""A label that draws furigana: the reading above its kanji at half size (Qt's rich text has
no ruby). Only while the language writes furigana (やさしい日本語: :func:`set_enabled`).

:class:`RubyLabel` is a QLabel. Text without furigana marks is a plain QLabel's business.
Text with them (やさしい日本語: ``画面《がめん》に さわらないと``, see kiosk/furigana.py) is laid
out here: lines break only where the text may break (between phrases, BudouX, and at spaces:
kiosk/text/linebreak.py), never inside a word with a reading; every line keeps room above
for readings so lines stand evenly; the reading is centred over its base (a long reading
widens its slot rather than overlapping a neighbour). ``text()`` of the QLabel is the text
without readings (what assistive tools and ``QLabel.text`` callers get).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from kiosk import furigana
from kiosk.text import linebreak

#: Reading size relative to the base text.
RUBY_SCALE = 0.5
#: Space between a reading and its base, relative to the reading's height.
RUBY_GAP = 0.1
#: How far a reading may reach over the plain kana beside it, in ems of the base text.
OVERHANG = 0.25
#: A CJK font's line height in ems (Noto Sans CJK: ascent 1.16 + descent 0.29).
LINE_TO_EM = 1.45


#: Whether the current language writes furigana (set by kiosk.ui.i18n.LanguageSwitcher).
#: Only then are 《》 readings: in Chinese 《》 are book-title marks, and names and addresses
#: are never parsed.
_enabled = False


def set_enabled(on: bool) -> None:
    global _enabled  # noqa: PLW0603 - one switch for the whole UI, like the installed language
    _enabled = on


def enabled() -> bool:
    return _enabled


@dataclass(frozen=True)
class Piece:
    text: str
    reading: str = ""


#: A stretch the line may not break inside: pieces in order.
Unit = tuple[Piece, ...]


def units(segments: list[furigana.Segment]) -> list[Unit]:
    """The segments cut where a line may break: at phrase boundaries and white space of the
    base text, never inside a base that has a reading; a line feed is a unit of its own."""
    plain = "".join(segment.text for segment in segments)
    allowed = set(linebreak.break_offsets(plain))
    position = 0
    for segment in segments:
        if segment.reading:
            allowed -= set(range(position + 1, position + len(segment.text)))
        position += len(segment.text)
    for index, char in enumerate(plain):
        if char == "\n":
            allowed.update((index, index + 1))
    cuts = sorted(allowed | {0, len(plain)})
    out: list[Unit] = []
    for start, end in itertools.pairwise(cuts):
        pieces: list[Piece] = []
        position = 0
        for segment in segments:
            seg_start, seg_end = position, position + len(segment.text)
            position = seg_end
            lo, hi = max(start, seg_start), min(end, seg_end)
            if lo < hi:
                piece_text = segment.text[lo - seg_start : hi - seg_start]
                pieces.append(Piece(piece_text, segment.reading))
        if pieces:
            out.append(tuple(pieces))
    return out


#: Changes after which a label's height for a width may differ.
_RESIZING_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LanguageChange,
    }
)


class RubyLabel(QLabel):
    """A QLabel that draws furigana for text with furigana marks (see the module)."""

    #: The text cut into units when it has furigana marks; None: a plain QLabel.
    _units: list[Unit] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt's layouts ask every label's height for a width many times per screen change,
        # and each answer from this Python override costs a round trip (a profile of the
        # flow bench: 296,000 calls, half its time). Kept until the text, the font, the
        # style or the margins change.
        self._height_for_width: dict[int, int] = {}

    # -- text --------------------------------------------------------------------------------

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        raw = linebreak.strip_joiners(text)
        # PhraseLabel(phrases=False) holds a name or an address: never markup.
        if _enabled and getattr(self, "phrases", True) and furigana.has_ruby(raw):
            try:
                segments = furigana.parse(raw)
            except furigana.FuriganaError:
                # A broken translation shows without marks rather than with them (the
                # translation tests fail on it).
                segments = [furigana.Segment(raw.translate(_NO_MARKS))]
            self._units = units(segments)
            super().setText("".join(segment.text for segment in segments))
        else:
            self._units = None
            super().setText(text)
        self._height_for_width.clear()
        self.updateGeometry()
        self.update()

    def has_ruby(self) -> bool:
        """Whether this label draws readings (its text has furigana marks)."""
        return self._units is not None

    # -- layout ------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        base = self.font()
        small = QFont(base)
        if base.pixelSize() > 0:
            small.setPixelSize(max(1, round(base.pixelSize() * RUBY_SCALE)))
        else:
            small.setPointSizeF(max(1.0, base.pointSizeF() * RUBY_SCALE))
        return base, small

    def _metrics(self) -> tuple[QFontMetricsF, QFontMetricsF]:
        base, small = self._fonts()
        return QFontMetricsF(base), QFontMetricsF(small)

    def _slots(
        self, unit: Unit, base: QFontMetricsF, small: QFontMetricsF
    ) -> list[tuple[float, float]]:
        """(width, where the base text starts in it) of each piece of a unit. A reading wider
        than its kanji may reach over the plain kana next to it in the same word, up to a
        quarter of the text size on each side (as Japanese typesetting does, JIS X 4051),
        so 男《おとこ》か does not open a gap between 男 and か."""
        reach = OVERHANG * base.height() / LINE_TO_EM
        out = []
        for index, piece in enumerate(unit):
            text_width = base.horizontalAdvance(piece.text)
            if not piece.reading:
                out.append((text_width, 0.0))
                continue
            before = index > 0 and not unit[index - 1].reading
            after = index + 1 < len(unit) and not unit[index + 1].reading
            excess = small.horizontalAdvance(piece.reading) - text_width
            left = min(max(0.0, excess / 2), reach) if before else 0.0
            right = min(max(0.0, excess / 2), reach) if after else 0.0
            width = max(text_width, text_width + excess - left - right)
            out.append((width, (width - text_width) / 2 + (right - left) / 2))
        return out

    def _unit_width(self, unit: Unit, base: QFontMetricsF, small: QFontMetricsF) -> float:
        return sum(width for width, _ in self._slots(unit, base, small))

    def _ruby_geometry(self) -> tuple[float, float, float]:
        """(room added above each line, a line's height, the reading's baseline above the
        base's baseline). CJK fonts keep room above their ideographs (their ascent is about
        1.16 em, an ideograph about 0.88 em): the reading uses it, so a line grows by only
        what the reading needs beyond it."""
        base, small = self._metrics()
        glyph_top = -base.tightBoundingRect("漢").top()
        reading = small.tightBoundingRect("あ")
        gap = RUBY_GAP * small.height()
        reading_baseline = glyph_top + gap + reading.bottom()
        needed = reading_baseline - reading.top()
        extra = max(0.0, needed - base.ascent())
        return extra, base.height() + extra, reading_baseline

    def _line_height(self) -> float:
        return self._ruby_geometry()[1]

    def _lines(self, width: float) -> list[list[Unit]]:
        """The units laid out in lines no wider than ``width`` (a unit wider than the width
        gets a line of its own)."""
        base, small = self._metrics()
        lines: list[list[Unit]] = [[]]
        used = 0.0
        wrap = self.wordWrap()
        for unit in self._units or []:
            if unit[0].text == "\n":
                lines.append([])
                used = 0.0
                continue
            blank = all(not piece.text.strip() for piece in unit)
            if blank and not lines[-1]:
                continue  # no white space at the start of a line
            unit_width = self._unit_width(unit, base, small)
            if wrap and lines[-1] and not blank and used + unit_width > width + 0.01:
                while lines[-1] and all(not p.text.strip() for p in lines[-1][-1]):
                    lines[-1].pop()  # nor at its end
                lines.append([])
                used = 0.0
            lines[-1].append(unit)
            used += unit_width
        return lines

    def _text_width(self, line: list[Unit]) -> float:
        base, small = self._metrics()
        return sum(self._unit_width(unit, base, small) for unit in line)

    def _margins(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        return margins.left() + margins.right() + extra, margins.top() + margins.bottom() + extra

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return self.has_ruby() or super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        known = self._height_for_width.get(width)
        if known is not None:
            return known
        if not self.has_ruby():
            height = super().heightForWidth(width)
        else:
            horizontal, vertical = self._margins()
            lines = self._lines(max(1, width - horizontal))
            height = int(len(lines) * self._line_height() + 0.999) + vertical
        self._height_for_width[width] = height
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() in _RESIZING_CHANGES:
            self._height_for_width.clear()
        super().changeEvent(event)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt naming
        self._height_for_width.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt naming
        self._height_for_width.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt naming
        self._height_for_width.clear()
        super().setIndent(indent)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        if not self.has_ruby():
            return super().sizeHint()
        horizontal, _vertical = self._margins()
        one_line = max((self._text_width(line) for line in self._lines(float("inf"))), default=0.0)
        width = int(one_line + 0.999) + horizontal
        if self.wordWrap():
            # Like QLabel: a wrapping label asks for a moderate width, not one long line.
            width = min(width, max(self.minimumSizeHint().width(), 80 * self._em()))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        if not self.has_ruby():
            return super().minimumSizeHint()
        horizontal, vertical = self._margins()
        if self.wordWrap():
            base, small = self._metrics()
            widest = max(
                (self._unit_width(unit, base, small) for unit in self._units or []), default=0.0
            )
        else:
            widest = max((self._text_width(line) for line in self._lines(float("inf"))), default=0)
        width = int(widest + 0.999) + horizontal
        # Like QLabel: the height of one line; a layout asks heightForWidth() for the width
        # it gives (the height at the narrowest width would make windows grow).
        return QSize(width, int(self._line_height() + 0.999) + vertical)

    def _em(self) -> int:
        return max(1, round(QFontMetricsF(self.font()).horizontalAdvance("M")))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        if not self.has_ruby():
            super().paintEvent(event)
            return
        base_font, small_font = self._fonts()
        base, small = QFontMetricsF(base_font), QFontMetricsF(small_font)
        area = QRectF(self.contentsRect()).adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        lines = self._lines(area.width())
        extra, line_height, reading_baseline = self._ruby_geometry()
        alignment = self.alignment()
        top = area.top()
        total = len(lines) * line_height
        if alignment & Qt.AlignmentFlag.AlignVCenter:
            top += max(0.0, (area.height() - total) / 2)
        elif alignment & Qt.AlignmentFlag.AlignBottom:
            top += max(0.0, area.height() - total)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter = QPainter(self)
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        for number, line in enumerate(lines):
            width = self._text_width(line)
            x = area.left()
            if alignment & Qt.AlignmentFlag.AlignHCenter:
                x += (area.width() - width) / 2
            elif alignment & Qt.AlignmentFlag.AlignRight:
                x += area.width() - width
            baseline = top + number * line_height + extra + base.ascent()
            for unit in line:
                for piece, (slot, offset) in zip(unit, self._slots(unit, base, small), strict=True):
                    painter.setFont(base_font)
                    painter.drawText(QPointF(x + offset, baseline), piece.text)
                    if piece.reading:
                        # Centred over the base text (it may reach over plain kana beside it).
                        centre = x + offset + base.horizontalAdvance(piece.text) / 2
                        reading_width = small.horizontalAdvance(piece.reading)
                        painter.setFont(small_font)
                        painter.drawText(
                            QPointF(centre - reading_width / 2, baseline - reading_baseline),
                            piece.reading,
                        )
                    x += slot
        painter.end()


_NO_MARKS = str.maketrans("", "", "".join(furigana.MARKS))
