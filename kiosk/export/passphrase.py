"""Reading the staff passphrase: from standard input (scripts) or typed without echo."""

from __future__ import annotations

import getpass
import sys

from kiosk.export.envelope import ExportError, check_passphrase


class PassphraseInputError(ExportError):
    code = "export_passphrase_missing"


def read_passphrase(*, from_stdin: bool, confirm: bool) -> str:
    """One line from stdin (``--passphrase-stdin``), else a no-echo prompt on a terminal
    (twice when ``confirm``: a typo would make the file unreadable). Never echoed or logged;
    raises WeakPassphraseError when shorter than the minimum."""
    if from_stdin:
        line = sys.stdin.readline()
        passphrase = line.rstrip("\r\n")
        if not passphrase:
            raise PassphraseInputError("no passphrase on standard input")
        return check_passphrase(passphrase)
    if not sys.stdin.isatty():
        raise PassphraseInputError(
            "no terminal to ask for the passphrase: pass --passphrase-stdin and pipe it in"
        )
    passphrase = check_passphrase(getpass.getpass("Export passphrase (12+ characters): "))
    if confirm and check_passphrase(getpass.getpass("Same passphrase again: ")) != passphrase:
        raise PassphraseInputError("the two passphrases differ; nothing was written")
    return passphrase
