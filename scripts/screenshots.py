"""Renders every kiosk screen in every language offscreen as PNG files for review.

    python scripts/screenshots.py --out DIR [--size 1280x800] [--languages ja,en] [--pseudo]
                                  [--demo]

Files are named ``<language>/<page>.png``; ``--demo`` adds the DEMO band of demo mode. The
screens show a fictional sample holder; no card, server or speech is needed. Labels that do
not fit are listed at the end (exit 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from kiosk.settings import LANGUAGES
from kiosk.ui import i18n
from kiosk.ui.gallery import Gallery, clipped


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
        for page in gallery.pages():
            gallery.show(page)
            gallery.window.grab().save(str(folder / f"{page}.png"))
            count += 1
            problems.extend(f"{language}/{page}: {p}" for p in clipped(gallery.window))
    gallery.languages.clear()
    gallery.window.close()
    app.quit()
    print(f"screenshots: {count} PNG files in {args.out}")
    for problem in problems:
        print(f"  clipped: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
