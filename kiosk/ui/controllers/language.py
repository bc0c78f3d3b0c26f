"""The language on screen: the translator and the font follow the language the flow shows.

The flow decides the language (the person's choice; every reset returns to the settings'
default language, see CheckInFlow); this controller only installs it. ``pseudo`` shows the
pseudo-localisation instead (layout checks).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.flow.contract import FlowView
from kiosk.ui import i18n, theme
from kiosk.ui.window import MainWindow


class LanguageController:
    def __init__(self, qapp: QApplication, window: MainWindow) -> None:
        self._qapp = qapp
        self._window = window
        self.switcher = i18n.LanguageSwitcher(qapp)
        self.pseudo = False

    @property
    def current(self) -> str:
        return self.switcher.current

    def follow(self, view: FlowView) -> None:
        """Before ``view`` is shown: its language (or the pseudo one) is installed."""
        wanted = i18n.PSEUDO if self.pseudo else view.language
        if wanted != self.switcher.current:
            self.set_language(wanted)

    def set_language(self, code: str) -> None:
        self.switcher.switch(code)
        theme.apply_font(self._qapp, code)
        self._window.retranslate()

    def clear(self) -> None:
        self.switcher.clear()
