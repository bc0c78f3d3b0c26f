"""Staff screens: first account, login, the hidden menu, settings, status and closing.

These screens talk to :class:`StaffActions` (implemented by the composition root in
kiosk/ui/app.py), which does the work: checking passwords, queuing notices, saving settings.
"""

from __future__ import annotations

import copy
import hmac
import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow.shelter import ShelterState
from kiosk.lan.sender import PeerStatus
from kiosk.settings import Settings, SettingsLoadReport, SettingsProblem
from kiosk.staff import ConfirmQuestion, LoginMode
from kiosk.store import DeadRecord, PurgeResult, PurgeStatus, QuarantineReason, StoreCondition
from kiosk.sync.status import SyncProblem, SyncStatus
from kiosk.ui import i18n
from kiosk.ui.bridges import StoreState, SyncStatusBridge
from kiosk.ui.camera_settings import CameraSettingsRows
from kiosk.ui.i18n import QT_TRANSLATE_NOOP
from kiosk.ui.keyboard import TouchKeyboard
from kiosk.ui.staff_lan import NetworkSettingsRows
from kiosk.ui.widgets import BigButton, IconLabel, forget_history, label, panel


class LoginActions(Protocol):
    """What the staff login screen calls (the kiosk, or the start-up failure's quit)."""

    def create_account(self, user_id: str, password: str, setup_code: str = "") -> str | None:
        """None on success, else a translated message."""

    def log_in(self, user_id: str, password: str) -> str | None: ...

    def unlock_menu(self, password: str) -> str | None: ...

    def back_to_kiosk(self) -> None: ...


class StaffActions(LoginActions, Protocol):
    """Everything the staff screens call (implemented by kiosk.ui.app.KioskApp)."""

    def open_notice(self) -> None: ...

    def close_notice(self) -> None: ...

    def send_now(self) -> None: ...

    def retry_quarantined(self) -> None: ...

    def purge_personal_data(self) -> None: ...

    def acknowledge_recovery(self) -> None:
        """Staff have read the report of a repaired record database."""

    def log_out(self) -> None: ...

    def show_settings(self) -> None: ...

    def save_settings(self, settings: Settings) -> str | None: ...

    def cancel_settings(self) -> None: ...

    def quit(self) -> None: ...

    def ask(self, question: str) -> None:
        """Show the confirmation for ``question`` (one of ConfirmScreen.QUESTIONS)."""

    def confirmed(self, question: str) -> None: ...

    def declined(self, question: str) -> None: ...

    def show_lan(self) -> None:
        """The "Shelter LAN" page (pairing, the peers, the phone page's certificate)."""

    def lan_new_code(self) -> None:
        """Pair this terminal with a new shelter code, off the UI thread: the code (or the
        problem) reaches the page when done (LanScreen.show_code / error)."""

    def lan_pair(self, code: str) -> None:
        """Pair with the code staff typed, off the UI thread: a problem reaches the page's
        error line when done."""

    def lan_unpair(self) -> None: ...


class StaffScreen(QWidget):
    def __init__(self, metrics_height: int = 800) -> None:
        super().__init__()
        self.unit = max(1.0, metrics_height / 800)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(round(32 * self.unit), 20, round(32 * self.unit), 20)
        self.root.setSpacing(round(12 * self.unit))

    def retranslate(self) -> None: ...

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StaffLoginScreen(StaffScreen):
    """Three modes: create the first account, log in at start-up, unlock the hidden menu."""

    CREATE, LOGIN, UNLOCK, QUIT = (
        LoginMode.CREATE,
        LoginMode.LOGIN,
        LoginMode.UNLOCK,
        LoginMode.QUIT,
    )

    def __init__(self, actions: LoginActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.login_actions = actions
        self.mode = self.LOGIN
        #: Where the shelter is in its lifecycle (the LOGIN mode's words follow it).
        self.shelter_state = ShelterState.NOT_OPENED
        self._unlock_user = ""
        header = QHBoxLayout()
        header.addWidget(IconLabel("staff", 56))
        self.title = label("", "title")
        header.addWidget(self.title, 1)
        self.root.addLayout(header)
        self.explain = label("")
        form = QFormLayout()
        # Four rows when the first account is made (with the set-up code): kept compact so
        # the screen fits 1280x800 under the demo band too.
        form.setVerticalSpacing(4)
        self.user_caption = label("", wrap=False)
        self.user = QLineEdit()
        self.user.setObjectName("user_id")
        form.addRow(self.user_caption, self.user)
        self.password_caption = label("", wrap=False)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.password_caption, self.password)
        self.repeat_caption = label("", wrap=False)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.user, self.password, self.repeat):
            forget_history(field)
        form.addRow(self.repeat_caption, self.repeat)
        # The first account needs IT's one-time set-up code (python -m kiosk.staff setup-code).
        self.setup_caption = label("", wrap=False)
        self.setup_code = QLineEdit()
        self.setup_code.setObjectName("setup_code")
        forget_history(self.setup_code)
        form.addRow(self.setup_caption, self.setup_code)
        self.form = form
        # The form on the left, the on-screen keyboard on the right (no hardware keyboard
        # needed) with the error under it: side by side, so the four rows of the first
        # account fit 1280x800.
        body = QHBoxLayout()
        body.setSpacing(round(24 * self.unit))
        column = QVBoxLayout()
        column.addWidget(self.explain)
        column.addLayout(form)
        column.addStretch(1)
        body.addLayout(column, 4)
        keys = QVBoxLayout()
        self.keyboard = TouchKeyboard()
        self.keyboard.serve(self.user, self.password, self.repeat, self.setup_code)
        keys.addWidget(self.keyboard)
        self.error = label("")
        self.error.setObjectName("error")
        keys.addWidget(self.error)
        keys.addStretch(1)
        body.addLayout(keys, 5)
        self.root.addLayout(body, 1)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self._cancel)
        self.submit = BigButton("check", "primary")
        self.submit.setObjectName("submit")
        self.submit.clicked.connect(self._submit)
        for field in (self.user, self.password, self.repeat, self.setup_code):
            field.returnPressed.connect(lambda f=field: self._enter(f))
        row = QHBoxLayout()
        row.addWidget(self.cancel, 1)
        row.addWidget(self.submit, 1)
        self.root.addLayout(row)
        self.retranslate()

    def set_shelter_state(self, state: ShelterState) -> None:
        self.shelter_state = state
        self.retranslate()

    def set_mode(self, mode: LoginMode, user_id: str = "") -> None:
        """``user_id``: in UNLOCK mode, the logged-in staff member's id. It is never put on
        screen (anyone can long-press the corner): staff type their own, and it must match."""
        self.mode = mode
        self._unlock_user = user_id if mode == self.UNLOCK else ""
        self.user.setText("")
        self.password.setText("")
        self.repeat.setText("")
        self.setup_code.setText("")
        self.error.clear()
        creating = mode == self.CREATE
        for field in (self.repeat, self.setup_code):
            # The whole row (a hidden widget alone still leaves the row's spacing).
            self.form.setRowVisible(field, creating)
        self.cancel.setVisible(mode in (self.UNLOCK, self.QUIT))
        self.retranslate()
        self.user.setFocus()
        self.keyboard.reset()
        self.keyboard.set_target(self.user)

    def retranslate(self) -> None:
        titles = {
            self.CREATE: QCoreApplication.translate("Staff", "Create the first staff account"),
            self.LOGIN: self._login_title(),
            self.UNLOCK: QCoreApplication.translate("Staff", "Staff menu: enter your password"),
            self.QUIT: QCoreApplication.translate("Staff", "Staff login to quit the kiosk"),
        }
        explains = {
            self.CREATE: QCoreApplication.translate(
                "Staff",
                "No staff account exists on this kiosk yet. Choose a user ID and a password "
                "of at least 10 characters.",
            ),
            self.LOGIN: self._login_explain(),
            self.UNLOCK: QCoreApplication.translate(
                "Staff", "Only shelter staff may open this menu."
            ),
            self.QUIT: QCoreApplication.translate(
                "Staff", "Only shelter staff may quit the kiosk."
            ),
        }
        self.title.setText(titles[self.mode])
        self.explain.setText(explains[self.mode])
        self.user_caption.setText(QCoreApplication.translate("Staff", "User ID"))
        self.password_caption.setText(QCoreApplication.translate("Staff", "Password"))
        self.repeat_caption.setText(QCoreApplication.translate("Staff", "Password again"))
        self.setup_caption.setText(QCoreApplication.translate("Staff", "Set-up code from IT"))
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.submit.setText(
            QCoreApplication.translate("Staff", "Create account")
            if self.mode == self.CREATE
            else QCoreApplication.translate("Staff", "Log in")
        )

    def _login_title(self) -> str:
        if self.shelter_state is ShelterState.CLOSED:
            return QCoreApplication.translate("Staff", "The shelter is closed")
        return QCoreApplication.translate("Staff", "Staff login")

    def _login_explain(self) -> str:
        """What the login does, by the shelter's lifecycle (docs/ui.md)."""
        if self.shelter_state is ShelterState.OPEN:
            return QCoreApplication.translate(
                "Staff", "The shelter is open. Log in to start the kiosk: no notice is sent."
            )
        if self.shelter_state is ShelterState.CLOSED:
            return QCoreApplication.translate(
                "Staff",
                "Staff must open it again: log in to open the shelter. The management system "
                "is told it opened.",
            )
        return QCoreApplication.translate(
            "Staff", "Log in to open the shelter. The management system is told it opened."
        )

    def _submit(self) -> None:
        user, password = self.user.text().strip(), self.password.text()
        if self.mode == self.CREATE:
            if password != self.repeat.text():
                self.error.setText(
                    QCoreApplication.translate("Staff", "The two passwords are not the same.")
                )
                return
            problem = self.login_actions.create_account(
                user, password, self.setup_code.text().strip()
            )
        elif self.mode in (self.LOGIN, self.QUIT):
            problem = self.login_actions.log_in(user, password)
        elif not hmac.compare_digest(user.encode(), self._unlock_user.encode()):
            # Only the staff member who logged in may open the menu (no password is tried).
            problem = QCoreApplication.translate("Staff", "User ID or password is not correct.")
        else:
            problem = self.login_actions.unlock_menu(password)
        self.password.setText("")
        self.repeat.setText("")
        if problem:
            self.error.setText(problem)

    def _enter(self, field: QLineEdit) -> None:
        """Enter: on to the next field shown, or submit from the last one."""
        fields = [f for f in (self.user, self.password, self.repeat, self.setup_code)]
        later = [f for f in fields[fields.index(field) + 1 :] if f.isVisible()]
        if not later:
            self._submit()
            return
        later[0].setFocus()
        self.keyboard.set_target(later[0])

    def _cancel(self) -> None:
        self.password.setText("")
        self.login_actions.back_to_kiosk()

    def forget(self) -> None:
        """Nobody typed for a while: empty the password fields (the mode stays)."""
        self.set_mode(self.mode, self._unlock_user)


class StaffMenuScreen(StaffScreen):
    def __init__(self, actions: StaffActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        body = QHBoxLayout()
        body.setSpacing(24)
        buttons = QVBoxLayout()
        self.settings = BigButton("settings", center=False)
        self.settings.setObjectName("menu_settings")
        self.settings.clicked.connect(actions.show_settings)
        self.open = BigButton("open", center=False)
        self.open.setObjectName("menu_open")
        self.open.clicked.connect(actions.open_notice)
        self.close_shelter = BigButton("close", center=False)
        self.close_shelter.setObjectName("menu_close")
        self.close_shelter.clicked.connect(lambda: actions.ask(ConfirmScreen.CLOSE))
        self.logout = BigButton("logout", center=False)
        self.logout.setObjectName("menu_logout")
        self.logout.clicked.connect(actions.log_out)
        self.back = BigButton("back", "primary")
        self.back.setObjectName("menu_back")
        self.back.clicked.connect(actions.back_to_kiosk)
        for button in (self.settings, self.open, self.close_shelter, self.logout):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        body.addLayout(buttons, 2)
        outbox = QVBoxLayout()
        # People without a card (kiosk.ui.staff_registration; the controller connects it).
        self.registration = BigButton("staff", center=False)
        self.registration.setObjectName("menu_registration")
        outbox.addWidget(self.registration)
        # Who is in, the counts, export, training mode (kiosk.ui.staff_roster; its controller).
        self.roster = BigButton("info", center=False)
        self.roster.setObjectName("menu_roster")
        outbox.addWidget(self.roster)
        self.send_now = BigButton("online", center=False)
        self.send_now.setObjectName("menu_send_now")
        self.send_now.clicked.connect(actions.send_now)
        self.retry = BigButton("warning", center=False)
        self.retry.setObjectName("menu_retry_quarantined")
        self.retry.clicked.connect(actions.retry_quarantined)
        self.purge = BigButton("cross", center=False)
        self.purge.setObjectName("menu_purge")
        self.purge.clicked.connect(lambda: actions.ask(ConfirmScreen.PURGE))
        for button in (self.send_now, self.retry, self.purge):
            outbox.addWidget(button)
        outbox.addStretch(1)
        body.addLayout(outbox, 2)
        status, status_layout = panel()
        self.status_title = label("", "small")
        status_layout.addWidget(self.status_title)
        self.status_rows: dict[str, QLabel] = {}
        # The rows scroll: a damaged settings file and a sending problem take many lines.
        rows_widget = QWidget()
        rows_widget.setObjectName("status_rows")
        rows_layout = QVBoxLayout(rows_widget)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        # What staff just did and what needs them come first; the rest below.
        rows = (
            "message",
            "store",
            "settings",
            "problem",
            "on_hold",
            "connection",
            "waiting",
            "last_sync",
            "reader",
        )
        for key in rows:
            row = label("", "small")
            row.setObjectName(f"status_{key}")
            row.setProperty("role", "small")  # the object name is taken: the style by role
            rows_layout.addWidget(row)
            self.status_rows[key] = row
            if key == "store":
                # A repaired database's report stays until a staff member has read it.
                self.acknowledge = BigButton("check", center=False)
                self.acknowledge.setObjectName("store_acknowledge")
                self.acknowledge.clicked.connect(actions.acknowledge_recovery)
                self.acknowledge.hide()
                rows_layout.addWidget(self.acknowledge)
        rows_layout.addStretch(1)
        self.status_scroll = QScrollArea()
        self.status_scroll.setObjectName("status_scroll")
        self.status_scroll.setWidgetResizable(True)
        self.status_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status_scroll.setWidget(rows_widget)
        status_layout.addWidget(self.status_scroll, 3)
        self.log_tail = QPlainTextEdit()
        self.log_tail.setReadOnly(True)
        self.log_tail.setObjectName("log_tail")
        self.log_tail.setMaximumBlockCount(200)
        status_layout.addWidget(self.log_tail, 1)
        body.addWidget(status, 3)
        self.root.addLayout(body, 1)
        self.sync = SyncStatus()
        self.reader_text = ""
        self.message = ""
        self.settings_report: SettingsLoadReport | None = None
        self.recording_blocked: SettingsProblem | None = None
        self.store_state = StoreState()
        self.log_lines: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Staff", "Staff menu"))
        self.settings.setText(QCoreApplication.translate("Staff", "App settings"))
        self.open.setText(QCoreApplication.translate("Staff", "Send shelter open notice"))
        self.close_shelter.setText(
            QCoreApplication.translate("Staff", "Send shelter close notice and quit")
        )
        self.logout.setText(QCoreApplication.translate("Staff", "Log out (quit the app)"))
        self.back.setText(QCoreApplication.translate("Staff", "Back to the kiosk"))
        self.status_title.setText(QCoreApplication.translate("Staff", "Status"))
        self.registration.setText(QCoreApplication.translate("Staff", "People without a card"))
        self.roster.setText(QCoreApplication.translate("Roster", "Roster and counts"))
        self.send_now.setText(QCoreApplication.translate("Staff", "Send now"))
        self.retry.setText(QCoreApplication.translate("Staff", "Retry records on hold"))
        self.purge.setText(QCoreApplication.translate("Staff", "Delete personal data now"))
        self.acknowledge.setText(QCoreApplication.translate("Store", "I have read this"))
        self.render_status()
        self._render_log()

    def set_status(self, sync: SyncStatus, reader_text: str, log_lines: list[str]) -> None:
        self.sync = sync
        self.reader_text = reader_text
        self.render_status()
        self.log_lines = log_lines[-50:]
        self._render_log()

    def _render_log(self) -> None:
        """The log in the current language, newest first (log_text)."""
        self.log_tail.setPlainText("\n".join(log_text(line) for line in reversed(self.log_lines)))

    def set_message(self, message: str) -> None:
        self.message = message
        self.render_status()

    def set_settings_state(
        self, report: SettingsLoadReport | None, blocked: SettingsProblem | None
    ) -> None:
        """What loading the settings found, and why the kiosk may not record (if it may not)."""
        self.settings_report = report
        self.recording_blocked = blocked
        self.render_status()

    def set_store_state(self, state: StoreState) -> None:
        """The record database's condition and the records on hold (kiosk.store)."""
        self.store_state = state
        self.render_status()

    def render_status(self) -> None:
        sync = self.sync
        if sync.auth_rejected:
            connection = QCoreApplication.translate(
                "Staff", "Connection: the server refused the API token. Check the settings."
            )
        elif sync.server_rejected:
            connection = QCoreApplication.translate(
                "Staff", "Connection: the server refused the records (see its error)."
            )
        elif sync.online is None:
            connection = QCoreApplication.translate(
                "Staff", "Connection: no management API configured"
            )
        elif sync.online:
            connection = QCoreApplication.translate("Staff", "Connection: online")
        else:
            connection = QCoreApplication.translate("Staff", "Connection: OFFLINE")
        self.status_rows["connection"].setText(connection)
        self.status_rows["waiting"].setText(
            QCoreApplication.translate(
                "Staff", "Records waiting: {waiting}, quarantined: {quarantined}"
            ).format(waiting=sync.waiting, quarantined=sync.quarantined)
        )
        last = sync.last_success_at
        self.status_rows["last_sync"].setText(
            QCoreApplication.translate("Staff", "Last sync: {time}").format(
                time=last.astimezone().strftime("%Y-%m-%d %H:%M:%S") if last else "—"
            )
        )
        problem = sync_problem_text(sync)
        self.status_rows["problem"].setText(problem)
        self.status_rows["problem"].setVisible(bool(problem))
        notes = settings_notes(self.settings_report, self.recording_blocked)
        self.status_rows["settings"].setText("\n".join(notes))
        self.status_rows["settings"].setVisible(bool(notes))
        self.status_rows["reader"].setText(
            QCoreApplication.translate("Staff", "Reader: {state}").format(
                state=self.reader_text or "—"
            )
        )
        self.status_rows["message"].setText(self.message)
        self.status_rows["message"].setVisible(bool(self.message))
        store = store_condition_text(self.store_state)
        self.status_rows["store"].setText(store)
        self.status_rows["store"].setVisible(bool(store))
        self.acknowledge.setVisible(self.store_state.condition is StoreCondition.RECOVERED)
        on_hold = on_hold_text(self.store_state.on_hold, sync.quarantined)
        self.status_rows["on_hold"].setText(on_hold)
        self.status_rows["on_hold"].setVisible(bool(on_hold))


#: The events of the kiosk's log that staff see in their words: (the message as logged, a
#: regular expression whose named groups fill the text's placeholders; the text, context
#: "StaffLog"). A line that matches none is shown as LOG_OTHER with the logging module's name.
LOG_EVENTS: tuple[tuple[str, str], ...] = (
    (r"staff logged in", QT_TRANSLATE_NOOP("StaffLog", "A staff member logged in.")),
    (r"staff logged out", QT_TRANSLATE_NOOP("StaffLog", "A staff member logged out.")),
    (
        r"staff login refused: (?P<code>\w+)",
        QT_TRANSLATE_NOOP("StaffLog", "A staff login was refused ({code})."),
    ),
    (
        r"staff screen left untouched: back to the kiosk",
        QT_TRANSLATE_NOOP("StaffLog", "A staff screen was left untouched: back to the kiosk."),
    ),
    (
        r"(first )?staff account created.*",
        QT_TRANSLATE_NOOP("StaffLog", "A staff account was created."),
    ),
    (r"card reader missing", QT_TRANSLATE_NOOP("StaffLog", "The card reader is missing.")),
    (
        r"card error in the flow: (?P<code>\w+)",
        QT_TRANSLATE_NOOP("StaffLog", "A card could not be read ({code})."),
    ),
    (
        r"record database: (?P<code>\w+)",
        QT_TRANSLATE_NOOP(
            "StaffLog", "The record database needs attention ({code}). See the status."
        ),
    ),
    (
        r"sync: the management server is reachable again",
        QT_TRANSLATE_NOOP("StaffLog", "The management server can be reached again."),
    ),
    (
        r"sync: request failed \((?P<code>[^)]*)\).*",
        QT_TRANSLATE_NOOP("StaffLog", "Sending failed ({code}). The kiosk tries again by itself."),
    ),
    (
        r"sync: the close notice waits for earlier records",
        QT_TRANSLATE_NOOP("StaffLog", "The close notice waits until the earlier records are sent."),
    ),
    (
        r"sending stopped: (?P<code>\w+)",
        QT_TRANSLATE_NOOP("StaffLog", "Sending stopped ({code}). See the status."),
    ),
    (r"language: \w+", QT_TRANSLATE_NOOP("StaffLog", "The screen language was changed.")),
    (
        r"demo mode: data folder .*",
        QT_TRANSLATE_NOOP("StaffLog", "Demo: the practice data has its own folder."),
    ),
    (
        r"demo: reference management server on (?P<url>\S+)",
        QT_TRANSLATE_NOOP("StaffLog", "Demo: the practice management server runs at {url}."),
    ),
    (
        r"demo: placing sample card \w+",
        QT_TRANSLATE_NOOP("StaffLog", "Demo: a sample card was placed."),
    ),
    (
        r"demo: removing the card",
        QT_TRANSLATE_NOOP("StaffLog", "Demo: the sample card was taken away."),
    ),
)
#: Log events whose sentence a staff screen already says: (message, context, text).
LOG_EVENTS_SHARED: tuple[tuple[str, str, str], ...] = (
    (r"shelter_open queued", "Staff", QT_TRANSLATE_NOOP("Staff", "Shelter open notice queued.")),
    (r"shelter_close queued", "Staff", QT_TRANSLATE_NOOP("Staff", "Shelter close notice queued")),
    (
        r"shelter_(open|close) not queued: \w+",
        "Staff",
        QT_TRANSLATE_NOOP("Staff", "The notice was not recorded: the kiosk cannot record yet."),
    ),
    (
        r"sync: the terminal's clock differs from the server's by -?(?P<minutes>\d+) min",
        "SyncProblem",
        QT_TRANSLATE_NOOP(
            "SyncProblem",
            "This terminal's clock is {minutes} minutes off. Please set the date and time.",
        ),
    ),
    (
        r"(?P<count>\d+) quarantined record\(s\) queued again",
        "Staff",
        QT_TRANSLATE_NOOP("Staff", "Quarantined records queued again: {count}"),
    ),
)
#: A log line of no known event: never its English text, only where it came from.
LOG_OTHER = QT_TRANSLATE_NOOP("StaffLog", "Technical message for IT ({code})")
#: A line of the kiosk's log as kiosk.logging_setup.LOG_FORMAT writes it.
_LOG_LINE = re.compile(
    r"\d{4}-\d\d-\d\d (?P<time>\d\d:\d\d:\d\d),\d+ (?P<level>[A-Z]+) (?P<name>\S+) \[[^\]]*\] "
    r"(?P<message>[^\n]*)"
)


def log_text(line: str) -> str:
    """One log line for the staff panel: its time, a sign for a warning or an error, and
    the event in the current language (no developer English: LOG_EVENTS, else LOG_OTHER)."""
    parsed = _LOG_LINE.match(line)
    if parsed is None:
        return QCoreApplication.translate("StaffLog", LOG_OTHER).format(code="?")
    text = QCoreApplication.translate("StaffLog", LOG_OTHER).format(code=parsed["name"])
    events = [(pattern, "StaffLog", text) for pattern, text in LOG_EVENTS]
    for pattern, context, source in (*events, *LOG_EVENTS_SHARED):
        event = re.fullmatch(pattern, parsed["message"])
        if event is not None:
            text = QCoreApplication.translate(context, source).format(**event.groupdict())
            break
    sign = "⚠ " if parsed["level"] in ("WARNING", "ERROR", "CRITICAL") else ""
    return f"{parsed['time']}  {sign}{text}"


#: What each sending problem means and what staff can do, in staff words (context
#: "SyncProblem"). Placeholders: {minutes} (clock_wrong), %n (claims_stranded: a plural).
SYNC_PROBLEMS: dict[SyncProblem, str] = {
    SyncProblem.OFFLINE: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The kiosk cannot reach the management server. Check the network cable or Wi-Fi. "
        "Records wait on this kiosk and are sent when the connection is back.",
    ),
    SyncProblem.DNS_FAILED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server's name cannot be found. Check the network; if it works, IT must check "
        "the API URL in the settings. Records wait on this kiosk.",
    ),
    SyncProblem.TLS_FAILED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server's certificate is not trusted. If the city uses its own certificate "
        "authority, IT must set the CA file in the settings. Records wait on this kiosk.",
    ),
    SyncProblem.TIMEOUT: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server did not answer in time. The kiosk tries again by itself. "
        "Records wait on this kiosk.",
    ),
    SyncProblem.CONNECTION_RESET: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The connection dropped while sending. The kiosk sends again by itself; "
        "the server does not count a record twice.",
    ),
    SyncProblem.ANSWER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server's answer was too large. Nothing is lost; the kiosk tries again. "
        "If this stays, tell IT.",
    ),
    SyncProblem.NOT_THE_API: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The network answered with another page (a Wi-Fi sign-in page?), not the management "
        "server. Sign in to the network or use another one. Records wait on this kiosk.",
    ),
    SyncProblem.WRONG_URL: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The API URL in the settings does not lead to the management server. "
        "IT must check the URL. Records wait on this kiosk.",
    ),
    SyncProblem.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server asked the kiosk to send more slowly. The kiosk waits and tries again "
        "by itself.",
    ),
    SyncProblem.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The management server has a problem of its own. The kiosk tries again by itself. "
        "Records wait on this kiosk.",
    ),
    SyncProblem.AUTH_REJECTED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server refused the API token. Nothing is sent until the correct token is set "
        "in the settings.",
    ),
    SyncProblem.SERVER_REJECTED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server refused all records: probably a settings problem (is the shelter ID "
        "registered?). Check the settings, then press Send now.",
    ),
    SyncProblem.CONFLICT_QUARANTINED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "A record is on hold: the server already has a different record with the same ID. "
        "Tell IT. The record stays on this kiosk.",
    ),
    SyncProblem.RECORD_REJECTED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.",
    ),
    SyncProblem.RECORD_RETRY: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server asked to send some records again later. The kiosk does this by itself.",
    ),
    SyncProblem.NOT_ACKNOWLEDGED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The server did not confirm every record. The kiosk sends the others again by itself.",
    ),
    SyncProblem.CLOCK_WRONG: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "This terminal's clock is {minutes} minutes off. Please set the date and time.",
    ),
    SyncProblem.STORAGE_FULL: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The kiosk's disk is full: new check-ins may not be saved. Tell IT at once. "
        "Do not delete any files.",
    ),
    SyncProblem.STORAGE_FAILED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The kiosk's record database has a problem. Tell IT at once. Do not delete any files.",
    ),
    SyncProblem.CLAIMS_STRANDED: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "%n records were left 'in flight' by a sender that stopped; they will be sent "
        "again within 10 minutes or after a restart.",
        None,
        1,
    ),
    SyncProblem.INSECURE_URL: QT_TRANSLATE_NOOP(
        "SyncProblem",
        "The API URL starts with http://, which is allowed only to this machine. IT must "
        "set an https:// URL in the settings. Nothing was sent.",
    ),
}


def sync_problem_text(sync: SyncStatus) -> str:
    """The current sending problem in the current language: what it means, what staff can
    do, then the details IT needs (HTTP status, server code, record id). "" when none."""
    if sync.problem is None:
        return ""
    offset = sync.clock_offset_minutes
    text = i18n.translate_counted("SyncProblem", SYNC_PROBLEMS[sync.problem], sync.stranded).format(
        minutes=abs(offset) if offset is not None else "?"
    )
    details = []
    if sync.http_status:
        details.append(f"HTTP {sync.http_status}")
    if sync.server_code:
        details.append(
            QCoreApplication.translate("SyncProblem", "server code {code}").format(
                code=sync.server_code
            )
        )
    if sync.problem_event_id:
        details.append(
            QCoreApplication.translate("SyncProblem", "record {record}").format(
                record=sync.problem_event_id
            )
        )
    if details:
        text += "\n" + QCoreApplication.translate("SyncProblem", "For IT: {details}").format(
            details=", ".join(details)
        )
    return text


#: What a purge did (kiosk.store PurgeStatus), in staff words. Plural %n: the
#: records whose personal data was deleted (PURGED, PENDING) or not yet received (UNSENT).
PURGE_MESSAGES: dict[PurgeStatus, str] = {
    PurgeStatus.PURGED: QT_TRANSLATE_NOOP(
        "Staff", "Personal data deleted from %n records.", None, 1
    ),
    PurgeStatus.PENDING: QT_TRANSLATE_NOOP(
        "Staff",
        "Personal data deleted from %n records. The database file is rewritten in a "
        "moment to remove old copies; the kiosk does this by itself.",
        None,
        1,
    ),
    PurgeStatus.NOTHING_LEFT: QT_TRANSLATE_NOOP("Staff", "No personal data left to delete."),
    PurgeStatus.NOT_CLOSED: QT_TRANSLATE_NOOP(
        "Staff", "Not deleted: send the shelter close notice first."
    ),
    PurgeStatus.UNSENT: QT_TRANSLATE_NOOP(
        "Staff",
        "Not deleted: %n records are not yet received by the server. Press Send now "
        "and try again when they are sent.",
        None,
        1,
    ),
    PurgeStatus.DELAY_NOT_PASSED: QT_TRANSLATE_NOOP(
        "Staff", "Not deleted: the waiting time after the close has not passed yet."
    ),
}


def purge_message(result: PurgeResult) -> str:
    """Staff's sentence for what a purge did (by its typed status, never its English reason)."""
    count = result.unsent if result.status is PurgeStatus.UNSENT else result.purged
    return i18n.translate_counted("Staff", PURGE_MESSAGES[result.status], count)


#: Why a record is on hold (kiosk.store QuarantineReason), in staff words.
QUARANTINE_REASONS: dict[QuarantineReason, str] = {
    QuarantineReason.SERVER: QT_TRANSLATE_NOOP("Quarantine", "the server refused it"),
    QuarantineReason.UNDECRYPTABLE: QT_TRANSLATE_NOOP(
        "Quarantine", "its personal data cannot be opened on this kiosk (another key, or damaged)"
    ),
    QuarantineReason.TAMPERED: QT_TRANSLATE_NOOP(
        "Quarantine", "its details do not match their seal (changed or damaged)"
    ),
    QuarantineReason.UNREADABLE: QT_TRANSLATE_NOOP(
        "Quarantine", "it holds a value this kiosk version does not know (a newer version?)"
    ),
}


def on_hold_text(records: tuple[DeadRecord, ...], total: int) -> str:
    """The records on hold, one line each: id and why (no personal data). "" when none."""
    if not records:
        return ""
    lines = [QCoreApplication.translate("Quarantine", "Records on hold (tell IT):")]
    for record in records:
        reason = QCoreApplication.translate("Quarantine", QUARANTINE_REASONS[record.reason])
        lines.append(
            QCoreApplication.translate("Quarantine", "record {record}: {reason}").format(
                record=record.event_id, reason=reason
            )
        )
    if total > len(records):
        lines.append(
            QCoreApplication.translate("Quarantine", "and {count} more").format(
                count=total - len(records)
            )
        )
    return "\n".join(lines)


#: The record database's condition (kiosk.store StoreCondition), for staff.
STORE_CORRUPT = QT_TRANSLATE_NOOP(
    "Store",
    "The record database is damaged and could not be repaired. This kiosk cannot record "
    "anything: people are told to see staff. Register people by hand and call IT. "
    "IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.",
)
#: Lost record ids shown at most (the rest are counted; IT finds all in the outbox status).
SHOWN_LOST_IDS = 3


#: Context of plural texts (``%n``): see kiosk.ui.i18n.Context.
Store = i18n.Context("Store")


def store_condition_text(state: StoreState) -> str:
    """What staff must know about the record database: a repair's report (saved, lost with
    ids, on hold, the damaged file kept) or that it is damaged beyond repair. "" when well."""
    if state.condition is StoreCondition.CORRUPT:
        return QCoreApplication.translate("Store", STORE_CORRUPT)
    report = state.report
    if state.condition is not StoreCondition.RECOVERED or report is None:
        return ""
    parts = [
        Store.tr(
            "The record database was damaged. %n records were saved into a new "
            "database; those not yet sent will be sent.",
            "",
            report.salvaged,
        )
    ]
    if report.lost is None:
        parts.append(
            QCoreApplication.translate("Store", "How many records could not be read is not known.")
        )
    elif report.lost and report.lost_ids:
        ids = ", ".join(report.lost_ids[:SHOWN_LOST_IDS])
        if len(report.lost_ids) > SHOWN_LOST_IDS:
            ids += " …"
        parts.append(
            Store.tr("%n records could not be read (ids: {ids}).", "", report.lost).format(ids=ids)
        )
    elif report.lost:
        parts.append(Store.tr("%n records could not be read.", "", report.lost))
    if report.quarantined:
        parts.append(
            Store.tr(
                "%n records were put on hold: they failed their check.",
                "",
                len(report.quarantined),
            )
        )
    parts.append(
        QCoreApplication.translate(
            "Store", "The damaged file was kept as {name} for IT. Do not delete it."
        ).format(name=report.moved_to)
    )
    return " ".join(parts)


def settings_notes(report: SettingsLoadReport | None, blocked: SettingsProblem | None) -> list[str]:
    """What staff must know about the settings: a damaged file set aside (where), values
    back at their defaults, and why the kiosk cannot record."""
    notes = []
    if report is not None and report.moved_aside_to is not None:
        notes.append(
            QCoreApplication.translate(
                "Staff",
                "The settings file was damaged. It was set aside as {path}; "
                "the values that could be read were kept.",
            ).format(path=report.moved_aside_to)
        )
        if report.unreadable_lines:
            notes.append(
                QCoreApplication.translate("Staff", "Lines that could not be read: {lines}").format(
                    lines=", ".join(str(n) for n in report.unreadable_lines)
                )
            )
    if report is not None and report.reset_keys:
        notes.append(
            QCoreApplication.translate(
                "Staff", "These settings were not usable and are back at their defaults: {keys}"
            ).format(keys=", ".join(report.reset_keys))
        )
    if blocked is not None and blocked.code == "shelter_id_missing":
        notes.append(
            QCoreApplication.translate(
                "Staff",
                "This kiosk cannot record anything until the shelter ID is set. "
                "Open App settings and enter it.",
            )
        )
    elif blocked is not None:
        notes.append(
            QCoreApplication.translate(
                "Staff",
                "This terminal has lost its ID (damaged settings). It cannot record anything "
                "until IT restores the terminal_id file.",
            )
        )
    return notes


class Stepper(QWidget):
    """A number changed only by its big - and + buttons (held down, they repeat): no arrows
    a finger misses, and a mouse wheel or a stray scroll over it changes nothing."""

    def __init__(self, name: str, minimum: int, maximum: int, step: int = 1) -> None:
        super().__init__()
        self.setObjectName(name)
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self.number = minimum
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.less = BigButton()
        self.less.setObjectName(f"{name}_less")
        self.more = BigButton()
        self.more.setObjectName(f"{name}_more")
        self.shown = label("", "subtitle", wrap=False, center=True)
        self.shown.setObjectName(f"{name}_value")
        for button, sign, direction in ((self.less, "−", -1), (self.more, "+", 1)):
            button.setText(sign)
            button.setProperty("variant", "key")
            button.setAutoRepeat(True)
            button.clicked.connect(
                lambda _=False, d=direction: self.setValue(self.number + d * step)
            )
        row.addWidget(self.less)
        row.addWidget(self.shown, 1)
        row.addWidget(self.more)
        row.addStretch(1)
        self.setValue(minimum)

    def value(self) -> int:
        return self.number

    def setValue(self, value: int) -> None:  # noqa: N802 - reads like Qt's spin box
        self.number = max(self.minimum, min(self.maximum, value))
        self.shown.setText(str(self.number))
        self.less.setEnabled(self.number > self.minimum)
        self.more.setEnabled(self.number < self.maximum)


class ChoiceButtons(QWidget):
    """One big button per choice (the chosen one with a tick): a value changes only when a
    button is touched, never by a wheel or a scroll over it."""

    def __init__(self, name: str, choices: list[tuple[str, str]], columns: int = 4) -> None:
        super().__init__()
        self.setObjectName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, BigButton] = {}
        for index, (value, text) in enumerate(choices):
            button = BigButton("check")
            button.setObjectName(f"{name}_{value}")
            button.setCheckable(True)
            button.setText(text)
            button.toggled.connect(lambda _=False, b=button: self._tick(b))
            self._tick(button)
            self.group.addButton(button)
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[value] = button

    @staticmethod
    def _tick(button: BigButton) -> None:
        if button.icon_label is not None:
            button.icon_label.setVisible(button.isChecked())

    def value(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, value: str) -> None:
        button = self.buttons.get(value) or next(iter(self.buttons.values()))
        button.setChecked(True)


#: The settings screen's groups in order, each with its button on the left.
SETTINGS_SECTIONS: dict[str, str] = {
    "shelter": QT_TRANSLATE_NOOP("Settings", "Shelter"),
    "server": QT_TRANSLATE_NOOP("Settings", "Management server"),
    "screen": QT_TRANSLATE_NOOP("Settings", "Language and voice"),
    "times": QT_TRANSLATE_NOOP("Settings", "Times"),
    "camera": QT_TRANSLATE_NOOP("Settings", "Camera"),
    "lan": QT_TRANSLATE_NOOP("Settings", "Shelter LAN"),
    "phones": QT_TRANSLATE_NOOP("Settings", "Phone registration"),
}
#: Rows that a builder adds with others but that belong to another group.
_ROW_SECTIONS = {key: "phones" for key in ("phone_enabled", "phone_port", "phone_address")}


class SettingsScreen(StaffScreen):
    """The app settings: a large button per group on the left brings that group into view
    whole on the right, where the rows also scroll under a finger (kinetic); the rows are
    about 2,100 px, the screen 800 (docs/ui.md, "The settings screen")."""

    def __init__(self, actions: StaffActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.staff_actions = actions
        self.settings = Settings()
        self.title = label("", "title")
        self.root.addWidget(self.title)
        body = QHBoxLayout()
        self.root.addLayout(body, 1)
        side = QVBoxLayout()
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        #: The groups' buttons and the groups (their rows), by SETTINGS_SECTIONS; the button
        #: of the group at the top is the chosen one (no headings: every pixel for the rows).
        self.section_buttons: dict[str, BigButton] = {}
        self.sections: dict[str, QWidget] = {}
        self._jumping = False
        forms: dict[str, QFormLayout] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(round(24 * self.unit))
        for key in SETTINGS_SECTIONS:
            # Chosen: light with a thick frame; small type: two lines fit its 72 px.
            button = BigButton("", "toggle", center=False, text_role="small")
            button.setCheckable(True)
            button.setObjectName(f"settings_section_{key}")
            # Seven fit beside the rows at 800 px: 72 px each (the app's buttons are 80).
            button.setStyleSheet(f"QPushButton {{ min-height: {round(72 * self.unit) - 18}px; }}")
            button.clicked.connect(lambda _=False, k=key: self.show_section(k))
            self.section_group.addButton(button)
            side.addWidget(button)
            self.section_buttons[key] = button
            group = QWidget()
            group.setObjectName(f"settings_group_{key}")
            rows = QVBoxLayout(group)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(4)
            if self.sections:  # a line between two groups
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                rows.addWidget(line)
            form = QFormLayout()
            form.setVerticalSpacing(8)
            rows.addLayout(form)
            forms[key] = form
            column.addWidget(group)
            self.sections[key] = group
        column.addStretch(1)
        side.addStretch(1)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(4)
        #: The groups' buttons (they step aside for the on-screen keyboard).
        self.section_list = QWidget()
        self.section_list.setLayout(side)
        self.section_list.setFixedWidth(round(250 * self.unit))
        body.addWidget(self.section_list)
        self.captions: dict[str, QLabel] = {}
        #: The group the next rows go into (its key).
        into = "shelter"

        def row(key: str, widget: QWidget) -> None:
            caption = label("", wrap=True)
            self.captions[key] = caption
            widget.setObjectName(f"setting_{key}")
            form = forms[_ROW_SECTIONS.get(key, into)]
            if isinstance(widget, ChoiceButtons):  # a row of big buttons: the whole width
                form.addRow(caption)
                form.addRow(widget)
            else:
                form.addRow(caption, widget)

        self.shelter_name = QLineEdit()
        row("shelter_name", self.shelter_name)
        self.shelter_id = QLineEdit()
        row("shelter_id", self.shelter_id)
        # The shelter's own words, a few lines each (people read them on the result screen
        # and where they are sent to staff); empty: the kiosk's translated standard text.
        self.after_checkin = self._text_box()
        row("after_checkin", self.after_checkin)
        self.staff_desk = self._text_box()
        row("staff_desk", self.staff_desk)
        into = "server"
        self.api_url = QLineEdit()
        row("api_url", self.api_url)
        self.api_token = QLineEdit()
        self.api_token.setEchoMode(QLineEdit.EchoMode.Password)
        forget_history(self.api_token)
        row("api_token", self.api_token)
        into = "screen"
        self.language = ChoiceButtons(
            "setting_language", [(lang.code, lang.native_name) for lang in i18n.LANGUAGES]
        )
        row("language", self.language)
        self.voice = QCheckBox()
        row("voice", self.voice)
        self.era_screen = QCheckBox()
        row("era_screen", self.era_screen)
        into = "times"
        self.idle = Stepper("setting_idle", 3, 600, step=5)
        row("idle", self.idle)
        self.result = Stepper("setting_result", 3, 120)
        row("result", self.result)
        into = "camera"
        self.camera = CameraSettingsRows(ChoiceButtons)  # kiosk/ui/camera_settings.py
        self.camera.add_rows(row)
        into = "lan"
        self.network = NetworkSettingsRows()  # kiosk/ui/staff_lan.py: [lan], phone page
        self.network.add_rows(row)
        # The shelter LAN's pairing and peers, the phone page's certificate: a page of its own.
        # A plain button (its default height): a BigButton, or a taller one, in the form upset
        # the window in long languages (tests/ui/test_layout.py, demo band).
        self.lan = QPushButton()
        self.lan.setObjectName("settings_lan")
        self.lan.clicked.connect(actions.show_lan)
        forms["lan"].addRow(self.lan)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        # The rows' full height is no wish of the screen: the window never grows to it.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        # A finger drags the rows (kinetic, on a touch screen); the scroll bar is touch-wide.
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.form_scroll = scroll
        body.addWidget(scroll, 1)
        # The on-screen keyboard comes up when a text field is touched (the form keeps its
        # room until then); Japanese (a shelter name) comes from the system's IME.
        self.keyboard = TouchKeyboard(hideable=True)
        self.keyboard.serve(
            self.shelter_name,
            self.shelter_id,
            self.api_url,
            self.api_token,
            self.after_checkin,
            self.staff_desk,
            *self.network.text_fields(),
        )
        self.keyboard.target_changed.connect(self._show_keyboard)
        self.keyboard.hide()
        # While it shows, the title and the groups' buttons step aside (the rows keep room
        # for the field typed into); hidden again (⌨▾, or the screen left), they come back.
        self.keyboard.installEventFilter(self)
        self.root.addWidget(self.keyboard)
        self.error = label("")
        self.error.setObjectName("error")
        self.error.hide()  # shown with a message only
        self.root.addWidget(self.error)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(actions.cancel_settings)
        self.save = BigButton("check", "primary")
        self.save.setObjectName("save")
        self.save.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.save, 1)
        self.root.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Settings", "App settings"))
        texts = {
            "shelter_name": QCoreApplication.translate("Settings", "Shelter name"),
            "shelter_id": QCoreApplication.translate("Settings", "Shelter ID"),
            "api_url": QCoreApplication.translate("Settings", "Management API URL"),
            "api_token": QCoreApplication.translate("Settings", "API token"),
            "voice": QCoreApplication.translate("Settings", "Voice guidance"),
            "era_screen": QCoreApplication.translate(
                "Settings", "Ask for 和暦 / 西暦 birth date display"
            ),
            "language": QCoreApplication.translate("Settings", "Default language"),
            "idle": QCoreApplication.translate(
                "Settings", "Seconds without a touch before asking for more time"
            ),
            "result": QCoreApplication.translate("Settings", "Seconds the result stays on screen"),
            "after_checkin": QCoreApplication.translate(
                "Settings", "After a check-in, tell people (empty: the standard text)"
            ),
            "staff_desk": QCoreApplication.translate(
                "Settings", "Where the staff desk is (empty: the standard text)"
            ),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        for key, text in SETTINGS_SECTIONS.items():
            shown = QCoreApplication.translate("Settings", text)
            self.section_buttons[key].setText(shown)
        self.camera.retranslate(self.captions)
        self.network.retranslate(self.captions)
        self.voice.setText(QCoreApplication.translate("Settings", "On"))
        self.era_screen.setText(QCoreApplication.translate("Settings", "On"))
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.save.setText(QCoreApplication.translate("Settings", "Save"))
        # A plain button draws no furigana: its own entry (kana only in やさしい日本語).
        self.lan.setText(
            QCoreApplication.translate("Lan", "Shelter LAN and phones", "plain settings button")
        )

    def load(self, settings: Settings) -> None:
        self.settings = copy.deepcopy(settings)
        self.shelter_name.setText(settings.shelter.name)
        self.shelter_id.setText(settings.shelter.shelter_id)
        self.after_checkin.setPlainText(settings.shelter.after_checkin_text)
        self.staff_desk.setPlainText(settings.shelter.staff_desk_text)
        self.api_url.setText(settings.api.url)
        # The saved token is never put back on screen: an empty field keeps it (for the
        # same URL only, see edited()).
        self.api_token.setText("")
        self.api_token.setPlaceholderText(
            QCoreApplication.translate("Settings", "Saved. Type a new one to replace it.")
            if settings.api.token
            else ""
        )
        self.voice.setChecked(settings.ui.voice_enabled)
        self.era_screen.setChecked(settings.ui.show_era_screen)
        self.language.set_value(settings.ui.default_language)
        self.idle.setValue(settings.ui.idle_timeout_s)
        self.result.setValue(settings.ui.result_display_s)
        self.camera.load(settings)
        self.network.load(settings)
        self.show_error("")
        self.show_section(next(iter(SETTINGS_SECTIONS)))

    def edited(self) -> Settings:
        settings = copy.deepcopy(self.settings)
        settings.shelter.name = self.shelter_name.text().strip()
        settings.shelter.shelter_id = self.shelter_id.text().strip()
        settings.shelter.after_checkin_text = self.after_checkin.toPlainText().strip()
        settings.shelter.staff_desk_text = self.staff_desk.toPlainText().strip()
        settings.api.url = self.api_url.text().strip()
        typed_token = self.api_token.text().strip()
        if typed_token:
            settings.api.token = typed_token
        elif settings.api.url != self.settings.api.url:
            settings.api.token = ""  # the saved token is never sent to another URL
        # else: the same URL keeps the saved token
        settings.ui.voice_enabled = self.voice.isChecked()
        settings.ui.show_era_screen = self.era_screen.isChecked()
        settings.ui.default_language = self.language.value()
        settings.ui.idle_timeout_s = self.idle.value()
        settings.ui.result_display_s = self.result.value()
        self.camera.edit(settings)
        self.network.edit(settings)
        return settings

    @staticmethod
    def _text_box() -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(round(QFontMetrics(box.font()).lineSpacing() * 3.6))
        return box

    def _show_keyboard(self, field: QLineEdit | QPlainTextEdit | None) -> None:
        if field is None:
            return
        self._keyboard_room(True)
        self.keyboard.show()
        # The rows' new room now, not at the next event loop: then the field is kept in view.
        self.root.activate()
        self.form_scroll.ensureWidgetVisible(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.keyboard and event.type() == QEvent.Type.Hide:  # ⌨▾, or left
            self._keyboard_room(False)
        return super().eventFilter(watched, event)

    def _keyboard_room(self, up: bool) -> None:
        """The title and the groups' buttons step aside while the keyboard shows (first,
        so that the window never holds both for a moment and grows)."""
        self.title.setVisible(not up)
        self.section_list.setVisible(not up)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_section(self, key: str) -> None:
        """Bring a group into view, at the top (the last groups as far as the
        rows go: they show whole then)."""
        self.section_buttons[key].setChecked(True)
        self._jumping = True
        try:
            self.form_scroll.verticalScrollBar().setValue(self.sections[key].y())
        finally:
            self._jumping = False

    def _scrolled(self, value: int) -> None:
        """Dragged by a finger: the button of the group at the top is the chosen one."""
        if self._jumping:
            return
        shown = next(
            (key for key, group in reversed(self.sections.items()) if group.y() <= value + 1),
            next(iter(self.sections)),
        )
        self.section_buttons[shown].setChecked(True)

    def _save(self) -> None:
        problem = self.staff_actions.save_settings(self.edited())
        if problem:
            self.show_error(problem)

    def forget(self) -> None:
        """Leaving the screen: a typed token (or any unsaved edit) is not kept."""
        self.api_token.setText("")
        self.show_error("")
        self.keyboard.hide()
        self.keyboard.reset()


class ClosingScreen(StaffScreen):
    """After the close notice: how many records still wait, live (the sync status), and
    "Send now and wait", which sends and shows the progress until nothing waits or says why
    it cannot; quit when staff say so."""

    #: How often the status is read while staff wait for the sending (ms).
    POLL_MS = 500
    #: Polls after "Send now" before a sending problem is taken as the answer (the one
    #: shown before the press may be old).
    GRACE_POLLS = 3

    def __init__(self, actions: StaffActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.staff_actions = actions
        self.title = label("", "title")
        self.root.addWidget(self.title)
        self.waiting = label("", "huge")
        self.waiting.setObjectName("closing_waiting")
        self.root.addWidget(self.waiting)
        self.progress = label("")
        self.progress.setObjectName("closing_progress")
        self.root.addWidget(self.progress)
        self.explain = label("")
        self.root.addWidget(self.explain)
        self.root.addStretch(1)
        self.send = BigButton("online")
        self.send.setObjectName("closing_send_now")
        self.send.clicked.connect(self.send_and_wait)
        self.quit = BigButton("logout", "primary")
        self.quit.setObjectName("quit")
        self.quit.clicked.connect(lambda: actions.ask(ConfirmScreen.QUIT))
        row = QHBoxLayout()
        row.setSpacing(round(24 * self.unit))
        row.addWidget(self.send, 1)
        row.addWidget(self.quit, 1)
        self.root.addLayout(row)
        self.count = 0
        self.status = SyncStatus()
        #: None: not sending; else the polls since "Send now" was pressed.
        self.sending: int | None = None
        self._watched: SyncStatusBridge | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._poll_status)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Staff", "Shelter close notice queued"))
        self.explain.setText(
            QCoreApplication.translate(
                "Staff",
                "Records that still wait are kept safely on this kiosk and are sent the next "
                "time it starts with a connection.",
            )
        )
        self.send.setText(QCoreApplication.translate("Staff", "Send now and wait"))
        self.quit.setText(QCoreApplication.translate("Staff", "Quit the kiosk"))
        self.set_waiting(self.count)

    def set_waiting(self, count: int) -> None:
        self.count = count
        self.waiting.setText(
            QCoreApplication.translate("Staff", "Records still waiting to be sent: {count}").format(
                count=count
            )
        )
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.progress.setText(self._progress_text())
        self.progress.setVisible(bool(self.progress.text()))

    def set_sync_status(self, status: SyncStatus) -> None:
        """The sync status changed (records delivered, a problem met): the count follows."""
        self.status = status
        if self.sending is not None and status.waiting == 0:
            self._stop_sending()
        self.set_waiting(status.waiting)

    def send_and_wait(self) -> None:
        """Send now (skipping the back-off) and show the progress until nothing waits."""
        self.sending = 0
        self.staff_actions.send_now()
        self._poll.start()
        self.set_waiting(self.count)

    def _stop_sending(self) -> None:
        self.sending = None
        self._poll.stop()
        self.progress.setProperty("done", True)

    def _poll_status(self) -> None:
        if self.sending is None:
            self._poll.stop()
            return
        self.sending += 1
        bridge = self._bridge()
        if bridge is not None:
            bridge.refresh()
            self.set_sync_status(bridge.status)

    def _progress_text(self) -> str:
        if self.sending is None:
            if self.progress.property("done") and self.count == 0:
                return QCoreApplication.translate(
                    "Staff", "All records are sent. You can quit the kiosk."
                )
            return ""
        if self.sending >= self.GRACE_POLLS and self.status.problem is not None:
            return (
                QCoreApplication.translate(
                    "Staff", "Not everything could be sent yet. The records stay on this kiosk."
                )
                + "\n"
                + sync_problem_text(self.status)
            )
        return QCoreApplication.translate(
            "Staff", "Sending… Please wait. Records still waiting: {count}"
        ).format(count=self.count)

    def _bridge(self) -> SyncStatusBridge | None:
        """The kiosk's sync status (KioskApp.sync), when the actions carry one."""
        bridge = getattr(self.staff_actions, "sync", None)
        return bridge if isinstance(bridge, SyncStatusBridge) else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # The kiosk builds its sync status after the window: it is looked up when shown.
        bridge = self._bridge()
        if bridge is not None and bridge is not self._watched:
            bridge.status_changed.connect(self.set_sync_status)
            self._watched = bridge
        self.progress.setProperty("done", False)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.sending = None
        self._poll.stop()
        super().hideEvent(event)


class ConfirmScreen(StaffScreen):
    """ "Are you sure?" before an action that cannot be undone: the close notice, deleting
    personal data, quitting the kiosk. Big buttons; "No" is the safe, primary choice."""

    CLOSE, PURGE, QUIT = ConfirmQuestion.CLOSE, ConfirmQuestion.PURGE, ConfirmQuestion.QUIT
    QUESTIONS = (CLOSE, PURGE, QUIT)

    def __init__(self, actions: StaffActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.question = self.CLOSE
        header = QHBoxLayout()
        header.addWidget(IconLabel("warning", 64))
        self.title = label("", "title")
        header.addWidget(self.title, 1)
        self.root.addLayout(header)
        self.explain = label("")
        self.explain.setObjectName("confirm_explain")
        self.root.addWidget(self.explain)
        self.root.addStretch(1)
        self.no = BigButton("back", "primary")
        self.no.setObjectName("confirm_no")
        self.no.clicked.connect(lambda: actions.declined(self.question))
        self.yes = BigButton("check", "danger")
        self.yes.setObjectName("confirm_yes")
        self.yes.clicked.connect(lambda: actions.confirmed(self.question))
        row = QHBoxLayout()
        row.setSpacing(round(24 * self.unit))
        row.addWidget(self.no, 1)
        row.addWidget(self.yes, 1)
        self.root.addLayout(row)
        self.retranslate()

    def ask(self, question: str) -> None:
        if question not in self.QUESTIONS:
            raise ValueError(f"unknown confirmation {question!r}")
        self.question = ConfirmQuestion(question)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.CLOSE: (
                QCoreApplication.translate("Staff", "Send the shelter close notice?"),
                QCoreApplication.translate(
                    "Staff",
                    "The management system is told that this shelter is closed. Then the "
                    "kiosk shows how many records still wait, and staff can quit it.",
                ),
                QCoreApplication.translate("Staff", "Yes, send the close notice"),
            ),
            self.PURGE: (
                QCoreApplication.translate("Staff", "Delete personal data now?"),
                QCoreApplication.translate(
                    "Staff",
                    "Names, addresses and messages are erased from this kiosk for good. It "
                    "works only after the close notice, once the server has every record.",
                ),
                QCoreApplication.translate("Staff", "Yes, delete"),
            ),
            self.QUIT: (
                QCoreApplication.translate("Staff", "Quit the kiosk?"),
                QCoreApplication.translate(
                    "Staff",
                    "Nobody can check in or out until the kiosk is started again. Records "
                    "that still wait stay safely on this kiosk.",
                ),
                QCoreApplication.translate("Staff", "Yes, quit"),
            ),
        }
        title, explain, yes = texts[self.question]
        self.title.setText(title)
        self.explain.setText(explain)
        self.yes.setText(yes)
        self.no.setText(QCoreApplication.translate("Staff", "No, go back"))


#: What a peer's problem code means, for staff (kiosk.lan: PeerStatus.problem).
PEER_PROBLEMS = {
    "unreachable": QT_TRANSLATE_NOOP("Lan", "not reachable on the network"),
    "timeout": QT_TRANSLATE_NOOP("Lan", "does not answer in time"),
    "unauthenticated": QT_TRANSLATE_NOOP("Lan", "paired with another code: pair it again"),
    "clock_skew": QT_TRANSLATE_NOOP(
        "Lan", "its clock differs by {seconds} seconds: set the clocks"
    ),
    "answer_not_authentic": QT_TRANSLATE_NOOP("Lan", "its answer was not authentic"),
    "peer_error": QT_TRANSLATE_NOOP("Lan", "an error on that terminal"),
}
#: Parts of the shelter network that could not start, by (code, reason)
#: (kiosk.services.NetworkUnavailableError): each says what to change, and who can.
NETWORK_PROBLEMS = {
    ("lan_unavailable", "port_in_use"): QT_TRANSLATE_NOOP(
        "Lan", "The shelter LAN could not start: its port is in use. Change it in the settings."
    ),
    ("lan_unavailable", "address_not_here"): QT_TRANSLATE_NOOP(
        "Lan",
        "The shelter LAN could not start: the listen address in the settings file is not this "
        "terminal's. Ask IT to correct it.",
    ),
    ("lan_unavailable", "failed"): QT_TRANSLATE_NOOP(
        "Lan",
        "The shelter LAN could not start. Restart the terminal; if it happens again, call IT.",
    ),
    ("phone_registration_unavailable", "port_in_use"): QT_TRANSLATE_NOOP(
        "Lan",
        "The phone registration could not start: its port is in use. Change it in the settings.",
    ),
    ("phone_registration_unavailable", "address_not_here"): QT_TRANSLATE_NOOP(
        "Lan",
        "The phone registration could not start: the listen address in the settings file is "
        "not this terminal's. Ask IT to correct it.",
    ),
    ("phone_registration_unavailable", "failed"): QT_TRANSLATE_NOOP(
        "Lan",
        "The phone registration could not start. Restart the terminal; if it happens again, "
        "call IT.",
    ),
}


def peer_line(status: PeerStatus) -> str:
    """One line per peer: its terminal id, and how it is (ids and counts only)."""
    if status.problem is None:
        state = (
            QCoreApplication.translate("Lan", "connected")
            if status.reachable
            else QCoreApplication.translate("Lan", "waiting for it")
        )
    elif status.problem in PEER_PROBLEMS:
        seconds = round(abs(status.clock_offset_s or 0))
        state = QCoreApplication.translate("Lan", PEER_PROBLEMS[status.problem]).format(
            seconds=seconds
        )
    else:
        state = QCoreApplication.translate("Lan", "problem: {code}").format(code=status.problem)
    waiting = QCoreApplication.translate("Lan", "records waiting for it: {count}").format(
        count=status.waiting
    )
    return f"{status.peer_id}: {state}; {waiting}"


class LanScreen(StaffScreen):
    """The shelter LAN (docs/lan.md) and the phone registration (docs/webreg.md), for
    staff: pair this terminal (a new code to show, or the code typed on the first one),
    unpair, each peer's state, and the phone page's certificate fingerprint."""

    def __init__(self, actions: StaffActions, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.staff_actions = actions
        self.title = label("", "title")
        self.root.addWidget(self.title)
        # What the page reports scrolls, so the keyboard and the buttons always fit.
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        self.state = label("", wrap=True)
        self.state.setObjectName("lan_state")
        info_layout.addWidget(self.state)
        self.code = label("", "huge")
        self.code.setObjectName("lan_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.hide()
        info_layout.addWidget(self.code)
        self.peers = label("", wrap=True)
        self.peers.setObjectName("lan_peers")
        info_layout.addWidget(self.peers)
        self.fingerprint = label("", wrap=True)
        self.fingerprint.setObjectName("lan_fingerprint")
        info_layout.addWidget(self.fingerprint)
        info_layout.addStretch(1)
        self.info_scroll = QScrollArea()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info_scroll.setWidget(info)
        self.root.addWidget(self.info_scroll, 1)
        entry = QHBoxLayout()
        self.code_caption = label("")
        entry.addWidget(self.code_caption)
        self.code_field = QLineEdit()
        self.code_field.setObjectName("lan_code_field")
        forget_history(self.code_field)
        entry.addWidget(self.code_field, 1)
        self.pair = BigButton("check")
        self.pair.setObjectName("lan_pair")
        self.pair.clicked.connect(self._pair)
        entry.addWidget(self.pair)
        self.root.addLayout(entry)
        # Shown when the code field is touched (the page's reports need the room until then).
        self.keyboard = TouchKeyboard(hideable=True)
        self.keyboard.serve(self.code_field)
        self.keyboard.target_changed.connect(self._show_keyboard)
        self.keyboard.hide()
        self.root.addWidget(self.keyboard)
        self.error = label("", wrap=True)
        self.error.setObjectName("error")
        self.root.addWidget(self.error)
        self.busy = label("", wrap=True)
        self.busy.setObjectName("lan_busy")
        self.root.addWidget(self.busy)
        row = QHBoxLayout()
        row.setSpacing(round(24 * self.unit))
        self.new_code = BigButton("settings")
        self.new_code.setObjectName("lan_new_code")
        self.new_code.clicked.connect(self._new_code)
        self.unpair = BigButton("cross")
        self.unpair.setObjectName("lan_unpair")
        self.unpair.clicked.connect(self._unpair)
        self.back = BigButton("back", "primary")
        self.back.setObjectName("lan_back")
        self.back.clicked.connect(actions.cancel_settings)
        for button in (self.new_code, self.unpair, self.back):
            row.addWidget(button, 1)
        self.root.addLayout(row)
        self.enabled = False
        self.paired = False
        self.problems: list[tuple[str, str]] = []
        self.statuses: list[PeerStatus] = []
        self.certificate: str | None = None
        self.retranslate()

    def set_state(
        self,
        *,
        enabled: bool,
        paired: bool,
        problems: list[tuple[str, str]],
        statuses: list[PeerStatus],
        fingerprint: str | None,
    ) -> None:
        self.enabled, self.paired, self.problems = enabled, paired, problems
        self.statuses, self.certificate = statuses, fingerprint
        self.unpair.setEnabled(paired)
        self._render()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Lan", "Shelter LAN and phones"))
        self.code_caption.setText(QCoreApplication.translate("Lan", "Shelter code"))
        self.pair.setText(QCoreApplication.translate("Lan", "Pair with this code"))
        self.new_code.setText(QCoreApplication.translate("Lan", "New shelter code"))
        self.unpair.setText(QCoreApplication.translate("Lan", "Unpair"))
        self.back.setText(QCoreApplication.translate("Lan", "Back to the staff menu"))
        self._render()

    def _render(self) -> None:
        if not self.enabled:
            state = QCoreApplication.translate(
                "Lan", "The shelter LAN is off (settings: [lan] enabled)."
            )
        elif self.paired:
            state = QCoreApplication.translate("Lan", "This terminal is paired.")
        else:
            state = QCoreApplication.translate(
                "Lan",
                "Not paired. On the first terminal choose a new shelter code; type it on the "
                "others.",
            )
        lines = [
            state,
            *(
                QCoreApplication.translate("Lan", NETWORK_PROBLEMS.get(problem, problem[0]))
                for problem in self.problems
            ),
        ]
        self.state.setText("\n".join(lines))
        if self.statuses:
            self.peers.setText("\n".join(peer_line(s) for s in self.statuses))
        else:
            self.peers.setText(QCoreApplication.translate("Lan", "No other terminal found yet."))
        if self.certificate:
            self.fingerprint.setText(
                QCoreApplication.translate("Lan", "Phone page certificate: {fingerprint}").format(
                    fingerprint=self.certificate
                )
            )
        else:
            self.fingerprint.setText(
                QCoreApplication.translate("Lan", "The phone registration is off.")
            )

    def _show_keyboard(self, field: QLineEdit | QPlainTextEdit | None) -> None:
        if field is not None:
            self.keyboard.show()

    def _new_code(self) -> None:
        self.staff_actions.lan_new_code()

    def _pair(self) -> None:
        code = self.code_field.text()
        self.code_field.clear()  # the code is not kept on screen
        self.error.setText("")
        self.staff_actions.lan_pair(code)

    def set_busy(self, busy: bool) -> None:
        """While a pairing or unpairing runs (off the UI thread): said on the page, and its
        buttons wait."""
        for button in (self.pair, self.new_code, self.unpair):
            button.setEnabled(not busy and (button is not self.unpair or self.paired))
        self.busy.setText(QCoreApplication.translate("Lan", "Pairing...") if busy else "")

    def show_code(self, code: str | None) -> None:
        """The new shelter code to type on the other terminals (None: hidden)."""
        self.code.setText(code or "")
        self.code.setVisible(code is not None)

    def _unpair(self) -> None:
        self.staff_actions.lan_unpair()
        self.code.setText("")
        self.code.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.forget()
        super().hideEvent(event)

    def forget(self) -> None:
        """Leaving the page: the code shown or typed is not kept."""
        self.code.setText("")
        self.code.hide()
        self.code_field.clear()
        self.error.setText("")
        self.keyboard.hide()
        self.keyboard.reset()
