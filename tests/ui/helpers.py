"""Helpers of the UI tests: the kiosk handle the fixtures give, its settings, and the
touch sequences many tests share (a check-in with a PIN, a staff login). Fixtures that use
them are in conftest.py."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
from kiosk.cards.virtual.profile import sample
from kiosk.clock import FakeClock
from kiosk.flow.contract import MORE_TIME, TAKE_CARD, Action, NoticeCode, Prompt, Step
from kiosk.records import Person
from kiosk.services import Services
from kiosk.settings import Settings
from kiosk.staff import ScryptCost, StaffAccounts
from kiosk.store import RecordStore
from kiosk.ui.app import KioskApp
from kiosk.ui.services import stored_status

CHEAP = ScryptCost(n=2**10)


def kiosk_settings(home: Path) -> Settings:
    settings = Settings()
    settings.shelter.name = "市立第一小学校 体育館"
    settings.shelter.shelter_id = "S-0001"
    settings.shelter.terminal_id = "T-0001"
    settings.ui.default_language = "en"  # other languages: test_translations, test_layout
    settings.ui.voice_enabled = True  # spoken through the bridge to a NullSpeaker
    settings.ui.idle_timeout_s = 30
    settings.ui.more_time_countdown_s = 20
    settings.ui.result_display_s = 12
    settings.store.database = str(home / "kiosk.sqlite3")
    return settings


def staff_services(
    store: RecordStore, home: Path, clock: FakeClock, *, staff: bool = True, **parts: Any
) -> tuple[Services, str]:
    """Services of a kiosk around a store the test made (a full disk, a network part): the
    in-process reader, the store's sync status, and (``staff``) a staff account file in
    ``home`` with IT's one-time set-up code, returned with the services ("" without staff).
    ``parts``: more services (``network=...``); their ``closers`` run before the store's."""
    accounts = StaffAccounts(home / "staff.json", clock, cost=CHEAP) if staff else None
    cards = InProcessCardReaderService()
    services = Services(
        cards=cards,
        monitor=InProcessCardMonitor(cards),
        recorder=store,
        staff=accounts,
        clock=clock,
        sync_status=lambda: stored_status(store),
        store_view=store,
        closers=[*parts.pop("closers", []), store.close],
        **parts,
    )
    return services, accounts.issue_setup_code() if accounts is not None else ""


@dataclasses.dataclass
class Kiosk:
    """A running kiosk and the handles a test drives it with."""

    app: KioskApp
    cards: Any  # InProcessCardReaderService or the PC/SC service
    store: RecordStore
    clock: FakeClock
    qtbot: Any
    touches: int = 0
    backend: str = "inprocess"
    insert_card: Callable[[str], None] | None = None
    remove_card: Callable[[], None] | None = None
    #: IT's one-time code for the first staff account (kiosks made with ``staff=True``).
    setup_code: str = ""

    @property
    def window(self) -> Any:
        return self.app.window

    @property
    def view(self) -> Any:
        return self.app.host.view

    def insert(self, name: str) -> None:
        if self.insert_card is not None:
            self.insert_card(name)
        else:
            self.cards.insert(sample(name))

    def remove(self) -> None:
        if self.remove_card is not None:
            self.remove_card()
        else:
            self.cards.remove()

    def wait_step(self, step: Step, timeout: int = 5000) -> None:
        def shown() -> bool:
            if self.view.step != step:
                return False
            screen = self.window.screen_for(step)
            return self.window.stack.currentWidget() is screen

        self.qtbot.waitUntil(shown, timeout=timeout)

    def widget(self, name: str, cls: type[QObject] = QWidget) -> Any:
        scope = self.window.stack.currentWidget()
        found = [
            w for w in scope.findChildren(cls, name) if isinstance(w, QWidget) and w.isVisible()
        ]
        if not found and self.window.overlay.isVisible():
            found = [w for w in self.window.overlay.findChildren(cls, name) if w.isVisible()]
        assert len(found) == 1, f"expected one visible {name!r}, found {len(found)}"
        return found[0]

    def click(self, name: str, *, count: bool = True) -> None:
        button = self.widget(name, QAbstractButton)
        assert button.isEnabled(), f"{name} is disabled"
        if count:
            self.touches += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_digits(self, digits: str, *, ok: bool = True) -> None:
        """Keypad digits are the person's secret input: not counted as touches."""
        for digit in digits:
            self.click(f"key_{digit}", count=False)
        if ok:
            self.click("key_ok", count=False)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def texts(self) -> list[str]:
        """Every text held by any widget of the window (labels, buttons, fields)."""
        out: list[str] = []
        for widget in self.window.findChildren(QWidget):
            if isinstance(widget, QLabel | QLineEdit):
                out.append(widget.text())
                if isinstance(widget, QLineEdit):
                    out.append(widget.placeholderText())
            elif isinstance(widget, QAbstractButton):  # BigButton.text() included
                out.append(widget.text())
            out.append(widget.accessibleName())
            out.append(widget.toolTip())
        return out

    def holds_text(self, needle: str) -> bool:
        return any(needle in text for text in self.texts() if text)


# -- an evacuee's touches ------------------------------------------------------------------

HOLDER = sample("jpki_test_card")


def holder_person() -> Person:
    return Person(name=HOLDER.name, address=HOLDER.address, birth_date=HOLDER.birth_date, sex=None)


def check_in_with_pin(kiosk: Any, card: str = "jpki_test_card", pin: str = "1234") -> None:
    kiosk.insert(card)
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("agree")
    kiosk.wait_step(Step.ENTER_PIN)
    kiosk.type_digits(pin)
    kiosk.wait_step(Step.ERA_CHOICE)
    kiosk.click("calendar_japanese")
    kiosk.wait_step(Step.CONFIRM)


# -- staff's touches ---------------------------------------------------------------------------

PASSWORD = "correct horse 7"


def fill(kiosk: Any, name: str, text: str) -> None:
    field = kiosk.widget(name)
    field.clear()
    if text.isascii():
        kiosk.qtbot.keyClicks(field, text)
    else:
        field.setText(text)  # CJK comes through an input method, not key by key


def first_run_login(kiosk: Any) -> None:
    screen = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is screen)
    assert screen.mode == "create"
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", PASSWORD)
    fill(kiosk, "password_repeat", PASSWORD)
    fill(kiosk, "setup_code", kiosk.setup_code)
    kiosk.click("submit")
    kiosk.wait_step(Step.IDLE)


def open_menu(kiosk: Any) -> None:
    corner = kiosk.window.staff_corner
    corner._timer.setInterval(150)  # the real hold is 3 s; the behaviour is the same
    kiosk.qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    with kiosk.qtbot.waitSignal(corner.triggered, timeout=2000):
        pass
    kiosk.qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    login = kiosk.window.staff_login
    assert kiosk.window.stack.currentWidget() is login
    assert login.mode == "unlock"
    fill(kiosk, "user_id", "staff01")  # never pre-filled
    fill(kiosk, "password", PASSWORD)
    kiosk.click("submit")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)


def touch(kiosk: Any, widget: Any) -> None:
    kiosk.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on(kiosk: Any, keyboard: Any, text: str) -> None:
    """Type ``text`` with the keyboard's own keys only (Shift and the symbol layer too)."""
    for char in text:
        if char == " ":
            touch(kiosk, keyboard.space)
            continue
        for _ in range(4):  # at most: leave symbols, shift, and back
            keys = [k for k in keyboard.char_keys if k.text() == char and k.isVisible()]
            if keys:
                touch(kiosk, keys[0])
                break
            if char.isalpha() and keyboard.symbols:
                touch(kiosk, keyboard.layer)
            elif char.isalpha():
                touch(kiosk, keyboard.shift)
            else:
                touch(kiosk, keyboard.layer)
        else:
            raise AssertionError(f"no key for {char!r}")


# -- network -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- speech ------------------------------------------------------------------------------------


def every_prompt() -> list[Prompt]:
    """Every prompt the kiosk can speak."""
    prompts = [Prompt(step) for step in Step]
    prompts += [Prompt(Step.NOTICE, notice=code) for code in NoticeCode]
    prompts += [Prompt(Step.DONE, action=action) for action in Action]
    prompts += [Prompt(Step.IDLE, action=action) for action in Action]
    return [*prompts, MORE_TIME, TAKE_CARD]
