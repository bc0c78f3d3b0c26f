"""Command line of the reference server (scripts/mgmt_server.py, python -m kiosk.mgmt_server).

Prints one line, ``listening on http://HOST:PORT``, once it accepts connections, so a parent
process (test fixture, benchmark) can wait for it instead of sleeping. ``--port 0`` picks a
free port. ``import`` as the first argument imports a kiosk's USB export instead of
serving (kiosk.mgmt_server.importer).

Refused at start (exit 2): a token file readable by group or others, a non-loopback
``--host`` without ``--tls-cert``/``--tls-key``, and fault switches without ``--test-faults``.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import ssl
import sys
import threading
from pathlib import Path
from types import FrameType

from kiosk.mgmt_server.server import (
    MAX_CONNECTIONS,
    Faults,
    InsecureBindError,
    ManagementHTTPServer,
    ServerDatabase,
    is_loopback_host,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mgmt_server", description="Reference management server for the shelter kiosk."
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument("--db", type=Path, required=True, help="SQLite file for received events")
    parser.add_argument(
        "--token-file",
        type=Path,
        required=True,
        help="file holding the bearer token (readable by its owner only: chmod 600)",
    )
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate (chain) for https")
    parser.add_argument("--tls-key", type=Path, help="PEM private key for https")
    parser.add_argument(
        "--max-connections",
        type=int,
        default=MAX_CONNECTIONS,
        help=f"connections served at once (default {MAX_CONNECTIONS})",
    )
    faults = parser.add_argument_group("fault injection (tests only)")
    faults.add_argument(
        "--test-faults",
        action="store_true",
        help="enable the fault switches below and the /_admin endpoints (loopback, token)",
    )
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
    token = _read_token(args.token_file)
    if token is None:
        return 2
    ssl_context = _ssl_context(args)
    if ssl_context is None and (args.tls_cert or args.tls_key):
        return 2
    if ssl_context is None and not is_loopback_host(args.host):
        _err(f"refusing to listen on {args.host} without TLS: pass --tls-cert and --tls-key")
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
    if faults != Faults() and not args.test_faults:
        _err("fault switches are for tests only: add --test-faults")
        return 2
    database = ServerDatabase(args.db)
    try:
        httpd = ManagementHTTPServer(
            (args.host, args.port),
            database=database,
            token=token,
            faults=faults,
            seed=args.seed,
            test_faults=args.test_faults,
            ssl_context=ssl_context,
            max_connections=args.max_connections,
        )
    except (InsecureBindError, ValueError) as exc:
        database.close()
        _err(str(exc))
        return 2
    except OSError as exc:
        database.close()
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


def _read_token(path: Path) -> str | None:
    try:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            _err(
                "the token file is readable by others: make it readable by its owner only"
                f" (chmod 600 {path})"
            )
            return None
        token = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        _err(f"cannot read the token file: {exc.strerror}")
        return None
    if not token:
        _err("the token file is empty")
        return None
    return token


def _ssl_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    if not args.tls_cert and not args.tls_key:
        return None
    if not (args.tls_cert and args.tls_key):
        _err("https needs both --tls-cert and --tls-key")
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(args.tls_cert, args.tls_key)
    except (OSError, ssl.SSLError) as exc:
        _err(f"cannot load the TLS certificate or key: {type(exc).__name__}")
        return None
    return context
