"""What the file exports (:mod:`kiosk.export`) read from the store, and their log.

Reads only: an export changes no outbox state (only a server acknowledgement marks a record
sent) and deletes nothing. The log keeps the time, the kind of file, the record count and the
file's name: never its content or path.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.records import Event, EventKind
from kiosk.store.database import Database
from kiosk.store.events import EVENT_SELECT, Events, iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRecord:
    """A record taken for a file export (decrypted) and its outbox state at that moment."""

    event: Event
    state: str


@dataclass(frozen=True)
class ExportSelection:
    records: list[ExportRecord]
    #: Rows that could not be read (did not decrypt, or hold a value this version does not
    #: know): left untouched, reported by id only.
    undecryptable: list[str]


@dataclass(frozen=True)
class ExportLogEntry:
    """One file export as staff see it: when, what kind, how many, the file's name."""

    exported_at: str
    kind: str
    records: int
    file_name: str


class Exports:
    def __init__(self, database: Database, events: Events) -> None:
        self._db = database
        self._events = events

    def exportable_records(self, *, include_sent: bool) -> ExportSelection:
        return self._select(
            " WHERE o.state != 'sent' OR (? AND e.personal IS NOT NULL)",
            (1 if include_sent else 0,),
        )

    def personal_records(self, kinds: Sequence[EventKind]) -> ExportSelection:
        marks = ", ".join("?" for _ in kinds)
        return self._select(
            f" WHERE e.personal IS NOT NULL AND e.kind IN ({marks})",
            tuple(kind.value for kind in kinds),
        )

    def _select(self, where: str, params: Sequence[Any]) -> ExportSelection:
        cipher = self._events.require_cipher()
        rows = self._db.read(
            EVENT_SELECT
            + ", o.state FROM outbox o JOIN events e USING (event_id)"
            + where
            + " ORDER BY o.seq",
            params,
        )
        records: list[ExportRecord] = []
        broken: list[str] = []
        for row in rows:
            try:
                records.append(ExportRecord(self._events.row_to_event(row, cipher), str(row[-1])))
            except Exception:  # like claim_due: any unreadable row, reported by id only
                # No exception text: it may quote the row's (personal) content.
                broken.append(str(row[0]))
        if broken:
            log.error("%d record(s) could not be read for the export", len(broken))
        return ExportSelection(records, broken)

    def log_export(self, *, kind: str, records: int, file_name: str) -> None:
        with self._db.write() as c:
            c.execute(
                "INSERT INTO export_log (exported_at, kind, records, file_name)"
                " VALUES (?, ?, ?, ?)",
                (iso(self._db.clock.now()), kind, int(records), file_name),
            )

    def export_log(self, limit: int) -> list[ExportLogEntry]:
        rows = self._db.read(
            "SELECT exported_at, kind, records, file_name FROM export_log ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [ExportLogEntry(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]
