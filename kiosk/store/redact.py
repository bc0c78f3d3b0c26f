"""Making a management server's error text safe to store, log and show to staff.

A municipal server may echo field values in its error messages ("birth date 19500101 is
invalid", a phone number, a resident number). The kiosk keeps such texts in the outbox,
the sync status and its logs, so they are cleaned first: runs of 4 or more digits are
masked (dates, phone and card numbers; HTTP status codes have 3), control and
format characters become spaces (no forged log lines, no bidi tricks), and the text is
capped. Names cannot be recognised this way; the contract asks the server not to echo
values (docs/management-api.md).
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.redaction import mask_digit_runs

#: Longest server text kept, in characters (including the ellipsis).
MAX_SERVER_TEXT = 200

_SPACES = re.compile(r"\s+")


def sanitize_server_text(text: str) -> str:
    """Mask runs of 4+ digits, replace control characters, cap at MAX_SERVER_TEXT.

    Idempotent: cleaning a cleaned text changes nothing.
    """
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    cleaned = mask_digit_runs(cleaned)
    cleaned = _SPACES.sub(" ", cleaned).strip()
    if len(cleaned) > MAX_SERVER_TEXT:
        cleaned = cleaned[: MAX_SERVER_TEXT - 1].rstrip() + "…"
    return cleaned
