"""Spoken やさしい日本語 gets the readings, never the kanji or the furigana marks: checked on
what the real espeak-ng renders (as long as the reading written out; espeak-ng reads each
kanji as the English words "Chinese letter", which is much longer) and on what the player is
handed by speak(). espeak-ng's audio differs by a few samples between runs, so lengths are
compared, not bytes."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.speech import SpeechWorker
from kiosk.speech.worker import SubprocessPlayer, spoken_text

MARKED = "画面《がめん》に さわらないと、30秒《びょう》で 消《き》えます。"
READING = "がめんに さわらないと、30びょうで きえます。"
KANJI = "画面に さわらないと、30秒で 消えます。"


class CapturingPlayer(SubprocessPlayer):
    """Plays nothing; keeps the audio it was handed."""

    def __init__(self) -> None:
        super().__init__([sys.executable, "-c", "pass"])
        self.audio: list[bytes] = []
        self.played = threading.Event()

    def start(self, path: Path) -> None:
        self.audio.append(path.read_bytes())
        super().start(path)
        self.played.set()


@pytest.fixture
def player() -> CapturingPlayer:
    return CapturingPlayer()


@pytest.fixture
def worker(player: CapturingPlayer) -> Iterator[SpeechWorker]:
    speech = SpeechWorker(player=player)
    if not speech.has_voice("ja_easy"):
        speech.close()
        pytest.skip("no Japanese espeak-ng voice")
    yield speech
    speech.close()


def test_the_voice_gets_the_readings_only() -> None:
    assert spoken_text(MARKED, "ja_easy") == READING
    # 《》 are book-title marks in Chinese: only languages with furigana lose them.
    assert spoken_text("请看《说明》", "zh_CN") == "请看《说明》"
    assert spoken_text(KANJI, "ja_easy") == KANJI
    # A broken translation still never reaches the voice with its marks.
    assert spoken_text("画面《がめん", "ja_easy") == "画面がめん"


def test_synthesized_marked_text_sounds_like_its_reading(
    worker: SpeechWorker, tmp_path: Path
) -> None:
    for name, text in (("marked", MARKED), ("reading", READING), ("kanji", KANJI)):
        worker.synthesize_to_file(text, "ja_easy", tmp_path / f"{name}.wav")
    size = {
        name: (tmp_path / f"{name}.wav").stat().st_size for name in ("marked", "reading", "kanji")
    }
    assert abs(size["marked"] - size["reading"]) < 0.02 * size["reading"], size
    assert size["kanji"] > 1.15 * size["reading"], size


def test_speak_hands_the_player_the_reading(
    worker: SpeechWorker, player: CapturingPlayer, tmp_path: Path
) -> None:
    worker.synthesize_to_file(READING, "ja_easy", tmp_path / "reading.wav")
    worker.speak(MARKED, "ja_easy")
    assert player.played.wait(30)
    reading = (tmp_path / "reading.wav").stat().st_size
    assert len(player.audio) == 1
    assert abs(len(player.audio[0]) - reading) < 0.02 * reading
