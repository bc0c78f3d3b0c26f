"""kiosk.provisioning: the installer's provisioning step and its uninstall question, on real
files (settings.toml, staff.json, an outbox SQLite database) in a private data folder."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import provisioning
from kiosk import settings as settings_module
from kiosk.__main__ import tools_main
from kiosk.records import Event, EventKind
from kiosk.staff import StaffAccounts
from kiosk.store import FakeKeyProvider, RecordStore

TOKEN = "tok-provisioned-0123456789"  # a test value; must never be printed
PASSWORD = "correct horse battery staple"

FILE = f"""
[shelter]
shelter_id = "13101-001"
name = "Test school"
[api]
url = "https://shelter-api.example.jp"
token = "{TOKEN}"
[ui]
default_language = "en"
voice_enabled = false
[staff]
user = "it-admin"
password = "{PASSWORD}"
"""


def write(folder: Path, text: str) -> Path:
    path = folder / "provision.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_tools(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = provisioning.main(list(argv), out=out)
    return code, out.getvalue()


def test_provision_writes_settings_and_the_first_account(
    kiosk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_tools("provision", "--file", str(write(tmp_path, FILE)))
    assert code == 0, capsys.readouterr().err
    loaded = settings_module.load()
    assert loaded.shelter.shelter_id == "13101-001"
    assert loaded.api.url == "https://shelter-api.example.jp"
    assert loaded.api.token == TOKEN
    assert loaded.ui.default_language == "en"
    assert loaded.ui.voice_enabled is False
    assert loaded.shelter.terminal_id  # made once by the kiosk's settings, not provisioned
    accounts = StaffAccounts()
    assert accounts.users() == ["it-admin"]
    accounts.authenticate("it-admin", PASSWORD)
    assert "staff: created" in out
    printed = out + capsys.readouterr().err
    assert TOKEN not in printed and PASSWORD not in printed


def test_provision_again_keeps_the_account_and_other_settings(
    kiosk_home: Path, tmp_path: Path
) -> None:
    assert run_tools("provision", "--file", str(write(tmp_path, FILE)))[0] == 0
    terminal = settings_module.load().shelter.terminal_id
    code, out = run_tools(
        "provision", "--file", str(write(tmp_path, FILE.replace("Test school", "Hall")))
    )
    assert code == 0
    loaded = settings_module.load()
    assert loaded.shelter.name == "Hall"
    assert loaded.shelter.terminal_id == terminal
    assert loaded.api.token == TOKEN
    assert "settings changed: shelter.name\n" in out
    assert "staff: kept" in out
    assert (kiosk_home / settings_module.PREVIOUS_FILE).exists()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[shelter]\nshelter_idd = "x"\n', "shelter.shelter_idd"),
        ('[api]\nurl = "http://shelter.example.jp"\n', "api.url"),
        ("[ui]\nvoice_enabled = 1\n", "ui.voice_enabled"),
        ("[api]\nbatch_size = 9999\n", "api.batch_size"),
        ('[shelter]\nterminal_id = "mine"\n', "shelter.terminal_id"),
        ('[staff]\nuser = "it"\n', "staff.password"),
        ("[nonsense]\na = 1\n", "[nonsense]"),
        (f'[api]\ntoken = "{TOKEN}\n', "line 2"),
    ],
)
def test_bad_values_are_refused_by_name_and_nothing_is_written(
    kiosk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, named: str
) -> None:
    code, _ = run_tools("provision", "--file", str(write(tmp_path, text)))
    err = capsys.readouterr().err
    assert code == provisioning.EXIT_REFUSED
    assert named in err
    assert TOKEN not in err
    assert not (kiosk_home / "settings.toml").exists()
    assert not (kiosk_home / "staff.json").exists()


def test_a_weak_password_is_refused_before_any_setting_is_written(
    kiosk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run_tools(
        "provision", "--file", str(write(tmp_path, FILE.replace(PASSWORD, "short")))
    )
    assert code == provisioning.EXIT_REFUSED
    assert "short" not in capsys.readouterr().err
    assert not (kiosk_home / "settings.toml").exists()


def test_command_line_values_and_a_setup_code_file(kiosk_home: Path, tmp_path: Path) -> None:
    token_file = tmp_path / "token.txt"
    token_file.write_text(TOKEN + "\r\n", encoding="utf-8")
    code_file = tmp_path / "code.txt"
    code, out = run_tools(
        "provision",
        "--shelter-id",
        "13101-002",
        "--api-url",
        "https://shelter-api.example.jp",
        "--token-file",
        str(token_file),
        "--setup-code-out",
        str(code_file),
        "--json",
    )
    assert code == 0
    summary = json.loads(out)
    assert summary["staff"] == "setup_code_issued"
    setup_code = code_file.read_text().strip()
    assert setup_code not in out
    accounts = StaffAccounts()
    assert accounts.setup_code_issued()
    accounts.create_first_account("first-staff", PASSWORD, setup_code)
    assert settings_module.load().api.token == TOKEN


def test_provision_refuses_while_a_kiosk_runs(kiosk_home: Path, tmp_path: Path) -> None:
    from tests.fixtures.processes import lock_held_elsewhere

    with lock_held_elsewhere(kiosk_home):
        code, _ = run_tools("provision", "--file", str(write(tmp_path, FILE)))
    assert code == provisioning.EXIT_KIOSK_RUNNING
    assert not (kiosk_home / "settings.toml").exists()


def _store_with_one_record(home: Path) -> tuple[RecordStore, str]:
    store = RecordStore(home / "kiosk.sqlite3", FakeKeyProvider())
    event = Event(
        kind=EventKind.SHELTER_OPEN,
        shelter_id="13101-001",
        terminal_id="t-1",
        occurred_at=datetime.now(UTC),
        utc_offset_minutes=540,
    )
    store.record(event)
    return store, event.event_id


def test_uninstall_check_keeps_unsent_records_and_allows_when_all_acknowledged(
    kiosk_home: Path,
) -> None:
    assert run_tools("uninstall-check")[0] == 0  # nothing recorded yet
    store, event_id = _store_with_one_record(kiosk_home)
    try:
        code, out = run_tools("uninstall-check")
        assert code == provisioning.EXIT_REFUSED
        assert "1 record(s) not acknowledged" in out
        store.mark_sent([event_id])
    finally:
        store.close()
    code, out = run_tools("uninstall-check", "--json")
    assert code == 0, out
    assert json.loads(out)["allowed"] is True


def test_uninstall_check_keeps_a_database_it_cannot_read(kiosk_home: Path) -> None:
    (kiosk_home / "kiosk.sqlite3").write_bytes(b"not a database" * 100)
    answer = provisioning.purge_answer(kiosk_home / "kiosk.sqlite3")
    assert answer.allowed is False
    with sqlite3.connect(kiosk_home / "other.sqlite3") as conn:
        conn.execute("CREATE TABLE unrelated (x)")
    conn.close()
    assert provisioning.purge_answer(kiosk_home / "other.sqlite3").allowed is False


def test_tools_dispatch_to_each_group(kiosk_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tools_main(["uninstall-check"]) == 0
    assert "purge allowed" in capsys.readouterr().out
    assert tools_main(["staff", "list"]) == 0
    assert tools_main(["nonsense"]) == 2
    assert "unknown group" in capsys.readouterr().err
    assert tools_main([]) == 2
    assert "outbox status" in capsys.readouterr().out
