"""Shared fixtures for the camera tests: the face photos and one RapidOCR reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.camera.helpers import DiskWatch
from tests.fixtures.faces import FACES


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


@pytest.fixture
def disk_watch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., DiskWatch]:
    """Start watching (call it once everything the test itself writes is written)."""

    def start(*also: Path) -> DiskWatch:
        return DiskWatch(tmp_path, monkeypatch, list(also))

    return start
