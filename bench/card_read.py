"""Card-read benchmark over the real PC/SC stack (pcscd + vpcd + the virtual card program).

    .venv/bin/python bench/card_read.py [--reads 50] [--slot 0]

Starts pcscd if needed and, per path, a fresh virtual card (the JPKI test-card profile for
PIN and 照合番号B, the licence sample for PIN1), then reads the basic four facts ``--reads``
times: connect + identify + read + disconnect. Prints one JSON object with, per path:

* ``apdus_per_read``: command APDUs per read as the kiosk counts them at its lowest transmit
  layer (``read`` = ``read_basic_info`` alone, ``open_read`` = with the identifying SELECTs),
  and as the card itself counted them (``card``: the virtual card program's own report, total
  divided by reads), with ``match`` saying whether the kiosk's ``open_read`` equals it;
* milliseconds per read, median and p95, for the read alone and for ``open_read``.

``code_b_photo`` is the camera path's read: 照合番号B, then the face photo from the visual AP
(``read_with_photo``) on a card whose photo is made like a card's (about 3 kB of JPEG 2000)
from ``../shared/faces`` under the work folder; ``photo_bytes`` is its size. It is left out
when the shared faces are not there.

``goal_mynumber_apdus_le_5`` is the goal: at most 5 APDUs per My Number read, as the card
counts them.

vpcd is a TCP socket; the virtual card disables Nagle and delayed ACKs so the figures show
the software path, not socket artefacts. A real contactless reader adds RF turnaround.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FACES = ROOT.parent / "shared" / "faces"
sys.path.insert(0, str(ROOT))

from kiosk.cards.api import Secret, SecretKind  # noqa: E402
from kiosk.cards.code_b import build_code_b  # noqa: E402
from kiosk.cards.mynumber import MyNumberSession  # noqa: E402
from kiosk.cards.pcsc import PcscCardReaderService  # noqa: E402
from tests.fixtures.pcsc import (  # noqa: E402
    VirtualCardHandle,
    _acquire_slot,
    ensure_pcscd,
)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _bench(
    service: PcscCardReaderService,
    reader: str,
    kind: SecretKind,
    reads: int,
    pin: str,
    *,
    photo: bool = False,
) -> dict[str, Any]:
    read_ms: list[float] = []
    total_ms: list[float] = []
    read_counts: set[int] = set()
    open_read_counts: set[int] = set()
    photo_bytes = 0
    for _ in range(reads):
        secret = (
            Secret(pin)
            if kind == SecretKind.PIN
            else build_code_b(date(1980, 2, 17), 2035, "2285", today=date(2026, 1, 1))
        )
        start = time.perf_counter()
        session = service.open(reader)
        try:
            before = time.perf_counter()
            if photo and isinstance(session, MyNumberSession):
                result = session.read_with_photo(secret)
                if result.photo is None:
                    raise RuntimeError("the photo was not read")
                photo_bytes = len(result.photo)
                result.photo.wipe()
            else:
                result = session.read_basic_info(kind, secret)
            read_ms.append((time.perf_counter() - before) * 1000)
        finally:
            session.close()
        total_ms.append((time.perf_counter() - start) * 1000)
        read_counts.add(result.apdu_count)
        open_read_counts.add(result.connection_apdu_count)
    return {
        **({"photo_bytes": photo_bytes} if photo else {}),
        "apdus_per_read": {"read": _one(read_counts), "open_read": _one(open_read_counts)},
        "read_ms": {
            "median": round(statistics.median(read_ms), 2),
            "p95": round(_p95(read_ms), 2),
        },
        "open_read_ms": {
            "median": round(statistics.median(total_ms), 2),
            "p95": round(_p95(total_ms), 2),
        },
    }


def _one(values: set[int]) -> int | list[int]:
    return sorted(values)[0] if len(values) == 1 else sorted(values)


def _start(
    profile_name: str, slot: int, lock: Any, work: Path, extra: tuple[str, ...] = ()
) -> VirtualCardHandle:
    profile = work / f"{profile_name}.json"
    data = json.loads((ROOT / f"kiosk/cards/virtual/samples/{profile_name}.json").read_text())
    if "photo" in extra:
        extra = tuple(e for e in extra if e != "photo")
        data["face_image"] = str(_card_photo(work))
    profile.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    card = VirtualCardHandle(
        profile,
        slot,
        lock,
        work / f"{profile_name}.report.json",
        log_apdus=False,
        persist_counters=False,
        log_path=work / f"{profile_name}.log",
        extra_args=extra,
    )
    card.wait_present()
    return card


def _card_photo(work: Path) -> Path:
    """A photo made like the card's (greyscale, ~250 px, ~3 kB JPEG 2000) from a shared face."""
    from kiosk.camera.synthetic import card_photo_jp2, face_photo

    path = work / "card-photo.jp2"
    path.write_bytes(card_photo_jp2(face_photo(FACES / "obama" / "1.jpg")))
    return path


def _path(
    profile_name: str,
    kind: SecretKind,
    pin: str,
    *,
    slot: int | None,
    reads: int,
    work: Path,
    extra: tuple[str, ...],
) -> tuple[dict[str, Any], int]:
    """One path on a fresh card; the kiosk's counts next to the card's own report."""
    slot_, lock = _acquire_slot(slot)
    card = _start(profile_name, slot_, lock, work, extra)
    try:
        photo = "photo" in extra
        result = _bench(PcscCardReaderService(), card.reader, kind, reads, pin, photo=photo)
    finally:
        card.remove()  # releases the slot lock
    report = card.report()
    counted = result["apdus_per_read"]
    counted["card"] = round(report["apdu_count"] / reads, 2)
    counted["match"] = counted["open_read"] == counted["card"]
    result["card_reported_apdus_total"] = report["apdu_count"]
    return result, int(report["forbidden_touches"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=50)
    parser.add_argument("--slot", type=int, default=None)
    parser.add_argument(
        "--no-quickack", action="store_true", help="measure with delayed ACKs (socket artefact)"
    )
    args = parser.parse_args()

    ensure_pcscd()
    work = Path("/tmp/kiosk-bench-card")
    work.mkdir(exist_ok=True)
    extra = ("--no-quickack",) if args.no_quickack else ()
    results: dict[str, Any] = {
        "transport": "pcscd + vpcd + virtual card"
        + (" (delayed ACKs)" if args.no_quickack else ""),
        "reads_per_path": args.reads,
    }
    touches = 0
    paths = [
        ("pin", "jpki_test_card", SecretKind.PIN, "1234", ()),
        ("code_b", "jpki_test_card", SecretKind.CODE_B, "", ()),
        ("licence_pin1", "licence", SecretKind.PIN, "1234", ()),
    ]
    if FACES.is_dir():
        paths.append(("code_b_photo", "jpki_test_card", SecretKind.CODE_B, "", ("photo",)))
    for name, profile, kind, pin, more in paths:
        results[name], touched = _path(
            profile, kind, pin, slot=args.slot, reads=args.reads, work=work, extra=extra + more
        )
        touches += touched
    results["forbidden_touches"] = touches
    results["goal_mynumber_apdus_le_5"] = all(
        results[name]["apdus_per_read"]["card"] <= 5 for name in ("pin", "code_b")
    )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
