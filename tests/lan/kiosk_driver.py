"""A real kiosk process, driven by a test (TEST-ONLY: nothing of this ships).

    KIOSK_HOME=DIR QT_QPA_PLATFORM=offscreen python -m tests.lan.kiosk_driver

builds the kiosk exactly as ``python -m kiosk --windowed`` does (the data folder's instance
lock, then ``kiosk.ui.app.launch``: the settings file of the data folder,
``kiosk.ui.services.build``, ``start_kiosk``, the window, ``KioskApp.start``). Before that
it writes ``[lan] listen_address = "127.0.0.1"`` and ``discovery = false`` into the data
folder's settings file: the LAN node and the phone page listen on loopback only and no
mDNS is sent (a test never listens on another address), through the product's own settings.

It prints ``{"ready": true, ...}`` once Qt's event loop runs, then reads one JSON command per
line on standard input; each is run on the GUI thread (a reader thread hands the line over by
a queued signal) and answered with one JSON line on standard output (object names, steps,
ids and counts: never personal data):

``screen`` (the current screen's class, the flow's step, staff mode, the visible buttons),
``click`` (``name``: a visible, enabled button of the current screen, clicked with the mouse),
``fill`` (``name``, ``text``: a visible line edit), ``digits`` (``digits``: the keypad's keys,
then OK), ``corner`` (the long press on the staff corner, its 3 s shortened), ``text``
(``name``: a visible label's text, for labels without personal data), ``roster`` (the counts
the roster screen shows: its counts label's lines and the numbers it drew), ``qr`` (the
address in the idle screen's phone registration QR code, decoded off its picture), ``ids``,
``own`` (the ids of the records this kiosk made), ``counts`` (the outbox and each peer's
delivery rows), ``lan`` (the node's port, paired), ``hold`` / ``held`` / ``release``
(``kiosk.lan``'s hold of one peer's answers, on this kiosk's peer server), ``quit`` (as
staff's quit: the kiosk shuts down, the process ends).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk import paths
from kiosk import settings as settings_module
from kiosk.flow.contract import Step
from kiosk.instance_lock import InstanceLock
from kiosk.lan.__main__ import AnswerHold
from kiosk.store import RecordStore
from kiosk.ui import app as app_module
from kiosk.ui.staff_roster import RosterScreen

#: How long the staff corner is held here (the kiosk's 3 s: same behaviour, shorter).
CORNER_HOLD_MS = 150


def _listen_on_loopback_only() -> None:
    """The data folder's settings: the LAN node and the phone page on 127.0.0.1, no mDNS."""
    current = settings_module.load()
    current.lan.listen_address = "127.0.0.1"
    current.lan.discovery = False
    settings_module.save(current)


def _write(answer: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Driver(QObject):
    """Runs the test's commands on the GUI thread."""

    line = Signal(str)

    def __init__(self, kiosk: app_module.KioskApp) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.hold = AnswerHold()
        self.line.connect(self._run)  # queued: emitted by the reader thread

    # -- the window ------------------------------------------------------------------------

    def _scope(self) -> QWidget:
        current = self.kiosk.window.stack.currentWidget()
        assert isinstance(current, QWidget)
        return current

    def _visible(self, name: str, cls: type[QWidget]) -> QWidget:
        window = self.kiosk.window
        found = [w for w in self._scope().findChildren(cls, name) if w.isVisible()]
        if not found and window.overlay.isVisible():
            found = [w for w in window.overlay.findChildren(cls, name) if w.isVisible()]
        if len(found) != 1:
            raise LookupError(f"expected one visible {name!r}, found {len(found)}")
        return found[0]

    def _click(self, name: str) -> dict[str, Any]:
        button = self._visible(name, QAbstractButton)
        if not button.isEnabled():
            return {"error": "disabled", "name": name}
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        return {"clicked": name}

    def _fill(self, name: str, text: str) -> dict[str, Any]:
        field = self._visible(name, QLineEdit)
        assert isinstance(field, QLineEdit)
        field.clear()
        if text.isascii():
            QTest.keyClicks(field, text)
        else:
            field.setText(text)  # CJK comes through an input method, not key by key
        return {"filled": name}

    def _corner(self) -> dict[str, Any]:
        corner = self.kiosk.window.staff_corner
        corner._timer.setInterval(CORNER_HOLD_MS)
        here = QPoint(10, 10)

        def release() -> None:
            corner.triggered.disconnect(release)
            QTest.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=here)

        corner.triggered.connect(release)
        QTest.mousePress(corner, Qt.MouseButton.LeftButton, pos=here)
        return {"pressed": True}

    def _screen(self) -> dict[str, Any]:
        scope = self._scope()
        buttons = {
            b.objectName()
            for b in scope.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.objectName()
        }
        return {
            "screen": type(scope).__name__,
            "step": str(self.kiosk.host.view.step),
            "staff_mode": self.kiosk.window.staff_mode,
            "buttons": sorted(buttons),
        }

    def _roster(self) -> dict[str, Any]:
        screen = self.kiosk.roster.screen
        assert isinstance(screen, RosterScreen)
        if self._scope() is not screen or screen.shown_counts is None:
            return {"shown": False}
        return {
            "shown": True,
            "lines": screen.counts.text().splitlines(),
            "counts": screen.shown_counts.as_dict(),
            "rows": screen.table.rowCount(),
        }

    def _qr(self) -> dict[str, Any]:
        """The address in the phone registration's QR code on the idle screen, read off the
        picture shown (OpenCV's QR detector)."""
        import cv2
        import numpy as np

        idle = self.kiosk.window.screen_for(Step.IDLE)
        pixmap = idle.phone_qr.pixmap()
        if pixmap.isNull() or not idle.phone_qr.isVisible():
            return {"url": None}
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, stride)[:, :width]
        framed = cv2.copyMakeBorder(rows, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255)
        url, _points, _code = cv2.QRCodeDetector().detectAndDecode(framed)
        return {"url": url or None}

    # -- the store and the LAN -------------------------------------------------------------

    def _store(self) -> RecordStore:
        store = self.kiosk.services.recorder
        assert isinstance(store, RecordStore)
        return store

    def _lan(self) -> dict[str, Any]:
        network = self.kiosk.services.network
        node = network.node if network is not None else None
        return {
            "port": node.port if node is not None else None,
            "paired": network is not None and network.paired(),
            "problems": [p.code for p in network.problems] if network is not None else [],
        }

    def _hold(self, op: str, command: dict[str, Any]) -> dict[str, Any]:
        network = self.kiosk.services.network
        if network is None or network.node is None:
            return {"error": "no_node"}
        network.node.server.before_answer = self.hold.before_answer
        return self.hold.command(op, command)

    # -- commands --------------------------------------------------------------------------

    def _run(self, line: str) -> None:
        command: dict[str, Any] = json.loads(line)
        op = command.get("op")
        try:
            answer = self._answer(op, command)
        except LookupError as exc:
            answer = {"error": str(exc)}
        if answer is not None:
            _write(answer)

    def _answer(self, op: Any, command: dict[str, Any]) -> dict[str, Any] | None:
        store = self._store()
        match op:
            case "screen":
                return self._screen()
            case "click":
                return self._click(str(command["name"]))
            case "fill":
                return self._fill(str(command["name"]), str(command["text"]))
            case "digits":
                for digit in str(command["digits"]):
                    self._click(f"key_{digit}")
                return self._click("key_ok")
            case "corner":
                return self._corner()
            case "text":
                label = self._visible(str(command["name"]), QLabel)
                assert isinstance(label, QLabel)
                return {"text": label.text()}
            case "roster":
                return self._roster()
            case "qr":
                return self._qr()
            case "ids":
                return {"ids": store.event_ids()}
            case "own":  # the records this kiosk made (not received from another)
                mine = self.kiosk.settings.shelter.terminal_id
                events = [store.get_event(i) for i in store.event_ids()]
                return {"ids": [e.event_id for e in events if e and e.terminal_id == mine]}
            case "counts":
                return {
                    "outbox": store.counts(),
                    "peers": {p: store.peers.counts(p) for p in store.peers.peers()},
                }
            case "lan":
                return self._lan()
            case "hold" | "held" | "release":
                return self._hold(op, command)
            case "quit":
                self.hold.release()
                _write({"quitting": True})
                self.kiosk.quit()
                return None
        return {"error": "unknown_op"}


def _read_stdin(driver: Driver) -> None:
    for line in sys.stdin:
        if line.strip():
            driver.line.emit(line)
    driver.line.emit(json.dumps({"op": "quit"}))  # the test went away: end as staff would


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lock = InstanceLock(paths.data_dir())  # as python -m kiosk: one kiosk per data folder
    lock.acquire()
    try:
        _listen_on_loopback_only()
        app, kiosk = app_module.launch(windowed=True, demo=False)
        if not isinstance(kiosk, app_module.KioskApp):
            _write({"ready": False, "startup_failure": kiosk.code})
            kiosk.shutdown()
            return 1
        driver = Driver(kiosk)

        def ready() -> None:
            _write({"ready": True, "terminal": kiosk.settings.shelter.terminal_id})
            threading.Thread(target=_read_stdin, args=(driver,), daemon=True).start()

        QTimer.singleShot(0, ready)  # once the event loop runs
        try:
            return app.exec()
        finally:
            kiosk.shutdown()
    finally:
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
