"""Card services for the kiosk: the real PC/SC reader, or the in-process virtual reader with
an on-screen sample-card control (demo mode: runs on any machine with no hardware)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.settings import Settings

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

    def __init__(self, service: Any) -> None:
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


def in_process(settings: Settings) -> tuple[Any, Any, InProcessDemoCards]:
    from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService

    service = InProcessCardReaderService(code_b_min_tries_left=settings.cards.code_b_min_tries_left)
    return service, InProcessCardMonitor(service), InProcessDemoCards(service)


def pcsc(settings: Settings) -> tuple[Any, Any, None]:
    """The PC/SC reader service and monitor of the card layer."""
    from kiosk.cards import pcsc as pcsc_cards

    service = pcsc_cards.PcscCardReaderService(
        settings.cards.reader_name, code_b_min_tries_left=settings.cards.code_b_min_tries_left
    )
    return service, pcsc_cards.PcscCardMonitor(), None


def demo_panel(demo: Any) -> QWidget:
    """A strip of buttons (demo mode only): place a sample card, or take it away (keys 1-9)."""
    panel = QWidget()
    panel.setObjectName("demo_panel")
    row = QHBoxLayout(panel)
    row.setContentsMargins(8, 4, 8, 4)
    row.setSpacing(6)
    for number, name in enumerate(demo.sample_names(), start=1):
        button = QPushButton(f"{number} {name}")
        button.setObjectName(f"demo_{name}")
        button.setStyleSheet("min-height: 36px; font-size: 16px; padding: 2px 6px;")
        button.clicked.connect(lambda _=False, n=name: demo.insert(n))
        row.addWidget(button)
    remove = QPushButton("9 remove card")
    remove.setObjectName("demo_remove")
    remove.setStyleSheet("min-height: 36px; font-size: 16px; padding: 2px 6px;")
    remove.clicked.connect(demo.remove)
    row.addWidget(remove)
    return panel
