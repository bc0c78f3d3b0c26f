"""The camera path end to end, synchronously (FlowRunner), through the real PC/SC stack
(pyscard -> pcscd -> vpcd -> the virtual card program), a real record store, the file camera
playing card faces the project renders from the card's identity (under tmp_path) and frames
of the shared face photos, RapidOCR and the dlib face match: no PIN, no typing."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.camera.device import FileCamera
from kiosk.cards.api import CardEvent, CardEventKind, Secret, SecretKind
from kiosk.cards.pcsc import PcscCardReaderService
from kiosk.clock import FakeClock
from kiosk.flow.camera_work import CameraParts
from kiosk.flow.contract import CameraGuidance, MatchFace, NoticeCode, ReadCard, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.runner import FlowRunner
from kiosk.records import FaceCheck
from kiosk.settings import CameraMode
from kiosk.store.keys import FakeKeyProvider
from kiosk.store.store import RecordStore
from tests.camera.helpers import TODAY, image_like_written, snapshot, write_frames
from tests.fixtures.faces import FACES, card_photo_bytes
from tests.fixtures.pcsc import Start

from .helpers import make_config

pytestmark = pytest.mark.pcsc

BIRTH, EXPIRY, CODE = date(1980, 2, 17), date(2035, 2, 17), "2285"
NAME = "黒桐\u3000幹也"
#: The virtual card's counters when nothing was spent.
FULL = {
    "pin_tries_left": 3,
    "code_a_tries_left": 10,
    "code_b_tries_left": 10,
    "visual_code_b_tries_left": 10,
}


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Test data written under a temporary folder: the card's photo (JPEG 2000, made like a
    card's from a shared face), card faces as the card camera sees them, a frame of the
    card held up to the face camera, and frames of the holder and of someone else."""
    if not FACES.is_dir():
        pytest.skip("shared face photos not present")
    pytest.importorskip("rapidocr_onnxruntime")
    import numpy as np

    from kiosk.camera.synthetic import (
        Degradation,
        SyntheticIdentity,
        face_photo,
        render_card_face,
        render_scene,
    )

    folder = tmp_path_factory.mktemp("camera-media")
    photo = folder / "card-photo.jp2"
    photo.write_bytes(card_photo_bytes(FACES / "obama" / "1.jpg"))
    identity = SyntheticIdentity(NAME, "東京都清瀬市", BIRTH, "男", EXPIRY, CODE)
    face = render_card_face(identity, face_photo(FACES / "obama" / "1.jpg"))
    scenes = [
        render_scene(
            face, Degradation(rotation=3.0 * i - 4, tilt=0.03, scale=0.62), random.Random(i)
        )
        for i in range(4)
    ]
    write_frames(folder / "card", scenes)
    held_up = render_scene(face, Degradation(rotation=-2.0, scale=0.55), random.Random(7))
    write_frames(folder / "held-up", [held_up])
    write_frames(folder / "blank", [np.full((720, 1280, 3), 60, dtype=np.uint8)] * 3)
    return {
        "photo": photo,
        "card": folder / "card",
        "held_up": folder / "held-up",
        "blank": folder / "blank",
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    record_store = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), FakeClock())
    yield record_store
    record_store.close()


@pytest.fixture(scope="module")
def engines() -> dict[str, Any]:
    """The text recogniser and the face matcher, loaded once (as the kiosk does at start)."""
    pytest.importorskip("rapidocr_onnxruntime")
    from kiosk.camera.card_face import CardFaceReader, RapidOcrRecognizer
    from kiosk.face.matcher import DlibFaceMatcher

    return {
        "reader": CardFaceReader(RapidOcrRecognizer(), today=lambda: TODAY),
        "matcher": DlibFaceMatcher(),
    }


def card_profile(media: dict[str, Path]) -> dict[str, Any]:
    return {
        "type": "mynumber",
        "name": NAME,
        "birth_date": BIRTH.isoformat(),
        "code_b_security_code": CODE,
        "card_expiry": EXPIRY.isoformat(),
        "face_image": str(media["photo"]),
        "visual_code_b_tries_left": 10,  # its own counter: each application's tries seen
    }


def kiosk(
    store: RecordStore,
    engines: dict[str, Any],
    card_frames: Path,
    face_frames: Path | None,
    *,
    mode: CameraMode = CameraMode.CARD_FACE_AND_FACE,
    card_fail_after: int | None = None,
    face_fail_after: int | None = None,
) -> FlowRunner:
    clock = FakeClock(datetime(2026, 12, 4, 1, 0, tzinfo=UTC))
    flow = CheckInFlow(make_config(camera_mode=mode), clock)
    parts = CameraParts(
        card_camera=FileCamera(str(card_frames / "*.png"), fail_after=card_fail_after),
        face_camera=(
            FileCamera(str(face_frames), fail_after=face_fail_after) if face_frames else None
        ),
        card_face_reader=engines["reader"],
        face_matcher=engines["matcher"],
    )
    runner = FlowRunner(flow, PcscCardReaderService(), store, camera=parts)
    runner.run(flow.start())
    return runner


def place(runner: FlowRunner, reader: str) -> None:
    view = runner.card_event(CardEvent(CardEventKind.CARD_INSERTED, reader))
    assert view.step == Step.CONSENT


def test_a_whole_face_check_in_with_no_pin_and_no_typing(
    virtual_card: Start,
    store: RecordStore,
    engines: dict[str, Any],
    media: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handle = virtual_card(card_profile(media))
    runner = kiosk(store, engines, media["card"], FACES / "obama" / "2.jpg")
    # A watch over every folder the check-in could write to: HOME, TMPDIR and the working
    # directory moved to empty folders, the test's folder (the record database) and the
    # media; nothing image-like may appear or change in any of them.
    home, tmp, work = (tmp_path / name for name in ("home", "tmp", "work"))
    for folder in (home, tmp, work):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.chdir(work)
    watched = (tmp_path, media["card"].parent)
    before = snapshot(*watched)
    guidance: list[CameraGuidance | None] = []
    original = runner.flow.camera_guidance

    def seen(g: CameraGuidance, token: int | None = None) -> list[Any]:
        guidance.append(g)
        return original(g, token)

    runner.flow.camera_guidance = seen  # type: ignore[method-assign]
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())  # touch 1
    assert view.step == Step.CONFIRM, view.notice
    assert view.face_check == FaceCheck.MATCHED and view.info is not None
    assert view.info.name == NAME
    assert CameraGuidance.HOLD_CARD_STILL in guidance and CameraGuidance.CHECKING in guidance
    (read,) = [e for e in runner.performed if isinstance(e, ReadCard)]
    assert read.with_photo
    view = runner.run(runner.flow.confirm())  # touch 2
    assert view.step == Step.DONE
    (event,) = runner.performed_events()
    stored = store.get_event(event.event_id)
    assert stored is not None and stored.face_check == FaceCheck.MATCHED
    # The photo was wiped once the decision was made.
    (match,) = [e for e in runner.performed if isinstance(e, MatchFace)]
    assert len(match.photo) == 0
    after = snapshot(*watched)
    assert image_like_written(before, after) == []
    assert not [*home.iterdir(), *tmp.iterdir(), *work.iterdir()]
    assert any(p.name.startswith("kiosk.sqlite3") for p in after)  # the watch sees writes
    handle.remove()
    report = handle.report()
    assert report["counters"] == FULL  # no try spent
    assert report["visual_fields_read"] == ["DF21", "DF27"]
    assert report["forbidden_touches"] == 0


@pytest.mark.parametrize(
    ("frame", "notice"),
    [
        ("biden/1.jpg", NoticeCode.FACE_NOT_MATCHED),
        ("held_up", NoticeCode.FACE_SPOOF_SUSPECTED),
    ],
)
def test_another_face_or_the_card_held_up_is_refused_and_the_pin_offered(
    virtual_card: Start,
    store: RecordStore,
    engines: dict[str, Any],
    media: dict[str, Path],
    frame: str,
    notice: NoticeCode,
) -> None:
    handle = virtual_card(card_profile(media))
    face_frames = media["held_up"] / "*.png" if frame == "held_up" else FACES / frame
    runner = kiosk(store, engines, media["card"], face_frames)
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())
    assert view.step == Step.NOTICE and view.notice == notice
    assert view.offer_pin and view.info is None
    # The PIN path still works: a new status read, the keypad, one PIN VERIFY.
    view = runner.run(runner.flow.choose_method(SecretKind.PIN))
    assert view.step == Step.ENTER_PIN
    view = runner.run(runner.flow.submit_pin(Secret("1234")))
    assert view.step == Step.CONFIRM
    runner.run(runner.flow.confirm())
    (event,) = runner.performed_events()
    expected = (
        FaceCheck.NOT_MATCHED if notice == NoticeCode.FACE_NOT_MATCHED else FaceCheck.NOT_USED
    )
    assert event.face_check == expected
    handle.remove()
    assert handle.report()["counters"] == FULL


def test_an_unreadable_card_face_costs_no_try(
    virtual_card: Start, store: RecordStore, engines: dict[str, Any], media: dict[str, Path]
) -> None:
    handle = virtual_card(card_profile(media))
    runner = kiosk(store, engines, media["blank"], FACES / "obama" / "2.jpg")
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())
    assert view.step == Step.ENTER_CODE_B and view.camera_problem is not None
    assert not [e for e in runner.performed if isinstance(e, ReadCard)]
    runner.run(runner.flow.cancel())
    handle.remove()
    report = handle.report()
    assert report["counters"] == FULL
    assert report["visual_fields_read"] == []
    # The card saw the identification and the status only: no VERIFY.
    assert report["apdu_count"] == status_only_apdus(virtual_card, media)


def status_only_apdus(virtual_card: Start, media: dict[str, Path]) -> int:
    """APDUs a card receives when it is placed, its status read and the person cancels."""
    handle = virtual_card(card_profile(media))
    session = PcscCardReaderService().open(handle.reader)
    try:
        session.status()
    finally:
        session.close()
    handle.remove()
    return int(handle.report()["apdu_count"])


@pytest.mark.parametrize("which", ["card", "face"])
def test_a_camera_unplugged_mid_flow_falls_back_cleanly(
    virtual_card: Start,
    store: RecordStore,
    engines: dict[str, Any],
    media: dict[str, Path],
    which: str,
) -> None:
    handle = virtual_card(card_profile(media))
    runner = kiosk(
        store,
        engines,
        media["card"],
        FACES / "obama" / "2.jpg",
        card_fail_after=1 if which == "card" else None,
        face_fail_after=0 if which == "face" else None,
    )
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())
    assert view.step == Step.NOTICE and view.notice == NoticeCode.CAMERA_UNAVAILABLE
    assert view.offer_pin
    if which == "card":
        assert view.offer_code_b
        assert not [e for e in runner.performed if isinstance(e, ReadCard)]
    view = runner.run(runner.flow.choose_method(SecretKind.PIN))
    assert view.step == Step.ENTER_PIN and not view.camera_offered
    view = runner.run(runner.flow.submit_pin(Secret("1234")))
    assert view.step in (Step.CONFIRM, Step.ERA_CHOICE)
    handle.remove()
    assert handle.report()["counters"] == FULL


def test_no_face_seen_costs_no_try_and_trying_again_touches_no_card(
    virtual_card: Start, store: RecordStore, engines: dict[str, Any], media: dict[str, Path]
) -> None:
    handle = virtual_card(card_profile(media))
    runner = kiosk(store, engines, media["card"], media["blank"] / "*.png")
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())
    assert view.step == Step.NOTICE and view.notice == NoticeCode.FACE_NOT_SEEN
    assert view.offer_face_again and view.offer_pin
    reads = [e for e in runner.performed if isinstance(e, ReadCard)]
    view = runner.run(runner.flow.try_face_again())
    assert view.notice == NoticeCode.FACE_NOT_SEEN
    assert [e for e in runner.performed if isinstance(e, ReadCard)] == reads  # no card I/O
    assert len([e for e in runner.performed if isinstance(e, MatchFace)]) == 2
    runner.run(runner.flow.cancel())
    handle.remove()
    report = handle.report()
    assert report["counters"] == FULL
    assert runner.performed_events() == []


def verifies_by_reference(log: Path) -> dict[str, int]:
    """VERIFY commands with data the virtual card received, by reference (P2: 91 the text
    AP's PIN, 95 its 照合番号B, 92 the photo application's 照合番号B), from its APDU log."""
    found = re.findall(
        r"> 00 20 00 ([0-9A-F]{2}) [0-9A-F]{2} \*\*", log.read_text("utf-8", "replace")
    )
    return {p2: found.count(p2) for p2 in sorted(set(found))}


@pytest.mark.parametrize(
    ("frame", "expected"),
    [("obama/2.jpg", FaceCheck.MATCHED), ("biden/1.jpg", FaceCheck.NOT_MATCHED)],
)
def test_pin_then_face_opens_the_photo_with_the_card_faces_code_b(
    virtual_card: Start,
    store: RecordStore,
    engines: dict[str, Any],
    media: dict[str, Path],
    frame: str,
    expected: FaceCheck,
) -> None:
    """PIN then face: the card face read first (no VERIFY), the PIN reads the facts (one
    VERIFY in the text AP), the card face's 照合番号B opens the photo's application (one
    VERIFY there, after its counter), and the face decides face_check."""
    handle = virtual_card(card_profile(media), log_apdus=True)
    runner = kiosk(store, engines, media["card"], FACES / frame, mode=CameraMode.PIN_THEN_FACE)
    place(runner, handle.reader)
    view = runner.run(runner.flow.agree())
    assert view.step == Step.ENTER_PIN, view.notice
    assert not [e for e in runner.performed if isinstance(e, ReadCard)]  # nothing sent yet
    view = runner.run(runner.flow.submit_pin(Secret("1234")))
    (read,) = [e for e in runner.performed if isinstance(e, ReadCard)]
    assert read.kind == SecretKind.PIN and read.photo_secret is not None
    assert read.photo_secret.wiped
    assert [e for e in runner.performed if isinstance(e, MatchFace)]  # the photo was read
    if expected == FaceCheck.MATCHED:
        assert view.step == Step.CONFIRM and view.face_check == FaceCheck.MATCHED
        runner.run(runner.flow.confirm())
        (event,) = runner.performed_events()
        stored = store.get_event(event.event_id)
        assert stored is not None and stored.face_check == FaceCheck.MATCHED
    else:
        assert view.step == Step.NOTICE and view.notice == NoticeCode.FACE_NOT_MATCHED
        assert view.info is None and not view.offer_pin  # the PIN was used: staff decide
        runner.run(runner.flow.cancel())
        assert runner.performed_events() == []
    handle.remove()
    report = handle.report()
    assert report["counters"] == FULL  # no try spent
    assert report["forbidden_touches"] == 0
    assert report["visual_fields_read"] == ["DF21", "DF27"]
    assert verifies_by_reference(handle.log_path) == {"91": 1, "92": 1}
