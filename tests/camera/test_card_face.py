"""Reading 照合番号B's fields off synthetic card faces: parsing with plausibility checks,
the multi-frame agreement rule, and whole reads through the real recogniser."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from kiosk.camera.card_face import (
    CardFaceProblem,
    CardFaceReader,
    CodeBAgreement,
    FaceFields,
    FrameReading,
    TextRecognizer,
    parse_birth,
    parse_expiry_year,
    parse_security_code,
    read_code_b,
)
from kiosk.camera.device import FileCamera, NullCamera
from kiosk.camera.synthetic import (
    Degradation,
    SyntheticIdentity,
    face_photo,
    render_card_face,
    render_scene,
)
from kiosk.cards.code_b import build_code_b
from kiosk.flow.contract import Calendar
from tests.camera.helpers import TODAY, DiskWatch

SHOWA = SyntheticIdentity(
    name="見本\u3000花子",
    address="架空県見本市中央町1丁目2番地",
    birth_date=date(1980, 2, 17),
    sex="女",
    expiry=date(2035, 2, 17),
    security_code="2285",
)


# -- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昭和55年 2月17日生 性別 女", (date(1980, 2, 17), Calendar.JAPANESE)),
        ("令和元年5月1日生", (date(2019, 5, 1), Calendar.JAPANESE)),
        ("平成元年１月８日生", (date(1989, 1, 8), Calendar.JAPANESE)),  # full-width digits
        ("1980年 2月17日生 性别女", (date(1980, 2, 17), Calendar.WESTERN)),
    ],
)
def test_birth_dates_as_printed(text: str, expected: tuple[date, Calendar]) -> None:
    assert parse_birth(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "昭和64年1月8日生",  # after the end of 昭和
        "平成32年1月1日生",  # 平成 ended in 31
        "令和元年4月30日生",  # before 令和 began
        "昭和55年2月30日生",  # no such day
        "2030年1月1日生",  # after today
        "80年2月17日生",  # a Western year needs four digits
        "昭和155年2月17日生",  # an era year has at most two
        "性別 女",  # no date at all
        "2020年2月17日まで有効",  # the expiry line (a warp one line off): no 生
    ],
)
def test_impossible_birth_dates_are_refused(text: str) -> None:
    assert parse_birth(text, TODAY) is None


def test_expiry_year_window() -> None:
    assert parse_expiry_year("2035年 2月17日まで有効", TODAY) == 2035
    assert parse_expiry_year("2035年2月17日末飞有效", TODAY) == 2035  # words misread, digits fine
    assert parse_expiry_year("2035年2月30日まで有効", TODAY) is None  # no such day
    assert parse_expiry_year("2038年2月17日まで有効", TODAY) is None  # too far ahead
    assert parse_expiry_year("2015年2月17日まで有効", TODAY) is None  # before the first cards
    assert parse_expiry_year("まで有効", TODAY) is None
    assert parse_expiry_year("2030年2月17日生", TODAY) is None  # the birth line, not the expiry


def test_security_code_is_exactly_four_ascii_digits() -> None:
    assert parse_security_code(" 2285 ") == "2285"
    assert parse_security_code("２２８５") == "2285"  # full width, normalised
    for text in ("228", "22855", "22a5", "", "٢٢٨٥"):  # the last: Arabic-Indic digits
        assert parse_security_code(text) is None


# -- agreement --------------------------------------------------------------------------------

A = FaceFields(date(1980, 2, 17), Calendar.JAPANESE, 2035, "2285")
B = FaceFields(date(1980, 2, 17), Calendar.JAPANESE, 2035, "2286")


def _feed(agreement: CodeBAgreement, readings: list[FrameReading]) -> object:
    for reading in readings:
        outcome = agreement.add(reading)
        if outcome is not None:
            return outcome
    return None


def test_three_consecutive_agreeing_frames_give_the_input() -> None:
    outcome = _feed(CodeBAgreement(required=3), [FrameReading(A, score=0.99)] * 3)
    assert outcome is not None and outcome.code_b == A.code_b_input()  # type: ignore[attr-defined]
    assert outcome.frames == 3  # type: ignore[attr-defined]


def test_a_different_or_unreadable_frame_breaks_the_run() -> None:
    agreement = CodeBAgreement(required=3, max_frames=6)
    readings = [
        FrameReading(A, score=0.99),
        FrameReading(A, score=0.99),
        FrameReading(B, score=0.99),
        FrameReading(A, score=0.99),
        FrameReading(problem=CardFaceProblem.UNREADABLE),
        FrameReading(A, score=0.99),
    ]
    outcome = _feed(agreement, readings)
    assert outcome is not None
    assert outcome.code_b is None  # type: ignore[attr-defined]
    assert outcome.problem is CardFaceProblem.DISAGREE  # type: ignore[attr-defined]
    # The reading seen most often is offered for the person to check on the typed screen.
    assert outcome.prefill == A  # type: ignore[attr-defined]


def test_low_confidence_frames_never_agree() -> None:
    low = FrameReading(A, CardFaceProblem.LOW_CONFIDENCE, 0.5)
    outcome = _feed(CodeBAgreement(required=2, max_frames=5), [low] * 5)
    assert outcome is not None and outcome.code_b is None  # type: ignore[attr-defined]
    assert outcome.problem is CardFaceProblem.LOW_CONFIDENCE  # type: ignore[attr-defined]


def test_give_up_without_readings_is_unreadable_with_nothing_to_prefill() -> None:
    agreement = CodeBAgreement()
    agreement.add(FrameReading(problem=CardFaceProblem.NO_CARD))
    outcome = agreement.give_up()
    assert outcome.code_b is None and outcome.prefill is None
    assert outcome.problem is CardFaceProblem.NO_CARD


def test_readings_hide_the_secret() -> None:
    text = repr(A) + str(A) + repr(FrameReading(A)) + repr(A.code_b_input())
    for part in ("2285", "1980", "2035", "55"):
        assert part not in text


def test_agreement_needs_at_least_two_frames() -> None:
    with pytest.raises(ValueError, match="at least two"):
        CodeBAgreement(required=1)


# -- whole reads through the real recogniser -------------------------------------------------


def _scene(identity: SyntheticIdentity, photo: np.ndarray, seed: int, **how: float) -> np.ndarray:
    degradation = Degradation(**how)  # type: ignore[arg-type]
    return render_scene(render_card_face(identity, photo), degradation, random.Random(seed))


def _read(recognizer: TextRecognizer, frames: list[np.ndarray]) -> object:
    reader = CardFaceReader(recognizer, today=lambda: TODAY)
    agreement = CodeBAgreement(required=3, max_frames=len(frames))
    for frame in frames:
        outcome = agreement.add(reader.read(frame))
        if outcome is not None:
            return outcome
    return agreement.give_up()


@pytest.mark.parametrize(
    ("identity", "expected"),
    [
        (SHOWA, "55021720352285"),
        # 令和元年, and a Western-printed birth date (the code uses era digits regardless,
        # the builder's default; the printed calendar is kept for the flow to decide).
        (
            SyntheticIdentity(
                "見本\u3000蓮", "架空県", date(2019, 5, 1), "男", date(2029, 5, 1), "0417"
            ),
            "01050120290417",
        ),
        (
            SyntheticIdentity(
                "見本\u3000太郎", "架空県", date(1980, 2, 17), "男", date(2031, 2, 17), "9001", True
            ),
            "55021720319001",
        ),
    ],
)
def test_card_face_read_gives_the_code_b_input(
    recognizer: TextRecognizer, faces: Path, identity: SyntheticIdentity, expected: str
) -> None:
    photo = face_photo(faces / "obama" / "1.jpg")
    frames = [
        _scene(identity, photo, seed, rotation=seed * 3.0 - 4, tilt=0.05, blur=0.6)
        for seed in range(3)
    ]
    outcome = _read(recognizer, frames)
    assert outcome.code_b is not None, outcome  # type: ignore[attr-defined]
    assert (
        build_code_b(
            outcome.code_b.birth_date,
            outcome.code_b.expiry_year,  # type: ignore[attr-defined]
            outcome.code_b.security_code,
            today=TODAY,
        ).as_bytes()
        == expected.encode()
    )  # type: ignore[attr-defined]
    calendar = Calendar.WESTERN if identity.western else Calendar.JAPANESE
    assert outcome.fields.calendar is calendar  # type: ignore[attr-defined]


def test_upside_down_card_is_read(recognizer: TextRecognizer, faces: Path) -> None:
    photo = face_photo(faces / "biden" / "1.jpg")
    frames = [_scene(SHOWA, photo, seed, rotation=178.0 + seed) for seed in range(3)]
    assert _read(recognizer, frames).code_b == SHOWA_INPUT  # type: ignore[attr-defined]


SHOWA_INPUT = FaceFields(date(1980, 2, 17), Calendar.JAPANESE, 2035, "2285").code_b_input()


def test_frames_without_a_card_give_no_input(recognizer: TextRecognizer) -> None:
    blank = np.full((720, 1280, 3), 60, dtype=np.uint8)
    outcome = _read(recognizer, [blank] * 3)
    assert outcome.code_b is None  # type: ignore[attr-defined]
    assert outcome.problem is CardFaceProblem.NO_CARD  # type: ignore[attr-defined]


def test_a_whole_read_from_files_writes_nothing_to_disk(
    recognizer: TextRecognizer, faces: Path, tmp_path: Path, disk_watch: Callable[..., DiskWatch]
) -> None:
    """Frames come from files (the file camera); during the read no file appears or changes
    under HOME, TMPDIR, the frames' folder or the working directory."""
    import cv2

    frames_dir = tmp_path / "frames"
    frames_dir.mkdir()
    photo = face_photo(faces / "obama" / "1.jpg")
    for seed in range(3):
        frame = _scene(SHOWA, photo, seed, rotation=2.0 * seed)
        cv2.imwrite(str(frames_dir / f"{seed}.png"), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    watch = disk_watch()
    reader = CardFaceReader(recognizer, today=lambda: TODAY)
    agreement = CodeBAgreement(required=3, max_frames=3)
    with FileCamera(str(frames_dir / "*.png"), loop=False) as camera:
        outcome = None
        while outcome is None:
            outcome = agreement.add(reader.read(camera.read()))
    assert outcome.code_b == SHOWA_INPUT
    assert watch.unchanged()


def test_known_misreadings_of_reiwa_are_reiwa_only() -> None:
    for text in ("命和元年5月1日生", "合和元年5月1日生", "今和元年5月1日生"):
        assert parse_birth(text, TODAY) == (date(2019, 5, 1), Calendar.JAPANESE)
    # A lone 和 could be 昭和 or 令和: not guessed.
    assert parse_birth("和55年2月17日生", TODAY) is None


def test_a_camera_unplugged_mid_read_ends_without_input(
    recognizer: TextRecognizer, faces: Path, tmp_path: Path
) -> None:
    """Two good frames, then the camera goes away: no input (three are needed), the typed
    problem, and the reading seen offered as a prefill for the person to check."""
    import cv2

    photo = face_photo(faces / "obama" / "2.jpg")
    for seed in range(2):
        frame = _scene(SHOWA, photo, seed, rotation=1.0 + seed)
        cv2.imwrite(str(tmp_path / f"{seed}.png"), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    reader = CardFaceReader(recognizer, today=lambda: TODAY)
    with FileCamera(str(tmp_path / "*.png"), fail_after=2) as camera:
        outcome = read_code_b(camera, reader, CodeBAgreement(required=3))
    assert outcome.code_b is None
    assert outcome.problem is CardFaceProblem.CAMERA_UNAVAILABLE
    assert outcome.frames == 2
    assert outcome.prefill is not None and outcome.prefill.code_b_input() == SHOWA_INPUT


def test_no_camera_ends_at_once(recognizer: TextRecognizer) -> None:
    reader = CardFaceReader(recognizer, today=lambda: TODAY)
    with NullCamera() as camera:
        outcome = read_code_b(camera, reader, CodeBAgreement())
    assert (outcome.code_b, outcome.problem, outcome.frames, outcome.prefill) == (
        None,
        CardFaceProblem.CAMERA_UNAVAILABLE,
        0,
        None,
    )
