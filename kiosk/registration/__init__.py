"""Staff proxy registration (registration type 2), forced check-out and corrections.

Qt-free. The staff screens are kiosk/ui/staff_registration.py; headless callers use
:func:`register_household` (docs/lan.md, "Staff proxy registration").
"""

from kiosk.registration.proxy import (
    MAX_MEMBERS,
    BatchRecorder,
    Member,
    Origin,
    RegistrationError,
    build_household,
    record_once,
    register_household,
    staff_event,
    validate_member,
)
from kiosk.registration.records import (
    OpenCheckIns,
    OpenEntry,
    RecordSource,
    correction,
    forced_check_out,
    search,
    search_key,
)

__all__ = [
    "MAX_MEMBERS",
    "BatchRecorder",
    "Member",
    "OpenCheckIns",
    "OpenEntry",
    "Origin",
    "RecordSource",
    "RegistrationError",
    "build_household",
    "correction",
    "forced_check_out",
    "record_once",
    "register_household",
    "search",
    "search_key",
    "staff_event",
    "validate_member",
]
