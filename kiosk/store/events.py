"""The store's records: writing them (event row + outbox row in one transaction), looking
them up, and their protection (key check, seals, personal blobs, schema-3 reseal).

Personal fields (the person, the situation flags) are encrypted with AES-GCM
(:mod:`kiosk.store.crypto`) under associated data covering every clear field, and every row
carries a seal over its clear fields; everything else stays plaintext so that staff can
count and report without the key.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from kiosk.domain import CardType, RegistrationType, SituationFlag
from kiosk.errors import StorageError, StorageFullError
from kiosk.records import Event, EventKind, FaceCheck, OpenCheckIn, Person
from kiosk.store import salvage
from kiosk.store.crypto import (
    DecryptionError,
    RecordCipher,
    TamperedRecordError,
    canonical_clear,
)
from kiosk.store.database import Database, StoreCorruptError
from kiosk.store.keys import KeyProvider
from kiosk.store.schema import TAMPERED_TEXT, UNDECRYPTABLE_TEXT, UNREADABLE_TEXT

log = logging.getLogger(__name__)

#: The event columns; a caller may select more after them (``row_to_event`` reads the first
#: ones).
EVENT_SELECT = (
    "SELECT e.event_id, e.kind, e.shelter_id, e.terminal_id, e.occurred_at,"
    " e.utc_offset_minutes, e.registration_type, e.card_type, e.consent_version,"
    " e.refers_to, e.training, e.recorded_at, e.person_fp, e.seal, e.personal"
)
_EVENT_SELECT_FROM = EVENT_SELECT + " FROM events e"
#: The clear columns of an event row, in the order they are sealed.
CLEAR_COLUMNS = (
    "event_id, kind, shelter_id, terminal_id, occurred_at, utc_offset_minutes,"
    " registration_type, card_type, consent_version, refers_to, training, recorded_at"
)
N_CLEAR = 12
#: The columns of EVENT_SELECT, by name (for rows read by the salvage).
_EVENT_COLUMN_NAMES = [*CLEAR_COLUMNS.replace(" ", "").split(","), "person_fp", "seal", "personal"]


class StoreKeyLostError(StorageError):
    """The database holds encrypted records but the key that wrote them is gone or different."""

    code = "store_key_lost"
    needs_staff = True


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def unreadable_reason(exc: Exception) -> str:
    """The store's own quarantine text for a row :meth:`Events.row_to_event` refused."""
    if isinstance(exc, TamperedRecordError):
        return TAMPERED_TEXT
    if isinstance(exc, DecryptionError):
        return UNDECRYPTABLE_TEXT
    return UNREADABLE_TEXT


class Events:
    """The events table and the key that protects it.

    ``reserve_bytes`` / ``reserve_pages``: new records are refused while less than this is
    free (on the disk, or under the page cap), so the sync worker can still mark earlier
    records as sent: a full disk must not strand what is already recorded.
    """

    def __init__(
        self,
        database: Database,
        key_provider: KeyProvider | None,
        *,
        reserve_bytes: int,
        max_page_count: int | None,
    ) -> None:
        self._db = database
        self._key_provider = key_provider
        self._reserve_bytes = reserve_bytes
        self._reserve_pages = max(8, max_page_count // 10) if max_page_count else 0
        self.cipher: RecordCipher | None = None
        database.salvage_verifier = self.salvage_verifier

    # -- the key -----------------------------------------------------------------------------

    @property
    def has_key(self) -> bool:
        return self.cipher is not None

    def require_cipher(self) -> RecordCipher:
        if self.cipher is None:
            raise StoreKeyLostError("the record store was opened without its key")
        return self.cipher

    def load_cipher(self) -> None:
        key_provider = self._key_provider
        if key_provider is None:
            return
        key = key_provider.load()
        if key is None and self._db.meta_get("key_check") is not None:
            # Another process opening this fresh database at the same moment may have
            # created the key and written its check between our look and now: look again
            # before calling the key lost.
            key = key_provider.load()
        if key is None:
            if self._db.meta_get("key_check") is not None:
                raise StoreKeyLostError(
                    "the record database was written with a key that is no longer available "
                    f"({key_provider.describe()}); unsent personal data cannot be recovered"
                )
            # Exclusive: when another process starting at the same moment created the key
            # first, this returns that key instead of replacing it.
            key = key_provider.create()
        cipher = RecordCipher(key)
        # Read and first write of the key check in one BEGIN IMMEDIATE transaction, with a
        # plain INSERT: of two processes opening a fresh database together, the second sees
        # the first one's check value and can never overwrite it.
        with self._db.write() as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
            if row is None:
                try:
                    c.execute(
                        "INSERT INTO meta(key, value) VALUES ('key_check', ?)",
                        (cipher.key_check,),
                    )
                    stored_check = cipher.key_check
                except sqlite3.IntegrityError:
                    row = c.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
                    stored_check = str(row[0])
            else:
                stored_check = str(row[0])
        if stored_check != cipher.key_check:
            raise StoreKeyLostError(
                "the store key does not match the record database "
                f"({key_provider.describe()}); unsent personal data cannot be recovered"
            )
        self.cipher = cipher

    def reseal(self, c: sqlite3.Connection) -> None:
        """Schema 3 (inside the migration's transaction): seal every row and re-encrypt the
        personal blobs with every clear field as associated data. A blob that does not
        decrypt stays as it is, unsealed: it is quarantined when claimed, never dropped."""
        cipher = self.require_cipher()
        rows = c.execute(
            f"SELECT seq, {CLEAR_COLUMNS}, person_fp, personal FROM events"  # noqa: S608
        ).fetchall()
        updates: list[tuple[str | None, bytes | None, int]] = []
        unsealed = 0
        for row in rows:
            clear = canonical_clear(row[1 : 1 + N_CLEAR])
            fingerprint, personal = row[1 + N_CLEAR], row[2 + N_CLEAR]
            seal: str | None = cipher.seal(clear)
            if personal is not None:
                try:
                    plaintext = cipher.decrypt_v1(bytes(personal), str(row[1]))
                except DecryptionError:
                    unsealed += 1
                    seal = None
                else:
                    personal = cipher.encrypt(plaintext, personal_aad(clear, fingerprint))
            updates.append((seal, personal, int(row[0])))
        c.executemany("UPDATE events SET seal = ?, personal = ? WHERE seq = ?", updates)
        log.info("store migrated: %d record(s) sealed, %d could not be", len(rows), unsealed)

    def salvage_verifier(self, meta: dict[str, str]) -> salvage.Verifier | None:
        cipher = self.cipher
        if cipher is None and self._key_provider is not None:
            key = self._key_provider.load()
            cipher = RecordCipher(key) if key is not None else None
        if cipher is None or meta.get("key_check") != cipher.key_check:
            return None  # copied as they are; the normal open reports the key problem
        checked = cipher

        def verify(row: salvage.Row) -> str | None:
            if "seal" not in row:
                return None  # an older schema: the migration checks and seals it
            try:
                self.row_to_event([row[c] for c in _EVENT_COLUMN_NAMES], checked)
            except Exception as exc:
                return unreadable_reason(exc)
            return None

        return verify

    # -- writing -----------------------------------------------------------------------------

    def record_many(self, events: Sequence[Event]) -> None:
        """Commit the events and their outbox rows in one transaction: all of them or none."""
        cipher = self.require_cipher()
        now = self._db.clock.now()
        rows = [self.event_row(event, cipher, iso(now)) for event in events]
        self._check_disk_headroom()
        try:
            self._insert_events(rows, now, retry=False)
        except StoreCorruptError as exc:
            if not exc.recovered:
                raise
            # The damaged file was moved aside and salvaged: record into the fresh one
            # (the failed transaction never committed, so the event is not in it yet).
            self._insert_events(rows, now, retry=True)

    def _insert_events(
        self, rows: Sequence[tuple[Any, ...]], now: datetime, *, retry: bool
    ) -> None:
        with self._db.write() as c:
            self._check_page_headroom(c)
            for row in rows:
                if (
                    retry
                    and c.execute("SELECT 1 FROM events WHERE event_id = ?", (row[0],)).fetchone()
                ):
                    continue
                cur = c.execute(
                    "INSERT INTO events (event_id, kind, shelter_id, terminal_id, occurred_at,"
                    " utc_offset_minutes, registration_type, card_type, consent_version,"
                    " refers_to, training, recorded_at, person_fp, seal, personal)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                c.execute(
                    "INSERT INTO outbox (event_id, seq, state, attempts, next_attempt_at,"
                    " created_at) VALUES (?, ?, 'pending', 0, ?, ?)",
                    (row[0], cur.lastrowid, now.timestamp(), iso(now)),
                )
                queue_for_peers(c, row[0], int(cur.lastrowid or 0), now, skip=())

    def event_row(self, event: Event, cipher: RecordCipher, recorded_at: str) -> tuple[Any, ...]:
        """The row in column order: the clear fields, then person_fp, seal and personal."""
        if event.occurred_at.tzinfo is None:
            raise ValueError("Event.occurred_at must be timezone-aware")
        clear = (
            event.event_id,
            event.kind.value,
            event.shelter_id,
            event.terminal_id,
            iso(event.occurred_at),
            event.utc_offset_minutes,
            int(event.registration_type) if event.registration_type else None,
            event.card_type.value if event.card_type else None,
            event.consent_version,
            event.refers_to,
            1 if event.training else 0,
            recorded_at,
        )
        fingerprint: str | None = None
        if event.person is not None:
            fingerprint = cipher.person_fingerprint(event.person.name, event.person.birth_date)
        encoded = canonical_clear(clear)
        personal: bytes | None = None
        if event.person is not None or event.situation:
            plaintext = json.dumps(
                {
                    "person": event.person.to_json() if event.person else None,
                    "situation": sorted(flag.value for flag in event.situation),
                    # Only when a face check happened (the camera path, docs/camera.md).
                    **(
                        {"face_check": event.face_check.value}
                        if event.face_check is not FaceCheck.NOT_USED
                        else {}
                    ),
                },
                ensure_ascii=False,
                sort_keys=True,
            ).encode("utf-8")
            personal = cipher.encrypt(plaintext, personal_aad(encoded, fingerprint))
        return (*clear, fingerprint, cipher.seal(encoded), personal)

    def _check_disk_headroom(self) -> None:
        try:
            free = shutil.disk_usage(self._db.path.parent).free
        except OSError:
            return
        if free < self._reserve_bytes:
            raise StorageFullError("the kiosk's storage is full; the record was not saved")

    def _check_page_headroom(self, c: sqlite3.Connection) -> None:
        if not self._reserve_pages:
            return
        page_count = int(c.execute("PRAGMA page_count").fetchone()[0])
        free_pages = int(c.execute("PRAGMA freelist_count").fetchone()[0])
        max_pages = int(c.execute("PRAGMA max_page_count").fetchone()[0])
        if max_pages - page_count + free_pages < self._reserve_pages:
            raise StorageFullError("the kiosk's storage is full; the record was not saved")

    # -- look-ups ----------------------------------------------------------------------------

    def open_check_in(self, person: Person, shelter_id: str) -> OpenCheckIn | None:
        """The latest check-in of this person here that no check-out refers to.

        Matched on the keyed fingerprint column: nothing is decrypted.
        """
        cipher = self.require_cipher()
        fingerprint = cipher.person_fingerprint(person.name, person.birth_date)
        rows = self._db.read(
            _EVENT_SELECT_FROM  # noqa: S608 (constant SQL)
            + " WHERE e.person_fp = ? AND e.kind = 'check_in' AND e.shelter_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM events c"
            "   WHERE c.kind = 'check_out' AND c.refers_to = e.event_id)"
            " ORDER BY e.seq DESC LIMIT 1",
            (fingerprint, shelter_id),
        )
        if not rows:
            return None
        try:
            cipher.check_seal(canonical_clear(rows[0][:N_CLEAR]), rows[0][N_CLEAR + 1])
        except TamperedRecordError:
            # Quarantined when the sync worker claims it; never matched as an open check-in.
            log.error("an open check-in's fields do not match their seal; not used")
            return None
        return OpenCheckIn(event_id=rows[0][0], occurred_at=datetime.fromisoformat(rows[0][4]))

    def get_event(self, event_id: str) -> Event | None:
        rows = self._db.read(_EVENT_SELECT_FROM + " WHERE e.event_id = ?", (event_id,))
        if not rows:
            return None
        return self.row_to_event(rows[0], self.require_cipher())

    def event_ids(self) -> list[str]:
        return [str(r[0]) for r in self._db.read("SELECT event_id FROM events ORDER BY seq")]

    def kind_counts(self) -> dict[str, int]:
        """How many records of each kind (still available after a purge, for reports)."""
        rows = self._db.read("SELECT kind, count(*) FROM events GROUP BY kind")
        return {str(k): int(n) for k, n in rows}

    def row_to_event(self, row: Sequence[Any], cipher: RecordCipher) -> Event:
        """An event from a row that starts with :data:`EVENT_SELECT`'s columns; raises when
        its seal fails, its blob does not decrypt, or a value is unknown."""
        (
            event_id,
            kind,
            shelter_id,
            terminal_id,
            occurred_at,
            offset,
            registration_type,
            card_type,
            consent_version,
            refers_to,
            training,
            _recorded_at,
            fingerprint,
            seal,
            personal,
        ) = row[: N_CLEAR + 3]
        clear = canonical_clear(row[:N_CLEAR])
        if seal is None and personal is not None:
            # Its blob did not decrypt when the database was migrated: it never got a seal.
            raise DecryptionError("record was not sealed")
        cipher.check_seal(clear, seal)
        person: Person | None = None
        situation: frozenset[SituationFlag] = frozenset()
        face_check = FaceCheck.NOT_USED
        if personal is not None:
            data = json.loads(cipher.decrypt(bytes(personal), personal_aad(clear, fingerprint)))
            person = Person.from_json(data["person"]) if data.get("person") else None
            situation = frozenset(SituationFlag(v) for v in data.get("situation", []))
            face_check = FaceCheck(data.get("face_check", FaceCheck.NOT_USED.value))
        return Event(
            kind=EventKind(kind),
            shelter_id=shelter_id,
            terminal_id=terminal_id,
            occurred_at=datetime.fromisoformat(occurred_at),
            utc_offset_minutes=int(offset),
            registration_type=RegistrationType(registration_type) if registration_type else None,
            card_type=CardType(card_type) if card_type else None,
            person=person,
            consent_version=consent_version,
            situation=situation,
            refers_to=refers_to,
            training=bool(training),
            event_id=event_id,
            face_check=face_check,
        )


def queue_for_peers(
    c: sqlite3.Connection, event_id: str, seq: int, now: datetime, *, skip: Sequence[str]
) -> None:
    """One delivery row per paired peer terminal (docs/lan.md), in the caller's transaction,
    except for the peers in ``skip`` (the record's origin, the peer it came from)."""
    if not c.execute("SELECT 1 FROM lan_peers LIMIT 1").fetchone():
        return
    marks = "".join(", ?" for _ in skip)
    c.execute(
        "INSERT OR IGNORE INTO peer_outbox (peer_id, event_id, seq, state, attempts,"  # noqa: S608
        " next_attempt_at, created_at) SELECT peer_id, ?, ?, 'pending', 0, ?, ?"
        f" FROM lan_peers WHERE peer_id NOT IN (''{marks})",
        (event_id, seq, now.timestamp(), iso(now), *skip),
    )


def personal_aad(clear: bytes, fingerprint: str | None) -> bytes:
    """Associated data of the personal blob: the clear fields and the fingerprint (erased
    together with the blob by a purge)."""
    return clear + b"\x1f" + (fingerprint or "").encode("ascii", "replace")
