"""face_recognition on a Python without pkg_resources (3.12+ venvs have no setuptools).

face_recognition_models' ``__init__`` imports pkg_resources, and face_recognition *exits the
process* (``quit()``, status 0) when that import fails. The kiosk loads the model paths
without that ``__init__``, so the matcher works on any Python the kiosk supports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# pkg_resources made unimportable the way a 3.12+ venv without setuptools has it.
PROGRAM = """
import sys
sys.modules["pkg_resources"] = None
from kiosk.face.matcher import DlibFaceMatcher
matcher = DlibFaceMatcher()
print("MATCHER-READY", callable(matcher._fr.face_encodings))
"""


def test_matcher_loads_without_pkg_resources() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "MATCHER-READY True" in done.stdout, (done.stdout[-2000:], done.stderr[-2000:])
    assert "Please install" not in done.stdout


def test_model_files_are_found_without_pkg_resources() -> None:
    from kiosk.face.matcher import face_model_files

    files = face_model_files()
    assert len(files) == 4
    for path in files.values():
        assert path.is_file() and path.stat().st_size > 0
