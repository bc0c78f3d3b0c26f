"""The export subcommands of ``python -m kiosk.outbox`` (docs/export.md).

    python -m kiosk.outbox [--db PATH] export --out PATH [--include-sent] [--passphrase-stdin]
    python -m kiosk.outbox [--db PATH] pfif --out PATH --domain DOMAIN
        [--passphrase-stdin | --plaintext-i-understand] [--expiry-days N]

Output: counts, the file name, ids of records that could not be decrypted: never personal
data, never the passphrase.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk import settings as settings_module
from kiosk.export.batch import export_batch
from kiosk.export.passphrase import read_passphrase
from kiosk.export.pfif import DEFAULT_EXPIRY_DAYS, PfifOptions, check_domain, export_pfif
from kiosk.store.factory import open_store

COMMANDS = frozenset({"export", "pfif"})


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def add_parsers(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help="write every unacknowledged record to one encrypted file (USB stick)",
    )
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.add_argument(
        "--include-sent",
        action="store_true",
        help="also the records already sent that still hold personal data",
    )
    export.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (else asked without echo)",
    )
    pfif = sub.add_parser("pfif", help="safety information as PFIF 1.4 XML")
    pfif.add_argument("--out", type=Path, required=True, help="the file to write")
    pfif.add_argument(
        "--domain", required=True, help="record-id domain, e.g. kiosk.city.example.jp"
    )
    pfif.add_argument(
        "--expiry-days",
        type=int,
        default=DEFAULT_EXPIRY_DAYS,
        help=f"days after the check-in the record expires (default {DEFAULT_EXPIRY_DAYS})",
    )
    secret = pfif.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="encrypt, reading the passphrase from standard input",
    )
    secret.add_argument(
        "--plaintext-i-understand",
        action="store_true",
        help="write plaintext XML (it is personal data: only onto protected media)",
    )


def run(args: argparse.Namespace, config: settings_module.Settings, db_path: Path) -> int:
    """Run ``export`` or ``pfif``; KioskErrors propagate to the caller (exit code 2)."""
    if args.command == "export":
        return _export(args, config, db_path)
    return _pfif(args, config, db_path)


def _export(args: argparse.Namespace, config: settings_module.Settings, db_path: Path) -> int:
    passphrase = read_passphrase(from_stdin=args.passphrase_stdin, confirm=True)
    with open_store(config, db_path=db_path, requeue_in_flight=False) as store:
        result = export_batch(
            store,
            args.out,
            passphrase,
            terminal_id=config.shelter.terminal_id,
            include_sent=args.include_sent,
        )
    states = ", ".join(f"{state} {n}" for state, n in sorted(result.by_state.items()))
    _out(
        f"exported {result.records} record(s) to {result.path}" + (f" ({states})" if states else "")
    )
    _out("the records stay in the outbox until the server acknowledges them")
    return _report_leftovers(result.undecryptable, result.logged)


def _pfif(args: argparse.Namespace, config: settings_module.Settings, db_path: Path) -> int:
    domain = check_domain(args.domain)
    if args.expiry_days < 1:
        sys.stderr.write("--expiry-days must be at least 1\n")
        return 2
    passphrase = read_passphrase(from_stdin=True, confirm=False) if args.passphrase_stdin else None
    if passphrase is None and not args.plaintext_i_understand and sys.stdin.isatty():
        passphrase = read_passphrase(from_stdin=False, confirm=True)
    names = {config.shelter.shelter_id: config.shelter.name} if config.shelter.name else {}
    options = PfifOptions(domain=domain, shelter_names=names, expiry_days=args.expiry_days)
    with open_store(config, db_path=db_path, requeue_in_flight=False) as store:
        result = export_pfif(
            store,
            args.out,
            options,
            passphrase=passphrase,
            plaintext_ok=args.plaintext_i_understand,
        )
    _out(
        f"wrote {result.persons} person record(s) and {result.notes} note(s) to {result.path}"
        + (" (encrypted)" if result.encrypted else " (PLAINTEXT: personal data, protect it)")
    )
    return _report_leftovers(result.undecryptable, result.logged)


def _report_leftovers(undecryptable: list[str], logged: bool) -> int:
    for event_id in undecryptable:
        _out(f"  not exported (could not be read on this terminal): {event_id}")
    if not logged:
        _out("warning: the export could not be noted in the kiosk's log (its disk is full)")
    return 1 if undecryptable else 0
