"""Records for the roster tests: fictitious people only."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

from kiosk.domain import CardType, RegistrationType, Sex, SituationFlag
from kiosk.records import Event, EventKind, Person

SHELTER = "shelter-042"
T0 = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)  # 09:00 JST
TODAY = date(2026, 9, 1)


def person(
    name: str = "試験\u3000太郎",
    *,
    address: str = "熊本県荒尾市テスト町1番地",
    born: date | None = date(1950, 1, 1),
    **extra: object,
) -> Person:
    base = Person(name=name, address=address, birth_date=born, sex=Sex.MALE, phone="090-0000-0000")
    return dataclasses.replace(base, **extra)  # type: ignore[arg-type]


def check_in(
    who: Person,
    *,
    terminal: str = "terminal-A",
    minutes: int = 0,
    training: bool = False,
    situation: frozenset[SituationFlag] = frozenset(),
    shelter_id: str = SHELTER,
) -> Event:
    return Event(
        kind=EventKind.CHECK_IN,
        shelter_id=shelter_id,
        terminal_id=terminal,
        occurred_at=T0 + timedelta(minutes=minutes),
        utc_offset_minutes=540,
        registration_type=RegistrationType.MYNUMBER_CARD,
        card_type=CardType.MYNUMBER,
        person=who,
        consent_version="2026-08",
        situation=situation,
        training=training,
    )


def check_out(of: Event, *, terminal: str = "terminal-A", minutes: int = 60) -> Event:
    return Event(
        kind=EventKind.CHECK_OUT,
        shelter_id=of.shelter_id,
        terminal_id=terminal,
        occurred_at=T0 + timedelta(minutes=minutes),
        utc_offset_minutes=540,
        registration_type=of.registration_type,
        card_type=of.card_type,
        person=of.person,
        consent_version=of.consent_version,
        refers_to=of.event_id,
        training=of.training,
    )


def correction(of: Event, who: Person, *, minutes: int = 30) -> Event:
    return Event(
        kind=EventKind.CORRECTION,
        shelter_id=of.shelter_id,
        terminal_id="terminal-C",
        occurred_at=T0 + timedelta(minutes=minutes),
        utc_offset_minutes=540,
        registration_type=RegistrationType.STAFF_PROXY,
        person=who,
        refers_to=of.event_id,
        training=of.training,
    )


def notice(kind: EventKind, *, minutes: int, training: bool = False) -> Event:
    return Event(
        kind=kind,
        shelter_id=SHELTER,
        terminal_id="terminal-A",
        occurred_at=T0 + timedelta(minutes=minutes),
        utc_offset_minutes=540,
        training=training,
    )
