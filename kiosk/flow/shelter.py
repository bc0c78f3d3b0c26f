"""The shelter's open / close lifecycle and its notices (Qt-free).

The records decide the state: the latest ``shelter_open`` / ``shelter_close`` record in the
store (:func:`shelter_state`). So a restart finds the shelter as staff left it, and the open
notice is sent once per opening, however often staff log in (docs/ui.md, "Opening and
closing the shelter")::

    NOT_OPENED --login: open notice--> OPEN --close notice--> CLOSED --login: open notice--> OPEN
    OPEN --login (restart, after log-out)--> OPEN (no notice)
    OPEN --log out = quit the app--> (stopped; still OPEN at the next start)

Records built here and by the check-in flow take the terminal's UTC offset from one place,
:func:`utc_offset_minutes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from kiosk.records import Event, EventKind


class ShelterState(StrEnum):
    """Where the shelter is in its lifecycle, as its records say."""

    NOT_OPENED = "not_opened"  # no open notice ever recorded on this kiosk
    OPEN = "open"  # the latest open / close record is an open
    CLOSED = "closed"  # the latest open / close record is a close


class ShelterHistory(Protocol):
    """The store's open / close records (kiosk.store's RecordStore implements it)."""

    def shelter_closed_at(self) -> datetime | None: ...

    def kind_counts(self) -> dict[str, int]: ...


def shelter_state(history: ShelterHistory) -> ShelterState:
    """The state the latest open / close record leaves the shelter in."""
    if history.shelter_closed_at() is not None:
        return ShelterState.CLOSED
    if history.kind_counts().get(EventKind.SHELTER_OPEN.value, 0):
        return ShelterState.OPEN
    return ShelterState.NOT_OPENED


def needs_open_notice(state: ShelterState) -> bool:
    """A staff login opens the shelter (queues the open notice) unless it is open already."""
    return state is not ShelterState.OPEN


def after_notice(kind: EventKind) -> ShelterState:
    """The state once a notice of ``kind`` is recorded."""
    if kind is EventKind.SHELTER_OPEN:
        return ShelterState.OPEN
    if kind is EventKind.SHELTER_CLOSE:
        return ShelterState.CLOSED
    raise ValueError(f"{kind.value} is not a shelter notice")


def utc_offset_minutes(now: datetime, fixed: int | None = None) -> int:
    """The terminal's UTC offset at ``now`` in minutes (JST: 540): ``fixed`` when the
    settings give one, else the system's time zone."""
    if fixed is not None:
        return fixed
    delta = now.astimezone().utcoffset()
    return int(delta.total_seconds() // 60) if delta is not None else 0


@dataclass(frozen=True)
class NoticeOrigin:
    """Who sends a shelter notice: the shelter, this terminal, training or not."""

    shelter_id: str
    terminal_id: str
    training: bool = False


def shelter_notice(kind: EventKind, origin: NoticeOrigin, now: datetime) -> Event:
    """The ``shelter_open`` / ``shelter_close`` record at ``now`` (aware)."""
    after_notice(kind)  # refuses any other kind
    return Event(
        kind=kind,
        shelter_id=origin.shelter_id,
        terminal_id=origin.terminal_id,
        occurred_at=now.astimezone(UTC),
        utc_offset_minutes=utc_offset_minutes(now),
        training=origin.training,
    )
