"""The shelter's roster and counts, built from records (pure: no store, no Qt).

Input: every record this terminal holds, its own and the copies received from the paired
terminals (docs/lan.md), so every terminal of the shelter computes the same roster.

- **A stay** is one check-in. It is closed by a check-out whose ``refers_to`` names it
  (whichever terminal made either), by a later check-in of the same person (the earlier stay
  is superseded: two terminals cut off from each other may both have checked the person in),
  A shelter close ends the opening: the roster starts again after the latest close.
- **Corrections** (``CORRECTION`` records whose ``refers_to`` names a check-in, or an earlier
  correction of it) replace the person and the situation flags of that stay; the latest
  correction wins.
- **Training** records (``Event.training``) and real ones are never mixed: a roster is built
  from one kind only.
- Records whose personal data was purged (retention, or the training purge) are not shown;
  they are counted (``Counts.purged``) so staff know why a number is smaller.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from kiosk.domain import (
    IDEOGRAPHIC_SPACE,
    RegistrationType,
    SituationFlag,
    normalize_for_search,
    search_key,
)
from kiosk.records import Event, EventKind, Person


class AgeBracket:
    """年代別: ten-year brackets (0-9, 10-19, ... 80-89) and 90 and over, plus "unknown"
    (no birth date). Ten-year brackets are what 年代 means and what municipal shelter
    reports tabulate; the finer groups staff plan for (infants, school children, 65+)
    are sums of these or read from the roster."""

    UNKNOWN = -1
    #: The lower bounds, in order (90: 90 and over).
    LOWER = (0, 10, 20, 30, 40, 50, 60, 70, 80, 90)

    @staticmethod
    def of(birth_date: date | None, on: date) -> int:
        """The bracket (its lower bound) of someone born on ``birth_date``, on ``on``; a
        birth date in the future is UNKNOWN (a typing mistake, not a newborn)."""
        if birth_date is None:
            return AgeBracket.UNKNOWN
        age = age_on(birth_date, on)
        if age < 0:
            return AgeBracket.UNKNOWN
        return min(age // 10 * 10, 90)

    @staticmethod
    def label(lower: int) -> str:
        if lower == AgeBracket.UNKNOWN:
            return "unknown"
        if lower == 90:
            return "90+"
        return f"{lower}-{lower + 9}"


def age_on(birth_date: date, on: date) -> int:
    """Completed years on ``on`` (a 29 February birthday counts from 1 March in other years)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@dataclass(frozen=True, repr=False)
class Stay:
    """One person's stay: their check-in and, once they left, the check-out."""

    check_in_id: str
    person: Person
    situation: frozenset[SituationFlag]
    checked_in_at: datetime
    #: The local offset (minutes) at the terminal that checked the person in.
    utc_offset_minutes: int
    check_in_terminal: str
    registration_type: RegistrationType | None
    household: str = ""
    checked_out_at: datetime | None = None
    check_out_terminal: str | None = None
    #: "superseded" when a later check-in of the same person closed this stay.
    closed_by: str = ""
    corrected: bool = False

    def __repr__(self) -> str:
        return f"Stay(check_in_id={self.check_in_id}, inside={self.inside}, <redacted>)"

    __str__ = __repr__

    @property
    def inside(self) -> bool:
        return self.checked_out_at is None and not self.closed_by

    def local(self, moment: datetime) -> datetime:
        """A time in the terminal's local time (JST at a Japanese shelter)."""
        return moment.astimezone(timezone(timedelta(minutes=self.utc_offset_minutes)))


@dataclass(frozen=True)
class Counts:
    """The shelter's numbers (no personal data): what the counts panel and the LAN test read."""

    #: People inside now.
    inside: int = 0
    #: Stays in this opening (inside and left).
    checked_in: int = 0
    #: Stays closed by a check-out.
    checked_out: int = 0
    #: Households with at least one person inside.
    households: int = 0
    #: People inside per age bracket (AgeBracket lower bound -> count; every bracket listed).
    by_age: dict[int, int] = field(default_factory=dict)
    #: People inside with each situation flag.
    needs: dict[SituationFlag, int] = field(default_factory=dict)
    #: The shelter's capacity (settings); 0 = not set.
    capacity: int = 0
    #: Check-ins whose personal data is purged (not in the roster).
    purged: int = 0
    #: Records that could not be read on this terminal (quarantined by the store).
    unreadable: int = 0
    training: bool = False

    @property
    def occupancy(self) -> float | None:
        """収容率: people inside / capacity (None when no capacity is set)."""
        if self.capacity <= 0:
            return None
        return self.inside / self.capacity

    def as_dict(self) -> dict[str, object]:
        """Plain numbers (JSON-friendly) for tests, benches and the LAN acceptance test."""
        return {
            "inside": self.inside,
            "checked_in": self.checked_in,
            "checked_out": self.checked_out,
            "households": self.households,
            "by_age": {AgeBracket.label(k): v for k, v in self.by_age.items()},
            "needs": {k.value: v for k, v in self.needs.items()},
            "capacity": self.capacity,
            "occupancy": self.occupancy,
            "purged": self.purged,
            "unreadable": self.unreadable,
            "training": self.training,
        }


@dataclass(frozen=True)
class Roster:
    """Every stay of this opening (newest check-in first) and the counts."""

    stays: list[Stay]
    counts: Counts

    @property
    def inside(self) -> list[Stay]:
        return [s for s in self.stays if s.inside]

    def search(self, query: str, *, inside_only: bool = False) -> list[Stay]:
        """Stays whose name or reading contains ``query`` (width, case, spaces and
        katakana/hiragana are ignored); everyone for an empty query."""
        stays = self.inside if inside_only else self.stays
        wanted = search_key(query)
        if not wanted:
            return list(stays)
        return [s for s in stays if wanted in _person_key(s.person)]


def _person_key(person: Person) -> str:
    reading = getattr(person, "reading", "") or ""
    return search_key(person.name) + "\x1f" + search_key(reading)


def surname(name: str) -> str | None:
    """The family name: the part before the first (ideographic or ASCII) space; None for a
    mononym (one word), who then forms a household of their own by this rule."""
    parts = normalize_for_search(name.replace(IDEOGRAPHIC_SPACE, " ")).split(" ")
    return parts[0] if len(parts) > 1 and parts[0] else None


def household_key(person: Person, check_in_id: str) -> str:
    """The explicit household id (staff registered the members together) when present;
    else the reference's rule, same address and same surname; else the person alone."""
    explicit = getattr(person, "household_id", "") or ""
    if explicit:
        return "id:" + explicit
    family = surname(person.name)
    address = search_key(person.address)
    if family is None or not address:
        return "alone:" + check_in_id
    return "rule:" + search_key(family) + "\x1f" + address


def _identity(person: Person) -> str:
    """The same person at another check-in: name and birth date (address without one)."""
    name = search_key(person.name)
    if person.birth_date is not None:
        return name + "\x1f" + person.birth_date.isoformat()
    return name + "\x1f" + search_key(person.address)


def build(
    events: Iterable[Event],
    *,
    training: bool = False,
    capacity: int = 0,
    today: date | None = None,
    shelter_id: str | None = None,
    unreadable: int = 0,
) -> Roster:
    """The roster of the real records (or, with ``training``, of the training records
    only), of ``shelter_id`` when given. ``today``: the local date ages are counted on."""
    mine = [
        e
        for e in events
        if e.training == training and (shelter_id is None or e.shelter_id == shelter_id)
    ]
    mine.sort(key=lambda e: (e.occurred_at, e.event_id))
    last_close = max(
        (e.occurred_at for e in mine if e.kind is EventKind.SHELTER_CLOSE), default=None
    )
    check_ins = {e.event_id: e for e in mine if e.kind is EventKind.CHECK_IN}
    check_outs: dict[str, Event] = {}
    corrected: dict[str, Event] = {}
    corrects: dict[str, str] = {}  # correction id -> the check-in it (finally) corrects
    for e in mine:
        if e.kind is EventKind.CHECK_OUT and e.refers_to in check_ins:
            check_outs.setdefault(e.refers_to, e)
        elif e.kind is EventKind.CORRECTION and e.refers_to:
            target = corrects.get(e.refers_to, e.refers_to)
            if target in check_ins:
                corrects[e.event_id] = target
                if e.person is not None:
                    corrected[target] = e  # in time order: the latest wins
    purged = 0
    stays: list[Stay] = []
    for event_id, e in check_ins.items():
        if last_close is not None and e.occurred_at <= last_close:
            continue  # an earlier opening: the shelter was closed since
        correction = corrected.get(event_id)
        source = correction if correction is not None else e
        if source.person is None or e.person is None:
            purged += 1
            continue
        out = check_outs.get(event_id)
        stays.append(
            Stay(
                check_in_id=event_id,
                person=source.person,
                situation=source.situation,
                checked_in_at=e.occurred_at,
                utc_offset_minutes=e.utc_offset_minutes,
                check_in_terminal=e.terminal_id,
                registration_type=e.registration_type,
                household=household_key(source.person, event_id),
                checked_out_at=out.occurred_at if out is not None else None,
                check_out_terminal=out.terminal_id if out is not None else None,
                corrected=correction is not None,
            )
        )
    current = _supersede(stays)
    current.sort(key=lambda s: (s.checked_in_at, s.check_in_id), reverse=True)
    on = today or datetime.now(UTC).astimezone().date()
    return Roster(
        current,
        _count(
            current,
            on=on,
            capacity=capacity,
            purged=purged,
            unreadable=unreadable,
            training=training,
        ),
    )


def _supersede(stays: Sequence[Stay]) -> list[Stay]:
    """Of one person's open stays, only the latest is open: the others are superseded."""
    latest: dict[str, Stay] = {}
    for stay in stays:
        if not stay.inside:
            continue
        key = _identity(stay.person)
        seen = latest.get(key)
        if seen is None or (stay.checked_in_at, stay.check_in_id) > (
            seen.checked_in_at,
            seen.check_in_id,
        ):
            latest[key] = stay
    open_ids = {s.check_in_id for s in latest.values()}
    out: list[Stay] = []
    for stay in stays:
        superseded = stay.inside and stay.check_in_id not in open_ids
        out.append(dataclasses.replace(stay, closed_by="superseded") if superseded else stay)
    return out


def _count(
    stays: Sequence[Stay],
    *,
    on: date,
    capacity: int,
    purged: int,
    unreadable: int,
    training: bool,
) -> Counts:
    inside = [s for s in stays if s.inside]
    ages = Counter(AgeBracket.of(s.person.birth_date, on) for s in inside)
    needs = Counter(flag for s in inside for flag in s.situation)
    return Counts(
        inside=len(inside),
        checked_in=len(stays),
        checked_out=sum(1 for s in stays if s.checked_out_at is not None),
        households=len({s.household for s in inside}),
        by_age={b: ages.get(b, 0) for b in (*AgeBracket.LOWER, AgeBracket.UNKNOWN)},
        needs={flag: needs.get(flag, 0) for flag in SituationFlag},
        capacity=max(0, capacity),
        purged=purged,
        unreadable=unreadable,
        training=training,
    )
