"""The card's photo on its way to the match leaves nothing on disk: read from the card (the
in-process virtual card, its photo made like a card's from a shared face), decoded in memory,
compared with a frame from the file camera, wiped."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.camera.device import FileCamera, decode_image_bytes, frames_of
from kiosk.camera.synthetic import card_photo_jp2
from kiosk.cards.code_b import build_code_b
from kiosk.cards.mynumber import MyNumberSession
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import sample
from kiosk.face.matcher import DlibFaceMatcher, FaceOutcome, decode_card_photo, match_frames
from tests.camera.helpers import DiskWatch


def test_photo_read_and_match_write_nothing_to_disk(
    faces: Path, tmp_path: Path, disk_watch: Callable[..., DiskWatch]
) -> None:
    matcher = DlibFaceMatcher()  # models loaded before the watch, as at the kiosk's start
    source = decode_image_bytes((faces / "obama" / "1.jpg").read_bytes())
    photo_file = tmp_path / "card-photo.jp2"  # the virtual card's own data, written first
    photo_file.write_bytes(card_photo_jp2(source, matcher.face_locations(source)[0]))
    service = InProcessCardReaderService()
    service.insert(dataclasses.replace(sample("jpki_test_card"), face_image=str(photo_file)))
    watch = disk_watch(faces)

    session = service.open()
    assert isinstance(session, MyNumberSession)
    try:
        code_b = build_code_b(date(1980, 2, 17), 2035, "2285", today=date(2026, 1, 1))
        result = session.read_with_photo(code_b)
    finally:
        session.close()
    assert result.photo is not None
    card_image = decode_card_photo(result.photo.jpeg2000)
    result.photo.wipe()
    with FileCamera(faces / "obama" / "2.jpg", loop=False) as camera:
        match = match_frames(matcher, card_image, frames_of(camera))
    assert match.outcome is FaceOutcome.MATCH
    assert watch.unchanged()
