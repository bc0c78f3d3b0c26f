"""The shelter LAN and the phone registration on screen: the idle screen's QR code, a new
opening's token, and the staff's "Shelter LAN and phones" page (kiosk.ui.staff.LanScreen).

The work is done by ``Services.network`` (kiosk.ui.services.ShelterNetwork, Qt-free); this
controller only shows it. Nothing personal: ids, counts, codes and the certificate's
fingerprint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.errors import KioskError
from kiosk.lan.pairing import generate_code
from kiosk.services import ShelterNetworkActions
from kiosk.settings import Settings
from kiosk.ui.screens import IdleScreen
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)


class NetworkController(QObject):
    #: How often the page reads the peers' states while it is shown (ms).
    POLL_MS = 1000

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
        self._idle = window.screens[IdleScreen]
        assert isinstance(self._idle, IdleScreen)

    # -- the idle screen's QR code --------------------------------------------------------

    def refresh_qr(self) -> None:
        """The QR code while the phone page runs and the kiosk may record; else none."""
        qr = None
        if self._network is not None and self._settings().recording_blocked_reason() is None:
            qr = self._network.phone_qr()
        assert isinstance(self._idle, IdleScreen)
        self._idle.set_phone_qr(qr.png if qr is not None else None)

    def new_opening(self) -> None:
        """The shelter opened: a new token (earlier QR codes stop working), a new code shown."""
        if self._network is not None:
            self._network.new_opening()
        self.refresh_qr()

    # -- the staff page ---------------------------------------------------------------------

    def show(self) -> None:
        self.render()
        self._window.show_staff(self._window.lan_screen)
        self._poll.start()

    def stop(self) -> None:
        """Shutdown: no more reads of the peers (the store closes next)."""
        self._poll.stop()

    def _tick(self) -> None:
        if self._window.stack.currentWidget() is not self._window.lan_screen:
            self._poll.stop()  # staff left the page
            return
        self.render()

    def render(self) -> None:
        network = self._network
        self._window.lan_screen.set_state(
            enabled=network is not None and network.lan_enabled,
            paired=network is not None and network.paired(),
            problems=[p.code for p in network.problems] if network is not None else [],
            statuses=network.statuses() if network is not None else [],
            fingerprint=network.fingerprint() if network is not None else None,
        )

    def _pairing_problem(self) -> str | None:
        if self._network is None or not self._network.lan_enabled:
            return QCoreApplication.translate(
                "Lan", "Switch the shelter LAN on in the settings first."
            )
        if not self._settings().shelter.shelter_id.strip():
            return QCoreApplication.translate("Lan", "Set the shelter id first.")
        return None

    def new_code(self) -> str | None:
        problem = self._pairing_problem()
        if problem is not None or self._network is None:
            self._window.lan_screen.error.setText(problem or "")
            return None
        code = generate_code()
        self._network.pair(code)
        log.info("lan: paired with a new shelter code")
        self._window.lan_screen.error.setText("")
        self.render()
        return code

    def pair(self, code: str) -> str | None:
        problem = self._pairing_problem()
        if problem is not None or self._network is None:
            return problem
        try:
            self._network.pair(code)
        except KioskError as exc:
            log.warning("lan: pairing refused (%s)", exc.code)
            return QCoreApplication.translate(
                "Lan", "That is not a shelter code: 12 letters and digits, as shown."
            )
        log.info("lan: paired with a typed shelter code")
        self.render()
        return None

    def unpair(self) -> None:
        if self._network is not None:
            self._network.unpair()
            log.info("lan: unpaired")
        self.render()
