"""``python -m kiosk.face compare --card-photo FILE --frame FILE [--json]``

Compares the face on a card photo (JPEG 2000 as read from the card, or any image file) with
the face in a camera frame, in memory, and prints the outcome::

    {"outcome": "match" | "no_match" | "no_face_in_frame" | "several_faces_in_frame" |
                "no_face_on_card" | "spoof_suspected", "distance": number | null}

Exit status: 0 match, 1 any other outcome, 2 bad input (a file missing or not an image:
``{"error": {"code": "unreadable_image", "which": "card_photo" | "frame"}}``; no path or image
data is printed), 3 no face match on this machine (``{"error": {"code":
"face_match_unavailable", "reason": "cpu_without_avx" | "not_installed" | "model_missing"}}``).
The images are decoded in memory and dropped when the process ends.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_MATCH = 0
EXIT_OTHER = 1
EXIT_BAD_INPUT = 2
EXIT_UNAVAILABLE = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kiosk.face")
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("compare", help="compare a card photo with a camera frame")
    compare.add_argument("--card-photo", required=True, type=Path, help="the card's photo")
    compare.add_argument("--frame", required=True, type=Path, help="a camera frame")
    compare.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _fail(error: dict[str, str], message: str, status: int, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"error": error}))
    else:
        print(f"error: {message}", file=sys.stderr)
    return status


def _error(which: str, as_json: bool) -> int:
    message = f"the {which.replace('_', ' ')} is not a readable image"
    return _fail({"code": "unreadable_image", "which": which}, message, EXIT_BAD_INPUT, as_json)


def _unavailable(reason: str, as_json: bool) -> int:
    message = f"no face match on this machine ({reason.replace('_', ' ')})"
    error = {"code": "face_match_unavailable", "reason": reason}
    return _fail(error, message, EXIT_UNAVAILABLE, as_json)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from kiosk.camera.device import decode_image_bytes
    from kiosk.face.matcher import (
        CpuWithoutAvxError,
        DlibFaceMatcher,
        FaceOutcome,
        decode_card_photo,
    )

    try:
        card_photo = decode_card_photo(args.card_photo.read_bytes())
    except (OSError, ValueError):
        return _error("card_photo", args.json)
    try:
        frame = decode_image_bytes(args.frame.read_bytes())
    except (OSError, ValueError):
        return _error("frame", args.json)
    # A machine that cannot match faces is told apart from a non-match, without a traceback.
    try:
        matcher = DlibFaceMatcher()
    except CpuWithoutAvxError:
        return _unavailable("cpu_without_avx", args.json)
    except ImportError:
        return _unavailable("not_installed", args.json)
    except OSError:
        return _unavailable("model_missing", args.json)
    result = matcher.compare(card_photo, frame)
    del card_photo, frame
    distance = None if result.distance is None else round(result.distance, 4)
    if args.json:
        print(json.dumps({"outcome": result.outcome.value, "distance": distance}))
    else:
        shown = "-" if distance is None else f"{distance:.4f}"
        print(f"outcome: {result.outcome.value}  distance: {shown}")
    return EXIT_MATCH if result.outcome is FaceOutcome.MATCH else EXIT_OTHER


if __name__ == "__main__":
    sys.exit(main())
