"""Where the kiosk's shipped files are: the compiled translations (``translations``) and the
icons and pictures (``resources``). Qt-free, so ``--self-test`` checks them without Qt.

* a frozen (PyInstaller) app: ``<sys._MEIPASS>/<name>`` (kiosk.spec puts them there);
* an installed wheel: ``kiosk/_data/<name>`` inside the package (setup.py puts them there);
* the source tree (a clone, an editable install): ``<tree>/<name>``, next to ``kiosk/``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

#: Inside the installed package; absent in the source tree.
PACKAGED = Path(__file__).resolve().parent / "_data"


def shipped_dir(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    packaged = PACKAGED / name
    if packaged.is_dir():
        return packaged
    return PACKAGED.parents[1] / name


def translations_dir() -> Path:
    return shipped_dir("translations")


def resources_dir() -> Path:
    return shipped_dir("resources")


def check() -> dict[str, Any]:
    """Self-test: the icons and pictures the screens show are there (the translations are
    checked by loading them, which needs Qt)."""
    folder = resources_dir()
    counts: dict[str, Any] = {"folder": str(folder)}
    for kind in ("icons", "pictures"):
        found = len(list((folder / kind).glob("*.svg")))
        if not found:
            raise FileNotFoundError(f"no {kind} in {folder / kind}")
        counts[kind] = found
    return counts
