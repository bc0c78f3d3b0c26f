"""The shelter's open / close notices and its lifecycle (docs/ui.md, "Opening and closing
the shelter"; the rule itself is Qt-free: kiosk.flow.shelter).

The open notice is queued once per opening: by the staff login when the records say the
shelter is not open (never opened here, or closed), never again while it is open (a
re-login, a restart after a log-out). A notice that cannot be recorded yet (no shelter or
terminal id) is owed and queued once staff save settings that allow recording.

A running terminal follows the latest open / close record it holds, whoever made it: a paired
terminal's close (or open) notice arrives by the LAN like any record, and the state is read
again on the store worker every ``STATE_POLL_MS`` (docs/lan.md, "Opening and closing with
several terminals"). Polling, not a LAN signal: a notice may come in any way a record does
(the LAN, a restored database), and one indexed query every few seconds costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.flow.shelter import (
    NoticeOrigin,
    ShelterState,
    after_notice,
    needs_open_notice,
    shelter_notice,
    shelter_state,
)
from kiosk.records import EventKind
from kiosk.services import Services
from kiosk.settings import Settings
from kiosk.sync.status import SyncStatus
from kiosk.ui.bridges import Outcome, SyncStatusBridge, Worker
from kiosk.ui.i18n import QT_TRANSLATE_NOOP
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)

#: How long the start may wait for the store to say whether the shelter is open.
STATE_READ_TIMEOUT_S = 5.0
#: How often a running terminal reads the shelter's state again (a peer's notice).
STATE_POLL_MS = 5000
#: The staff menu opened while the shelter is closed (a paired terminal's close notice
#: closed it while this one ran): what staff can do.
CLOSED_MENU_MESSAGE = QT_TRANSLATE_NOOP(
    "Staff",
    "The shelter is closed: evacuees cannot check in. Send the shelter open notice to open "
    "it again, or log out.",
)


class ShelterController(QObject):
    #: The lifecycle state changed (the login screen words its title by it).
    state_changed = Signal(object)  # ShelterState
    #: An open notice was recorded: a new opening (the phone page's new token).
    new_opening = Signal()

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        store_worker: Worker,
        sync: SyncStatusBridge,
        *,
        settings: Callable[[], Settings],
        show_menu: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._store_worker = store_worker
        self._sync = sync
        self._settings = settings
        self._show_menu = show_menu
        self.state = ShelterState.NOT_OPENED
        #: The login's open notice was refused (no shelter / terminal id): it is queued once
        #: staff have saved settings that allow recording.
        self.open_notice_owed = False
        #: A notice on its way into the store (its state applies once it is recorded): a
        #: second login meanwhile must not queue the same notice again.
        self._queuing: EventKind | None = None
        #: A state read on its way (the next poll waits for it).
        self._reading = False
        self._poll = QTimer(self)
        self._poll.setInterval(STATE_POLL_MS)
        self._poll.timeout.connect(self.read_state)

    def load_state(self) -> ShelterState:
        """At start: the state the records leave the shelter in (NOT_OPENED when the store
        cannot be asked)."""
        history = self._services.store_view
        if history is not None:
            try:
                self._set_state(
                    self._store_worker.call(lambda: shelter_state(history), STATE_READ_TIMEOUT_S)
                )
            except Exception as exc:
                log.error("shelter state unreadable: %s", type(exc).__name__)
        log.info("shelter state at start: %s", self.state.value)
        if history is not None:
            self._poll.start()
        return self.state

    def read_state(self) -> None:
        """Read the state again on the store worker (a paired terminal's notice may have
        arrived); a change is emitted like one made here."""
        history = self._services.store_view
        if history is None or self._reading:
            return
        self._reading = True
        self._store_worker.submit(lambda: shelter_state(history), self._state_read)

    def _state_read(self, outcome: Outcome[ShelterState]) -> None:
        self._reading = False
        if outcome.error is not None:
            log.error("shelter state unreadable: %s", type(outcome.error).__name__)
            return
        if self._queuing is not None:
            return  # our own notice is on its way: its state applies once it is recorded
        state = outcome.result()
        if state is not self.state:
            log.info("shelter state from the records: %s (a paired terminal's notice)", state.value)
        self._set_state(state)

    def stop(self) -> None:
        self._poll.stop()

    def _set_state(self, state: ShelterState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    @property
    def opened(self) -> bool:
        """Open, or its open notice on its way into the store."""
        return not needs_open_notice(self.state) or self._queuing is EventKind.SHELTER_OPEN

    def logged_in(self) -> None:
        """A staff login opens the shelter unless it is open already."""
        if self._settings().recording_blocked_reason() is not None:
            self.open_notice_owed = not self.opened
            if self.open_notice_owed:
                self.open_notice()  # says on the menu why it was not recorded
            return
        if not self.opened:
            self.open_notice()
        else:
            log.info("staff logged in; the shelter is open already: no open notice")

    def menu_unlocked(self) -> None:
        """Staff opened the menu: while the shelter is closed, it says how to open it again.
        (The menu's open notice, not the unlock itself: staff may also just quit.)"""
        if self.state is ShelterState.CLOSED:
            self._window.staff_menu.set_message(
                QCoreApplication.translate("Staff", CLOSED_MENU_MESSAGE)
            )

    def settings_saved(self, new: Settings) -> None:
        if self.open_notice_owed and new.recording_blocked_reason() is None:
            self.open_notice_owed = False
            self.open_notice()

    def open_notice(self) -> None:
        menu = self._window.staff_menu
        if self.opened:
            menu.set_message(
                QCoreApplication.translate(
                    "Staff", "The shelter is open already: no notice was sent."
                )
            )
            return

        def after(problem: str | None) -> None:
            menu.set_message(
                problem or QCoreApplication.translate("Staff", "Shelter open notice queued.")
            )
            self._sync.refresh()

        self._queue(EventKind.SHELTER_OPEN, after)

    def close_notice(self) -> None:
        window = self._window

        def after(problem: str | None) -> None:
            if problem:
                self._show_menu()
                window.staff_menu.set_message(problem)
                return
            self._sync.refresh()
            window.closing.set_waiting(self._sync.status.waiting + 1)
            window.show_staff(window.closing)
            self._store_worker.submit(self._services.sync_status, self._closing_count)

        self._queue(EventKind.SHELTER_CLOSE, after)

    def _closing_count(self, outcome: Outcome[SyncStatus]) -> None:
        if outcome.error is None:
            self._window.closing.set_waiting(outcome.result().waiting)

    def _queue(self, kind: EventKind, then: Callable[[str | None], None]) -> None:
        settings = self._settings()
        blocked = settings.recording_blocked_reason()
        if blocked is not None:
            # A notice without the shelter or terminal id cannot be placed: never queued.
            log.warning("%s not queued: %s", kind.value, blocked.code)
            then(
                QCoreApplication.translate(
                    "Staff", "The notice was not recorded: the kiosk cannot record yet."
                )
            )
            return
        shelter = settings.shelter
        origin = NoticeOrigin(shelter.shelter_id, shelter.terminal_id, shelter.training_mode)
        event = shelter_notice(kind, origin, self._services.clock.now())
        recorder = self._services.recorder

        def done(outcome: Outcome[None]) -> None:
            self._queuing = None
            if outcome.error is not None:
                log.error("queuing %s failed: %s", kind.value, type(outcome.error).__name__)
                then(
                    QCoreApplication.translate(
                        "Staff", "The notice could not be saved. Please try again."
                    )
                )
            else:
                log.info("%s queued", kind.value)
                self._set_state(after_notice(kind))
                if kind is EventKind.SHELTER_OPEN:
                    self.new_opening.emit()
                then(None)

        self._queuing = kind
        self._store_worker.submit(lambda: recorder.record(event), done)
