"""What the kiosk says about itself: the idle screen's neutral sign for the public, and the
whole status (connection, records waiting and on hold, the record database, the settings,
the reader and the card, the log tail) on the staff menu only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.flow.machine import CheckInFlow
from kiosk.settings import Settings, SettingsLoadReport
from kiosk.store import StoreCondition
from kiosk.sync.status import SyncStatus
from kiosk.ui.bridges import StoreState, StoreStateBridge, SyncStatusBridge
from kiosk.ui.controllers.card_presence import CardPresence
from kiosk.ui.host import FlowHost
from kiosk.ui.screens import IdleScreen
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


class StatusController(QObject):
    def __init__(
        self,
        window: MainWindow,
        host: FlowHost,
        sync: SyncStatusBridge,
        store_state: StoreStateBridge,
        cards: CardPresence,
        *,
        settings: Callable[[], Settings],
        settings_report: SettingsLoadReport | None,
        log_tail: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._host = host
        self._sync = sync
        self._store_state = store_state
        self._cards = cards
        self._settings = settings
        self._settings_report = settings_report
        self._log_tail = log_tail
        #: The camera's staff line ("" while the camera path is off): set by the app.
        self.camera_text: Callable[[], str] = str
        sync.status_changed.connect(self._sync_status)
        store_state.state_changed.connect(self._store_changed)
        cards.changed.connect(self.update)

    def _sync_status(self, _status: SyncStatus) -> None:
        self.update()
        self._store_state.refresh()  # the records on hold follow the counts

    def _store_changed(self, state: StoreState) -> None:
        if state.condition is not StoreCondition.OK:
            log.warning("record database: %s", state.condition.value)
        # Beyond repair: the flow reads no card until the store can record again.
        self._host.send(CheckInFlow.recording_available, state.can_record)
        self.update()

    def update(self) -> None:
        idle = self._window.screens[IdleScreen]
        assert isinstance(idle, IdleScreen)
        idle.set_status(
            self._sync.status, self._cards.reader_missing, self._store_state.state.condition
        )
        menu = self._window.staff_menu
        menu.set_store_state(self._store_state.state)
        menu.set_settings_state(self._settings_report, self._settings().recording_blocked_reason())
        menu.set_status(self._sync.status, self.reader_text(), self._log_tail())

    def reader_text(self) -> str:
        """The reader's state, and the camera's line below it when the camera path is on."""
        camera = self.camera_text()
        return self._reader_state() + (f"\n{camera}" if camera else "")

    def _reader_state(self) -> str:
        if self._cards.reader_missing:
            return QCoreApplication.translate("Staff", "no reader connected")
        if self._cards.card_present:
            return QCoreApplication.translate("Staff", "connected, card on the reader")
        return QCoreApplication.translate("Staff", "connected, no card")
