"""Staff accounts: scrypt hashes in a JSON file, persisted lockout, and the install CLI."""

from __future__ import annotations

import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.staff.accounts import (
    AccountExistsError,
    AccountLockedError,
    AccountsFileError,
    InvalidUserIdError,
    LoginFailedError,
    ScryptCost,
    StaffAccounts,
    UnknownAccountError,
    WeakPasswordError,
    accounts_file,
)
from kiosk.staff.cli import main

CHEAP = ScryptCost(n=2**10)  # tests only: the real cost is 2**15
PASSWORD = "correct horse 42"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def accounts(kiosk_home: Path, clock: FakeClock) -> StaffAccounts:
    return StaffAccounts(clock=clock, cost=CHEAP)


def test_first_run_has_no_accounts_then_one(accounts: StaffAccounts, kiosk_home: Path) -> None:
    assert accounts.path == kiosk_home / "staff.json" == accounts_file()
    assert not accounts.has_accounts()
    accounts.create_account("tanaka", PASSWORD)
    assert accounts.has_accounts() and accounts.users() == ["tanaka"]
    accounts.authenticate("tanaka", PASSWORD)
    with pytest.raises(AccountExistsError):
        accounts.create_account("tanaka", "another password")


def test_file_holds_only_a_salted_scrypt_hash_owner_only(accounts: StaffAccounts) -> None:
    accounts.create_account("tanaka", PASSWORD)
    accounts.create_account("sato", PASSWORD)
    raw = accounts.path.read_text(encoding="utf-8")
    assert PASSWORD not in raw
    data = json.loads(raw)
    a, b = data["accounts"]["tanaka"], data["accounts"]["sato"]
    assert a["scheme"] == "scrypt" and (a["n"], a["r"], a["p"]) == (2**10, 8, 1)
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]  # random salt per account
    assert stat.S_IMODE(accounts.path.stat().st_mode) == 0o600


def test_default_cost_is_the_documented_one(kiosk_home: Path) -> None:
    accounts = StaffAccounts()
    accounts.create_account("admin", PASSWORD)
    entry = json.loads(accounts.path.read_text())["accounts"]["admin"]
    assert (entry["n"], entry["r"], entry["p"], entry["dklen"]) == (2**15, 8, 1, 32)
    accounts.authenticate("admin", PASSWORD)


def test_wrong_password_and_unknown_user_look_the_same(accounts: StaffAccounts) -> None:
    accounts.create_account("tanaka", PASSWORD)
    with pytest.raises(LoginFailedError) as wrong:
        accounts.authenticate("tanaka", "not the password")
    with pytest.raises(LoginFailedError) as unknown:
        accounts.authenticate("nobody", PASSWORD)
    assert str(wrong.value) == str(unknown.value)
    assert "nobody" not in accounts.path.read_text()


def test_lockout_after_five_failures_grows_and_survives_a_restart(
    accounts: StaffAccounts, clock: FakeClock, kiosk_home: Path
) -> None:
    accounts.create_account("tanaka", PASSWORD)
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            accounts.authenticate("tanaka", "wrong password")
    assert accounts.locked_for("tanaka") == 0
    with pytest.raises(LoginFailedError):
        accounts.authenticate("tanaka", "wrong password")
    assert accounts.locked_for("tanaka") == pytest.approx(30)
    # Locked: even the right password is refused, and says when to retry.
    with pytest.raises(AccountLockedError) as locked:
        accounts.authenticate("tanaka", PASSWORD)
    assert locked.value.code == "account_locked" and locked.value.retry_after_s > 29

    restarted = StaffAccounts(clock=clock, cost=CHEAP)
    with pytest.raises(AccountLockedError):
        restarted.authenticate("tanaka", PASSWORD)
    clock.advance(30)
    with pytest.raises(LoginFailedError):
        restarted.authenticate("tanaka", "wrong again")
    assert restarted.locked_for("tanaka") == pytest.approx(60)  # doubled
    clock.advance(60)
    restarted.authenticate("tanaka", PASSWORD)
    assert restarted.locked_for("tanaka") == 0
    with pytest.raises(LoginFailedError):
        restarted.authenticate("tanaka", "wrong")
    assert restarted.locked_for("tanaka") == 0  # the count restarted after success


def test_lock_period_is_capped(accounts: StaffAccounts, clock: FakeClock) -> None:
    accounts.create_account("tanaka", PASSWORD)
    for _ in range(20):
        with pytest.raises((LoginFailedError, AccountLockedError)):
            accounts.authenticate("tanaka", "wrong password")
        clock.advance(accounts.locked_for("tanaka"))
    with pytest.raises(LoginFailedError):
        accounts.authenticate("tanaka", "wrong password")
    assert accounts.locked_for("tanaka") == pytest.approx(3600)


def test_change_password(accounts: StaffAccounts) -> None:
    accounts.create_account("tanaka", PASSWORD)
    with pytest.raises(LoginFailedError):
        accounts.change_password("tanaka", "wrong old password", "new password 1")
    with pytest.raises(WeakPasswordError):
        accounts.change_password("tanaka", PASSWORD, "short")
    accounts.change_password("tanaka", PASSWORD, "new password 1")
    accounts.authenticate("tanaka", "new password 1")
    with pytest.raises(LoginFailedError):
        accounts.authenticate("tanaka", PASSWORD)


def test_older_cost_is_upgraded_at_login(kiosk_home: Path, clock: FakeClock) -> None:
    StaffAccounts(clock=clock, cost=CHEAP).create_account("tanaka", PASSWORD)
    stronger = ScryptCost(n=2**11)
    accounts = StaffAccounts(clock=clock, cost=stronger)
    accounts.authenticate("tanaka", PASSWORD)
    assert json.loads(accounts.path.read_text())["accounts"]["tanaka"]["n"] == 2**11
    accounts.authenticate("tanaka", PASSWORD)


@pytest.mark.parametrize("user", ["", "with space", "x" * 65, "tab\there"])
def test_bad_user_ids_are_refused(accounts: StaffAccounts, user: str) -> None:
    with pytest.raises(InvalidUserIdError):
        accounts.create_account(user, PASSWORD)


def test_damaged_file_is_reported_never_overwritten(accounts: StaffAccounts) -> None:
    accounts.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(AccountsFileError):
        accounts.has_accounts()
    with pytest.raises(AccountsFileError):
        accounts.create_account("tanaka", PASSWORD)
    assert accounts.path.read_text(encoding="utf-8") == "{not json"


def test_unlock_remove_and_set_password(accounts: StaffAccounts) -> None:
    accounts.create_account("tanaka", PASSWORD)
    for _ in range(5):
        with pytest.raises(LoginFailedError):
            accounts.authenticate("tanaka", "wrong password")
    accounts.unlock("tanaka")
    accounts.authenticate("tanaka", PASSWORD)
    accounts.set_password("tanaka", "reset by IT 99")
    accounts.authenticate("tanaka", "reset by IT 99")
    accounts.remove_account("tanaka")
    assert not accounts.has_accounts()
    with pytest.raises(UnknownAccountError):
        accounts.set_password("tanaka", PASSWORD)


# ---------------------------------------------------------------------------------------------
# CLI


def run_cli(accounts: StaffAccounts, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), out=out, err=err, accounts=accounts)
    return code, out.getvalue(), err.getvalue()


def test_cli_add_user_reads_the_password_from_stdin(accounts: StaffAccounts) -> None:
    code, out, _ = run_cli(accounts, "add-user", "tanaka", stdin=PASSWORD + "\n")
    assert code == 0 and "tanaka" in out
    accounts.authenticate("tanaka", PASSWORD)
    code, _, err = run_cli(accounts, "add-user", "tanaka", stdin=PASSWORD + "\n")
    assert code == 1 and "account_exists" in err
    code, _, err = run_cli(accounts, "add-user", "sato", stdin="short\n")
    assert code == 1 and "weak_password" in err and "short" not in err
    code, out, _ = run_cli(accounts, "list")
    assert out == "tanaka\tok\n"
    code, _, _ = run_cli(accounts, "set-password", "tanaka", stdin="another one 7\n")
    accounts.authenticate("tanaka", "another one 7")
    assert run_cli(accounts, "unlock", "tanaka")[0] == 0
    assert run_cli(accounts, "remove-user", "tanaka")[0] == 0
    assert run_cli(accounts, "frobnicate")[0] == 2


def test_cli_as_a_module_in_a_real_process(kiosk_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.staff", "add-user", "it-admin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"KIOSK_HOME": str(kiosk_home), "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    StaffAccounts(kiosk_home / "staff.json").authenticate("it-admin", PASSWORD)


def test_names_the_ui_uses(accounts: StaffAccounts) -> None:
    accounts.create("tanaka", PASSWORD)
    accounts.verify("tanaka", PASSWORD)
    with pytest.raises(LoginFailedError):
        accounts.verify("tanaka", "wrong password")
