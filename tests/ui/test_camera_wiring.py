"""The camera path's wiring in the running kiosk (issue 11): the models load at start-up on
the camera worker (never on the first person's time, never on the GUI thread), and only
while the path is on; a camera that is missing is said to staff and not offered."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kiosk.camera.card_face import CardFaceReader, TextLine
from kiosk.camera.device import NullCamera
from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
from kiosk.clock import FakeClock
from kiosk.face.matcher import FakeFaceMatcher
from kiosk.services import Services
from kiosk.settings import CameraMode
from kiosk.store import KeyFileProvider, RecordStore
from kiosk.ui.demo import SampleCamera
from kiosk.ui.services import LazyFaceMatcher, LazyRecognizer
from tests.ui.helpers import Kiosk, kiosk_settings

pytestmark = pytest.mark.gui


class NoText:
    def recognize(self, line_image: Any) -> TextLine | None:
        return None


def camera_kiosk(
    make_kiosk: Callable[..., Kiosk],
    kiosk_home: Path,
    mode: CameraMode,
    loaded: dict[str, str],
    camera: Any = None,
) -> Kiosk:
    def loads(name: str, part: Callable[[], Any]) -> Callable[[], Any]:
        def make() -> Any:
            loaded[name] = threading.current_thread().name
            return part()

        return make

    settings = kiosk_settings(kiosk_home)
    settings.camera.mode = mode.value
    clock = FakeClock()
    cards = InProcessCardReaderService()
    store = RecordStore(settings.database_path(), KeyFileProvider(kiosk_home / "store.key"), clock)
    blank = [np.zeros((480, 640, 3), dtype=np.uint8)]
    services = Services(
        cards=cards,
        monitor=InProcessCardMonitor(cards),
        recorder=store,
        clock=clock,
        closers=[store.close],
        card_camera=camera or SampleCamera(lambda: blank),
        card_face_reader=CardFaceReader(LazyRecognizer(loads("recognizer", NoText))),
        face_matcher=LazyFaceMatcher(loads("matcher", FakeFaceMatcher)),
    )
    return make_kiosk(settings=settings, services=services)


def test_the_models_load_at_start_on_the_camera_worker(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> None:
    loaded: dict[str, str] = {}
    kiosk = camera_kiosk(make_kiosk, kiosk_home, CameraMode.CARD_FACE_AND_FACE, loaded)
    kiosk.qtbot.waitUntil(lambda: len(loaded) == 2)
    assert loaded == {"recognizer": "camera-io", "matcher": "camera-io"}
    kiosk.qtbot.waitUntil(lambda: kiosk.app.camera.available is True)
    assert "Camera: working" in kiosk.app.status.reader_text()


def test_no_model_loads_while_the_camera_is_off(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> None:
    loaded: dict[str, str] = {}
    kiosk = camera_kiosk(make_kiosk, kiosk_home, CameraMode.OFF, loaded)
    # The worker runs its jobs in order: once this one ran, a warm-up would have too.
    kiosk.app.camera_worker.call(lambda: None, 10)
    assert loaded == {}
    assert kiosk.app.camera.available is None and "Camera" not in kiosk.app.status.reader_text()


def test_a_missing_camera_is_said_to_staff_and_not_offered(
    make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> None:
    loaded: dict[str, str] = {}
    kiosk = camera_kiosk(make_kiosk, kiosk_home, CameraMode.CARD_FACE, loaded, camera=NullCamera())
    kiosk.qtbot.waitUntil(lambda: kiosk.app.camera.available is False)
    assert "unplugged" in kiosk.app.status.reader_text()
    assert "matcher" not in loaded  # reading the card face alone needs no face model


def test_a_camera_setting_names_a_device_or_frame_files() -> None:
    from kiosk.camera.device import FileCamera, OpenCvCamera
    from kiosk.ui.services import camera_device

    assert isinstance(camera_device("0"), OpenCvCamera)
    assert isinstance(camera_device("/dev/video2"), OpenCvCamera)
    assert isinstance(camera_device("/srv/frames/*.png"), FileCamera)
    assert isinstance(camera_device("/srv/frames/card.mp4"), FileCamera)
