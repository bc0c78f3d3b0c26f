"""What the running kiosk is built from: :class:`Services` and the protocols of its parts.

Qt-free, so the composition root (``kiosk.ui.app``), the factories that build the real or
demo services (``kiosk.ui.services``), the benchmark and the tests all name the same types
without importing one another. Every part has a Null or virtual twin, so tests, the demo
mode and the real kiosk differ only in what is passed here.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from kiosk.camera.device import Camera, NullCamera
from kiosk.cards.api import CardMonitor, CardReaderService
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.face.matcher import FaceMatcher, NullFaceMatcher
from kiosk.flow.camera_work import CameraParts
from kiosk.flow.machine import CodeBBuilder
from kiosk.flow.performer import PlainSpeaker
from kiosk.flow.shelter import ShelterHistory
from kiosk.records import EventRecorder
from kiosk.settings import Settings
from kiosk.speech import NullSpeaker
from kiosk.store import DeadRecord, PurgeResult, SalvageReport, StoreCondition
from kiosk.sync.status import SyncStatus

if TYPE_CHECKING:
    from kiosk.camera.card_face import CardFaceReader
    from kiosk.lan.sender import PeerStatus
    from kiosk.webreg.qr import QrImage

#: The kiosk's voice: ``speak(text, language)`` and ``stop()`` (kiosk.speech.SpeechWorker).
Speaker = PlainSpeaker


class StaffAccounts(Protocol):
    """What the kiosk needs from kiosk.staff (hashed passwords with a lockout)."""

    def has_accounts(self) -> bool: ...

    def create(self, user_id: str, password: str, setup_code: str = "") -> None:
        """The first account: needs IT's one-time set-up code."""

    def verify(self, user_id: str, password: str) -> None:
        """Raises a KioskError (wrong password, locked out) when the login is refused."""


class DemoCards(Protocol):
    """The on-screen demo control over the in-process virtual reader."""

    def sample_names(self) -> list[str]: ...

    def insert(self, name: str) -> None: ...

    def remove(self) -> None: ...


class SyncActions(Protocol):
    """The outbox actions on the staff panel (kiosk.ui.services.SyncControl)."""

    def send_now(self) -> None: ...

    def retry_quarantined(self) -> int: ...

    def purge_now(self) -> PurgeResult:
        """Its typed status, purged and unsent counts."""


class NetworkUnavailableReason(StrEnum):
    """Why a shelter network service could not listen: what staff or IT must change."""

    #: Another program (or another kiosk) has the port: staff change it on the settings screen.
    PORT_IN_USE = "port_in_use"
    #: ``[lan] listen_address`` is not an address of this machine (a typo, a DHCP lease that
    #: changed, the Wi-Fi not up yet): IT corrects the settings file.
    ADDRESS_NOT_HERE = "address_not_here"
    #: Anything else the system refused (its errno is in the log).
    FAILED = "failed"

    @classmethod
    def of(cls, exc: OSError) -> NetworkUnavailableReason:
        if exc.errno == errno.EADDRINUSE:
            return cls.PORT_IN_USE
        if exc.errno == errno.EADDRNOTAVAIL:
            return cls.ADDRESS_NOT_HERE
        return cls.FAILED


class NetworkUnavailableError(KioskError):
    """A shelter network service could not start (its port is taken, the address is not
    this machine's...). The kiosk keeps running without it; staff see the code and why."""

    code = "network_unavailable"
    needs_staff = True

    def __init__(
        self, code: str, reason: NetworkUnavailableReason = NetworkUnavailableReason.FAILED
    ) -> None:
        super().__init__(code)
        self.code = code
        self.reason = reason


class ShelterNetworkActions(Protocol):
    """The shelter LAN and the phone registration (kiosk.ui.services.ShelterNetwork): what
    the idle screen and the staff screens use. Ids, counts and codes only."""

    @property
    def problems(self) -> list[NetworkUnavailableError]:
        """What could not start (typed), for staff."""

    @property
    def lan_enabled(self) -> bool: ...

    def paired(self) -> bool: ...

    def pair(self, code: str) -> None:
        """Staff typed the shelter code (raises InvalidShelterCodeError); starts the node."""

    def unpair(self) -> None: ...

    def statuses(self) -> list[PeerStatus]: ...

    def phone_qr(self) -> QrImage | None:
        """The registration page's QR code, None while the phone registration is off."""

    def fingerprint(self) -> str | None: ...

    def new_opening(self) -> None:
        """Staff opened the shelter: a new token (and certificate) for the phone page."""


class StoreView(ShelterHistory, Protocol):
    """What the UI reads of kiosk.store's RecordStore (which implements it): the record
    database's condition, the last repair's report, the records on hold, and the shelter's
    open / close records."""

    @property
    def condition(self) -> StoreCondition: ...

    def subscribe_condition(self, listener: Callable[[StoreCondition], None]) -> None: ...

    def salvage_report(self) -> SalvageReport | None: ...

    def acknowledge_recovery(self) -> None: ...

    def dead_records(self, limit: int = 100) -> list[DeadRecord]: ...


@dataclass
class Services:
    """Every device and service the kiosk talks to, injected (each with a twin)."""

    cards: CardReaderService
    monitor: CardMonitor
    recorder: EventRecorder
    staff: StaffAccounts | None = None
    speaker: Speaker = field(default_factory=NullSpeaker)
    clock: Clock = field(default_factory=SystemClock)
    #: () -> kiosk.sync's SyncStatus for the staff panel and the idle screen's sign.
    sync_status: Callable[[], SyncStatus] = SyncStatus
    demo: DemoCards | None = None
    log_tail: Callable[[], list[str]] = list
    #: Called on shutdown (stop sync, close the store, stop the demo server...).
    closers: list[Callable[[], None]] = field(default_factory=list)
    code_b_builder: CodeBBuilder | None = None
    #: Called after staff saved new settings (new API URL/token for the sync worker).
    settings_changed: Callable[[Settings], None] | None = None
    #: The outbox actions on the staff panel. None: the buttons do nothing.
    sync_control: SyncActions | None = None
    #: The record database's condition, repair report and records on hold (the RecordStore
    #: itself). None: the staff panel shows none of them.
    store_view: StoreView | None = None
    #: The shelter LAN and the phone registration. None: neither runs.
    network: ShelterNetworkActions | None = None
    #: The camera path (settings ``camera``): the card camera (OpenCvCamera, FileCamera in
    #: tests and the demo, NullCamera when off), the face camera (None: the card camera
    #: serves both), the card-face reader (None: no text recogniser, the camera path is not
    #: offered) and the face matcher (built once at start-up, in the background).
    card_camera: Camera = field(default_factory=NullCamera)
    face_camera: Camera | None = None
    card_face_reader: CardFaceReader | None = None
    face_matcher: FaceMatcher = field(default_factory=NullFaceMatcher)

    def camera_parts(self) -> CameraParts:
        """The camera parts for the flow's EffectPerformer (``camera=``)."""
        return CameraParts(
            card_camera=self.card_camera,
            face_camera=self.face_camera,
            card_face_reader=self.card_face_reader,
            face_matcher=self.face_matcher,
        )
