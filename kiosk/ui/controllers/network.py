"""The shelter LAN and the phone registration on screen: the idle screen's QR code, a new
opening's token, and the staff's "Shelter LAN and phones" page (kiosk.ui.staff.LanScreen).

The work is done by ``Services.network`` (kiosk.ui.services.ShelterNetwork, Qt-free); this
controller only shows it; the staff page's work runs off the UI thread
(kiosk.ui.staff_lan.NetworkWorker). Nothing personal: ids, counts, codes and the certificate's
fingerprint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.errors import KioskError
from kiosk.lan.pairing import generate_code
from kiosk.services import ShelterNetworkActions
from kiosk.settings import Settings
from kiosk.ui.screens import IdleScreen
from kiosk.ui.staff_lan import JobResult, LanSnapshot, NetworkWorker, read_snapshot
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


class NetworkController(QObject):
    #: How often the page reads the peers' states while it is shown (ms).
    POLL_MS = 1000
    #: A pairing or unpairing ended (its problem for staff, or None); the page shows it.
    pairing_done = Signal(object)
    #: The page shows a new reading of the peers' states.
    refreshed = Signal()
    #: Saved settings reached the services (on the worker); the QR code shows their state.
    settings_applied = Signal()

    def __init__(
        self,
        window: MainWindow,
        network: ShelterNetworkActions | None,
        *,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._network = network
        self._settings = settings
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._tick)
        self._worker = NetworkWorker(self)
        #: Saved settings on their way to the services: the LAN node and the phone page are
        #: being stopped or started on the worker, the UI thread does not touch them.
        self._applying = 0
        self._idle = window.screens[IdleScreen]
        assert isinstance(self._idle, IdleScreen)

    # -- the idle screen's QR code --------------------------------------------------------

    def refresh_qr(self) -> None:
        """The QR code while the phone page runs and the kiosk may record; else none.
        While saved settings are being applied, the code shown stays until they are."""
        if self._applying:
            return
        qr = None
        if self._network is not None and self._settings().recording_blocked_reason() is None:
            qr = self._network.phone_qr()
        assert isinstance(self._idle, IdleScreen)
        self._idle.set_phone_qr(qr.png if qr is not None else None)

    def new_opening(self) -> None:
        """The shelter opened: a new token (earlier QR codes stop working), a new code shown."""
        network = self._network
        if network is not None and self._applying:
            # After the settings being applied (the phone page may be restarting).
            self._worker.submit(network.new_opening, lambda _result: self.refresh_qr())
            return
        if network is not None:
            network.new_opening()
        self.refresh_qr()

    def apply_settings(self, new: Settings, apply: Callable[[Settings], None]) -> None:
        """Staff saved settings: ``apply`` (the services' settings_changed) runs on the
        worker, since stopping the LAN node joins its threads, which waits for a peer's
        request in progress (seconds). :attr:`settings_applied` when done."""
        self._applying += 1
        self._worker.submit(lambda: apply(new), self._settings_applied)

    def _settings_applied(self, result: JobResult) -> None:
        self._applying -= 1
        if result.error is not None:
            log.error("applying the new settings failed (%s)", type(result.error).__name__)
        self.refresh_qr()
        self.settings_applied.emit()

    # -- the staff page ---------------------------------------------------------------------
    # Pairing (scrypt, a node restart), unpairing and reading the peers' states run on the
    # worker thread (kiosk.ui.staff_lan.NetworkWorker); their results come back by signal.

    def show(self) -> None:
        self._window.lan_screen.set_busy(self._worker.busy)
        self.refresh()
        self._window.show_staff(self._window.lan_screen)
        self._poll.start()

    def stop(self) -> None:
        """Shutdown: no more reads of the peers, and the running job ends (the store closes
        next)."""
        self._poll.stop()
        self._worker.wait()

    def _tick(self) -> None:
        if self._window.stack.currentWidget() is not self._window.lan_screen:
            self._poll.stop()  # staff left the page
            return
        if not self._worker.busy:  # one read at a time; a slow store is not queued up
            self.refresh()

    def refresh(self) -> None:
        """Read the page's state off the UI thread; :attr:`refreshed` when shown."""
        network = self._network
        self._worker.submit(lambda: read_snapshot(network), self._show_snapshot)

    def _show_snapshot(self, result: JobResult) -> None:
        if result.error is not None:
            log.error("lan: the page's state could not be read (%s)", type(result.error).__name__)
            return
        snapshot: LanSnapshot = result.value
        self._window.lan_screen.set_state(
            enabled=snapshot.enabled,
            paired=snapshot.paired,
            problems=snapshot.problems,
            statuses=snapshot.statuses,
            fingerprint=snapshot.fingerprint,
        )
        self.refreshed.emit()

    def _pairing_problem(self) -> str | None:
        if self._network is None or not self._network.lan_enabled:
            return QCoreApplication.translate(
                "Lan", "Switch the shelter LAN on in the settings first."
            )
        if not self._settings().shelter.shelter_id.strip():
            return QCoreApplication.translate("Lan", "Set the shelter id first.")
        return None

    def new_code(self) -> None:
        """Pair with a new code, off the UI thread; the page shows it when paired."""
        self._pair_with(generate_code(), show=True)

    def pair(self, code: str) -> None:
        """Pair with the code staff typed, off the UI thread; a problem comes on the page."""
        self._pair_with(code, show=False)

    def _pair_with(self, code: str, *, show: bool) -> None:
        page = self._window.lan_screen
        problem = self._pairing_problem()
        network = self._network
        if problem is not None or network is None:
            page.error.setText(problem or "")
            self.pairing_done.emit(problem)
            return
        page.error.setText("")
        page.set_busy(True)
        self._worker.submit(
            lambda: network.pair(code), lambda result: self._paired(result, code if show else None)
        )

    def _paired(self, result: JobResult, shown: str | None) -> None:
        page = self._window.lan_screen
        page.set_busy(False)
        problem = None
        if isinstance(result.error, KioskError):
            log.warning("lan: pairing refused (%s)", result.error.code)
            problem = QCoreApplication.translate(
                "Lan", "That is not a shelter code: 12 letters and digits, as shown."
            )
        elif result.error is not None:
            log.error("lan: pairing failed (%s)", type(result.error).__name__)
            problem = QCoreApplication.translate("Lan", "Pairing failed. Try again.")
        else:
            log.info("lan: paired with %s shelter code", "a new" if shown else "a typed")
            if shown is not None:
                page.show_code(shown)
        page.error.setText(problem or "")
        self.refresh()
        self.pairing_done.emit(problem)

    def unpair(self) -> None:
        network = self._network
        if network is None:
            self.refresh()
            return
        self._window.lan_screen.set_busy(True)
        self._worker.submit(network.unpair, self._unpaired)

    def _unpaired(self, result: JobResult) -> None:
        self._window.lan_screen.set_busy(False)
        if result.error is not None:
            log.error("lan: unpairing failed (%s)", type(result.error).__name__)
        else:
            log.info("lan: unpaired")
        self.refresh()
        self.pairing_done.emit(None)
