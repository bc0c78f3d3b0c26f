"""Services for a test kiosk built from real parts (a SQLite store with its key file, the
in-process virtual reader), with any part replaced: ``kiosk_services(settings, home, clock,
speaker=RecordingSpeaker())``. The store closes when the app shuts down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
from kiosk.clock import FakeClock
from kiosk.services import Services
from kiosk.settings import Settings
from kiosk.store import KeyFileProvider, RecordStore


def kiosk_services(settings: Settings, home: Path, clock: FakeClock, **parts: Any) -> Services:
    cards = parts.pop("cards", None) or InProcessCardReaderService()
    store = RecordStore(settings.database_path(), KeyFileProvider(home / "store.key"), clock)
    closers = [*parts.pop("closers", []), store.close]
    parts.setdefault("store_view", store)
    return Services(
        cards=cards,
        monitor=InProcessCardMonitor(cards),
        recorder=store,
        clock=clock,
        closers=closers,
        **parts,
    )
