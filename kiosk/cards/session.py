"""Identify a card by SELECT (never by ATR) and open the matching session.

Shared by the PC/SC reader and the in-process virtual reader: both hand over a raw
transport, and every command from here on passes through the privacy guard.
"""

from __future__ import annotations

from kiosk.cards.aids import LICENCE_DF1_AID, TEXT_AP_AID
from kiosk.cards.apdu import CountingTransport, Transport, select_df_name, select_mf
from kiosk.cards.api import UnsupportedCardError
from kiosk.cards.guard import PrivacyGuardTransport
from kiosk.cards.licence import LicenceSession
from kiosk.cards.mynumber import MyNumberSession


def guarded(raw: Transport) -> CountingTransport:
    """The transport stack every session uses: counting over the privacy guard."""
    return CountingTransport(PrivacyGuardTransport(raw))


def identify(
    raw: Transport, *, code_b_min_tries_left: int = 2, licence_default_pin: bool = True
) -> MyNumberSession | LicenceSession:
    """Open the session for the card behind ``raw``; closes ``raw`` on failure."""
    transport = guarded(raw)
    try:
        if transport.transmit(select_df_name(TEXT_AP_AID)).ok:
            return MyNumberSession(transport, code_b_min_tries_left=code_b_min_tries_left)
        transport.transmit(select_mf())
        if transport.transmit(select_df_name(LICENCE_DF1_AID)).ok:
            return LicenceSession(transport, default_pin_enabled=licence_default_pin)
        raise UnsupportedCardError("neither a My Number card nor a driver's licence")
    except BaseException:
        transport.close()
        raise
