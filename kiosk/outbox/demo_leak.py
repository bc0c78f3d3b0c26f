"""Records an old demo swallowed (issue 8 point 1's aftermath).

Versions before the demo had its own data folder ran the demo's sync worker on the real
store: real pending records went to the demo's local reference server, in
``<data folder>/demo-server/server.sqlite3``, and were marked ``sent``. The municipality never
got them. That database is the reference server's (kiosk.mgmt_server.server: table
``events``, primary key ``event_id``); only the ids are read from it, read-only. It holds the
records in plaintext, so it is never changed or deleted here: IT deletes it once the records
are delivered.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk import paths
from kiosk.errors import KioskError

#: Where old versions' demo kept its server database, inside the kiosk's data folder.
DEMO_SERVER_DIR = "demo-server"
DEMO_SERVER_DB = "server.sqlite3"


class DemoDatabaseError(KioskError):
    """The demo server database is missing or is not one (nothing was changed)."""

    code = "demo_database_unusable"
    needs_staff = True


def default_demo_db() -> Path:
    return paths.data_dir() / DEMO_SERVER_DIR / DEMO_SERVER_DB


def demo_event_ids(path: Path) -> set[str]:
    """Every event id the demo server database holds (read-only; nothing else is read).

    Raises DemoDatabaseError when there is no such file or it is not a reference server's
    database.
    """
    if not path.is_file():
        raise DemoDatabaseError(f"no demo database at {path}")
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=5)
    except (sqlite3.Error, ValueError) as exc:
        raise DemoDatabaseError(
            f"the demo database cannot be opened ({type(exc).__name__})"
        ) from None
    try:
        rows = conn.execute("SELECT event_id FROM events").fetchall()
    except sqlite3.Error as exc:
        raise DemoDatabaseError(
            f"{path} is not a demo server database ({type(exc).__name__})"
        ) from None
    finally:
        conn.close()
    return {str(r[0]) for r in rows if isinstance(r[0], str)}
