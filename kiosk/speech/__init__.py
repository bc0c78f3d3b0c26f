"""Voice prompts (pyttsx3 on its own thread) and the Speaker protocol with its Null twin."""

from kiosk.speech.worker import (
    VOICE_FALLBACK,
    NoVoiceError,
    NullSpeaker,
    Speaker,
    SpeechError,
    SpeechUnavailableError,
    SpeechWorker,
    choose_voice,
)

__all__ = [
    "VOICE_FALLBACK",
    "NoVoiceError",
    "NullSpeaker",
    "Speaker",
    "SpeechError",
    "SpeechUnavailableError",
    "SpeechWorker",
    "choose_voice",
]
