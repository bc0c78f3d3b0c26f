"""Staff screens for people without a card: proxy registration of a household, forced
check-out and correction (issue 13 point 2; the logic is kiosk.registration, Qt-free).

One staff screen with four pages: the choice, the person form (one household member at a
time, or the record to correct), the search among open check-ins, and the check-out's
confirmation. Driven by kiosk.ui.controllers.registration. The fields' names, choices and
errors are the phone form's texts (kiosk.webreg.texts, seven languages); the staff's own
texts are in the Qt catalogues. Everything typed or found is dropped by :meth:`forget`
(leaving the screen, the staff screens' auto-lock).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHideEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import SituationFlag
from kiosk.records import Person
from kiosk.registration import OpenEntry
from kiosk.ui.i18n import Context
from kiosk.ui.keyboard import TouchKeyboard
from kiosk.ui.staff import ChoiceButtons, StaffScreen
from kiosk.ui.widgets import PRIVATE_INPUT_HINTS, BigButton, forget_history, label
from kiosk.webreg import texts as web
from kiosk.webreg.form import ERAS, FieldError, FormValues

Registration = Context("Registration")

#: The calendar choices: the Western one, then the eras the phone form offers.
CALENDARS = ("western", *ERAS)
#: Sex choices: none given, then the phone form's.
SEXES = ("", "male", "female", "not_applicable", "unknown")
#: The form's fields in the order the errors are listed.
FIELDS = ("name", "reading", "address", "birth_date", "sex", "phone", "message")
#: At most this many search results are shown (type more of the name for the rest).
MAX_RESULTS = 30


class PersonForm(QWidget):
    """One person's fields, as typed (strings): kept as they are when validation fails."""

    def __init__(self, language: Callable[[], str]) -> None:
        super().__init__()
        self.language = language
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = self._line("reg_name")
        self.reading = self._line("reg_reading")
        self.address = self._line("reg_address")
        self.calendar = ChoiceButtons("reg_calendar", [(c, "") for c in CALENDARS], columns=3)
        self.year = self._line("reg_year")
        self.month = self._line("reg_month")
        self.day = self._line("reg_day")
        self.sex = ChoiceButtons("reg_sex", [(s or "none", "") for s in SEXES], columns=3)
        self.phone = self._line("reg_phone")
        self.message = QPlainTextEdit()
        self.message.setObjectName("reg_message")
        self.message.setTabChangesFocus(True)
        # Personal text: no context menu (Undo, Paste), nothing learnt by the input method.
        self.message.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.message.setInputMethodHints(self.message.inputMethodHints() | PRIVATE_INPUT_HINTS)
        self.message.setFixedHeight(round(QFontMetrics(self.message.font()).lineSpacing() * 3.6))
        # Large tick buttons (a check box answers only on its small box and its words).
        self.flags: dict[SituationFlag, BigButton] = {}
        for flag in SituationFlag:
            box = BigButton(center=False, tick=True)
            box.setObjectName(f"reg_flag_{flag.value}")
            self.flags[flag] = box
        date_row = QHBoxLayout()
        self.date_captions: list[QLabel] = []
        for field in (self.year, self.month, self.day):
            caption = label("", "small", wrap=False)
            self.date_captions.append(caption)
            date_row.addWidget(field, 1)
            date_row.addWidget(caption)
        # The second and later members may take the first one's address (the screen's).
        self.copy_address = BigButton("open", center=False)
        self.copy_address.setObjectName("reg_copy_address")
        flag_grid = QGridLayout()
        for index, box in enumerate(self.flags.values()):
            flag_grid.addWidget(box, index // 2, index % 2)
        rows: list[tuple[str, QWidget | QHBoxLayout | QGridLayout]] = [
            ("name", self.name),
            ("reading", self.reading),
            ("address", self.address),
            ("", self.copy_address),
            ("birth_date", self.calendar),
            ("", date_row),
            ("sex", self.sex),
            ("phone", self.phone),
            ("situation", flag_grid),
            ("message", self.message),
        ]
        row = 0
        for key, widget in rows:
            caption = label("")
            caption.setMaximumWidth(260)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if key:
                self.captions[key] = caption
            if isinstance(widget, QWidget):
                grid.addWidget(widget, row, 1)
            else:
                grid.addLayout(widget, row, 1)
            row += 1
            if key in FIELDS:
                error = label("", "small")
                error.setObjectName(f"reg_error_{key}")
                error.hide()
                grid.addWidget(error, row, 1)
                self.errors[key] = error
                row += 1
        grid.setColumnStretch(1, 1)
        self.clear()

    @staticmethod
    def _line(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        forget_history(field)
        return field

    @property
    def text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [
            self.name,
            self.reading,
            self.address,
            self.year,
            self.month,
            self.day,
            self.phone,
            self.message,
        ]

    def retranslate(self) -> None:
        lang = self.language()
        for key, caption in self.captions.items():
            caption.setText(web.text(key, lang))
        for value, button in self.calendar.buttons.items():
            button.setText(
                Registration.tr("Western calendar") if value == "western" else era_name(value, lang)
            )
        for value, button in self.sex.buttons.items():
            button.setText(
                Registration.tr("Not given") if value == "none" else web.text(f"sex_{value}", lang)
            )
        for flag, box in self.flags.items():
            box.setText(web.text(f"flag_{flag.value}", lang))
        for key, caption in zip(("year", "month", "day"), self.date_captions, strict=True):
            caption.setText(web.text(key, lang))

    # -- values ----------------------------------------------------------------------------

    def values(self) -> FormValues:
        """What is typed, as the phone form's values (validated by kiosk.registration)."""
        calendar = self.calendar.value()
        year, month, day = (f.text().strip() for f in (self.year, self.month, self.day))
        western = ""
        if calendar == "western" and (year or month or day):
            western = f"{year}-{month.zfill(2)}-{day.zfill(2)}"
        sex = self.sex.value()
        return FormValues(
            name=self.name.text(),
            reading=self.reading.text(),
            sex="" if sex == "none" else sex,
            birth_date=western,
            era="" if calendar == "western" else calendar,
            era_year="" if calendar == "western" else year,
            era_month="" if calendar == "western" else month,
            era_day="" if calendar == "western" else day,
            address=self.address.text(),
            phone=self.phone.text(),
            flags=tuple(flag.value for flag, box in self.flags.items() if box.isChecked()),
            message=self.message.toPlainText(),
        )

    def is_blank(self) -> bool:
        return not any(
            f.toPlainText() if isinstance(f, QPlainTextEdit) else f.text().strip()
            for f in self.text_fields
        ) and not any(box.isChecked() for box in self.flags.values())

    def load(self, person: Person, situation: frozenset[SituationFlag]) -> None:
        """Fill the form with a record's person (a correction starts from it)."""
        self.clear()
        self.name.setText(person.name)
        self.reading.setText(person.reading)
        self.address.setText(person.address)
        if person.birth_date is not None:
            self._set_date(person.birth_date)
        self.sex.set_value(person.sex.value if person.sex else "none")
        self.phone.setText(person.phone)
        self.message.setPlainText(person.message_to_staff)
        for flag, box in self.flags.items():
            box.setChecked(flag in situation)

    def _set_date(self, day: date) -> None:
        self.calendar.set_value("western")
        self.year.setText(str(day.year))
        self.month.setText(str(day.month))
        self.day.setText(str(day.day))

    def clear(self, *, keep_address: bool = False) -> None:
        for field in self.text_fields:
            if keep_address and field is self.address:
                continue
            # setText / setPlainText also empty the undo history (clear() is undoable).
            if isinstance(field, QPlainTextEdit):
                field.setPlainText("")
            else:
                field.setText("")
        for box in self.flags.values():
            box.setChecked(False)
        self.calendar.set_value("western")
        self.sex.set_value("none")
        self.show_errors({})

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        lang = self.language()
        for key, widget in self.errors.items():
            error = errors.get(key)
            if error is None:
                widget.setText("")
                widget.hide()
                continue
            values = {"n": error.n} if error.n is not None else {}
            widget.setText(web.text(error.key, lang, **values))
            widget.show()


class RegistrationScreen(StaffScreen):
    """The staff's registration pages; the controller connects the buttons."""

    HOME, FORM, SEARCH, CONFIRM = range(4)

    def __init__(self, language: Callable[[], str], metrics_height: int = 800) -> None:
        super().__init__(metrics_height)
        self.language = language
        self.title = label("", "title")
        self.root.addWidget(self.title)
        self.pages = QStackedWidget()
        self.root.addWidget(self.pages, 1)
        self.pages.addWidget(self._home_page())
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._search_page())
        self.pages.addWidget(self._confirm_page())
        self.result_buttons: list[BigButton] = []
        self.on_result: Callable[[int], None] = lambda _index: None
        #: Called by :meth:`forget`: the controller drops its draft and what it decrypted.
        self.on_forget: Callable[[], None] = lambda: None
        self.mode = "register"
        self.retranslate()

    # -- pages -----------------------------------------------------------------------------

    def _home_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.home_register = self._button("reg_home_register", "staff")
        self.home_checkout = self._button("reg_home_checkout", "checkout")
        self.home_correct = self._button("reg_home_correct", "settings")
        self.home_message = label("")
        self.home_message.setObjectName("reg_message_line")
        self.home_back = BigButton("back", "primary")
        self.home_back.setObjectName("reg_home_back")
        for widget in (self.home_register, self.home_checkout, self.home_correct):
            column.addWidget(widget)
        column.addWidget(self.home_message)
        column.addStretch(1)
        column.addWidget(self.home_back)
        return page

    def _form_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.form_heading = label("", "subtitle", wrap=False)
        self.form_heading.setObjectName("reg_form_heading")
        column.addWidget(self.form_heading)
        self.household_line = label("", "small")
        self.household_line.setObjectName("reg_household")
        column.addWidget(self.household_line)
        self.form = PersonForm(self.language)
        self.form_scroll = scrolling(self.form)
        self.form_scroll.setMinimumHeight(80)
        column.addWidget(self.form_scroll, 1)
        # The on-screen keyboard comes up under the form when a text field is touched (the
        # form scrolls to keep that field in sight), as on the settings screen.
        self.keyboard = TouchKeyboard(hideable=True)
        self.keyboard.serve(*self.form.text_fields)
        self.keyboard.target_changed.connect(self._show_keyboard)
        self.keyboard.hide()
        # While it shows, the title and the household line step aside (both do not fit
        # 800 px with the form's room); hidden again, they come back.
        self.keyboard.installEventFilter(self)
        column.addWidget(self.keyboard)
        # Shown with the errors (the keyboard then steps aside: both do not fit 800 px).
        self.form_error = label("")
        self.form_error.setObjectName("error")
        self.form_error.hide()
        column.addWidget(self.form_error)
        row = QHBoxLayout()
        self.form_cancel = BigButton("cross")
        self.form_cancel.setObjectName("reg_cancel")
        self.form_copy_address = self.form.copy_address  # under the address field
        self.form_add = BigButton("staff")
        self.form_add.setObjectName("reg_add_member")
        self.form_save = BigButton("check", "primary")
        self.form_save.setObjectName("reg_save")
        for button in (self.form_cancel, self.form_add, self.form_save):
            row.addWidget(button, 1)
        column.addLayout(row)
        return page

    def _show_keyboard(self, field: QLineEdit | QPlainTextEdit | None) -> None:
        if field is None or self.pages.currentIndex() != self.FORM:
            return
        self.form_error.hide()
        self._keyboard_room(True)  # first: the window never holds both for a moment
        self.keyboard.show()
        self.form_scroll.ensureWidgetVisible(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.keyboard and event.type() == QEvent.Type.Hide:
            self._keyboard_room(False)
        return super().eventFilter(watched, event)

    def _keyboard_room(self, up: bool) -> None:
        self.title.setVisible(not up)
        self.household_line.setVisible(not up and bool(self.household_line.text()))

    def _search_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.search_heading = label("", "subtitle")
        column.addWidget(self.search_heading)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.search_caption = label("", wrap=False)
        left.addWidget(self.search_caption)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("reg_search")
        forget_history(self.search_field)
        left.addWidget(self.search_field)
        self.search_note = label("", "small")
        self.search_note.setObjectName("reg_search_note")
        left.addWidget(self.search_note)
        results = QWidget()
        self.results_layout = QVBoxLayout(results)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_layout.addStretch(1)
        self.results_scroll = scrolling(results)
        left.addWidget(self.results_scroll, 1)
        body.addLayout(left, 5)
        self.search_keyboard = TouchKeyboard()
        self.search_keyboard.serve(self.search_field)
        keys = QVBoxLayout()
        keys.addWidget(self.search_keyboard)
        keys.addStretch(1)
        body.addLayout(keys, 4)
        column.addLayout(body, 1)
        self.search_cancel = BigButton("back")
        self.search_cancel.setObjectName("reg_search_back")
        column.addWidget(self.search_cancel)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.confirm_text = label("", "subtitle")
        self.confirm_text.setObjectName("reg_confirm_text")
        column.addWidget(self.confirm_text)
        self.confirm_error = label("")
        self.confirm_error.setObjectName("error")
        column.addWidget(self.confirm_error)
        column.addStretch(1)
        row = QHBoxLayout()
        self.confirm_no = BigButton("cross")
        self.confirm_no.setObjectName("reg_confirm_no")
        self.confirm_yes = BigButton("checkout", "primary")
        self.confirm_yes.setObjectName("reg_confirm_yes")
        row.addWidget(self.confirm_no, 1)
        row.addWidget(self.confirm_yes, 1)
        column.addLayout(row)
        return page

    @staticmethod
    def _button(name: str, icon: str) -> BigButton:
        button = BigButton(icon, center=False)
        button.setObjectName(name)
        return button

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(Registration.tr("People without a card"))
        self.home_register.setText(Registration.tr("Register people without a card"))
        self.home_checkout.setText(Registration.tr("Check someone out by hand"))
        self.home_correct.setText(Registration.tr("Correct a record"))
        self.home_back.setText(Registration.tr("Back to the staff menu"))
        self.form_cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.form_copy_address.setText(Registration.tr("Same address as the first member"))
        self.form_add.setText(Registration.tr("Add another member"))
        self.search_caption.setText(Registration.tr("Name or reading"))
        self.search_cancel.setText(Registration.tr("Back"))
        self.confirm_no.setText(QCoreApplication.translate("Common", "Cancel"))
        self.confirm_yes.setText(Registration.tr("Check out"))
        self.search_heading.setText(
            Registration.tr("Who is checking out?")
            if self.mode == "checkout"
            else Registration.tr("Whose record is wrong?")
        )
        self.form_save.setText(
            Registration.tr("Save the correction")
            if self.mode == "correct"
            else Registration.tr("Register")
        )
        self.form.retranslate()

    # -- what the controller shows ---------------------------------------------------------

    def show_home(self, message: str = "") -> None:
        self.home_message.setText(message)
        self.pages.setCurrentIndex(self.HOME)

    def show_form(self, mode: str, member: int = 1, names: Sequence[str] = ()) -> None:
        """The form for member ``member`` of a household (``names``: those already entered),
        or for a correction."""
        self.mode = mode
        self.retranslate()
        correcting = mode == "correct"
        self.form_heading.setText(
            Registration.tr("Correct the record")
            if correcting
            else Registration.tr("Member {n} of the household").format(n=member)
        )
        self.household_line.setText(
            Registration.tr("Already entered: {names}").format(names=", ".join(names))
            if names
            else ""
        )
        self.household_line.setVisible(bool(names))
        self.form_copy_address.setVisible(not correcting and member > 1)
        self.form_add.setVisible(not correcting)
        self.form_error.setText("")
        self.form_error.hide()
        self.keyboard.reset()
        self.keyboard.hide()
        self.pages.setCurrentIndex(self.FORM)
        self.form_scroll.verticalScrollBar().setValue(0)
        # No field is focused: the whole form shows first (a correction starts from the
        # record); touching a field brings up the keyboard.

    def show_search(self, mode: str) -> None:
        self.mode = mode
        self.retranslate()
        self.search_field.setText("")
        self.search_keyboard.reset()
        self.search_keyboard.set_target(self.search_field)
        self.pages.setCurrentIndex(self.SEARCH)
        self.search_field.setFocus()

    def show_reading(self) -> None:
        """The open check-ins are being read (off the UI thread): no result yet."""
        self.show_results([])
        self.search_note.setText(Registration.tr("Reading the records..."))

    def show_results(self, entries: Sequence[OpenEntry], *, unreadable: int = 0) -> None:
        """One big button per open check-in found: name, reading, when and where it was made."""
        for button in self.result_buttons:
            self.results_layout.removeWidget(button)
            button.hide()
            button.setParent(None)  # out of the window now, not at the next event loop
            button.deleteLater()
        self.result_buttons = []
        for index, entry in enumerate(entries[:MAX_RESULTS]):
            button = BigButton(center=False)
            button.setObjectName(f"reg_result_{index}")
            button.setText(result_text(entry))
            button.clicked.connect(lambda _=False, i=index: self.on_result(i))
            self.results_layout.insertWidget(index, button)
            button.show()  # at once (a layout shows a new child only at the next event loop)
            self.result_buttons.append(button)
        notes = []
        if not entries:
            notes.append(Registration.tr("No open check-in found."))
        elif len(entries) > MAX_RESULTS:
            notes.append(Registration.tr("More were found: type more of the name."))
        if unreadable:
            notes.append(Registration.tr("%n records could not be read.", "", unreadable))
        self.search_note.setText(" ".join(notes))

    def show_form_error(self, text: str) -> None:
        """The form's message (the keyboard steps aside for it until a field is touched)."""
        self.keyboard.hide()
        self.form_error.setText(text)
        self.form_error.show()

    def show_confirm(self, entry: OpenEntry) -> None:
        self.confirm_text.setText(
            Registration.tr("Check this person out?\n{person}").format(person=result_text(entry))
        )
        self.confirm_error.setText("")
        self.pages.setCurrentIndex(self.CONFIRM)

    def set_confirm_busy(self, busy: bool) -> None:
        """The check-out's last look at the records runs: its buttons wait meanwhile."""
        self.confirm_yes.setEnabled(not busy)
        self.confirm_no.setEnabled(not busy)

    def forget(self) -> None:
        """Nothing typed or found stays: the staff screens locked, or staff left."""
        self.form.clear()
        self.form_error.setText("")
        self.form_error.hide()
        self.household_line.setText("")
        self.search_field.setText("")
        self.show_results([])
        self.search_note.setText("")
        self.confirm_text.setText("")
        self.confirm_error.setText("")
        self.set_confirm_busy(False)
        self.keyboard.reset()
        self.search_keyboard.reset()
        self.show_home()
        self.on_forget()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.forget()
        super().hideEvent(event)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a vertical scroll area (a finger scrolls it; no sideways scrolling)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # Its content's full height is no wish of the page: the window must never grow to it.
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    return area


def era_name(key: str, lang: str) -> str:
    """令和 etc. in Japanese (with furigana in やさしい日本語), else "Reiwa (令和)"."""
    names = web.ERA_NAMES[key]
    if lang in names:
        return names[lang]
    era = ERAS[key]
    return f"{era.romaji} ({era.name})"


def result_text(entry: OpenEntry) -> str:
    """A found check-in for staff: name (reading), the local time of the check-in."""
    person = entry.person
    check_in = entry.check_in
    local = check_in.occurred_at.astimezone(
        timezone(timedelta(minutes=check_in.utc_offset_minutes))
    )
    name = f"{person.name} ({person.reading})" if person.reading else person.name
    return Registration.tr("{name}, checked in {time}").format(
        name=name, time=local.strftime("%m/%d %H:%M")
    )
