"""dlib-bin (the dlib the kiosk installs on Linux and Windows) is built with AVX: on a CPU
without it the first face detection would kill the kiosk with an illegal instruction. The
match must be ``unavailable`` there (the flow offers the PIN or staff) without dlib being
imported at all."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.face import matcher
from kiosk.face.outcome import FaceOutcome

# /proc/cpuinfo of an Intel Celeron J4105 (Gemini Lake): SSE4.2 and XSAVE, no AVX.
GEMINI_LAKE = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Celeron(R) J4105 CPU @ 1.50GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush \
dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc pni \
pclmulqdq ssse3 cx16 sse4_1 sse4_2 x2apic movbe popcnt aes xsave rdrand sha_ni xsaveopt
"""
WITH_AVX = GEMINI_LAKE.replace("xsave rdrand", "xsave avx f16c rdrand avx2")


def test_avx_is_read_from_the_cpu_flags() -> None:
    assert matcher.cpuinfo_has_avx(WITH_AVX) is True
    assert matcher.cpuinfo_has_avx(GEMINI_LAKE) is False
    assert matcher.cpuinfo_has_avx("avx512f avx2 avx\n") is None  # no flags line: unknown
    assert matcher.cpuinfo_has_avx("flags\t: sse4_2 avx512f\n") is False  # a word, not a part


def test_this_machine_runs_dlib() -> None:
    # The face tests run dlib here: a check that said "no AVX" would have turned them off.
    assert matcher.cpu_has_avx() is not False


def test_a_cpu_without_avx_never_imports_dlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher, "cpu_has_avx", lambda: False, raising=False)
    # Any import of dlib now fails with a different ImportError ("halted; None in sys.modules").
    monkeypatch.setitem(sys.modules, "dlib", None)
    with pytest.raises(ImportError, match="needs a CPU with AVX"):
        matcher.DlibFaceMatcher()


def test_the_kiosk_match_is_unavailable_on_a_cpu_without_avx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kiosk.ui.services import LazyFaceMatcher

    monkeypatch.setattr(matcher, "cpu_has_avx", lambda: False, raising=False)
    monkeypatch.setitem(sys.modules, "dlib", None)
    lazy = LazyFaceMatcher(matcher.DlibFaceMatcher)
    blank = np.zeros((40, 40, 3), dtype=np.uint8)
    assert lazy.compare(blank, blank).outcome is FaceOutcome.UNAVAILABLE


def _blank_images(tmp_path: Path) -> tuple[Path, Path]:
    ok, data = cv2.imencode(".png", np.full((60, 60, 3), 128, dtype=np.uint8))
    assert ok
    card, frame = tmp_path / "card.png", tmp_path / "frame.png"
    card.write_bytes(data.tobytes())
    frame.write_bytes(data.tobytes())
    return card, frame


def test_the_compare_tool_says_why_there_is_no_match_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.face import __main__ as tool

    card, frame = _blank_images(tmp_path)
    argv = ["compare", "--card-photo", str(card), "--frame", str(frame), "--json"]
    monkeypatch.setattr(matcher, "cpu_has_avx", lambda: False, raising=False)
    monkeypatch.setitem(sys.modules, "dlib", None)
    assert tool.main(argv) == 3
    assert json.loads(capsys.readouterr().out) == {
        "error": {"code": "face_match_unavailable", "reason": "cpu_without_avx"}
    }
    monkeypatch.setattr(matcher, "cpu_has_avx", lambda: True)
    assert tool.main(argv) == 3  # dlib itself missing
    assert json.loads(capsys.readouterr().out)["error"]["reason"] == "not_installed"
