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
from kiosk.staff.modes import ConfirmQuestion, LoginMode

__all__ = [
    "AccountExistsError",
    "AccountLockedError",
    "AccountsFileError",
    "ConfirmQuestion",
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
