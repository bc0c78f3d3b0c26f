"""The phone number a person may leave for staff (optional): a Japanese number.

Japanese numbers dialled at home are 10 digits (landlines 0X-XXXX-XXXX, 0120 / 0570 / 0800
services) or 11 digits (mobiles 070 / 080 / 090, IP phones 050, 0800 free dial), always
starting with a single 0 (00 starts an international call). Anything else, a 6-digit
fragment included, is not accepted. Empty means "no phone number given".
"""

from __future__ import annotations

MIN_DIGITS = 10
MAX_DIGITS = 11


def is_phone_number(number: str) -> bool:
    """True for a Japanese phone number as the kiosk accepts it (digits only)."""
    return (
        number.isascii()
        and number.isdigit()
        and MIN_DIGITS <= len(number) <= MAX_DIGITS
        and number[0] == "0"
        and number[1] != "0"
    )


def acceptable(number: str) -> bool:
    """What the phone page may hand on: nothing, or a phone number."""
    return number == "" or is_phone_number(number)
