"""Card-read benchmark over the real PC/SC stack (pcscd + vpcd + the virtual card program).

    .venv/bin/python bench/card_read.py [--reads 50] [--slot 0]

Starts pcscd if needed and a virtual card (the JPKI test-card profile), then reads the basic
four facts ``--reads`` times per path (PIN, 照合番号B). Prints one JSON object: command APDUs
per read (retry check included) and milliseconds per read, median and p95, both for the read
alone (``read_basic_info``) and for connect + identify + read + disconnect (``open_read``).

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
sys.path.insert(0, str(ROOT))

from kiosk.cards.api import Secret, SecretKind  # noqa: E402
from kiosk.cards.code_b import build_code_b  # noqa: E402
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
    service: PcscCardReaderService, reader: str, kind: SecretKind, reads: int, pin: str = "1234"
) -> dict[str, Any]:
    read_ms: list[float] = []
    total_ms: list[float] = []
    counts: set[int] = set()
    for _ in range(reads):
        secret = (
            Secret(pin) if kind == SecretKind.PIN else build_code_b(date(1980, 2, 17), 2035, "2285")
        )
        start = time.perf_counter()
        session = service.open(reader)
        try:
            before = time.perf_counter()
            result = session.read_basic_info(kind, secret)
            read_ms.append((time.perf_counter() - before) * 1000)
        finally:
            session.close()
        total_ms.append((time.perf_counter() - start) * 1000)
        counts.add(result.apdu_count)
    return {
        "apdu_count": sorted(counts)[0] if len(counts) == 1 else sorted(counts),
        "read_ms": {
            "median": round(statistics.median(read_ms), 2),
            "p95": round(_p95(read_ms), 2),
        },
        "open_read_ms": {
            "median": round(statistics.median(total_ms), 2),
            "p95": round(_p95(total_ms), 2),
        },
    }


def _start(
    profile_name: str, slot: int, lock: Any, work: Path, extra: tuple[str, ...] = ()
) -> VirtualCardHandle:
    profile = work / f"{profile_name}.json"
    profile.write_text(
        (ROOT / f"kiosk/cards/virtual/samples/{profile_name}.json").read_text("utf-8"), "utf-8"
    )
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=50)
    parser.add_argument("--slot", type=int, default=None)
    parser.add_argument(
        "--no-quickack", action="store_true", help="measure with delayed ACKs (socket artefact)"
    )
    args = parser.parse_args()

    ensure_pcscd()
    slot, lock = _acquire_slot(args.slot)
    work = Path(f"/tmp/kiosk-bench-card-{slot}")
    work.mkdir(exist_ok=True)
    service = PcscCardReaderService()
    extra = ("--no-quickack",) if args.no_quickack else ()
    card = _start("jpki_test_card", slot, lock, work, extra)
    try:
        results: dict[str, Any] = {
            "transport": "pcscd + vpcd + virtual card"
            + (" (delayed ACKs)" if args.no_quickack else ""),
            "reader": card.reader,
            "reads_per_path": args.reads,
            "pin": _bench(service, card.reader, SecretKind.PIN, args.reads),
            "code_b": _bench(service, card.reader, SecretKind.CODE_B, args.reads),
        }
    finally:
        card.remove()
    touches = card.report()["forbidden_touches"]
    # The slot lock was released by remove(): take it again for the licence.
    slot, lock = _acquire_slot(slot)
    card = _start("licence", slot, lock, work, extra)
    try:
        results["licence_pin1"] = _bench(service, card.reader, SecretKind.PIN, args.reads)
    finally:
        card.remove()
    results["forbidden_touches"] = touches + card.report()["forbidden_touches"]
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
