"""Helpers of the camera tests: the fixed day the synthetic cards are read on, and a watch
over every folder a camera path could write to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

#: The day the tests read card faces on (expiry and birth-date plausibility depend on it).
TODAY = date(2026, 12, 4)


class DiskWatch:
    """HOME, TMPDIR and the working directory moved to empty folders under ``tmp_path``;
    :meth:`unchanged` says whether any file appeared or changed there or in ``also``."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, also: list[Path]) -> None:
        self.home, self.tmp, self.work = tmp_path / "home", tmp_path / "tmp", tmp_path / "work"
        for folder in (self.home, self.tmp, self.work):
            folder.mkdir()
        monkeypatch.setenv("HOME", str(self.home))
        monkeypatch.setenv("TMPDIR", str(self.tmp))
        monkeypatch.chdir(self.work)
        self._folders = [tmp_path, *also]
        self._before = self._snapshot()

    def _snapshot(self) -> dict[str, tuple[int, int]]:
        return {
            str(p): (p.stat().st_size, p.stat().st_mtime_ns)
            for folder in self._folders
            for p in folder.rglob("*")
            if p.is_file()
        }

    def unchanged(self) -> bool:
        empty = not [*self.tmp.iterdir(), *self.home.iterdir(), *self.work.iterdir()]
        return empty and self._snapshot() == self._before


def write_frames(folder: Path, frames: Sequence[npt.NDArray[np.uint8]]) -> Path:
    """Test data: RGB frames written as ``frame-N.png`` under ``folder`` (created), for the
    file camera to play back."""
    import cv2

    folder.mkdir(parents=True, exist_ok=True)
    for index, frame in enumerate(frames):
        ok, png = cv2.imencode(".png", cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
        assert ok
        (folder / f"frame-{index}.png").write_bytes(png.tobytes())
    return folder


#: Byte signatures of image files (PNG, JPEG, JPEG 2000 file and codestream, BMP, TIFF,
#: WebP's RIFF, numpy's .npy): a file holding one of them is image-like.
IMAGE_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"\x00\x00\x00\x0cjP  ",
    b"\xffO\xffQ",
    b"BM6",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF",
    b"\x93NUMPY",
)


def snapshot(*folders: Path) -> dict[Path, tuple[int, int]]:
    """Every file under ``folders`` with its size and modification time."""
    return {
        p: (p.stat().st_size, p.stat().st_mtime_ns)
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file()
    }


def image_like_written(
    before: dict[Path, tuple[int, int]], after: dict[Path, tuple[int, int]]
) -> list[Path]:
    """Files new or changed between two snapshots whose bytes hold an image signature."""
    changed = [p for p, stamp in after.items() if before.get(p) != stamp]
    return [p for p in changed if any(sig in p.read_bytes() for sig in IMAGE_SIGNATURES)]
