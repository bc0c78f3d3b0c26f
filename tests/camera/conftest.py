"""Shared fixtures for the camera tests: the face photos and one RapidOCR reader."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.faces import FACES

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="session")
def faces() -> Path:
    if not FACES.is_dir():
        pytest.skip("shared face photos not present")
    return FACES


@pytest.fixture(scope="session")
def recognizer() -> object:
    pytest.importorskip("rapidocr_onnxruntime")
    from kiosk.camera.card_face import RapidOcrRecognizer

    return RapidOcrRecognizer()


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


@pytest.fixture
def disk_watch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., DiskWatch]:
    """Start watching (call it once everything the test itself writes is written)."""

    def start(*also: Path) -> DiskWatch:
        return DiskWatch(tmp_path, monkeypatch, list(also))

    return start
