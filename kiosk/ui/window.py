"""The one window: a stack of screens, the "more time?" overlay and the hidden staff corner."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow.contract import FlowView, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.ui import i18n, screens, theme
from kiosk.ui.camera_screens import CAMERA_SCREENS
from kiosk.ui.i18n import QT_TRANSLATE_NOOP
from kiosk.ui.ruby import RubyLabel
from kiosk.ui.screens import FlowInput, Screen
from kiosk.ui.staff import (
    ClosingScreen,
    ConfirmScreen,
    LanScreen,
    SettingsScreen,
    StaffActions,
    StaffLoginScreen,
    StaffMenuScreen,
    StaffScreen,
)
from kiosk.ui.texts import TAKE_CARD_BODY, TAKE_CARD_TITLE
from kiosk.ui.widgets import BigButton, IconLabel, label

#: Every evacuee screen (the camera path's included) and the screen of each step.
EVACUEE_SCREENS: tuple[type[Screen], ...] = (*screens.EVACUEE_SCREENS, *CAMERA_SCREENS)
STEP_SCREEN: dict[Step, type[Screen]] = {
    **screens.STEP_SCREEN,
    **{cls.step: cls for cls in CAMERA_SCREENS if cls.step is not None},
}

#: Context of a plural text (``%n``): see kiosk.ui.i18n.Context.
MoreTime = i18n.Context("MoreTime")


class Overlay(QFrame):
    """A dialog box in the middle of a dimmed cover over the area it covers (its parent);
    subclasses fill ``inner`` and set their texts in ``retranslate``."""

    def __init__(self, parent: QWidget, inner: QVBoxLayout | QHBoxLayout) -> None:
        super().__init__(parent)
        #: The area the overlay covers when shown (its parent).
        self.covers = parent
        self.setObjectName("overlay")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.dialog = QFrame()
        self.dialog.setObjectName("dialog")
        self.dialog.setLayout(inner)
        inner.setContentsMargins(40, 32, 40, 32)
        self.inner = inner
        self.dialog.setMinimumWidth(700)
        row.addWidget(self.dialog, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()

    def retranslate(self) -> None: ...

    def cover(self, shown: bool) -> None:
        if shown:
            self.setGeometry(self.covers.rect())
            self.raise_()
            self.show()
        else:
            self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MoreTimeOverlay(Overlay):
    """ "Do you need more time?" over the current screen, with the countdown."""

    def __init__(self, flow: FlowInput, parent: QWidget) -> None:
        inner = QVBoxLayout()
        super().__init__(parent, inner)
        self.flow = flow
        inner.setSpacing(20)
        head = QHBoxLayout()
        head.addWidget(IconLabel("clock", 80))
        self.title = label("", "huge")
        head.addWidget(self.title, 1)
        inner.addLayout(head)
        self.countdown = label("")
        self.countdown.setObjectName("countdown")
        inner.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        self.finish = BigButton("cross")
        self.finish.setObjectName("finish")
        self.finish.clicked.connect(lambda: self.flow.send(CheckInFlow.cancel))
        self.more = BigButton("check", "primary")
        self.more.setObjectName("more_time")
        self.more.clicked.connect(lambda: self.flow.send(CheckInFlow.more_time))
        buttons.addWidget(self.finish, 1)
        buttons.addWidget(self.more, 1)
        inner.addLayout(buttons)
        self.seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("MoreTime", "Do you need more time?"))
        self.more.setText(QCoreApplication.translate("MoreTime", "Yes, more time"))
        self.finish.setText(QCoreApplication.translate("MoreTime", "No, finish"))
        self.countdown.setText(
            MoreTime.tr(
                "If nobody touches the screen, everything is cleared in %n seconds.",
                "",
                self.seconds,
            )
        )

    def show_view(self, view: FlowView) -> None:
        self.seconds = view.countdown_s
        self.retranslate()
        self.cover(view.asking_more_time)


class TakeCardOverlay(Overlay):
    """Over the idle screen while a card left on the reader must be taken away first
    (docs/ui.md, "A card left on the reader"): not read again, no buttons to press."""

    def __init__(self, parent: QWidget) -> None:
        inner = QHBoxLayout()
        super().__init__(parent, inner)
        inner.setSpacing(24)
        inner.addWidget(IconLabel("card", 96), 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.title = label("", "huge")
        self.body = label("")
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        inner.addLayout(texts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("TakeCard", TAKE_CARD_TITLE))
        self.body.setText(QCoreApplication.translate("TakeCard", TAKE_CARD_BODY))


class StaffCorner(QWidget):
    """An invisible square in the top-left corner: a long press (3 s) opens the staff login.

    Evacuees have no reason to hold an empty corner for three seconds; a tap does nothing.
    """

    triggered = Signal()

    def __init__(self, parent: QWidget, size: int = 96, hold_ms: int = 3000) -> None:
        super().__init__(parent)
        self.setObjectName("staff_corner")
        self.setFixedSize(size, size)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setStyleSheet("background: transparent;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.triggered.emit)

    @property
    def hold_ms(self) -> int:
        return self._timer.interval()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._timer.stop()
        event.accept()


#: The band across the top of every screen in demo mode (the source text; see DemoBand).
DEMO_BAND_TEXT = QT_TRANSLATE_NOOP(
    "Demo", "DEMO: for practice only. Sample cards; nothing here is a real check-in."
)


class DemoBand(QLabel):
    """Black on yellow across the top of the window, above every screen (evacuee and staff),
    in demo mode: nobody takes the demo for the real kiosk, and screenshots show it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_band")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(False)  # one line: the screens below keep their room
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Demo", DEMO_BAND_TEXT))


#: The band across the top of every screen in training mode (訓練モード).
TRAINING_BAND_TEXT = QT_TRANSLATE_NOOP(
    "Training", "TRAINING MODE: every new record is a training record"
)


TRAINING_BAND_STYLE = (
    "background: #8b0000; color: #ffffff; font-weight: bold; padding: 0px 8px;"
    f" font-size: {theme.SMALL_PX}px;"
)


class TrainingBand(RubyLabel):
    """White on dark red across the top of the window, above every screen (evacuee and
    staff), while training mode is on: nobody takes a drill's records for real ones. Not
    shown in demo mode, whose DEMO band already says it (its records are training too).
    A RubyLabel: in やさしい日本語 its readings are drawn above the kanji, never as 《》.
    Always the small print's size (the type scale's floor): the room it takes is there
    because the window counts each screen's height at the display's width (CurrentStack)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_band")
        self.setProperty("role", "small")
        self.setStyleSheet(TRAINING_BAND_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # One line that never widens the window (a long language is cut at the sides).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Training", TRAINING_BAND_TEXT))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.fit()  # a translation with readings needs the taller line

    def fit(self) -> None:
        """One line of the text, with room for its readings when it has them."""
        self.ensurePolished()  # the style sheet's font now, also before the band is shown
        line = self._line_height() if self.has_ruby() else QFontMetricsF(self.font()).height()
        self.setFixedHeight(math.ceil(line) + 2)


#: Seconds without a touch before a staff screen goes back to the kiosk (a staff member who
#: walked away leaves nothing open: no close notice, purge, settings or quit one tap away).
STAFF_IDLE_S = 60

ACTIVITY_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class ActivityFilter(QObject):
    """Any touch, click or key anywhere counts as activity for the idle timer: the flow's
    while evacuees use the kiosk (``enabled``), the staff screens' otherwise."""

    staff_touched = Signal()

    def __init__(self, flow: FlowInput, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A press propagating to parents is seen more than once: "touched" is idempotent.
        if event.type() in ACTIVITY_EVENTS and isinstance(watched, QWidget):
            if self.enabled:
                self.flow.send(CheckInFlow.touched)
            else:
                self.staff_touched.emit()
        return False


class CurrentStack(QStackedWidget):
    """A stack of screens whose minimum is the CURRENT screen's at the stack's width.

    A QStackedWidget asks for the largest minimum of all its pages, so one tall screen never
    shown (a long language in larger text) made the window taller than the display. And a
    screen's own minimum height assumes its wrapped texts at their narrowest: pt_BR's
    consent in larger text claimed 777 px where 532 px hold it at 1280 px, which left the
    TRAINING MODE band 23 px (its text shrank to 12 px, under the type scale). Screens
    added later (the roster, the registration) get no context menus either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())
        self.widgetAdded.connect(self._added)

    def _added(self, index: int) -> None:
        widget = self.widget(index)
        if widget is not None:
            no_context_menus(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        minimum = current.minimumSizeHint().expandedTo(current.minimumSize())
        layout = current.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            # Wrapped texts at the width they really get. Qt's estimate for nested rows of
            # wrapping buttons is sometimes the larger one (it splits the width its own way),
            # so the smaller of the two: the layout tests check nothing is clipped at it.
            at_width = layout.totalMinimumHeightForWidth(self.width())
            minimum.setHeight(max(min(minimum.height(), at_width), current.minimumHeight()))
        return minimum

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the current screen's height at the new width


def no_context_menus(root: QWidget) -> None:
    """No context menu anywhere under ``root`` (Undo / Paste / Select all on a field, the
    main window's toolbar menu): nothing a long press or right click opens."""
    for widget in (root, *root.findChildren(QWidget)):
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def kiosk_mode(window: QWidget) -> bool:
    """Full screen, frameless, on top of every other window, with the keyboard grabbed (the
    platform sends every key to this window; inside it the focused field still gets them).
    What an application cannot do (the Windows key, Ctrl+Alt+Del, edge swipes, the task
    switcher) is the OS's lock-down: docs/ui.md, "Lock-down". True when the platform
    granted the keyboard grab (offscreen and some Wayland compositors refuse it)."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    window.showFullScreen()
    handle = window.windowHandle()
    return handle is not None and handle.setKeyboardGrabEnabled(True)


class MainWindow(QMainWindow):
    """Shows the screen of the current step; staff screens replace it while staff work."""

    demo_key = Signal(int)

    def __init__(
        self,
        flow: FlowInput,
        staff: StaffActions,
        height: int = 800,
        *,
        staff_idle_ms: int = STAFF_IDLE_S * 1000,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Shelter kiosk")
        self.setObjectName("main_window")
        self.flow = flow
        self.allow_close = False
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_band = DemoBand()
        self.demo_band_source = DEMO_BAND_TEXT
        self.demo_band.setVisible(demo)
        layout.addWidget(self.demo_band)
        self.training_band = TrainingBand()
        self.training_band.hide()
        layout.addWidget(self.training_band)
        self.stack = CurrentStack()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.central = central

        self.screens: dict[type[Screen], Screen] = {}
        for cls in EVACUEE_SCREENS:
            screen = cls(flow, height)
            screen.setObjectName(f"screen_{cls.__name__}")
            self.screens[cls] = screen
            self.stack.addWidget(screen)
        self.staff_login = StaffLoginScreen(staff, height)
        self.staff_menu = StaffMenuScreen(staff, height)
        self.settings_screen = SettingsScreen(staff, height)
        self.closing = ClosingScreen(staff, height)
        self.confirm = ConfirmScreen(staff, height)
        self.lan_screen = LanScreen(staff, height)
        self.staff_screens: list[StaffScreen] = [
            self.staff_login,
            self.staff_menu,
            self.settings_screen,
            self.closing,
            self.confirm,
            self.lan_screen,
        ]
        for staff_screen in self.staff_screens:
            staff_screen.setObjectName(f"screen_{type(staff_screen).__name__}")
            self.stack.addWidget(staff_screen)

        self.overlay = MoreTimeOverlay(flow, central)
        self.take_card = TakeCardOverlay(central)
        #: A card left on the reader must be taken first (CardPresence decides).
        self.asking_to_take_card = False
        self.staff_corner = StaffCorner(central)
        self.staff_corner.move(0, 0)
        self.staff_corner.raise_()
        self.view = FlowView()
        self._shown: Screen | None = None
        self.staff_mode = False
        #: Runs while a staff screen is shown and nobody touches it; restarted by every
        #: touch (staff_touched). Its timeout is the composition root's to act on.
        self.staff_idle = QTimer(self)
        self.staff_idle.setSingleShot(True)
        self.staff_idle.setInterval(staff_idle_ms)
        no_context_menus(self)

    # -- rendering -----------------------------------------------------------------------

    def screen_for(self, step: Step) -> Screen:
        return self.screens[STEP_SCREEN[step]]

    def current_screen(self) -> QWidget:
        screen = self.stack.currentWidget()
        assert screen is not None  # the stack holds every screen from the start
        return screen

    def show_view(self, view: FlowView) -> None:
        self.view = view
        screen = self.screen_for(view.step)
        if self._shown is not None and self._shown is not screen:
            # A screen that is left keeps nothing: typed digits, read facts, phone, message.
            self._forget(self._shown)
        self._shown = screen
        screen.show_view(view)
        if not self.staff_mode:
            self.stack.setCurrentWidget(screen)
            self.overlay.show_view(view)
        self._cover_take_card()
        self.staff_corner.raise_()

    def ask_to_take_card(self, asking: bool) -> None:
        """Show (or drop) the "please take your card" sign over the idle screen."""
        self.asking_to_take_card = asking
        self._cover_take_card()
        self.staff_corner.raise_()

    def _cover_take_card(self) -> None:
        self.take_card.cover(
            self.asking_to_take_card and not self.staff_mode and self.view.step is Step.IDLE
        )

    def retranslate(self) -> None:
        """Re-set every text now (the LanguageChange event Qt posts arrives later)."""
        for widget in self.findChildren(QWidget):
            retranslate = getattr(widget, "retranslate", None)
            if callable(retranslate):
                retranslate()
        for screen in self.screens.values():
            screen.show_view(screen.view)

    def clear_personal_data(self) -> None:
        for screen in self.screens.values():
            if screen is not self._shown:
                self._forget(screen)
            else:
                screen.clear_personal_data()

    @staticmethod
    def _forget(screen: Screen) -> None:
        screen.clear_personal_data()
        # The last view a screen rendered is widget state too: drop the facts it carried.
        screen.view = dataclasses.replace(screen.view, info=None, card_status=None)

    def show_staff(self, screen: StaffScreen) -> None:
        self.staff_mode = True
        self.overlay.hide()
        self.take_card.hide()
        self.stack.setCurrentWidget(screen)
        self.staff_idle.start()

    def set_training(self, on: bool) -> None:
        """Training mode on or off: the band (not over the DEMO band, which says it already)."""
        self.training_band.setVisible(on and not self.demo_band.isVisibleTo(self))

    def staff_touched(self) -> None:
        if self.staff_mode:
            self.staff_idle.start()

    def show_flow(self) -> None:
        self.staff_mode = False
        self.staff_idle.stop()
        self.show_view(self.view)

    # -- window behaviour ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.central.rect())
        if self.take_card.isVisible():
            self.take_card.setGeometry(self.central.rect())
        self.staff_corner.move(0, 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Full-screen kiosks close only from the staff menu (allow_close is set there).
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        keypad = None if self.staff_mode else getattr(self.current_screen(), "keypad", None)
        if keypad is not None and keypad.isVisible():
            # A physical numeric keypad (blind users, field notes §5) types like the screen's.
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                keypad.digit.emit(str(int(key) - int(Qt.Key.Key_0)))
                return
            if key == Qt.Key.Key_Backspace:
                keypad.erase.emit()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and keypad.ok_button.isEnabled():
                keypad.ok.emit()
                return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not self.staff_mode:
            self.demo_key.emit(int(key) - int(Qt.Key.Key_0))
            return
        super().keyPressEvent(event)
