"""Staff accounts (login for the hidden settings menu)."""

from kiosk.staff.accounts import (
    AccountExistsError,
    AccountLockedError,
    LoginFailedError,
    ScryptCost,
    StaffAccountError,
    StaffAccounts,
    WeakPasswordError,
)

__all__ = [
    "AccountExistsError",
    "AccountLockedError",
    "LoginFailedError",
    "ScryptCost",
    "StaffAccountError",
    "StaffAccounts",
    "WeakPasswordError",
]
