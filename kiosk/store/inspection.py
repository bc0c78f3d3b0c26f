"""What IT may see of a record database without its key: the schema version, each table with
its columns, indexes and row count, and SQLite's own checks. Read through sqlite-utils'
introspection on a read-only connection; no row content is ever read (personal fields are
encrypted anyway, and the outbox states are counted by ``python -m kiosk.outbox status``)."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class TableInfo:
    name: str
    rows: int
    columns: list[str]
    indexes: list[str]


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    schema_version: int
    journal_mode: str
    page_size: int
    pages: int
    tables: list[TableInfo]
    #: ``PRAGMA quick_check``'s answer when asked for ("ok" for a sound file), else None.
    quick_check: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def inspect_database(path: Path, *, check: bool = False) -> DatabaseInfo:
    """Describe the database at ``path``, opened read-only (nothing is written, not even a
    checkpoint). Raises sqlite3.DatabaseError for a file that is not a database."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        db = sqlite_utils.Database(conn)
        tables = [
            TableInfo(
                name=table.name,
                rows=table.count,
                columns=[f"{c.name} {c.type}".strip() for c in table.columns],
                indexes=sorted(index.name for index in table.indexes),
            )
            for table in db.tables
        ]
        quick_check = None
        if check:
            quick_check = "; ".join(row[0] for row in conn.execute("PRAGMA quick_check"))
        return DatabaseInfo(
            path=str(path),
            schema_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
            journal_mode=str(db.journal_mode),
            page_size=int(conn.execute("PRAGMA page_size").fetchone()[0]),
            pages=int(conn.execute("PRAGMA page_count").fetchone()[0]),
            tables=tables,
            quick_check=quick_check,
        )
    finally:
        conn.close()
