"""The staff's roster screen (issue 13 point 4): who is in, search by name or reading, the
counts (age brackets, households, check-outs, special needs, capacity and 収容率), the
export to a USB stick, and training mode with its purge.

Only behind the staff login: the screen is a staff screen, so the staff screens' auto-lock
(a minute without a touch) leaves it, and :meth:`RosterScreen.forget` drops everything it
showed or was typed (names, passphrases). The logic is kiosk.roster and kiosk.export.roster
(Qt-free); kiosk.ui.controllers.roster drives this screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk import furigana
from kiosk.domain import SituationFlag
from kiosk.roster import AgeBracket, Counts, Stay
from kiosk.ui.i18n import QT_TRANSLATE_NOOP, Context
from kiosk.ui.keyboard import TouchKeyboard
from kiosk.ui.staff import StaffScreen
from kiosk.ui.widgets import PRIVATE_INPUT_HINTS, BigButton, forget_history, label, panel

Roster = Context("Roster")

#: The menu button's and the screen's title.
TITLE = QT_TRANSLATE_NOOP("Roster", "Roster and counts")
#: Short names of the situation flags for the counts and the table.
NEEDS: dict[SituationFlag, str] = {
    SituationFlag.INJURED: QT_TRANSLATE_NOOP("Roster", "Injured"),
    SituationFlag.NEEDS_MEDICAL_CARE: QT_TRANSLATE_NOOP("Roster", "Needs medical care"),
    SituationFlag.PREGNANT: QT_TRANSLATE_NOOP("Roster", "Pregnant"),
    SituationFlag.NEEDS_ASSISTANCE: QT_TRANSLATE_NOOP("Roster", "Needs assistance"),
    SituationFlag.WITH_PET: QT_TRANSLATE_NOOP("Roster", "With a pet"),
}


def flat(text: str) -> str:
    """For widgets that cannot draw readings (placeholders, check boxes, plain buttons, the
    table): an Easy Japanese text without its furigana marks (its entries are kana anyway)."""
    return furigana.plain(text)


#: At most this many rows are shown (search for the others).
MAX_ROWS = 300


def age_label(lower: int) -> str:
    if lower == AgeBracket.UNKNOWN:
        return Roster.tr("Age unknown")
    if lower == 90:
        return Roster.tr("90 and over")
    return f"{lower}-{lower + 9}"


def counts_text(counts: Counts) -> str:
    """The counts panel: numbers only, in the current language."""
    lines = [Roster.tr("Inside now: {count}").format(count=counts.inside)]
    rate = counts.occupancy
    if rate is None:
        lines.append(Roster.tr("No capacity set: type it below."))
    else:
        lines.append(
            Roster.tr("Capacity {capacity}: {rate}% full").format(
                capacity=counts.capacity, rate=round(rate * 100)
            )
        )
    lines.append(Roster.tr("Households inside: {count}").format(count=counts.households))
    lines.append(Roster.tr("Checked out: {count}").format(count=counts.checked_out))
    lines.append("")
    lines.append(Roster.tr("By age"))
    lines.extend(f"  {age_label(b)}: {n}" for b, n in counts.by_age.items() if n)
    lines.append("")
    lines.append(Roster.tr("Special needs"))
    lines.extend(f"  {Roster.tr(NEEDS[f])}: {n}" for f, n in counts.needs.items() if n)
    if counts.purged:
        lines.append(Roster.tr("Personal data deleted: {count}").format(count=counts.purged))
    if counts.unreadable:
        lines.append(
            Roster.tr("Records not readable here: {count}").format(count=counts.unreadable)
        )
    return "\n".join(lines)


class RosterScreen(StaffScreen):
    """The roster list with its search, the counts, export and training mode."""

    #: Everything shown was dropped (the screen was left or locked): the controller drops
    #: the decrypted roster behind it too.
    forgotten = Signal()

    def __init__(self, metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        head = QHBoxLayout()
        self.title = label("", "title")
        head.addWidget(self.title, 1)
        self.mode = label("", "small")
        self.mode.setObjectName("roster_mode")
        head.addWidget(self.mode, 1)
        self.back = BigButton("back", "primary")
        self.back.setObjectName("roster_back")
        head.addWidget(self.back)
        self.root.addLayout(head)
        # Two pages: the roster (list, counts, export, training) and a question that needs
        # a second press (plain export, purge, training mode), shown instead of the roster.
        self.pages = QStackedWidget()
        self.pages.setObjectName("roster_pages")
        roster_page = QWidget()
        body = QHBoxLayout(roster_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(round(16 * self.unit))
        left = QVBoxLayout()
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setInputMethodHints(PRIVATE_INPUT_HINTS)
        forget_history(self.search)
        search_row.addWidget(self.search, 1)
        self.inside_only = QCheckBox()
        self.inside_only.setObjectName("roster_inside_only")
        self.inside_only.setChecked(True)
        search_row.addWidget(self.inside_only)
        left.addLayout(search_row)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("roster_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        body.addLayout(left, 3)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        counts_box, counts_layout = panel()
        self.counts = label("", "small")
        self.counts.setObjectName("roster_counts")
        counts_layout.addWidget(self.counts)
        # The shelter's capacity (settings [shelter] capacity), where its rate is read.
        capacity_row = QHBoxLayout()
        self.capacity = QLineEdit()
        self.capacity.setObjectName("roster_capacity")
        self.capacity.setValidator(QIntValidator(0, 100_000, self.capacity))
        forget_history(self.capacity)
        capacity_row.addWidget(self.capacity, 1)
        self.set_capacity = QPushButton()
        self.set_capacity.setObjectName("roster_set_capacity")
        capacity_row.addWidget(self.set_capacity)
        counts_layout.addLayout(capacity_row)
        side_layout.addWidget(counts_box)
        export_box, export_layout = panel()
        self.folder = QLineEdit()
        self.folder.setObjectName("roster_folder")
        forget_history(self.folder)
        export_layout.addWidget(self.folder)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("roster_passphrase")
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("roster_passphrase_again")
        for secret in (self.passphrase, self.passphrase_again):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setInputMethodHints(PRIVATE_INPUT_HINTS)
            forget_history(secret)
            export_layout.addWidget(secret)
        self.plain = QCheckBox()
        self.plain.setObjectName("roster_plain")
        export_layout.addWidget(self.plain)
        self.export = BigButton("lock", center=False)
        self.export.setObjectName("roster_export")
        export_layout.addWidget(self.export)
        side_layout.addWidget(export_box)
        training_box, training_layout = panel()
        self.training = BigButton("warning", center=False)
        self.training.setObjectName("roster_training")
        training_layout.addWidget(self.training)
        self.purge = BigButton("cross", center=False)
        self.purge.setObjectName("roster_purge")
        training_layout.addWidget(self.purge)
        side_layout.addWidget(training_box)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("roster_side")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        body.addWidget(scroll, 2)
        self.pages.addWidget(roster_page)

        question_page = QWidget()
        question_outer = QVBoxLayout(question_page)
        question_outer.setContentsMargins(0, 0, 0, 0)
        self.question_box, question_layout = panel("warning")
        self.question = label("")
        self.question.setObjectName("roster_question")
        question_layout.addWidget(self.question)
        answers = QHBoxLayout()
        self.no = BigButton("cross", "primary")
        self.no.setObjectName("roster_no")
        self.yes = BigButton("check")
        self.yes.setObjectName("roster_yes")
        answers.addWidget(self.no, 1)
        answers.addWidget(self.yes, 1)
        question_layout.addLayout(answers)
        question_outer.addWidget(self.question_box)
        question_outer.addStretch(1)
        self.pages.addWidget(question_page)
        self.root.addWidget(self.pages, 1)
        self.message = label("", "small")
        self.message.setObjectName("roster_message")
        self.root.addWidget(self.message)
        self.keyboard = TouchKeyboard(hideable=True)
        for field in (
            self.search,
            self.capacity,
            self.folder,
            self.passphrase,
            self.passphrase_again,
        ):
            self.keyboard.serve(field)
        self.keyboard.target_changed.connect(self._show_keyboard)
        self.keyboard.hide()
        self.root.addWidget(self.keyboard)
        self.training_on = False
        self.shown_counts: Counts | None = None
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(Roster.tr(TITLE))
        self.search.setPlaceholderText(flat(Roster.tr("Search by name or reading")))
        self.inside_only.setText(flat(Roster.tr("Only people inside now")))
        headers = [
            Roster.tr("Name"),
            Roster.tr("Reading"),
            Roster.tr("Household"),
            Roster.tr("Checked in"),
            Roster.tr("Checked out"),
            Roster.tr("Special needs"),
        ]
        self.table.setHorizontalHeaderLabels([flat(h) for h in headers])
        self.capacity.setPlaceholderText(flat(Roster.tr("Capacity (people)")))
        self.set_capacity.setText(flat(Roster.tr("Set the capacity")))
        self.folder.setPlaceholderText(flat(Roster.tr("Folder on the USB stick")))
        self.passphrase.setPlaceholderText(flat(Roster.tr("Passphrase (12 or more characters)")))
        self.passphrase_again.setPlaceholderText(flat(Roster.tr("The same passphrase again")))
        self.plain.setText(flat(Roster.tr("Without encryption (plain CSV)")))
        self.export.setText(Roster.tr("Export the roster to the USB stick"))
        self.purge.setText(Roster.tr("Delete the training records"))
        self.no.setText(Roster.tr("No"))
        self.yes.setText(Roster.tr("Yes"))
        self.back.setText(Roster.tr("Back to the staff menu"))
        self._render_mode()
        if self.shown_counts is not None:
            self.counts.setText(counts_text(self.shown_counts))

    def _render_mode(self) -> None:
        if self.training_on:
            self.mode.setText(
                Roster.tr("Training mode: only training records are shown and counted.")
            )
            self.training.setText(Roster.tr("End training mode"))
        else:
            self.mode.setText("")
            self.training.setText(Roster.tr("Start training mode"))

    # -- what the controller shows ----------------------------------------------------------

    def set_training(self, on: bool) -> None:
        self.training_on = on
        self._render_mode()

    def show_counts(self, counts: Counts) -> None:
        self.shown_counts = counts
        if not self.capacity.hasFocus():
            self.capacity.setText(str(counts.capacity) if counts.capacity else "")
        self.counts.setText(counts_text(counts))

    def show_stays(self, stays: Sequence[Stay], households: dict[str, int]) -> None:
        shown = list(stays)[:MAX_ROWS]
        self.table.setRowCount(len(shown))
        for row, stay in enumerate(shown):
            cells = (
                stay.person.name,
                getattr(stay.person, "reading", "") or "",
                str(households.get(stay.household, "")),
                stay.local(stay.checked_in_at).strftime("%m/%d %H:%M"),
                _left_text(stay),
                ", ".join(flat(Roster.tr(NEEDS[f])) for f in SituationFlag if f in stay.situation),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def ask(self, question: str) -> None:
        self.question.setText(question)
        self.keyboard.hide()
        self.pages.setCurrentIndex(1)

    @property
    def asking(self) -> bool:
        return self.pages.currentIndex() == 1

    def drop_question(self) -> None:
        self.question.setText("")
        self.pages.setCurrentIndex(0)

    def _show_keyboard(self, field: QLineEdit | QPlainTextEdit | None) -> None:
        if field is not None:
            self.keyboard.show()

    # -- leaving ----------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.forget()
        super().hideEvent(event)

    def forget(self) -> None:
        """Leaving the screen (or its auto-lock): no name, count or passphrase stays."""
        self.table.clearContents()
        self.table.setRowCount(0)
        self.search.clear()
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.plain.setChecked(False)
        self.counts.setText("")
        self.shown_counts = None
        self.message.setText("")
        self.drop_question()
        self.keyboard.hide()
        self.forgotten.emit()


def _left_text(stay: Stay) -> str:
    if stay.checked_out_at is not None:
        return stay.local(stay.checked_out_at).strftime("%m/%d %H:%M")
    if stay.closed_by:
        return flat(Roster.tr("ended by a later check-in"))
    return flat(Roster.tr("inside"))
