"""Builds the real (or demo) services for the composition root.

Kept apart from app.py so tests can hand KioskApp their own Services, and so every heavy
import (pyscard, pyttsx3, requests) happens here, once, at start-up.

The store and the sync worker are built by the same factories as the CLI
(``kiosk.store.open_store``, ``kiosk.sync.build_worker``), so the worker always carries the
retention check: personal data is purged after the shelter is closed and delivered.

The demo lives in its own data folder beside the kiosk's (:func:`demo_data_dir`): its own
settings, database, store key, staff file and demo server. It never opens the real kiosk's
records, never reads its settings (so never its server URL or token) and never sends them.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kiosk import paths
from kiosk import settings as settings_module
from kiosk.camera.card_face import CardFaceReader, TextLine, TextRecognizer
from kiosk.camera.device import Camera, Frame
from kiosk.cards.api import CardMonitor, CardReaderService
from kiosk.clock import Clock, SystemClock
from kiosk.face.matcher import FaceMatcher
from kiosk.face.outcome import FaceMatchResult
from kiosk.flow.camera_work import CameraParts
from kiosk.services import (
    DemoCards,
    NetworkUnavailableError,
    NetworkUnavailableReason,
    Services,
)
from kiosk.settings import CameraMode, Settings
from kiosk.store import PurgeResult, RecordStore
from kiosk.sync.status import SyncProblem, SyncStatus

if TYPE_CHECKING:  # imported where used, at start-up (see above)
    from kiosk.lan.node import LanNode
    from kiosk.lan.sender import PeerStatus
    from kiosk.mgmt_server import ManagementServer
    from kiosk.speech import Speaker
    from kiosk.staff import StaffAccounts
    from kiosk.sync import SyncWorker
    from kiosk.webreg import QrImage, WebRegServer

log = logging.getLogger(__name__)

T = TypeVar("T")


def stored_status(store: RecordStore) -> SyncStatus:
    """The status the last sender left in the store, for a kiosk that has no server now:
    counts and the typed problem as stored, ``reachable`` unknown (an earlier server's answer
    says nothing about now)."""
    from kiosk.sync import read_status

    return dataclasses.replace(read_status(store), reachable=None)


def open_store(settings: Settings, clock: Clock) -> RecordStore:
    from kiosk.store import open_store as open_record_store

    return open_record_store(settings, clock=clock)


def open_demo_store(folder: Path, clock: Clock) -> RecordStore:
    """The demo's store: its own database and key file (never the OS credential store,
    where the real kiosk's key may be)."""
    from kiosk.store import KeyFileProvider

    return RecordStore(folder / "kiosk.sqlite3", KeyFileProvider(folder / "store.key"), clock)


def demo_data_dir() -> Path:
    """The demo's own data folder, beside the kiosk's: ``shelter-kiosk-demo`` next to
    ``shelter-kiosk`` (``ShelterKiosk-demo`` on Windows, ``$KIOSK_HOME-demo``)."""
    real = paths.data_dir()
    return real.with_name(real.name + "-demo")


def _owner_only_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        folder.chmod(0o700)
    return folder


def secure_old_demo_server(data_dir: Path) -> bool:
    """Before the demo had its own folder, its server kept the records it received (real
    ones, when the demo ran on a set-up kiosk) in ``<data folder>/demo-server``, readable by
    all. Made owner-only here and reported; never deleted (IT checks that those records
    reached the management system). True when such files were found."""
    old = data_dir / "demo-server"
    if not old.is_dir():
        return False
    if sys.platform != "win32":
        old.chmod(0o700)
        for part in old.iterdir():
            if part.is_file():
                part.chmod(0o600)
    log.warning(
        "an old demo-server folder is in the data folder: records the demo received may not "
        "have reached the management system; with the kiosk stopped, IT runs "
        "'python -m kiosk.outbox requeue-demo-delivered', then deletes the folder once "
        "nothing waits (docs/store.md)"
    )
    return True


def demo_settings() -> tuple[Settings, Path]:
    """(settings, settings file) of the demo: read from the demo folder only, the database
    always in it, records marked as training, shelter ``DEMO`` unless staff set one."""
    settings, path, _report = demo_settings_with_report()
    return settings, path


def demo_settings_with_report() -> tuple[Settings, Path, settings_module.SettingsLoadReport]:
    """:func:`demo_settings` and what loading the demo's settings file found."""
    folder = _owner_only_folder(demo_data_dir())
    path = folder / "settings.toml"
    settings, report = settings_module.load_with_report(path)
    if not _mode_saved(path):
        # The demo shows the camera path unless staff chose a mode in the demo's settings.
        settings.camera.mode = CameraMode.CARD_FACE.value
    settings.store.database = str(folder / "kiosk.sqlite3")
    settings.shelter.training_mode = True
    if not settings.shelter.shelter_id:
        settings.shelter.shelter_id = "DEMO"
        settings.shelter.name = settings.shelter.name or "デモ避難所 (DEMO)"
    return settings, path, report


def _mode_saved(path: Path) -> bool:
    """Whether the settings file at ``path`` names a camera mode (staff chose one)."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    camera = data.get("camera")
    return isinstance(camera, dict) and "mode" in camera


def start_demo_server(folder: Path) -> ManagementServer:
    """A reference management server on loopback, for demo mode without an API URL. Its
    files (database, token) are in ``<folder>/demo-server``, readable by the owner only."""
    from kiosk.mgmt_server import start_demo_server as start_server

    server_dir = _owner_only_folder(folder / "demo-server")
    database = server_dir / "server.sqlite3"
    # Created owner-only before SQLite opens it; its -wal / -shm files take the same mode.
    os.close(os.open(database, os.O_WRONLY | os.O_CREAT, 0o600))
    for part in (database, *server_dir.glob("server.sqlite3-*")):
        part.chmod(0o600)
    server = start_server(folder)
    log.info("demo: reference management server on %s", server.url)
    return server


def speaker(settings: Settings) -> Speaker:
    from kiosk.speech import NullSpeaker, SpeechWorker

    if not settings.ui.voice_enabled:
        return NullSpeaker()
    try:
        return SpeechWorker()
    except Exception:
        log.exception("speech unavailable; continuing without voice")
        return NullSpeaker()


def staff_accounts(path: Path | None = None) -> StaffAccounts:
    from kiosk.staff import StaffAccounts as StaffAccountFile

    return StaffAccountFile(path)


def card_services(
    settings: Settings, demo: bool, clock: Clock | None = None
) -> tuple[CardReaderService, CardMonitor, DemoCards | None]:
    """The reader service, its monitor and the demo's cards (None: a real reader);
    ``clock`` gives the cards' today."""
    from kiosk.ui import demo as demo_cards

    if demo:
        return demo_cards.in_process(settings, clock)
    return demo_cards.pcsc(settings, clock)


# -- the camera path (issue 11) --------------------------------------------------------------


class _Loaded(Generic[T]):
    """A part whose models load once, in the background at start-up (:func:`warm_up` on the
    camera worker), never on the first person's time; used on that same thread."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._part: T | None = None
        self._lock = threading.Lock()
        _TO_LOAD.add(self)

    def load(self) -> T:
        with self._lock:
            if self._part is None:
                self._part = self._make()
            return self._part


class LazyRecognizer(_Loaded[TextRecognizer]):
    """The card-face text recogniser (RapidOCR), loaded by :func:`warm_up`."""

    def recognize(self, line_image: Frame) -> TextLine | None:
        return self.load().recognize(line_image)


class LazyFaceMatcher(_Loaded[FaceMatcher]):
    """The face matcher (dlib's two models), loaded by :func:`warm_up`. Missing models or
    dlib: every comparison is ``unavailable`` (the flow offers the PIN or staff)."""

    def compare(self, card_photo: Frame, frame: Frame) -> FaceMatchResult:
        from kiosk.face.outcome import FaceOutcome

        matcher = self.loaded()
        if matcher is None:
            return FaceMatchResult(FaceOutcome.UNAVAILABLE)
        return matcher.compare(card_photo, frame)

    def loaded(self) -> FaceMatcher | None:
        """The matcher, or None (logged) where its models or dlib are missing."""
        try:
            return self.load()
        except (ImportError, OSError, RuntimeError):
            log.exception("face matcher unavailable")
            return None


class EnrollingFaceMatcher(LazyFaceMatcher):
    """The demo's face match: the real dlib matcher, against a photo ENROLLED from the face
    camera's first frame showing one live face (no real face may ship with the kiosk, so
    the sample cards carry none: the demo card's photo is a blank stand-in, not used).
    The enrolled frame stays in memory only, until :meth:`forget` (the demo's end); nothing
    of it is written or logged. The enrolling frame itself is not a comparison, nor is that
    same picture met again (frame files play from the first file at every check: not a new
    capture); the next frames are compared with it (the result asks for them: "look at the
    camera"). The real matcher's rules all apply but one: a frame closer to the enrolled
    one than :data:`~kiosk.face.matcher.SAME_PICTURE_DISTANCE` is not "the card photo held
    up", since this photo exists only in memory and nobody can hold it up: it is the same
    person, still in front of the camera a moment later (a match). A card held up is still
    refused (the face inside a card-shaped rectangle)."""

    def __init__(self) -> None:
        from kiosk.face.matcher import DlibFaceMatcher

        super().__init__(DlibFaceMatcher)
        self._enrolled: Frame | None = None

    def compare(self, card_photo: Frame, frame: Frame) -> FaceMatchResult:
        from kiosk.face.matcher import DlibFaceMatcher
        from kiosk.face.outcome import FaceOutcome

        matcher = self.loaded()
        if not isinstance(matcher, DlibFaceMatcher):
            return FaceMatchResult(FaceOutcome.UNAVAILABLE)
        enrolled = self._enrolled
        if enrolled is not None:
            if enrolled.shape == frame.shape and bool((enrolled == frame).all()):
                return FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME)
            return _same_person_a_moment_later(matcher.compare(enrolled, frame))
        if matcher.one_live_face(frame):
            self._enrolled = frame.copy()
            log.info("demo: the demo card's photo was enrolled from the face camera")
        return FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME)

    @property
    def enrolled(self) -> bool:
        return self._enrolled is not None

    def forget(self) -> None:
        """Drop the enrolled photo (the demo ends)."""
        self._enrolled = None


def _same_person_a_moment_later(result: FaceMatchResult) -> FaceMatchResult:
    """A demo comparison's result: "the same picture" (spoof suspected WITH a distance, under
    SAME_PICTURE_DISTANCE) is a match against a photo enrolled from this camera; the card
    held up (spoof suspected without a distance) and every other outcome stay as they are."""
    from kiosk.face.outcome import FaceOutcome

    if result.outcome is FaceOutcome.SPOOF_SUSPECTED and result.distance is not None:
        log.info("demo: a frame close to the enrolled one is the same person (a match)")
        return dataclasses.replace(result, outcome=FaceOutcome.MATCH)
    return result


#: The parts built and not loaded yet (weakly: a kiosk's services that are gone drop out).
_TO_LOAD: weakref.WeakSet[_Loaded[Any]] = weakref.WeakSet()


def warm_up(faces: bool = True) -> None:
    """Load the camera path's models (once, on the camera worker, when the path is on);
    ``faces``: the face matcher's too (not needed to read the card face alone)."""
    for part in list(_TO_LOAD):
        if isinstance(part, LazyFaceMatcher) and not faces:
            continue
        try:
            part.load()
        except Exception:
            log.exception("camera path: a model could not be loaded")
        _TO_LOAD.discard(part)


#: Still images and videos a file camera plays (a settings value naming them is not a device).
_FRAME_FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".mp4", ".avi", ".mkv", ".webm")


def camera_device(source: str) -> Camera:
    """A camera by its settings value: a device number ("0") or a device name (OpenCV), or
    image / video files (a glob such as ``/srv/frames/*.png``: a file camera, for IT's
    acceptance checks and tests; the files are only read)."""
    import glob

    from kiosk.camera.device import FileCamera, OpenCvCamera

    text = source.strip()
    if glob.has_magic(text) or text.lower().endswith(_FRAME_FILE_SUFFIXES):
        return FileCamera(text)
    return OpenCvCamera(int(text) if text.isdigit() else text)


def card_face_reader(clock: Clock) -> CardFaceReader | None:
    """The card-face reader over RapidOCR (loaded later by :func:`warm_up`); None where the
    camera stack (OpenCV, RapidOCR) is not installed: the camera path is not offered."""
    import importlib.util

    if any(importlib.util.find_spec(name) is None for name in ("cv2", "rapidocr_onnxruntime")):
        log.warning("camera path off: the camera stack is not installed")
        return None
    from kiosk.camera.card_face import RapidOcrRecognizer

    return CardFaceReader(
        LazyRecognizer(RapidOcrRecognizer), today=lambda: clock.now().astimezone().date()
    )


def camera_services(settings: Settings, demo: bool, clock: Clock) -> CameraParts:
    """The camera path's parts: the cameras of ``settings.camera`` (OpenCV by number or
    name; in the demo the sample card's face, :mod:`kiosk.ui.demo`), the card-face reader and
    the face matcher. Built whatever the mode (nothing is opened or loaded here), so staff
    may turn the camera path on in the settings; the devices are those of the start-up.
    None of them where the camera stack is not installed: the path is never offered."""
    reader = card_face_reader(clock)
    if reader is None:
        return CameraParts()
    from kiosk.face.matcher import DlibFaceMatcher, NullFaceMatcher

    face_source = settings.camera.face_camera
    face = camera_device(face_source) if face_source.strip() else None
    if demo:
        # The sample card's face on the card camera; the face check only with a face camera
        # of the settings (the demo card's photo enrolled from it; without one, the demo
        # card has no photo: "the face check cannot be done now").
        from kiosk.ui.demo import SampleCamera, sample_card_frames

        matcher: FaceMatcher = EnrollingFaceMatcher() if face is not None else NullFaceMatcher()
        return CameraParts(SampleCamera(sample_card_frames), face, reader, matcher)
    return CameraParts(
        camera_device(settings.camera.card_camera), face, reader, LazyFaceMatcher(DlibFaceMatcher)
    )


class SyncControl:
    """The sync worker for the current settings, and the staff actions on the outbox.

    Built with ``kiosk.sync.build_worker`` (retention included). New settings re-point a
    running worker through ``kiosk.sync.build_transport`` (timeout and ``api.ca_file``;
    ``set_transport`` also clears a refused token / refused records, so a stopped worker
    resumes); a worker appears when a URL is first configured. ``url`` and ``token`` (the
    demo server's) stand in while the settings name no server. A URL refused as insecure
    (plain http to another machine) stops sending: nothing goes out, and the status says
    ``insecure_url`` until settings with a usable URL are applied.
    """

    def __init__(
        self,
        store: RecordStore,
        settings: Settings,
        clock: Clock,
        *,
        url: str = "",
        token: str = "",
        max_idle_wait_s: float = 60.0,
    ) -> None:
        self.store = store
        self.clock = clock
        self.worker: SyncWorker | None = None
        #: The URL was refused before anything was sent (SyncProblem.INSECURE_URL).
        self.refused: SyncProblem | None = None
        self._fixed = (url, token) if url else None
        self._max_idle_wait_s = max_idle_wait_s
        self.apply(settings)

    def apply(self, settings: Settings) -> None:
        from kiosk.sync import InsecureUrlError, build_transport, build_worker

        # A configured server wins over the demo server (which stands in while none is set).
        url, token = (settings.api.url, settings.api.token)
        if not url and self._fixed is not None:
            url, token = self._fixed
        if not url:
            return  # no server: records wait in the outbox (a running worker keeps its URL)
        try:
            if self.worker is not None:
                self.worker.set_transport(build_transport(settings, url=url, token=token))
            else:
                self.worker = build_worker(
                    settings,
                    self.store,
                    url=url,
                    token=token,
                    clock=self.clock,
                    max_idle_wait_s=self._max_idle_wait_s,
                )
                if self.worker is not None:
                    self.worker.start()
        except InsecureUrlError as exc:
            log.error("sending stopped: %s", exc.code)
            self.refused = SyncProblem.INSECURE_URL
            self.stop()  # nothing goes to the old server either: staff asked for another
            self.worker = None
            return
        self.refused = None

    def status(self) -> SyncStatus:
        """The worker's status; without a server, :func:`stored_status` (with the refused
        URL's problem, if the settings' URL was refused)."""
        # Read once: new settings are applied on the network worker, which may set the
        # worker to None between two reads here.
        worker, refused = self.worker, self.refused
        if worker is None:
            stored = stored_status(self.store)
            if refused is not None:
                return dataclasses.replace(
                    stored,
                    problem=refused,
                    problem_since=None,
                    http_status=None,
                    server_code=None,
                    problem_event_id=None,
                )
            return stored
        return worker.status()

    def send_now(self) -> None:
        """Staff: send now, skipping the back-off (and asking a refusing server again)."""
        worker = self.worker  # read once (see status)
        if worker is not None:
            worker.wake(retry_now=True)

    def retry_quarantined(self) -> int:
        """Staff: give quarantined records another go. Returns how many."""
        count = int(self.store.retry_dead())
        self.send_now()
        return count

    def purge_now(self) -> PurgeResult:
        """Staff: purge personal data now, under the same rule as ``kiosk.outbox purge``."""
        from kiosk.store.retention import manual_purge

        return manual_purge(self.store)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()


class ShelterNetwork:
    """The shelter LAN node (``[lan]``) and the phone registration server
    (``[phone_registration]``), started after the store and the sync worker, stopped before
    the store closes. A part that cannot start (its port taken) is a typed problem for staff
    (:attr:`problems`); the kiosk runs on without it. Qt-free.

    Both listen where ``lan.listen_address`` says (every interface when empty) and mDNS runs
    as ``lan.discovery`` says; an address not on this machine is a problem like a port taken.
    ``host`` / ``discovery``: overrides of those two settings (None: from the settings).
    """

    def __init__(
        self,
        store: RecordStore,
        settings: Callable[[], Settings],
        *,
        host: str | None = None,
        discovery: bool | None = None,
    ) -> None:
        self.store = store
        self._settings = settings
        self._host = host
        self._discovery = discovery
        self.node: LanNode | None = None
        self.webreg: WebRegServer | None = None
        self._problems: dict[str, NetworkUnavailableError] = {}

    @property
    def problems(self) -> list[NetworkUnavailableError]:
        return list(self._problems.values())

    @property
    def lan_enabled(self) -> bool:
        return self._settings().lan.enabled

    def start(self) -> None:
        self.start_lan()
        self.start_phone_registration()

    def start_lan(self) -> None:
        """The LAN node when ``lan.enabled`` and paired (else nothing runs)."""
        from kiosk.lan.node import start_node

        self._problems.pop("lan_unavailable", None)
        settings = self._settings()
        if not settings.lan.enabled or self.node is not None:
            return
        try:
            self.node = start_node(
                self.store,
                terminal_id=settings.shelter.terminal_id,
                shelter_id=settings.shelter.shelter_id,
                port=settings.lan.port,
                peer_addresses=settings.lan.peer_addresses,
                discovery=settings.lan.discovery if self._discovery is None else self._discovery,
                host=self._host or settings.lan.listen_host,
            )
        except OSError as exc:
            self._problem("lan_unavailable", exc)

    def start_phone_registration(self) -> None:
        from kiosk.webreg import start_phone_registration

        self._problems.pop("phone_registration_unavailable", None)
        if self.webreg is not None:
            return
        try:
            self.webreg = start_phone_registration(self.store, self._settings, host=self._host)
        except OSError as exc:
            self._problem("phone_registration_unavailable", exc)

    def _problem(self, code: str, exc: OSError) -> None:
        log.error("%s: %s (errno %s)", code, type(exc).__name__, exc.errno)
        self._problems[code] = NetworkUnavailableError(code, NetworkUnavailableReason.of(exc))

    def apply(self, settings: Settings) -> None:
        """Staff saved settings: start or stop each part as its section now says."""
        if not settings.lan.enabled:
            self.stop_lan()
        self.start_lan()
        if not settings.phone_registration.enabled and self.webreg is not None:
            self.webreg.stop()
            self.webreg = None
        self.start_phone_registration()

    def paired(self) -> bool:
        from kiosk.lan.node import load_keys

        return load_keys(self.store) is not None

    def pair(self, code: str) -> None:
        """Staff typed the shelter code on this terminal: keep its keys, (re)start the node.
        Raises InvalidShelterCodeError (a KioskError) for a code this kiosk never makes."""
        from kiosk.lan.node import pair

        pair(self.store, code, self._settings().shelter.shelter_id)  # a bad code: no change
        self.stop_lan()
        self.start_lan()

    def unpair(self) -> None:
        from kiosk.lan.node import unpair

        self.stop_lan()
        unpair(self.store)

    def statuses(self) -> list[PeerStatus]:
        return self.node.statuses() if self.node is not None else []

    def phone_qr(self) -> QrImage | None:
        return self.webreg.qr() if self.webreg is not None else None

    def fingerprint(self) -> str | None:
        return self.webreg.fingerprint if self.webreg is not None else None

    def new_opening(self) -> None:
        if self.webreg is not None:
            self.webreg.new_opening()

    def stop_lan(self) -> None:
        if self.node is not None:
            self.node.stop()
            self.node = None

    def stop(self) -> None:
        self.stop_lan()
        if self.webreg is not None:
            self.webreg.stop()
            self.webreg = None


def build(
    settings: Settings,
    *,
    demo: bool,
    log_tail: Callable[[], list[str]] = list,
    clock: Clock | None = None,
) -> Services:
    """Every service of the running kiosk. Raises KioskError (e.g. StoreKeyLostError) when
    the store cannot be opened; the caller shows it to staff.

    ``demo``: everything in :func:`demo_data_dir` (database, store key file, staff file,
    demo server), whatever ``settings.store.database`` says; load ``settings`` with
    :func:`demo_settings`."""
    clock = clock or SystemClock()
    folder = _owner_only_folder(demo_data_dir()) if demo else None
    if folder is None:
        secure_old_demo_server(paths.data_dir())
    store = open_store(settings, clock) if folder is None else open_demo_store(folder, clock)
    closers: list[Callable[[], None]] = []
    try:
        cards, monitor, demo_control = card_services(settings, demo, clock)
        server = None
        url = token = ""
        if folder is not None and not settings.api.url:
            server = start_demo_server(folder)
            url, token = server.url, server.httpd.token
        sync = SyncControl(store, settings, clock, url=url, token=token)
        current = [settings]
        network = ShelterNetwork(store, lambda: current[0])
        network.start()
        voice = speaker(settings)
        cameras = camera_services(settings, demo, clock)
    except BaseException:
        store.close()
        raise

    def settings_changed(new: Settings) -> None:
        current[0] = new
        sync.apply(new)
        network.apply(new)

    # Shutdown order: stop the LAN, the phone page and sending, close the database, then the
    # demo server and the voice.
    closers += [network.stop, sync.stop, store.close]
    if server is not None:
        closers.append(server.stop)
    closers.append(voice.close)
    if isinstance(cameras.face_matcher, EnrollingFaceMatcher):
        closers.append(cameras.face_matcher.forget)  # the demo's enrolled photo
    return Services(
        cards=cards,
        monitor=monitor,
        recorder=store,
        staff=staff_accounts(None if folder is None else folder / "staff.json"),
        speaker=voice,
        clock=clock,
        sync_status=sync.status,
        demo=demo_control,
        log_tail=log_tail,
        closers=closers,
        settings_changed=settings_changed,
        sync_control=sync,
        store_view=store,
        network=network,
        card_camera=cameras.card_camera,
        face_camera=cameras.face_camera,
        card_face_reader=cameras.card_face_reader,
        face_matcher=cameras.face_matcher,
    )
