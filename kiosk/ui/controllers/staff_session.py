"""Who may use the staff screens: the first account, the login at start, the hidden menu's
password, log-out, and the lock after a minute without a touch.

Log-out quits the app (the reference product's ログアウト（アプリ終了）): the shelter stays
open, no notice is sent, and the next start asks for a login again (docs/ui.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.errors import KioskError
from kiosk.services import Services, StaffAccounts
from kiosk.staff import LoginMode, StaffErrorCode
from kiosk.ui.window import ActivityFilter, MainWindow

log = logging.getLogger(__name__)

#: Password length the first account needs at least (kiosk.staff checks the rest).
MIN_PASSWORD = 10


class StaffSession(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        activity: ActivityFilter,
        *,
        refresh_status: Callable[[], None],
        logged_in: Callable[[], None],
        back_to_flow: Callable[[], None],
        quit_app: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._activity = activity
        self._refresh_status = refresh_status
        self._logged_in = logged_in
        self._back_to_flow = back_to_flow
        self._quit = quit_app
        self.user_id = ""

    @property
    def _staff(self) -> StaffAccounts | None:
        """The staff accounts (None: no login at all), as the services have them now."""
        return self._services.staff

    def show_login(self) -> None:
        staff = self._staff
        assert staff is not None
        self._activity.enabled = False
        login = self._window.staff_login
        login.set_mode(LoginMode.LOGIN if staff.has_accounts() else LoginMode.CREATE)
        self._window.show_staff(login)

    def open_staff_menu(self) -> None:
        """The hidden gesture: ask for the logged-in staff member's password first."""
        self._activity.enabled = False
        if self._staff is None:
            self.show_menu()
            return
        self._window.staff_login.set_mode(LoginMode.UNLOCK, self.user_id)
        self._window.show_staff(self._window.staff_login)

    def show_menu(self) -> None:
        self._window.settings_screen.forget()
        self._refresh_status()
        self._window.staff_menu.set_message("")
        self._window.show_staff(self._window.staff_menu)

    def create_account(self, user_id: str, password: str, setup_code: str = "") -> str | None:
        staff = self._staff
        assert staff is not None
        if not user_id:
            return QCoreApplication.translate("Staff", "Please enter a user ID.")
        if len(password) < MIN_PASSWORD:
            return QCoreApplication.translate("Staff", "The password needs at least 10 characters.")
        try:
            staff.create(user_id, password, setup_code)
        except KioskError as exc:
            log.warning("creating a staff account failed: %s", exc.code)
            return account_problem(staff_error_code(exc))
        return self.log_in(user_id, password)

    def log_in(self, user_id: str, password: str) -> str | None:
        problem = verify_staff(self._staff, user_id, password)
        if problem:
            return problem
        self.user_id = user_id
        log.info("staff logged in")
        self._logged_in()
        return None

    def unlock_menu(self, password: str) -> str | None:
        problem = verify_staff(self._staff, self.user_id, password)
        if problem:
            return problem
        self.show_menu()
        return None

    def log_out(self) -> None:
        """Log out = quit the app; the shelter stays open (no notice)."""
        self.user_id = ""
        log.info("staff logged out: the kiosk app quits, the shelter stays open")
        self._quit()

    def staff_idle(self) -> None:
        """Nobody touched a staff screen for a while: whoever comes next finds the kiosk,
        never an open menu. The login at start-up (or the first account) is never skipped:
        it stays, with its typed password emptied."""
        login = self._window.staff_login
        at_start = login.mode in (LoginMode.LOGIN, LoginMode.CREATE)
        if self._window.current_screen() is login and at_start:
            login.forget()
            return
        log.info("staff screen left untouched: back to the kiosk")
        self.back_to_kiosk()

    def back_to_kiosk(self) -> None:
        self._window.settings_screen.forget()
        self._window.staff_login.password.setText("")
        self._activity.enabled = True
        self._window.show_flow()
        self._back_to_flow()


def staff_error_code(error: KioskError) -> StaffErrorCode | None:
    """The typed code of a staff account error (None: another error)."""
    try:
        return StaffErrorCode(error.code)
    except ValueError:
        return None


def account_problem(code: StaffErrorCode | None) -> str:
    """Staff's text for a refused first account."""
    if code is StaffErrorCode.SETUP_CODE_MISSING:
        return QCoreApplication.translate(
            "Staff", "No set-up code was issued. IT: python -m kiosk.staff setup-code"
        )
    if code is StaffErrorCode.SETUP_CODE_INVALID:
        return QCoreApplication.translate("Staff", "The set-up code is not correct.")
    if code is StaffErrorCode.WEAK_PASSWORD:
        return QCoreApplication.translate(
            "Staff",
            "Please choose a harder password: no common words, repeats, runs or the user ID.",
        )
    if code is StaffErrorCode.LOGIN_THROTTLED:
        return too_many_tries()
    return QCoreApplication.translate("Staff", "The account could not be created.")


def too_many_tries() -> str:
    return QCoreApplication.translate(
        "Staff", "Too many wrong tries. Please wait and try again later."
    )


def verify_staff(staff: StaffAccounts | None, user_id: str, password: str) -> str | None:
    """None when the staff member may go on, else a translated reason."""
    if staff is None:
        return None
    try:
        staff.verify(user_id, password)
    except KioskError as exc:
        log.warning("staff login refused: %s", exc.code)
        if staff_error_code(exc) is StaffErrorCode.LOGIN_THROTTLED:
            return too_many_tries()
        return QCoreApplication.translate("Staff", "User ID or password is not correct.")
    return None
