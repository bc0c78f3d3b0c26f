"""The reader and the card on it, as the kiosk sees them (docs/ui.md, "A card left on the
reader").

- A reader that disappears counts as missing only when it stays away for ``grace_ms`` (USB
  readers and pcscd blink: a re-enumeration, a daemon restart).
- With a reader named in the settings, cards on any other reader are ignored.
- While staff work the evacuee flow waits; a card left on the reader starts it when staff go
  back to the kiosk.
- A card still on the reader when the idle screen comes back: after a time-out of a step the
  person was working on (nothing failed, they were slow or walked off) it is read again,
  once; in every other case (OK on a notice, the result screen, cancel, a notice's time-out,
  a second time-out) the idle screen asks the person to take it, and the card is not read
  again until it has been taken away: a card that just failed is never read in a loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.flow.contract import FlowView, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.transitions import INTERACTIVE
from kiosk.ui.bridges import CardMonitorBridge
from kiosk.ui.host import FlowHost

log = logging.getLogger(__name__)

#: Steps of a session in progress whose time-out re-reads a card left on the reader (once).
REREAD_AFTER_TIMEOUT = frozenset(s for s in INTERACTIVE if s is not Step.NO_CARD_HELP)


class CardPresence(QObject):
    """Follows the card monitor and decides what a card left on the reader means."""

    #: The reader or the card changed (for the status texts).
    changed = Signal()
    #: The idle screen asks the person to take their card (True) or no longer does.
    take_card_changed = Signal(bool)

    def __init__(
        self,
        monitor: CardMonitorBridge,
        host: FlowHost,
        *,
        reader_name: Callable[[], str],
        staff_mode: Callable[[], bool],
        grace_ms: int = 1500,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self._host = host
        self._reader_name = reader_name
        self._staff_mode = staff_mode
        self.card_present = False
        self.reader_missing = False
        #: The idle screen asks the person to take the card on the reader.
        self.take_card = False
        #: The card on the reader was read again once after a time-out already.
        self._reread = False
        self._last_step = host.view.step
        self._detach_timer = QTimer(self)
        self._detach_timer.setSingleShot(True)
        self._detach_timer.setInterval(grace_ms)
        self._detach_timer.timeout.connect(self._confirm_reader_missing)
        monitor.card_inserted.connect(self._card_inserted)
        monitor.card_removed.connect(self._card_removed)
        monitor.reader_attached.connect(self._reader_attached)
        monitor.reader_detached.connect(self._reader_detached)
        host.view_changed.connect(self._view_changed)

    def start(self) -> None:
        """The monitor reports the readers (and a card already on one) from its own thread;
        if none has shown up after the grace period, the reader counts as missing."""
        self._detach_timer.start()

    def _ours(self, reader: str) -> bool:
        wanted = self._reader_name()
        return not wanted or reader == wanted

    def _card_inserted(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self.card_present = True
        self.reader_missing = False
        self._reread = False
        self._set_take_card(False)
        if not self._staff_mode():
            self._host.send(CheckInFlow.card_inserted)
        self.changed.emit()

    def _card_removed(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self.card_present = False
        self._reread = False
        self._set_take_card(False)
        self._host.send(CheckInFlow.card_removed)
        self.changed.emit()

    def _reader_attached(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self._detach_timer.stop()
        self.reader_missing = False
        self._host.send(CheckInFlow.reader_attached)
        self.changed.emit()

    def _reader_detached(self, reader: str) -> None:
        if self._ours(reader):
            self._detach_timer.start()

    def _confirm_reader_missing(self) -> None:
        if [r for r in self._monitor.readers() if self._ours(r.name)]:
            return
        log.warning("card reader missing")
        self.reader_missing = True
        self.card_present = False
        self._set_take_card(False)
        self._host.send(CheckInFlow.reader_detached)
        self.changed.emit()

    def resume(self) -> None:
        """Staff went back to the kiosk: a card left on the reader meanwhile starts the flow."""
        if self.card_present:
            self._set_take_card(False)
            self._host.send(CheckInFlow.card_inserted)

    # -- a card left on the reader ------------------------------------------------------------

    def _view_changed(self, view: FlowView) -> None:
        before, self._last_step = self._last_step, view.step
        if view.step is not Step.IDLE:
            self._set_take_card(False)
            return
        if before is Step.IDLE or not self.card_present or self._staff_mode():
            return
        timed_out = self._host.last_input is CheckInFlow.tick
        if timed_out and before in REREAD_AFTER_TIMEOUT and not self._reread:
            self._reread = True
            log.info("card left on the reader after a time-out: reading it again")
            # After the effects of this reset (its idle prompt) have run.
            QTimer.singleShot(0, self._read_again)
            return
        self._set_take_card(True)

    def _read_again(self) -> None:
        if self.card_present and self._host.view.step is Step.IDLE and not self._staff_mode():
            self._host.send(CheckInFlow.card_inserted)

    def _set_take_card(self, asking: bool) -> None:
        if asking != self.take_card:
            self.take_card = asking
            self.take_card_changed.emit(asking)
