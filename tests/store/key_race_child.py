"""Child process for the key race test: opens a fresh store at the same moment as a sibling.

Both children are held at a barrier right after finding no key, so both go on to create
one: the worst interleaving, every time (not a matter of luck with the scheduler).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.store import KeyFileProvider, RecordStore
from tests.store.factories import check_in


class _HeldAfterLoad(KeyFileProvider):
    def __init__(self, path: Path, barrier: Any) -> None:
        super().__init__(path)
        self._barrier = barrier
        self._held = False

    def load(self) -> bytes | None:
        key = super().load()
        if not self._held:
            self._held = True
            self._barrier.wait()
        return key


def open_and_record(data_dir: str, first_n: int, barrier: Any, results: Any) -> None:
    """Open the store (creating the key if there is none), record 5 check-ins, report
    ``(key hex, event ids)`` or ``(error type, code)`` through the ``results`` queue."""
    home = Path(data_dir)
    try:
        provider = _HeldAfterLoad(home / "store.key", barrier)
        with RecordStore(home / "kiosk.sqlite3", provider) as store:
            events = [check_in(first_n + i) for i in range(5)]
            for event in events:
                store.record(event)
        key = KeyFileProvider(home / "store.key").load()
        results.put(("ok", key.hex() if key else "", [e.event_id for e in events]))
    except Exception as exc:
        results.put(("error", type(exc).__name__, [getattr(exc, "code", "")]))
