"""``python -m kiosk.face compare``: the outcome JSON on the shared photos, with card photos
made like a My Number card's (greyscale JPEG 2000 face crop)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.camera.synthetic import (
    Degradation,
    face_photo,
    random_identity,
    render_card_face,
    render_scene,
)
from kiosk.face.__main__ import EXIT_BAD_INPUT, EXIT_MATCH, EXIT_OTHER, main
from tests.fixtures.faces import FACES, card_photo_bytes

pytestmark = pytest.mark.skipif(not FACES.is_dir(), reason="shared face photos not present")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def card_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("card") / "photo.jp2"
    path.write_bytes(card_photo_bytes(FACES / "obama" / "1.jpg"))
    return path


def _compare(card: Path, frame: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    status = main(["compare", "--card-photo", str(card), "--frame", str(frame), "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_same_person_matches(card_photo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _compare(card_photo, FACES / "obama" / "2.jpg", capsys)
    assert (status, out["outcome"]) == (EXIT_MATCH, "match")
    assert 0.15 <= out["distance"] <= 0.5


@pytest.mark.parametrize("other", ["biden/1.jpg", "rose_leslie/2.jpg", "alex_lacamoire/1.jpg"])
def test_other_person_does_not_match(
    card_photo: Path, other: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _compare(card_photo, FACES / other, capsys)
    assert (status, out["outcome"]) == (EXIT_OTHER, "no_match")
    assert out["distance"] > 0.5


def test_two_faces_are_refused(card_photo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _compare(card_photo, FACES / "two_people.jpg", capsys)
    assert (status, out) == (EXIT_OTHER, {"outcome": "several_faces_in_frame", "distance": None})


def test_no_face_in_frame(
    card_photo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((480, 640, 3), 180, dtype=np.uint8))
    status, out = _compare(card_photo, blank, capsys)
    assert (status, out) == (EXIT_OTHER, {"outcome": "no_face_in_frame", "distance": None})


def test_no_face_on_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.jp2"
    cv2.imwrite(str(blank), np.full((250, 200), 128, dtype=np.uint8))
    status, out = _compare(blank, FACES / "obama" / "2.jpg", capsys)
    assert (status, out) == (EXIT_OTHER, {"outcome": "no_face_on_card", "distance": None})


def test_the_card_photo_itself_is_a_spoof(
    card_photo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _compare(card_photo, card_photo, capsys)
    assert (status, out["outcome"]) == (EXIT_OTHER, "spoof_suspected")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_card_held_up_to_the_camera_is_a_spoof(
    card_photo: Path, tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(seed)
    face = render_card_face(random_identity(rng), face_photo(FACES / "obama" / "1.jpg"))
    scene = render_scene(face, Degradation(rotation=4.0 * seed - 6, scale=0.45 + 0.1 * seed), rng)
    frame = tmp_path / "held_up.png"
    cv2.imwrite(str(frame), cv2.cvtColor(scene, cv2.COLOR_RGB2BGR))
    status, out = _compare(card_photo, frame, capsys)
    assert (status, out) == (EXIT_OTHER, {"outcome": "spoof_suspected", "distance": None})


def test_unreadable_files_are_a_typed_error(
    card_photo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not an image")
    status, out = _compare(card_photo, junk, capsys)
    assert (status, out) == (
        EXIT_BAD_INPUT,
        {"error": {"code": "unreadable_image", "which": "frame"}},
    )
    status, out = _compare(tmp_path / "missing.jp2", junk, capsys)
    assert status == EXIT_BAD_INPUT and out["error"]["which"] == "card_photo"


def test_module_runs_as_a_program(card_photo: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.face",
            "compare",
            "--card-photo",
            str(card_photo),
            "--frame",
            str(FACES / "biden" / "2.jpg"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == EXIT_OTHER, done.stderr[-2000:]
    assert done.stdout.startswith("outcome: no_match  distance: 0.")
