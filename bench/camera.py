"""Camera-path benchmark: reading 照合番号B off synthetic card faces, and the face match.

    .venv/bin/python bench/camera.py [--cards 200] [--seed 1] [--engine rapidocr|tesseract]
                                     [--no-faces]

Everything is made and kept in memory: no frame, crop or photo is written anywhere.

**Card faces.** ``--cards`` placements of a synthetic card (kiosk.camera.synthetic: a random
identity, one of the shared face photos in the photo slot, random tilt, rotation, blur,
glare, dim light, a hand over a corner). Each placement gives up to ``MAX_FRAMES`` frames
(the same view, new sensor noise and a small jitter) to the reader and the agreement rule
(``REQUIRED`` consecutive identical readings), as the kiosk would.

* ``ocr_exact_rate``: frames whose three fields were read exactly (birth date, expiry year,
  security code);
* ``card_read_rate``: placements that ended with the right 照合番号B parts;
* ``confident_wrong``: placements that ended with *wrong* parts: each would send one VERIFY
  with a wrong 照合番号B, so ``tries_spent_per_100`` = confident_wrong per 100 placements
  (goal 0; a placement that ends unreadable costs no try). ``frames_confident_wrong``: single
  frames read wrong without a problem flag (the agreement rule is what stops them);
* ``ocr_ms_p50`` / ``ocr_ms_p95``: one frame through the reader (find, warp, three lines);
  ``placement_ms_p95``: all frames of a placement until the outcome.

**Faces.** Every shared photo made into a card photo (greyscale JPEG 2000 face crop) against
every other shared photo: same person = genuine pair, else impostor pair.
``false_rejects`` = genuine pairs not matched; ``false_accepts`` = impostor pairs matched;
``face_match_ms_p95``.

**Memory.** ``peak_rss_mib`` is the whole process's peak resident set (``ru_maxrss``) in MiB,
``peak_rss_mb`` the same in decimal MB; the goal is at most 450 MB, compared in the stricter
reading, 450,000,000 bytes (429.2 MiB): ``peak_rss_goal_met``. With ``--ui-people`` the peak
includes the whole kiosk UI with the OCR engine and the face stack loaded. The bench's own
work is freed before the kiosk's part starts, so that it does not count as the kiosk's: the
200 rendered scenes of the card phase and the face pairs' matcher are dropped and their heap
given back to the system (glibc ``malloc_trim``) after their phase, and so are the
temporaries of rendering the UI's card-camera frames (the frames themselves stay, as a
camera's buffers would). ``memory_mib_by_phase``: VmRSS, VmHWM (the peak so far), RssAnon
and RssFile at the end of each phase, MiB; ``ui_peak_rss_mib``: the largest VmRSS seen
during the UI phase (sampled every 10 ms, or its VmHWM when the UI phase raised the
process's peak).

**The face path through the real UI** (``--ui-people N``, default 10; 0 skips it): the real
kiosk (offscreen Qt, real screens, host, machine and encrypted SQLite store) with the
in-process virtual My Number card whose photo is one of the shared faces, a card camera
playing that card's face rendered in memory, and a face camera playing another photo of the
same person (for the first person only, a frame with nobody in it comes first: the
detector's largest working set, see ``_FaceCamera``); the real RapidOCR and dlib on the
kiosk's camera worker. Each person places the card, agrees and is confirmed by the face:
``card_to_confirm_ms_p95`` is the machine time from the card detected to the confirmation
screen (the person's own time, the touch on "Agree", is not counted; goal at most 3000 ms),
``ui_touches`` the touches to the recorded check-in (goal 2), ``ui_face_checks`` the
records' face_check outcomes.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import itertools
import json
import os
import random
import resource
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.camera.card_face import (  # noqa: E402
    CardFaceReader,
    CodeBAgreement,
    RapidOcrRecognizer,
    TesseractRecognizer,
    TextRecognizer,
)
from kiosk.camera.synthetic import (  # noqa: E402
    Degradation,
    face_photo,
    random_degradation,
    random_identity,
    render_card_face,
    render_scene,
)

FACES = ROOT.parent / "shared" / "faces"
TODAY = date(2026, 12, 4)
REQUIRED = 3
MAX_FRAMES = 6


def _p(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 1)


def _photos() -> list[Path]:
    return sorted(FACES.glob("*/*.jpg"))


def bench_cards(recognizer: TextRecognizer, cards: int, seed: int) -> dict[str, Any]:
    reader = CardFaceReader(recognizer, today=lambda: TODAY)
    rng = random.Random(seed)
    photos: list[Any] = [face_photo(path) for path in _photos()] or [None]
    frames = exact = frames_wrong = read_right = confident_wrong = 0
    frame_ms: list[float] = []
    placement_ms: list[float] = []
    problems: dict[str, int] = {}
    for _ in range(cards):
        identity = random_identity(rng, today=TODAY)
        face = render_card_face(identity, rng.choice(photos))
        view = random_degradation(rng)
        truth = (identity.birth_date, identity.expiry.year, identity.security_code)
        agreement = CodeBAgreement(required=REQUIRED, max_frames=MAX_FRAMES)
        outcome = None
        spent = 0.0
        while outcome is None:
            jitter = Degradation(
                **{**view.__dict__, "rotation": view.rotation + rng.uniform(-1.5, 1.5)}
            )
            frame = render_scene(face, jitter, random.Random(rng.randrange(2**32)))
            started = time.perf_counter()
            reading = reader.read(frame)
            elapsed = (time.perf_counter() - started) * 1000
            del frame
            frame_ms.append(elapsed)
            spent += elapsed
            frames += 1
            got = reading.fields
            if got and (got.birth_date, got.expiry_year, got.security_code) == truth:
                exact += 1
            elif got and reading.problem is None:
                frames_wrong += 1
            outcome = agreement.add(reading)
        placement_ms.append(spent)
        if outcome.fields is None:
            key = outcome.problem.value if outcome.problem else "none"
            problems[key] = problems.get(key, 0) + 1
        elif (
            outcome.fields.birth_date,
            outcome.fields.expiry_year,
            outcome.fields.security_code,
        ) == truth:
            read_right += 1
        else:
            confident_wrong += 1
    return {
        "cards": cards,
        "frames": frames,
        "ocr_exact_rate": round(exact / frames, 4) if frames else None,
        "card_read_rate": round(read_right / cards, 4) if cards else None,
        "confident_wrong": confident_wrong,
        "tries_spent_per_100": round(100 * confident_wrong / cards, 2) if cards else None,
        "frames_confident_wrong": frames_wrong,
        "unread_by_problem": problems,
        "ocr_ms_p50": _p(frame_ms, 0.5),
        "ocr_ms_p95": _p(frame_ms, 0.95),
        "placement_ms_p95": _p(placement_ms, 0.95),
    }


def bench_faces() -> dict[str, Any]:
    from kiosk.camera.device import decode_image_bytes
    from kiosk.camera.synthetic import card_photo_jp2
    from kiosk.face.matcher import DlibFaceMatcher, decode_card_photo

    started = time.perf_counter()
    matcher = DlibFaceMatcher()
    load_ms = (time.perf_counter() - started) * 1000
    images = {path: decode_image_bytes(path.read_bytes()) for path in _photos()}
    cards = {
        path: decode_card_photo(card_photo_jp2(image, matcher.face_locations(image)[0]))
        for path, image in images.items()
    }
    genuine = impostor = false_accepts = false_rejects = 0
    ms: list[float] = []
    outcomes: dict[str, int] = {}
    for card_path, card in cards.items():
        for frame_path, frame in images.items():
            if frame_path == card_path:
                continue
            started = time.perf_counter()
            result = matcher.compare(card, frame)
            ms.append((time.perf_counter() - started) * 1000)
            outcomes[result.outcome.value] = outcomes.get(result.outcome.value, 0) + 1
            if frame_path.parent == card_path.parent:
                genuine += 1
                false_rejects += not result.matched
            else:
                impostor += 1
                false_accepts += result.matched
    return {
        "face_model_load_ms": round(load_ms, 1),
        "face_match_ms_p50": _p(ms, 0.5),
        "face_match_ms_p95": _p(ms, 0.95),
        "genuine_pairs": genuine,
        "impostor_pairs": impostor,
        "false_accepts": false_accepts,
        "false_rejects": false_rejects,
        "face_outcomes": outcomes,
    }


def bench_ui(recognizer: TextRecognizer, people: int) -> dict[str, Any]:
    """The face path through the real kiosk UI (see the module's text)."""
    import dataclasses
    import statistics

    import numpy as np

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.flow import percentile, scratch_home, started_on_idle
    from kiosk.camera.device import decode_image_bytes
    from kiosk.camera.synthetic import card_photo_jp2
    from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
    from kiosk.cards.virtual.profile import sample
    from kiosk.clock import SystemClock
    from kiosk.face.matcher import DlibFaceMatcher
    from kiosk.flow.contract import Step
    from kiosk.settings import CameraMode, Settings
    from kiosk.store import KeyFileProvider, RecordStore
    from kiosk.ui.app import KioskApp, Services
    from kiosk.ui.demo import SampleCamera, card_camera_frames

    card_photo, same_person = FACES / "obama" / "1.jpg", FACES / "obama" / "2.jpg"
    base = sample("jpki_test_card")
    photo = face_photo(card_photo)
    card_frames = card_camera_frames(base, photo)
    person = decode_image_bytes(same_person.read_bytes())
    # What the face camera sees before anyone looks into it: no face, so the detector's
    # second, larger pass runs (the 480-px frame enlarged four times in each direction: the
    # face stack's largest working set, kept by the camera worker's heap afterwards). A
    # kiosk meets such frames all day; the first person meets one here, so the peak has it.
    nobody = np.clip(np.random.default_rng(0).normal(100, 12, person.shape), 0, 255)
    face_camera = _FaceCamera(nobody.astype(np.uint8), person)
    # The rendering's temporaries (float64 copies of each 1280x720 frame) are the bench's
    # stand-in for a camera, not the kiosk's: given back before the kiosk starts.
    release_memory()
    matcher = DlibFaceMatcher()
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    with scratch_home() as home:
        # The card's photo made like a card's (face crop, greyscale, JPEG 2000): input of the
        # virtual card, in the throw-away folder (removed at the end).
        photo_file = home / "card-photo.jp2"
        photo_file.write_bytes(card_photo_jp2(photo, matcher.face_locations(photo)[0]))
        base = dataclasses.replace(base, face_image=str(photo_file))
        settings = Settings()
        settings.shelter.name = "ベンチマーク避難所"
        settings.shelter.shelter_id = "BENCH"
        settings.shelter.terminal_id = "BENCH-T"
        settings.store.database = str(home / "kiosk.sqlite3")
        settings.camera.mode = CameraMode.CARD_FACE_AND_FACE.value
        settings.camera.face_camera = "1"
        clock = SystemClock()
        cards = InProcessCardReaderService()
        store = RecordStore(settings.database_path(), KeyFileProvider(home / "store.key"), clock)
        services = Services(
            cards=cards,
            monitor=InProcessCardMonitor(cards),
            recorder=store,
            clock=clock,
            card_camera=SampleCamera(lambda: card_frames),
            face_camera=face_camera,
            card_face_reader=CardFaceReader(recognizer, today=lambda: TODAY),
            face_matcher=matcher,
        )
        kiosk = KioskApp(settings, services, require_login=False, height=800)
        try:
            driver = started_on_idle(kiosk)
            # The steps shown, in order, with when (the stages of the machine time).
            shown: list[tuple[Step, float]] = []
            kiosk.host.view_changed.connect(
                lambda view: shown.append((view.step, time.perf_counter()))
            )
            stages: dict[str, list[float]] = {"card_face": [], "card_read": [], "face_match": []}
            machine_ms: list[float] = []
            touches: list[int] = []
            for index in range(people):
                driver.touches = 0
                shown.clear()
                cards.insert(dataclasses.replace(base, name=f"避難\u3000太郎{index:03d}"))
                machine = driver.wait(driver.at(Step.CONSENT))
                driver.click("agree")
                machine += driver.wait(driver.at(Step.CONFIRM), timeout_ms=60_000)
                machine_ms.append(machine * 1000)
                for name, duration in _stages(shown).items():
                    stages[name].append(duration)
                driver.click("correct")
                driver.wait(driver.at(Step.DONE))
                touches.append(driver.touches)
                cards.remove()
                driver.click("ok", count=False)
                driver.wait(driver.at(Step.IDLE))
            checks: dict[str, int] = {}
            for event_id in store.event_ids():
                event = store.get_event(event_id)
                if event is not None:
                    checks[event.face_check.value] = checks.get(event.face_check.value, 0) + 1
        finally:
            kiosk.shutdown()
            kiosk.window.close()
            store.close()
    return {
        "ui_people": people,
        "card_to_confirm_ms_median": round(statistics.median(machine_ms), 1),
        "card_to_confirm_ms_p95": round(percentile(machine_ms, 0.95), 1),
        "ui_touches": max(touches),
        "ui_face_checks": checks,
        # The stages of the machine time (medians): the camera reading the card face, the
        # card read (facts and photo), the face match.
        **{
            f"ui_{name}_ms_median": round(statistics.median(values), 1) if values else None
            for name, values in stages.items()
        },
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


class _FaceCamera:
    """The UI phase's face camera: at its first opening (the first person) a frame with
    nobody in it comes first, then the person; at every later one the person at once (so
    the timings of the others are the face match's alone)."""

    def __init__(self, nobody: Any, person: Any) -> None:
        self._first: list[Any] = [nobody, person]
        self._person = person
        self._frames: list[Any] = []

    def open(self) -> None:
        self._frames, self._first = (self._first or [self._person]), []

    def read(self) -> Any:
        from kiosk.camera.device import CameraError, CameraErrorCode

        if not self._frames:
            raise CameraError(CameraErrorCode.NOT_OPEN, "the camera is not open")
        frame = self._frames[0] if len(self._frames) == 1 else self._frames.pop(0)
        return frame.copy()

    def close(self) -> None:
        self._frames = []


def _stages(shown: list[tuple[Any, float]]) -> dict[str, float]:
    """Milliseconds of each stage after "Agree": the card face read by the camera (CAMERA_CARD
    until the next step), the card read (READING after it), the face match (FACE_CHECK)."""
    from kiosk.flow.contract import Step

    names = {
        Step.CAMERA_CARD: "card_face",
        Step.READING: "card_read",
        Step.FACE_CHECK: "face_match",
    }
    out: dict[str, float] = {}
    # Runs of one step (a new guidance is a new view of the same step): when each began.
    runs = [(step, t) for i, (step, t) in enumerate(shown) if i == 0 or shown[i - 1][0] != step]
    after_camera = False
    for (step, began), (_next, ended) in itertools.pairwise(runs):
        after_camera = after_camera or step is Step.CAMERA_CARD
        if after_camera and step in names and names[step] not in out:
            out[names[step]] = (ended - began) * 1000
    return out


#: The issue's goal, in the stricter of the two readings of "450 MB": decimal megabytes.
PEAK_RSS_GOAL_BYTES = 450_000_000


#: /proc/self/status fields read, and their keys here.
_STATUS_FIELDS = {"VmRSS": "rss", "VmHWM": "hwm", "RssAnon": "anon", "RssFile": "file"}


def memory_mib() -> dict[str, float]:
    """VmRSS (resident now), VmHWM (the process's peak so far) and the resident set's two
    parts, anonymous (the heap: the program's own) and file-backed (mapped libraries: how
    much of a library is mapped depends on the page cache, about 50 MiB more right after
    the venv was installed, see docs/camera.md), in MiB (Linux; empty elsewhere)."""
    figures: dict[str, float] = {}
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in _STATUS_FIELDS:
                    figures[_STATUS_FIELDS[name]] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        pass
    return figures


def release_memory() -> None:
    """Drop the bench's garbage and give its freed heap back to the system: glibc keeps
    freed blocks (and, past its dynamic threshold, even large arrays) resident until
    ``malloc_trim``. The synthetic renderer's fonts go too (a CJK font opened once per
    size, about 20 MiB resident: the bench's and the demo's, never the kiosk's). Only
    between the bench's phases; the kiosk's part never calls it."""
    from kiosk.camera import synthetic

    synthetic._font.cache_clear()
    gc.collect()
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return  # not glibc: nothing to trim
    libc.malloc_trim(0)


class PeakSampler:
    """The largest VmRSS seen while it runs, read every ``interval`` seconds: the peak of
    one phase when an earlier phase holds the process's VmHWM."""

    def __init__(self, interval: float = 0.01) -> None:
        self.peak = 0.0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, memory_mib().get("rss", 0.0))

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, memory_mib().get("rss", 0.0))


def run(cards: int, seed: int, engine: str, faces: bool, ui_people: int = 0) -> dict[str, Any]:
    phases: dict[str, dict[str, float]] = {"start": memory_mib()}
    started = time.perf_counter()
    recognizer: TextRecognizer = (
        TesseractRecognizer() if engine == "tesseract" else RapidOcrRecognizer()
    )
    result: dict[str, Any] = {
        "engine": engine,
        "cpus": os.cpu_count(),
        "ocr_load_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    phases["ocr_loaded"] = memory_mib()
    result.update(bench_cards(recognizer, cards, seed))
    release_memory()
    phases["cards"] = memory_mib()
    if faces and FACES.is_dir():
        result.update(bench_faces())
        release_memory()
        phases["faces"] = memory_mib()
    result["card_to_confirm_ms_p95"] = None
    if ui_people > 0 and FACES.is_dir():
        hwm_before = memory_mib().get("hwm", 0.0)
        with PeakSampler() as sampler:
            result.update(bench_ui(recognizer, ui_people))
        phases["ui"] = memory_mib()
        raised = phases["ui"].get("hwm", 0.0) > hwm_before
        result["ui_peak_rss_mib"] = phases["ui"]["hwm"] if raised else round(sampler.peak, 1)
    peak_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    result["memory_mib_by_phase"] = phases
    result["rss_mib"] = memory_mib().get("rss")
    result["peak_rss_mib"] = round(peak_bytes / 2**20, 1)
    result["peak_rss_mb"] = round(peak_bytes / 1e6, 1)
    result["peak_rss_goal_met"] = peak_bytes <= PEAK_RSS_GOAL_BYTES
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--engine", choices=("rapidocr", "tesseract"), default="rapidocr")
    parser.add_argument("--no-faces", action="store_true", help="skip the face pairs")
    parser.add_argument(
        "--ui-people", type=int, default=10, help="face check-ins through the real UI (0: none)"
    )
    args = parser.parse_args(argv)
    print(json.dumps(run(args.cards, args.seed, args.engine, not args.no_faces, args.ui_people)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
