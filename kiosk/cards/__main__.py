"""Card tool for IT staff and tests: ``python -m kiosk.cards``.

    python -m kiosk.cards readers [--json]
    python -m kiosk.cards status [--reader NAME] [--json]
    echo 1234 | python -m kiosk.cards read [--reader NAME] --pin-stdin [--json]
    echo 55021720352285 | python -m kiosk.cards read --code-b-stdin --json
    python -m kiosk.cards read [--reader NAME] --code-b-camera [--camera-frames GLOB]
                               [--face-frames GLOB] [--json]

The secret (4-digit PIN or 14-digit 照合番号B) is read from standard input, one line; it is
never accepted on the command line or from the environment and never printed. ``status``
consumes no try. ``--virtual PROFILE`` uses the in-process virtual reader with a profile (JSON
path or sample name) instead of PC/SC, for machines without pcscd.

Defaults come from the kiosk's settings (``[cards]`` in settings.toml, found through
KIOSK_HOME like the kiosk's): ``reader_name`` picks the PC/SC reader, ``code_b_min_tries_left``
and ``licence_default_pin_enabled`` set the refusal rules, ``read_deadline_s`` bounds each
card operation (``card_timeout`` past it). ``--reader``,
``--code-b-min-tries-left`` and ``--no-licence-default-pin`` override them.

``--code-b-camera`` reads 照合番号B off the card face instead of standard input: from the card
camera (settings ``camera.card_camera``), or from the image files matching
``--camera-frames``; only several consecutive frames agreeing on plausible fields open the
card, so a face that cannot be read ends with the code ``camera_unreadable`` before anything
is sent to the card. ``--face-frames`` then also reads the card's photo with the same
照合番号B and compares it with those frames: ``"face": {"outcome": ..., "distance": ...}``; so
does a ``camera.mode`` that matches faces (``card_face_and_face``, ``pin_then_face``), with
the face camera's frames (``camera.face_camera``, else the card camera). Frames and the photo
stay in memory.

With ``--json`` one object is printed; on failure the exit status is 1 and the object is
``{"error": {"code": ..., "message": ..., "tries_left": N or null}}``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kiosk import settings as kiosk_settings
from kiosk.cards.api import (
    CardReaderService,
    CardStatus,
    InvalidSecretError,
    ReadResult,
    Secret,
    SecretKind,
)
from kiosk.era import EraError, format_japanese
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.camera.device import Camera

EXIT_FAILURE = 1


class _Parser(argparse.ArgumentParser):
    """argparse echoes bad arguments; someone may have typed a PIN there: mask digit runs."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {re.sub(r'[0-9]{3,}', '****', message)}\n")


def _settings() -> kiosk_settings.Settings:
    try:
        return kiosk_settings.load()
    except OSError as exc:  # unreadable data folder: the tool still works, on defaults
        print(f"settings not readable ({type(exc).__name__}); using defaults", file=sys.stderr)
        return kiosk_settings.Settings()


def _service(args: argparse.Namespace, settings: kiosk_settings.Settings) -> CardReaderService:
    cards = settings.cards
    code_b_min = args.code_b_min_tries_left or cards.code_b_min_tries_left
    default_pin = cards.licence_default_pin_enabled and not args.no_licence_default_pin
    if args.virtual:
        from kiosk.cards.virtual.inprocess import InProcessCardReaderService
        from kiosk.cards.virtual.profile import SAMPLES_DIR, load_profile

        path = Path(args.virtual)
        if not path.exists():
            path = SAMPLES_DIR / f"{args.virtual}.json"
        # The configured reader_name names a PC/SC reader; the virtual reader has its own.
        service = InProcessCardReaderService(
            code_b_min_tries_left=code_b_min,
            licence_default_pin=default_pin,
            deadline_s=cards.read_deadline_s,
        )
        service.insert(load_profile(path))
        return service
    from kiosk.cards.pcsc import PcscCardReaderService

    return PcscCardReaderService(
        cards.reader_name,
        code_b_min_tries_left=code_b_min,
        licence_default_pin=default_pin,
        deadline_s=cards.read_deadline_s,
    )


def _tries(text: str) -> int:
    """argparse type for --code-b-min-tries-left: the last try is always refused."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("at least 1 (the last try is always refused)")
    return value


def _read_secret() -> Secret:
    line = sys.stdin.readline().strip()
    try:
        return Secret(line)
    except ValueError:
        raise InvalidSecretError("the secret must be digits only, on one line") from None
    finally:
        line = ""


def _status_json(status: CardStatus) -> dict[str, Any]:
    return {
        "card_type": status.card_type.value,
        "pin_set": status.pin_set,
        "secrets": [
            {
                "kind": s.kind.value,
                "tries_left": s.tries_left,
                "locked": s.locked,
                "refused": s.refused,
            }
            for s in status.secrets
        ],
    }


def _read_json(result: ReadResult) -> dict[str, Any]:
    info = result.info
    return {
        "card_type": info.card_type.value,
        "name": info.name,
        "address": info.address,
        "birth_date": info.birth_date.isoformat(),
        "sex": info.sex.value if info.sex is not None else None,
        "apdu_count": result.apdu_count,
        "connection_apdu_count": result.connection_apdu_count,
    }


#: Camera modes in which the face is matched with the card photo.
_FACE_MODES = (
    kiosk_settings.CameraMode.CARD_FACE_AND_FACE,
    kiosk_settings.CameraMode.PIN_THEN_FACE,
)


def _camera(files: str | None, device: str) -> Camera:
    """Image files (``--camera-frames`` / ``--face-frames``), else the camera the settings
    name: an OpenCV device number ("0") or a device name ("/dev/video2")."""
    from kiosk.camera.device import FileCamera, OpenCvCamera

    if files:
        return FileCamera(files, loop=False)
    text = device.strip()
    return OpenCvCamera(int(text) if text.isdigit() else text)


def _code_b_from_camera(args: argparse.Namespace, settings: kiosk_settings.Settings) -> Secret:
    """照合番号B off the card face (CameraUnreadableError: nothing is sent to the card)."""
    from kiosk.camera.card_face import (
        CardFaceReader,
        CodeBAgreement,
        RapidOcrRecognizer,
        code_b_from_camera,
    )

    today = date.today()
    camera = _camera(args.camera_frames, settings.camera.card_camera)
    reader = CardFaceReader(RapidOcrRecognizer(), today=lambda: today)
    return code_b_from_camera(camera, reader, CodeBAgreement(), today=today)


def _face_camera(args: argparse.Namespace, settings: kiosk_settings.Settings) -> Camera | None:
    """The frames of the person: ``--face-frames``, else, when ``camera.mode`` matches faces,
    the face camera of the settings (the card camera when none of its own is set)."""
    if args.face_frames:
        return _camera(args.face_frames, "")
    if settings.camera.camera_mode in _FACE_MODES:
        return _camera(None, settings.camera.face_camera_source)
    return None


def _face_json(result: ReadResult, camera: Camera) -> dict[str, Any]:
    """The card photo just read against the face camera's frames, in memory; the photo is
    wiped."""
    from kiosk.camera.device import CameraError, frames_of
    from kiosk.face.matcher import DlibFaceMatcher, FaceOutcome, decode_card_photo, match_frames

    photo = result.photo
    if photo is None:
        problem = result.photo_error.code if result.photo_error is not None else None
        return {"outcome": FaceOutcome.UNAVAILABLE.value, "distance": None, "photo": problem}
    try:
        card_image = decode_card_photo(photo.jpeg2000)
    except ValueError:
        return {"outcome": FaceOutcome.NO_FACE_ON_CARD.value, "distance": None}
    finally:
        photo.wipe()
    try:
        camera.open()
    except CameraError as exc:
        return {"outcome": FaceOutcome.UNAVAILABLE.value, "distance": None, "camera": exc.code}
    try:
        match = match_frames(DlibFaceMatcher(), card_image, frames_of(camera))
    finally:
        camera.close()
        del card_image
    distance = None if match.distance is None else round(match.distance, 4)
    return {"outcome": match.outcome.value, "distance": distance}


class CameraNotInstalledError(KioskError):
    """This build carries no camera stack, or no face match (the installer's default build
    leaves OpenCV, the OCR models and dlib out; KIOSK_BUILD_CAMERA=1 builds the card-face
    reading in, KIOSK_BUILD_FACE=1 the face match too)."""

    code = "camera_not_installed"


class FaceMatchUnavailableError(KioskError):
    """The face build is installed but this CPU cannot run it (no AVX): as
    ``python -m kiosk.face compare`` says with the same code."""

    code = "face_match_unavailable"


def _camera_stack_present(*, face: bool) -> None:
    """CameraNotInstalledError, before any card is touched, when the libraries the read
    needs are missing from this installation: OpenCV and the OCR for the card face (the
    camera build), dlib too for a face match (the face build)."""
    import importlib.util

    for module in ("cv2", "numpy", "rapidocr_onnxruntime"):
        if importlib.util.find_spec(module) is None:
            raise CameraNotInstalledError(
                "this installation cannot read the card face (install the camera build, "
                "KIOSK_BUILD_CAMERA=1)"
            )
    if face and importlib.util.find_spec("dlib") is None:
        raise CameraNotInstalledError(
            "this installation has no face match (install the face build, KIOSK_BUILD_FACE=1)"
        )
    if face:
        from kiosk.face.matcher import cpu_has_avx

        # dlib-bin is built with AVX: without it the match would end the tool with an illegal
        # instruction after the card was read (kiosk.face.matcher.CpuWithoutAvxError).
        if cpu_has_avx() is False:
            raise FaceMatchUnavailableError(
                "this computer's processor cannot run the face match (it needs AVX); "
                "read without --face-frames or use the face build on another computer"
            )


def _read_by_camera(
    args: argparse.Namespace, service: CardReaderService, settings: kiosk_settings.Settings
) -> dict[str, Any]:
    from kiosk.cards.mynumber import MyNumberSession

    _camera_stack_present(face=bool(args.face_frames) or settings.camera.camera_mode in _FACE_MODES)
    secret = _code_b_from_camera(args, settings)
    face_camera = _face_camera(args, settings)
    try:
        session = service.open(args.reader)
        try:
            if face_camera is not None and isinstance(session, MyNumberSession):
                result = session.read_with_photo(secret)
            else:
                result = session.read_basic_info(SecretKind.CODE_B, secret)
        finally:
            session.close()
    finally:
        secret.wipe()
    output = _read_json(result) | {"code_b_source": "camera"}
    if face_camera is not None:
        output["face"] = _face_json(result, face_camera)
    return output


def _run(args: argparse.Namespace) -> dict[str, Any]:
    settings = _settings()
    service = _service(args, settings)
    if args.command == "readers":
        return {
            "readers": [{"name": r.name, "card_present": r.card_present} for r in service.readers()]
        }
    if args.command == "status":
        session = service.open(args.reader)
        try:
            return _status_json(session.status())
        finally:
            session.close()
    if args.code_b_camera:
        return _read_by_camera(args, service, settings)
    kind = SecretKind.PIN if args.pin_stdin else SecretKind.CODE_B
    secret = _read_secret()
    try:
        session = service.open(args.reader)
        try:
            return _read_json(session.read_basic_info(kind, secret))
        finally:
            session.close()
    finally:
        secret.wipe()


def _human(command: str, result: dict[str, Any]) -> str:
    if command == "readers":
        if not result["readers"]:
            return "no card reader connected"
        return "\n".join(
            f"{r['name']}: {'card present' if r['card_present'] else 'no card'}"
            for r in result["readers"]
        )
    if command == "status":
        lines = [f"card: {result['card_type']}"]
        if result["pin_set"] is not None:
            lines.append(f"PIN set by holder: {'yes' if result['pin_set'] else 'no'}")
        for s in result["secrets"]:
            state = "LOCKED" if s["locked"] else f"{s['tries_left']} tries left"
            if s["refused"] and not s["locked"]:
                state += " (kiosk refuses: see staff)"
            lines.append(f"{s['kind']}: {state}")
        return "\n".join(lines)
    from datetime import date

    birth = date.fromisoformat(result["birth_date"])
    try:
        era_text = f" ({format_japanese(birth)})"
    except EraError:
        era_text = ""
    lines = []
    if "face" in result:
        face = result["face"]
        shown = "-" if face["distance"] is None else f"{face['distance']:.4f}"
        lines.append(f"face: {face['outcome']}  distance: {shown}")
    if result.get("code_b_source"):
        lines.append(f"照合番号B from: {result['code_b_source']}")
    return "\n".join(
        [
            f"card: {result['card_type']}",
            f"name: {result['name']}",
            f"address: {result['address']}",
            f"birth date: {result['birth_date']}{era_text}",
            f"sex: {result['sex'] if result['sex'] is not None else '-'}",
            f"command APDUs at the card: {result['apdu_count']} for the read, "
            f"{result['connection_apdu_count']} with identification",
            *lines,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(
        prog="python -m kiosk.cards",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON object")
    common.add_argument("--virtual", metavar="PROFILE", help="in-process virtual card")
    common.add_argument(
        "--code-b-min-tries-left",
        type=_tries,
        metavar="N",
        help="refuse 照合番号B at N tries left or fewer (default: settings, cards section)",
    )
    common.add_argument(
        "--no-licence-default-pin",
        action="store_true",
        help="refuse a licence without a PIN instead of sending the default PIN",
    )
    commands.add_parser("readers", parents=[common], help="list readers and card presence")
    status = commands.add_parser("status", parents=[common], help="tries left, none used")
    status.add_argument("--reader", metavar="NAME")
    read = commands.add_parser("read", parents=[common], help="read the basic four facts")
    read.add_argument("--reader", metavar="NAME")
    secret = read.add_mutually_exclusive_group(required=True)
    secret.add_argument("--pin-stdin", action="store_true", help="4-digit PIN on stdin")
    secret.add_argument("--code-b-stdin", action="store_true", help="14-digit 照合番号B on stdin")
    secret.add_argument(
        "--code-b-camera", action="store_true", help="照合番号B read off the card face"
    )
    read.add_argument(
        "--camera-frames", metavar="GLOB", help="card-face image files instead of the camera"
    )
    read.add_argument(
        "--face-frames", metavar="GLOB", help="frames of the person: match the card's photo"
    )
    args = parser.parse_args(argv)
    if (
        args.command == "read"
        and not args.code_b_camera
        and (args.camera_frames or args.face_frames)
    ):
        parser.error("--camera-frames and --face-frames go with --code-b-camera")

    try:
        result = _run(args)
    except KioskError as exc:
        error = {
            "code": exc.code,
            "message": exc.message,
            "tries_left": getattr(exc, "tries_left", None),
        }
        if args.json:
            print(json.dumps({"error": error}, ensure_ascii=False))
        else:
            print(f"error ({exc.code}): {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(_human(args.command, result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
