"""Card services for the kiosk: the real PC/SC reader, or the in-process virtual reader with
an on-screen sample-card control (demo mode: runs on any machine with no hardware)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.cards.api import Today
from kiosk.clock import Clock, SystemClock
from kiosk.settings import Settings

if TYPE_CHECKING:  # pyscard and the virtual cards are imported only when chosen
    from kiosk.cards.pcsc import PcscCardMonitor, PcscCardReaderService
    from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
    from kiosk.ui.app import DemoCards

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
    """Puts bundled sample cards on the in-process virtual reader."""

    def __init__(self, service: InProcessCardReaderService) -> None:
        self.service = service

    def sample_names(self) -> list[str]:
        return list(DEMO_SAMPLES)

    def insert(self, name: str) -> None:
        from kiosk.cards.virtual.profile import sample

        log.info("demo: placing sample card %s", name)
        self.service.insert(sample(name))

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
    return service, InProcessCardMonitor(service), InProcessDemoCards(service)


def pcsc(
    settings: Settings, clock: Clock | None = None
) -> tuple[PcscCardReaderService, PcscCardMonitor, None]:
    """The PC/SC reader service and monitor of the card layer."""
    from kiosk.cards import pcsc as pcsc_cards

    service = pcsc_cards.PcscCardReaderService(
        settings.cards.reader_name, **card_options(settings, clock)
    )
    return service, pcsc_cards.PcscCardMonitor(), None


def demo_panel(demo: DemoCards, parent: QWidget | None = None) -> QWidget:
    """A small always-on-top tool window (demo mode only): place a sample card, or take it
    away (also keys 1-9 on the kiosk window). Separate from the kiosk window so the kiosk's
    own layout is exactly what a real terminal shows; drag it wherever it is out of the way."""
    panel = QWidget(parent)
    panel.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
    panel.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    panel.setWindowTitle("Demo cards")
    panel.setObjectName("demo_panel")
    panel.setStyleSheet(
        "QPushButton { min-height: 30px; min-width: 0; font-size: 15px; padding: 2px 8px;"
        " border-width: 2px; border-radius: 6px; }"
        " QPushButton QLabel { font-size: 15px; }"
    )
    column = QVBoxLayout(panel)
    column.setContentsMargins(6, 6, 6, 6)
    column.setSpacing(4)
    for number, name in enumerate(demo.sample_names(), start=1):
        button = QPushButton(f"{number}  {name}")
        button.setObjectName(f"demo_{name}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False, n=name: demo.insert(n))
        column.addWidget(button)
    remove = QPushButton("9  remove the card")
    remove.setObjectName("demo_remove")
    remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    remove.clicked.connect(demo.remove)
    column.addWidget(remove)
    return panel
