"""Japanese line breaks at phrase boundaries (文節), with BudouX.

Qt breaks Japanese text between almost any two characters (UAX #14), so a wrapped label can
end a line inside a word: 任／意, 印刷され／た. :func:`keep_phrases` puts a WORD JOINER
(U+2060, "no break here", zero width and invisible) between the characters of each phrase,
so Qt's own line breaking can only break between phrases, at spaces and at line feeds.

Qt-free: the labels (``kiosk.ui.widgets``), the furigana widget and the tests share it.
Only for Japanese (``ja`` and ``ja_easy``): BudouX's Japanese model knows nothing of
Chinese or Korean, and Latin text already breaks at spaces.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from budoux import Parser, load_default_japanese_parser

from kiosk import languages

#: U+2060 WORD JOINER: forbids a line break on both sides, draws nothing.
WORD_JOINER = "\u2060"

#: The kiosk's language codes whose texts are segmented (the registry's ``phrase_breaks``).
PHRASE_LANGUAGES = frozenset(lang.code for lang in languages.LANGUAGES if lang.phrase_breaks)


def uses_phrases(language_code: str) -> bool:
    """True for the languages whose lines break at phrase boundaries."""
    return language_code in PHRASE_LANGUAGES


@lru_cache(maxsize=1)
def _parser() -> Parser:
    return load_default_japanese_parser()


def phrases(text: str) -> list[str]:
    """The phrases of ``text`` in order; joined they give ``text`` back exactly. A space or
    a line feed always ends a phrase (やさしい日本語's 分かち書き is the translator's own
    choice of breaks), as does a phrase boundary BudouX finds."""
    out: list[str] = []
    for chunk in _split_at_spaces(text):
        if chunk.isspace():
            out.append(chunk)
        else:
            out.extend(_parser().parse(chunk))
    return out


@lru_cache(maxsize=4096)
def keep_phrases(text: str) -> str:
    """``text`` with a WORD JOINER between every two characters of a phrase: a line can
    then break only between phrases (and at spaces and line feeds). Text with no Japanese
    in it is returned as it is; :func:`strip_joiners` gives the original back."""
    if not _has_japanese(text):
        return text
    out: list[str] = []
    for phrase in phrases(strip_joiners(text)):
        for index, char in enumerate(phrase):
            if index and _joinable(phrase[index - 1], char):
                out.append(WORD_JOINER)
            out.append(char)
    return "".join(out)


def strip_joiners(text: str) -> str:
    """The text without the joiners :func:`keep_phrases` put in."""
    return text.replace(WORD_JOINER, "")


def break_offsets(text: str) -> frozenset[int]:
    """Offsets into ``text`` (without joiners) where a line may end: between two phrases,
    next to white space, and the end of the text."""
    offsets = {0, len(text)}
    position = 0
    for phrase in phrases(text):
        position += len(phrase)
        offsets.add(position)
    for index, char in enumerate(text):
        if char.isspace():
            offsets.update((index, index + 1))
    return frozenset(offsets)


def _split_at_spaces(text: str) -> list[str]:
    """Runs of white space and runs of anything else, in order."""
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isspace() == char.isspace():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def _joinable(before: str, after: str) -> bool:
    if before.isspace() or after.isspace():
        return False
    # A combining mark or variation selector belongs to the character before it already.
    return not (unicodedata.combining(after) or 0xFE00 <= ord(after) <= 0xFE0F)


def _has_japanese(text: str) -> bool:
    return any(
        0x3040 <= ord(char) <= 0x30FF  # hiragana, katakana
        or 0x3400 <= ord(char) <= 0x9FFF  # CJK ideographs
        or 0xFF66 <= ord(char) <= 0xFF9F  # half-width katakana
        for char in text
    )
