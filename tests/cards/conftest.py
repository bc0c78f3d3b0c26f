"""Fixtures shared by the card tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.cards.virtual.emulator import VirtualCard
from tests.cards.helpers import DirectTransport
from tests.fixtures.faces import FACES


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every command APDU the emulated cards receive, in order."""
    log: list[bytes] = []
    current = VirtualCard.execute

    def execute(self: VirtualCard, apdu: bytes) -> bytes:
        log.append(bytes(apdu))
        return current(self, apdu)

    monkeypatch.setattr(VirtualCard, "execute", execute)
    return log


@pytest.fixture(scope="session")
def card_photo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A photo made like the card's (face crop, greyscale, ~250 px, JPEG 2000) from one of the
    shared test faces, written at fixture time under a temporary folder (never shipped)."""
    if not FACES.is_dir():
        pytest.skip("shared face photos not present")
    import cv2

    from kiosk.camera.synthetic import card_photo_jp2
    from kiosk.face.matcher import DlibFaceMatcher

    rgb = cv2.cvtColor(cv2.imread(str(FACES / "obama" / "1.jpg")), cv2.COLOR_BGR2RGB)
    box = DlibFaceMatcher().face_locations(rgb)[0]
    path = tmp_path_factory.mktemp("card-photo") / "obama.jp2"
    path.write_bytes(card_photo_jp2(rgb, box))
    return path


@pytest.fixture
def direct_transport() -> type[DirectTransport]:
    """The transport class straight into an emulated card (see :class:`DirectTransport`)."""
    return DirectTransport


ROOT = Path(__file__).resolve().parent.parent.parent


def run_cards_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """``python -m kiosk.cards ARGS`` as a subprocess: (exit status, stdout, stderr)."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cards", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def cards_cli() -> Any:
    """The card tool as a subprocess (see :func:`run_cards_cli`)."""
    return run_cards_cli


@pytest.fixture
def jpki_read_json() -> dict[str, Any]:
    """What ``read --json`` prints for the jpki_test_card sample (open + read: 5 APDUs)."""
    return {
        "card_type": "mynumber",
        "name": "黒桐　幹也",
        "address": "東京都清瀬市観布子南１２－７－２０２",
        "birth_date": "1980-02-17",
        "sex": "male",
        "apdu_count": 4,
        "connection_apdu_count": 5,
    }
