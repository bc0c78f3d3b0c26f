"""An on-screen keyboard for the staff fields (user id, passwords, set-up code, settings):
digits, Latin letters in both cases and the symbols of passwords and URLs, with big keys, so
a touch-only terminal needs no hardware keyboard anywhere in the staff screens.

It types into the field last touched or focused among those it serves (:meth:`serve`). Its
keys never take the focus, so the field keeps it, and with it the system's input method:
Japanese text (a shelter name) is typed with the OS's own touch keyboard or IME (docs/ui.md,
"Typing on a touch-only terminal"). Nothing typed is kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

#: The character rows of each layer (digits stay on top in both). Shift gives the letters'
#: upper case; the symbol layer holds what passwords and URLs use.
LETTERS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm.@_")
SYMBOLS = ("1234567890", "!#$%&*+=?/", ":;'\"()[]{}", "~^|\\<>,`.@")
COLUMNS = 10
#: The fields it types into: one line, or a few (a shelter's own text).
Field = QLineEdit | QPlainTextEdit


class TouchKeyboard(QWidget):
    """Big keys in a 10-column grid: four rows of characters, then Shift, the symbol layer,
    Space, Delete and Enter (and Hide when :attr:`hideable`)."""

    #: The field it types into changed (a field was touched or focused).
    target_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, hideable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.target: Field | None = None
        self.fields: list[Field] = []
        self.shifted = False
        self.symbols = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.char_keys: list[QPushButton] = []
        for row in range(len(LETTERS)):
            for column in range(COLUMNS):
                key = self._key(f"kb_{row}_{column}")
                key.clicked.connect(lambda _=False, k=key: self.type_text(k.text()))
                grid.addWidget(key, row, column)
                self.char_keys.append(key)
        bottom = len(LETTERS)
        self.shift = self._key("kb_shift", "⇧")
        self.shift.setCheckable(True)
        self.shift.toggled.connect(self._set_shifted)
        self.layer = self._key("kb_symbols")
        self.layer.clicked.connect(lambda: self._set_symbols(not self.symbols))
        self.space = self._key("kb_space")
        self.space.clicked.connect(lambda: self.type_text(" "))
        self.delete = self._key("kb_backspace", "⌫")
        self.delete.clicked.connect(lambda: self._press(Qt.Key.Key_Backspace))
        self.enter = self._key("kb_enter", "↵")
        self.enter.clicked.connect(lambda: self._press(Qt.Key.Key_Return))
        self.hide_key = self._key("kb_hide", "⌨ ▾")
        self.hide_key.clicked.connect(self.hide)
        self.hide_key.setVisible(hideable)
        grid.addWidget(self.shift, bottom, 0, 1, 2)
        grid.addWidget(self.layer, bottom, 2, 1, 2)
        grid.addWidget(self.space, bottom, 4, 1, 3 if hideable else 4)
        if hideable:
            grid.addWidget(self.hide_key, bottom, 7)
        grid.addWidget(self.delete, bottom, 8)
        grid.addWidget(self.enter, bottom, 9)
        self._relabel()

    def _key(self, name: str, text: str = "") -> QPushButton:
        # A child from the start: a key left out of the grid (Hide) is no window of its own.
        key = QPushButton(text, self)
        key.setObjectName(name)
        key.setProperty("role", "key")
        # Never the focus: the field keeps it (and the system's input method with it).
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(name == "kb_backspace")
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setStyleSheet("min-width: 0px; padding-left: 0px; padding-right: 0px;")
        return key

    def serve(self, *fields: Field) -> None:
        """Type into these fields: the one last touched or focused gets the keys."""
        for field in fields:
            if field not in self.fields:
                self.fields.append(field)
                field.installEventFilter(self)
                if isinstance(field, QPlainTextEdit):
                    field.viewport().installEventFilter(self)  # where a text box is touched
        if self.target is None and self.fields:
            self.target = self.fields[0]

    def set_target(self, field: Field | None) -> None:
        self.target = field
        self.target_changed.emit(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            for field in self.fields:
                if watched is field or (
                    isinstance(field, QPlainTextEdit) and watched is field.viewport()
                ):
                    self.set_target(field)
        return False

    def type_text(self, text: str) -> None:
        """Insert ``text`` where the target field's cursor is (replacing a selection)."""
        field = self._usable_target()
        if isinstance(field, QLineEdit) and text:
            field.insert(text)
        elif isinstance(field, QPlainTextEdit) and text:
            field.insertPlainText(text)

    def _press(self, key: Qt.Key) -> None:
        """Delete and Enter reach the field as key presses (Enter submits the form)."""
        field = self._usable_target()
        if field is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    def _usable_target(self) -> Field | None:
        field = self.target
        if field is None or not field.isVisible() or not field.isEnabled() or field.isReadOnly():
            return None
        return field

    def _set_shifted(self, shifted: bool) -> None:
        self.shifted = shifted
        self._relabel()

    def _set_symbols(self, symbols: bool) -> None:
        self.symbols = symbols
        self._relabel()

    def reset(self) -> None:
        """Back to lower-case letters (a screen shown again starts from there)."""
        self.shift.setChecked(False)
        self._set_symbols(False)

    def _relabel(self) -> None:
        rows = SYMBOLS if self.symbols else LETTERS
        for index, key in enumerate(self.char_keys):
            char = rows[index // COLUMNS][index % COLUMNS]
            key.setText(char.upper() if self.shifted and not self.symbols else char)
        self.shift.setEnabled(not self.symbols)
        self.layer.setText("abc" if self.symbols else "#+=")
        self.retranslate()

    def retranslate(self) -> None:
        self.space.setText(QCoreApplication.translate("Keyboard", "Space"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
