"""Furigana (ruby) markup in やさしい日本語 texts, Qt-free.

Easy Japanese keeps basic kanji and writes its reading above it. The translations mark a
reading the way Japanese e-texts (青空文庫) do, which never clashes with ``{name}``
placeholders or ``%n``::

    画面《がめん》に さわらないと   the run of kanji right before 《》 is the base
    日本｜語《ご》                  ｜ (full-width bar) marks where the base begins

* :func:`parse` splits a text into segments (base text, reading or "");
* :func:`plain` gives the base text (what a label without ruby shows);
* :func:`spoken` gives the text as read aloud: each reading in place of its kanji. espeak-ng
  reads a kanji as the English words "Chinese letter", so speech never gets the kanji, and
  never the marks;
* :func:`problems` checks a translation: balanced marks, readings in kana only, and every
  kanji outside :data:`BASIC_KANJI` with a reading.

The kiosk draws readings above their base (kiosk/ui/ruby.py).
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "《"
CLOSE = "》"
#: Marks where a base begins when it is not simply the run of kanji before 《.
BAR = "｜"
MARKS = (OPEN, CLOSE, BAR)

#: Kanji an adult learner reads without help (the 80 of the first school year): these may
#: stand without a reading. Every other kanji in a ja_easy text carries one.
BASIC_KANJI = frozenset(
    "一右雨円王音下火花貝学気九休玉金空月犬見五口校左三山子四糸字耳七車手十出女小上森人水正"
    "生青夕石赤千川先早草足村大男竹中虫町天田土二日入年白八百文木本名目立力林六"
)


class FuriganaError(ValueError):
    """Markup that cannot be read (the message says where; it never holds more of the text)."""


@dataclass(frozen=True)
class Segment:
    text: str
    #: The reading drawn above ``text``; "" for text without one.
    reading: str = ""


def is_kanji(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or char in "々〆ヶ"
    )


def is_kana(char: str) -> bool:
    code = ord(char)
    return 0x3041 <= code <= 0x309F or 0x30A0 <= code <= 0x30FF or char in "ー・"


def has_ruby(text: str) -> bool:
    """Whether ``text`` holds any furigana mark."""
    return any(mark in text for mark in MARKS)


def parse(text: str) -> list[Segment]:
    """Segments in order; joined, their ``text`` is :func:`plain` of ``text``.

    Raises :class:`FuriganaError` on a 《 without 》, a 》 or ｜ out of place, an empty
    reading, or a reading with no base before it."""
    segments: list[Segment] = []
    pending = ""  # text not yet closed into a segment
    bar_at: int | None = None  # where in ``pending`` a ｜ started a base
    index = 0
    while index < len(text):
        char = text[index]
        if char == BAR:
            if bar_at is not None:
                raise FuriganaError(f"｜ twice without a reading (at {index})")
            bar_at = len(pending)
            index += 1
            continue
        if char == CLOSE:
            raise FuriganaError(f"》 without 《 (at {index})")
        if char != OPEN:
            pending += char
            index += 1
            continue
        end = text.find(CLOSE, index + 1)
        if end < 0:
            raise FuriganaError(f"《 without 》 (at {index})")
        reading = text[index + 1 : end]
        if not reading or any(mark in reading for mark in (OPEN, BAR)):
            raise FuriganaError(f"an empty or broken reading (at {index})")
        if bar_at is not None:
            start = bar_at
        else:
            start = len(pending)
            while start > 0 and is_kanji(pending[start - 1]):
                start -= 1
        base = pending[start:]
        if not base:
            raise FuriganaError(f"a reading with no kanji before it (at {index})")
        if pending[:start]:
            segments.append(Segment(pending[:start]))
        segments.append(Segment(base, reading))
        pending, bar_at = "", None
        index = end + 1
    if bar_at is not None:
        raise FuriganaError("｜ without a reading")
    if pending:
        segments.append(Segment(pending))
    return segments


def plain(text: str) -> str:
    """The text without readings (the base characters only)."""
    if not has_ruby(text):
        return text
    return "".join(segment.text for segment in parse(text))


def spoken(text: str) -> str:
    """The text as a voice reads it: every reading in place of its base, no marks."""
    if not has_ruby(text):
        return text
    return "".join(segment.reading or segment.text for segment in parse(text))


def problems(text: str) -> list[str]:
    """What is wrong with the markup of one ja_easy text (an empty list when nothing)."""
    try:
        segments = parse(text)
    except FuriganaError as exc:
        return [str(exc)]
    out = []
    for segment in segments:
        if segment.reading:
            if not all(is_kana(char) for char in segment.reading):
                out.append(f"reading {segment.reading!r} is not kana only")
            if not any(is_kanji(char) for char in segment.text):
                out.append(f"reading {segment.reading!r} over {segment.text!r}, which has no kanji")
            continue
        hard = sorted({c for c in segment.text if is_kanji(c) and c not in BASIC_KANJI})
        if hard:
            out.append(f"kanji without a reading: {''.join(hard)}")
    return out
