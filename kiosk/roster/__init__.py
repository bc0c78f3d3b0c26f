"""The shelter's roster and counts, offline, from every paired terminal's records (Qt-free).

``kiosk.roster.counts(store, capacity=..., shelter_id=...)`` gives the numbers (no personal
data); ``kiosk.roster.roster(store, ...)`` the stays behind them; ``purge_training(store)``
is staff's "purge training records". See kiosk.roster.model for the rules.
"""

from kiosk.registration.records import search_key
from kiosk.roster.model import AgeBracket, Counts, Roster, Stay, age_on, build
from kiosk.roster.source import (
    Loaded,
    RecordSource,
    TrainingPurge,
    counts,
    purge_training,
    read_events,
    roster,
    roster_of,
)

__all__ = [
    "AgeBracket",
    "Counts",
    "Loaded",
    "RecordSource",
    "Roster",
    "Stay",
    "TrainingPurge",
    "age_on",
    "build",
    "counts",
    "purge_training",
    "read_events",
    "roster",
    "roster_of",
    "search_key",
]
