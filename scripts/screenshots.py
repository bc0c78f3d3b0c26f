"""Renders every kiosk screen in every language offscreen as PNG files for review.

    python scripts/screenshots.py --out DIR [--size 1280x800] [--languages ja,en] [--pseudo]
                                  [--demo]

Files are named ``<language>/<page>.png``: every step and notice, the sub-pages (the phone
keypad, chosen "tell staff" toggles), the camera path's pages (``camera_card*``,
``face_check_*``, ``consent_camera``, ``enter_code_b_prefilled``, ``*_camera``, the camera
notices), every staff screen and confirmation, and some pages again in the larger-text mode
(``*_larger_text``). ``contact_<language>.png`` puts all the
pages of a language on one sheet for reviewers. ``--demo`` adds the DEMO band of demo mode.
The screens show a fictional sample holder; no card, server or speech is needed. Labels
that do not fit are listed at the end (exit 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.settings import LANGUAGES
from kiosk.ui import i18n
from kiosk.ui.gallery import Gallery, clipped

#: Contact sheets: pages per row and the size of each page on the sheet.
SHEET_COLUMNS = 6
SHEET_SCALE = 0.25


def contact_sheet(shots: list[tuple[str, QImage]], title: str) -> QImage:
    """Every page of one language on one image, each with its name under it."""
    first = shots[0][1]
    cell_w = round(first.width() * SHEET_SCALE)
    cell_h = round(first.height() * SHEET_SCALE)
    caption_h, gap, head_h = 26, 12, 48
    rows = -(-len(shots) // SHEET_COLUMNS)
    sheet = QImage(
        gap + SHEET_COLUMNS * (cell_w + gap),
        head_h + rows * (cell_h + caption_h + gap),
        QImage.Format.Format_RGB32,
    )
    sheet.fill(QColor("#d9dde3"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPixelSize(28)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(gap, 0, sheet.width(), head_h), Qt.AlignmentFlag.AlignVCenter, title)
    font.setPixelSize(16)
    font.setBold(False)
    painter.setFont(font)
    for index, (name, image) in enumerate(shots):
        x = gap + (index % SHEET_COLUMNS) * (cell_w + gap)
        y = head_h + (index // SHEET_COLUMNS) * (cell_h + caption_h + gap)
        painter.drawImage(QRect(x, y, cell_w, cell_h), image)
        painter.drawRect(QRect(x, y, cell_w - 1, cell_h - 1))
        painter.drawText(
            QRect(x, y + cell_h, cell_w, caption_h), Qt.AlignmentFlag.AlignCenter, name
        )
    painter.end()
    return sheet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--pseudo", action="store_true", help="also the pseudo-localisation")
    parser.add_argument("--demo", action="store_true", help="with the DEMO band of demo mode")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    languages = [code for code in args.languages.split(",") if code]
    if args.pseudo:
        languages.append(i18n.PSEUDO)

    app = QApplication(sys.argv[:1])
    gallery = Gallery(width, height, demo=args.demo)
    problems: list[str] = []
    count = 0
    for language in languages:
        gallery.set_language(language)
        folder = args.out / language
        folder.mkdir(parents=True, exist_ok=True)
        shots: list[tuple[str, QImage]] = []
        for page in gallery.pages():
            gallery.show(page)
            image = gallery.window.grab().toImage()
            image.save(str(folder / f"{page}.png"))
            shots.append((page, image))
            count += 1
            problems.extend(f"{language}/{page}: {p}" for p in clipped(gallery.window))
        sheet = contact_sheet(shots, f"{language} — {width}x{height}")
        sheet.save(str(args.out / f"contact_{language}.png"))
    gallery.languages.clear()
    gallery.window.close()
    app.quit()
    print(f"screenshots: {count} PNG files in {args.out}")
    for problem in problems:
        print(f"  clipped: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
