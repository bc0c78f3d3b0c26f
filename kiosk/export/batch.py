"""The USB export: every record the server has not acknowledged, in one encrypted file.

The plaintext is the management API's own batch body (``{"terminal_id", "events"}``, each
event exactly as :func:`kiosk.sync.contract.event_to_wire` builds it for the network), plus an
``export`` object the server ignores. The same event ids and the same canonical payloads as
the sync sends: importing the file and syncing later (or the other way round) gives
``duplicate``, never a second copy and never a conflict.

Exporting changes no outbox state (only a server acknowledgement marks a record sent) and
deletes nothing; the store notes that an export happened (time, count, file name).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.clock import Clock, SystemClock
from kiosk.errors import StorageError
from kiosk.export.envelope import (
    DEFAULT_KDF,
    ContentType,
    ExportFormatError,
    KdfParams,
    check_passphrase,
    decrypt,
    encrypt,
    read_header,
)
from kiosk.export.files import write_export_file
from kiosk.store.store import RecordStore
from kiosk.sync.contract import canonical_json, event_to_wire, format_utc

log = logging.getLogger(__name__)

BATCH_FORMAT = "shelter-kiosk-batch/1"
LOG_KIND_BATCH = "batch"


@dataclass(frozen=True)
class BatchExportResult:
    path: Path
    records: int
    #: outbox state -> how many of the exported records were in it
    by_state: dict[str, int] = field(default_factory=dict)
    #: ids of records that could not be decrypted (not in the file; still in the store)
    undecryptable: list[str] = field(default_factory=list)
    #: False when the file was written but the export log could not be (kiosk disk full)
    logged: bool = True


def build_batch(
    store: RecordStore, *, terminal_id: str, include_sent: bool, now: datetime
) -> tuple[dict[str, Any], BatchExportResult]:
    selection = store.exportable_records(include_sent=include_sent)
    events = [event_to_wire(r.event) for r in selection.records]
    if not terminal_id and selection.records:
        terminal_id = selection.records[0].event.terminal_id
    body: dict[str, Any] = {
        "terminal_id": terminal_id,
        "events": events,
        "export": {
            "format": BATCH_FORMAT,
            "created_at": format_utc(now),
            "records": len(events),
            "include_sent": include_sent,
        },
    }
    summary = BatchExportResult(
        path=Path(),
        records=len(events),
        by_state=dict(Counter(r.state for r in selection.records)),
        undecryptable=list(selection.undecryptable),
    )
    return body, summary


def export_batch(
    store: RecordStore,
    out: Path,
    passphrase: str,
    *,
    terminal_id: str = "",
    include_sent: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    clock: Clock | None = None,
) -> BatchExportResult:
    """Write the encrypted batch file to ``out`` (atomically) and log the export."""
    check_passphrase(passphrase)  # before any work: a short passphrase loses nothing
    now = (clock or SystemClock()).now()
    body, summary = build_batch(store, terminal_id=terminal_id, include_sent=include_sent, now=now)
    write_export_file(
        out, encrypt(canonical_json(body), passphrase, ContentType.BATCH_JSON, kdf=kdf)
    )
    logged = True
    try:
        store.log_export(kind=LOG_KIND_BATCH, records=summary.records, file_name=out.name)
    except StorageError:
        # The file is whole on the stick; only the note in the kiosk's own log is missing.
        log.warning("the export was written but could not be noted in the record store")
        logged = False
    return BatchExportResult(out, summary.records, summary.by_state, summary.undecryptable, logged)


class NotABatchError(ExportFormatError):
    """An export file of another kind (PFIF, the roster) given where a batch is read."""

    code = "export_not_a_batch"

    def __init__(self, content: ContentType) -> None:
        super().__init__(f"this export file holds {_HOLDS[content]}, not records for the server")
        self.content = content


#: What an export file that is not a batch holds, by its content type.
_HOLDS = {
    ContentType.BATCH_JSON: "records for the server",
    ContentType.PFIF_XML: "PFIF safety information",
    ContentType.ROSTER_CSV: "the shelter's roster (避難者名簿, CSV for a spreadsheet)",
}


def read_batch(data: bytes, passphrase: str) -> dict[str, Any]:
    """Decrypt an export file and check it is a batch: ``{"terminal_id", "events", ...}``.
    Another kind of export file is refused by what it holds (NotABatchError) before any
    key is derived: the content type is in the header."""
    content = read_header(data).content
    if content is not ContentType.BATCH_JSON:
        raise NotABatchError(content)
    _content, plaintext = decrypt(data, passphrase)
    try:
        body = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ExportFormatError("the export file's content is not valid JSON") from exc
    if not isinstance(body, dict) or not isinstance(body.get("events"), list):
        raise ExportFormatError("the export file holds no list of events")
    return body
