"""Staff's registration pages on screen (kiosk.ui.staff_registration.RegistrationScreen):
proxy registration of a household, forced check-out, correction. The records are built and
recorded by kiosk.registration (Qt-free) into the same store as every check-in.

Built by the composition root (kiosk/ui/app.py): it adds the screen to the window, answers
the staff menu's button, and drops everything (the draft household, the decrypted open
check-ins) when the staff screens lock or staff leave the page.

The open check-ins are read on a worker thread of the controller's own (the first read
decrypts every record: 1.1-1.4 s at 10,000); the search page says "Reading the records..."
meanwhile and the result arrives by :attr:`RegistrationController.open_read`. A result that
arrives after the page was left (the auto-lock) is dropped and its records forgotten.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

from kiosk.clock import Clock
from kiosk.errors import KioskError
from kiosk.records import Event, Person
from kiosk.registration import (
    MAX_MEMBERS,
    BatchRecorder,
    Member,
    OpenCheckIns,
    OpenEntry,
    Origin,
    RecordSource,
    RegistrationError,
    build_household,
    correction,
    forced_check_out,
    record_once,
    validate_member,
)
from kiosk.settings import Settings
from kiosk.ui.bridges import Outcome, Worker
from kiosk.ui.i18n import Context
from kiosk.ui.staff_registration import RegistrationScreen
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)

Registration = Context("Registration")


@runtime_checkable
class RegistrationStore(BatchRecorder, RecordSource, Protocol):
    """The record store (kiosk.store.RecordStore) as the registration uses it."""


class RegistrationController(QObject):
    #: The open check-ins' read ended: True when shown, False when dropped (the page was left
    #: meanwhile) or when it failed (staff are told).
    open_read = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        store: object,
        *,
        settings: Callable[[], Settings],
        clock: Clock,
        language: Callable[[], str],
        show_menu: Callable[[], None],
        metrics_height: int = 800,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._store = store if isinstance(store, RegistrationStore) else None
        self._settings = settings
        self._clock = clock
        self._show_menu = show_menu
        screen = RegistrationScreen(language, metrics_height)
        screen.setObjectName("screen_RegistrationScreen")
        window.stack.addWidget(screen)
        window.staff_screens.append(screen)
        self.screen = screen
        self._members: list[Member] = []
        #: Records built but not yet known to be saved: a retry saves these same ids.
        self._pending: list[Event] = []
        self._open: OpenCheckIns | None = None
        self._found: list[OpenEntry] = []
        self._chosen: OpenEntry | None = None
        #: Reads the open check-ins off the UI thread (its own: the store worker records
        #: the kiosk's check-ins and must not wait behind a long read).
        self._reader = Worker("registration-read", self)
        #: Bumped whenever what was read must be dropped: a late result is then not shown.
        self._generation = 0
        screen.on_forget = self._drop
        screen.on_result = self._choose
        screen.home_register.clicked.connect(self.start_household)
        screen.home_checkout.clicked.connect(lambda: self.start_search("checkout"))
        screen.home_correct.clicked.connect(lambda: self.start_search("correct"))
        screen.home_back.clicked.connect(self._back_to_menu)
        screen.form_cancel.clicked.connect(self._cancel)
        screen.form_copy_address.clicked.connect(self._copy_address)
        screen.form_add.clicked.connect(self.add_member)
        screen.form_save.clicked.connect(self.save)
        screen.search_field.textChanged.connect(self._filter)
        screen.search_cancel.clicked.connect(self._cancel)
        screen.confirm_no.clicked.connect(self._cancel)
        screen.confirm_yes.clicked.connect(self.check_out)
        window.staff_menu.registration.clicked.connect(self.show)
        # The staff screens' auto-lock: whatever was typed or found goes.
        window.staff_idle.timeout.connect(screen.forget)

    # -- navigation -------------------------------------------------------------------------

    def show(self) -> None:
        self.screen.forget()
        self._window.show_staff(self.screen)
        problem = self._problem()
        if problem:
            self.screen.show_home(problem)

    def _back_to_menu(self) -> None:
        self.screen.forget()
        self._show_menu()

    def _cancel(self) -> None:
        self.screen.forget()

    def stop(self) -> None:
        """Shutdown (before the store closes): a running read is let finish, none starts."""
        self._generation += 1
        self._reader.shutdown()

    def _drop(self) -> None:
        self._generation += 1
        self._members = []
        self._pending = []
        self._found = []
        self._chosen = None
        found, self._open = self._open, None
        if found is not None:
            if self._reader.idle:
                found.clear()
            else:  # a read of it runs: cleared after it, on the reader's thread
                self._reader.submit(found.clear, lambda _outcome: None)

    def _problem(self) -> str | None:
        if self._store is None:
            return Registration.tr("The record database is not available.")
        if self._settings().recording_blocked_reason() is not None:
            return Registration.tr("Set the shelter id first: nothing can be recorded yet.")
        return None

    def _origin(self) -> Origin:
        shelter = self._settings().shelter
        return Origin(shelter.shelter_id, shelter.terminal_id, shelter.training_mode)

    # -- a household --------------------------------------------------------------------------

    def start_household(self) -> None:
        if self._refuse():
            return
        self._drop()
        self.screen.form.clear()
        self.screen.show_form("register", 1)

    def _copy_address(self) -> None:
        if self._members:
            self.screen.form.address.setText(self._members[0].person.address)

    def _current_member(self) -> Member | None:
        """The form's person, or None with the errors shown (everything typed stays)."""
        today = self._clock.now().astimezone().date()
        member, errors = validate_member(self.screen.form.values(), today=today)
        self.screen.form.show_errors(errors)
        if member is None:
            self.screen.show_form_error(
                Registration.tr("Please check the marked fields: nothing was saved.")
            )
        return member

    def add_member(self) -> None:
        if len(self._members) + 1 >= MAX_MEMBERS:
            self.screen.show_form_error(
                Registration.tr(
                    "At most {n} people are registered together: register this household, "
                    "then the others as another one."
                ).format(n=MAX_MEMBERS)
            )
            return
        member = self._current_member()
        if member is None:
            return
        self._members.append(member)
        self.screen.form.clear()
        self.screen.show_form(
            "register", len(self._members) + 1, [m.person.name for m in self._members]
        )

    def save(self) -> None:
        if self.screen.mode == "correct":
            self._save_correction()
            return
        members = list(self._members)
        if not (members and self.screen.form.is_blank()):
            member = self._current_member()
            if member is None:
                return
            members.append(member)
        same = [(e.person, e.situation) for e in self._pending] == [
            (self._with_household(m.person), m.situation) for m in members
        ]
        if not same:
            try:
                self._pending = build_household(members, self._origin(), self._clock.now())
            except RegistrationError as exc:  # the shelter id went meanwhile
                self._refused(exc)
                return
        if self._record(self._pending):
            count = len(self._pending)
            log.info("registration: %d person(s) registered by staff", count)
            self.screen.forget()
            self.screen.show_home(Registration.tr("%n people registered.", "", count))

    def _with_household(self, person: Person) -> Person:
        first = self._pending[0].person if self._pending else None
        return dataclasses.replace(person, household_id=first.household_id if first else "")

    # -- check-out and correction ---------------------------------------------------------------

    def start_search(self, mode: str) -> None:
        if self._refuse():
            return
        self._drop()
        store = self._store
        assert store is not None
        origin = self._origin()
        generation = self._generation

        def read() -> OpenCheckIns:  # on the reader thread
            found = OpenCheckIns(store, origin.shelter_id, training=origin.training)
            found.refresh()
            found.entries()  # the search keys too
            return found

        self.screen.show_search(mode)
        self.screen.show_reading()
        self._reader.submit(read, lambda outcome: self._read(generation, outcome))

    def _read(self, generation: int, outcome: Outcome[OpenCheckIns]) -> None:
        if generation != self._generation:  # left or locked meanwhile: nothing is shown
            if outcome.value is not None:
                outcome.value.clear()
            self.open_read.emit(False)
            return
        if outcome.error is not None or outcome.value is None:
            log.warning(
                "registration: the open check-ins could not be read (%s)", _code(outcome.error)
            )
            self.screen.show_home(Registration.tr("The records could not be read."))
            self.open_read.emit(False)
            return
        self._open = outcome.value
        self._filter(self.screen.search_field.text())  # staff may have typed meanwhile
        self.open_read.emit(True)

    def _filter(self, query: str) -> None:
        if self._open is None:
            return
        self._found = self._open.search(query)
        self.screen.show_results(self._found, unreadable=self._open.unreadable)

    def _choose(self, index: int) -> None:
        if not 0 <= index < len(self._found):
            return
        self._chosen = self._found[index]
        self._pending = []
        if self.screen.mode == "checkout":
            self.screen.show_confirm(self._chosen)
        else:
            self.screen.form.load(self._chosen.person, self._chosen.situation)
            self.screen.show_form("correct")

    def check_out(self) -> None:
        """Staff confirmed: read what arrived since (off the UI thread, like the first read),
        then record the check-out unless the check-in was closed meanwhile."""
        entry = self._chosen
        if entry is None:
            return
        if self._pending:  # a retry after a storage error: the same record
            self._record_check_out()
            return
        found = self._open
        if found is None:
            return
        generation = self._generation
        self.screen.set_confirm_busy(True)
        self._reader.submit(
            lambda: found.still_open(entry.event_id),
            lambda outcome: self._checked(generation, outcome),
        )

    def _checked(self, generation: int, outcome: Outcome[OpenEntry | None]) -> None:
        self.screen.set_confirm_busy(False)
        if generation != self._generation:  # left or locked meanwhile
            self.open_read.emit(False)
            return
        if outcome.error is not None:
            log.warning(
                "registration: the open check-ins could not be read (%s)", _code(outcome.error)
            )
            self.screen.confirm_error.setText(Registration.tr("The records could not be read."))
            self.open_read.emit(False)
            return
        self.open_read.emit(True)
        current = outcome.value
        if current is None:  # closed meanwhile: a second check-out would contradict it
            self.screen.forget()
            self.screen.show_home(Registration.tr("Already checked out: nothing was recorded."))
            return
        try:
            self._pending = [forced_check_out(current, self._origin(), self._clock.now())]
        except RegistrationError as exc:  # the shelter id or training mode changed
            self._refused(exc)
            return
        self._record_check_out()

    def _record_check_out(self) -> None:
        if self._record(self._pending, on_confirm_page=True):
            log.info("registration: a check-out was recorded by staff")
            self.screen.forget()
            self.screen.show_home(Registration.tr("Checked out."))

    def _save_correction(self) -> None:
        entry = self._chosen
        if entry is None:
            return
        member = self._current_member()
        if member is None:
            return
        try:
            fixed = correction(
                entry, member.person, member.situation, self._origin(), self._clock.now()
            )
        except RegistrationError as exc:  # the shelter id or training mode changed
            self._refused(exc)
            return
        pending = self._pending[0] if self._pending else None
        if pending is None or (pending.person, pending.situation) != (
            fixed.person,
            fixed.situation,
        ):
            self._pending = [fixed]
        if self._record(self._pending):
            log.info("registration: a correction was recorded by staff")
            self.screen.forget()
            self.screen.show_home(Registration.tr("The correction was saved."))

    # -- recording ------------------------------------------------------------------------------

    def _refused(self, error: RegistrationError) -> None:
        """The settings changed under the page: nothing is recorded, staff start again."""
        log.warning("registration: not recorded (%s)", error.code)
        self.screen.forget()
        self.screen.show_home(
            Registration.tr(
                "The shelter settings changed: nothing was recorded. Please start again."
            )
        )

    def _refuse(self) -> bool:
        problem = self._problem()
        if problem:
            self.screen.show_home(problem)
        return problem is not None

    def _record(self, events: list[Event], *, on_confirm_page: bool = False) -> bool:
        """Record once; on a storage error say so and keep everything (a retry records the
        same ids: never twice)."""
        assert self._store is not None
        try:
            record_once(self._store, events)
        except KioskError as exc:
            log.warning("registration: recording failed (%s)", exc.code)
            text = Registration.tr(
                "Nothing was saved: the record database refused it. Please try again or see IT."
            )
            if on_confirm_page:
                self.screen.confirm_error.setText(text)
            else:
                self.screen.show_form_error(text)
            return False
        return True


def _code(error: BaseException | None) -> str:
    """A failed read's error code (a KioskError's), else its type: never its text."""
    return str(getattr(error, "code", type(error).__name__))
