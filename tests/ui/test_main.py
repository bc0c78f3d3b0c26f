"""``python -m kiosk --self-test``: a headless JSON report of every subsystem, exit 0/1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_instance_lock import lock_held_elsewhere

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m kiosk ARGS`` in a real process on the data folder ``home``."""
    env = dict(os.environ, KIOSK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )


def run_self_test(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kiosk(home, "--self-test", *args)


def test_self_test_reports_every_subsystem(tmp_path: Path) -> None:
    result = run_self_test(tmp_path, "--demo")
    report = json.loads(result.stdout)
    names = {check["name"]: check for check in report["checks"]}
    assert set(names) == {
        "settings",
        "database",
        "database_round_trip",
        "cards",
        "speech",
        "translations",
    }
    assert report["ok"] is True, [c for c in report["checks"] if not c["ok"]]
    assert result.returncode == 0
    assert names["translations"]["languages"] == [
        "ja",
        "en",
        "zh_CN",
        "ko",
        "vi",
        "pt_BR",
        "ja_easy",
    ]


def test_self_test_fails_when_the_database_cannot_open(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-not-a-database"
    folder.mkdir()
    (tmp_path / "settings.toml").write_text(f'[store]\ndatabase = "{folder}"\n', "utf-8")
    result = run_self_test(tmp_path, "--demo")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["ok"] is False
    database = next(c for c in report["checks"] if c["name"] == "database")
    assert not database["ok"]


def test_entry_point_runs_its_core_without_qt(tmp_path: Path) -> None:
    """kiosk/__main__.py parses arguments and runs the core checks with no Qt loaded."""
    code = (
        "import sys, kiosk.__main__ as entry\n"
        "entry._settings(); entry._scratch_database()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'kiosk.ui'))))\n"
    )
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_card_services_follow_the_card_settings(kiosk_home: Path) -> None:
    from kiosk.settings import Settings
    from kiosk.ui.demo import in_process, pcsc

    settings = Settings()
    settings.cards.licence_default_pin_enabled = False
    settings.cards.code_b_min_tries_left = 4
    settings.cards.reader_name = "Reader 0"
    service, _monitor, _demo = in_process(settings)
    assert service._licence_default_pin is False
    assert service._code_b_min == 4
    service, _monitor, _none = pcsc(settings)
    assert service._licence_default_pin is False
    assert service._code_b_min == 4
    assert service._reader_name == "Reader 0"


def test_a_second_kiosk_on_the_same_data_folder_says_so_and_touches_nothing(
    tmp_path: Path,
) -> None:
    """Two real processes: one holds the data folder, ``python -m kiosk`` is refused."""
    home = tmp_path / "home"
    with lock_held_elsewhere(home):
        second = run_kiosk(home, "--windowed", timeout=30)
    assert second.returncode == 3
    assert "another kiosk is already running" in second.stderr
    assert sorted(p.name for p in home.iterdir()) == ["kiosk.lock"]  # no store, no settings
