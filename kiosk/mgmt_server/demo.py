"""The reference server inside the kiosk process, for demo mode (no server configured)."""

from __future__ import annotations

import secrets
from pathlib import Path

from kiosk.atomic import atomic_write_text
from kiosk.mgmt_server.server import ManagementServer


def start_demo_server(data_dir: Path) -> ManagementServer:
    """Start a reference server on 127.0.0.1 (free port) with its own database and token.

    Files go to ``<data_dir>/demo-server/``; the token is reused across runs. Use
    ``server.url`` and ``server.httpd.token`` to build the kiosk's transport; call
    ``server.stop()`` on exit.
    """
    folder = data_dir / "demo-server"
    token_file = folder / "token.txt"
    try:
        token = token_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        token = ""
    if not token:
        token = secrets.token_urlsafe(24)
        atomic_write_text(token_file, token)
    return ManagementServer(folder / "server.sqlite3", token, host="127.0.0.1", port=0).start()
