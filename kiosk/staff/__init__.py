"""Staff accounts (login for the hidden settings menu)."""

from kiosk.staff.accounts import (
    AccountExistsError,
    AccountLockedError,
    AccountsFileError,
    LoginFailedError,
    LoginThrottledError,
    ScryptCost,
    SetupCodeInvalidError,
    SetupCodeMissingError,
    StaffAccountError,
    StaffAccounts,
    WeakPasswordError,
    set_aside_damaged_file,
)

__all__ = [
    "AccountExistsError",
    "AccountLockedError",
    "AccountsFileError",
    "LoginFailedError",
    "LoginThrottledError",
    "ScryptCost",
    "SetupCodeInvalidError",
    "SetupCodeMissingError",
    "StaffAccountError",
    "StaffAccounts",
    "WeakPasswordError",
    "set_aside_damaged_file",
]
