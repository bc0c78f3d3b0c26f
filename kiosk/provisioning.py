"""Provisioning a freshly installed kiosk, and the uninstaller's question (Qt-free).

``kiosk-tools provision`` (``ShelterKiosk-tools.exe provision`` on the tablets; the installer
runs it for ``/S /PROVISION=...``) writes the values IT gives into the kiosk's settings file
through :mod:`kiosk.settings` (validated, atomic, the previous file kept) and creates the
first staff account or a one-time set-up code through :mod:`kiosk.staff`.

The provisioning file is TOML with the settings' own tables and keys, plus ``[staff]``::

    [shelter]
    shelter_id = "13101-001"
    name = "First elementary school"
    [api]
    url = "https://shelter-api.city.example.jp"
    token = "..."
    [ui]
    default_language = "ja"
    [staff]
    user = "it-admin"            # with password: the first staff account
    password = "a long passphrase"
    # or, instead of user and password:
    setup_code = true            # issue a one-time code ...
    setup_code_file = 'E:\\codes\\tablet-017.txt'   # ... written here (else printed)

Only the keys given change; everything else keeps its current value, so running it again on
an upgrade is harmless. An existing staff account is never replaced (reported as kept).
Nothing here prints or logs a value of the file: the token and the password never appear.

``kiosk-tools uninstall-check`` answers whether the data folder may be deleted: only when
the outbox holds no record the server has not acknowledged (exit 0); otherwise, and whenever
the answer cannot be read, exit 1 (the uninstaller then keeps the data folder).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kiosk import paths
from kiosk import settings as settings_module
from kiosk.errors import KioskError
from kiosk.instance_lock import InstanceLock, InstanceLockedError

#: The table of a provisioning file that is not a settings table.
STAFF_TABLE = "staff"
_STAFF_KEYS = {"user", "password", "setup_code", "setup_code_file"}
#: Outbox states that are not acknowledged by the server (kept by an uninstall).
UNSENT_STATES = ("pending", "in_flight", "dead")

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_KIOSK_RUNNING = 3


class ProvisioningError(KioskError):
    """The provisioning values cannot be used; nothing was written. The message names the
    key, never its value."""

    code = "provisioning_invalid"
    needs_staff = True


@dataclass
class ProvisioningResult:
    """What :func:`provision` changed (names only, no values)."""

    settings_changed: list[str] = field(default_factory=list)
    #: "created", "kept" (an account exists), "setup_code_issued" or "" (nothing asked).
    staff: str = ""
    #: The one-time set-up code when it was asked for without a file to write it to.
    setup_code: str = field(default="", repr=False)
    setup_code_file: str = ""

    def summary(self) -> dict[str, Any]:
        return {
            "settings_changed": self.settings_changed,
            "staff": self.staff,
            "setup_code_file": self.setup_code_file,
        }


def read_file(path: Path) -> dict[str, Any]:
    """A provisioning file's tables. Raises :class:`ProvisioningError` when it cannot be
    read (the parser's message is not repeated: it can quote the offending value)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProvisioningError(
            f"the provisioning file cannot be read ({type(exc).__name__})"
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProvisioningError("the provisioning file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        where = f" (line {line.group(1)})" if line else ""
        raise ProvisioningError(f"the provisioning file is not valid TOML{where}") from None
    return data


def _apply_settings(current: settings_module.Settings, values: Mapping[str, Any]) -> list[str]:
    """Put ``values`` (tables of settings) into ``current``; return the keys that changed."""
    merged = settings_module.to_dict(current)
    given: list[tuple[str, str, Any]] = []
    for table, entries in values.items():
        if table == STAFF_TABLE:
            continue
        if table not in merged or table == "schema_version" or not isinstance(entries, dict):
            raise ProvisioningError(f"unknown settings table [{table}]")
        for key, value in entries.items():
            if key not in merged[table]:
                raise ProvisioningError(f"unknown setting {table}.{key}")
            if (table, key) == ("shelter", "terminal_id"):
                raise ProvisioningError("shelter.terminal_id is made by the kiosk, not provisioned")
            given.append((table, key, value))
            merged[table][key] = value
    checked = settings_module.to_dict(settings_module.from_dict(merged))
    changed = []
    for table, key, value in given:
        kept = checked[table][key]
        if kept != value or isinstance(kept, bool) != isinstance(value, bool):
            raise ProvisioningError(f"{table}.{key}: the value has the wrong type or is not valid")
        if settings_module.to_dict(current)[table][key] != value:
            changed.append(f"{table}.{key}")
    fresh = settings_module.from_dict(checked)
    for name in checked:
        if name != "schema_version":
            setattr(current, name, getattr(fresh, name))
    problems = current.problems()
    if problems:
        raise ProvisioningError("; ".join(f"{p.key}: {p.message}" for p in problems))
    return changed


def _check_staff(values: Mapping[str, Any]) -> dict[str, Any]:
    staff = values.get(STAFF_TABLE, {})
    if not isinstance(staff, dict):
        raise ProvisioningError(f"[{STAFF_TABLE}] must be a table")
    unknown = sorted(set(staff) - _STAFF_KEYS)
    if unknown:
        raise ProvisioningError(f"unknown key {STAFF_TABLE}.{unknown[0]}")
    for key in ("user", "password", "setup_code_file"):
        if key in staff and not isinstance(staff[key], str):
            raise ProvisioningError(f"{STAFF_TABLE}.{key} must be text")
    if "setup_code" in staff and not isinstance(staff["setup_code"], bool):
        raise ProvisioningError(f"{STAFF_TABLE}.setup_code must be true or false")
    wants_account = "user" in staff or "password" in staff
    if wants_account and not (staff.get("user") and staff.get("password")):
        raise ProvisioningError("the first staff account needs both staff.user and staff.password")
    if wants_account and staff.get("setup_code"):
        raise ProvisioningError("give either a staff account or a set-up code, not both")
    if "setup_code_file" in staff and not staff.get("setup_code"):
        raise ProvisioningError("staff.setup_code_file goes with setup_code = true")
    return staff


def _provision_staff(staff: Mapping[str, Any], result: ProvisioningResult) -> None:
    from kiosk.staff import StaffAccounts

    if not staff.get("user") and not staff.get("setup_code"):
        return
    accounts = StaffAccounts()
    if accounts.has_accounts():
        result.staff = "kept"  # never replaced by provisioning: IT uses kiosk.staff for that
        return
    if staff.get("user"):
        accounts.create_account(staff["user"], staff["password"])
        result.staff = "created"
        return
    code = accounts.issue_setup_code()
    result.staff = "setup_code_issued"
    target = staff.get("setup_code_file", "")
    if target:
        from kiosk.atomic import atomic_write_text

        atomic_write_text(Path(target), code + "\n")
        result.setup_code_file = target
    else:
        result.setup_code = code


def provision(values: Mapping[str, Any]) -> ProvisioningResult:
    """Apply a provisioning file's tables. Everything is checked before anything is
    written; raises :class:`ProvisioningError` (or a staff account error: a weak password,
    a bad user id) with nothing changed."""
    staff = _check_staff(values)
    if staff.get("user"):
        from kiosk.staff.accounts import validate_password, validate_user_id

        validate_user_id(staff["user"])
        validate_password(staff["password"], staff["user"])
    current, _report = settings_module.load_with_report(create=True)
    result = ProvisioningResult()
    result.settings_changed = _apply_settings(current, values)
    if result.settings_changed:
        settings_module.save(current)
    _provision_staff(staff, result)
    return result


# -- the uninstaller's question --------------------------------------------------------------


@dataclass(frozen=True)
class PurgeAnswer:
    allowed: bool
    reason: str
    unsent: int | None = None


def outbox_counts(path: Path) -> dict[str, int]:
    """Records per outbox state, read-only (no migration, no re-queue, no -wal left behind
    unless a kiosk is running and keeps its own)."""
    running = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if running else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=10)
    try:
        counts = {state: 0 for state in (*UNSENT_STATES, "sent")}
        for state, n in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
            counts[str(state)] = int(n)
    finally:
        conn.close()
    return counts


def purge_answer(database: Path) -> PurgeAnswer:
    """Whether an uninstall may delete the data folder: only when nothing is unsent. Any
    doubt (an unreadable or damaged database) keeps it."""
    if not database.exists():
        return PurgeAnswer(True, "no record database", 0)
    try:
        counts = outbox_counts(database)
    except sqlite3.Error as exc:
        return PurgeAnswer(False, f"the record database cannot be read ({type(exc).__name__})")
    unsent = sum(counts.get(state, 0) for state in UNSENT_STATES)
    if unsent:
        return PurgeAnswer(False, f"{unsent} record(s) not acknowledged by the server", unsent)
    return PurgeAnswer(True, "every record is acknowledged", 0)


# -- command line ------------------------------------------------------------------------------


def _read_token_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvisioningError(f"the token file cannot be read ({type(exc).__name__})") from None


def _values_from_args(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = read_file(args.file) if args.file else {}
    extra = {
        ("shelter", "shelter_id"): args.shelter_id,
        ("shelter", "name"): args.shelter_name,
        ("api", "url"): args.api_url,
        ("api", "token"): _read_token_file(args.token_file) if args.token_file else None,
    }
    for (table, key), value in extra.items():
        if value is not None:
            section = values.setdefault(table, {})
            if not isinstance(section, dict):
                raise ProvisioningError(f"[{table}] must be a table")
            section[key] = value
    if args.setup_code_out is not None:
        staff = values.setdefault(STAFF_TABLE, {})
        if not isinstance(staff, dict):
            raise ProvisioningError(f"[{STAFF_TABLE}] must be a table")
        staff["setup_code"] = True
        staff["setup_code_file"] = str(args.setup_code_out)
    return values


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-tools", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prov = commands.add_parser("provision", help="write settings and the first staff account")
    prov.add_argument("--file", type=Path, help="provisioning file (TOML, see docs/deploy.md)")
    prov.add_argument("--shelter-id")
    prov.add_argument("--shelter-name")
    prov.add_argument("--api-url")
    prov.add_argument("--token-file", type=Path, help="a file holding the API token")
    prov.add_argument(
        "--setup-code-out", type=Path, help="issue a one-time set-up code into this file"
    )
    prov.add_argument("--json", action="store_true")
    check = commands.add_parser("uninstall-check", help="exit 0 only if nothing is unsent")
    check.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "uninstall-check":
        database = settings_module.load_with_report(create=False)[0].database_path()
        answer = purge_answer(database)
        if args.json:
            out.write(json.dumps({"allowed": answer.allowed, "reason": answer.reason}) + "\n")
        else:
            out.write(("purge allowed: " if answer.allowed else "keep: ") + answer.reason + "\n")
        return EXIT_OK if answer.allowed else EXIT_REFUSED
    lock = InstanceLock(paths.data_dir())
    try:
        lock.acquire()
    except InstanceLockedError as exc:
        sys.stderr.write(f"kiosk-tools provision: {exc.message}; stop it first.\n")
        return EXIT_KIOSK_RUNNING
    try:
        result = provision(_values_from_args(args))
    except KioskError as exc:
        sys.stderr.write(f"kiosk-tools provision: error ({exc.code}): {exc.message}\n")
        return EXIT_REFUSED
    finally:
        lock.release()
    if args.json:
        out.write(json.dumps(result.summary()) + "\n")
    else:
        changed = ", ".join(result.settings_changed) or "none"
        out.write(f"settings changed: {changed}\nstaff: {result.staff or 'not asked'}\n")
    if result.setup_code:
        out.write(f"one-time set-up code for the first staff account:\n{result.setup_code}\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
