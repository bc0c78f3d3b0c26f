"""``python -m kiosk.staff``: staff accounts from the command line, for municipal IT.

    python -m kiosk.staff add-user USER      < password on stdin (first line)
    python -m kiosk.staff setup-code         one-time code for the kiosk's first-account screen
    python -m kiosk.staff set-password USER  < new password on stdin
    python -m kiosk.staff list
    python -m kiosk.staff unlock USER        clear the failed-try wait
    python -m kiosk.staff remove-user USER
    python -m kiosk.staff set-aside-damaged-file   keep a damaged staff.json under a new name

On a terminal the password is asked twice without echo. The data folder is the kiosk's
(``KIOSK_HOME`` overrides it). Exit status: 0 done, 1 refused (with a reason on stderr),
2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from kiosk.staff.accounts import StaffAccountError, StaffAccounts, set_aside_damaged_file


def _read_password(stdin: TextIO, err: TextIO) -> str | None:
    if stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            err.write("the two passwords differ\n")
            return None
        return first
    line = stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def main(
    argv: list[str] | None = None,
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    accounts: StaffAccounts | None = None,
) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    err = err or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m kiosk.staff", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("add-user", "set-password", "unlock", "remove-user"):
        commands.add_parser(name).add_argument("user")
    for name in ("list", "setup-code", "set-aside-damaged-file"):
        commands.add_parser(name)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "set-aside-damaged-file":
            kept = set_aside_damaged_file(accounts.path if accounts else None)
            out.write(f"the damaged file is kept as {kept}; create accounts again\n")
            return 0
        accounts = accounts or StaffAccounts()
        if args.command == "list":
            for user in accounts.users():
                waiting = accounts.retry_after(user)
                out.write(f"{user}\t{'waiting' if waiting else 'ok'}\n")
        elif args.command == "setup-code":
            code = accounts.issue_setup_code()
            out.write("one-time set-up code for the kiosk's first staff account:\n")
            out.write(f"{code}\n")
        elif args.command in ("add-user", "set-password"):
            password = _read_password(stdin, err)
            if password is None:
                return 1
            if args.command == "add-user":
                accounts.create_account(args.user, password)
                out.write(f"created staff account {args.user}\n")
            else:
                accounts.set_password(args.user, password)
                out.write(f"password set for {args.user}\n")
        elif args.command == "unlock":
            accounts.unlock(args.user)
            out.write(f"unlocked {args.user}\n")
        else:
            accounts.remove_account(args.user)
            out.write(f"removed {args.user}\n")
    except StaffAccountError as exc:
        err.write(f"error ({exc.code}): {exc.message}\n")
        return 1
    return 0
