"""scripts/start.sh picks the demo only on a machine that has never been set up."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "start.sh"


def start(home: Path, *args: str, script: Path = SCRIPT) -> str:
    """start.sh's decision in dry-run mode (no set-up, nothing started). This machine has
    no hardware card reader (at most vpcd's virtual slots)."""
    env = {**os.environ, "KIOSK_HOME": str(home), "START_DRY_RUN": "1", "DISPLAY": ":0"}
    done = subprocess.run(
        ["bash", str(script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def would_run(output: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith("start: would run: "))
    return line.removeprefix("start: would run: ").split()


def test_a_fresh_machine_without_a_reader_starts_the_demo_and_says_so(tmp_path: Path) -> None:
    out = start(tmp_path / "fresh")
    assert "--demo" in would_run(out)
    assert "starting the DEMO" in out


@pytest.mark.parametrize("made", ["settings.toml", "staff.json", "kiosk.sqlite3"])
def test_a_set_up_kiosk_without_a_reader_starts_for_real(tmp_path: Path, made: str) -> None:
    home = tmp_path / "kiosk"
    home.mkdir()
    (home / made).write_text("", "utf-8")
    out = start(home)
    assert "--demo" not in would_run(out)
    assert "reader missing" in out


def test_asking_for_the_demo_still_works(tmp_path: Path) -> None:
    home = tmp_path / "kiosk"
    home.mkdir()
    (home / "staff.json").write_text("", "utf-8")
    assert would_run(start(home, "--demo", "--windowed")).count("--demo") == 1
