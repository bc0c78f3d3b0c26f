"""bench/camera.py: the JSON it prints has the agreed keys, and a run writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import camera as bench_camera  # bench/ is a namespace package on pytest's path


def test_a_small_run_reports_every_key_and_writes_nothing(
    recognizer: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = bench_camera.run(cards=2, seed=3, engine="rapidocr", faces=False)
    for key in (
        "ocr_exact_rate",
        "card_read_rate",
        "confident_wrong",
        "tries_spent_per_100",
        "ocr_ms_p95",
        "card_to_confirm_ms_p95",
        "peak_rss_mb",
    ):
        assert key in result
    assert result["cards"] == 2 and result["frames"] >= 2 * 3
    assert result["confident_wrong"] == 0
    assert list(tmp_path.iterdir()) == []
