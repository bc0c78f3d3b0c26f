"""Masking text that may carry personal numbers, shared by the logs and the sync status."""

from __future__ import annotations

import re

# \d matches every Unicode decimal digit, full-width ０-９ included. Runs of 4 or more can be
# a PIN, 照合番号B, a birth date or a phone number; HTTP status codes and counts stay readable.
_DIGIT_RUN = re.compile(r"\d{4,}")


def mask_digit_runs(text: str) -> str:
    """Replace every run of 4 or more digits (ASCII or full-width) with '#'."""
    return _DIGIT_RUN.sub(lambda m: "#" * len(m.group()), text)
