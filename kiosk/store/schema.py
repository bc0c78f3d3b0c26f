"""Schema of the record store, versioned with ``PRAGMA user_version``.

Each step moves the database from version N-1 to N inside one transaction; a database newer
than this code is refused rather than misread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from kiosk.errors import StorageError

_V1 = """
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    shelter_id TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    registration_type INTEGER,
    card_type TEXT,
    consent_version TEXT,
    refers_to TEXT,
    training INTEGER NOT NULL DEFAULT 0,
    -- keyed HMAC of the normalised name + birth date: finds open check-ins without decrypting
    person_fp TEXT,
    -- AES-GCM blob of {"person": ..., "situation": [...]}, NULL after a purge
    personal BLOB,
    recorded_at TEXT NOT NULL,
    purged_at TEXT
);
CREATE INDEX events_person_fp ON events(person_fp) WHERE person_fp IS NOT NULL;
CREATE INDEX events_refers_to ON events(refers_to) WHERE refers_to IS NOT NULL;
CREATE TABLE outbox (
    event_id TEXT PRIMARY KEY REFERENCES events(event_id),
    seq INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    batch_failure INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_attempt_at TEXT,
    acked_at TEXT
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at, seq);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Version 2: what was exported to files (USB batch, PFIF), for the staff status. Only the
# time, the kind of file, the record count and the file's name: never its content or path.
_V2 = """
CREATE TABLE export_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    exported_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    records INTEGER NOT NULL,
    file_name TEXT NOT NULL
);
"""

# Version 3: every clear field is authenticated (docs/store.md). A seal (HMAC) per row, and
# the personal blobs re-encrypted with the clear fields as associated data: this step needs
# the key, so it runs (with ``reseal``) only when the store is opened with it.
_V3 = """
ALTER TABLE events ADD COLUMN seal TEXT;
"""

# The reasons the store itself gives a quarantined row (kiosk.store.outbox reads them back as
# QuarantineReason): written by this code, never by a server.
UNDECRYPTABLE_TEXT = "record could not be decrypted on this terminal"
UNREADABLE_TEXT = "record could not be read on this terminal (damaged or unknown values)"
TAMPERED_TEXT = (
    "record was altered or damaged on this terminal (its fields do not match their seal)"
)
#: What a quarantined row's reason becomes when an older version had kept the server's words.
LEGACY_SERVER_TEXT_REMOVED = "refused by the server (the text an older version kept was removed)"

# Version 4: older versions kept the server's own words (which may echo names, addresses,
# birth dates) in outbox.last_error and meta 'sync.last_error'; a non-code 'sync.server_code'
# is dropped too. Only the store's own reasons stay. The store then rebuilds the file (VACUUM)
# and truncates the WAL, so no copy of the old texts stays in free pages or old log frames.
_V4 = f"""
UPDATE outbox SET last_error = CASE WHEN state = 'dead' THEN '{LEGACY_SERVER_TEXT_REMOVED}' END
    WHERE last_error IS NOT NULL
    AND last_error NOT IN ('{UNDECRYPTABLE_TEXT}', '{UNREADABLE_TEXT}', '{TAMPERED_TEXT}');
DELETE FROM meta WHERE key = 'sync.last_error';
DELETE FROM meta WHERE key = 'sync.server_code'
    AND (length(value) NOT BETWEEN 1 AND 40 OR value GLOB '*[^a-z0-9_]*');
"""  # noqa: S608 (constants of this module only)
#: The version that removed the old server texts (the store compacts the file after it).
SCRUBBED_VERSION = 4

# Version 5: the terminals of one shelter replicate their records to each other over the LAN
# (docs/lan.md). Every paired peer is one more destination of the outbox with its own
# delivery rows (peer_outbox: the same states, attempts, back-off and lease as the server's
# outbox rows); a record received from a peer is stored with ``received_from`` set and has
# no row in ``outbox``: the management server gets it from the terminal that made it.
_V5 = """
ALTER TABLE events ADD COLUMN received_from TEXT;
-- the address ("host:port") a peer was last reached at: found again after a restart
CREATE TABLE lan_peers (peer_id TEXT PRIMARY KEY, added_at TEXT NOT NULL, address TEXT);
CREATE TABLE peer_outbox (
    peer_id TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    seq INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    last_attempt_at TEXT,
    acked_at TEXT,
    PRIMARY KEY (peer_id, event_id)
);
CREATE INDEX peer_outbox_due ON peer_outbox(peer_id, state, next_attempt_at, seq);
-- records per origin terminal (the shelter-wide counts) without reading the wide rows
CREATE INDEX events_origin ON events(terminal_id);
"""

#: MIGRATIONS[n] takes the schema from version n to n + 1.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)
#: Steps that rewrite encrypted data: they need the key (``reseal``).
_NEEDS_KEY = frozenset({2})


def migrate(
    db: sqlite_utils.Database,
    reseal: Callable[[sqlite3.Connection], None] | None = None,
    *,
    target: int | None = None,
) -> int:
    """Bring the database to ``target`` (default SCHEMA_VERSION; without ``reseal``: up to
    the first step that needs the key); returns the version found. One transaction."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise StorageError(
                f"the record database is from a newer version (schema {found}); not opened"
            )
        for version in range(found, SCHEMA_VERSION if target is None else target):
            if version in _NEEDS_KEY and reseal is None:
                break
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    conn.execute(statement)
            if version in _NEEDS_KEY and reseal is not None:
                reseal(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found
