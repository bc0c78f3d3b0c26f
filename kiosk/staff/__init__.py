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
    StaffErrorCode,
    WeakPasswordError,
    set_aside_damaged_file,
)
from kiosk.staff.modes import LoginMode

__all__ = [
    "AccountExistsError",
    "AccountLockedError",
    "AccountsFileError",
    "LoginFailedError",
    "LoginMode",
    "LoginThrottledError",
    "ScryptCost",
    "SetupCodeInvalidError",
    "SetupCodeMissingError",
    "StaffAccountError",
    "StaffAccounts",
    "StaffErrorCode",
    "WeakPasswordError",
    "set_aside_damaged_file",
]
