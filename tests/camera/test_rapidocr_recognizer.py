"""RapidOcrRecognizer builds RapidOCR's recogniser alone (no detector or classifier session
held for nothing) and reads every line exactly as the whole ``RapidOCR()`` engine does."""

from __future__ import annotations

import importlib
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kiosk.camera.card_face import REGIONS, RapidOcrRecognizer
from kiosk.camera.synthetic import random_identity, render_card_face
from tests.camera.helpers import TODAY

engine = pytest.importorskip("rapidocr_onnxruntime")


def test_only_the_recognition_model_gets_an_onnxruntime_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    infer_engine: Any = importlib.import_module("rapidocr_onnxruntime.utils.infer_engine")
    opened: list[str] = []
    real = infer_engine.InferenceSession

    def counting(model_path: str, *args: Any, **kwargs: Any) -> Any:
        opened.append(Path(model_path).name)
        return real(model_path, *args, **kwargs)

    monkeypatch.setattr(infer_engine, "InferenceSession", counting)
    RapidOcrRecognizer()
    # The whole RapidOCR() opened three: det, cls and rec (about 9 MiB and two thread pools
    # more, for models the card-face reader never runs).
    assert opened == ["ch_PP-OCRv4_rec_infer.onnx"]


def _lines() -> list[np.ndarray]:
    """The three regions of a few synthetic card faces, as the reader crops them, and the
    shapes RapidOCR's own preprocessing changes: a line under its 30 px minimum side (scaled
    up), grey (made three-channel) and RGBA."""
    rng = random.Random(7)
    lines: list[np.ndarray] = []
    for _ in range(4):
        face = render_card_face(random_identity(rng, today=TODAY))
        for left, top, right, bottom in REGIONS.values():
            lines.append(np.ascontiguousarray(face[top:bottom, left:right]))
        left, top, right, bottom = REGIONS["code"]
        lines.append(np.ascontiguousarray(face[top + 8 : top + 30, left:right]))
        grey = face[top:bottom, left:right].mean(axis=2).astype(np.uint8)
        lines.append(np.ascontiguousarray(grey))
        alpha = np.full((bottom - top, right - left, 1), 255, np.uint8)
        lines.append(np.concatenate([face[top:bottom, left:right], alpha], axis=2))
    return lines


def test_every_line_reads_as_the_whole_rapidocr_engine_reads_it() -> None:
    whole = engine.RapidOCR()
    alone = RapidOcrRecognizer()
    for line in _lines():
        expected, _elapsed = whole(line.copy(), use_det=False, use_cls=False, use_rec=True)
        got = alone.recognize(line.copy())
        assert got is not None
        assert (got.text, got.score) == (str(expected[0][0]), float(expected[0][1]))
