"""The evacuee screens: one widget per flow Step, each rendering only a FlowView.

A screen reports input to the machine through its :class:`FlowInput` (the FlowHost) and never
decides what comes next. Personal data shown on a screen is dropped by
``clear_personal_data()`` whenever the machine lets go of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Concatenate, ParamSpec, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import dates, era, languages
from kiosk.cards.api import Secret, SecretKind
from kiosk.clock import Clock, SystemClock
from kiosk.domain import CardType, Sex, SituationFlag
from kiosk.flow.consent import consent_version
from kiosk.flow.contract import (
    Action,
    Calendar,
    CodeBInput,
    ConfirmInput,
    Effect,
    FlowView,
    NoticeCode,
    Step,
)
from kiosk.flow.machine import CheckInFlow
from kiosk.settings import CameraMode
from kiosk.store import StoreCondition
from kiosk.sync.status import SyncStatus
from kiosk.text import phone
from kiosk.ui import i18n, texts, theme
from kiosk.ui.i18n import QT_TRANSLATE_NOOP
from kiosk.ui.staff import STORE_CORRUPT
from kiosk.ui.widgets import (
    BigButton,
    DigitEntry,
    IconLabel,
    Keypad,
    MaskedDots,
    Picture,
    forget_history,
    label,
    panel,
)

P = ParamSpec("P")


class FlowInput(Protocol):
    def send(
        self,
        method: Callable[Concatenate[CheckInFlow, P], Iterable[Effect]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        """Feed one input to the flow: a CheckInFlow method (``CheckInFlow.agree``) and its
        arguments, never a method name."""

    def today(self) -> date:
        """Today's local date by the kiosk's (injected) clock."""


class NoFlowInput:
    """A FlowInput that feeds nothing: screens shown without a flow (the start-up failure
    screen, the screenshot gallery)."""

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock or SystemClock()

    def send(
        self,
        method: Callable[Concatenate[CheckInFlow, P], Iterable[Effect]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        pass

    def today(self) -> date:
        return self._clock.now().astimezone().date()


class Screen(QWidget):
    """Base of every screen: keeps the last view, re-renders on language change."""

    step: Step | None = None

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__()
        self.flow = flow
        self.view = FlowView()
        self.unit = max(1.0, metrics_height / 800)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(
            round(32 * self.unit), round(14 * self.unit), round(32 * self.unit), 14
        )
        self.root.setSpacing(round(14 * self.unit))

    def main_action(self) -> BigButton | None:
        """The screen's main action: its first visible, enabled primary button (None on
        screens without one: idle, PIN, printed numbers, reading)."""
        primary = (b for b in self.findChildren(BigButton) if b.property("variant") == "primary")
        return next((b for b in primary if b.isVisibleTo(self) and b.isEnabled()), None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # A screen that comes up puts the focus on its main action, or nowhere (on the
        # screen itself): never left on the button tapped on the screen before. The ring
        # shows only for keyboard users (widgets.BigButton).
        super().showEvent(event)
        main = self.main_action()
        if main is not None:
            main.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_centered_icon(self, name: str, size: float) -> IconLabel:
        """A large icon alone on its row, centred (status screens: reading, done, ...)."""
        row = QHBoxLayout()
        row.addStretch(1)
        icon = IconLabel(name, self.px(size))
        row.addWidget(icon)
        row.addStretch(1)
        self.root.addLayout(row)
        return icon

    def px(self, value: float) -> int:
        return round(value * self.unit)

    def icon_and_text(
        self, icon: str, size: float, title_role: str
    ) -> tuple[QHBoxLayout, IconLabel, QLabel, QLabel]:
        """A row: an icon at the top left, a title and a body beside it."""
        row = QHBoxLayout()
        picture = IconLabel(icon, self.px(size))
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        title = label("", title_role)
        body = label("")
        column.addWidget(title)
        column.addWidget(body)
        row.addLayout(column, 1)
        return row, picture, title, body

    def retranslate(self) -> None:
        """Set every fixed text (called at start and on LanguageChange)."""

    def show_view(self, view: FlowView) -> None:
        self.view = view

    def clear_personal_data(self) -> None:
        """Drop any personal data held in widgets (default: none held)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_view(self.view)
        super().changeEvent(event)

    def send(
        self,
        method: Callable[Concatenate[CheckInFlow, P], Iterable[Effect]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Callable[..., None]:
        """A slot that feeds ``method(*args)`` to the flow (for ``clicked.connect``)."""
        return lambda *_: self.flow.send(method, *args, **kwargs)

    def button_row(self, *buttons: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self.px(20))
        for button in buttons:
            row.addWidget(button, 1)
        return row


# -------------------------------------------------------------------------------------------
# Idle


#: Contexts of plural texts (``%n``): see kiosk.ui.i18n.Context.
Status = i18n.Context("Status")


class IdleScreen(Screen):
    step = Step.IDLE
    language_chosen = Signal(str)

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        top = QHBoxLayout()
        self.shelter = label("", "title")
        top.addWidget(self.shelter, 1)
        # The public sees at most a neutral sign (docs/ui.md, "The idle screen's sign"): an
        # icon and "kept safely here" while records wait, a bare staff icon when staff are
        # needed. The words and counts are on the staff menu only.
        self.status_icon = IconLabel("check", self.px(32))
        self.status_icon.setObjectName("status_icon")
        top.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status_line = label("", "status", wrap=True)
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status_line, 0)
        self.root.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(self.px(32))
        self.picture = Picture("place_card", self.px(250))
        middle.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        right = QVBoxLayout()
        right.setSpacing(self.px(12))
        self.place = label("", "title")
        right.addWidget(self.place)
        self.hint = label("")
        right.addWidget(self.hint)
        self.check_in = BigButton("checkin", icon_size=self.px(52))
        self.check_in.setObjectName("check_in")
        self.check_in.setCheckable(True)
        self.check_in.clicked.connect(self.send(CheckInFlow.choose_action, Action.CHECK_IN))
        self.check_out = BigButton("checkout", icon_size=self.px(52))
        self.check_out.setObjectName("check_out")
        self.check_out.setCheckable(True)
        self.check_out.clicked.connect(self.send(CheckInFlow.choose_action, Action.CHECK_OUT))
        right.addLayout(self.button_row(self.check_in, self.check_out))
        self.no_card = BigButton("help", icon_size=self.px(40))
        self.no_card.setObjectName("no_card")
        self.no_card.clicked.connect(self.send(CheckInFlow.no_card_help))
        # The phone registration's QR code (set_phone_qr) beside "No card?": hidden while it
        # does not run. Beside, not below: the screen's height is taken.
        help_row = QHBoxLayout()
        help_row.setSpacing(self.px(16))
        help_row.addWidget(self.no_card, 1)
        self.phone = QWidget()
        self.phone.setObjectName("phone_registration")
        phone_row = QHBoxLayout(self.phone)
        phone_row.setContentsMargins(0, 0, 0, 0)
        self.phone_qr = QLabel()
        self.phone_qr.setObjectName("phone_qr")
        phone_row.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignVCenter)
        self.phone_text = label("", "small", wrap=True)
        phone_row.addWidget(self.phone_text, 1)
        self.phone.hide()
        help_row.addWidget(self.phone, 2)
        right.addLayout(help_row)
        middle.addLayout(right, 1)
        self.root.addLayout(middle, 1)

        languages = QGridLayout()
        languages.setSpacing(self.px(10))
        self.language_buttons: dict[str, BigButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for index, lang in enumerate(i18n.LANGUAGES):
            button = BigButton(
                "globe" if index == 0 else "",
                icon_size=self.px(28),
                wrap=False,
                text_role="language",
            )
            button.box.setContentsMargins(8, 4, 8, 4)
            button.setObjectName(f"lang_{lang.code}")
            button.setCheckable(True)
            # Each language is named in itself, whatever the current language is.
            button.setText(lang.native_name)
            button.clicked.connect(self.send(CheckInFlow.set_language, lang.code))
            group.addButton(button)
            languages.addWidget(button, index // 4, index % 4)
            self.language_buttons[lang.code] = button
        # Larger text for people with low vision: this person only (unchecked whenever the
        # idle screen comes up again).
        self.larger_text = BigButton("text_size", icon_size=self.px(28), wrap=False)
        self.larger_text.text_label.setObjectName("language")
        self.larger_text.box.setContentsMargins(8, 4, 8, 4)
        self.larger_text.setObjectName("larger_text")
        self.larger_text.setCheckable(True)
        self.larger_text.toggled.connect(theme.set_larger_text)
        count = len(i18n.LANGUAGES)
        languages.addWidget(self.larger_text, count // 4, count % 4)
        self.root.addLayout(languages)
        self.sync_status = SyncStatus()
        self.reader_missing = False
        self.store_condition = StoreCondition.OK
        self.retranslate()

    def retranslate(self) -> None:
        self.place.setText(
            QCoreApplication.translate("Idle", "Please place your card on the reader")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "Idle", "My Number card or driver's licence. Leave it there."
            )
        )
        self.check_in.setText(QCoreApplication.translate("Idle", "Check in (arrive)"))
        self.check_out.setText(QCoreApplication.translate("Idle", "Check out (leave)"))
        self.no_card.setText(QCoreApplication.translate("Idle", "No card?"))
        self.larger_text.setText(QCoreApplication.translate("Idle", "Larger text"))
        self.phone_text.setText(
            QCoreApplication.translate("Idle", "No card? Register with your phone")
        )
        self._render_status()

    def set_phone_qr(self, png: bytes | None) -> None:
        """The phone registration's QR code (PNG), or None: none shown (it does not run, or
        nothing may be recorded now)."""
        pixmap = QPixmap()
        if png is None or not pixmap.loadFromData(png, "PNG"):
            self.phone_qr.clear()
            self.phone.hide()
            return
        side = self.px(110)
        # A QR code's modules stay sharp: no smoothing.
        fast = Qt.TransformationMode.FastTransformation
        keep = Qt.AspectRatioMode.KeepAspectRatio
        self.phone_qr.setPixmap(pixmap.scaled(side, side, keep, fast))
        self.phone.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # The idle screen comes up (after a person, a time-out, a cancel): larger text was
        # that person's choice; the next one starts with the normal sizes.
        self.larger_text.setChecked(False)
        super().showEvent(event)

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        self.shelter.setText(
            view.shelter_name or QCoreApplication.translate("Idle", "Evacuation shelter")
        )
        self.check_in.setChecked(view.action == Action.CHECK_IN)
        self.check_out.setChecked(view.action == Action.CHECK_OUT)
        if view.action == Action.CHECK_OUT:
            self.place.setText(
                QCoreApplication.translate(
                    "Idle", "Check out: please place your card on the reader"
                )
            )
        elif view.action == Action.CHECK_IN:
            self.place.setText(
                QCoreApplication.translate("Idle", "Check in: please place your card on the reader")
            )
        else:
            self.place.setText(
                QCoreApplication.translate("Idle", "Please place your card on the reader")
            )
        for code, button in self.language_buttons.items():
            button.setChecked(code == view.language)

    def set_status(
        self,
        status: SyncStatus,
        reader_missing: bool,
        store_condition: StoreCondition = StoreCondition.OK,
    ) -> None:
        self.sync_status = status
        self.reader_missing = reader_missing
        self.store_condition = store_condition
        self._render_status()

    def _render_status(self) -> None:
        sign = idle_sign(self.sync_status, self.reader_missing, self.store_condition)
        self.status_icon.setVisible(sign is not None)
        if sign is not None:
            self.status_icon.set_icon(sign)
        self.status_line.setVisible(sign == "check")
        self.status_line.setText(
            QCoreApplication.translate("Status", KEPT_SAFELY) if sign == "check" else ""
        )


#: The idle screen's neutral sign while records wait to be sent (or the kiosk is offline).
KEPT_SAFELY = QT_TRANSLATE_NOOP("Status", "Registrations are kept safely on this kiosk")


def idle_sign(status: SyncStatus, reader_missing: bool, condition: StoreCondition) -> str | None:
    """The idle screen's icon: ``staff`` (no words) when staff are needed (the record
    database damaged or repaired, records on hold, no reader), ``check`` with "kept safely
    here" while records wait or the kiosk is offline, else none."""
    if condition is not StoreCondition.OK or status.quarantined or reader_missing:
        return "staff"
    if status.online is False or status.waiting:
        return "check"
    return None


class NoCardHelpScreen(Screen):
    step = Step.NO_CARD_HELP

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        row, _icon, self.title, self.body = self.icon_and_text("staff", 96, "title")
        self.root.addLayout(row)
        self.root.addStretch(1)
        self.back = BigButton("back", "primary")
        self.back.setObjectName("back")
        self.back.clicked.connect(self.send(CheckInFlow.back))
        self.root.addWidget(self.back)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("NoCard", "No card? Please go to the staff desk")
        )
        self.body.setText(
            QCoreApplication.translate(
                "NoCard",
                "Staff will register you there. You do not need a card. "
                "If you cannot walk there, ask anyone nearby to call staff.",
            )
        )
        self.back.setText(QCoreApplication.translate("Common", "Back"))


# -------------------------------------------------------------------------------------------
# Consent, method, secrets


class ConsentScreen(Screen):
    step = Step.CONSENT

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        box, inner = panel()
        self.what = label("")
        self.why = label("")
        self.not_read = label("")
        inner.addWidget(self.what)
        inner.addWidget(self.why)
        inner.addWidget(self.not_read)
        # The camera's use, said in advance when it is on (the camera guidebook).
        self.camera = label("")
        self.camera.setObjectName("consent_camera")
        inner.addWidget(self.camera)
        self.camera_mode = CameraMode.OFF
        # Tighter with the camera's line too (five paragraphs in Portuguese fit 1280x800).
        inner.setSpacing(self.px(6))
        self.root.setSpacing(self.px(10))
        self.root.addWidget(box)
        self.version = label("", "small")
        self.root.addWidget(self.version)
        self.root.addStretch(1)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.send(CheckInFlow.cancel))
        self.agree = BigButton("check", "primary")
        self.agree.setObjectName("agree")
        self.agree.clicked.connect(self.send(CheckInFlow.agree))
        self.root.addLayout(self.button_row(self.cancel, self.agree))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Consent", "May we read your card?"))
        # One text per card type (a licence has no sex and no My Number) and per action.
        consent = texts.consent_text(self.view.card_type, self.view.action)
        self.what.setText(QCoreApplication.translate("Consent", consent.what))
        self.why.setText(QCoreApplication.translate("Consent", consent.why))
        self.not_read.setText(QCoreApplication.translate("Consent", consent.not_read))
        camera = texts.CAMERA_CONSENT.get(self.camera_mode)
        self.camera.setText(QCoreApplication.translate("Consent", camera) if camera else "")
        self.camera.setVisible(camera is not None)
        self.version.setText(
            QCoreApplication.translate("Consent", "Consent text version {version}").format(
                # The version the records carry (kiosk.flow.consent: one per camera mode).
                version=consent_version(self.camera_mode)
            )
        )
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))
        self.agree.setText(QCoreApplication.translate("Consent", "Agree"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        self.retranslate()

    def set_camera_mode(self, mode: CameraMode) -> None:
        """The settings' camera mode: its use is named on the consent screen when it is on."""
        self.camera_mode = mode
        self.retranslate()


class ChooseMethodScreen(Screen):
    step = Step.CHOOSE_METHOD

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        self.pin = BigButton("pin", "primary", icon_size=self.px(56), center=False)
        self.pin.setObjectName("method_pin")
        self.pin.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.PIN))
        self.code_b = BigButton("card", icon_size=self.px(56), center=False)
        self.code_b.setObjectName("method_code_b")
        self.code_b.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.CODE_B))
        self.camera = BigButton("camera", icon_size=self.px(56), center=False)
        self.camera.setObjectName("method_camera")
        self.camera.clicked.connect(self.send(CheckInFlow.use_camera))
        self.root.addWidget(self.pin)
        self.root.addWidget(self.code_b)
        self.root.addWidget(self.camera)
        self.root.addStretch(1)
        self.back = BigButton("back")
        self.back.setObjectName("back")
        self.back.clicked.connect(self.send(CheckInFlow.back))
        self.root.addWidget(self.back)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("Method", "How do you want to open your card?")
        )
        self.pin.setText(QCoreApplication.translate("Method", "With my 4-digit PIN"))
        self.code_b.setText(
            QCoreApplication.translate(
                "Method",
                "Without PIN: with my birth date, the card's expiry year and the "
                "security code printed on the card",
            )
        )
        self.camera.setText(
            QCoreApplication.translate(
                "Method", "Without PIN and without typing: show the front of the card to the camera"
            )
        )
        self.back.setText(QCoreApplication.translate("Common", "Back"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        status = view.card_status
        for kind, button in ((SecretKind.PIN, self.pin), (SecretKind.CODE_B, self.code_b)):
            secret = status.secret(kind) if status else None
            button.setEnabled(secret is not None and not secret.locked and not secret.refused)
        self.camera.setVisible(view.camera_offered)


#: Contexts of plural texts (``%n``): see kiosk.ui.i18n.Context.
Pin = i18n.Context("Pin")


def tries_text(view: FlowView) -> str:
    if view.tries_left is None:
        return ""
    return Pin.tr("%n tries left", "", view.tries_left)


class PinScreen(Screen):
    step = Step.ENTER_PIN
    PIN_LENGTH = 4

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        body = QHBoxLayout()
        body.setSpacing(self.px(32))
        left = QVBoxLayout()
        left.setSpacing(self.px(10))
        self.explain = label("")
        left.addWidget(self.explain)
        self.dots = MaskedDots(self.PIN_LENGTH)
        left.addWidget(self.dots)
        self.tries = label("")
        left.addWidget(self.tries)
        self.warning, warning_layout = panel("warning")
        warning_row = QHBoxLayout()
        warning_row.addWidget(IconLabel("warning", self.px(48)), 0, Qt.AlignmentFlag.AlignTop)
        self.warning_text = label("")
        warning_row.addWidget(self.warning_text, 1)
        warning_layout.addLayout(warning_row)
        left.addWidget(self.warning)
        left.addStretch(1)
        body.addLayout(left, 1)
        # The PIN's digits live only in the keypad's list until OK makes the Secret.
        self.keypad = DigitEntry(self.PIN_LENGTH)
        self.keypad.setObjectName("pin_keypad")
        self.keypad.changed.connect(self._update)
        self.keypad.ok.connect(self._submit)
        body.addWidget(self.keypad, 1)
        self.root.addLayout(body, 1)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.send(CheckInFlow.cancel))
        self.code_b = BigButton("card")
        self.code_b.setObjectName("use_code_b")
        self.code_b.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.CODE_B))
        # No PIN and no printed number (a licence): staff register the person; never a guess.
        self.no_pin = BigButton("staff")
        self.no_pin.setObjectName("no_pin_ask_staff")
        self.no_pin.clicked.connect(self.send(CheckInFlow.ask_staff))
        self.camera = BigButton("camera")
        self.camera.setObjectName("use_camera")
        self.camera.clicked.connect(self.send(CheckInFlow.use_camera))
        self.root.addLayout(self.button_row(self.cancel, self.camera, self.code_b, self.no_pin))
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Pin", "Type your 4-digit PIN"))
        self.warning_text.setText(
            QCoreApplication.translate(
                "Pin",
                "Careful: if the next PIN is wrong, the kiosk stops and you must see staff. "
                "If you are not sure, press Cancel and ask staff.",
            )
        )
        self.code_b.setText(
            QCoreApplication.translate("Pin", "Forgot the PIN? Use the numbers printed on the card")
        )
        self.no_pin.setText(QCoreApplication.translate("Pin", "I do not know my PIN"))
        self.camera.setText(QCoreApplication.translate("Pin", "Forgot the PIN? Use the camera"))
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))

    def show_view(self, view: FlowView) -> None:
        if view.step == Step.ENTER_PIN and self.view.step != Step.ENTER_PIN:
            self.wipe()
        super().show_view(view)
        self.tries.setText(tries_text(view))
        self.warning.setVisible(view.warn_few_tries)
        self.code_b.setVisible(view.code_b_available)
        self.no_pin.setVisible(not view.code_b_available)
        self.camera.setVisible(view.camera_offered)
        # Near the last try the warning says it all (and the screen has no room for both).
        self.explain.setVisible(not view.warn_few_tries)
        if view.card_type == CardType.DRIVER_LICENSE:
            self.title.setText(
                QCoreApplication.translate("Pin", "Type PIN 1 of your driver's licence (4 digits)")
            )
            self.explain.setText(
                QCoreApplication.translate(
                    "Pin",
                    "PIN 1 is the 4-digit number chosen when the licence was made. If you never "
                    "chose one or do not remember it, do not guess: staff will register you.",
                )
            )
        else:
            self.title.setText(QCoreApplication.translate("Pin", "Type your 4-digit PIN"))
            self.explain.setText(
                QCoreApplication.translate(
                    "Pin", "The PIN you chose for this card. It is not shown and not spoken."
                )
            )

    def _submit(self) -> None:
        if self.keypad.count() != self.PIN_LENGTH:
            return
        secret = Secret(self.keypad.typed())
        self.wipe()
        self.flow.send(CheckInFlow.submit_pin, secret)

    def _update(self, count: int = 0) -> None:
        self.dots.show_count(self.keypad.count())
        self.keypad.ok_button.setEnabled(self.keypad.count() == self.PIN_LENGTH)

    def wipe(self) -> None:
        self.keypad.wipe()

    def clear_personal_data(self) -> None:
        self.wipe()


class CodeBField:
    """One box of the 照合番号B form: a label, a fixed number of digits, masked or not."""

    def __init__(self, key: str, length: int, masked: bool) -> None:
        self.key = key
        self.length = length
        self.masked = masked
        self.digits: list[str] = []
        self.button = BigButton(center=False)
        self.button.setObjectName(f"field_{key}")
        self.button.setCheckable(True)
        self.caption = ""

    def show(self) -> None:
        if self.masked:
            shown = " ".join("●" if i < len(self.digits) else "○" for i in range(self.length))
        else:
            shown = "".join(self.digits) + "_" * (self.length - len(self.digits))
        self.button.setText(f"{self.caption}  {shown}")

    def wipe(self) -> None:
        for i in range(len(self.digits)):
            self.digits[i] = ""
        self.digits = []


class CodeBScreen(Screen):
    """Birth date (era + YY/MM/DD), card expiry year and the 4-digit security code."""

    step = Step.ENTER_CODE_B
    ERA_CHOICES: tuple[tuple[str, era.Era | None], ...] = (
        ("reiwa", era.REIWA),
        ("heisei", era.HEISEI),
        ("showa", era.SHOWA),
        ("taisho", era.TAISHO),
        ("western", None),
    )

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.setSpacing(self.px(8))
        self.title = label("", "title")
        self.root.addWidget(self.title)
        body = QHBoxLayout()
        body.setSpacing(self.px(24))
        left = QVBoxLayout()
        left.setSpacing(self.px(8))
        era_row = QHBoxLayout()
        era_row.setSpacing(self.px(6))
        self.era_buttons: dict[str, BigButton] = {}
        self.era_group = QButtonGroup(self)
        for key, _era in self.ERA_CHOICES:
            button = BigButton()
            button.setObjectName(f"era_{key}")
            button.setCheckable(True)
            button.box.setContentsMargins(4, 4, 4, 4)
            self.era_group.addButton(button)
            era_row.addWidget(button, 1)
            self.era_buttons[key] = button
        left.addLayout(era_row)
        self.fields = {
            "birth": CodeBField("birth", 6, masked=False),
            "expiry": CodeBField("expiry", 4, masked=False),
            "code": CodeBField("code", 4, masked=True),
        }
        self.field_group = QButtonGroup(self)
        for field in self.fields.values():
            self.field_group.addButton(field.button)
            field.button.clicked.connect(lambda _=False, f=field: self._select(f.key))
            left.addWidget(field.button)
        self.tries = label("")
        self.tries.setObjectName("tries")  # read to act: body size (theme's type scale)
        left.addWidget(self.tries)
        # An impossible date or year: a notice with its icon and what to do, input kept.
        self.error, error_layout = panel("warning")
        error_row = QHBoxLayout()
        self.error_icon = IconLabel("warning", self.px(32))
        error_row.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        # Title and what to do in one paragraph: the screen has no height to spare.
        self.error_text = label("")
        error_row.addWidget(self.error_text, 1)
        error_layout.addLayout(error_row)
        # Tight: beside the keypad every line of text it saves is room for the keys.
        error_layout.setContentsMargins(self.px(6), self.px(4), self.px(6), self.px(4))
        error_row.setSpacing(self.px(6))
        self.error.hide()
        left.addStretch(1)
        self.back = BigButton("back")
        self.back.setObjectName("back")
        self.back.clicked.connect(self.send(CheckInFlow.back))
        left.addWidget(self.back)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        # As large as the keypad leaves room for: its numbers are small print at best.
        self.picture = Picture("code_b", self.px(170))
        right.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        # While it shows, the notice takes the picture's place above the keypad.
        right.addWidget(self.error)
        # The camera could not be sure: its reading is typed in for the person to check,
        # and this note takes the picture's place.
        self.prefill_note, note_layout = panel()
        note_layout.setContentsMargins(self.px(6), self.px(4), self.px(6), self.px(4))
        note_row = QHBoxLayout()
        note_row.setSpacing(self.px(6))
        note_row.addWidget(IconLabel("camera", self.px(32)), 0, Qt.AlignmentFlag.AlignTop)
        self.prefill_text = label("")
        self.prefill_text.setObjectName("prefill_note")
        note_row.addWidget(self.prefill_text, 1)
        note_layout.addLayout(note_row)
        self.prefill_note.hide()
        right.addWidget(self.prefill_note)
        self._prefilled = False
        self._prefill_shown: CodeBInput | None = None
        self.keypad = Keypad()
        self.keypad.setObjectName("code_b_keypad")
        self.keypad.digit.connect(self._press)
        self.keypad.erase.connect(self._erase)
        self.keypad.ok.connect(self._submit)
        right.addWidget(self.keypad, 1)
        body.addLayout(right, 2)
        self.root.addLayout(body, 1)
        self._active = "birth"
        self.era_buttons["showa"].setChecked(True)
        self.retranslate()
        self._select("birth")

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("CodeB", "Type the numbers printed on your card")
        )
        names = {
            "reiwa": QCoreApplication.translate("CodeB", "Reiwa 令和"),
            "heisei": QCoreApplication.translate("CodeB", "Heisei 平成"),
            "showa": QCoreApplication.translate("CodeB", "Showa 昭和"),
            "taisho": QCoreApplication.translate("CodeB", "Taisho 大正"),
            "western": QCoreApplication.translate("CodeB", "Western year"),
        }
        for key, button in self.era_buttons.items():
            button.setText(names[key])
        self.fields["birth"].caption = QCoreApplication.translate(
            "CodeB", "1 Birth date (YY MM DD)"
        )
        self.fields["expiry"].caption = QCoreApplication.translate(
            "CodeB", "2 Card valid until (year)"
        )
        self.fields["code"].caption = QCoreApplication.translate(
            "CodeB", "3 Security code (under the photo)"
        )
        for field in self.fields.values():
            field.show()
        self.back.setText(QCoreApplication.translate("Common", "Back"))
        self.prefill_text.setText(
            QCoreApplication.translate(
                "CodeB",
                "The camera read these numbers. Please check them with your card, then press OK.",
            )
        )
        self._render_error()

    def show_view(self, view: FlowView) -> None:
        if view.step == Step.ENTER_CODE_B and self.view.step != Step.ENTER_CODE_B:
            self.wipe()
        reading = view.code_b_prefill
        # Typed in once per reading the machine gives (the same object while it re-renders):
        # what the person corrects afterwards is never overwritten.
        if reading is not None and reading is not self._prefill_shown:
            self.prefill(reading)
        super().show_view(view)
        self._render_error()

    def prefill(self, reading: CodeBInput) -> None:
        """Type in what the camera read (the person checks it against the card and
        presses OK: nothing is sent before that)."""
        kind, digits = era_choice_and_digits(reading.birth_date)
        self.era_buttons[kind].setChecked(True)
        parts = {
            "birth": digits,
            "expiry": f"{reading.expiry_year:04d}",
            "code": reading.security_code,
        }
        for key, text in parts.items():
            field = self.fields[key]
            field.wipe()
            field.digits = list(text[: field.length])
            field.show()
        self._prefilled = True
        self._prefill_shown = reading
        self._select("code")
        self._update()
        self._render_error()

    def _render_error(self) -> None:
        invalid = self.view.notice == NoticeCode.INVALID_CODE_B or self._local_error
        entry = texts.NOTICES[NoticeCode.INVALID_CODE_B]
        self.error_icon.set_icon(entry.icon)
        self.error_text.setText(
            QCoreApplication.translate("Notice", entry.title)
            + " "
            + QCoreApplication.translate("Notice", entry.body)
        )
        self.error.setVisible(invalid)
        self.prefill_note.setVisible(self._prefilled and not invalid)
        self.picture.setVisible(not invalid and not self._prefilled)
        self.tries.setVisible(not invalid)
        self.tries.setText(tries_text(self.view))

    _local_error = False

    def _select(self, key: str) -> None:
        self._active = key
        self.fields[key].button.setChecked(True)

    def _press(self, digit: str) -> None:
        field = self.fields[self._active]
        if len(field.digits) < field.length:
            field.digits.append(digit)
            field.show()
        if len(field.digits) == field.length:
            keys = list(self.fields)
            index = keys.index(self._active)
            if index + 1 < len(keys):
                self._select(keys[index + 1])
        self._update()

    def _erase(self) -> None:
        field = self.fields[self._active]
        if not field.digits:
            keys = list(self.fields)
            index = keys.index(self._active)
            if index > 0:
                self._select(keys[index - 1])
                field = self.fields[self._active]
        if field.digits:
            field.digits.pop()
            field.show()
        self._update()

    def _update(self) -> None:
        full = all(len(f.digits) == f.length for f in self.fields.values())
        self.keypad.ok_button.setEnabled(full)

    def _birth_date(self) -> date | None:
        digits = "".join(self.fields["birth"].digits)
        chosen = next((e for key, e in self.ERA_CHOICES if self.era_buttons[key].isChecked()), None)
        try:
            return era.parse_code_b_birth_date(chosen, digits, today=self.flow.today())
        except era.EraError:
            return None

    def _submit(self) -> None:
        if not all(len(f.digits) == f.length for f in self.fields.values()):
            return
        birth = self._birth_date()
        if birth is None:
            # Bad input loses nothing: keep what was typed, say why, let them fix it.
            self._local_error = True
            self._render_error()
            self._select("birth")
            return
        self._local_error = False
        code_b = CodeBInput(
            birth_date=birth,
            expiry_year=int("".join(self.fields["expiry"].digits)),
            security_code="".join(self.fields["code"].digits),
        )
        self.flow.send(CheckInFlow.submit_code_b, code_b)
        if self.view.notice != NoticeCode.INVALID_CODE_B:
            self.wipe()

    def wipe(self) -> None:
        for field in self.fields.values():
            field.wipe()
            field.show()
        self._local_error = False
        self._prefilled = False
        self._prefill_shown = None
        self._select("birth")
        self._update()
        self._render_error()

    def clear_personal_data(self) -> None:
        self.wipe()


def era_choice_and_digits(day: date) -> tuple[str, str]:
    """The typed screen's era button and six digits (YYMMDD) for a birth date: its Japanese
    era when the screen offers it, else the two-digit Western year."""
    year_era, year = era.era_year(day)
    keys = {e: key for key, e in CodeBScreen.ERA_CHOICES if e is not None}
    if year_era in keys:
        return keys[year_era], f"{year:02d}{day.month:02d}{day.day:02d}"
    return "western", day.strftime("%y%m%d")


class ReadingScreen(Screen):
    """READING and SAVING: the card or the store is working."""

    step = Step.READING

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.addStretch(1)
        self.icon = self.add_centered_icon("card", 120)
        self.title = label("", "huge", center=True)
        self.root.addWidget(self.title)
        self.body = label("", center=True)
        self.root.addWidget(self.body)
        self.root.addStretch(1)
        self.retranslate()

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        self.retranslate()

    def retranslate(self) -> None:
        if self.view.step == Step.SAVING:
            self.icon.set_icon("clock")
            self.title.setText(QCoreApplication.translate("Reading", "Saving…"))
            self.body.setText(QCoreApplication.translate("Reading", "Please wait a moment."))
        else:
            self.icon.set_icon("card")
            self.title.setText(QCoreApplication.translate("Reading", "Reading your card…"))
            self.body.setText(
                QCoreApplication.translate("Reading", "Please do not remove your card.")
            )


# -------------------------------------------------------------------------------------------
# Era choice and confirmation


def birth_date_text(day: date, calendar: Calendar | None, language: str) -> str:
    """The birth date in ``language``'s own form, or in the Japanese era form (as printed
    on a Japanese national's card) unless the Western calendar was chosen."""
    if language not in languages.CODES:
        language = languages.SOURCE  # pseudo-localisation (layout tests): English's form
    return dates.format_date(day, language, japanese_era=calendar != Calendar.WESTERN)


class EraChoiceScreen(Screen):
    step = Step.ERA_CHOICE

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        self.explain = label("")
        self.root.addWidget(self.explain)
        self.japanese = BigButton("calendar", "primary", icon_size=self.px(56))
        self.japanese.setObjectName("calendar_japanese")
        self.japanese.clicked.connect(self.send(CheckInFlow.choose_calendar, Calendar.JAPANESE))
        self.western = BigButton("calendar", "primary", icon_size=self.px(56))
        self.western.setObjectName("calendar_western")
        self.western.clicked.connect(self.send(CheckInFlow.choose_calendar, Calendar.WESTERN))
        self.japanese.setMinimumHeight(self.px(140))
        self.western.setMinimumHeight(self.px(140))
        self.root.addWidget(self.japanese)
        self.root.addWidget(self.western)
        self.root.addStretch(1)
        self.cancel = BigButton("cross")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.send(CheckInFlow.cancel))
        self.root.addWidget(self.cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("Era", "How is the birth date written on your card?")
        )
        self.explain.setText(
            QCoreApplication.translate("Era", "Choose the one that looks like your card.")
        )
        self.cancel.setText(QCoreApplication.translate("Common", "Cancel"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        if view.info is None:
            self.clear_personal_data()
            return
        day = view.info.birth_date
        self.japanese.setText(
            QCoreApplication.translate("Era", "Japanese era: {date}").format(
                date=birth_date_text(day, Calendar.JAPANESE, view.language)
            )
        )
        self.western.setText(
            QCoreApplication.translate("Era", "Western: {date}").format(
                date=birth_date_text(day, Calendar.WESTERN, view.language)
            )
        )

    def clear_personal_data(self) -> None:
        self.japanese.setText("")
        self.western.setText("")


def sex_text(sex: Sex) -> str:
    if sex == Sex.MALE:
        return QCoreApplication.translate("Confirm", "Male")
    if sex == Sex.FEMALE:
        return QCoreApplication.translate("Confirm", "Female")
    if sex == Sex.NOT_APPLICABLE:
        return QCoreApplication.translate("Confirm", "Not applicable")
    return QCoreApplication.translate("Confirm", "Unknown")


class ConfirmScreen(Screen):
    step = Step.CONFIRM
    PHONE_MAX = phone.MAX_DIGITS

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.setSpacing(self.px(8))
        self.pages = QStackedWidget()
        self.root.addWidget(self.pages, 1)
        self.pages.addWidget(self._main_page())
        self.pages.addWidget(self._phone_page())
        self.retranslate()

    def _main_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.px(6))
        title_row = QHBoxLayout()
        self.title = label("", "title")
        title_row.addWidget(self.title, 1)
        self.calendar_toggle = BigButton("calendar", icon_size=self.px(32), wrap=False)
        self.calendar_toggle.setObjectName("calendar_toggle")
        self.calendar_toggle.clicked.connect(self._toggle_calendar)
        title_row.addWidget(self.calendar_toggle, 0)
        layout.addLayout(title_row)
        # The facts and the optional extras scroll when they need more room than the screen
        # has (larger text, long translations); the title and the answers always show.
        body = QWidget()
        body.setObjectName("confirm_body")
        outer = layout
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.px(3))
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("confirm_scroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(body)
        outer.addWidget(self.body_scroll, 1)
        facts, facts_layout = panel()
        facts_layout.setContentsMargins(16, 4, 16, 4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.px(16))
        grid.setVerticalSpacing(0)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, key in enumerate(("name", "address", "birth", "sex")):
            caption = label("", "caption", wrap=True)
            # A name or an address is not a sentence: no phrase segmentation.
            value = label("", phrases=key not in ("name", "address"))
            if key == "name":
                value.setObjectName("title")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.captions[key] = caption
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        facts_layout.addLayout(grid)
        layout.addWidget(facts)
        # Optional extras for staff: situation toggles, phone number, a message.
        self.situation_title = label("", "caption")
        layout.addWidget(self.situation_title)
        extras = QGridLayout()
        extras.setSpacing(self.px(6))
        self.situation_buttons: dict[SituationFlag, BigButton] = {}
        for index, (flag, (icon_name, _text)) in enumerate(texts.SITUATIONS.items()):
            button = BigButton(icon_name, icon_size=self.px(36), center=False, tick=True)
            button.setObjectName(f"situation_{flag.value}")
            button.box.setContentsMargins(12, 0, 8, 0)  # the words get the height
            extras.addWidget(button, index // 3, index % 3)
            self.situation_buttons[flag] = button
        self.phone_button = BigButton("phone", icon_size=self.px(36), center=False)
        self.phone_button.setObjectName("phone")
        self.phone_button.box.setContentsMargins(12, 0, 8, 0)
        self.phone_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        extras.addWidget(self.phone_button, 1, 2)
        for column in range(3):
            extras.setColumnStretch(column, 1)
        layout.addLayout(extras)
        message_row = QHBoxLayout()
        message_row.addWidget(IconLabel("message", self.px(40)))
        self.message = QLineEdit()
        self.message.setObjectName("message")
        forget_history(self.message)
        self.message.setMaxLength(200)
        message_row.addWidget(self.message, 1)
        layout.addLayout(message_row)
        layout.addStretch(1)
        layout = outer
        self.not_correct = BigButton("staff")
        self.not_correct.setObjectName("not_correct")
        self.not_correct.clicked.connect(self.send(CheckInFlow.not_correct))
        self.correct = BigButton("check", "primary")
        self.correct.setObjectName("correct")
        self.correct.clicked.connect(self._confirm)
        layout.addLayout(self.button_row(self.not_correct, self.correct))
        return page

    def _phone_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.phone_title = label("", "title")
        left.addWidget(self.phone_title)
        self.phone_display = label("", "huge")
        left.addWidget(self.phone_display)
        # The rule, always in view; Done waits for a number that follows it (or none).
        self.phone_rule = label("")
        self.phone_rule.setObjectName("phone_rule")
        left.addWidget(self.phone_rule)
        left.addStretch(1)
        self.phone_done = BigButton("check", "primary")
        self.phone_done.setObjectName("phone_done")
        self.phone_done.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        left.addWidget(self.phone_done)
        layout.addLayout(left, 1)
        self.phone_keypad = DigitEntry(self.PHONE_MAX, with_ok=False)
        self.phone_keypad.setObjectName("phone_keypad")
        self.phone_keypad.changed.connect(self._show_phone)
        layout.addWidget(self.phone_keypad, 1)
        return page

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Confirm", "Is this you?"))
        self.captions["name"].setText(QCoreApplication.translate("Confirm", "Name"))
        self.captions["address"].setText(QCoreApplication.translate("Confirm", "Address"))
        self.captions["birth"].setText(QCoreApplication.translate("Confirm", "Birth date"))
        self.captions["sex"].setText(QCoreApplication.translate("Confirm", "Sex"))
        self.situation_title.setText(
            QCoreApplication.translate("Confirm", "Tell staff (optional, touch all that apply):")
        )
        for flag, (_icon, text) in texts.SITUATIONS.items():
            self.situation_buttons[flag].setText(QCoreApplication.translate("Situation", text))
        self.message.setPlaceholderText(
            QCoreApplication.translate("Confirm", "Message to staff (optional)")
        )
        self.not_correct.setText(QCoreApplication.translate("Confirm", "Not correct: call staff"))
        self.correct.setText(QCoreApplication.translate("Confirm", "Correct"))
        self.phone_title.setText(QCoreApplication.translate("Confirm", "Phone number (optional)"))
        self.phone_done.setText(QCoreApplication.translate("Common", "Done"))
        self.phone_rule.setText(
            QCoreApplication.translate(
                "Confirm", "10 or 11 digits, starting with 0. To leave none, press Clear."
            )
        )
        self._show_phone()

    def show_view(self, view: FlowView) -> None:
        entering = view.step == Step.CONFIRM and self.view.step != Step.CONFIRM
        super().show_view(view)
        if entering:
            self.reset_inputs()
        info = view.info
        if info is None:
            self.clear_personal_data()
            return
        self.values["name"].setText(info.name)
        self.values["address"].setText(info.address)
        self.values["birth"].setText(birth_date_text(info.birth_date, view.calendar, view.language))
        has_sex = info.card_type != CardType.DRIVER_LICENSE and info.sex is not None
        self.captions["sex"].setVisible(has_sex)
        self.values["sex"].setVisible(has_sex)
        self.values["sex"].setText(sex_text(info.sex) if info.sex is not None else "")
        other = Calendar.WESTERN if view.calendar != Calendar.WESTERN else Calendar.JAPANESE
        self.calendar_toggle.setText(
            QCoreApplication.translate("Confirm", "Show as {calendar}").format(
                calendar=QCoreApplication.translate("Confirm", "Western year")
                if other == Calendar.WESTERN
                else QCoreApplication.translate("Confirm", "Japanese era")
            )
        )

    def _toggle_calendar(self) -> None:
        other = Calendar.WESTERN if self.view.calendar != Calendar.WESTERN else Calendar.JAPANESE
        self.flow.send(CheckInFlow.choose_calendar, other)

    def _show_phone(self, count: int = 0) -> None:
        number = self.phone_keypad.typed()
        self.phone_display.setText(number or "—")
        self.phone_done.setEnabled(phone.acceptable(number))
        if number:
            self.phone_button.setText(
                QCoreApplication.translate("Confirm", "Phone: {number}").format(number=number)
            )
        else:
            self.phone_button.setText(
                QCoreApplication.translate("Confirm", "Add a phone number (optional)")
            )

    def _phone_number(self) -> str:
        """The typed number when it is a phone number; a fragment is never handed on."""
        number = self.phone_keypad.typed()
        return number if phone.is_phone_number(number) else ""

    def _confirm(self) -> None:
        extra = ConfirmInput(
            phone=self._phone_number(),
            situation=frozenset(f for f, b in self.situation_buttons.items() if b.isChecked()),
            message_to_staff=self.message.text().strip(),
        )
        self.flow.send(CheckInFlow.confirm, extra)

    def reset_inputs(self) -> None:
        self.phone_keypad.wipe()
        # setText (unlike clear()) also empties the undo history: the next person must not
        # be able to bring back the previous person's message with Ctrl+Z.
        self.message.setText("")
        for button in self.situation_buttons.values():
            button.setChecked(False)
        self.pages.setCurrentIndex(0)
        self.body_scroll.verticalScrollBar().setValue(0)
        self._show_phone()

    def clear_personal_data(self) -> None:
        for value in self.values.values():
            value.setText("")
        self.reset_inputs()


# -------------------------------------------------------------------------------------------
# Check-out, result, notices


class CheckoutOfferScreen(Screen):
    step = Step.CHECKOUT_OFFER

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.title = label("", "title")
        self.root.addWidget(self.title)
        self.body = label("")
        self.root.addWidget(self.body)
        self.root.addStretch(1)
        self.check_out = BigButton("checkout", "primary", icon_size=self.px(56))
        self.check_out.setObjectName("check_out")
        self.check_out.setMinimumHeight(self.px(120))
        self.check_out.clicked.connect(self.send(CheckInFlow.check_out))
        self.stay = BigButton("stay", icon_size=self.px(56))
        self.stay.setObjectName("stay")
        self.stay.setMinimumHeight(self.px(120))
        self.stay.clicked.connect(self.send(CheckInFlow.stay))
        # One question, one way to stop: "still staying" records nothing (no Cancel beside it).
        self.root.addLayout(self.button_row(self.stay, self.check_out))
        self.retranslate()

    def retranslate(self) -> None:
        self.body.setText(
            QCoreApplication.translate(
                "Checkout",
                "You are checked in at this shelter. "
                "If you check out, the time you leave is recorded.",
            )
        )
        self.check_out.setText(
            QCoreApplication.translate("Checkout", "Yes, I am leaving (check out)")
        )
        self.stay.setText(QCoreApplication.translate("Checkout", "No, I am still staying"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        if view.info is None:
            self.clear_personal_data()
            return
        # The person's name shows it is their own record (shown, never spoken).
        self.title.setText(
            QCoreApplication.translate("Checkout", "{name}, are you leaving this shelter?").format(
                name=view.info.name
            )
        )

    def clear_personal_data(self) -> None:
        self.title.setText(
            QCoreApplication.translate("Checkout", "Are you leaving the shelter now?")
        )


class DoneScreen(Screen):
    step = Step.DONE

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.addStretch(1)
        # The icon beside the result, not above it: the next step needs the height.
        result_row = QHBoxLayout()
        result_row.addStretch(1)
        self.icon = IconLabel("check", self.px(110))
        result_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = label("", "huge")
        result_row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        result_row.addStretch(1)
        self.root.addLayout(result_row)
        self.shelter = label("", "title", center=True)
        self.root.addWidget(self.shelter)
        self.body = label("", center=True)
        self.root.addWidget(self.body)
        # After a check-in: what comes next, as the shelter set it (or a sensible default).
        self.next_step, next_layout = panel()
        next_row, _icon, self.next_title, self.next_text = self.icon_and_text(
            "info", 40, "subtitle"
        )
        next_layout.setContentsMargins(self.px(14), self.px(8), self.px(14), self.px(8))
        next_layout.addLayout(next_row)
        self.root.addWidget(self.next_step)
        self.root.addStretch(1)
        self.ok = BigButton("check", "primary")
        self.ok.setObjectName("ok")
        self.ok.clicked.connect(self.send(CheckInFlow.dismiss))
        self.root.addWidget(self.ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.ok.setText(QCoreApplication.translate("Common", "OK"))
        self.body.setText(QCoreApplication.translate("Done", "Please take your card. Thank you."))
        self.next_title.setText(QCoreApplication.translate("Done", "What to do next"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        if view.recorded_action == Action.CHECK_OUT:
            self.icon.set_icon("checkout")
            self.title.setText(QCoreApplication.translate("Done", "You are checked out"))
        else:
            self.icon.set_icon("check")
            self.title.setText(QCoreApplication.translate("Done", "You are checked in"))
        self.shelter.setText(view.shelter_name)
        self.next_step.setVisible(view.recorded_action != Action.CHECK_OUT)
        self.next_text.setText(
            view.after_checkin_text
            or QCoreApplication.translate(
                "Done",
                "Please go to the reception desk. Staff will show you where to stay and "
                "where to find water, food and blankets.",
            )
        )


class NoticeScreen(Screen):
    step = Step.NOTICE

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        row = QHBoxLayout()
        row.setSpacing(self.px(24))
        self.icon = IconLabel("warning", self.px(120))
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.title = label("", "title")
        column.addWidget(self.title)
        self.body = label("")
        column.addWidget(self.body)
        self.tries = label("")
        column.addWidget(self.tries)
        self.staff, staff_layout = panel("warning")
        staff_row = QHBoxLayout()
        staff_row.addWidget(IconLabel("staff", self.px(48)))
        self.staff_text = label("")
        staff_row.addWidget(self.staff_text, 1)
        staff_layout.addLayout(staff_row)
        column.addWidget(self.staff)
        row.addLayout(column, 1)
        self.root.addLayout(row)
        self.root.addStretch(1)
        self.code_b = BigButton("card", center=False)
        self.code_b.setObjectName("use_code_b")
        self.code_b.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.CODE_B))
        self.root.addWidget(self.code_b)
        # The camera path's notices: the face check again (the easier way, first), the PIN
        # instead, the camera.
        self.face_again = BigButton("camera", center=False)
        self.face_again.setObjectName("face_again")
        self.face_again.clicked.connect(self.send(CheckInFlow.try_face_again))
        self.root.addWidget(self.face_again)
        self.use_pin = BigButton("pin", center=False)
        self.use_pin.setObjectName("use_pin")
        self.use_pin.clicked.connect(self.send(CheckInFlow.choose_method, SecretKind.PIN))
        self.root.addWidget(self.use_pin)
        self.camera = BigButton("camera", center=False)
        self.camera.setObjectName("use_camera")
        self.camera.clicked.connect(self.send(CheckInFlow.use_camera))
        self.root.addWidget(self.camera)
        self.ask_staff = BigButton("staff", center=False)
        self.ask_staff.setObjectName("ask_staff")
        self.ask_staff.clicked.connect(self.send(CheckInFlow.ask_staff))
        self.root.addWidget(self.ask_staff)
        self.check_in = BigButton("checkin")
        self.check_in.setObjectName("check_in_instead")
        self.check_in.clicked.connect(self.send(CheckInFlow.choose_action, Action.CHECK_IN))
        self.root.addWidget(self.check_in)
        self.ok = BigButton("check", "primary")
        self.ok.setObjectName("ok")
        self.ok.clicked.connect(self.send(CheckInFlow.dismiss))
        self.root.addWidget(self.ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.staff_text.setText(
            self.view.staff_desk_text
            or QCoreApplication.translate("Notice", "Staff are at the desk near the entrance.")
        )
        self.ask_staff.setText(QCoreApplication.translate("Notice", "Not sure? Ask staff"))
        self.code_b.setText(
            QCoreApplication.translate("Notice", "Use the numbers printed on the card instead")
        )
        self.check_in.setText(QCoreApplication.translate("Notice", "Check in instead"))
        self.use_pin.setText(QCoreApplication.translate("Notice", "Use my PIN instead"))
        self.camera.setText(QCoreApplication.translate("Notice", "Use the camera instead"))
        self.face_again.setText(QCoreApplication.translate("Notice", "Look at the camera again"))

    def show_view(self, view: FlowView) -> None:
        super().show_view(view)
        code = view.notice or NoticeCode.BAD_CARD_DATA
        entry = texts.NOTICES[code]
        self.icon.set_icon(entry.icon)
        self.title.setText(QCoreApplication.translate("Notice", entry.title))
        self.body.setText(QCoreApplication.translate("Notice", entry.body))
        self.tries.setVisible(code == NoticeCode.WRONG_SECRET and view.tries_left is not None)
        self.tries.setText(tries_text(view))
        self.staff.setVisible(entry.see_staff)
        self.code_b.setVisible(view.offer_code_b)
        self.ask_staff.setVisible(view.offer_call_staff)
        self.check_in.setVisible(view.offer_check_in)
        self.use_pin.setVisible(view.offer_pin)
        self.camera.setVisible(view.camera_offered)
        self.face_again.setVisible(view.offer_face_again)
        self.retranslate()
        # Waits for the reader / for an open notice: OK would only bring the notice back.
        self.ok.setVisible(code not in (NoticeCode.NO_READER, NoticeCode.SHELTER_CLOSED))
        if code == NoticeCode.WRONG_SECRET:
            self.ok.setText(QCoreApplication.translate("Notice", "Try again"))
        else:
            self.ok.setText(QCoreApplication.translate("Common", "OK"))


class OutOfServiceScreen(Screen):
    step = Step.OUT_OF_SERVICE

    def __init__(self, flow: FlowInput, metrics_height: int = 800) -> None:
        super().__init__(flow, metrics_height)
        self.root.addStretch(1)
        self.add_centered_icon("staff", 140)
        self.title = label("", "huge", center=True)
        self.root.addWidget(self.title)
        self.body = label("", center=True)
        self.root.addWidget(self.body)
        self.code = label("", "small", center=True)
        self.code.setObjectName("error_code")
        self.code.hide()
        self.root.addWidget(self.code)
        self.error_code = ""
        self.root.addStretch(1)
        self.ok = BigButton("check", "primary")
        self.ok.setObjectName("ok")
        self.ok.clicked.connect(self.send(CheckInFlow.dismiss))
        self.root.addWidget(self.ok)
        self.retranslate()

    def set_error_code(self, code: str) -> None:
        """A known condition's stable code (e.g. ``store_key_lost``), for staff; a damaged
        record database (``store_corrupt``) also says what to do."""
        self.error_code = code
        self.code.setVisible(bool(code))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("OutOfService", "Out of service"))
        self.body.setText(
            QCoreApplication.translate(
                "OutOfService", "Sorry, something went wrong. Please see the staff."
            )
        )
        self.code.setText(
            QCoreApplication.translate("OutOfService", "Error code for staff: {code}").format(
                code=self.error_code
            )
        )
        if self.error_code == StoreCondition.CORRUPT.value:
            self.code.setText(
                self.code.text() + "\n" + QCoreApplication.translate("Store", STORE_CORRUPT)
            )
        self.ok.setText(QCoreApplication.translate("Common", "OK"))


EVACUEE_SCREENS: tuple[type[Screen], ...] = (
    IdleScreen,
    NoCardHelpScreen,
    ConsentScreen,
    ChooseMethodScreen,
    PinScreen,
    CodeBScreen,
    ReadingScreen,
    EraChoiceScreen,
    ConfirmScreen,
    CheckoutOfferScreen,
    DoneScreen,
    NoticeScreen,
    OutOfServiceScreen,
)

#: Which screen renders each step (SAVING shares the READING screen).
STEP_SCREEN: dict[Step, type[Screen]] = {
    **{cls.step: cls for cls in EVACUEE_SCREENS if cls.step is not None},
    Step.SAVING: ReadingScreen,
}
