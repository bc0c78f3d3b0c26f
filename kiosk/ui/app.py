"""Composition root: builds the services, the flow host and the window, and wires them.

Everything the kiosk talks to comes in through :class:`Services` (each with a Null or
virtual twin), so tests, the demo mode and the real kiosk differ only in what is passed here.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from types import TracebackType
from typing import Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from kiosk import settings as settings_module
from kiosk.cards.api import CardMonitor, CardReaderService
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.flow.contract import FlowView, Step
from kiosk.flow.machine import CheckInFlow, CodeBBuilder, FlowConfig
from kiosk.records import Event, EventKind, EventRecorder
from kiosk.settings import Settings, SettingsLoadReport
from kiosk.store import PurgeResult
from kiosk.sync.status import SyncStatus
from kiosk.ui import i18n, theme
from kiosk.ui.bridges import (
    CardMonitorBridge,
    NullSpeaker,
    Outcome,
    Speaker,
    SpeechBridge,
    StoreState,
    StoreStateBridge,
    StoreView,
    SyncStatusBridge,
    Worker,
)
from kiosk.ui.host import FlowHost
from kiosk.ui.screens import CONSENT_VERSION, IdleScreen
from kiosk.ui.staff import ConfirmScreen, purge_message
from kiosk.ui.window import STAFF_IDLE_S, ActivityFilter, MainWindow, kiosk_mode, no_context_menus

log = logging.getLogger(__name__)

T = TypeVar("T")


class StaffAccounts(Protocol):
    """What the kiosk needs from kiosk.staff (hashed passwords with a lockout)."""

    def has_accounts(self) -> bool: ...

    def create(self, user_id: str, password: str, setup_code: str = "") -> None:
        """The first account: needs IT's one-time set-up code."""

    def verify(self, user_id: str, password: str) -> None:
        """Raises a KioskError (wrong password, locked out) when the login is refused."""


class DemoCards(Protocol):
    """The on-screen demo control over the in-process virtual reader."""

    def sample_names(self) -> list[str]: ...

    def insert(self, name: str) -> None: ...

    def remove(self) -> None: ...


@dataclass
class Services:
    cards: CardReaderService
    monitor: CardMonitor
    recorder: EventRecorder
    staff: StaffAccounts | None = None
    speaker: Speaker = field(default_factory=NullSpeaker)
    clock: Clock = field(default_factory=SystemClock)
    #: () -> kiosk.sync's SyncStatus for the staff panel and the idle screen's sign.
    sync_status: Callable[[], SyncStatus] = SyncStatus
    demo: DemoCards | None = None
    log_tail: Callable[[], list[str]] = list
    #: Called on shutdown (stop sync, close the store, stop the demo server...).
    closers: list[Callable[[], None]] = field(default_factory=list)
    code_b_builder: CodeBBuilder | None = None
    #: Called after staff saved new settings (new API URL/token for the sync worker).
    settings_changed: Callable[[Settings], None] | None = None
    #: The outbox actions on the staff panel (kiosk.ui.services.SyncControl): send_now(),
    #: retry_quarantined() -> int, purge_now() -> PurgeResult. None: buttons do nothing.
    sync_control: SyncActions | None = None
    #: The record database's condition, repair report and records on hold (the RecordStore
    #: itself). None: the staff panel shows none of them.
    store_view: StoreView | None = None


class SyncActions(Protocol):
    def send_now(self) -> None: ...

    def retry_quarantined(self) -> int: ...

    def purge_now(self) -> PurgeResult:
        """Its typed status, purged and unsent counts."""


class KioskApp(QObject):
    """The running kiosk. Implements the staff actions the staff screens call."""

    quit_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        services: Services,
        *,
        settings_path: Path | None = None,
        height: int = 800,
        require_login: bool = True,
        tick_ms: int = 250,
        reader_grace_ms: int = 1500,
        staff_idle_ms: int | None = None,
        demo: bool | None = None,
        settings_report: SettingsLoadReport | None = None,
    ) -> None:
        """``demo``: show the DEMO band (default: when the services carry demo cards).
        ``settings_report``: what loading the settings found (shown on the staff menu)."""
        super().__init__()
        self.settings = settings
        self.settings_report = settings_report
        self.services = services
        self.settings_path = settings_path
        self.qapp = _qt_application()
        self.languages = i18n.LanguageSwitcher(self.qapp)
        self.metrics = theme.apply(self.qapp, height, settings.ui.default_language)
        self.card_worker = Worker("card-io", self)
        self.store_worker = Worker("store-io", self)
        self.speech = SpeechBridge(services.speaker, settings.ui.voice_enabled, self)
        self.machine = self._new_machine()
        self.host = FlowHost(
            self.machine,
            services.cards,
            services.recorder,
            self.speech,
            card_worker=self.card_worker,
            store_worker=self.store_worker,
            reader_name=settings.cards.reader_name or None,
            tick_ms=tick_ms,
            clock=services.clock,
            parent=self,
        )
        self.window = MainWindow(
            self.host,
            self,
            height,
            staff_idle_ms=staff_idle_ms
            if staff_idle_ms is not None
            else staff_idle_ms_for(settings),
            demo=services.demo is not None if demo is None else demo,
        )
        self.activity = ActivityFilter(self.host, self)
        self.qapp.installEventFilter(self.activity)
        self.monitor = CardMonitorBridge(services.monitor, self)
        self.sync = SyncStatusBridge(services.sync_status, self.store_worker, parent=self)
        self.store_state = StoreStateBridge(services.store_view, self.store_worker, parent=self)
        self.demo_panel = None
        if services.demo is not None:
            from kiosk.ui.demo import demo_panel

            self.demo_panel = demo_panel(services.demo, self.window)
        self._detach_timer = QTimer(self)
        self._detach_timer.setSingleShot(True)
        self._detach_timer.setInterval(reader_grace_ms)
        self._detach_timer.timeout.connect(self._confirm_reader_missing)
        self.pseudo = False
        self._machine_outdated = False
        self.user_id = ""
        self.require_login = require_login
        #: The login's open notice was refused (no shelter / terminal id): it is queued once
        #: staff have saved settings that allow recording.
        self._open_notice_owed = False
        self.reader_missing = False
        self.card_present = False
        self._wire()

    def _new_machine(self) -> CheckInFlow:
        config = FlowConfig.from_settings(self.settings, CONSENT_VERSION)
        return CheckInFlow(config, self.services.clock, build_code_b=self.services.code_b_builder)

    def _wire(self) -> None:
        self.host.view_changed.connect(self._render)
        self.host.clear_personal_data.connect(self.window.clear_personal_data)
        self.monitor.card_inserted.connect(self._card_inserted)
        self.monitor.card_removed.connect(self._card_removed)
        self.monitor.reader_attached.connect(self._reader_attached)
        self.monitor.reader_detached.connect(self._reader_detached)
        self.sync.status_changed.connect(self._sync_status)
        self.store_state.state_changed.connect(self._store_state)
        self.window.staff_corner.triggered.connect(self.open_staff_menu)
        self.activity.staff_touched.connect(self.window.staff_touched)
        self.window.staff_idle.timeout.connect(self._staff_idle)
        self.window.demo_key.connect(self._demo_key)
        self.card_worker.busy_changed.connect(self._busy)

    # -- start / stop ----------------------------------------------------------------------

    def start(self) -> None:
        if self.demo_panel is not None:
            self.demo_panel.show()
            top_right = self.window.geometry().topRight()
            self.demo_panel.move(top_right.x() - self.demo_panel.width() - 20, top_right.y() + 80)
        self.set_language(self.machine.view.language)
        self.window.show_view(self.machine.view)
        self.host.start()
        self.monitor.start()
        self.sync.start()
        self.store_state.refresh()
        if self.require_login and self.services.staff is not None:
            self._show_login()
        elif self.require_login:
            log.warning("no staff accounts service: starting without a staff login")
        # The monitor reports the readers (and a card already on one) from its own thread;
        # if none has shown up after the grace period, the reader counts as missing.
        self._detach_timer.start()
        self._update_status()

    def shutdown(self) -> None:
        self.qapp.removeEventFilter(self.activity)
        self.sync.stop()
        self.monitor.stop()
        self.host.stop()
        self.card_worker.shutdown()
        self.store_worker.shutdown()
        for closer in self.services.closers:
            try:
                closer()
            except Exception:
                log.exception("shutdown step failed")
        self.languages.clear()

    # -- flow ------------------------------------------------------------------------------

    def _render(self, view: FlowView) -> None:
        if self._machine_outdated and view.step == Step.IDLE:
            self._replace_machine()
            view = self.host.view
        wanted = i18n.PSEUDO if self.pseudo else view.language
        if wanted != self.languages.current:
            self.set_language(wanted)
        self.window.show_view(view)

    def set_language(self, code: str) -> None:
        self.languages.switch(code)
        theme.apply_font(self.qapp, code)
        self.window.retranslate()

    def _ours(self, reader: str) -> bool:
        """With a reader named in the settings, cards on any other reader are ignored."""
        wanted = self.settings.cards.reader_name
        return not wanted or reader == wanted

    def _card_inserted(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self.card_present = True
        self.reader_missing = False
        if not self.window.staff_mode:
            # While staff work the evacuee flow waits; a card left on the reader starts it
            # when staff go back to the kiosk.
            self.host.send(CheckInFlow.card_inserted)
        self._update_status()

    def _card_removed(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self.card_present = False
        self.host.send(CheckInFlow.card_removed)
        self._update_status()

    def _reader_attached(self, reader: str) -> None:
        if not self._ours(reader):
            return
        self._detach_timer.stop()
        self.reader_missing = False
        self.host.send(CheckInFlow.reader_attached)
        self._update_status()

    def _reader_detached(self, reader: str) -> None:
        if not self._ours(reader):
            return
        # USB readers and pcscd blink (a re-enumeration, a daemon restart): only a reader
        # that stays away for a moment counts as unplugged.
        self._detach_timer.start()

    def _confirm_reader_missing(self) -> None:
        if [r for r in self.monitor.readers() if self._ours(r.name)]:
            return
        log.warning("card reader missing")
        self.reader_missing = True
        self.card_present = False
        self.host.send(CheckInFlow.reader_detached)
        self._update_status()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.qapp.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.qapp.restoreOverrideCursor()

    def _sync_status(self, _status: SyncStatus) -> None:
        self._update_status()
        self.store_state.refresh()  # the records on hold follow the counts

    def _store_state(self, state: StoreState) -> None:
        if state.condition.value != "ok":
            log.warning("record database: %s", state.condition.value)
        # Beyond repair: the flow reads no card until the store can record again.
        self.host.send(CheckInFlow.recording_available, state.can_record)
        self._update_status()

    def _update_status(self) -> None:
        idle = self.window.screens[IdleScreen]
        assert isinstance(idle, IdleScreen)
        idle.set_status(self.sync.status, self.reader_missing, self.store_state.state.condition)
        self.window.staff_menu.set_store_state(self.store_state.state)
        self.window.staff_menu.set_settings_state(
            self.settings_report, self.settings.recording_blocked_reason()
        )
        self.window.staff_menu.set_status(
            self.sync.status, self._reader_text(), self.services.log_tail()
        )

    def _reader_text(self) -> str:
        if self.reader_missing:
            return QCoreApplication.translate("Staff", "no reader connected")
        if self.card_present:
            return QCoreApplication.translate("Staff", "connected, card on the reader")
        return QCoreApplication.translate("Staff", "connected, no card")

    def _demo_key(self, number: int) -> None:
        demo = self.services.demo
        if demo is None:
            return
        names = demo.sample_names()
        if number == 9 or number > len(names):
            demo.remove()
        else:
            demo.insert(names[number - 1])

    # -- staff -----------------------------------------------------------------------------

    def _show_login(self) -> None:
        staff = self.services.staff
        assert staff is not None
        self.activity.enabled = False
        mode = self.window.staff_login.LOGIN if staff.has_accounts() else "create"
        self.window.staff_login.set_mode(mode)
        self.window.show_staff(self.window.staff_login)

    def open_staff_menu(self) -> None:
        """The hidden gesture: ask for the logged-in staff member's password first."""
        self.activity.enabled = False
        if self.services.staff is None:
            self._show_menu()
            return
        self.window.staff_login.set_mode(self.window.staff_login.UNLOCK, self.user_id)
        self.window.show_staff(self.window.staff_login)

    def _show_menu(self) -> None:
        self.window.settings_screen.forget()
        self._update_status()
        self.store_state.refresh()
        self.window.staff_menu.set_message("")
        self.window.show_staff(self.window.staff_menu)

    def create_account(self, user_id: str, password: str, setup_code: str = "") -> str | None:
        staff = self.services.staff
        assert staff is not None
        if not user_id:
            return QCoreApplication.translate("Staff", "Please enter a user ID.")
        if len(password) < 10:
            return QCoreApplication.translate("Staff", "The password needs at least 10 characters.")
        try:
            staff.create(user_id, password, setup_code)
        except KioskError as exc:
            log.warning("creating a staff account failed: %s", exc.code)
            return account_problem(exc.code)
        return self.log_in(user_id, password)

    def log_in(self, user_id: str, password: str) -> str | None:
        problem = self._verify(user_id, password)
        if problem:
            return problem
        self.user_id = user_id
        log.info("staff logged in")
        if self.settings.recording_blocked_reason() is not None:
            # Nothing can be recorded yet: the menu says why (and leads to the settings).
            self._show_menu()
            self._open_notice_owed = True
            self.open_notice()
            return None
        self.open_notice()
        self.back_to_kiosk()
        return None

    def unlock_menu(self, password: str) -> str | None:
        problem = self._verify(self.user_id, password)
        if problem:
            return problem
        self._show_menu()
        return None

    def _verify(self, user_id: str, password: str) -> str | None:
        return verify_staff(self.services.staff, user_id, password)

    def _notice_event(self, kind: EventKind) -> Event:
        now = self.services.clock.now()
        offset = now.astimezone().utcoffset()
        return Event(
            kind=kind,
            shelter_id=self.settings.shelter.shelter_id,
            terminal_id=self.settings.shelter.terminal_id,
            occurred_at=now.astimezone(UTC),
            utc_offset_minutes=int(offset.total_seconds() // 60) if offset else 0,
            training=self.settings.shelter.training_mode,
        )

    def _queue(self, kind: EventKind, then: Callable[[str | None], None]) -> None:
        blocked = self.settings.recording_blocked_reason()
        if blocked is not None:
            # A notice without the shelter or terminal id cannot be placed: never queued.
            log.warning("%s not queued: %s", kind.value, blocked.code)
            then(
                QCoreApplication.translate(
                    "Staff", "The notice was not recorded: the kiosk cannot record yet."
                )
            )
            return
        event = self._notice_event(kind)

        def done(outcome: Outcome[None]) -> None:
            if outcome.error is not None:
                log.error("queuing %s failed: %s", kind.value, type(outcome.error).__name__)
                then(
                    QCoreApplication.translate(
                        "Staff", "The notice could not be saved. Please try again."
                    )
                )
            else:
                log.info("%s queued", kind.value)
                then(None)

        self.store_worker.submit(lambda: self.services.recorder.record(event), done)

    def open_notice(self) -> None:
        def after(problem: str | None) -> None:
            self.window.staff_menu.set_message(
                problem or QCoreApplication.translate("Staff", "Shelter open notice queued.")
            )
            self.sync.refresh()

        self._queue(EventKind.SHELTER_OPEN, after)

    def close_notice(self) -> None:
        def after(problem: str | None) -> None:
            if problem:
                self._show_menu()
                self.window.staff_menu.set_message(problem)
                return
            self.sync.refresh()
            self.window.closing.set_waiting(self.sync.status.waiting + 1)
            self.window.show_staff(self.window.closing)
            self.store_worker.submit(self.services.sync_status, self._closing_count)

        self._queue(EventKind.SHELTER_CLOSE, after)

    def _closing_count(self, outcome: Outcome[SyncStatus]) -> None:
        if outcome.error is None:
            self.window.closing.set_waiting(outcome.result().waiting)

    def send_now(self) -> None:
        control = self.services.sync_control
        if control is not None:
            control.send_now()
        self.window.staff_menu.set_message(QCoreApplication.translate("Staff", "Sending now."))
        self.sync.refresh()

    def retry_quarantined(self) -> None:
        control = self.services.sync_control
        if control is None:
            return

        def done(count: int) -> str:
            log.info("%d quarantined record(s) queued again", count)
            return QCoreApplication.translate(
                "Staff", "Quarantined records queued again: {count}"
            ).format(count=count)

        self._staff_job(control.retry_quarantined, "retry of quarantined records", done)

    def purge_personal_data(self) -> None:
        """Same rule as ``python -m kiosk.outbox purge``: only after the close notice and
        when the server has acknowledged every record; says why when it refuses."""
        control = self.services.sync_control
        if control is None:
            return

        def done(result: PurgeResult) -> str:
            log.info("manual purge: %d record(s), %s", result.purged, result.status.value)
            return purge_message(result)

        self._staff_job(control.purge_now, "purge", done)

    def acknowledge_recovery(self) -> None:
        """Staff have read the repaired database's report: it leaves the panel (the damaged
        file stays where it is, for IT)."""
        view = self.services.store_view
        if view is None:
            return

        def done(_result: None) -> None:
            log.info("staff acknowledged the record database recovery report")

        self._staff_job(view.acknowledge_recovery, "acknowledging the recovery", done)

    def _staff_job(self, job: Callable[[], T], what: str, done: Callable[[T], str | None]) -> None:
        """A staff action on the store worker; then ``done``'s message (None: the message
        stays) or "did not work" on the menu, and the status read again."""

        def finish(outcome: Outcome[T]) -> None:
            if outcome.error is not None:
                log.error("%s failed: %s", what, _code(outcome.error))
                message: str | None = QCoreApplication.translate(
                    "Staff", "That did not work. Please try again."
                )
            else:
                message = done(outcome.result())
            if message is not None:
                self.window.staff_menu.set_message(message)
            self.sync.refresh()
            self.store_state.refresh()

        self.store_worker.submit(job, finish)

    def log_out(self) -> None:
        self.user_id = ""
        log.info("staff logged out")
        if self.services.staff is not None:
            self._show_login()
        else:
            self.back_to_kiosk()

    def _staff_idle(self) -> None:
        """Nobody touched a staff screen for a while: whoever comes next finds the kiosk,
        never an open menu. The login at start-up (or the first account) is never skipped:
        it stays, with its typed password emptied."""
        login = self.window.staff_login
        if self.window.current_screen() is login and login.mode in (login.LOGIN, login.CREATE):
            login.forget()
            return
        log.info("staff screen left untouched: back to the kiosk")
        self.back_to_kiosk()

    def ask(self, question: str) -> None:
        """The close notice, deleting personal data and quitting ask first."""
        self.window.confirm.ask(question)
        self.window.show_staff(self.window.confirm)

    def confirmed(self, question: str) -> None:
        if question == ConfirmScreen.CLOSE:
            self.close_notice()
        elif question == ConfirmScreen.PURGE:
            self._show_menu()
            self.purge_personal_data()
        elif question == ConfirmScreen.QUIT:
            self.quit()

    def declined(self, question: str) -> None:
        if question == ConfirmScreen.QUIT:
            self.window.show_staff(self.window.closing)
        else:
            self._show_menu()

    def back_to_kiosk(self) -> None:
        self.window.settings_screen.forget()
        self.window.staff_login.password.setText("")
        self.activity.enabled = True
        self.window.show_flow()
        if self.card_present:
            self.host.send(CheckInFlow.card_inserted)

    def show_settings(self) -> None:
        self.window.settings_screen.load(self.settings)
        self.window.show_staff(self.window.settings_screen)

    def cancel_settings(self) -> None:
        self._show_menu()

    def save_settings(self, new: Settings) -> str | None:
        if new.api.url and new.api.url != self.settings.api.url and not new.api.token:
            # The saved token belongs to the old URL: it is never sent anywhere else.
            return QCoreApplication.translate(
                "Settings", "Not saved: type the API token for the new API URL."
            )
        try:
            settings_module.save(new, self.settings_path)
        except ValueError as exc:
            return QCoreApplication.translate("Settings", "Not saved: {problem}").format(
                problem=str(exc)
            )
        except OSError:
            log.exception("saving settings failed")
            return QCoreApplication.translate(
                "Settings", "Not saved: the settings file could not be written."
            )
        self.settings = new
        self.speech.enabled = new.ui.voice_enabled
        if self.services.settings_changed is not None:
            try:
                self.services.settings_changed(new)
            except Exception:
                log.exception("applying the new settings failed")
        # The flow reads its settings when built: a new machine takes over at idle.
        self._machine_outdated = True
        if self.machine.view.step == Step.IDLE:
            self._replace_machine()
        self.window.staff_menu.set_message(
            QCoreApplication.translate("Settings", "Settings saved.")
        )
        self._show_menu()
        if self._open_notice_owed and new.recording_blocked_reason() is None:
            self._open_notice_owed = False
            self.open_notice()
        return None

    def _replace_machine(self) -> None:
        self._machine_outdated = False
        self.machine = self._new_machine()
        self.host.machine = self.machine
        self.host.send(CheckInFlow.recording_available, self.store_state.state.can_record)
        self.host.send(CheckInFlow.start)

    def quit(self) -> None:
        self.window.allow_close = True
        self.quit_requested.emit()
        self.window.close()
        QTimer.singleShot(0, self.qapp.quit)


def account_problem(code: str) -> str:
    """Staff's text for a refused first account (kiosk.staff error codes)."""
    if code == "setup_code_missing":
        return QCoreApplication.translate(
            "Staff", "No set-up code was issued. IT: python -m kiosk.staff setup-code"
        )
    if code == "setup_code_invalid":
        return QCoreApplication.translate("Staff", "The set-up code is not correct.")
    if code == "weak_password":
        return QCoreApplication.translate(
            "Staff",
            "Please choose a harder password: no common words, repeats, runs or the user ID.",
        )
    if code == "login_throttled":
        return QCoreApplication.translate(
            "Staff", "Too many wrong tries. Please wait and try again later."
        )
    return QCoreApplication.translate("Staff", "The account could not be created.")


def staff_idle_ms_for(settings: Settings) -> int:
    """The staff screens' idle time: the settings' staff value when there is one, else
    STAFF_IDLE_S."""
    seconds = getattr(settings.ui, "staff_idle_timeout_s", None)
    return int(
        (seconds if isinstance(seconds, int | float) and seconds > 0 else STAFF_IDLE_S) * 1000
    )


def _code(error: BaseException) -> str:
    return str(getattr(error, "code", type(error).__name__))


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def _qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the kiosk's log (rotating file, staff tail)."""
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _qt_application() -> QApplication:
    """The running QApplication (create_application made it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create_application() first"
    return app


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("shelter-kiosk")
    return app


def verify_staff(staff: StaffAccounts | None, user_id: str, password: str) -> str | None:
    """None when the staff member may go on, else a translated reason."""
    if staff is None:
        return None
    try:
        staff.verify(user_id, password)
    except KioskError as exc:
        log.warning("staff login refused: %s", exc.code)
        if exc.code in ("account_locked", "login_throttled"):
            return QCoreApplication.translate(
                "Staff", "Too many wrong tries. Please wait and try again later."
            )
        return QCoreApplication.translate("Staff", "User ID or password is not correct.")
    return None


class StartupFailure(QObject):
    """Start-up met a known condition (the store key is lost, the disk is unusable...): the
    out-of-service screen with the error code for staff. The program keeps running so staff
    can read the code (also in the log) and quit it from here once they have acted."""

    def __init__(
        self, error: KioskError, height: int = 800, staff: StaffAccounts | None = None
    ) -> None:
        super().__init__()
        from PySide6.QtWidgets import QMainWindow, QStackedWidget

        from kiosk.ui.screens import NoFlowInput, OutOfServiceScreen
        from kiosk.ui.staff import StaffLoginScreen
        from kiosk.ui.widgets import BigButton

        self.code = error.code
        self.qapp = _qt_application()
        theme.apply(self.qapp, height, "ja")
        self.window = QMainWindow()
        self.window.setObjectName("startup_failure")
        self.screen = OutOfServiceScreen(NoFlowInput(), height)
        self.screen.ok.hide()  # nothing to dismiss to
        self.screen.set_error_code(error.code)
        self.quit_button = BigButton("logout")
        self.quit_button.setObjectName("quit")
        self.quit_button.setText(QCoreApplication.translate("Staff", "Quit the kiosk"))
        self.quit_button.clicked.connect(self.ask_to_quit)
        self.screen.root.addWidget(self.quit_button)
        # Evacuees see this screen too: only staff may close the kiosk from it.
        self.staff = staff if staff is not None else _staff_accounts_or_none()
        self.login = StaffLoginScreen(_QuitActions(self), height)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.screen)
        self.pages.addWidget(self.login)
        self.window.setCentralWidget(self.pages)
        no_context_menus(self.window)

    def ask_to_quit(self) -> None:
        if self.staff is None or not self.staff.has_accounts():
            self.quit()  # no staff account was ever made: nothing to protect the exit with
            return
        self.login.set_mode(self.login.QUIT)
        self.pages.setCurrentWidget(self.login)

    def back(self) -> None:
        self.pages.setCurrentWidget(self.screen)

    def start(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def quit(self) -> None:
        self.window.close()
        QTimer.singleShot(0, self.qapp.quit)


class _QuitActions:
    """The staff login screen's actions on the start-up failure screen: log in = quit.
    The screen is only ever in its QUIT mode here: no account is made, no menu unlocked."""

    def __init__(self, failure: StartupFailure) -> None:
        self.failure = failure

    def create_account(self, user_id: str, password: str, setup_code: str = "") -> str | None:
        return account_problem("not_offered")

    def unlock_menu(self, password: str) -> str | None:
        return QCoreApplication.translate("Staff", "User ID or password is not correct.")

    def log_in(self, user_id: str, password: str) -> str | None:
        problem = verify_staff(self.failure.staff, user_id, password)
        if problem is None:
            log.info("staff quit the kiosk from the start-up failure screen")
            self.failure.quit()
        return problem

    def back_to_kiosk(self) -> None:
        self.failure.back()


def _staff_accounts_or_none(path: Path | None = None) -> StaffAccounts | None:
    try:
        from kiosk.staff import StaffAccounts as StaffAccountFile

        return StaffAccountFile(path)
    except Exception:
        log.exception("staff accounts unavailable on the start-up failure screen")
        return None


def start_kiosk(
    settings: Settings,
    build_services: Callable[[], Services],
    height: int = 800,
    *,
    settings_path: Path | None = None,
    staff_file: Path | None = None,
    settings_report: SettingsLoadReport | None = None,
) -> KioskApp | StartupFailure:
    """The kiosk, or the out-of-service screen when the services cannot start for a known
    reason (KioskError: logged with its code). Anything else is a bug and propagates."""
    try:
        services = build_services()
    except KioskError as exc:
        log.error("start-up failed: %s (%s)", exc.code, type(exc).__name__)
        # The demo's failure screen is quit with the demo's staff accounts (staff_file).
        staff = _staff_accounts_or_none(staff_file) if staff_file is not None else None
        return StartupFailure(exc, height, staff)
    return KioskApp(
        settings,
        services,
        settings_path=settings_path,
        height=height,
        settings_report=settings_report,
    )


def check_translations() -> dict[str, list[str]]:
    """Self-test: every language's compiled catalogue loads and is not empty."""
    from PySide6.QtCore import QTranslator

    loaded: list[str] = []
    for code in settings_module.LANGUAGES:
        translator = QTranslator()
        if not translator.load(str(i18n.qm_path(code))):
            raise FileNotFoundError(f"{i18n.qm_path(code).name} missing or unreadable")
        if translator.isEmpty():
            raise ValueError(f"{code}: empty catalogue")
        loaded.append(code)
    return {"languages": loaded}


def load_settings(demo: bool) -> tuple[Settings, Path | None, SettingsLoadReport]:
    """(settings, the demo's settings file or None for the kiosk's own, what loading found).
    The report (a damaged file set aside, values reset) is shown to staff on the menu."""
    if demo:
        from kiosk.ui import services as service_factory

        # The demo's own folder: never the real settings, records, key, staff or logs.
        return service_factory.demo_settings_with_report()
    settings, report = settings_module.load_with_report()
    return settings, None, report


def run(windowed: bool, demo: bool) -> int:
    """``python -m kiosk``: full screen (or windowed), real or demo services."""
    from kiosk import logging_setup
    from kiosk.ui import services as service_factory

    if demo:
        settings, settings_path, report = load_settings(demo=True)
        assert settings_path is not None
        tail = logging_setup.configure(settings_path.parent / "logs", console=windowed)
        log.info("demo mode: data folder %s", settings_path.parent)
    else:
        tail = logging_setup.configure(console=windowed)  # first: loading logs what it finds
        settings, settings_path, report = load_settings(demo=False)
    app = create_application()
    qInstallMessageHandler(_qt_message_to_log)
    screen = app.primaryScreen()
    height = 800 if windowed or screen is None else screen.geometry().height()
    kiosk = start_kiosk(
        settings,
        lambda: service_factory.build(settings, demo=demo, log_tail=tail.lines),
        height,
        settings_path=settings_path,
        staff_file=None if settings_path is None else settings_path.parent / "staff.json",
        settings_report=report,
    )
    previous_hook = sys.excepthook

    def bug_hook(
        kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        # An exception escaping a Qt slot: logged as a bug, the kiosk shows "out of service"
        # and keeps running; staff can carry on from the hidden menu.
        log.critical("uncaught exception", exc_info=(kind, value, trace))
        if isinstance(value, Exception) and isinstance(kiosk, KioskApp):
            kiosk.host._after_bug(value)
        elif not isinstance(value, Exception):
            previous_hook(kind, value, trace)

    sys.excepthook = bug_hook
    if windowed:
        if isinstance(kiosk, KioskApp):
            kiosk.window.allow_close = True
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
    elif not kiosk_mode(kiosk.window):
        log.warning("the keyboard grab was refused by the platform: the OS lock-down must cover it")
    kiosk.start()
    try:
        return app.exec()
    finally:
        kiosk.shutdown()
