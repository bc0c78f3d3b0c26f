"""The image watch used over a whole face check-in sees an image written (it can fail)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.camera.helpers import image_like_written, snapshot, write_frames


def test_the_watch_sees_an_image_written_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("before", encoding="utf-8")
    before = snapshot(tmp_path)
    (tmp_path / "notes.txt").write_text("after, longer", encoding="utf-8")
    assert image_like_written(before, snapshot(tmp_path)) == []
    write_frames(tmp_path / "frames", [np.zeros((8, 8, 3), dtype=np.uint8)])
    (tmp_path / "disguised.bin").write_bytes(b"header" + b"\x00\x00\x00\x0cjP  \r\n")
    found = {p.name for p in image_like_written(before, snapshot(tmp_path))}
    assert found == {"frame-0.png", "disguised.bin"}
