"""The real PC/SC stack (pyscard over pcscd / WinSCard): reader service, transport, monitor.

Every call here blocks (card I/O, pcscd round trips): the UI calls the service from a worker
thread, and :class:`PcscCardMonitor` runs its own thread.

pyscard's low-level ``smartcard.scard`` API is used so each PC/SC status code maps to one
typed error:

=================================================== ===========================================
card removed / reset / lost contact during a read    :class:`CardRemovedError`
a malformed answer (< 2 bytes) or failed transmit    :class:`BadCardDataError` when the reader
while the card is still on the reader                still reports the card (checked, below)
no card when connecting                              :class:`NoCardError`
no pcscd, no reader, reader unplugged or busy        :class:`NoReaderError`
=================================================== ===========================================

Connections are exclusive (nothing else can send APDUs between our VERIFY and READ) and are
closed with ``SCARD_UNPOWER_CARD`` so the card's verified state is dropped, whatever ended the
session: success, any error, a timeout, a cancel. The one exception is a card the reader has
*reported gone*: it has no power and no state, and asking pcscd to power it down would race
its removal detection (with vpcd the reader then misses the next card), so that one is left.
After a failed or malformed exchange the transport waits (at most :data:`GONE_WAIT_S`) for
the reader to report the card gone; if it does not, the card is present and gets UNPOWER.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Unpack

from smartcard import scard

from kiosk.cards.apdu import Response, exchange
from kiosk.cards.api import (
    BadCardDataError,
    CardError,
    CardEvent,
    CardEventKind,
    CardEventListener,
    CardRemovedError,
    CardSession,
    NoCardError,
    NoReaderError,
    ReaderInfo,
)
from kiosk.cards.session import ReaderServiceBase, SessionOptions

log = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
#: After a failed exchange: how long the reader may take to report a pulled card gone
#: (pcscd polls presence every 0.4 s). A card still reported then is present.
GONE_WAIT_S = 1.2

_NO_READER = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_SHARING_VIOLATION,
}
_NO_CARD = {
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
}


def _u32(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def _is(hresult: int, codes: set[int]) -> bool:
    return _u32(hresult) in {_u32(code) for code in codes}


def pcsc_error(hresult: int, *, during_read: bool) -> CardError:
    """The typed error for a failed PC/SC call (messages carry no card data)."""
    text = f"PC/SC error 0x{_u32(hresult):08X}"
    if _is(hresult, _NO_READER):
        if _u32(hresult) == _u32(scard.SCARD_E_SHARING_VIOLATION):
            return NoReaderError(f"the reader is in use by another program ({text})")
        return NoReaderError(f"no card reader available ({text})")
    if during_read:
        # Removed, reset, unpowered, transmission failed: the card left or lost contact.
        return CardRemovedError(f"the card was removed during the read ({text})")
    if _is(hresult, _NO_CARD):
        return NoCardError(f"no card on the reader ({text})")
    return NoCardError(f"the card could not be reached ({text})")


class _Context:
    """An SCard context, released on close."""

    def __init__(self) -> None:
        hresult, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, during_read=False)

    def readers(self) -> list[str]:
        hresult, names = scard.SCardListReaders(self.handle, [])
        if _is(hresult, {scard.SCARD_E_NO_READERS_AVAILABLE}):
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, during_read=False)
        return list(names)

    def wait_gone(self, reader: str, timeout_s: float) -> bool:
        """True once ``reader`` reports no card (within ``timeout_s``), else False."""
        state = scard.SCARD_STATE_UNAWARE
        end = time.monotonic() + timeout_s
        while True:
            remaining_ms = max(int((end - time.monotonic()) * 1000), 0)
            hresult, states = scard.SCardGetStatusChange(
                self.handle, remaining_ms, [(reader, state)]
            )
            if hresult != scard.SCARD_S_SUCCESS:
                return not _is(hresult, {scard.SCARD_E_TIMEOUT})  # reader gone counts as gone
            _name, event_state, _atr = states[0]
            if event_state & (scard.SCARD_STATE_EMPTY | scard.SCARD_STATE_UNKNOWN):
                return True
            if remaining_ms == 0:
                return False
            state = event_state & ~scard.SCARD_STATE_CHANGED

    def presence(self, names: list[str]) -> dict[str, bool]:
        if not names:
            return {}
        hresult, states = scard.SCardGetStatusChange(
            self.handle, 0, [(name, scard.SCARD_STATE_UNAWARE) for name in names]
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, during_read=False)
        return {name: bool(state & scard.SCARD_STATE_PRESENT) for name, state, _atr in states}

    def close(self) -> None:
        scard.SCardReleaseContext(self.handle)


class PcscTransport:
    """One exclusive connection; handles T=0's 61xx / 6Cxx so callers see whole responses.

    ``apdus_sent`` counts every command the card received, GET RESPONSE and resends included.
    """

    def __init__(self, context: _Context, reader: str) -> None:
        self._context = context
        self._reader = reader
        hresult, self._card, protocol = scard.SCardConnect(
            context.handle,
            reader,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, during_read=False)
        self._pci = (
            scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0
        )
        self._closed = False
        #: The reader reported the card gone: nothing left to power down.
        self._card_gone = False
        self.apdus_sent = 0

    def _send(self, command: list[int]) -> bytes:
        self.apdus_sent += 1
        hresult, response = scard.SCardTransmit(self._card, self._pci, command)
        if hresult != scard.SCARD_S_SUCCESS:
            self._link_failed(f"PC/SC error 0x{_u32(hresult):08X}", hresult)
        if len(response) < 2:
            # vpcd (and some readers) report success with no bytes when the card left
            # mid-APDU; a card that is still there sent a malformed answer.
            self._link_failed("an answer without a status word", None)
        return bytes(response)

    def _link_failed(self, what: str, hresult: int | None) -> None:
        """Raise the error for a failed exchange: removed if the reader reports the card gone
        (then it is left on disconnect), else the card is present: BadCardDataError."""
        if hresult is not None and _is(hresult, _NO_READER):
            self._card_gone = True
            raise pcsc_error(hresult, during_read=True)
        if self._context.wait_gone(self._reader, GONE_WAIT_S):
            self._card_gone = True
            raise CardRemovedError(f"the card was removed during the read ({what})")
        raise BadCardDataError(f"the card gave a malformed answer ({what})")

    def transmit(self, apdu: bytes | bytearray) -> Response:
        if self._closed:
            raise CardRemovedError("the connection is closed")
        return exchange(self._send, apdu)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        disposition = scard.SCARD_LEAVE_CARD if self._card_gone else scard.SCARD_UNPOWER_CARD
        scard.SCardDisconnect(self._card, disposition)
        self._context.close()


class PcscCardReaderService(ReaderServiceBase):
    """CardReaderService over pcscd / WinSCard.

    ``reader_name`` (settings ``cards.reader_name``) picks the reader when ``open`` is called
    without one; empty means "the first reader with a card". ``licence_default_pin``
    (settings ``cards.licence_default_pin_enabled``): see :mod:`kiosk.cards.licence`.
    ``deadline_s`` bounds each card operation (identify, status, a read): past it the
    operation ends in :class:`~kiosk.cards.api.CardTimeoutError`. ``today`` is the kiosk's
    date, for refusing birth dates after it.
    """

    def __init__(self, reader_name: str = "", **options: Unpack[SessionOptions]) -> None:
        super().__init__(**options)
        self._reader_name = reader_name

    def readers(self) -> list[ReaderInfo]:
        context = _Context()
        try:
            presence = context.presence(context.readers())
        finally:
            context.close()
        return [ReaderInfo(name, present) for name, present in presence.items()]

    def open(self, reader: str | None = None) -> CardSession:
        wanted = reader or self._reader_name or None
        context = _Context()
        try:
            presence = context.presence(context.readers())
            if not presence:
                raise NoReaderError("no card reader connected")
            if wanted is not None:
                if wanted not in presence:
                    raise NoReaderError("the configured card reader is not connected")
                name = wanted
            else:
                with_card = [n for n, present in presence.items() if present]
                if not with_card:
                    raise NoCardError("no card on any reader")
                name = with_card[0]
            self._links.check(name)
            transport = PcscTransport(context, name)
        except BaseException:
            context.close()
            raise
        return self._identify(name, transport)


def diff_snapshots(old: dict[str, bool], new: dict[str, bool]) -> list[CardEvent]:
    """Events turning snapshot ``old`` into ``new`` (reader name -> card present)."""
    events: list[CardEvent] = []
    for name in old.keys() - new.keys():
        if old[name]:
            events.append(CardEvent(CardEventKind.CARD_REMOVED, name))
        events.append(CardEvent(CardEventKind.READER_DETACHED, name))
    for name in sorted(new):
        if name not in old:
            events.append(CardEvent(CardEventKind.READER_ATTACHED, name))
            if new[name]:
                events.append(CardEvent(CardEventKind.CARD_INSERTED, name))
        elif old[name] != new[name]:
            kind = CardEventKind.CARD_INSERTED if new[name] else CardEventKind.CARD_REMOVED
            events.append(CardEvent(kind, name))
    return events


class PcscCardMonitor:
    """Reader hot-plug and card insert/remove from its own thread, via SCardGetStatusChange.

    Waits on the readers' states plus the PnP notification pseudo-reader, so it wakes on a
    change instead of polling. ``readers()`` is an empty list while no reader is connected
    or pcscd is not running (the monitor keeps retrying every ``retry_s``).
    """

    def __init__(self, *, wait_ms: int = 2000, retry_s: float = 1.0) -> None:
        self._wait_ms = wait_ms
        self._retry_s = retry_s
        self._lock = threading.Lock()
        self._snapshot: dict[str, bool] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._context: _Context | None = None
        self._listener: CardEventListener | None = None

    def start(self, listener: CardEventListener) -> None:
        if self._thread is not None:
            raise RuntimeError("monitor already started")
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            context = self._context
        if context is not None:
            scard.SCardCancel(context.handle)
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def readers(self) -> list[ReaderInfo]:
        with self._lock:
            return [ReaderInfo(name, present) for name, present in self._snapshot.items()]

    # -- the thread -----------------------------------------------------------------------

    def _publish(self, new: dict[str, bool]) -> None:
        with self._lock:
            old, self._snapshot = self._snapshot, dict(new)
        for event in diff_snapshots(old, new):
            if self._listener is not None:
                try:
                    self._listener(event)
                except Exception:  # a listener bug must not stop card monitoring
                    log.exception("card event listener failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                context = _Context()
            except CardError:
                self._publish({})
                self._stop.wait(self._retry_s)
                continue
            with self._lock:
                self._context = context
            try:
                self._watch(context)
            except CardError:
                self._publish({})
                self._stop.wait(self._retry_s)
            finally:
                with self._lock:
                    self._context = None
                context.close()

    def _watch(self, context: _Context) -> None:
        """Follow one context until pcscd goes away or the monitor stops."""
        states: dict[str, int] = {}
        pnp_state = scard.SCARD_STATE_UNAWARE
        while not self._stop.is_set():
            names = context.readers()
            states = {name: states.get(name, scard.SCARD_STATE_UNAWARE) for name in names}
            query: list[tuple[str, Any]] = [(name, states[name]) for name in names]
            query.append((PNP_NOTIFICATION, pnp_state))
            if not names:
                self._publish({})
            hresult, result = scard.SCardGetStatusChange(context.handle, 0, query)
            if hresult == scard.SCARD_S_SUCCESS or _is(hresult, {scard.SCARD_E_TIMEOUT}):
                self._publish(self._presence(result, states) if names else {})
            elif not self._stop.is_set():
                raise pcsc_error(hresult, during_read=False)
            # Now block until something changes (or the wait elapses, or stop() cancels).
            query = [(name, states[name]) for name in names] + [(PNP_NOTIFICATION, pnp_state)]
            hresult, result = scard.SCardGetStatusChange(context.handle, self._wait_ms, query)
            if _is(hresult, {scard.SCARD_E_CANCELLED}) or self._stop.is_set():
                return
            if _is(hresult, {scard.SCARD_E_TIMEOUT}):
                continue
            if hresult != scard.SCARD_S_SUCCESS:
                raise pcsc_error(hresult, during_read=False)
            for name, state, _atr in result:
                if name == PNP_NOTIFICATION:
                    pnp_state = state & ~scard.SCARD_STATE_CHANGED
            self._publish(self._presence(result, states))

    @staticmethod
    def _presence(result: list[tuple[str, int, Any]], states: dict[str, int]) -> dict[str, bool]:
        presence: dict[str, bool] = {}
        for name, state, _atr in result:
            if name == PNP_NOTIFICATION:
                continue
            states[name] = state & ~scard.SCARD_STATE_CHANGED
            if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_IGNORE):
                continue  # the reader went away: left out, so it is reported detached
            presence[name] = bool(state & scard.SCARD_STATE_PRESENT)
        return presence
