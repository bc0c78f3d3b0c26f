"""Composition root: builds the flow host, the window and the controllers, and wires them.

Everything the kiosk talks to comes in through :class:`kiosk.services.Services` (each part
with a Null or virtual twin), so tests, the demo mode and the real kiosk differ only in what
is passed here. Each job is a controller of its own (``kiosk.ui.controllers``); ``KioskApp``
builds them, connects them and answers the staff screens by handing each call to the one
that does it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

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
from kiosk.camera.device import Camera
from kiosk.errors import KioskError
from kiosk.flow.contract import TAKE_CARD, FlowView
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.shelter import ShelterState
from kiosk.services import DemoCards, Services, StaffAccounts, SyncActions
from kiosk.settings import CameraMode, Settings, SettingsLoadReport
from kiosk.staff import ConfirmQuestion, LoginMode
from kiosk.ui import i18n, texts, theme
from kiosk.ui.bridges import (
    CardMonitorBridge,
    SpeechBridge,
    StoreStateBridge,
    SyncStatusBridge,
    Worker,
)
from kiosk.ui.camera_screens import CameraScreen
from kiosk.ui.controllers.camera import CameraState
from kiosk.ui.controllers.card_presence import CardPresence
from kiosk.ui.controllers.language import LanguageController
from kiosk.ui.controllers.network import NetworkController
from kiosk.ui.controllers.outbox import OutboxActions
from kiosk.ui.controllers.registration import RegistrationController
from kiosk.ui.controllers.roster import RosterController
from kiosk.ui.controllers.settings import SettingsController, new_machine
from kiosk.ui.controllers.shelter import ShelterController
from kiosk.ui.controllers.staff_session import (
    StaffSession,
    account_problem,
    verify_staff,
)
from kiosk.ui.controllers.status import StatusController
from kiosk.ui.host import FlowHost
from kiosk.ui.screens import ConsentScreen
from kiosk.ui.services import warm_up
from kiosk.ui.window import STAFF_IDLE_S, ActivityFilter, MainWindow, kiosk_mode, no_context_menus

__all__ = [
    "DemoCards",
    "KioskApp",
    "Services",
    "StaffAccounts",
    "StartupFailure",
    "SyncActions",
    "launch",
    "run",
    "start_kiosk",
]

log = logging.getLogger(__name__)


class KioskApp(QObject):
    """The running kiosk: builds and wires the controllers; the staff screens' actions."""

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
        self.services = services
        self.require_login = require_login
        self.qapp = _qt_application()
        self.metrics = theme.apply(self.qapp, height, settings.ui.default_language)
        self.card_worker = Worker("card-io", self)
        self.store_worker = Worker("store-io", self)
        # Camera reads, the card-face reader and the face match (blocking, CPU): issue 11.
        self.camera_worker = Worker("camera-io", self)
        self.speech = SpeechBridge(services.speaker, settings.ui.voice_enabled, self)
        self.host = FlowHost(
            new_machine(settings, services.clock, services.code_b_builder),
            services.cards,
            services.recorder,
            self.speech,
            card_worker=self.card_worker,
            store_worker=self.store_worker,
            reader_name=settings.cards.reader_name or None,
            tick_ms=tick_ms,
            clock=services.clock,
            camera_worker=self.camera_worker,
            camera=services.camera_parts(),
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

        # -- the controllers, one job each --
        changed = services.settings_changed
        self.settings_control = SettingsController(
            settings,
            settings_path,
            self.host,
            self.speech,
            clock=services.clock,
            code_b=services.code_b_builder,
            # Applied on the network worker: the LAN node's stop may wait for a peer.
            applied=(
                None if changed is None else lambda new: self.network.apply_settings(new, changed)
            ),
            can_record=lambda: self.store_state.state.can_record,
            parent=self,
        )
        self.languages = LanguageController(self.qapp, self.window)
        self.cards = CardPresence(
            self.monitor,
            self.host,
            reader_name=lambda: self.settings.cards.reader_name,
            staff_mode=lambda: self.window.staff_mode,
            grace_ms=reader_grace_ms,
            parent=self,
        )
        self.status = StatusController(
            self.window,
            self.host,
            self.sync,
            self.store_state,
            self.cards,
            settings=lambda: self.settings,
            settings_report=settings_report,
            log_tail=services.log_tail,
            parent=self,
        )
        self.outbox = OutboxActions(
            self.window, services, self.store_worker, self.sync, self.store_state, parent=self
        )
        self.staff_session = StaffSession(
            self.window,
            services,
            self.activity,
            refresh_status=self._refresh_status,
            logged_in=self._logged_in,
            back_to_flow=self.cards.resume,
            quit_app=self.quit,
            parent=self,
        )
        self.shelter = ShelterController(
            self.window,
            services,
            self.store_worker,
            self.sync,
            settings=lambda: self.settings,
            show_menu=self.staff_session.show_menu,
            parent=self,
        )
        self.network = NetworkController(
            self.window, services.network, settings=lambda: self.settings, parent=self
        )
        # Staff register people without a card, check out by hand, correct (issue 13.2).
        self.registration = RegistrationController(
            self.window,
            services.recorder,
            settings=lambda: self.settings,
            clock=services.clock,
            language=lambda: self.languages.current,
            show_menu=self.staff_session.show_menu,
            metrics_height=height,
            parent=self,
        )
        # Who is in, the counts, the USB export, training mode (issue 13.4).
        self.roster = RosterController(
            self.window,
            services.recorder,
            settings=lambda: self.settings,
            save_settings=self.settings_control.save,
            clock=services.clock,
            show_menu=self.staff_session.show_menu,
            metrics_height=height,
            parent=self,
        )
        self.camera = CameraState(self.host, self.camera_worker, self._card_camera, parent=self)
        self.status.camera_text = self.camera.status_text
        self._shut_down = False
        self._wire()

    @property
    def settings(self) -> Settings:
        return self.settings_control.settings

    @property
    def machine(self) -> CheckInFlow:
        return self.host.machine

    @property
    def card_present(self) -> bool:
        return self.cards.card_present

    @property
    def user_id(self) -> str:
        return self.staff_session.user_id

    def _wire(self) -> None:
        self.host.view_changed.connect(self._render)
        self.host.clear_personal_data.connect(self.window.clear_personal_data)
        self.cards.take_card_changed.connect(self._take_card)
        self.shelter.state_changed.connect(self.window.staff_login.set_shelter_state)
        self.shelter.state_changed.connect(self._shelter_state)
        self.window.staff_corner.triggered.connect(self.open_staff_menu)
        self.activity.staff_touched.connect(self.window.staff_touched)
        self.window.staff_idle.timeout.connect(self.staff_session.staff_idle)
        self.window.demo_key.connect(self._demo_key)
        self.card_worker.busy_changed.connect(self._busy)
        self.shelter.new_opening.connect(self.network.new_opening)
        self.host.camera_failed.connect(self.camera.failed)
        self.camera.changed.connect(self.status.update)

    # -- start / stop ----------------------------------------------------------------------

    def start(self) -> None:
        if self.demo_panel is not None:
            self.demo_panel.show()
            top_right = self.window.geometry().topRight()
            self.demo_panel.move(top_right.x() - self.demo_panel.width() - 20, top_right.y() + 80)
        self.set_language(self.machine.view.language)
        self.window.show_view(self.machine.view)
        self.shelter.load_state()
        self.host.start()
        self.monitor.start()
        self.sync.start()
        self.store_state.refresh()
        if self.require_login and self.services.staff is not None:
            self.staff_session.show_login()
        elif self.require_login:
            log.warning("no staff accounts service: starting without a staff login")
        self.cards.start()
        self._camera_settings()
        self.status.update()
        self.network.refresh_qr()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.qapp.removeEventFilter(self.activity)
        self.network.stop()
        self.shelter.stop()
        self.sync.stop()
        self.monitor.stop()
        self.host.stop()
        # The staff pages' own workers read the store: stopped before it closes.
        self.registration.stop()
        self.roster.stop()
        self.card_worker.shutdown()
        self.store_worker.shutdown()
        self.camera_worker.shutdown()
        for closer in self.services.closers:
            try:
                closer()
            except Exception:
                log.exception("shutdown step failed")
        self.languages.clear()

    def quit(self) -> None:
        self.window.allow_close = True
        self.quit_requested.emit()
        self.window.close()
        QTimer.singleShot(0, self.qapp.quit)

    # -- the flow on screen ----------------------------------------------------------------

    def _render(self, view: FlowView) -> None:
        view = self.settings_control.at_view(view)
        self.languages.follow(view)
        self.window.show_view(view)

    def set_language(self, code: str) -> None:
        self.languages.set_language(code)

    def _shelter_state(self, state: ShelterState) -> None:
        """Closed (here or by a paired terminal's notice): nobody new checks in; open again:
        the idle screen is back."""
        self.host.send(CheckInFlow.shelter_closed, state is ShelterState.CLOSED)

    def _take_card(self, asking: bool) -> None:
        """The sign asking to take a card left on the reader, and its voice (after the idle
        prompt of the reset that led here, which would cut it off)."""
        self.window.ask_to_take_card(asking)
        if asking:
            QTimer.singleShot(0, self._say_take_card)

    def _say_take_card(self) -> None:
        if self.cards.take_card and not self.window.staff_mode:
            language = self.host.view.language
            text, spoken_language = texts.spoken_prompt(TAKE_CARD, language)
            self.speech.speak(TAKE_CARD, text, spoken_language)

    def _card_camera(self) -> Camera | None:
        """The card camera while the camera path is on and can read a card face."""
        if self.settings.camera.camera_mode is CameraMode.OFF:
            return None
        if self.services.card_face_reader is None:
            return None
        return self.services.card_camera

    def _camera_settings(self) -> None:
        """The camera mode on the consent screen, how the card is shown on the camera
        screens, and whether the camera works (asked again)."""
        camera = self.settings.camera
        consent = self.window.screens[ConsentScreen]
        assert isinstance(consent, ConsentScreen)
        consent.set_camera_mode(
            camera.camera_mode if self._card_camera() is not None else CameraMode.OFF
        )
        held_up = not camera.face_camera.strip() and camera.camera_mode is not CameraMode.CARD_FACE
        self.host.card_held_up = held_up
        for screen in self.window.screens.values():
            if isinstance(screen, CameraScreen):
                screen.set_card_held_up(held_up)
        if self._card_camera() is not None:
            # The models load now (once), in the background, before anyone's turn.
            faces = camera.camera_mode is not CameraMode.CARD_FACE
            self.camera_worker.submit(lambda: warm_up(faces), lambda _outcome: None)
        self.camera.check()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.qapp.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.qapp.restoreOverrideCursor()

    def _refresh_status(self) -> None:
        self.status.update()
        self.store_state.refresh()

    def _demo_key(self, number: int) -> None:
        demo = self.services.demo
        if demo is None:
            return
        names = demo.sample_names()
        if number == 9 or number > len(names):
            demo.remove()
        else:
            demo.insert(names[number - 1])

    def _logged_in(self) -> None:
        if self.settings.recording_blocked_reason() is not None:
            # Nothing can be recorded yet: the menu says why (and leads to the settings).
            self.staff_session.show_menu()
            self.shelter.logged_in()
            return
        self.shelter.logged_in()
        self.back_to_kiosk()

    # -- the staff screens' actions (kiosk.ui.staff.StaffActions) --------------------------

    def open_staff_menu(self) -> None:
        self.staff_session.open_staff_menu()

    def create_account(self, user_id: str, password: str, setup_code: str = "") -> str | None:
        return self.staff_session.create_account(user_id, password, setup_code)

    def log_in(self, user_id: str, password: str) -> str | None:
        return self.staff_session.log_in(user_id, password)

    def unlock_menu(self, password: str) -> str | None:
        problem = self.staff_session.unlock_menu(password)
        if problem is None:
            self.shelter.menu_unlocked()
        return problem

    def log_out(self) -> None:
        self.staff_session.log_out()

    def back_to_kiosk(self) -> None:
        self.staff_session.back_to_kiosk()

    def open_notice(self) -> None:
        self.shelter.open_notice()

    def close_notice(self) -> None:
        self.shelter.close_notice()

    def send_now(self) -> None:
        self.outbox.send_now()

    def retry_quarantined(self) -> None:
        self.outbox.retry_quarantined()

    def purge_personal_data(self) -> None:
        self.outbox.purge_personal_data()

    def acknowledge_recovery(self) -> None:
        self.outbox.acknowledge_recovery()

    def show_settings(self) -> None:
        self.window.settings_screen.load(self.settings)
        self.window.show_staff(self.window.settings_screen)

    def cancel_settings(self) -> None:
        self.staff_session.show_menu()

    def save_settings(self, new: Settings) -> str | None:
        problem = self.settings_control.save(new)
        if problem is not None:
            return problem
        self.window.staff_menu.set_message(
            QCoreApplication.translate("Settings", "Settings saved.")
        )
        self.staff_session.show_menu()
        self._camera_settings()
        self.shelter.settings_saved(new)
        self.network.refresh_qr()
        return None

    def show_lan(self) -> None:
        self.network.show()

    def lan_new_code(self) -> None:
        self.network.new_code()

    def lan_pair(self, code: str) -> None:
        self.network.pair(code)

    def lan_unpair(self) -> None:
        self.network.unpair()

    def ask(self, question: str) -> None:
        """The close notice, deleting personal data and quitting ask first."""
        self.window.confirm.ask(question)
        self.window.show_staff(self.window.confirm)

    def confirmed(self, question: str) -> None:
        match ConfirmQuestion(question):
            case ConfirmQuestion.CLOSE:
                self.close_notice()
            case ConfirmQuestion.PURGE:
                self.staff_session.show_menu()
                self.purge_personal_data()
            case ConfirmQuestion.QUIT:
                self.quit()

    def declined(self, question: str) -> None:
        if ConfirmQuestion(question) is ConfirmQuestion.QUIT:
            self.window.show_staff(self.window.closing)
        else:
            self.staff_session.show_menu()


def staff_idle_ms_for(settings: Settings) -> int:
    """The staff screens' idle time: the settings' staff value when there is one, else
    STAFF_IDLE_S."""
    seconds = getattr(settings.ui, "staff_idle_timeout_s", None)
    return int(
        (seconds if isinstance(seconds, int | float) and seconds > 0 else STAFF_IDLE_S) * 1000
    )


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
    theme.load_shipped_fonts()
    return app


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
        self.login.set_mode(LoginMode.QUIT)
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
        return account_problem(None)

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
    app, kiosk = launch(windowed, demo)
    try:
        return app.exec()
    finally:
        kiosk.shutdown()


def launch(windowed: bool, demo: bool) -> tuple[QApplication, KioskApp | StartupFailure]:
    """Everything :func:`run` does before Qt's event loop: the logs, the settings, the
    services (``kiosk.ui.services.build``), the window shown, the kiosk started. The caller
    runs ``app.exec()`` and then ``kiosk.shutdown()`` (tests/lan/kiosk_driver.py does too)."""
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
    return app, kiosk
