"""Helpers of the camera tests: the fixed day the synthetic cards are read on, and a watch
over every folder a camera path could write to."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
