"""Masking text that may carry personal numbers (logs), and keeping only safe server codes."""

from __future__ import annotations

import re

# \d matches every Unicode decimal digit, full-width ０-９ included. Runs of 4 or more can be
# a PIN, 照合番号B, a birth date or a phone number; HTTP status codes and counts stay readable.
_DIGIT_RUN = r"\d{4,}"
# A server's address is not personal: the host and port right after a URL's "://" (a host
# name with a letter, an IPv4 address or a bracketed IPv6 one; no user info) and an IPv4
# address with its port keep their digits. A URL's path and query are masked as any text.
_HOST = r"(?:\[[0-9A-Fa-f:.]+\]|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9.-]*)"
_ADDRESS = (
    rf"(?<=://){_HOST}(?::[0-9]{{1,5}})?(?![^/\s?#])"
    r"|(?<![\w.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?(?![\w.])"
)
_MASKED = re.compile(rf"(?P<address>{_ADDRESS})|{_DIGIT_RUN}")


def mask_digit_runs(text: str) -> str:
    """Replace every run of 4 or more digits (ASCII or full-width) with '#', except in a
    server's address (``http://127.0.0.1:54321``, ``127.0.0.1:54321``)."""
    return _MASKED.sub(lambda m: m.group() if m.group("address") else "#" * len(m.group()), text)


# A server's error code is kept only when it is a short machine word: anything else (free
# text, an echoed name, address or token) is dropped, never stored, logged or shown.
_ERROR_CODE = re.compile(r"[a-z0-9_]{1,40}")


def safe_error_code(value: object) -> str | None:
    """``value`` when it is a string matching ``[a-z0-9_]{1,40}`` exactly, else None."""
    if isinstance(value, str) and _ERROR_CODE.fullmatch(value):
        return value
    return None
