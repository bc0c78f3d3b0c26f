"""Reusable touch widgets: big buttons with icon and words, a masked numeric keypad, labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import furigana
from kiosk.text import linebreak
from kiosk.ui import theme
from kiosk.ui.ruby import RubyLabel

#: Languages whose Han characters are not Japanese: their texts are not segmented.
NOT_JAPANESE_HAN = (QLocale.Language.Chinese, QLocale.Language.Korean)


def phrase_text(text: str) -> str:
    """``text`` as a label shows it: its Japanese lines may break only between phrases
    (``kiosk.text.linebreak``). In ja and ja_easy, and the Japanese words other languages
    show (昭和 on an era button, a shelter's name); not in Chinese or Korean."""
    if QLocale().language() in NOT_JAPANESE_HAN:
        return text
    return linebreak.keep_phrases(text)


class PhraseLabel(RubyLabel):
    """A label whose Japanese lines break between phrases, never inside one (任／意), and
    which draws furigana for やさしい日本語 texts that carry them (kiosk/ui/ruby.py).

    What it draws holds invisible WORD JOINERs; :meth:`text` gives the text as it was set
    (tests and callers compare it with their own strings). ``phrases=False`` for text that
    is not a sentence of ours (a name or an address: BudouX's model is not made for them).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, phrases: bool = True):
        super().__init__(parent)
        self._source = ""
        #: False: shown as it is (a name, an address).
        self.phrases = phrases
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._source = text
        super().setText(phrase_text(text) if self.phrases else text)

    def text(self) -> str:
        return self._source


def label(
    text: str = "",
    role: str = "",
    *,
    wrap: bool = True,
    center: bool = False,
    phrases: bool = True,
) -> QLabel:
    widget = PhraseLabel(text, phrases=phrases)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


class IconLabel(QLabel):
    """An SVG icon rendered at a fixed pixel size (a picture next to every word)."""

    def __init__(self, name: str, size: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.set_icon(name)
        self.setFixedSize(size, size)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def icon_name(self) -> str:
        """The name of the icon shown (``check``, ``tick_on``...)."""
        return self._name

    def set_icon(self, name: str) -> None:
        self._name = name
        pixmap: QPixmap = theme.icon(name).pixmap(QSize(self._size, self._size))
        self.setPixmap(pixmap)


#: Focus reasons that mean a keyboard user moved the focus.
KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class BigButton(QPushButton):
    """A large button with an icon and a wrapping text (long translations never clip).

    QPushButton cannot wrap its own text, so the text lives in a child label and the
    button's size hints come from its layout.
    """

    def __init__(
        self,
        icon_name: str = "",
        variant: str = "",
        parent: QWidget | None = None,
        *,
        icon_size: int = 44,
        center: bool = True,
        vertical: bool = False,
        wrap: bool = True,
        text_role: str = "",
        tick: bool = False,
    ) -> None:
        """``tick``: a choice one switches on and off ("tell staff"): checkable, a box that
        shows a tick when chosen, and a light look unlike the dark main button."""
        super().__init__(parent)
        if tick:
            variant = "toggle"
            self.setCheckable(True)
        if variant:
            self.setProperty("variant", variant)
        self.setProperty("ring", False)
        layout: QBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        #: The button's own layout (QWidget.layout() is typed as possibly None).
        self.box = layout
        layout.setContentsMargins(10 if vertical else 18, 4 if vertical else 8, 10, 4)
        layout.setSpacing(2 if vertical else 14)
        self.icon_label: IconLabel | None = None
        #: The tick box of a ``tick`` button.
        self.tick_label: IconLabel | None = None
        if center:
            layout.addStretch(1)
        if tick:
            self.tick_label = IconLabel("tick_off", max(32, icon_size - 4))
            layout.addWidget(self.tick_label, 0, Qt.AlignmentFlag.AlignVCenter)
        if icon_name:
            self.icon_label = IconLabel(icon_name, icon_size)
            icon_align = (
                Qt.AlignmentFlag.AlignHCenter if vertical else Qt.AlignmentFlag.AlignVCenter
            )
            layout.addWidget(self.icon_label, 0, icon_align)
        self.text_label = PhraseLabel()
        if text_role:
            self.text_label.setObjectName(text_role)
        self.text_label.setWordWrap(wrap)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label.setAlignment(
            Qt.AlignmentFlag.AlignCenter if center else Qt.AlignmentFlag.AlignLeft
        )
        text_align = Qt.AlignmentFlag.AlignHCenter if vertical else Qt.AlignmentFlag.AlignVCenter
        layout.addWidget(self.text_label, 0 if center else 1, text_align)
        if center:
            layout.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Layouts ask heightForWidth() only of widgets whose policy says they have one.
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._variant = variant
        self.toggled.connect(self._restyle_label)
        self._restyle_label()

    def _restyle_label(self) -> None:
        # Style sheets cannot select a child by its parent's state (:checked, :disabled),
        # so the label carries the state as properties.
        inverse = (self._variant in ("primary", "danger", "ok") and self.isEnabled()) or (
            self.isChecked() and self._variant != "toggle"
        )
        if self.tick_label is not None:
            self.tick_label.set_icon("tick_on" if self.isChecked() else "tick_off")
        self.text_label.setProperty("inverse", inverse)
        self.text_label.setProperty("dim", not self.isEnabled())
        self.text_label.style().unpolish(self.text_label)
        self.text_label.style().polish(self.text_label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange:
            self._restyle_label()
        super().changeEvent(event)

    # The focus ring shows only for keyboard users: a tapped button (or one focused by a
    # screen change) gets the focus, not the yellow ring that makes it look chosen.
    #: True after Tab / a key on a button, False after a touch or click (one for the app).
    keyboard_mode = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        reason = event.reason()
        if reason in KEYBOARD_FOCUS:
            BigButton.keyboard_mode = True
        elif reason == Qt.FocusReason.MouseFocusReason:
            BigButton.keyboard_mode = False
        self._set_ring(BigButton.keyboard_mode)
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        BigButton.keyboard_mode = False
        self._set_ring(False)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        BigButton.keyboard_mode = True
        self._set_ring(self.hasFocus())
        super().keyPressEvent(event)

    # No focusOutEvent override: Qt sends FocusOut while a focused button is destroyed,
    # when a Python override can no longer run; the ":focus" in the style sheet hides the
    # ring of a button that lost the focus.

    def ring_shown(self) -> bool:
        """True while the keyboard focus ring is drawn around this button."""
        return bool(self.property("ring")) and self.hasFocus()

    def _set_ring(self, on: bool) -> None:
        if bool(self.property("ring")) != on:
            self.setProperty("ring", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.text_label.setText(text)
        # A screen reader gets the words, not the furigana marks (漢字《かんじ》 -> 漢字).
        try:
            self.setAccessibleName(furigana.plain(text))
        except furigana.FuriganaError:  # not furigana: a text that merely holds a 《
            self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.text_label.text()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.box.sizeHint()
        return hint.expandedTo(QSize(self.minimumWidth(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.box.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(self.box.totalHeightForWidth(width), self.minimumHeight())


class MaskedDots(QLabel):
    """Shows how many digits were typed as dots; the digits themselves are never shown."""

    def __init__(self, length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dots")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._length = length
        self.show_count(0)

    def set_length(self, length: int) -> None:
        self._length = length

    def show_count(self, count: int) -> None:
        self.setText(" ".join("●" if i < count else "○" for i in range(self._length)))


class Keypad(QWidget):
    """A large 3x4 numeric keypad, every key the same size (no empty cell).

    The bottom row is [Delete] [0] [OK] with ``with_ok`` (PIN, 照合番号B), else
    [Clear] [0] [Delete] (the phone number, whose screen has its own Done). It stores
    nothing: the owner keeps (and wipes) the digits, or uses :class:`DigitEntry`.
    """

    digit = Signal(str)
    erase = Signal()
    clear = Signal()
    ok = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_ok: bool = True) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        self.digit_buttons: dict[str, BigButton] = {}
        for index, key in enumerate("123456789"):
            button = self._key(BigButton(variant="key"), f"key_{key}", index // 3, index % 3)
            button.setText(key)
            button.clicked.connect(lambda _=False, d=key: self.digit.emit(d))
            self.digit_buttons[key] = button
        zero = self._key(BigButton(variant="key"), "key_0", 3, 1)
        zero.setText("0")
        zero.clicked.connect(lambda: self.digit.emit("0"))
        self.digit_buttons["0"] = zero
        self.delete_button = self._key(
            self._word_key("backspace"), "key_delete", 3, 0 if with_ok else 2
        )
        self.delete_button.clicked.connect(self.erase.emit)
        #: OK with ``with_ok``; otherwise hidden and disabled (a keyboard's Enter does nothing).
        self.ok_button = self._word_key("check", "primary")
        self.ok_button.setObjectName("key_ok")
        self.ok_button.clicked.connect(self.ok.emit)
        #: Clear (everything typed) without ``with_ok``.
        self.clear_button = self._word_key("cross")
        self.clear_button.setObjectName("key_clear")
        self.clear_button.clicked.connect(self.clear.emit)
        # The key not in the grid stays a hidden child: a parentless one would be a window
        # of its own, freed only by Python's garbage collector (tests/ui/test_gc_teardown.py).
        if with_ok:
            self._key(self.ok_button, "key_ok", 3, 2)
            self.clear_button.setParent(self)
            self.clear_button.hide()
        else:
            self._key(self.clear_button, "key_clear", 3, 0)
            self.ok_button.setParent(self)
            self.ok_button.hide()
            self.ok_button.setEnabled(False)
        for row in range(4):
            grid.setRowStretch(row, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    @staticmethod
    def _word_key(icon_name: str, variant: str = "") -> BigButton:
        """A key with an icon over a word (Delete, OK, Clear): little padding, the word
        needs the room."""
        key = BigButton(icon_name, variant, icon_size=28, vertical=True, text_role="key")
        key.box.setContentsMargins(0, 4, 0, 4)
        key.setProperty("word_key", True)
        return key

    def _key(self, button: BigButton, name: str, row: int, column: int) -> BigButton:
        button.setObjectName(name)
        # Every cell the same size: the grid's stretch decides, not the text's height.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setSizePolicy(policy)
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(button, row, column)
        return button

    def keys(self) -> list[BigButton]:
        """The twelve keys on the pad."""
        extra = self.ok_button if self.ok_button.isVisibleTo(self) else self.clear_button
        return [*self.digit_buttons.values(), self.delete_button, extra]

    def retranslate(self) -> None:
        self.delete_button.setText(QCoreApplication.translate("Keypad", "Delete"))
        self.ok_button.setText(QCoreApplication.translate("Keypad", "OK"))
        self.clear_button.setText(QCoreApplication.translate("Keypad", "Clear"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DigitEntry(Keypad):
    """A keypad that keeps what is typed: up to ``max_length`` digits in a list the owner
    reads with :meth:`typed` and wipes with :meth:`wipe` (a PIN, a phone number).
    ``changed`` carries the number of digits after every key."""

    changed = Signal(int)

    def __init__(
        self, max_length: int, parent: QWidget | None = None, *, with_ok: bool = True
    ) -> None:
        super().__init__(parent, with_ok=with_ok)
        self.max_length = max_length
        self._digits: list[str] = []
        self.digit.connect(self._press)
        self.erase.connect(self._erase)
        self.clear.connect(self.wipe)

    def typed(self) -> str:
        return "".join(self._digits)

    def count(self) -> int:
        return len(self._digits)

    def wipe(self) -> None:
        """Forget every digit (overwritten first: a PIN lives only in this list)."""
        for index in range(len(self._digits)):
            self._digits[index] = ""
        self._digits = []
        self.changed.emit(0)

    def _press(self, digit: str) -> None:
        if len(self._digits) < self.max_length:
            self._digits.append(digit)
        self.changed.emit(len(self._digits))

    def _erase(self) -> None:
        if self._digits:
            self._digits.pop()
        self.changed.emit(len(self._digits))


class Picture(QSvgWidget):
    """An SVG picture that keeps its aspect ratio inside the space it gets."""

    def __init__(self, name: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(theme.picture_path(name), parent)
        size = self.renderer().defaultSize()
        ratio = size.width() / max(1, size.height())
        self.setFixedSize(round(height * ratio), height)


def panel(role: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


#: Input-method hints of fields with personal data or secrets: the on-screen keyboard / IME
#: neither learns nor suggests what was typed (the next person would see it offered).
PRIVATE_INPUT_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def forget_history(field: QLineEdit) -> None:
    """A field that may hold personal data or a secret: no context menu (Undo, Paste of
    someone else's text), no drag out of it, nothing learnt by the input method. Reset it
    with ``setText("")``, which also clears its undo."""
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    field.setInputMethodHints(field.inputMethodHints() | PRIVATE_INPUT_HINTS)
