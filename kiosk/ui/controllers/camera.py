"""Whether the card camera works: the flow offers the camera path only while it does
(``CheckInFlow.camera_available``), and staff see "camera unplugged" in the status.

The camera is tried on the camera worker (the thread of every camera effect, so a probe
never runs beside a reading): once at start-up, and every ``retry_ms`` while it is missing
(plugged back in: offered again). A camera effect that met a missing or unplugged camera
reports it here (:meth:`failed`). A probe opens the camera, reads one frame (kept in memory
for that call only) and closes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.camera.device import Camera
from kiosk.flow.machine import CheckInFlow
from kiosk.ui.bridges import Outcome, Worker
from kiosk.ui.host import FlowHost

log = logging.getLogger(__name__)


def probe(camera: Camera) -> None:
    """Open the camera, read one frame, close it (raises the camera's typed error)."""
    camera.open()
    try:
        camera.read()
    finally:
        camera.close()


class CameraState(QObject):
    """The card camera's state for the flow and the staff status."""

    changed = Signal()

    def __init__(
        self,
        host: FlowHost,
        worker: Worker,
        camera: Callable[[], Camera | None],
        *,
        retry_ms: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        """``camera``: the card camera now (None: the camera path is off)."""
        super().__init__(parent)
        self._host = host
        self._worker = worker
        self._camera = camera
        #: None: the camera path is off (nothing to say); else whether the camera works.
        self.available: bool | None = None
        self._probing = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.check)

    def check(self) -> None:
        """Try the camera now (on the camera worker); the answer comes back here."""
        camera = self._camera()
        if camera is None:
            self._retry.stop()
            self._set(None)
            return
        if self._probing:
            return
        self._probing = True
        self._worker.submit(lambda: probe(camera), self._probed)

    def _probed(self, outcome: Outcome[None]) -> None:
        self._probing = False
        if self._camera() is None:
            self._set(None)
            return
        if outcome.error is not None and not isinstance(outcome.error, Exception):
            raise outcome.error
        if outcome.error is not None:
            code = getattr(outcome.error, "code", type(outcome.error).__name__)
            log.warning("camera unavailable: %s", code)
        self._set(outcome.error is None)

    def failed(self) -> None:
        """A camera effect met a missing or unplugged camera."""
        if self._camera() is not None:
            log.warning("camera unavailable: camera_unplugged")
            self._set(False)

    def _set(self, available: bool | None) -> None:
        if available is False:
            self._retry.start()
        # Told every time the camera was tried (a flow made anew for new settings starts
        # without knowing it); with the path off, only the change.
        if available is not None or self.available is not None:
            self._host.send(CheckInFlow.camera_available, bool(available))
        if available != self.available:
            self.available = available
            self.changed.emit()

    def status_text(self) -> str:
        """The staff status line ("" while the camera path is off)."""
        if self.available is None:
            return ""
        if self.available:
            return QCoreApplication.translate("Staff", "Camera: working")
        return QCoreApplication.translate(
            "Staff",
            "Camera: unplugged or not found. People use the PIN or type the numbers until "
            "it is back.",
        )
