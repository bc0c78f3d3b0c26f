"""The roster screen on the staff side (kiosk.ui.staff_roster.RosterScreen): reads the
roster and counts from the record store (kiosk.roster: this terminal's records and the
paired terminals' copies), exports it to a USB stick (kiosk.export.roster: encrypted unless
staff confirm a plain file), switches training mode (a setting: every new record is marked
training, the window shows a band) and purges the training records.

Built by the composition root (kiosk/ui/app.py): it adds the screen to the window, answers
the staff menu's button, and drops everything the screen showed when the staff screens lock.

Off the UI thread: reading (decrypting) the roster, the export (scrypt's ~0.5 s, the write
to the stick) and the purge run on one worker thread, one job at a time and in order
(kiosk.ui.staff_lan.NetworkWorker); each result comes back by a signal (:attr:`loaded`,
:attr:`exported`, :attr:`purged`). A result that arrives after the screen was left (or
locked) is dropped (:attr:`discarded`), and so is what that read decrypted.
"""

from __future__ import annotations

import copy
import getpass
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.clock import Clock
from kiosk.errors import KioskError
from kiosk.export.envelope import MIN_PASSPHRASE_CHARS, WeakPassphraseError
from kiosk.export.files import ExportTargetFullError, ExportWriteError
from kiosk.export.roster import ExportLog, RosterExportResult, export_roster, household_numbers
from kiosk.records import Event
from kiosk.roster import RecordSource, roster
from kiosk.roster import Roster as RosterModel
from kiosk.settings import Settings
from kiosk.store.retention import TrainingPurge
from kiosk.ui.i18n import Context
from kiosk.ui.staff_lan import JobResult
from kiosk.ui.staff_lan import NetworkWorker as Worker
from kiosk.ui.staff_roster import RosterScreen
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)

#: The texts' context (the same as the screen's, kiosk.ui.staff_roster).
Roster = Context("Roster")

#: The question the yes button answers now.
PLAIN_EXPORT = "plain_export"
TRAINING = "training"
PURGE = "purge"


def guess_usb_folder(user: str | None = None) -> str:
    """The first mounted removable medium where desktop Linux mounts them (``/media/<user>``,
    ``/run/media/<user>``), else "": staff type the folder."""
    try:
        name = user or getpass.getuser()
    except (KeyError, OSError):
        return ""
    for base in (Path("/media") / name, Path("/run/media") / name):
        try:
            found = sorted(p for p in base.iterdir() if p.is_dir())
        except OSError:
            continue
        if found:
            return str(found[0])
    return ""


def file_name(shelter_id: str, stamp: str, *, encrypted: bool) -> str:
    """``meibo-<shelter>-<local time>.skx`` (or ``.csv`` when plain); only safe characters."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", shelter_id).strip("_") or "shelter"
    return f"meibo-{safe}-{stamp}.{'skx' if encrypted else 'csv'}"


def _code(error: BaseException) -> str:
    """What staff and the log are told about a job's failure: its code, never its text."""
    return error.code if isinstance(error, KioskError) else type(error).__name__


class RosterController(QObject):
    #: How often the shown roster is read again (records arrive from the other terminals).
    POLL_MS = 5000

    #: A roster read on the worker thread is shown (or its error).
    loaded = Signal()
    #: An export ended (written, or its error shown).
    exported = Signal()
    #: A purge of the training records ended (its message shown).
    purged = Signal()
    #: A read ended after the screen was left or locked: dropped, nothing kept.
    discarded = Signal()

    def __init__(
        self,
        window: MainWindow,
        store: object,
        *,
        settings: Callable[[], Settings],
        save_settings: Callable[[Settings], str | None],
        clock: Clock,
        show_menu: Callable[[], None],
        usb_folder: Callable[[], str] = guess_usb_folder,
        metrics_height: int = 800,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._store = store if isinstance(store, RecordSource) else None
        self._settings = settings
        self._save_settings = save_settings
        self._clock = clock
        self._show_menu = show_menu
        self._usb_folder = usb_folder
        screen = RosterScreen(metrics_height)
        screen.setObjectName("screen_RosterScreen")
        window.stack.addWidget(screen)
        window.staff_screens.append(screen)
        self.screen = screen
        self.roster: RosterModel | None = None
        #: Records decrypted while the screen is shown (records never change): the 5-second
        #: refresh decrypts only new ones. Dropped with the screen and after a purge.
        self._decrypted: dict[str, Event] = {}
        self._households: dict[str, int] = {}
        self._pending = ""
        #: Bumped when the screen forgets: a read begun before it is dropped on arrival.
        self._generation = 0
        self._worker = Worker(self)
        #: Reads submitted and not arrived yet.
        self._reading = 0
        app = QCoreApplication.instance()
        if app is not None:  # the store closes after the event loop: the running job ends first
            app.aboutToQuit.connect(self.stop)
        self.poll = QTimer(screen)  # goes with the window
        self.poll.setInterval(self.POLL_MS)
        self.poll.timeout.connect(self._tick)
        screen.forgotten.connect(self._drop)
        screen.search.textChanged.connect(self._filter)
        screen.inside_only.toggled.connect(self._filter)
        screen.set_capacity.clicked.connect(self.set_capacity)
        screen.capacity.returnPressed.connect(self.set_capacity)
        screen.export.clicked.connect(self.export)
        screen.training.clicked.connect(self.ask_training)
        screen.purge.clicked.connect(self.ask_purge)
        screen.yes.clicked.connect(self._yes)
        screen.no.clicked.connect(self._no)
        screen.back.clicked.connect(self._back)
        window.staff_menu.roster.clicked.connect(self.show)
        # The staff screens' auto-lock: the names and counts shown go with it.
        window.staff_idle.timeout.connect(self.forget)
        self._show_training(settings().shelter.training_mode)

    # -- navigation -------------------------------------------------------------------------

    def show(self) -> None:
        self.forget()
        if not self.screen.folder.text():
            self.screen.folder.setText(self._usb_folder())
        self._window.show_staff(self.screen)
        self.load()
        self.poll.start()

    def stop(self) -> None:
        """Shutdown: no more reads; the running job (an export being written) ends."""
        self.poll.stop()
        self._worker.wait()

    def _tick(self) -> None:
        if self._window.stack.currentWidget() is not self.screen:
            self.poll.stop()  # staff left the screen (or it locked)
            return
        if not self.screen.asking and not self._reading:  # a slow store is not queued up
            self.load()

    def forget(self) -> None:
        """Drop everything shown and the decrypted roster (also when the screen is left)."""
        self.screen.forget()

    def _drop(self) -> None:
        self.poll.stop()
        self._forget_decrypted()
        self.roster = None
        self._households = {}
        self._pending = ""

    def _forget_decrypted(self) -> None:
        """Drop the decrypted records. A read on the worker may still fill the old cache:
        later reads get a new one, and the old one is emptied when that read's result
        arrives (and is dropped)."""
        self._generation += 1
        self._decrypted.clear()
        self._decrypted = {}

    def _back(self) -> None:
        self.forget()
        self._show_menu()

    # -- the roster -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the roster on the worker thread; :attr:`loaded` once it is shown."""
        store = self._store
        if store is None:
            self.screen.message.setText(Roster.tr("The record database is not available."))
            return
        shelter = self._settings().shelter
        training, capacity = shelter.training_mode, shelter.capacity
        shelter_id = shelter.shelter_id or None
        today = self._clock.now().astimezone().date()
        known, generation = self._decrypted, self._generation
        self._reading += 1

        def read() -> RosterModel:
            return roster(
                store,
                training=training,
                capacity=capacity,
                shelter_id=shelter_id,
                today=today,
                known=known,
            )

        self._worker.submit(read, lambda result: self._loaded(result, generation, known))

    def _loaded(self, result: JobResult, generation: int, known: dict[str, Event]) -> None:
        self._reading -= 1
        if generation != self._generation:
            known.clear()  # the screen was left meanwhile: nothing of this read is kept
            self.discarded.emit()
            return
        error = result.error
        if error is not None:
            code = _code(error)
            log.error("roster: the records could not be read (%s)", code)
            self.screen.message.setText(
                Roster.tr("The records could not be read: {code}").format(code=code)
            )
        else:
            self.roster = result.value
            assert self.roster is not None
            self._households = household_numbers(self.roster.stays)
            self.screen.show_counts(self.roster.counts)
            self._filter()
        self.loaded.emit()

    def _filter(self) -> None:
        if self.roster is None:
            return
        stays = self.roster.search(
            self.screen.search.text(), inside_only=self.screen.inside_only.isChecked()
        )
        self.screen.show_stays(stays, self._households)

    def set_capacity(self) -> None:
        """Staff typed the shelter's capacity (0 or empty: not set): saved in the settings."""
        text = self.screen.capacity.text().strip()
        if text and not self.screen.capacity.hasAcceptableInput():
            self.screen.message.setText(Roster.tr("The capacity is a number up to 100000."))
            return
        new = copy.deepcopy(self._settings())
        new.shelter.capacity = int(text or 0)
        problem = self._save_settings(new)
        if problem is not None:
            self.screen.message.setText(problem)
            return
        log.info("shelter capacity set")
        self.screen.capacity.clearFocus()
        self.load()
        self.screen.message.setText(Roster.tr("Capacity saved."))

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        screen = self.screen
        screen.drop_question()
        if self.roster is None:
            return
        if not screen.folder.text().strip():
            screen.message.setText(Roster.tr("Type the folder of the USB stick."))
            return
        if screen.plain.isChecked():
            self._ask(
                PLAIN_EXPORT,
                Roster.tr(
                    "Write the roster WITHOUT encryption? Anyone who finds the USB stick can "
                    "read every name and address."
                ),
            )
            return
        passphrase = screen.passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            screen.message.setText(Roster.tr("The passphrase needs at least 12 characters."))
            return
        if passphrase != screen.passphrase_again.text():
            screen.message.setText(Roster.tr("The two passphrases differ."))
            return
        self._write(passphrase)

    def _write(self, passphrase: str | None) -> None:
        screen = self.screen
        assert self.roster is not None
        now = self._clock.now().astimezone()
        out = Path(screen.folder.text().strip()) / file_name(
            self._settings().shelter.shelter_id,
            now.strftime("%Y%m%d-%H%M"),
            encrypted=passphrase is not None,
        )
        log_to = self._store if isinstance(self._store, ExportLog) else None
        shown, today = self.roster, now.date()
        screen.passphrase.clear()
        screen.passphrase_again.clear()
        screen.export.setEnabled(False)  # one export at a time

        def write() -> RosterExportResult:
            return export_roster(
                shown,
                out,
                today=today,
                passphrase=passphrase,
                plaintext_ok=passphrase is None,
                store=log_to,
            )

        self._worker.submit(write, lambda result: self._written(result, out))

    def _written(self, job: JobResult, out: Path) -> None:
        self.screen.export.setEnabled(True)
        if self._export_failed(job.error):
            self.exported.emit()
        else:
            self._saved(job.value, out)

    def _export_failed(self, error: BaseException | None) -> bool:
        """Shows why the export wrote nothing; False when there was no error."""
        screen = self.screen
        if error is None:
            return False
        if isinstance(error, ExportTargetFullError):
            screen.message.setText(Roster.tr("Not saved: the USB stick is full."))
        elif isinstance(error, ExportWriteError):
            screen.message.setText(
                Roster.tr("Not saved: the folder cannot be written. Is the USB stick in?")
            )
        elif isinstance(error, WeakPassphraseError):
            screen.message.setText(Roster.tr("The passphrase needs at least 12 characters."))
        else:
            code = _code(error)
            log.error("roster export failed (%s)", code)
            screen.message.setText(
                Roster.tr("The records could not be read: {code}").format(code=code)
            )
        return True

    def _saved(self, result: RosterExportResult, out: Path) -> None:
        screen = self.screen
        log.info("roster exported (%d rows, encrypted=%s)", result.rows, result.encrypted)
        if result.encrypted:
            text = Roster.tr("Saved {file}: {count} people, encrypted.")
        else:
            text = Roster.tr("Saved {file}: {count} people, NOT encrypted.")
        screen.message.setText(text.format(file=out.name, count=result.rows))
        self.exported.emit()

    # -- training mode ----------------------------------------------------------------------

    def ask_training(self) -> None:
        if self._settings().shelter.training_mode:
            question = Roster.tr("End training mode? Records made from now on are real.")
        else:
            question = Roster.tr(
                "Start training mode? Every record made from now on is a training record, "
                "kept apart from the real ones."
            )
        self._ask(TRAINING, question)

    def set_training(self, on: bool) -> bool:
        new = copy.deepcopy(self._settings())
        new.shelter.training_mode = on
        problem = self._save_settings(new)
        if problem is not None:
            self.screen.message.setText(problem)
            return False
        log.info("training mode %s", "on" if on else "off")
        self._show_training(on)
        return True

    def _show_training(self, on: bool) -> None:
        self._window.set_training(on)
        self.screen.set_training(on)

    def ask_purge(self) -> None:
        self._ask(
            PURGE,
            Roster.tr(
                "Delete the personal data of every training record on this terminal, the "
                "copies from the other terminals included?"
            ),
        )

    def purge(self) -> None:
        """Purge the training records on the worker thread (after any read queued before
        it); :attr:`purged` once the message is shown."""
        store = self._store
        if store is None:
            return
        now = self._clock.now()
        # The purged records' persons leave the store: no read after it reuses them.
        self._forget_decrypted()
        self._worker.submit(lambda: store.purge_training(now=now), self._purge_done)

    def _purge_done(self, job: JobResult) -> None:
        error = job.error
        if error is not None:
            code = _code(error)
            log.error("training purge failed (%s)", code)
            self.screen.message.setText(
                Roster.tr("The training records could not be deleted: {code}").format(code=code)
            )
            self.purged.emit()
            return
        result: TrainingPurge = job.value
        lines = [Roster.tr("%n training records deleted.", "", result.purged)]
        if result.waiting:
            lines.append(
                Roster.tr(
                    "%n training records wait for the server: delete again once they are sent.",
                    "",
                    result.waiting,
                )
            )
        self.load()
        self.screen.message.setText(" ".join(lines))
        self.purged.emit()

    # -- the second press -------------------------------------------------------------------

    def _ask(self, pending: str, question: str) -> None:
        self._pending = pending
        self.screen.message.setText("")
        self.screen.ask(question)

    def _yes(self) -> None:
        pending, self._pending = self._pending, ""
        self.screen.drop_question()
        if pending == PLAIN_EXPORT and self.roster is not None:
            self._write(None)
        elif pending == TRAINING:
            if self.set_training(not self._settings().shelter.training_mode):
                self.load()
        elif pending == PURGE:
            self.purge()

    def _no(self) -> None:
        self._pending = ""
        self.screen.drop_question()
