"""Command line of the reference server (scripts/mgmt_server.py, python -m kiosk.mgmt_server).

Prints one line, ``listening on http://HOST:PORT``, once it accepts connections, so a parent
process (test fixture, benchmark) can wait for it instead of sleeping. ``--port 0`` picks a
free port. ``import`` as the first argument imports a kiosk's USB export instead of
serving (kiosk.mgmt_server.importer).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from kiosk.mgmt_server.server import Faults, ManagementHTTPServer, ServerDatabase


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mgmt_server", description="Reference management server for the shelter kiosk."
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument("--db", type=Path, required=True, help="SQLite file for received events")
    parser.add_argument(
        "--token-file", type=Path, required=True, help="file holding the bearer token"
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument("--delay-ms", type=int, default=0, help="delay before storing")
    faults.add_argument(
        "--error-rate", type=float, default=0.0, help="share of requests answered 503 (0..1)"
    )
    faults.add_argument(
        "--drop-after-store",
        action="store_true",
        help="store the batch, then close the connection without answering",
    )
    faults.add_argument(
        "--captive-portal", action="store_true", help="answer everything 200 text/html"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for --error-rate")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["import"]:
        # ``mgmt_server import --db FILE --in EXPORT``: a kiosk's USB export (docs/export.md).
        from kiosk.mgmt_server.importer import main as import_main

        return import_main(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        token = args.token_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        _err(f"cannot read the token file: {exc.strerror}")
        return 2
    if not token:
        _err("the token file is empty")
        return 2
    faults = Faults()
    try:
        faults.update(
            {
                "delay_ms": args.delay_ms,
                "error_rate": args.error_rate,
                "drop_after_store": args.drop_after_store,
                "captive_portal": args.captive_portal,
            }
        )
    except ValueError as exc:
        _err(str(exc))
        return 2
    database = ServerDatabase(args.db)
    try:
        httpd = ManagementHTTPServer(
            (args.host, args.port), database=database, token=token, faults=faults, seed=args.seed
        )
    except OSError as exc:
        _err(f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
        return 2

    def _terminate(signum: int, frame: FrameType | None) -> None:
        # shutdown() blocks until serve_forever returns, so it must run on another thread.
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _terminate)
    sys.stdout.write(f"listening on {httpd.url}\n")
    sys.stdout.flush()
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        httpd.server_close()
        database.close()
    return 0
