"""The card-face OCR is installed on every Python the project supports (3.11 to 3.13) and
runs from what pip installed: its models from its own package folder, no network."""

from __future__ import annotations

import importlib
import socket
import sys
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest

from kiosk.camera.card_face import REGIONS, RapidOcrRecognizer
from kiosk.camera.synthetic import SyntheticIdentity, render_card_face


def test_the_card_face_ocr_is_installed_on_this_python() -> None:
    # No importorskip here: scripts/setup.sh installs it on every supported Python. It used
    # to be left out on 3.13, and every OCR test then skipped without a word.
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    try:
        importlib.import_module("rapidocr_onnxruntime")
    except ImportError:
        pytest.fail(f"the card-face OCR is not installed on Python {version} (scripts/setup.sh)")
    assert metadata.version("rapidocr-onnxruntime") == "1.4.4"


def test_the_models_come_from_the_package_folder() -> None:
    module = pytest.importorskip("rapidocr_onnxruntime")
    models = Path(module.__file__).parent / "models"
    assert (models / "ch_PP-OCRv4_rec_infer.onnx").stat().st_size > 10_000_000
    config = (Path(module.__file__).parent / "config.yaml").read_text(encoding="utf-8")
    assert "models/ch_PP-OCRv4_rec_infer.onnx" in config


def test_a_line_is_read_with_the_network_shut(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rapidocr_onnxruntime")

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the OCR tried the network")

    monkeypatch.setattr(socket, "getaddrinfo", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket.socket, "connect", refused)
    recognizer = RapidOcrRecognizer()  # a fresh engine: its models are loaded here
    identity = SyntheticIdentity(
        "見本\u3000花子", "架空県", date(1980, 2, 17), "女", date(2035, 2, 17), "2285"
    )
    face = render_card_face(identity)
    left, top, right, bottom = REGIONS["code"]
    line = recognizer.recognize(face[top:bottom, left:right])
    assert line is not None
    assert line.text.strip() == identity.security_code
