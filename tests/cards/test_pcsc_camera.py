"""The camera path's card side through the real PC/SC stack (pyscard -> pcscd -> vpcd -> the
virtual card program): the face photo with 照合番号B, and ``python -m kiosk.cards read
--code-b-camera`` with card faces the project renders itself (written under tmp_path as test
data) and frames from the shared face photos."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kiosk.cards.api import Secret, WrongSecretError
from kiosk.cards.code_b import build_code_b
from kiosk.cards.mynumber import MyNumberSession
from kiosk.cards.pcsc import PcscCardReaderService
from kiosk.face.matcher import decode_card_photo
from tests.fixtures.faces import FACES
from tests.fixtures.pcsc import Start

pytestmark = pytest.mark.pcsc
ROOT = Path(__file__).resolve().parent.parent.parent
#: The jpki_test_card sample's identity as printed on its face (synthetic).
BIRTH, EXPIRY, CODE = date(1980, 2, 17), date(2035, 2, 17), "2285"


@pytest.fixture(autouse=True)
def _private_kiosk_home(kiosk_home: Path) -> Path:
    """The command-line tool loads the kiosk's settings: never the machine's real ones."""
    return kiosk_home


def card(card_photo_file: Path, **extra: Any) -> dict[str, Any]:
    return {
        "type": "mynumber",
        "code_b_security_code": CODE,
        "card_expiry": EXPIRY.isoformat(),
        "face_image": str(card_photo_file),
        **extra,
    }


def code_b(code: str = CODE) -> Secret:
    return build_code_b(BIRTH, EXPIRY.year, code, today=date(2026, 1, 1))


def test_photo_read_over_pcscd(virtual_card: Start, card_photo_file: Path) -> None:
    handle = virtual_card(card(card_photo_file))
    session = PcscCardReaderService().open(handle.reader)
    assert isinstance(session, MyNumberSession)
    try:
        result = session.read_with_photo(code_b())
    finally:
        session.close()
    assert result.photo is not None and result.photo_error is None
    expected = decode_card_photo(card_photo_file.read_bytes()).shape
    assert decode_card_photo(result.photo.jpeg2000).shape == expected
    handle.remove()
    report = handle.report()
    assert report["apdu_count"] == result.connection_apdu_count
    # identify 1 + text read 4 + visual: SELECT, counter, VERIFY, 2 header reads, the offset
    # table, tag+length (2 reads), then the ~3 kB photo in reads of <= 255 bytes.
    photo_reads = -(-len(result.photo) // 255)
    assert result.connection_apdu_count == 1 + 4 + 3 + 2 + 2 + photo_reads
    assert report["visual_fields_read"] == ["DF21", "DF27"]
    assert report["forbidden_touches"] == 0


def test_wrong_code_b_sends_no_second_verify_over_pcscd(
    virtual_card: Start, card_photo_file: Path
) -> None:
    handle = virtual_card(card(card_photo_file, visual_code_b_tries_left=10))
    session = PcscCardReaderService().open(handle.reader)
    assert isinstance(session, MyNumberSession)
    try:
        with pytest.raises(WrongSecretError):
            session.read_with_photo(code_b("9999"))
    finally:
        session.close()
    handle.remove()
    report = handle.report()
    # identify, SELECT, counter, the one VERIFY: nothing of the photo's application.
    assert report["apdu_count"] == 4
    assert report["counters"]["code_b_tries_left"] == 9
    assert report["counters"]["visual_code_b_tries_left"] == 10
    assert report["visual_fields_read"] == []


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli(cards_cli: Callable[..., tuple[int, str, str]]) -> Callable[..., Any]:
    def run(*args: str) -> tuple[int, dict[str, Any], str]:
        rc, out, err = cards_cli(*args)
        data = json.loads(out)
        assert isinstance(data, dict)
        return rc, data, out + err

    return run


@pytest.fixture(scope="module")
def card_faces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four frames of the card face as the card camera sees it, rendered from the identity."""
    pytest.importorskip("rapidocr_onnxruntime")
    import cv2

    from kiosk.camera.synthetic import (
        Degradation,
        SyntheticIdentity,
        render_card_face,
        render_scene,
    )

    identity = SyntheticIdentity(
        name="黒桐　幹也",
        address="東京都清瀬市観布子南１２－７－２０２",
        birth_date=BIRTH,
        sex="男",
        expiry=EXPIRY,
        security_code=CODE,
    )
    face = render_card_face(identity)
    folder = tmp_path_factory.mktemp("card-faces")
    for index in range(4):
        how = Degradation(rotation=3.0 * index - 4, tilt=0.03, scale=0.62)
        frame = render_scene(face, how, random.Random(index))
        ok, png = cv2.imencode(".png", cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
        assert ok
        (folder / f"frame-{index}.png").write_bytes(png.tobytes())
    return folder


def test_cli_reads_code_b_off_the_card_face(
    virtual_card: Start, cli: Callable[..., Any], card_faces: Path, jpki_read_json: dict[str, Any]
) -> None:
    handle = virtual_card("jpki_test_card")
    rc, data, text = cli(
        "read", "--reader", handle.reader, "--code-b-camera",
        "--camera-frames", str(card_faces / "*.png"), "--json",
    )  # fmt: skip
    assert rc == 0, data
    assert data == jpki_read_json | {"code_b_source": "camera"}
    assert "55021720352285" not in text and "2285" not in text
    handle.remove()
    assert handle.report()["apdu_count"] == 5


@pytest.mark.parametrize(
    ("frame", "outcome"), [("obama/2.jpg", "match"), ("biden/1.jpg", "no_match")]
)
def test_cli_matches_the_card_photo_with_face_frames(
    virtual_card: Start,
    cli: Callable[..., Any],
    card_faces: Path,
    card_photo_file: Path,
    frame: str,
    outcome: str,
) -> None:
    handle = virtual_card(card(card_photo_file))
    rc, data, _ = cli(
        "read", "--reader", handle.reader, "--code-b-camera",
        "--camera-frames", str(card_faces / "*.png"),
        "--face-frames", str(FACES / frame), "--json",
    )  # fmt: skip
    assert rc == 0, data
    assert data["code_b_source"] == "camera" and data["name"] == "黒桐　幹也"
    assert data["face"]["outcome"] == outcome
    assert isinstance(data["face"]["distance"], float)
    handle.remove()
    report = handle.report()
    assert report["apdu_count"] == data["connection_apdu_count"]
    assert report["visual_fields_read"] == ["DF21", "DF27"]


def test_cli_unreadable_card_face_sends_nothing(
    virtual_card: Start, cli: Callable[..., Any], tmp_path: Path
) -> None:
    import cv2

    handle = virtual_card("jpki_test_card")
    blank = np.full((720, 1280, 3), 60, dtype=np.uint8)
    for index in range(3):
        ok, png = cv2.imencode(".png", blank)
        assert ok
        (tmp_path / f"blank-{index}.png").write_bytes(png.tobytes())
    rc, data, _ = cli(
        "read", "--reader", handle.reader, "--code-b-camera",
        "--camera-frames", str(tmp_path / "blank-*.png"), "--json",
    )  # fmt: skip
    assert rc == 1
    assert data["error"]["code"] == "camera_unreadable"
    handle.remove()
    report = handle.report()
    assert report["apdu_count"] == 0  # not even a connection: no VERIFY, no try spent
    assert report["counters"]["code_b_tries_left"] == 10


@pytest.mark.parametrize(
    ("mode", "face_camera", "face"),
    [
        ("off", "", False),
        ("card_face", "/dev/video4", False),
        ("card_face_and_face", "", True),
        ("card_face_and_face", "/dev/video4", True),
        ("pin_then_face", "/dev/video4", True),
    ],
)
def test_cli_cameras_follow_the_camera_settings(
    kiosk_home: Path,
    card_faces: Path,
    card_photo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: str,
    face_camera: str,
    face: bool,
) -> None:
    """Without --camera-frames / --face-frames the tool opens the cameras of ``[camera]``:
    the card camera (``card_camera``: a device number or name), and the face camera
    (``face_camera``, else the card camera) when ``mode`` matches faces."""
    from kiosk import settings as kiosk_settings
    from kiosk.camera import device
    from kiosk.cards.__main__ import main

    settings = kiosk_settings.Settings()
    settings.camera = kiosk_settings.CameraSettings(mode, "2", face_camera)
    kiosk_settings.save(settings, kiosk_home / "settings.toml")
    opened: list[int | str] = []
    face_source = face_camera or 2

    def camera(source: int | str = 0, **_: object) -> device.FileCamera:
        # Device 2 shows the card face when first used (the card camera), the holder after
        # (one camera for both roles); /dev/video4 shows the holder.
        card_role = source == 2 and 2 not in opened
        opened.append(source)
        frames = card_faces / "*.png" if card_role else FACES / "obama" / "2.jpg"
        return device.FileCamera(str(frames), loop=False)

    monkeypatch.setattr(device, "OpenCvCamera", camera)
    profile = tmp_path / "card.json"
    profile.write_text(json.dumps(card(card_photo_file)), "utf-8")
    assert main(["read", "--virtual", str(profile), "--code-b-camera", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["code_b_source"] == "camera" and data["name"] == "黒桐　幹也"
    if face:
        assert sorted(map(str, opened)) == sorted(["2", str(face_source)])
        assert data["face"]["outcome"] == "match"
    else:
        assert opened == [2] and "face" not in data
