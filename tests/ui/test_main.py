"""``python -m kiosk --self-test``: a headless JSON report of every subsystem, exit 0/1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.processes import lock_held_elsewhere

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk(
    home: Path, *args: str, timeout: float = 120, **env_extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m kiosk ARGS`` in a real process on the data folder ``home``."""
    env = dict(os.environ, KIOSK_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env_extra)
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
        "resources",
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
    assert service.options["licence_default_pin"] is False
    assert service.options["code_b_min_tries_left"] == 4
    service, _monitor, _none = pcsc(settings)
    assert service.options["licence_default_pin"] is False
    assert service.options["code_b_min_tries_left"] == 4
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


def test_self_test_creates_nothing_unless_asked(tmp_path: Path) -> None:
    """As IT runs it from the README: no data folder, database, key or terminal id appear;
    "no store yet" is a state, not a failure."""
    home = tmp_path / "never-created"
    result = run_self_test(home, "--demo")
    report = json.loads(result.stdout)
    assert report["ok"] is True, [c for c in report["checks"] if not c["ok"]]
    assert result.returncode == 0
    assert not home.exists()
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["database"]["state"] == "no_store"
    assert checks["settings"]["state"] == "no_settings"
    assert checks["settings"]["recording_blocked"] == "shelter_id_missing"


def test_self_test_init_store_creates_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_self_test(home, "--demo", "--init-store")
    report = json.loads(result.stdout)
    assert report["ok"] is True, [c for c in report["checks"] if not c["ok"]]
    database = next(c for c in report["checks"] if c["name"] == "database")
    assert database["state"] == "ready" and database["counts"]["pending"] == 0
    assert (home / "kiosk.sqlite3").exists() and (home / "terminal_id").exists()
    # Read-only again: the existing store is counted, nothing is written.
    before = {p.name: p.stat().st_mtime_ns for p in home.iterdir()}
    again = json.loads(run_self_test(home, "--demo").stdout)
    database = next(c for c in again["checks"] if c["name"] == "database")
    assert again["ok"] is True and database["state"] == "ready"
    assert database["key"] == "present"
    assert {p.name: p.stat().st_mtime_ns for p in home.iterdir()} == before


def test_self_test_treats_a_missing_pcsc_service_as_waiting(tmp_path: Path) -> None:
    """No pcscd (the client finds no socket) is a state to wait for, not a failure."""
    result = run_kiosk(
        tmp_path / "home",
        "--self-test",
        PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd-here.comm"),
    )
    report = json.loads(result.stdout)
    cards = next(c for c in report["checks"] if c["name"] == "cards")
    assert cards["ok"] is True and cards["state"] == "waiting_for_pcsc_service", cards
    assert report["ok"] is True and result.returncode == 0


def test_self_test_fails_on_a_damaged_settings_file_and_moves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text("[shelter\nshelter_id = 'S'\n", "utf-8")
    result = run_self_test(home, "--demo")
    report = json.loads(result.stdout)
    settings = next(c for c in report["checks"] if c["name"] == "settings")
    assert result.returncode == 1 and not settings["ok"]
    assert "unreadable_file" in settings["error"]
    assert sorted(p.name for p in home.iterdir()) == ["settings.toml"]


def test_the_demo_locks_its_own_data_folder_and_leaves_the_real_one_alone(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    demo_home = tmp_path / "home-demo"
    with lock_held_elsewhere(demo_home):
        second = run_kiosk(home, "--demo", "--windowed", timeout=30)
    assert second.returncode == 3, second.stderr
    assert str(demo_home) in second.stderr
    assert not home.exists()  # the real kiosk's folder is not touched by the demo
