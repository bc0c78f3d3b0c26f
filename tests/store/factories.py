"""Records for tests: fictitious people only."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.domain import CardType, RegistrationType, Sex, SituationFlag
from kiosk.records import Event, EventKind, Person

SHELTER = "shelter-042"
TERMINAL = "terminal-7"


def person(n: int = 0) -> Person:
    return Person(
        name=f"試験\u3000太郎{n}",
        address=f"熊本県荒尾市テスト町{n}番地",
        birth_date=date(1950, 1, 1 + n % 28),
        sex=Sex.MALE,
        phone="090-0000-0000",
        message_to_staff="",
    )


def check_in(
    n: int = 0,
    *,
    when: datetime | None = None,
    shelter_id: str = SHELTER,
    who: Person | None = None,
) -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id=shelter_id,
        terminal_id=TERMINAL,
        occurred_at=when or datetime(2026, 9, 1, 0, 0, n % 60, tzinfo=UTC),
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        card_type=CardType.MYNUMBER,
        person=who or person(n),
        consent_version="2026-08",
        situation=frozenset({SituationFlag.WITH_PET}) if n % 2 else frozenset(),
    )


def check_out(of: Event, *, when: datetime | None = None) -> Event:
    assert of.person is not None
    return Event(
        kind=EventKind.CHECK_OUT,
        shelter_id=of.shelter_id,
        terminal_id=TERMINAL,
        occurred_at=when or datetime(2026, 9, 2, tzinfo=UTC),
        utc_offset_minutes=540,
        registration_type=of.registration_type,
        card_type=of.card_type,
        person=of.person,
        consent_version=of.consent_version,
        refers_to=of.event_id,
    )


def shelter_notice(kind: EventKind, when: datetime | None = None) -> Event:
    return Event(
        kind=kind,
        shelter_id=SHELTER,
        terminal_id=TERMINAL,
        occurred_at=when or datetime(2026, 9, 1, tzinfo=UTC),
        utc_offset_minutes=540,
    )


def raw_sql(path: Path, statement: str, *params: object) -> None:
    """Change the database file behind the store's back (a tamperer, a bad disk)."""
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        raw.execute(statement, params)
    finally:
        raw.close()


def pages_of(path: Path, table: str) -> list[int]:
    raw = sqlite3.connect(str(path))
    try:
        pages = [
            int(p)
            for (p,) in raw.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    finally:
        raw.close()
    assert len(pages) >= 3
    return pages


def flip_page(path: Path, page: int) -> None:
    """Overwrite one page in the middle of the file with random bytes (a bad sector)."""
    size = 4096
    data = bytearray(path.read_bytes())
    assert len(data) % size == 0
    rng = random.Random(page)
    data[(page - 1) * size : page * size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))
