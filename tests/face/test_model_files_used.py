"""The matcher loads only the model files the match uses: the 5-point landmark model and the
ResNet encoder (plus the 0.7 MB CNN detector file face_recognition opens at import). The
68-point model (100 MB, training data licensed for non-commercial use only) is never opened,
so the installer need not carry it (issue 11.9)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import sys
from kiosk.face.matcher import DlibFaceMatcher
matcher = DlibFaceMatcher()
mods = sys.modules["face_recognition_models"]
print("68:", mods.pose_predictor_model_location())
print("5:", mods.pose_predictor_five_point_model_location())
"""


def test_the_68_point_model_is_not_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert not lines["68"].endswith("shape_predictor_68_face_landmarks.dat")
    assert lines["68"] == lines["5"]


def test_model_files_used_exist_and_leave_out_the_68_point_model() -> None:
    from kiosk.face.matcher import model_files_used

    used = model_files_used()
    names = {path.name for path in used}
    assert "shape_predictor_68_face_landmarks.dat" not in names
    assert {
        "shape_predictor_5_face_landmarks.dat",
        "dlib_face_recognition_resnet_model_v1.dat",
    } <= names
    assert all(path.is_file() for path in used)
