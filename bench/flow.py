"""Virtual evacuees through the real kiosk UI: how long the machine makes people wait.

    python bench/flow.py --people 100 --json

Each person places a (virtual, in-process) My Number card, agrees, types the PIN, picks the
calendar and confirms; then every person checks out again. Clicks go to the real buttons of
the real screens (offscreen); records go into a real encrypted SQLite store.

``detect_to_confirm_ms``: machine time from the card being detected to the confirmation
screen, summed over the waits after each of the person's actions (card detected -> consent,
agree -> keypad, PIN -> calendar question, calendar -> confirmation). The person's own time
(reading, typing) is not counted. ``touches_checkin`` / ``touches_checkout``: touches per
person besides the PIN digits.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.cards.virtual.inprocess import (
    InProcessCardMonitor,
    InProcessCardReaderService,
)
from kiosk.cards.virtual.profile import sample
from kiosk.clock import SystemClock
from kiosk.flow.contract import Step
from kiosk.settings import Settings
from kiosk.store import KeyFileProvider, RecordStore
from kiosk.ui.app import KioskApp, Services


class Driver:
    def __init__(self, kiosk: KioskApp) -> None:
        self.kiosk = kiosk
        self.touches = 0

    def wait(self, predicate: Callable[[], bool], timeout_ms: int = 10_000) -> float:
        """Seconds until ``predicate`` holds, waiting on the host's view signal (no polling
        loop, no sleep)."""
        started = time.perf_counter()
        if predicate():
            return 0.0
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def check(_view: Any) -> None:
            if predicate():
                loop.quit()

        self.kiosk.host.view_changed.connect(check)
        timer.start(timeout_ms)
        loop.exec()
        self.kiosk.host.view_changed.disconnect(check)
        if not predicate():
            raise TimeoutError(f"still at {self.kiosk.host.view.step}")
        return time.perf_counter() - started

    def at(self, step: Step) -> Callable[[], bool]:
        window = self.kiosk.window
        return lambda: (
            self.kiosk.host.view.step == step
            and window.stack.currentWidget() is window.screen_for(step)
        )

    def click(self, name: str, *, count: bool = True) -> None:
        scope = self.kiosk.window.stack.currentWidget()
        buttons = [b for b in scope.findChildren(QAbstractButton, name) if b.isVisible()]
        if len(buttons) != 1:
            raise LookupError(f"{name}: {len(buttons)} visible buttons")
        if count:
            self.touches += 1
        QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    def pin(self, digits: str) -> None:
        for digit in digits:
            self.click(f"key_{digit}", count=False)
        self.click("key_ok", count=False)


def person(index: int) -> Any:
    base = sample("jpki_test_card")
    return dataclasses.replace(
        base,
        name=f"避難\u3000太郎{index:03d}",
        address=f"東京都清瀬市観布子南１２－７－{index:03d}",
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


@contextmanager
def scratch_home() -> Iterator[Path]:
    """A throw-away data folder as KIOSK_HOME: removed at the end (also on an error), and
    the caller's KIOSK_HOME comes back. The benchmark's databases and keys never pile up."""
    previous = os.environ.get("KIOSK_HOME")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-flow-") as folder:
        os.environ["KIOSK_HOME"] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("KIOSK_HOME", None)
            else:
                os.environ["KIOSK_HOME"] = previous


def run(people: int) -> dict[str, Any]:
    app = QApplication(sys.argv[:1])
    with scratch_home() as home:
        return run_in(app, home, people)


def run_in(app: QApplication, home: Path, people: int) -> dict[str, Any]:
    settings = Settings()
    settings.shelter.name = "ベンチマーク避難所"
    settings.shelter.shelter_id = "BENCH"
    settings.shelter.terminal_id = "BENCH-T"
    settings.store.database = str(home / "kiosk.sqlite3")
    clock = SystemClock()
    cards = InProcessCardReaderService()
    store = RecordStore(settings.database_path(), KeyFileProvider(home / "store.key"), clock)
    services = Services(
        cards=cards, monitor=InProcessCardMonitor(cards), recorder=store, clock=clock
    )
    kiosk = KioskApp(settings, services, require_login=False, height=800)
    try:
        return measure(kiosk, cards, store, people)
    finally:
        # Before the data folder goes: nothing may still hold the database open.
        kiosk.shutdown()
        kiosk.window.close()
        store.close()
        app.quit()


def started_on_idle(kiosk: KioskApp) -> Driver:
    """Show the kiosk at 1280x800, start it, and wait for the idle screen."""
    kiosk.window.allow_close = True
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    kiosk.start()
    driver = Driver(kiosk)
    driver.wait(driver.at(Step.IDLE))
    return driver


def measure(
    kiosk: KioskApp, cards: InProcessCardReaderService, store: RecordStore, people: int
) -> dict[str, Any]:
    driver = started_on_idle(kiosk)

    check_in_ms: list[float] = []
    check_in_touches: list[int] = []
    for index in range(people):
        driver.touches = 0
        cards.insert(person(index))
        machine = driver.wait(driver.at(Step.CONSENT))
        driver.click("agree")
        machine += driver.wait(driver.at(Step.ENTER_PIN))
        driver.pin("1234")
        machine += driver.wait(driver.at(Step.ERA_CHOICE))
        driver.click("calendar_japanese")
        machine += driver.wait(driver.at(Step.CONFIRM))
        check_in_ms.append(machine * 1000)
        driver.click("correct")
        driver.wait(driver.at(Step.DONE))
        check_in_touches.append(driver.touches)
        cards.remove()
        driver.click("ok", count=False)  # the next person need not wait for the result
        driver.wait(driver.at(Step.IDLE))

    check_out_ms: list[float] = []
    check_out_touches: list[int] = []
    for index in range(people):
        driver.touches = 0
        cards.insert(person(index))
        machine = driver.wait(driver.at(Step.CONSENT))
        driver.click("agree")
        machine += driver.wait(driver.at(Step.ENTER_PIN))
        driver.pin("1234")
        machine += driver.wait(driver.at(Step.CHECKOUT_OFFER))
        check_out_ms.append(machine * 1000)
        driver.click("check_out")
        driver.wait(driver.at(Step.DONE))
        check_out_touches.append(driver.touches)
        cards.remove()
        driver.click("ok", count=False)
        driver.wait(driver.at(Step.IDLE))

    kinds = store.kind_counts()
    return {
        "people": people,
        "detect_to_confirm_ms_median": round(statistics.median(check_in_ms), 1),
        "detect_to_confirm_ms_p95": round(percentile(check_in_ms, 0.95), 1),
        "detect_to_confirm_ms_max": round(max(check_in_ms), 1),
        "detect_to_checkout_offer_ms_median": round(statistics.median(check_out_ms), 1),
        "detect_to_checkout_offer_ms_p95": round(percentile(check_out_ms, 0.95), 1),
        "touches_checkin": max(check_in_touches),
        "touches_checkout": max(check_out_touches),
        "records": {"check_in": kinds.get("check_in", 0), "check_out": kinds.get("check_out", 0)},
        "goal_ms": 500,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = run(args.people)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    ok = (
        result["detect_to_confirm_ms_p95"] <= 500
        and result["touches_checkin"] <= 3
        and result["touches_checkout"] <= 2
        and result["records"] == {"check_in": args.people, "check_out": args.people}
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
