"""The kiosk's languages: one registry, Qt-free.

Everything that lists languages reads this table: the settings (a valid default language),
the UI's language switcher and fonts (kiosk/ui/i18n.py), the translation build
(scripts/build_translations.py, scripts/translations.py: one ``kiosk_<code>.ts`` each),
the speech worker (which voice reads which language), the self-test and the installer
(kiosk.spec: the ``kiosk_<code>.qm`` files and Qt's own ``qtbase_<x>.qm``).

Adding a language is one row here, then ``scripts/translations.py add-language`` to make its
``.ts`` (see translations/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Values of :class:`kiosk.flow.contract.Calendar` (kept as text so this module imports
#: nothing of the flow).
JAPANESE_CALENDAR = "japanese"
WESTERN_CALENDAR = "western"


@dataclass(frozen=True)
class Language:
    #: The kiosk's own code (settings, file names, the flow's view): ``ja``, ``ja_easy``.
    code: str
    #: The language's name written in that language (a button reads "English", not "英語").
    native_name: str
    #: Qt locale name: ``QLocale(qt_locale)``, Qt's own catalogue ``qtbase_<qt_base>.qm``.
    qt_locale: str
    #: The ``language`` attribute of the .ts file; lrelease takes the plural rules from it
    #: (ja, zh, ko, vi: one form; en, pt: two). Easy Japanese is Japanese to Qt.
    ts_language: str
    #: How many plural forms lrelease expects for ``ts_language`` (``numerusform`` elements
    #: of a ``numerus="yes"`` message): 1 for ja, zh, ko, vi; 2 for en and pt.
    plural_forms: int
    #: Voice language tags to try, best first. Never another language: Easy Japanese is read
    #: by a Japanese voice, Brazilian Portuguese falls back to European Portuguese.
    voice_tags: tuple[str, ...]
    #: Words in voice *names*, for drivers that report no usable language tag (SAPI5 voices
    #: are named like "Microsoft Haruka Desktop - Japanese").
    voice_name_hints: tuple[str, ...]
    #: The calendar a birth date is first shown in (the person can switch).
    default_calendar: str
    #: Font families tried in order; CJK families differ in glyph shapes per language.
    fonts: tuple[str, ...]
    #: Written without spaces between words; lines break between phrases (BudouX's
    #: Japanese model, kiosk/text/linebreak.py).
    phrase_breaks: bool = False
    #: Texts carry furigana markup ``{漢字|かんじ}`` (drawn by kiosk/ui/ruby.py; speech and
    #: plain labels get it through kiosk/furigana.py).
    ruby: bool = False
    #: Where the voice cannot read kanji (espeak-ng reads each as "Chinese letter"), prompts
    #: are spoken from this language's texts instead: Japanese from やさしい日本語, whose
    #: readings give every word in kana (kiosk.ui.texts.spoken_prompt).
    kana_speech_from: str | None = None

    @property
    def qm_name(self) -> str:
        """The compiled catalogue's file name."""
        return f"kiosk_{self.code}.qm"

    @property
    def ts_name(self) -> str:
        """The translation source's file name (in translations/)."""
        return f"kiosk_{self.code}.ts"

    @property
    def qt_base(self) -> str:
        """Qt's own catalogue for this language: ``qtbase_<qt_base>.qm``."""
        return self.qt_locale

    @property
    def is_source(self) -> bool:
        """English is the source language of every text in the code."""
        return self.code == SOURCE


SOURCE = "en"
_CJK_JP = ("Noto Sans CJK JP", "Noto Sans")
_LATIN = ("Noto Sans", "Noto Sans CJK JP")

LANGUAGES: tuple[Language, ...] = (
    Language(
        code="ja",
        native_name="日本語",
        qt_locale="ja",
        ts_language="ja_JP",
        plural_forms=1,
        voice_tags=("ja", "ja-jp"),
        voice_name_hints=("japanese",),
        default_calendar=JAPANESE_CALENDAR,
        fonts=_CJK_JP,
        phrase_breaks=True,
        kana_speech_from="ja_easy",
    ),
    Language(
        code="en",
        native_name="English",
        qt_locale="en",
        ts_language="en_US",
        plural_forms=2,
        voice_tags=("en-us", "en-gb", "en"),
        voice_name_hints=("english",),
        default_calendar=WESTERN_CALENDAR,
        fonts=_LATIN,
    ),
    Language(
        code="zh_CN",
        native_name="简体中文",
        qt_locale="zh_CN",
        ts_language="zh_CN",
        plural_forms=1,
        voice_tags=("cmn", "zh-cmn", "zh-cn", "zh"),
        voice_name_hints=("chinese", "mandarin"),
        default_calendar=WESTERN_CALENDAR,
        fonts=("Noto Sans CJK SC", "Noto Sans"),
    ),
    Language(
        code="ko",
        native_name="한국어",
        qt_locale="ko",
        ts_language="ko_KR",
        plural_forms=1,
        voice_tags=("ko", "ko-kr"),
        voice_name_hints=("korean",),
        default_calendar=WESTERN_CALENDAR,
        fonts=("Noto Sans CJK KR", "Noto Sans"),
    ),
    Language(
        code="vi",
        native_name="Tiếng Việt",
        qt_locale="vi",
        ts_language="vi_VN",
        plural_forms=1,
        voice_tags=("vi", "vi-vn"),
        voice_name_hints=("vietnamese",),
        default_calendar=WESTERN_CALENDAR,
        fonts=_LATIN,
    ),
    Language(
        code="pt_BR",
        native_name="Português (Brasil)",
        qt_locale="pt_BR",
        ts_language="pt_BR",
        plural_forms=2,
        voice_tags=("pt-br", "pt"),
        voice_name_hints=("portuguese",),
        default_calendar=WESTERN_CALENDAR,
        fonts=_LATIN,
    ),
    Language(
        code="ja_easy",
        native_name="やさしい にほんご",
        qt_locale="ja",
        ts_language="ja_JP",
        plural_forms=1,
        voice_tags=("ja", "ja-jp"),
        voice_name_hints=("japanese",),
        default_calendar=JAPANESE_CALENDAR,
        fonts=_CJK_JP,
        phrase_breaks=True,
        ruby=True,
    ),
)

#: Every language code, in the order the language buttons show them.
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
DEFAULT = "ja"
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


class UnknownLanguageError(KeyError):
    """A language code the kiosk does not have."""


def get(code: str) -> Language:
    """The language with this code; :class:`UnknownLanguageError` if there is none."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise UnknownLanguageError(code) from None


def get_or_default(code: str) -> Language:
    """The language with this code, or the default language (Japanese)."""
    return _BY_CODE.get(code, _BY_CODE[DEFAULT])


def qt_base_locales() -> tuple[str, ...]:
    """Qt's own catalogues the app loads (``qtbase_<x>.qm``), each once."""
    return tuple(dict.fromkeys(lang.qt_base for lang in LANGUAGES))
