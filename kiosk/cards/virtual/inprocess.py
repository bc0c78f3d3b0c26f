"""An in-process virtual reader: the card service and monitor without pcscd.

For machines with no PC/SC stack (a Windows laptop trying the demo) and for fast tests.
Sessions go through exactly the same stack as on PC/SC (privacy guard, counting, the same
My Number / licence readers); only the bottom transport differs.

Thread model: ``insert``/``remove`` may be called from any thread (the demo UI's buttons);
events reach the listener on the monitor's own thread, like the PC/SC monitor's.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Unpack

from kiosk.cards.apdu import Response, exchange
from kiosk.cards.api import (
    BadCardDataError,
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
from kiosk.cards.virtual.emulator import CardPulled, VirtualCard
from kiosk.cards.virtual.profile import CardProfile

log = logging.getLogger(__name__)

READER_NAME = "Kiosk In-Process Virtual Reader"


class VirtualTransport:
    """Transport straight into an emulator; a removed card raises CardRemovedError.

    Like :class:`~kiosk.cards.pcsc.PcscTransport` it handles ``61xx`` / ``6Cxx`` and counts
    what the card received (``apdus_sent``); an answer without a status word from a card
    still in the reader is BadCardDataError.
    """

    def __init__(self, reader: InProcessReader, card: VirtualCard) -> None:
        self._reader = reader
        self._card = card
        self._closed = False
        self.apdus_sent = 0

    def _send(self, command: list[int]) -> bytes:
        if self._closed or self._reader.card is not self._card:
            raise CardRemovedError("the card was removed")
        self.apdus_sent += 1
        try:
            raw = self._card.execute(bytes(command))
        except CardPulled:
            self._reader.remove(self._card)  # only this card: another may be in by now
            raise CardRemovedError("the card was removed") from None
        if len(raw) < 2:
            if self._reader.card is not self._card:
                raise CardRemovedError("the card was removed")
            raise BadCardDataError("the card gave a malformed answer")
        return raw

    def transmit(self, apdu: bytes | bytearray) -> Response:
        return exchange(self._send, apdu)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._card.reset()  # like UNPOWER: the verified state is dropped


class InProcessReader:
    """One virtual reader slot with at most one card in it."""

    def __init__(self, name: str = READER_NAME) -> None:
        self.name = name
        self._lock = threading.Lock()
        self.card: VirtualCard | None = None
        self._listeners: list[CardEventListener] = []

    def insert(self, profile: CardProfile | VirtualCard) -> VirtualCard:
        card = profile if isinstance(profile, VirtualCard) else VirtualCard(profile)
        card.reset()
        card.pulled.clear()
        with self._lock:
            old, self.card = self.card, card
            replaced = old is not None
        if old is not None:
            old.pulled.set()
        if replaced:
            self._emit(CardEventKind.CARD_REMOVED)
        self._emit(CardEventKind.CARD_INSERTED)
        return card

    def remove(self, only: VirtualCard | None = None) -> None:
        """Pull the card out (``only``: only if that card is the one in the reader)."""
        with self._lock:
            if only is not None and self.card is not only:
                return
            card, self.card = self.card, None
            had_card = card is not None
        if card is not None:
            card.pulled.set()  # a stalled or slow answer ends now
        if had_card:
            self._emit(CardEventKind.CARD_REMOVED)

    def subscribe(self, listener: CardEventListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: CardEventListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _emit(self, kind: CardEventKind) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(CardEvent(kind, self.name))


class InProcessCardReaderService(ReaderServiceBase):
    """CardReaderService over one :class:`InProcessReader` (or none: ``connected=False``)."""

    def __init__(
        self,
        reader: InProcessReader | None = None,
        *,
        connected: bool = True,
        **options: Unpack[SessionOptions],
    ) -> None:
        super().__init__(**options)
        self.reader = reader or InProcessReader()
        self.connected = connected

    def insert(self, profile: CardProfile | VirtualCard) -> VirtualCard:
        return self.reader.insert(profile)

    def remove(self) -> None:
        self.reader.remove()

    def readers(self) -> list[ReaderInfo]:
        if not self.connected:
            return []
        return [ReaderInfo(self.reader.name, self.reader.card is not None)]

    def open(self, reader: str | None = None) -> CardSession:
        if not self.connected or (reader is not None and reader != self.reader.name):
            raise NoReaderError("no card reader connected")
        card = self.reader.card
        if card is None:
            raise NoCardError("no card on the reader")
        self._links.check(self.reader.name)
        card.reset()
        return self._identify(self.reader.name, VirtualTransport(self.reader, card))


class InProcessCardMonitor:
    """CardMonitor over an :class:`InProcessReader`; events delivered on its own thread."""

    def __init__(self, service: InProcessCardReaderService) -> None:
        self._service = service
        self._queue: queue.Queue[CardEvent | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._listener: CardEventListener | None = None

    def start(self, listener: CardEventListener) -> None:
        if self._thread is not None:
            raise RuntimeError("monitor already started")
        self._listener = listener
        reader = self._service.reader
        reader.subscribe(self._queue.put)
        if self._service.connected:
            self._queue.put(CardEvent(CardEventKind.READER_ATTACHED, reader.name))
            if reader.card is not None:
                self._queue.put(CardEvent(CardEventKind.CARD_INSERTED, reader.name))
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            if event is None or self._listener is None:
                return
            try:
                self._listener(event)
            except Exception:  # a listener bug must not kill card monitoring
                log.exception("card event listener failed")

    def stop(self) -> None:
        self._service.reader.unsubscribe(self._queue.put)
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=5)
            self._thread = None

    def readers(self) -> list[ReaderInfo]:
        return self._service.readers()
