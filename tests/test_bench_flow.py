"""bench/flow.py leaves no data folder (databases with their keys) in the temporary folder."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def bench_flow() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_flow", ROOT / "bench" / "flow.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scratch_data_folder_goes_away_and_the_environment_comes_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_HOME", "/the/callers/home")
    flow = bench_flow()
    with pytest.raises(RuntimeError), flow.scratch_home() as home:
        assert os.environ["KIOSK_HOME"] == str(home)
        (home / "store.key").write_bytes(b"k" * 32)
        raise RuntimeError("the benchmark failed half-way")
    assert not home.exists()
    assert os.environ["KIOSK_HOME"] == "/the/callers/home"
    monkeypatch.delenv("KIOSK_HOME")
    with flow.scratch_home() as home:
        pass
    assert "KIOSK_HOME" not in os.environ and not home.exists()


def test_a_real_run_leaves_nothing_in_the_temporary_folder(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "bench/flow.py", "--people", "1", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert json.loads(result.stdout.splitlines()[-1])["records"] == {
        "check_in": 1,
        "check_out": 1,
    }, result.stderr
    assert [p.name for p in scratch.iterdir() if p.name.startswith("kiosk-")] == []
