"""The shelter LAN and the phone registration for staff, off the UI thread (docs/lan.md).

- :class:`NetworkWorker`: the work the "Shelter LAN and phones" page asks for (pairing, whose
  scrypt takes ~0.1 s and whose node restart joins threads; unpairing; the peers' states,
  read from the store once a second) runs on one worker thread, one job at a time, and its
  result comes back to the UI thread by a signal. The screen shows "Pairing..." meanwhile
  and stays responsive.
- :class:`NetworkSettingsRows`: the ``[lan]`` and ``[phone_registration]`` rows of the staff
  settings form (on/off, ports, typed peer addresses, the phone page's address), built into
  ``staff.SettingsScreen`` like the camera rows. Pairing itself stays on its own page.

Nothing personal: ids, counts, codes, ports and addresses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from kiosk.lan.sender import PeerStatus
from kiosk.services import ShelterNetworkActions
from kiosk.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LanSnapshot:
    """What the page shows, read off the UI thread."""

    enabled: bool = False
    paired: bool = False
    #: (code, reason) of each part that could not start (kiosk.services.NetworkUnavailableError).
    problems: list[tuple[str, str]] = field(default_factory=list)
    statuses: list[PeerStatus] = field(default_factory=list)
    fingerprint: str | None = None


def read_snapshot(network: ShelterNetworkActions | None) -> LanSnapshot:
    """The page's state (store reads: the keys, each peer's waiting records)."""
    if network is None:
        return LanSnapshot()
    return LanSnapshot(
        enabled=network.lan_enabled,
        paired=network.paired(),
        problems=[(p.code, p.reason.value) for p in network.problems],
        statuses=network.statuses(),
        fingerprint=network.fingerprint(),
    )


@dataclass(frozen=True)
class JobResult:
    """A job's value, or the exception it raised (its type only is logged)."""

    value: Any = None
    error: BaseException | None = None


class _Relay(QObject):
    """Lives on the UI thread: a job's result, emitted from the worker thread, arrives here
    queued and is handed to the job's callback on the UI thread."""

    finished = Signal(object, object)  # (callback, JobResult)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._deliver)

    @staticmethod
    def _deliver(callback: Callable[[JobResult], None], result: JobResult) -> None:
        callback(result)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[], Any], done: Callable[[JobResult], None], relay: _Relay
    ) -> None:
        super().__init__()
        self._work, self._done, self._relay = work, done, relay

    def run(self) -> None:
        try:
            result = JobResult(value=self._work())
        except Exception as exc:  # handed to the UI thread, typed; nothing quoted
            result = JobResult(error=exc)
        self._relay.finished.emit(self._done, result)


class NetworkWorker(QObject):
    """One worker thread for the LAN page's jobs: they run one at a time, in order (pairing,
    unpairing and reading the peers never overlap), and each result reaches its callback on
    the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, work: Callable[[], Any], done: Callable[[JobResult], None]) -> None:
        self._pending += 1

        def finished(result: JobResult) -> None:
            self._pending -= 1
            done(result)

        self._pool.start(_Job(work, finished, self._relay))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Shutdown: let the running job end (the store closes next)."""
        self._pool.clear()
        return bool(self._pool.waitForDone(timeout_ms))


# -- the settings form's rows ------------------------------------------------------------------

#: The rows' keys (``setting_<key>`` objects) in the order staff see them.
ROW_KEYS = ("lan_enabled", "lan_port", "lan_peers", "phone_enabled", "phone_port", "phone_address")


def _port_field() -> QLineEdit:
    port = QLineEdit()
    port.setValidator(QIntValidator(0, 65535, port))
    port.setMaxLength(5)
    return port


def _port_value(text: str) -> int:
    """A typed port; an empty or unreadable field is 0, which the settings refuse
    (``out_of_range``, shown to staff) rather than guessed."""
    text = text.strip()
    return int(text) if text.isdigit() else 0


class NetworkSettingsRows:
    """The shelter LAN's and the phone page's settings, as rows of the settings form."""

    def __init__(self) -> None:
        self.lan_enabled = QCheckBox()
        self.lan_port = _port_field()
        self.lan_peers = QLineEdit()
        self.lan_peers.setPlaceholderText("192.168.1.21:8766, kiosk-b.local:8766")
        self.phone_enabled = QCheckBox()
        self.phone_port = _port_field()
        self.phone_address = QLineEdit()
        self.phone_address.setPlaceholderText("192.168.1.20")

    def widgets(self) -> dict[str, QWidget]:
        return {
            "lan_enabled": self.lan_enabled,
            "lan_port": self.lan_port,
            "lan_peers": self.lan_peers,
            "phone_enabled": self.phone_enabled,
            "phone_port": self.phone_port,
            "phone_address": self.phone_address,
        }

    def text_fields(self) -> list[QLineEdit]:
        """For the on-screen keyboard."""
        return [self.lan_port, self.lan_peers, self.phone_port, self.phone_address]

    def add_rows(self, row: Callable[[str, QWidget], None]) -> None:
        """Into the settings form (``row(key, widget)`` names the widget ``setting_<key>``)."""
        for key, widget in self.widgets().items():
            row(key, widget)

    def retranslate(self, captions: dict[str, QLabel]) -> None:
        texts = {
            "lan_enabled": QCoreApplication.translate("Settings", "Shelter LAN"),
            "lan_port": QCoreApplication.translate("Settings", "Shelter LAN port"),
            "lan_peers": QCoreApplication.translate(
                "Settings", "Other terminals' addresses (host:port, separated by commas)"
            ),
            "phone_enabled": QCoreApplication.translate("Settings", "Phone registration"),
            "phone_port": QCoreApplication.translate("Settings", "Phone page port"),
            "phone_address": QCoreApplication.translate(
                "Settings", "Address in the QR code (empty: found by itself)"
            ),
        }
        for key, text in texts.items():
            captions[key].setText(text)
        for box in (self.lan_enabled, self.phone_enabled):
            box.setText(QCoreApplication.translate("Settings", "On"))

    def load(self, settings: Settings) -> None:
        self.lan_enabled.setChecked(settings.lan.enabled)
        self.lan_port.setText(str(settings.lan.port))
        self.lan_peers.setText(settings.lan.peer_addresses)
        phone = settings.phone_registration
        self.phone_enabled.setChecked(phone.enabled)
        self.phone_port.setText(str(phone.port))
        self.phone_address.setText(phone.address)

    def edit(self, settings: Settings) -> None:
        """Write the typed values into ``settings`` (a copy the screen saves; the settings'
        own checks refuse a bad port or address with a message for staff)."""
        settings.lan.enabled = self.lan_enabled.isChecked()
        settings.lan.port = _port_value(self.lan_port.text())
        settings.lan.peer_addresses = ",".join(
            part.strip() for part in self.lan_peers.text().split(",") if part.strip()
        )
        phone = settings.phone_registration
        phone.enabled = self.phone_enabled.isChecked()
        phone.port = _port_value(self.phone_port.text())
        phone.address = self.phone_address.text().strip()
