"""Build step of the wheel (the rest of the packaging is in pyproject.toml).

The translations and pictures live at the top of the source tree, next to ``kiosk/`` (where
the source-tree run, the editable install and kiosk.spec find them). A wheel must carry
them inside the package: this compiles ``translations/kiosk_<code>.ts`` for every language of
kiosk/languages.py with Qt's lrelease (PySide6 is a build requirement) into
``kiosk/_data/translations/*.qm`` (a missing one stops the build) and copies
``resources/**/*.svg`` to ``kiosk/_data/resources/``, where kiosk.resources looks first.
An editable install needs neither (it runs from the tree).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> str:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / name
    found = str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("setup.py: Qt's lrelease not found (PySide6-Essentials)")
    return found


def _languages() -> tuple[Any, ...]:
    """The language registry (kiosk/languages.py, Qt-free) of this source tree."""
    sys.path.insert(0, str(ROOT))
    try:
        from kiosk import languages
    finally:
        sys.path.remove(str(ROOT))
    return languages.LANGUAGES


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        data = Path(self.build_lib) / "kiosk" / "_data"
        (data / "translations").mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        for language in _languages():
            ts = ROOT / "translations" / language.ts_name
            if not ts.is_file():
                raise SystemExit(f"setup.py: translations/{ts.name} is missing")
            qm = data / "translations" / language.qm_name
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        pictures = sorted((ROOT / "resources").rglob("*.svg"))
        if not pictures:
            raise SystemExit("setup.py: no resources/**/*.svg in the source tree")
        for svg in pictures:
            target = data / "resources" / svg.relative_to(ROOT / "resources")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(svg, target)


setup(cmdclass={"build_py": BuildPyWithData})
