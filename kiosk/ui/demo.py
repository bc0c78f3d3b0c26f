"""Card services for the kiosk: the real PC/SC reader, or the in-process virtual reader with
an on-screen sample-card control (demo mode: runs on any machine with no hardware)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QMoveEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.cards.api import Today
from kiosk.clock import Clock, SystemClock
from kiosk.settings import Settings
from kiosk.ui.i18n import QT_TRANSLATE_NOOP
from kiosk.ui.widgets import BigButton

if TYPE_CHECKING:  # pyscard and the virtual cards are imported only when chosen
    from kiosk.camera.device import Frame
    from kiosk.cards.pcsc import PcscCardMonitor, PcscCardReaderService
    from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
    from kiosk.cards.virtual.profile import CardProfile
    from kiosk.services import DemoCards

log = logging.getLogger(__name__)

#: Sample cards in the order of the demo keys 1-8 (9 removes the card).
DEMO_SAMPLES = (
    "jpki_test_card",
    "licence",
    "one_try_left",
    "locked",
    "unsupported",
    "long_address",
    "mononym",
    "licence_gaiji",
)


class InProcessDemoCards:
    """Puts bundled sample cards on the in-process virtual reader. ``stand_in_photo``: the
    demo card (:data:`DEMO_CAMERA_CARD`) carries a blank stand-in photo, so the face modes
    reach the face check, whose matcher enrols the real photo from the face camera
    (:class:`kiosk.ui.services.EnrollingFaceMatcher`); without it the card has no photo."""

    def __init__(self, service: InProcessCardReaderService, stand_in_photo: bool = False) -> None:
        self.service = service
        self.stand_in_photo = stand_in_photo

    def sample_names(self) -> list[str]:
        return list(DEMO_SAMPLES)

    def insert(self, name: str) -> None:
        from kiosk.cards.virtual.emulator import VirtualCard
        from kiosk.cards.virtual.profile import sample

        log.info("demo: placing sample card %s", name)
        photo = blank_photo() if self.stand_in_photo and name == DEMO_CAMERA_CARD else None
        self.service.insert(VirtualCard(sample(name), photo=photo))

    def remove(self) -> None:
        log.info("demo: removing the card")
        self.service.remove()


class CardOptions(TypedDict):
    code_b_min_tries_left: int
    licence_default_pin: bool
    deadline_s: float
    today: Today


def card_options(settings: Settings, clock: Clock | None = None) -> CardOptions:
    """The card service's settings: refusal rules, the deadline of each card operation
    (``cards.read_deadline_s``) and today's date from the kiosk's clock (birth dates after
    it are refused as bad data)."""
    kiosk_clock = clock or SystemClock()
    return {
        "code_b_min_tries_left": settings.cards.code_b_min_tries_left,
        "licence_default_pin": settings.cards.licence_default_pin_enabled,
        "deadline_s": settings.cards.read_deadline_s,
        "today": lambda: kiosk_clock.now().astimezone().date(),
    }


def in_process(
    settings: Settings, clock: Clock | None = None
) -> tuple[InProcessCardReaderService, InProcessCardMonitor, InProcessDemoCards]:
    from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService

    service = InProcessCardReaderService(**card_options(settings, clock))
    demo = InProcessDemoCards(service, stand_in_photo=bool(settings.camera.face_camera.strip()))
    return service, InProcessCardMonitor(service), demo


def blank_photo() -> bytes:
    """A plain grey JPEG 2000 the size of a card photo: no face, a stand-in for the demo card's
    photo (the face check compares with the photo enrolled from the face camera instead)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (240, 320), 128).save(out, format="JPEG2000")
    return out.getvalue()


def pcsc(
    settings: Settings, clock: Clock | None = None
) -> tuple[PcscCardReaderService, PcscCardMonitor, None]:
    """The PC/SC reader service and monitor of the card layer."""
    from kiosk.cards import pcsc as pcsc_cards

    service = pcsc_cards.PcscCardReaderService(
        settings.cards.reader_name, **card_options(settings, clock)
    )
    return service, pcsc_cards.PcscCardMonitor(), None


#: What each sample card is, named for the fictional person on it (keys 1-8), and the
#: key that takes the card away. Shown in the current language.
DEMO_LABELS: dict[str, str] = {
    "jpki_test_card": QT_TRANSLATE_NOOP("Demo", "My Number card — Kokuto Mikiya"),
    "licence": QT_TRANSLATE_NOOP("Demo", "Driver's licence — Yamada Taro"),
    "one_try_left": QT_TRANSLATE_NOOP("Demo", "My Number card with one try left — Suzuki Ichiro"),
    "locked": QT_TRANSLATE_NOOP("Demo", "Locked My Number card — Tanaka Jiro"),
    "unsupported": QT_TRANSLATE_NOOP("Demo", "A card the kiosk does not read"),
    "long_address": QT_TRANSLATE_NOOP("Demo", "My Number card, long address — Hasegawa Chiyoko"),
    "mononym": QT_TRANSLATE_NOOP("Demo", "My Number card, one-part name — AYANA"),
    "licence_gaiji": QT_TRANSLATE_NOOP("Demo", "Driver's licence, rare kanji — Takasaki Jun"),
}
DEMO_REMOVE = QT_TRANSLATE_NOOP("Demo", "Take the card away")
#: The panel's line on the face check: with a face camera (the demo card's photo enrolled
#: from it), and without one.
DEMO_FACE_ENROLLED = QT_TRANSLATE_NOOP(
    "Demo",
    "Face check: card 1's photo is taken from the face camera's first picture of a face. "
    "It is kept in memory only and forgotten when the demo ends.",
)
DEMO_FACE_NEEDS_CAMERA = QT_TRANSLATE_NOOP(
    "Demo", "Face check: needs a face camera in the settings; without one it cannot be done."
)
#: The panel's width open, and folded to its tab (px); below OPEN_FROM_WIDTH of window width
#: it starts folded, so a small screen keeps its room for the kiosk.
PANEL_WIDTH, TAB_WIDTH, OPEN_FROM_WIDTH = 240, 64, 1280


class DemoPanel(QDockWidget):
    """The demo's sample cards, docked at the window's right edge (demo mode only): it takes
    its own room beside the kiosk and never lies over it; it folds to a narrow tab (keys 1-9
    on the kiosk window do the same). Place a sample card, or take it away."""

    def __init__(self, demo: DemoCards, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_panel")
        # Docked for good: not floating over the kiosk, not moved, not closed.
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
        self.setStyleSheet(
            "QPushButton { min-height: 44px; min-width: 0; padding: 2px 6px;"
            " border-width: 2px; border-radius: 6px; }"
            " QPushButton QLabel { font-size: 15px; }"
        )
        self.is_open = True
        self._sized = False
        self.fold_button = BigButton(wrap=True)
        self.fold_button.setObjectName("demo_fold")
        self.fold_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fold_button.clicked.connect(lambda: self.set_open(not self.is_open))
        self.setTitleBarWidget(self.fold_button)
        self.cards = QWidget()
        column = QVBoxLayout(self.cards)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        self.buttons: dict[str, BigButton] = {}
        for name in [*demo.sample_names(), ""]:
            button = BigButton(center=False)
            button.setObjectName(f"demo_{name}" if name else "demo_remove")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if name:
                button.clicked.connect(lambda _=False, n=name: demo.insert(n))
            else:
                button.clicked.connect(demo.remove)
            column.addWidget(button)
            self.buttons[name] = button
        self.face_note = QLabel()
        self.face_note.setObjectName("demo_face_note")
        self.face_note.setWordWrap(True)
        self.face_enrolled = bool(getattr(demo, "stand_in_photo", False))
        column.addWidget(self.face_note)
        column.addStretch(1)
        self.setWidget(self.cards)
        self.retranslate()
        if parent is not None:
            parent.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._sized:
            # Open or folded by the window's width when it first shows (then as staff say).
            self._sized = True
            window = self.parentWidget()
            self.set_open(window is None or window.width() >= OPEN_FROM_WIDTH)
        super().showEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802
        # Docked: moved like a free window (the app places it after showing it), it goes
        # back where the window's layout puts it (which moves it no further).
        window = self.parentWidget()
        layout = window.layout() if window is not None else None
        if layout is not None and not self.isFloating():
            QTimer.singleShot(0, layout.invalidate)
        super().moveEvent(event)

    def set_open(self, is_open: bool) -> None:
        """Open: the sample cards; folded: only the narrow tab at the edge."""
        self.is_open = is_open
        self.cards.setVisible(is_open)
        self.setFixedWidth(self._room() if is_open else TAB_WIDTH)
        self.retranslate()

    def _room(self) -> int:
        """The open panel's width: PANEL_WIDTH, or less where the kiosk's screens need the
        room (a small window never grows for the panel)."""
        window = self.parentWidget()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        if window is None or central is None:
            return PANEL_WIDTH
        room = window.width() - central.minimumSizeHint().width() - 8
        return max(TAB_WIDTH, min(PANEL_WIDTH, room))

    def retranslate(self) -> None:
        title = QCoreApplication.translate("Demo", "Demo cards")
        self.setWindowTitle(title)
        self.fold_button.setText(f"{title}  ▸" if self.is_open else "◂")
        self.fold_button.setToolTip(title)
        self.fold_button.setAccessibleName(title)
        for number, (name, button) in enumerate(self.buttons.items(), start=1):
            text = DEMO_LABELS.get(name, name) if name else DEMO_REMOVE
            key = number if name else 9
            button.setText(f"{key}  {QCoreApplication.translate('Demo', text)}")
        note = DEMO_FACE_ENROLLED if self.face_enrolled else DEMO_FACE_NEEDS_CAMERA
        self.face_note.setText(QCoreApplication.translate("Demo", note))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- the camera path in the demo -----------------------------------------------------------------

#: The sample card whose face the demo's card camera shows (the panel's key 1).
DEMO_CAMERA_CARD = "jpki_test_card"


class SampleCamera:
    """The demo's camera: plays frames made in memory (never files, never a real person):
    the front of a sample card rendered from its identity as the card camera would see it
    (kiosk.camera.synthetic), a few placements, in a loop. Rendered at the first ``open``
    (on the camera worker), then kept."""

    def __init__(self, render: Callable[[], list[Frame]]) -> None:
        self._render = render
        self._frames: list[Frame] = []
        self._index = 0
        self._open = False
        self._lock = threading.Lock()

    def open(self) -> None:
        with self._lock:
            if not self._frames:
                self._frames = self._render()
            self._index = 0
            self._open = True

    def read(self) -> Frame:
        from kiosk.camera.device import CameraError, CameraErrorCode

        with self._lock:
            if not self._open:
                raise CameraError(CameraErrorCode.NOT_OPEN, "the camera is not open")
            frame = self._frames[self._index % len(self._frames)]
            self._index += 1
            return frame.copy()

    def close(self) -> None:
        with self._lock:
            self._open = False


def sample_card_frames(name: str = DEMO_CAMERA_CARD) -> list[Frame]:
    """The front of the sample card ``name`` as the card camera sees it."""
    from kiosk.cards.virtual.profile import sample

    return card_camera_frames(sample(name))


def card_camera_frames(
    profile: CardProfile, photo: Frame | None = None, count: int = 4
) -> list[Frame]:
    """The front of ``profile``'s card (with ``photo`` in its photo slot) as the card camera
    sees it, slightly turned and tilted, rendered from its identity: synthetic, in memory."""
    import random

    from kiosk.camera.synthetic import (
        Degradation,
        SyntheticIdentity,
        render_card_face,
        render_scene,
    )

    identity = SyntheticIdentity(
        name=profile.name,
        address=profile.address,
        birth_date=profile.birth_date,
        sex="男" if profile.sex == "1" else "女",
        expiry=profile.card_expiry,
        security_code=profile.code_b_security_code,
    )
    face = render_card_face(identity, photo)
    placements = [Degradation(rotation=2.0 * i - 3, tilt=0.02, scale=0.62) for i in range(count)]
    return [render_scene(face, how, random.Random(i)) for i, how in enumerate(placements)]


def demo_panel(demo: DemoCards, parent: QMainWindow | None = None) -> DemoPanel:
    """The demo panel, docked in ``parent`` (the kiosk's main window)."""
    return DemoPanel(demo, parent)
