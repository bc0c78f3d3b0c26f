"""The staff login screen's modes (Qt-free, typed: the UI compares members, not strings)."""

from __future__ import annotations

from enum import StrEnum


class LoginMode(StrEnum):
    """What a staff login is for."""

    CREATE = "create"  # the first account on this kiosk (with IT's set-up code)
    LOGIN = "login"  # at start: opens the shelter unless it is open already
    UNLOCK = "unlock"  # the hidden menu: the logged-in staff member's password
    QUIT = "quit"  # the start-up failure screen: log in = quit the kiosk


class ConfirmQuestion(StrEnum):
    """What a staff confirmation screen asks before an action that cannot be undone."""

    CLOSE = "close"  # send the shelter close notice
    PURGE = "purge"  # delete personal data now
    QUIT = "quit"  # quit the kiosk after the close notice
