"""Masking text that may carry personal numbers (logs), and keeping only safe server codes."""

from __future__ import annotations

import re

# \d matches every Unicode decimal digit, full-width ０-９ included. Runs of 4 or more can be
# a PIN, 照合番号B, a birth date or a phone number; HTTP status codes and counts stay readable.
_DIGIT_RUN = re.compile(r"\d{4,}")


def mask_digit_runs(text: str) -> str:
    """Replace every run of 4 or more digits (ASCII or full-width) with '#'."""
    return _DIGIT_RUN.sub(lambda m: "#" * len(m.group()), text)


# A server's error code is kept only when it is a short machine word: anything else (free
# text, an echoed name, address or token) is dropped, never stored, logged or shown.
_ERROR_CODE = re.compile(r"[a-z0-9_]{1,40}")


def safe_error_code(value: object) -> str | None:
    """``value`` when it is a string matching ``[a-z0-9_]{1,40}`` exactly, else None."""
    if isinstance(value, str) and _ERROR_CODE.fullmatch(value):
        return value
    return None
