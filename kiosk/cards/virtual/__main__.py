"""The virtual card program: connects an emulated card to vsmartcard's vpcd (a pcscd driver).

    python -m kiosk.cards.virtual --profile kiosk/cards/virtual/samples/jpki_test_card.json
    python -m kiosk.cards.virtual --profile jpki_test_card --log-apdus      (a sample by name)

While connected the card is "in" the reader ``Virtual PCD 00 00`` (port 35963; the second
slot ``Virtual PCD 00 01`` is port 35964). Stop the program (Ctrl-C, SIGTERM) to pull the
card out; a profile with ``remove_after_apdus`` pulls itself out mid-read.

vpcd protocol (vsmartcard ``VirtualSmartcard.py``): every message has a 2-byte big-endian
length; a 1-byte message is a control code (00 power off, 01 power on, 02 reset, 04 send ATR),
anything longer is a command APDU answered with the response APDU.

``--report FILE`` writes, when the card leaves, a JSON object with the APDU count, the number
of touches of 個人番号/照合番号A (must be 0), the counters and ``visual_fields_read`` (the
tags of the visual AP's EF 0002 whose value bytes were read: the photo needs DF21 and DF27).
``--persist-counters`` writes the tries-left counters back into the profile so a locked card
stays locked across runs.
APDU logs mask VERIFY data and show only the status and length of responses.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import socket
import sys
from pathlib import Path
from types import FrameType

from kiosk.cards.virtual.emulator import CardPulled, VirtualCard
from kiosk.cards.virtual.profile import SAMPLES_DIR, load_profile, save_counters

log = logging.getLogger("kiosk.cards.virtual")

VPCD_CTRL_OFF = 0
VPCD_CTRL_ON = 1
VPCD_CTRL_RESET = 2
VPCD_CTRL_ATR = 4


_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


def _recv_exact(sock: socket.socket, size: int, quickack: bool = True) -> bytes | None:
    buf = bytearray()
    while len(buf) < size:
        if quickack and _QUICKACK is not None:
            # vpcd writes the length and the APDU in two send()s; with Nagle on its side and
            # delayed ACKs on ours each APDU would wait ~40 ms. Linux resets QUICKACK after
            # every receive, so it is set again each time.
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        chunk = sock.recv(size - len(buf))
        if not chunk:
            return None
        buf.extend(chunk)
    return bytes(buf)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(len(payload).to_bytes(2, "big") + payload)


def serve(card: VirtualCard, host: str, port: int, *, quickack: bool = True) -> str:
    """Run the card until pcscd closes the link or the card is pulled; returns why it ended."""
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.settimeout(None)
        # vpcd waits for whole messages; without NODELAY every answer costs ~40 ms of Nagle.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        log.info("card inserted into vpcd %s:%d", host, port)
        while True:
            header = _recv_exact(sock, 2, quickack)
            if header is None:
                return "vpcd closed the connection"
            message = _recv_exact(sock, int.from_bytes(header, "big"), quickack)
            if message is None:
                return "vpcd closed the connection"
            if len(message) == 1:
                code = message[0]
                if card.log_apdus:
                    log.info("control %02X", code)
                if code == VPCD_CTRL_ATR:
                    _send(sock, card.atr)
                elif code in (VPCD_CTRL_ON, VPCD_CTRL_RESET, VPCD_CTRL_OFF):
                    card.reset()
                continue
            try:
                response = card.execute(message)
            except CardPulled:
                return "card pulled (remove_after_apdus)"
            _send(sock, response)


def _resolve_profile(text: str) -> Path:
    path = Path(text)
    if not path.exists() and (SAMPLES_DIR / f"{text}.json").exists():
        return SAMPLES_DIR / f"{text}.json"
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.cards.virtual",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--profile", required=True, help="profile JSON file or sample name")
    parser.add_argument("--vpcd-host", default="127.0.0.1")
    parser.add_argument("--vpcd-port", type=int, default=35963)
    parser.add_argument("--log-apdus", action="store_true", help="log every APDU (masked)")
    parser.add_argument("--persist-counters", action="store_true")
    parser.add_argument("--report", type=Path, help="write a JSON report here on exit")
    parser.add_argument(
        "--no-quickack",
        action="store_true",
        help="keep delayed ACKs (shows vpcd's ~40 ms per APDU socket artefact)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)

    profile_path = _resolve_profile(args.profile)
    profile = load_profile(profile_path)

    def persist(counters: dict[str, int]) -> None:
        if args.persist_counters:
            save_counters(profile_path, counters)

    card = VirtualCard(profile, log_apdus=args.log_apdus, on_counters_changed=persist)

    def on_term(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    reason = "stopped"
    try:
        reason = serve(card, args.vpcd_host, args.vpcd_port, quickack=not args.no_quickack)
    except KeyboardInterrupt:
        reason = "interrupted"
    except OSError as exc:
        log.error("cannot reach vpcd at %s:%d (%s)", args.vpcd_host, args.vpcd_port, exc)
        return 2
    finally:
        if args.report is not None:
            args.report.write_text(
                json.dumps(
                    {
                        "reason": reason,
                        "apdu_count": card.apdu_count,
                        "forbidden_touches": len(card.forbidden_touches),
                        "visual_fields_read": [
                            f"{tag:04X}" for tag in sorted(card.visual_fields_read)
                        ],
                        "counters": card.counters(),
                    }
                ),
                encoding="utf-8",
            )
    log.info("card removed: %s", reason)
    return 0


if __name__ == "__main__":
    sys.exit(main())
