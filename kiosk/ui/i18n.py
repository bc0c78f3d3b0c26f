"""Languages of the kiosk: compiled Qt Linguist catalogues loaded through QTranslator.

Source strings in the code are English and are always written as literal
``QCoreApplication.translate("Context", "text")`` calls (or ``QT_TRANSLATE_NOOP`` for tables
translated later), so ``pyside6-lupdate`` finds them (translations/README.md). Placeholders
use ``{name}`` and ``.format()`` after translation. A text with a count is a plural, written
``Status.tr("%n need staff", "", count)`` with ``Status = Context("Status")`` (lupdate reads
translate()'s count only when it is a number literal; see :class:`Context`).

The translators are kept referenced by :class:`LanguageSwitcher`; installing one makes Qt
send ``QEvent.LanguageChange`` to every widget, and each screen re-sets its texts then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk import languages, resources
from kiosk.ui import ruby

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(  # noqa: N802 - Qt's marker name
    context: str, source_text: str, disambiguation: None = None, plural: int = 0
) -> str:
    """Marks a text for translation where it is shown later; returns it as it is. Qt's own
    (PySide6.QtCore) is declared ``-> object``; lupdate finds either by its name.

    A text with a count (``%n``) in a table: ``QT_TRANSLATE_NOOP("Staff", "%n records",
    None, 1)``. The literal 1 is how lupdate learns it is a plural; show it with
    :func:`translate_counted`, which passes the count only to such texts."""
    return source_text


def translate_counted(context: str, source_text: str, count: int) -> str:
    """A text from a table, translated; ``%n`` in it becomes ``count`` in the plural form the
    language needs. Texts without ``%n`` are looked up without a count (Qt finds a text that
    is not a plural only then)."""
    n = count if "%n" in source_text else -1
    return QCoreApplication.translate(context, source_text, None, n)


class Context:
    """A translation context for plural texts (and any other): ``Status.tr(text, "", n)``
    is ``QCoreApplication.translate("Status", text, "", n)`` with ``%n`` replaced by ``n``
    in the form the language needs ("%n record" / "%n records").

    lupdate names the context after the variable the call is written on (``Status.tr`` ->
    "Status"), so the variable and the context have the same name, at module level:
    ``Status = Context("Status")`` (tests/ui/test_translations.py checks it). Plain
    ``QCoreApplication.translate(context, text, "", n)`` is not read as a plural by lupdate
    when ``n`` is a name, and is dropped altogether when it is an expression.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, source_text, disambiguation, n)


#: The registry (kiosk/languages.py), re-exported for the screens.
Language = languages.Language
LANGUAGES: tuple[Language, ...] = languages.LANGUAGES
LANGUAGE_CODES = languages.CODES
PSEUDO = "pseudo"


def language(code: str) -> Language:
    """The language with this code, or the default language."""
    return languages.get_or_default(code)


def translations_dir() -> Path:
    """Where the compiled ``kiosk_<lang>.qm`` files are (repo, wheel or frozen app)."""
    return resources.translations_dir()


def qm_path(code: str) -> Path:
    return translations_dir() / languages.get(code).qm_name


_ACCENTS = str.maketrans("aeiouAEIOUcnyCNYsz", "áéîõüÅÉÎÕÜçñýÇÑÝšž")


def pseudo_localise(text: str) -> str:
    """Accent every letter and stretch by ~40%, keeping ``{placeholders}`` intact."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        if depth:
            out.append(ch)
        else:
            out.append(ch.translate(_ACCENTS))
        if ch == "}":
            depth = max(0, depth - 1)
    body = "".join(out)
    letters = sum(1 for ch in text if ch.isalnum())
    extra = max(1, round(letters * 0.4))
    # The stretch comes as extra words of at most 8 letters (no language has a 30-letter
    # word at the end of every sentence); a short text's whole padding stays one word, so a
    # button's caption is still tested with its longest word 40% longer.
    chunks = ["~" * min(8, extra - start) for start in range(0, extra, 8)]
    padding = chunks[0] + "".join(" " + chunk for chunk in chunks[1:])
    # Keep line breaks so multi-line texts stay multi-line.
    return "[" + body + padding + "]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with a stretched, accented English text (layout testing)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_localise(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
        return False


_CATALOGUES: dict[str, QTranslator] = {}


def catalogue_translate(code: str) -> Callable[[str, str], str]:
    """``translate(context, source)`` in ``code``'s catalogue, whatever language is shown (the
    voice may speak another one: kiosk.ui.texts.spoken_prompt). Loaded once, kept for the
    process; the source text where the catalogue has no translation."""
    translator = _CATALOGUES.get(code)
    if translator is None:
        translator = QTranslator()
        if not translator.load(str(qm_path(code))):
            log.error("translations for %s are missing (%s)", code, qm_path(code).name)
        _CATALOGUES[code] = translator

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate


class LanguageSwitcher:
    """Installs the translators for one language at a time and keeps them referenced."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = ""

    def available(self, code: str) -> bool:
        if code in (languages.SOURCE, PSEUDO):
            return True
        return code in LANGUAGE_CODES and qm_path(code).is_file()

    def clear(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.current = ""
        ruby.set_enabled(False)

    def switch(self, code: str) -> None:
        if code == self.current:
            return
        self.clear()
        # Before the translators go in: their LanguageChange makes every label set its text.
        ruby.set_enabled(code != PSEUDO and language(code).ruby)
        if code == PSEUDO:
            self._installed.append(PseudoTranslator(self._app))
        else:
            lang = language(code)
            qt_translator = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{lang.qt_base}", qt_dir):
                self._installed.append(qt_translator)
            kiosk_translator = QTranslator(self._app)
            if kiosk_translator.load(str(qm_path(lang.code))):
                self._installed.append(kiosk_translator)
            elif lang.code != "en":
                log.error("translations for %s are missing (%s)", code, qm_path(lang.code).name)
            QLocale.setDefault(QLocale(lang.qt_locale))
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.current = code
        log.info("language: %s", code)
