"""The design card names face_recognition for the match. The kiosk calls dlib the way
face_recognition 1.3 does instead of importing it (its import opens the 68-point and CNN
models and exits the process where pkg_resources is missing), so this test holds the two
together: the same face boxes and the same 128-d encodings on the shared photos. It runs
face_recognition in a child process, where its import cannot end the test run."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from kiosk.face.matcher import DlibFaceMatcher
from tests.fixtures.faces import FACES, rgb

PHOTOS = ["obama/1.jpg", "biden/1.jpg", "kit_harington/1.jpg"]

REFERENCE = """
import importlib.resources, importlib.util, json, sys, types
if importlib.util.find_spec("face_recognition") is None:
    sys.exit(3)
# face_recognition_models asks pkg_resources (gone from new setuptools) for its files.
shim = types.ModuleType("pkg_resources")
shim.resource_filename = lambda package, name: str(importlib.resources.files(package) / name)
sys.modules.setdefault("pkg_resources", shim)
import face_recognition
out = []
for path in sys.argv[1:]:
    image = face_recognition.load_image_file(path)
    boxes = face_recognition.face_locations(image)
    codes = face_recognition.face_encodings(image, boxes, model="small")
    out.append({"boxes": [list(b) for b in boxes], "codes": [c.tolist() for c in codes]})
print(json.dumps(out))
"""


def _reference() -> list[dict[str, list[list[float]]]]:
    done = subprocess.run(
        [sys.executable, "-c", REFERENCE, *(str(FACES / p) for p in PHOTOS)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode == 3:
        pytest.skip("face_recognition is not installed (a dev-only reference)")
    assert done.returncode == 0 and done.stdout.strip(), done.stderr[-2000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.skipif(not FACES.is_dir(), reason="shared face photos not present")
def test_same_boxes_and_encodings_as_face_recognition() -> None:
    reference = _reference()
    matcher = DlibFaceMatcher()
    for photo, expected in zip(PHOTOS, reference, strict=True):
        image = rgb(FACES / photo)
        boxes = matcher.face_locations(image)
        assert [list(b) for b in boxes] == expected["boxes"], photo
        assert boxes, photo
        for box, code in zip(boxes, expected["codes"], strict=True):
            ours = matcher._encoding(image, box)
            assert np.allclose(ours, np.array(code), atol=1e-6), photo
