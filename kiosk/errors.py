"""The two error families.

``KioskError`` and its subclasses are *known conditions*: a wrong PIN, a locked card, an
unplugged reader, a full disk. Each has a stable ``code`` the UI maps to a translated message
for the person at the kiosk (and a flag saying whether staff must step in). Their text never
holds personal data.

Anything else that escapes is a *bug*: it is logged with its traceback and the UI shows
"out of service, please see staff" while the application keeps running.
"""

from __future__ import annotations


class KioskError(Exception):
    """A known, expected condition with a message for the person at the kiosk."""

    code: str = "kiosk_error"
    #: True when the person cannot fix it alone and should be sent to staff.
    needs_staff: bool = False

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.code)

    @property
    def message(self) -> str:
        return str(self)


class StorageError(KioskError):
    """The local database could not take a record; nothing was half-written."""

    code = "storage_error"
    needs_staff = True


class StorageFullError(StorageError):
    code = "storage_full"
