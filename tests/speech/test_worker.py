"""SpeechWorker with the real pyttsx3 + espeak-ng: real audio, checked by its samples."""

from __future__ import annotations

import array
import math
import sys
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.speech import (
    NoVoiceError,
    NullSpeaker,
    SpeechUnavailableError,
    SpeechWorker,
    choose_voice,
)
from kiosk.speech.worker import SubprocessPlayer, VoiceInfo

JAPANESE = "カードを読み取り機に置いてください。"
ENGLISH = "Please place your card on the reader."
LONG_ENGLISH = " ".join(["Please place your card on the reader and wait."] * 12)

# A stand-in for aplay with no sound card: it takes as long as the sound lasts, like a player.
PACED_PLAYER = [
    sys.executable,
    "-c",
    "import sys, time, wave; w = wave.open(sys.argv[1]); "
    "time.sleep(w.getnframes() / w.getframerate())",
]


def wav_stats(path: Path) -> tuple[float, float, int]:
    """(duration s, RMS of the 16-bit samples, frame rate)."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        rate = wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    samples = array.array("h", frames)
    assert samples, "no samples"
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return len(samples) / rate, rms, rate


class RecordingPlayer(SubprocessPlayer):
    def __init__(self) -> None:
        super().__init__(PACED_PLAYER)
        self.started = threading.Semaphore(0)
        self.returncodes: list[int | None] = []
        self.starts = 0

    def start(self, path: Path) -> None:
        super().start(path)
        self.starts += 1
        self.started.release()

    def wait(self) -> None:
        process = self._process
        super().wait()
        if process is not None:
            self.returncodes.append(process.returncode)


@pytest.fixture
def player() -> RecordingPlayer:
    return RecordingPlayer()


@pytest.fixture
def worker(player: RecordingPlayer) -> Iterator[SpeechWorker]:
    speech = SpeechWorker(player=player)
    yield speech
    speech.close()


@pytest.mark.parametrize(
    ("language", "text", "min_s", "max_s"),
    [("ja", JAPANESE, 1.0, 15.0), ("en", ENGLISH, 1.0, 6.0), ("ja_easy", JAPANESE, 1.0, 15.0)],
)
def test_synthesized_prompt_is_audible_speech_of_plausible_length(
    worker: SpeechWorker, tmp_path: Path, language: str, text: str, min_s: float, max_s: float
) -> None:
    out = tmp_path / "sub" / f"{language}.wav"
    worker.synthesize_to_file(text, language, out)
    duration, rms, rate = wav_stats(out)
    assert rate == 22050
    assert min_s <= duration <= max_s
    assert rms > 300  # silence is ~0; espeak speech at full volume is in the thousands


def test_japanese_voice_is_japanese_not_english(worker: SpeechWorker) -> None:
    voice = worker.voice_for("ja")
    assert voice is not None and "ja" in voice.languages
    en = worker.voice_for("en")
    assert en is not None and en.id != voice.id


def test_speak_plays_and_stop_interrupts_at_once(
    worker: SpeechWorker, player: RecordingPlayer, tmp_path: Path
) -> None:
    worker.synthesize_to_file(LONG_ENGLISH, "en", tmp_path / "long.wav")
    full_length, _, _ = wav_stats(tmp_path / "long.wav")
    assert full_length > 8
    worker.speak(LONG_ENGLISH, "en")
    assert player.started.acquire(timeout=20)
    assert worker.speaking
    started = time.monotonic()
    worker.stop()
    assert worker.wait_idle(5)
    assert time.monotonic() - started < 3
    assert player.returncodes and player.returncodes[-1] != 0  # killed, not finished


def test_speak_replaces_what_is_being_said(worker: SpeechWorker, player: RecordingPlayer) -> None:
    worker.speak(LONG_ENGLISH, "en")
    assert player.started.acquire(timeout=20)
    worker.speak(ENGLISH, "en")
    assert player.started.acquire(timeout=20)
    assert worker.wait_idle(20)
    assert player.starts == 2
    assert player.returncodes[0] != 0 and player.returncodes[1] == 0


def test_many_quick_prompts_only_the_last_is_heard(
    worker: SpeechWorker, player: RecordingPlayer
) -> None:
    for _ in range(10):
        worker.speak(ENGLISH, "en")
    assert worker.wait_idle(30)
    # Jobs already out of date are skipped; one may have started before the rest arrived.
    assert 1 <= player.starts <= 3
    assert player.returncodes[-1] == 0
    assert all(code != 0 for code in player.returncodes[:-1])


def test_missing_voice_stays_silent_and_is_reported(
    worker: SpeechWorker, player: RecordingPlayer, tmp_path: Path
) -> None:
    worker.speak("Magandang araw", "tl")
    assert worker.wait_idle(10)
    assert player.starts == 0
    assert worker.missing_voices() == {"tl"}
    assert not worker.has_voice("tl")
    with pytest.raises(NoVoiceError):
        worker.synthesize_to_file("Magandang araw", "tl", tmp_path / "tl.wav")
    assert not (tmp_path / "tl.wav").exists()
    # The worker still works afterwards.
    worker.synthesize_to_file(ENGLISH, "en", tmp_path / "en.wav")
    assert wav_stats(tmp_path / "en.wav")[1] > 300


def test_no_engine_means_silence_not_a_crash(tmp_path: Path) -> None:
    def broken() -> object:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    speech = SpeechWorker(player=RecordingPlayer(), engine_factory=broken)
    try:
        speech.speak(ENGLISH, "en")
        assert speech.wait_idle(5)
        assert speech.error is not None and "OSError" in speech.error
        assert not speech.has_voice("en")
        with pytest.raises(SpeechUnavailableError):
            speech.synthesize_to_file(ENGLISH, "en", tmp_path / "x.wav")
    finally:
        speech.close()


def test_speak_after_close_is_ignored(player: RecordingPlayer) -> None:
    speech = SpeechWorker(player=player)
    speech.close()
    speech.speak(ENGLISH, "en")
    speech.stop()
    speech.close()
    assert player.starts == 0


VOICES = [
    VoiceInfo("inc/kok", "Konkani", ("kok",)),
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("roa/pt", "Portuguese (Portugal)", ("pt",)),
    VoiceInfo("sit/cmn", "Chinese (Mandarin)", ("cmn",)),
    VoiceInfo("sapi-haruka", "Microsoft Haruka Desktop - Japanese", ()),
]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "gmw/en-us"),
        ("pt_BR", "roa/pt"),  # no Brazilian voice: European Portuguese
        ("zh_CN", "sit/cmn"),
        ("ja", "sapi-haruka"),  # found by name when the driver gives no language tag
        ("ja_easy", "sapi-haruka"),
        ("ko", None),  # "kok" (Konkani) is not Korean
        ("vi", None),  # no Vietnamese voice: silent, never an English voice
    ],
)
def test_voice_fallback_order(language: str, expected: str | None) -> None:
    voice = choose_voice(VOICES, language)
    assert (voice.id if voice else None) == expected


def test_null_speaker_says_nothing() -> None:
    speaker = NullSpeaker()
    speaker.speak(ENGLISH, "en")
    speaker.stop()
    speaker.close()
    assert not speaker.has_voice("ja")


def test_describe_for_the_self_test(worker: SpeechWorker) -> None:
    from kiosk.settings import LANGUAGES

    report = worker.describe(LANGUAGES)
    assert report["ok"] and report["error"] is None
    assert set(report["voices"]) == set(LANGUAGES)
    assert report["voices"]["ja"] == report["voices"]["ja_easy"] is not None
    assert report["missing"] == sorted(k for k, v in report["voices"].items() if v is None)


def test_describe_without_an_engine() -> None:
    def broken() -> object:
        raise RuntimeError("could not initialize espeak")

    speech = SpeechWorker(player=RecordingPlayer(), engine_factory=broken)
    try:
        report = speech.describe(["ja", "en"])
        assert not report["ok"] and "espeak" in report["error"]
        assert report["missing"] == ["ja", "en"]
    finally:
        speech.close()
