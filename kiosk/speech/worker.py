"""Voice prompts: pyttsx3 on its own thread, and a player that can be cut off at once.

pyttsx3 2.99 on Linux (driver ``espeak``) behaves like this, which shapes the design:

- libespeak-ng is initialised once per process in *retrieval* mode: ``runAndWait()``
  synthesises the whole utterance into memory, and only then the driver plays it by running
  ``aplay`` with ``os.system`` *inside the synthesis callback*. That playback cannot be
  stopped (``engine.stop()`` only cancels synthesis), and it fails silently without aplay.
- ``pyttsx3.init()`` caches one engine per driver name, and the espeak driver keeps global
  state (one synth callback for the process). Engines must not be shared between threads,
  and ``runAndWait()`` must not be re-entered.
- ``save_to_file()`` + ``runAndWait()`` works repeatedly on one long-lived thread (the
  "speaks only once" reports in the pyttsx3 tracker concern ``say()`` and other drivers).
  The driver prints "Audio saved to ..." on stdout, and an exception raised in its callback
  (an unwritable path) is swallowed by ctypes and leaves ``runAndWait()`` looping forever.

So the worker uses pyttsx3 only to *synthesise* each prompt to a WAV file in a private temp
folder (a path that is always writable), then plays the file with a player process that
``stop()`` can kill at once. On Windows (SAPI5) the same split works; the file is played
with ``winsound``, stopped with a purge. Prompts are short, so synthesis adds little delay.

Voices: each kiosk language maps to an ordered list of voice language tags
(:data:`VOICE_FALLBACK`). If none is installed the worker stays silent for that language
rather than read Japanese text with an English voice, and reports it via
:meth:`SpeechWorker.missing_voices` so the self-test can say so.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk import furigana
from kiosk.errors import KioskError
from kiosk.languages import LANGUAGES

log = logging.getLogger(__name__)

#: Voice language tags to try, best first, per kiosk language (kiosk/languages.py). Never
#: another language: Easy Japanese is read by a Japanese voice, Brazilian Portuguese falls
#: back to European Portuguese, simplified Chinese to any Mandarin voice.
VOICE_FALLBACK: dict[str, tuple[str, ...]] = {lang.code: lang.voice_tags for lang in LANGUAGES}
#: Words in voice *names* per language, for drivers that report no usable language tag
#: (SAPI5 voices are named like "Microsoft Haruka Desktop - Japanese").
_NAME_HINTS: dict[str, tuple[str, ...]] = {lang.code: lang.voice_name_hints for lang in LANGUAGES}
#: Languages whose texts carry furigana marks (やさしい日本語).
_RUBY = frozenset(lang.code for lang in LANGUAGES if lang.ruby)


def spoken_text(text: str, language: str) -> str:
    """What the voice is given: in a language with furigana, each reading in place of its
    kanji and never a mark (espeak-ng reads a kanji as the English "Chinese letter")."""
    if language not in _RUBY or not furigana.has_ruby(text):
        return text
    try:
        return furigana.spoken(text)
    except furigana.FuriganaError:
        return text.translate(str.maketrans("", "", "".join(furigana.MARKS)))


def reads_kanji() -> bool:
    """Whether this platform's engine reads Japanese kanji: Windows' SAPI5 Japanese voices
    (Haruka, Ayumi, ...) do; espeak-ng, the engine on Linux, reads each kanji as the English
    words "Chinese letter" and only kana as Japanese."""
    return not sys.platform.startswith("linux")


#: Words per minute. Slower than espeak's 175 for elderly listeners and second-language
#: speakers; a prompt is one or two short sentences.
DEFAULT_RATE = 150


class SpeechError(KioskError):
    code = "speech_error"


class SpeechUnavailableError(SpeechError):
    """No speech engine could be started (no espeak-ng / SAPI5)."""

    code = "speech_unavailable"


class NoVoiceError(SpeechError):
    """No installed voice speaks this language."""

    code = "no_voice"


class Speaker(Protocol):
    """What the UI and the flow runner need from a voice."""

    def speak(self, text: str, language: str) -> None:
        """Say ``text`` now, cutting off whatever is being said. Never blocks."""

    def stop(self) -> None:
        """Stop talking now. Never blocks."""

    def close(self) -> None:
        """Stop and release the engine."""

    def has_voice(self, language: str) -> bool:
        """Whether prompts in ``language`` will actually be heard."""


class NullSpeaker:
    """The speaker when voice is off, or in tests: says nothing."""

    def speak(self, text: str, language: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass

    def has_voice(self, language: str) -> bool:
        return False


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]


def _norm(tag: str) -> str:
    return tag.strip().lower().replace("_", "-")


def choose_voice(voices: Sequence[VoiceInfo], language: str) -> VoiceInfo | None:
    """The best voice for a kiosk language by :data:`VOICE_FALLBACK`, or None."""
    tags = VOICE_FALLBACK.get(language, (_norm(language),))
    for tag in tags:
        for voice in voices:
            if tag in {_norm(x) for x in voice.languages}:
                return voice
        for voice in voices:
            # "pt" matches "pt-pt" but "ko" must not match "kok" (Konkani).
            if any(_norm(x).startswith(tag + "-") for x in voice.languages):
                return voice
    for hint in _NAME_HINTS.get(language, ()):
        for voice in voices:
            if hint in voice.name.lower():
                return voice
    return None


# ---------------------------------------------------------------------------------------------
# Players: start() returns at once, wait() blocks until the end, stop() (any thread) cuts
# the sound short. Starting and waiting are separate so the worker can start a prompt under
# the same lock speak()/stop() take: a stop can then never slip in between "is this prompt
# still current?" and the sound starting.


class Player(Protocol):
    def start(self, path: Path) -> None:
        """Start playing the WAV file."""

    def wait(self) -> None:
        """Block until the sound started last has ended or was stopped."""

    def stop(self) -> None:
        """Cut the current sound short (thread-safe; no-op when idle)."""


class SubprocessPlayer:
    """Plays through a command line (``aplay -q FILE``); stop() kills the process."""

    def __init__(self, command: Sequence[str]) -> None:
        self._command = list(command)
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, path: Path) -> None:
        process = subprocess.Popen(
            [*self._command, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        with self._lock:
            self._process = process

    def wait(self) -> None:
        with self._lock:
            process = self._process
        if process is not None:
            process.wait()
            with self._lock:
                if self._process is process:
                    self._process = None

    def stop(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


class WinsoundPlayer:  # pragma: no cover - Windows only
    """Plays asynchronously with winsound and waits the file's length; stop() purges."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._seconds = 0.0

    def start(self, path: Path) -> None:
        winsound: Any = importlib.import_module("winsound")

        with wave.open(str(path), "rb") as wav:
            self._seconds = wav.getnframes() / float(wav.getframerate() or 1)
        self._done.clear()
        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)

    def wait(self) -> None:
        self._done.wait(self._seconds + 0.2)

    def stop(self) -> None:
        winsound: Any = importlib.import_module("winsound")

        winsound.PlaySound(None, winsound.SND_PURGE)
        self._done.set()


class SilentPlayer:
    """No audio output found: synthesis still works (self-test), nothing is heard."""

    def start(self, path: Path) -> None:
        pass

    def wait(self) -> None:
        pass

    def stop(self) -> None:
        pass


def default_player() -> Player:
    """aplay (ALSA), then paplay (PulseAudio/PipeWire), then sox's play; else silent."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return WinsoundPlayer()
    for command in (["aplay", "-q"], ["paplay"], ["play", "-q"]):
        if shutil.which(command[0]):
            return SubprocessPlayer(command)
    log.warning("speech: no audio player found (aplay, paplay, play); prompts are silent")
    return SilentPlayer()


# ---------------------------------------------------------------------------------------------
# The worker


def _default_engine_factory() -> Any:
    import pyttsx3  # only the worker thread may create the engine

    driver = "espeak" if sys.platform.startswith("linux") else None
    return pyttsx3.init(driver)


def _settle(engine: Any) -> None:
    """Wait until the espeak driver has really written the file.

    The espeak driver initialises libespeak-ng in AUDIO_OUTPUT_RETRIEVAL mode, which is
    *asynchronous*: ``runAndWait()`` returns once synthesis has started and the WAV file is
    written later from espeak's own thread (the "Espeak returns early" report, pyttsx3 #219).
    ``espeak_Synchronize`` returns when every callback of the utterance has run.
    """
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if type(driver).__name__ != "EspeakDriver":
        return  # SAPI5 / NSSS write the file before runAndWait returns
    espeak: Any = importlib.import_module("pyttsx3.drivers._espeak")
    espeak.Synchronize()


@dataclass
class _Speak:
    generation: int
    text: str
    language: str


@dataclass
class _Synthesize:
    text: str
    language: str
    path: Path
    done: Future[None]


@dataclass
class _Voices:
    done: Future[list[VoiceInfo]]


class _Close:
    pass


_Job = _Speak | _Synthesize | _Voices | _Close


class SpeechWorker:
    """Owns a pyttsx3 engine on one thread; ``speak`` replaces whatever is being said."""

    def __init__(
        self,
        *,
        player: Player | None = None,
        engine_factory: Callable[[], Any] = _default_engine_factory,
        rate: int = DEFAULT_RATE,
    ) -> None:
        self._player = player or default_player()
        self._engine_factory = engine_factory
        self._rate = rate
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._cond = threading.Condition()
        self._generation = 0
        self._speaking = False
        #: Jobs queued and not finished yet (the queue alone cannot tell "taken, running").
        self._pending = 0
        self._missing: set[str] = set()
        self._error: str | None = None
        self._closed = False
        self._tmp = Path(tempfile.mkdtemp(prefix="kiosk-speech-"))
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # -- public API (any thread) --------------------------------------------------------------

    def speak(self, text: str, language: str) -> None:
        with self._cond:
            if self._closed:
                return
            self._generation += 1
            generation = self._generation
        self._player.stop()
        if text.strip():
            self._put(_Speak(generation, spoken_text(text, language), language))

    def stop(self) -> None:
        with self._cond:
            self._generation += 1
        self._player.stop()

    def close(self, timeout: float = 5.0) -> None:
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._generation += 1
        self._player.stop()
        self._jobs.put(_Close())
        self._thread.join(timeout)
        shutil.rmtree(self._tmp, ignore_errors=True)

    @property
    def speaking(self) -> bool:
        """True while a prompt is being synthesised or played."""
        with self._cond:
            return self._speaking

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is queued or playing; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._speaking and not self._pending, timeout)

    def wait_speaking(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._speaking, timeout)

    @property
    def error(self) -> str | None:
        """Why the engine could not start, if it could not (for the self-test)."""
        with self._cond:
            return self._error

    def missing_voices(self) -> frozenset[str]:
        """Languages asked for so far that have no voice (they were not spoken)."""
        with self._cond:
            return frozenset(self._missing)

    def voices(self, timeout: float = 10.0) -> list[VoiceInfo]:
        done: Future[list[VoiceInfo]] = Future()
        self._put(_Voices(done))
        return done.result(timeout)

    def voice_for(self, language: str, timeout: float = 10.0) -> VoiceInfo | None:
        return choose_voice(self.voices(timeout), language)

    def describe(self, languages: Sequence[str], timeout: float = 10.0) -> dict[str, Any]:
        """For the self-test: engine state and the voice chosen for each language (or None)."""
        try:
            voices = self.voices(timeout)
        except SpeechError as exc:
            return {"ok": False, "error": exc.message, "voices": {}, "missing": list(languages)}
        chosen = {language: choose_voice(voices, language) for language in languages}
        return {
            "ok": True,
            "error": None,
            "voices": {lang: (v.id if v else None) for lang, v in chosen.items()},
            "missing": sorted(lang for lang, v in chosen.items() if v is None),
        }

    def has_voice(self, language: str) -> bool:
        try:
            return self.voice_for(language) is not None
        except SpeechError:
            return False

    def synthesize_to_file(
        self, text: str, language: str, path: Path, timeout: float = 30.0
    ) -> None:
        """Write ``text`` spoken in ``language`` as a WAV file (for tests and the self-test).

        Raises NoVoiceError / SpeechUnavailableError.
        """
        done: Future[None] = Future()
        self._put(_Synthesize(spoken_text(text, language), language, Path(path), done))
        done.result(timeout)

    def _put(self, job: _Job) -> None:
        with self._cond:
            self._pending += 1
        self._jobs.put(job)

    # -- the worker thread ----------------------------------------------------------------------

    def _run(self) -> None:
        engine: Any = None
        voices: list[VoiceInfo] = []
        try:
            engine = self._engine_factory()
            engine.setProperty("rate", self._rate)
            voices = [
                VoiceInfo(
                    id=str(v.id),
                    name=str(v.name or ""),
                    languages=tuple(str(x) for x in (v.languages or ()) if x),
                )
                for v in engine.getProperty("voices")
            ]
        except Exception as exc:  # the engine is optional: the kiosk works without voice
            log.warning("speech engine unavailable: %s", type(exc).__name__)
            with self._cond:
                self._error = f"{type(exc).__name__}: {exc}"
            engine = None
        while True:
            job = self._jobs.get()
            if isinstance(job, _Close):
                break
            try:
                if isinstance(job, _Voices):
                    if engine is None:
                        job.done.set_exception(SpeechUnavailableError(self._error))
                    else:
                        job.done.set_result(list(voices))
                elif isinstance(job, _Synthesize):
                    self._synthesize_job(engine, voices, job)
                else:
                    self._speak_job(engine, voices, job)
            except Exception:
                log.exception("speech worker: unexpected error")
            finally:
                with self._cond:
                    self._pending -= 1
                    self._cond.notify_all()
        with contextlib.suppress(Exception):
            if engine is not None:
                engine.stop()

    def _render(self, engine: Any, voice: VoiceInfo, text: str, name: str) -> Path:
        """Synthesise into the private temp folder (always writable: see module notes)."""
        target = self._tmp / name
        target.unlink(missing_ok=True)
        engine.setProperty("voice", voice.id)
        engine.save_to_file(text, str(target))
        # The espeak driver prints "Audio saved to ..."; keep stdout clean for --self-test.
        with contextlib.redirect_stdout(io.StringIO()):
            engine.runAndWait()
            _settle(engine)
        if not target.exists():
            raise SpeechError("the speech engine wrote no audio")
        return target

    def _synthesize_job(self, engine: Any, voices: list[VoiceInfo], job: _Synthesize) -> None:
        try:
            if engine is None:
                raise SpeechUnavailableError(self._error)
            voice = choose_voice(voices, job.language)
            if voice is None:
                raise NoVoiceError(f"no voice for {job.language}")
            rendered = self._render(engine, voice, job.text, "synth.wav")
            job.path.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(rendered), job.path)
        except BaseException as exc:
            job.done.set_exception(exc)
        else:
            job.done.set_result(None)

    def _current(self, generation: int) -> bool:
        with self._cond:
            return generation == self._generation and not self._closed

    def _speak_job(self, engine: Any, voices: list[VoiceInfo], job: _Speak) -> None:
        if engine is None or not self._current(job.generation):
            return
        voice = choose_voice(voices, job.language)
        if voice is None:
            with self._cond:
                if job.language not in self._missing:
                    log.warning("speech: no voice for %s; staying silent", job.language)
                self._missing.add(job.language)
            return
        with self._cond:
            self._speaking = True
            self._cond.notify_all()
        try:
            path = self._render(engine, voice, job.text, "prompt.wav")
            with self._cond:
                # A newer speak()/stop() while synthesising: this prompt is out of date.
                if job.generation != self._generation or self._closed:
                    return
                self._player.start(path)
            self._player.wait()
        finally:
            with self._cond:
                self._speaking = False
                self._cond.notify_all()
