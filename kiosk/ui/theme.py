"""Look of the kiosk: large text, large touch targets, high contrast, never colour alone.

Sizes scale with the screen height so the same layout works at 1280x800 and 1920x1080.
Colours pass WCAG AA contrast against their backgrounds (dark text on white, white on dark
blue / dark red); every state that has a colour also has an icon and a word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.ui import i18n

_log = logging.getLogger(__name__)

INK = "#111111"
PAPER = "#ffffff"
PANEL = "#f1f3f6"
PRIMARY = "#0b3d91"  # dark blue: 10.6:1 with white
DANGER = "#8b1a1a"  # dark red: 9.1:1 with white
OK = "#14532d"  # dark green: 9.9:1 with white
WARN_BG = "#fff4cc"
FOCUS = "#ffbf00"
CHOSEN_BG = "#dde8fb"  # a chosen toggle: ink on light blue, 15:1
DEMO_BG = "#ffd400"  # the DEMO band: black on yellow, 14:1


#: The type scale (docs/ui.md, "Type scale"): pixel sizes at a screen 800 px high, scaled
#: up with taller screens and never below these. A person reads the kiosk standing, at arm's
#: length (50-70 cm), many of them older, tired or without their glasses.
BODY_PX = 28  # body text and every label one reads to act: captions, toggles, keys' words
TITLE_PX = 45  # the question or title of a screen
HUGE_PX = 62  # the one word of a status screen, the digits typed
SMALL_PX = 22  # small print only (SMALL_PRINT_ROLES): nobody needs it to go on
#: "Larger text" (a choice on the idle screen, for this person only): body text and labels
#: times this; titles, already large, times LARGER_TITLES (the screens still fit).
LARGER_TEXT = 1.25
LARGER_TITLES = 1.15

#: Object names of labels that are small print: the consent text's version, the error code
#: and the idle screen's sign for staff, the DEMO band, the staff panel's status rows.
SMALL_PRINT_ROLES = frozenset({"small", "status", "demo_band"})
#: Object names of labels set in the title and huge sizes.
TITLE_ROLES = frozenset({"title"})
HUGE_ROLES = frozenset({"huge"})


@dataclass(frozen=True)
class Metrics:
    body_px: int
    title_px: int
    huge_px: int
    small_px: int
    touch_px: int
    margin_px: int
    #: True in the "larger text" mode.
    larger: bool = False

    @classmethod
    def for_height(cls, height: int, *, larger: bool = False) -> Metrics:
        scale = max(1.0, height / 800)
        text = scale * (LARGER_TEXT if larger else 1.0)
        titles = scale * (LARGER_TITLES if larger else 1.0)
        return cls(
            body_px=round(BODY_PX * text),
            title_px=round(TITLE_PX * titles),
            huge_px=round(HUGE_PX * titles),
            small_px=round(SMALL_PX * text),
            touch_px=max(72, round(80 * scale)),
            margin_px=round(24 * scale),
            larger=larger,
        )

    def minimum_px(self, role: str) -> int:
        """The smallest pixel size a label with this object name may have on screen."""
        if role in HUGE_ROLES:
            return self.huge_px
        if role in TITLE_ROLES:
            return self.title_px
        if role in SMALL_PRINT_ROLES:
            return self.small_px
        return self.body_px


def resources_dir() -> Path:
    """The icons and pictures (repo, wheel or frozen app)."""
    return resources.resources_dir()


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def picture_path(name: str) -> str:
    return str(resources_dir() / "pictures" / f"{name}.svg")


def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


def stylesheet(m: Metrics) -> str:
    return f"""
QWidget {{ color: {INK}; background: {PAPER}; font-size: {m.body_px}px; }}
QLabel {{ background: transparent; }}
QLabel#title {{ font-size: {m.title_px}px; font-weight: bold; }}
QLabel#subtitle {{ font-weight: bold; }}
QLabel#huge {{ font-size: {m.huge_px}px; font-weight: bold; }}
QLabel#small, QLabel#status, QLabel[role="small"] {{ font-size: {m.small_px}px; }}
QLabel#key, QLabel#language, QLabel#caption {{ font-size: {m.body_px}px; }}
QLabel#caption {{ color: #333333; }}
QLabel#status {{ color: #333333; }}
QLabel#dots {{ font-size: {m.huge_px}px; letter-spacing: 12px; }}
QFrame#panel {{ background: {PANEL}; border-radius: 12px; }}
QFrame#panel QLabel {{ background: transparent; }}
QFrame#panel QScrollArea, QWidget#status_rows {{ background: transparent; }}
QFrame#warning {{ background: {WARN_BG}; border: 3px solid {INK}; border-radius: 12px; }}
QFrame#warning QLabel {{ background: transparent; }}
QLabel#demo_band {{
  background: {DEMO_BG}; color: {INK}; font-size: {m.small_px}px; font-weight: bold;
  border-bottom: 3px solid {INK}; padding: 0px 8px;
}}
QFrame#overlay {{ background: rgba(0, 0, 0, 170); }}
QFrame#dialog {{ background: {PAPER}; border: 4px solid {INK}; border-radius: 16px; }}
QPushButton {{
  /* min-height is the content box: with padding and border the button is touch_px tall. */
  min-height: {m.touch_px - 18}px; min-width: {m.touch_px - 42}px;
  border: 3px solid {INK}; border-radius: 14px; background: {PAPER};
  padding: 6px 18px;
}}
QPushButton QLabel {{ background: transparent; color: {INK}; }}
QPushButton QLabel[inverse="true"] {{ color: #ffffff; }}
QPushButton QLabel[dim="true"] {{ color: #6b6b6b; }}
QPushButton:pressed {{ background: #d0d7e2; }}
QPushButton:disabled {{ border-color: #8a8a8a; background: #f4f4f4; }}
QPushButton[variant="primary"] {{ background: {PRIMARY}; border-color: {PRIMARY}; }}
QPushButton[variant="primary"]:pressed {{ background: #072a66; }}
QPushButton[variant="danger"] {{ background: {DANGER}; border-color: {DANGER}; }}
QPushButton[variant="ok"] {{ background: {OK}; border-color: {OK}; }}
QPushButton[variant="primary"]:disabled, QPushButton[variant="danger"]:disabled,
QPushButton[variant="ok"]:disabled {{ background: #e4e6ea; border-color: #8a8a8a; }}
QPushButton:checked {{ background: {PRIMARY}; border-color: {INK}; }}
QPushButton[variant="key"] QLabel {{ font-size: {m.title_px}px; font-weight: bold; }}
QPushButton[word_key="true"] {{ padding: 6px 4px; }}
/* A chosen "tell staff" toggle: light blue with a thick dark-blue frame and a tick in its box,
   unlike the dark main button. */
QPushButton[variant="toggle"]:checked {{ background: {CHOSEN_BG}; border: 5px solid {PRIMARY}; }}
QPushButton[variant="toggle"]:pressed {{ background: #d0d7e2; }}
/* The focus ring only for keyboard users (widgets.BigButton sets "ring"). Last, so it wins. */
QPushButton[ring="true"]:focus {{ border: 5px solid {FOCUS}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QComboBox {{
  border: 3px solid {INK}; border-radius: 8px; padding: 6px; min-height: {m.touch_px - 16}px;
  background: {PAPER};
}}
QCheckBox {{ spacing: 16px; min-height: {m.touch_px}px; }}
QCheckBox::indicator {{ width: {m.body_px + 8}px; height: {m.body_px + 8}px; }}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ width: {m.touch_px // 2}px; background: {PANEL}; }}
QScrollBar::handle:vertical {{
  background: #6b7280; min-height: {m.touch_px}px; border-radius: 6px;
}}
"""


#: QApplication properties: the screen height the sizes are for, and the larger-text mode.
_HEIGHT = "kiosk_metrics_height"
_LARGER = "kiosk_larger_text"


def apply(app: QApplication, height: int, language_code: str) -> Metrics:
    app.setProperty(_HEIGHT, height)
    metrics = Metrics.for_height(height, larger=larger_text())
    app.setStyleSheet(stylesheet(metrics))
    apply_font(app, language_code)
    return metrics


def larger_text() -> bool:
    """True while the "larger text" choice is on."""
    app = QApplication.instance()
    return app is not None and app.property(_LARGER) is True


def set_larger_text(on: bool) -> None:
    """Every text of the kiosk larger (``on``) or back to the type scale's sizes. The
    choice is one person's: :func:`reset_text_size` at the end of each session."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or larger_text() == on:
        return
    app.setProperty(_LARGER, on)
    height = app.property(_HEIGHT)
    app.setStyleSheet(stylesheet(Metrics.for_height(height or 800, larger=on)))


def reset_text_size() -> None:
    """Back to the normal sizes (the flow let go of the person: the next one starts there)."""
    set_larger_text(False)


def apply_font(app: QApplication, language_code: str) -> None:
    font = QFont()
    font.setFamilies(list(i18n.language(language_code).fonts))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)


#: Font files the installer ships (kiosk.spec puts the Noto fonts the layout tests used in
#: ``fonts/``), so Windows draws what was tested; absent in the source tree, where the
#: system's fonts are the tested ones.
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")


def load_shipped_fonts(folder: Path | None = None) -> list[str]:
    """Register every shipped font file with Qt (before any widget exists); the families
    they add. A file Qt cannot read is skipped and logged, never fatal."""
    folder = folder if folder is not None else resources.shipped_dir("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            _log.warning("font file not loaded: %s", path.name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families
