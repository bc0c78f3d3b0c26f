"""Shared fixtures for the camera tests: the face photos and one RapidOCR reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

FACES = Path(__file__).resolve().parents[3] / "shared" / "faces"
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
