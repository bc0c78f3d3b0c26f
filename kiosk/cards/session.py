"""Identify a card by SELECT (never by ATR) and open the matching session.

Shared by the PC/SC reader and the in-process virtual reader: both hand over a raw
transport, and every command from here on passes through the privacy guard and the
:class:`~kiosk.cards.link.CardLink` (deadline per operation, honest APDU count).
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict, Unpack

from kiosk.cards.aids import LICENCE_DF1_AID, TEXT_AP_AID
from kiosk.cards.apdu import CountingTransport, Transport, select_df_name, select_mf
from kiosk.cards.api import Today, UnsupportedCardError
from kiosk.cards.guard import PrivacyGuardTransport
from kiosk.cards.licence import LicenceSession
from kiosk.cards.link import DEFAULT_DEADLINE_S, CardLink, ReaderLinks
from kiosk.cards.mynumber import MyNumberSession


def guarded(
    raw: Transport | CardLink, *, deadline_s: float | None = DEFAULT_DEADLINE_S
) -> CountingTransport:
    """The transport stack every session uses: counting over the privacy guard over the link
    (``raw`` may already be the link; then ``deadline_s`` is the link's own)."""
    link = raw if isinstance(raw, CardLink) else CardLink(raw, deadline_s=deadline_s)
    return CountingTransport(PrivacyGuardTransport(link), link)


def identify(
    raw: Transport | CardLink,
    *,
    code_b_min_tries_left: int = 2,
    licence_default_pin: bool = True,
    deadline_s: float | None = DEFAULT_DEADLINE_S,
    today: Today = date.today,
) -> MyNumberSession | LicenceSession:
    """Open the session for the card behind ``raw``; closes ``raw`` on failure.

    ``deadline_s`` bounds each operation (this identification, ``status()``, each read);
    None turns the deadline off (unit tests with scripted cards). ``today`` gives the date
    birth dates are checked against (none after it).
    """
    transport = guarded(raw, deadline_s=deadline_s)
    try:
        with transport.operation():
            if transport.transmit(select_df_name(TEXT_AP_AID)).ok:
                return MyNumberSession(
                    transport, code_b_min_tries_left=code_b_min_tries_left, today=today
                )
            transport.transmit(select_mf())
            if transport.transmit(select_df_name(LICENCE_DF1_AID)).ok:
                return LicenceSession(
                    transport, default_pin_enabled=licence_default_pin, today=today
                )
        raise UnsupportedCardError("neither a My Number card nor a driver's licence")
    except BaseException:
        transport.close()
        raise


class SessionOptions(TypedDict, total=False):
    """How a reader service opens sessions (from settings ``[cards]``; see :func:`identify`):
    ``code_b_min_tries_left``, ``licence_default_pin``, ``deadline_s`` (each operation's
    deadline) and ``today`` (the kiosk's date)."""

    code_b_min_tries_left: int
    licence_default_pin: bool
    deadline_s: float
    today: Today


class ReaderServiceBase:
    """What every :class:`~kiosk.cards.api.CardReaderService` shares, whatever its transport:
    the session options and one :class:`~kiosk.cards.link.CardLink` per reader."""

    def __init__(self, **options: Unpack[SessionOptions]) -> None:
        self._options = options
        self._links = ReaderLinks()

    @property
    def options(self) -> SessionOptions:
        """The options every session of this service is opened with (a copy)."""
        return SessionOptions(**self._options)

    def _identify(self, reader: str, transport: Transport) -> MyNumberSession | LicenceSession:
        """The session for the card behind ``transport`` on ``reader`` (its link first)."""
        deadline_s = self._options.get("deadline_s", DEFAULT_DEADLINE_S)
        return identify(self._links.link(reader, transport, deadline_s), **self._options)
