"""Exponential back-off with full jitter and no retry cap: the delay is capped, never the count.

Full jitter (a uniform draw between 0 and the exponential ceiling) spreads out terminals that
all lost the network at the same moment, so they do not hammer the server together when it
comes back.
"""

from __future__ import annotations

import random

from kiosk.store.store import DEFAULT_MAX_BACKOFF_S


class Backoff:
    def __init__(
        self,
        *,
        base_s: float = 2.0,
        cap_s: float = DEFAULT_MAX_BACKOFF_S,
        rng: random.Random | None = None,
    ) -> None:
        if base_s <= 0 or cap_s < base_s:
            raise ValueError("need 0 < base_s <= cap_s")
        self.base_s = base_s
        self.cap_s = cap_s
        self._rng = rng or random.Random()

    def ceiling(self, failures: int) -> float:
        """Upper bound of the delay after ``failures`` consecutive failures (>= 1)."""
        exponent = min(max(failures, 1) - 1, 40)
        return min(self.cap_s, self.base_s * (2.0**exponent))

    def delay(self, failures: int) -> float:
        return self._rng.uniform(0.0, self.ceiling(failures))
