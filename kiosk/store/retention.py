"""Retention: personal data leaves the terminal once the shelter is closed and delivered.

The rule (one place, used by the sync worker's periodic check and by staff's manual purge):
the latest shelter open/close record is a close, and every record is acknowledged by the
server (nothing pending, in flight or dead). The automatic purge also waits
``settings.store.retention_delay_hours`` after the close; staff purging by hand skip that
wait but never the rest of the rule. Unsent records are never purged automatically.
"""

from __future__ import annotations

from kiosk.clock import Clock, SystemClock
from kiosk.store.store import PurgeResult, RecordStore


class Retention:
    def __init__(
        self,
        store: RecordStore,
        *,
        delay_hours: float,
        clock: Clock | None = None,
        check_interval_s: float = 60.0,
    ) -> None:
        self._store = store
        self._delay_hours = delay_hours
        self._clock = clock or SystemClock()
        self._check_interval_s = check_interval_s
        self._last_check: float | None = None

    def maybe_purge(self) -> PurgeResult | None:
        """Purge if the rule allows it; checks at most once per ``check_interval_s``."""
        now = self._clock.monotonic()
        if self._last_check is not None and now - self._last_check < self._check_interval_s:
            return None
        self._last_check = now
        if self._store.purge_pending():
            # An earlier purge could not fold its pages into the main file yet: retry that.
            return self._store.finish_purge()
        if self._store.personal_rows() == 0:
            return None
        return self._store.purge_personal_data(delay_hours=self._delay_hours)

    def purge_now(self) -> PurgeResult:
        """Staff's manual purge: same safety rule, without the delay."""
        return manual_purge(self._store)


def manual_purge(store: RecordStore) -> PurgeResult:
    return store.purge_personal_data(delay_hours=0.0)
