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


def _run(program: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_matcher_loads_without_pkg_resources() -> None:
    done = _run(PROGRAM)
    assert "MATCHER-READY True" in done.stdout, (done.stdout[-2000:], done.stderr[-2000:])
    assert "Please install" not in done.stdout


#: The 68-point landmark model is used only by ``face_landmarks(model="large")``; the match
#: never calls it, so it is never opened and the installer need not carry it (issue 11.9:
#: 100 MB, training data licensed for non-commercial use only).
MODEL_PATHS = """
import sys
from kiosk.face.matcher import DlibFaceMatcher
matcher = DlibFaceMatcher()
mods = sys.modules["face_recognition_models"]
print("68:", mods.pose_predictor_model_location())
print("5:", mods.pose_predictor_five_point_model_location())
"""


def test_the_68_point_model_is_not_loaded() -> None:
    done = _run(MODEL_PATHS)
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert not lines["68"].endswith("shape_predictor_68_face_landmarks.dat")
    assert lines["68"] == lines["5"]


def test_model_files_used_leave_out_the_68_point_model() -> None:
    from kiosk.face.matcher import model_files_used

    used = model_files_used()
    names = {path.name for path in used}
    assert "shape_predictor_68_face_landmarks.dat" not in names
    assert {
        "shape_predictor_5_face_landmarks.dat",
        "dlib_face_recognition_resnet_model_v1.dat",
    } <= names
    assert all(path.is_file() for path in used)


def test_model_files_are_found_without_pkg_resources() -> None:
    from kiosk.face.matcher import face_model_files

    files = face_model_files()
    assert len(files) == 4
    for path in files.values():
        assert path.is_file() and path.stat().st_size > 0
