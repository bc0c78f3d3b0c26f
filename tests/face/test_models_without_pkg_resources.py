"""The face match needs two model files and nothing that does not install everywhere.

* face_recognition_models' ``__init__`` imports pkg_resources (gone on Python 3.12+ venvs and
  with setuptools 81+), and face_recognition *exits the process* (``quit()``, status 0) when
  that import fails. The matcher imports neither: it finds the models folder by the package's
  spec and calls dlib as face_recognition 1.3 does.
* face_recognition opens the 68-point landmark model (100 MB, trained on iBUG 300-W, licensed
  for non-commercial use only) and the CNN face detector at import. The match uses neither:
  it runs with a models folder that holds only the two files it opens (issue 11.9).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.face.matcher import (
    ENCODER_FILE,
    SHAPE_PREDICTOR_FILE,
    UNUSED_MODEL_FILES,
    model_files_used,
    models_folder,
)
from tests.fixtures.faces import FACES

ROOT = Path(__file__).resolve().parents[2]

# pkg_resources and face_recognition made unimportable; the models from FOLDER only.
PROGRAM = """
import sys
from pathlib import Path
sys.modules["pkg_resources"] = None
sys.modules["face_recognition"] = None
sys.modules["face_recognition_models"] = None
import cv2
from kiosk.camera.synthetic import card_photo_jp2
from kiosk.face.matcher import DlibFaceMatcher, decode_card_photo

def rgb(name):
    return cv2.cvtColor(cv2.imread(str(Path(sys.argv[2]) / name)), cv2.COLOR_BGR2RGB)

matcher = DlibFaceMatcher(models=Path(sys.argv[1]))
card_image = rgb("obama/1.jpg")
card = decode_card_photo(card_photo_jp2(card_image, matcher.face_locations(card_image)[0]))
print("SAME", matcher.compare(card, rgb("obama/2.jpg")).outcome.value)
print("OTHER", matcher.compare(card, rgb("biden/1.jpg")).outcome.value)
"""


def _run(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, str(folder), str(FACES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.skipif(not FACES.is_dir(), reason="shared face photos not present")
def test_the_match_runs_with_only_the_two_model_files(tmp_path: Path) -> None:
    """A models folder as the installer ships it: the two files, no 68-point model, no CNN
    detector; pkg_resources, face_recognition and face_recognition_models unimportable."""
    for path in model_files_used():
        (tmp_path / path.name).symlink_to(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [ENCODER_FILE, SHAPE_PREDICTOR_FILE]
    )
    done = _run(tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SAME match" in done.stdout and "OTHER no_match" in done.stdout, done.stdout


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / SHAPE_PREDICTOR_FILE).symlink_to(models_folder() / SHAPE_PREDICTOR_FILE)
    done = _run(tmp_path)
    assert done.returncode != 0
    assert f"face model missing: {ENCODER_FILE}" in done.stderr


def test_model_files_used_are_the_two_the_match_opens() -> None:
    used = model_files_used()
    assert [path.name for path in used] == sorted([ENCODER_FILE, SHAPE_PREDICTOR_FILE])
    assert not {path.name for path in used} & set(UNUSED_MODEL_FILES)
    assert all(path.is_file() and path.stat().st_size > 0 for path in used)
