"""Build step of the wheel (the rest of the packaging is in pyproject.toml).

The translations and pictures live at the top of the source tree, next to ``kiosk/`` (where
the source-tree run, the editable install and kiosk.spec find them). A wheel must carry
them inside the package: this compiles ``translations/*.ts`` with Qt's lrelease (PySide6 is
a build requirement) into ``kiosk/_data/translations/*.qm`` and copies
``resources/**/*.svg`` to ``kiosk/_data/resources/``, where kiosk.resources looks first.
An editable install needs neither (it runs from the tree).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

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


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        data = Path(self.build_lib) / "kiosk" / "_data"
        sources = sorted((ROOT / "translations").glob("kiosk_*.ts"))
        if not sources:
            raise SystemExit("setup.py: no translations/kiosk_*.ts in the source tree")
        (data / "translations").mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        for ts in sources:
            qm = data / "translations" / f"{ts.stem}.qm"
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        pictures = sorted((ROOT / "resources").rglob("*.svg"))
        if not pictures:
            raise SystemExit("setup.py: no resources/**/*.svg in the source tree")
        for svg in pictures:
            target = data / "resources" / svg.relative_to(ROOT / "resources")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(svg, target)


setup(cmdclass={"build_py": BuildPyWithData})
