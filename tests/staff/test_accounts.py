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
from kiosk.errors import KioskError
from kiosk.staff.accounts import (
    FREE_FAILURES,
    THROTTLE_MAX_S,
    AccountExistsError,
    AccountsFileError,
    InvalidUserIdError,
    LoginFailedError,
    LoginThrottledError,
    ScryptCost,
    SetupCodeInvalidError,
    SetupCodeMissingError,
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
        accounts.create_account("tanaka", "another long secret")


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


def fail(accounts: StaffAccounts, user_id: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(LoginFailedError):
            accounts.authenticate(user_id, "wrong password")


def test_unknown_and_real_ids_are_slowed_down_alike(accounts: StaffAccounts) -> None:
    """The delay does not tell which user ids exist, and no id is written down in clear."""
    accounts.create_account("tanaka", PASSWORD)
    answers = {}
    for user in ("tanaka", "nobody"):
        fail(accounts, user, FREE_FAILURES)
        with pytest.raises(LoginThrottledError) as slowed:
            accounts.authenticate(user, "another guess")
        answers[user] = (str(slowed.value), slowed.value.retry_after_s, slowed.value.code)
        assert accounts.retry_after(user) == slowed.value.retry_after_s > 0
    assert answers["tanaka"] == answers["nobody"]
    assert answers["tanaka"][2] == "login_throttled"
    raw = accounts.path.read_text()
    assert "nobody" not in raw and raw.count("tanaka") == 1  # only as the account's key


def test_a_growing_short_delay_instead_of_a_lock_survives_a_restart(
    accounts: StaffAccounts, clock: FakeClock
) -> None:
    accounts.create_account("tanaka", PASSWORD)
    fail(accounts, "tanaka", FREE_FAILURES - 1)
    assert accounts.retry_after("tanaka") == 0
    delays = []
    for _ in range(12):
        fail(accounts, "tanaka", 1)
        delays.append(accounts.retry_after("tanaka"))
        # Refused while waiting: not checked, not counted, even with the right password.
        with pytest.raises(LoginThrottledError):
            accounts.authenticate("tanaka", PASSWORD)
        clock.advance(delays[-1])
    assert delays[:4] == [2, 4, 8, 16]
    assert max(delays) == THROTTLE_MAX_S == 60  # a shift is never locked out for long
    fail(accounts, "tanaka", 1)
    restarted = StaffAccounts(clock=clock, cost=CHEAP)
    with pytest.raises(LoginThrottledError):
        restarted.authenticate("tanaka", PASSWORD)
    clock.advance(THROTTLE_MAX_S)
    restarted.authenticate("tanaka", PASSWORD)
    fail(restarted, "tanaka", 1)
    assert restarted.retry_after("tanaka") == 0  # the count restarted after success


def test_a_clock_set_back_never_makes_the_wait_longer(
    accounts: StaffAccounts, clock: FakeClock
) -> None:
    fail(accounts, "tanaka", FREE_FAILURES)
    clock.advance(-86400)
    assert 0 < accounts.retry_after("tanaka") <= THROTTLE_MAX_S


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("12345678", "too_short"),
        ("password", "too_short"),
        ("password12", "common"),
        ("Password123", "common"),
        ("1234567890", "common"),
        ("qwertyuiop", "common"),
        ("0000000000", "repeated"),
        ("abcabcabcabc", "repeated"),
        ("9876543210987", "sequence"),
        ("abcdefghijk", "sequence"),
        ("tanaka-2026x", "contains_user_id"),
        (" leading space1", "spaces"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(
    accounts: StaffAccounts, password: str, reason: str
) -> None:
    with pytest.raises(WeakPasswordError) as weak:
        accounts.create_account("tanaka", password)
    assert weak.value.reason == reason
    assert password not in str(weak.value) or password == "password"  # the word itself
    assert not accounts.path.exists()


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
    with pytest.raises(AccountsFileError):
        accounts.authenticate("tanaka", PASSWORD)
    assert accounts.path.read_text(encoding="utf-8") == "{not json"


def test_a_damaged_file_is_a_known_error_as_soon_as_the_accounts_are_opened(
    kiosk_home: Path,
) -> None:
    """Raised while the kiosk's services are built, so start-up shows the out-of-service
    screen with its code instead of crashing later on the first login screen."""
    accounts_file().write_text('{"accounts": 3}', encoding="utf-8")
    with pytest.raises(AccountsFileError) as damaged:
        StaffAccounts(cost=CHEAP)
    assert isinstance(damaged.value, KioskError) and damaged.value.needs_staff
    assert damaged.value.code == "staff_file_corrupt"


def test_it_sets_a_damaged_file_aside_and_starts_again(kiosk_home: Path) -> None:
    accounts_file().write_text("{not json", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["set-aside-damaged-file"], stdin=io.StringIO(), out=out, err=err) == 0
    kept = [p for p in kiosk_home.iterdir() if p.name.startswith("staff.broken")]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["{not json"]
    assert not accounts_file().exists()
    assert not StaffAccounts(cost=CHEAP).has_accounts()
    # A readable file is never set aside.
    StaffAccounts(cost=CHEAP).create_account("tanaka", PASSWORD)
    assert main(["set-aside-damaged-file"], stdin=io.StringIO(), out=out, err=err) == 1
    assert accounts_file().exists()


# ---------------------------------------------------------------------------------------------
# The first account needs a one-time set-up code from IT (or IT creates it with add-user)


def test_the_first_account_needs_a_one_time_setup_code(accounts: StaffAccounts) -> None:
    assert accounts.needs_setup_code() and not accounts.setup_code_issued()
    with pytest.raises(SetupCodeMissingError):
        accounts.create("tanaka", PASSWORD)  # the first-account screen without a code
    code = accounts.issue_setup_code()
    assert accounts.setup_code_issued()
    raw = accounts.path.read_text()
    assert code not in raw and code.replace("-", "") not in raw
    with pytest.raises(SetupCodeInvalidError):
        accounts.create("tanaka", PASSWORD, setup_code="WRONG-CODE-0000")
    with pytest.raises(WeakPasswordError):  # a refused password does not use the code up
        accounts.create("tanaka", "password", setup_code=code)
    accounts.create("tanaka", PASSWORD, setup_code=code.lower().replace("-", " "))
    accounts.authenticate("tanaka", PASSWORD)
    assert not accounts.needs_setup_code() and not accounts.setup_code_issued()
    with pytest.raises(AccountExistsError):
        accounts.create("sato", PASSWORD, setup_code=code)  # used once only
    with pytest.raises(AccountExistsError):
        accounts.issue_setup_code()  # only for a fresh install


def test_setup_code_guesses_are_slowed_down(accounts: StaffAccounts) -> None:
    accounts.issue_setup_code()
    for _ in range(FREE_FAILURES):
        with pytest.raises(SetupCodeInvalidError):
            accounts.create("tanaka", PASSWORD, setup_code="AAAA-AAAA-AAAA")
    with pytest.raises(LoginThrottledError):
        accounts.create("tanaka", PASSWORD, setup_code="AAAA-AAAA-AAAA")


def test_cli_prints_a_setup_code_the_first_account_screen_accepts(
    accounts: StaffAccounts,
) -> None:
    code, out, _ = run_cli(accounts, "setup-code")
    assert code == 0
    setup_code = out.strip().splitlines()[-1]
    accounts.create("tanaka", PASSWORD, setup_code=setup_code)
    code, _, err = run_cli(accounts, "setup-code")
    assert code == 1 and "account_exists" in err


def test_unlock_remove_and_set_password(accounts: StaffAccounts) -> None:
    accounts.create_account("tanaka", PASSWORD)
    fail(accounts, "tanaka", FREE_FAILURES)
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
    accounts.create("tanaka", PASSWORD, setup_code=accounts.issue_setup_code())
    accounts.verify("tanaka", PASSWORD)
    with pytest.raises(LoginFailedError):
        accounts.verify("tanaka", "wrong password")
