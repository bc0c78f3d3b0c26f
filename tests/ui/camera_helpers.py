"""Helpers of the camera UI tests: card faces the project renders itself (written under the
test's folder as test data), frames of the shared face photos, the kiosk's camera services
over file cameras, a count of the VERIFYs the virtual card received, and a file-system watch
(Linux inotify through ctypes, plus before/after snapshots) that finds image-like files."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import random
import re
import struct
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import cv2
import numpy as np

from kiosk.camera.synthetic import (
    Degradation,
    SyntheticIdentity,
    render_card_face,
    render_scene,
)
from tests.fixtures.faces import FACES, rgb

#: The jpki_test_card sample's identity as printed on its face (synthetic).
BIRTH, EXPIRY, CODE = date(1980, 2, 17), date(2035, 2, 17), "2285"
#: The card's photo and the live frames: one person's two different photos.
CARD_PHOTO = FACES / "obama" / "1.jpg"
SAME_PERSON = FACES / "obama" / "2.jpg"
OTHER_PERSON = FACES / "biden" / "1.jpg"


def identity(security_code: str = CODE, birth: date = BIRTH) -> SyntheticIdentity:
    return SyntheticIdentity(
        name="黒桐　幹也",
        address="東京都清瀬市観布子南１２－７－２０２",
        birth_date=birth,
        sex="男",
        expiry=EXPIRY,
        security_code=security_code,
    )


def write_png(path: Path, frame: np.ndarray) -> Path:
    ok, png = cv2.imencode(".png", cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    assert ok
    path.write_bytes(png.tobytes())
    return path


def card_face_frames(folder: Path, faces: Iterable[SyntheticIdentity], prefix: str = "") -> Path:
    """The card camera's view of each identity's card face (slightly turned), one PNG each,
    named in order; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    photo = rgb(CARD_PHOTO)
    for index, person in enumerate(faces):
        face = render_card_face(person, photo)
        how = Degradation(rotation=2.0 * (index % 3) - 2, tilt=0.02, scale=0.62)
        write_png(
            folder / f"{prefix}{index:02d}.png", render_scene(face, how, random.Random(index))
        )
    return folder


# -- what the virtual card received -------------------------------------------------------------

_VERIFY_WITH_DATA = re.compile(r"> [0-9A-F]{2} 20 [0-9A-F]{2} [0-9A-F]{2} [0-9A-F]{2} \*\*")


def verifies(log_path: Path) -> int:
    """VERIFY commands carrying a secret in the card program's APDU log (``log_apdus``)."""
    return len(_VERIFY_WITH_DATA.findall(log_path.read_text(errors="replace")))


# -- the file-system watch ----------------------------------------------------------------------

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".jp2", ".j2k", ".bmp", ".gif", ".tif", ".tiff", ".webp",
     ".ppm", ".pgm", ".pnm", ".npy", ".npz", ".raw", ".yuv"}
)  # fmt: skip
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"\x00\x00\x00\x0cjP  ",  # JPEG 2000 (JP2)
    b"\xff\x4f\xff\x51",  # JPEG 2000 codestream
    b"BM",
    b"GIF8",
    b"II*\x00",
    b"MM\x00*",
    b"\x93NUMPY",
)


def image_like(path: Path) -> bool:
    """An image file by its name or its first bytes (a frame saved raw counts by name)."""
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head.startswith(_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


_IN_CREATE, _IN_CLOSE_WRITE, _IN_MOVED_TO = 0x100, 0x8, 0x80
_IN_NONBLOCK = 0o4000


class DiskWatch:
    """Watches ``folders`` (and their sub-folders) from now on: inotify events for every file
    created, written or moved in (even one deleted again before :meth:`written` looks), and
    a before/after snapshot of sizes and times as a second witness."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self._before = self._snapshot()
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = libc.inotify_init1(_IN_NONBLOCK)
        assert self._fd >= 0, os.strerror(ctypes.get_errno())
        self._dirs: dict[int, Path] = {}
        mask = _IN_CREATE | _IN_CLOSE_WRITE | _IN_MOVED_TO
        for folder in folders:
            for directory in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
                wd = libc.inotify_add_watch(self._fd, str(directory).encode(), mask)
                assert wd >= 0, os.strerror(ctypes.get_errno())
                self._dirs[wd] = directory

    def _snapshot(self) -> dict[Path, tuple[int, int]]:
        return {
            p: (p.stat().st_size, p.stat().st_mtime_ns)
            for folder in self.folders
            for p in folder.rglob("*")
            if p.is_file()
        }

    def _events(self) -> set[Path]:
        seen: set[Path] = set()
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return seen
            offset = 0
            while offset < len(data):
                wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                raw = data[offset + 16 : offset + 16 + length].rstrip(b"\0")
                offset += 16 + length
                if wd in self._dirs and raw:
                    seen.add(self._dirs[wd] / os.fsdecode(raw))

    def written(self) -> set[Path]:
        """Every file created or changed since the watch began."""
        after = self._snapshot()
        changed = {p for p, state in after.items() if self._before.get(p) != state}
        return changed | self._events()

    def images_written(self) -> list[str]:
        return sorted(str(p) for p in self.written() if image_like(p))

    def close(self) -> None:
        os.close(self._fd)
