"""Look of the kiosk: large text, large touch targets, high contrast, never colour alone.

Sizes scale with the screen height so the same layout works at 1280x800 and 1920x1080.
Colours pass WCAG AA contrast against their backgrounds (dark text on white, white on dark
blue / dark red); every state that has a colour also has an icon and a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.ui import i18n

INK = "#111111"
PAPER = "#ffffff"
PANEL = "#f1f3f6"
PRIMARY = "#0b3d91"  # dark blue: 10.6:1 with white
DANGER = "#8b1a1a"  # dark red: 9.1:1 with white
OK = "#14532d"  # dark green: 9.9:1 with white
WARN_BG = "#fff4cc"
FOCUS = "#ffbf00"
DEMO_BG = "#ffd400"  # the DEMO band: black on yellow, 14:1


@dataclass(frozen=True)
class Metrics:
    body_px: int
    title_px: int
    huge_px: int
    small_px: int
    touch_px: int
    margin_px: int

    @classmethod
    def for_height(cls, height: int) -> Metrics:
        scale = max(1.0, height / 800)
        body = round(28 * scale)
        return cls(
            body_px=body,
            title_px=round(body * 1.6),
            huge_px=round(body * 2.2),
            small_px=max(18, round(body * 0.7)),
            touch_px=max(72, round(80 * scale)),
            margin_px=round(24 * scale),
        )


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
QLabel#key, QLabel#language {{ font-size: {round(m.body_px * 0.86)}px; }}
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
QPushButton:focus {{ border: 5px solid {FOCUS}; }}
QPushButton:disabled {{ border-color: #8a8a8a; background: #f4f4f4; }}
QPushButton[variant="primary"] {{ background: {PRIMARY}; border-color: {PRIMARY}; }}
QPushButton[variant="primary"]:pressed {{ background: #072a66; }}
QPushButton[variant="danger"] {{ background: {DANGER}; border-color: {DANGER}; }}
QPushButton[variant="ok"] {{ background: {OK}; border-color: {OK}; }}
QPushButton[variant="primary"]:disabled, QPushButton[variant="danger"]:disabled,
QPushButton[variant="ok"]:disabled {{ background: #e4e6ea; border-color: #8a8a8a; }}
QPushButton:checked {{ background: {PRIMARY}; border-color: {INK}; }}
QPushButton[variant="key"] QLabel {{ font-size: {m.title_px}px; font-weight: bold; }}
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


def apply(app: QApplication, height: int, language_code: str) -> Metrics:
    metrics = Metrics.for_height(height)
    app.setStyleSheet(stylesheet(metrics))
    apply_font(app, language_code)
    return metrics


def apply_font(app: QApplication, language_code: str) -> None:
    font = QFont()
    font.setFamilies(list(i18n.language(language_code).fonts))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
