"""The shelter's roster and counts, offline, from every paired terminal's records (Qt-free).

``kiosk.roster.counts(store, capacity=..., shelter_id=...)`` gives the numbers (no personal
data); ``kiosk.roster.roster(store, ...)`` the stays behind them; staff's "delete the
training records" is the store's ``RecordStore.purge_training`` (next to the retention
purge). See kiosk.roster.model for the rules.
"""

from kiosk.domain import search_key
from kiosk.roster.model import AgeBracket, Counts, Roster, Stay, age_on, build
from kiosk.roster.source import (
    EventSource,
    Loaded,
    RecordSource,
    counts,
    read_events,
    roster,
    roster_of,
)

__all__ = [
    "AgeBracket",
    "Counts",
    "EventSource",
    "Loaded",
    "RecordSource",
    "Roster",
    "Stay",
    "age_on",
    "build",
    "counts",
    "read_events",
    "roster",
    "roster_of",
    "search_key",
]
