"""The one place where the check-in flow's effects are carried out (Qt-free).

:class:`~kiosk.flow.machine.CheckInFlow` returns :class:`~kiosk.flow.contract.Effect` objects;
:class:`EffectPerformer` does what they ask and feeds each outcome back to the machine's
result method, chosen by the effect's type (never by a name). Both hosts use it and differ
only in *where* the work runs:

- :class:`kiosk.flow.runner.FlowRunner` calls :meth:`EffectPerformer.perform` on the calling
  thread (tests, the benchmark, the demo);
- the Qt host (``kiosk.ui.host.FlowHost``) runs :meth:`EffectPerformer.execute` for each
  effect on the thread of its :class:`Lane` and hands the outcome to
  :meth:`EffectPerformer.feed` back on the GUI thread.

One error policy (:meth:`EffectPerformer.feed`): a known error (the effect's ``KioskError``
kind: a :class:`~kiosk.cards.api.CardError` for card I/O, any ``KioskError`` for the store)
goes to the machine's result method as a typed error; anything else is a bug: logged, and the
machine shows out of service.

One card-session rule: ``QueryCardStatus`` opens a session (closing any earlier one) and keeps
it for the PIN/照合番号B tries of the same person; ``ReadCard`` uses that session only (without
one the secret is wiped and never sent), keeps it after a wrong secret (next try), and closes
it after the facts are read or on any other error; ``ClearPersonalData`` closes it. Sessions
are only touched from the :attr:`Lane.CARD` thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Protocol

from kiosk.cards.api import (
    CardError,
    CardPhoto,
    CardReaderService,
    CardSession,
    NoCardError,
    ReadResult,
    Secret,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.errors import KioskError
from kiosk.flow.camera_work import CameraParts, CameraWork, Progress
from kiosk.flow.contract import (
    CameraGuidance,
    ClearPersonalData,
    Effect,
    LookUpOpenCheckIn,
    MatchFace,
    Prompt,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Speak,
    StopSpeaking,
)
from kiosk.flow.machine import CheckInFlow
from kiosk.records import EventRecorder

log = logging.getLogger(__name__)


class Lane(Enum):
    """Where an effect's work runs."""

    CARD = "card"  # card I/O: one thread, the card session lives there
    STORE = "store"  # the record store
    CAMERA = "camera"  # the cameras, the card-face reading and the face match (blocking, CPU)
    NOW = "now"  # quick (speech): on the host's own thread, right away


class Voice(Protocol):
    """Says the flow's prompts (fixed, translated texts: never personal data)."""

    def say(self, prompt: Prompt, language: str) -> None: ...

    def stop(self) -> None: ...


#: A machine's result method, called unbound: ``route(flow, result, token)``.
ResultMethod = Callable[[CheckInFlow, Any, int], list[Effect]]


@dataclass(frozen=True)
class _Route:
    lane: Lane
    #: The errors that are a known outcome of this effect (fed to ``result``); others are bugs.
    known: type[KioskError]
    #: The machine's method that takes the outcome; None: the effect has no result.
    result: ResultMethod | None = None


def _read_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.read_result(result, token=token)


def _card_status_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.card_status_result(result, token=token)


def _open_check_in_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.open_check_in_result(result, token=token)


def _save_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.save_result(result, token=token)


def _card_face_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.card_face_result(result, token=token)


def _face_result(flow: CheckInFlow, result: Any, token: int) -> list[Effect]:
    return flow.face_result(result, token=token)


#: Every effect type, where it runs and where its outcome goes. Keyed by type: a renamed
#: effect or result method is caught by mypy, and a new effect without a route fails loudly.
ROUTES: dict[type[Effect], _Route] = {
    QueryCardStatus: _Route(Lane.CARD, CardError, _card_status_result),
    ReadCard: _Route(Lane.CARD, CardError, _read_result),
    LookUpOpenCheckIn: _Route(Lane.STORE, KioskError, _open_check_in_result),
    SaveEvent: _Route(Lane.STORE, KioskError, _save_result),
    ReadCardFace: _Route(Lane.CAMERA, KioskError, _card_face_result),
    MatchFace: _Route(Lane.CAMERA, KioskError, _face_result),
    ClearPersonalData: _Route(Lane.CARD, KioskError),
    Speak: _Route(Lane.NOW, KioskError),
    StopSpeaking: _Route(Lane.NOW, KioskError),
}


_IO_EFFECTS = (QueryCardStatus, ReadCard, LookUpOpenCheckIn, SaveEvent, ReadCardFace, MatchFace)


def _route(effect: Effect) -> _Route:
    try:
        return ROUTES[type(effect)]
    except KeyError:
        raise TypeError(f"no route for the effect {type(effect).__name__}") from None


class EffectPerformer:
    """Carries out effects against the card reader, the record store and a voice."""

    def __init__(
        self,
        cards: CardReaderService,
        recorder: EventRecorder,
        voice: Voice,
        *,
        reader: str | None = None,
        camera: CameraParts | None = None,
    ) -> None:
        self._cards = cards
        self._recorder = recorder
        self._voice = voice
        self._reader = reader or None
        self._session: CardSession | None = None  # touched on the card lane only
        self._camera = CameraWork(camera or CameraParts())

    @property
    def has_session(self) -> bool:
        """Whether a card session is open (the card powered and maybe verified)."""
        return self._session is not None

    @staticmethod
    def lane(effect: Effect) -> Lane:
        return _route(effect).lane

    # -- the work (on the effect's lane) ----------------------------------------------------

    def execute(self, effect: Effect, progress: Progress | None = None) -> object:
        """Do the work of ``effect`` (blocking for card, store and camera effects) and return
        its result; raise what the device or the store raised. ``progress`` gets the camera
        effects' guidance (on this thread: the host forwards it to ``flow.camera_guidance``
        with the effect's token)."""
        if isinstance(effect, ReadCardFace):
            return self._camera.read_card_face(progress)
        if isinstance(effect, MatchFace):
            return self._camera.match_face(effect.photo, progress)
        if isinstance(effect, QueryCardStatus):
            return self._query_status()
        if isinstance(effect, ReadCard):
            return self._read(effect)
        if isinstance(effect, LookUpOpenCheckIn):
            return self._recorder.open_check_in(effect.person, effect.shelter_id)
        if isinstance(effect, SaveEvent):
            self._recorder.record(effect.event)
            return None
        if isinstance(effect, ClearPersonalData):
            self._camera.cancel()
            self.close_session()
            return None
        if isinstance(effect, Speak):
            self._voice.say(effect.prompt_id, effect.language)
            return None
        if isinstance(effect, StopSpeaking):
            self._voice.stop()
            return None
        raise TypeError(f"unknown effect {type(effect).__name__}")

    def _query_status(self) -> object:
        self.close_session()
        try:
            self._session = self._cards.open(self._reader)
            return self._session.status()
        except BaseException:
            self.close_session()
            raise

    def _read(self, effect: ReadCard) -> ReadResult:
        # The read uses the session whose status (retry counter) the machine checked;
        # without one there is no card to send a secret to.
        session = self._session
        if session is None:
            effect.secret.wipe()
            if effect.photo_secret is not None:
                effect.photo_secret.wipe()
            raise NoCardError("no card session")
        try:
            result = self._read_on(session, effect)
        except WrongSecretError:
            raise  # same card, next try
        except BaseException:
            self.close_session()
            raise
        # The facts are in memory: power the card down so nothing stays verified while the
        # person looks at the confirm screen.
        self.close_session()
        return result

    @staticmethod
    def _read_on(session: CardSession, effect: ReadCard) -> ReadResult:
        """The read ``effect`` asks for: the facts, and the photo for the face match."""
        photo_secret = effect.photo_secret
        try:
            if effect.with_photo:
                read_with_photo = getattr(session, "read_with_photo", None)
                if read_with_photo is None:  # a licence: no photo application
                    result = session.read_basic_info(effect.kind, effect.secret)
                    return replace(result, photo_error=UnsupportedCardError("no photo here"))
                return read_with_photo(effect.secret)  # type: ignore[no-any-return]
            result = session.read_basic_info(effect.kind, effect.secret)
            if photo_secret is None:
                return result
            return _with_photo_after_pin(session, result, photo_secret)
        finally:
            if photo_secret is not None:
                photo_secret.wipe()

    def close_session(self) -> None:
        """Power the card down (card lane only); a failing close is logged, not raised."""
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()
            except Exception:  # a card pulled mid-close: nothing left to drop
                log.warning("closing the card session failed", exc_info=True)

    # -- the outcome (on the host's thread) -------------------------------------------------

    def feed(
        self,
        flow: CheckInFlow,
        effect: Effect,
        result: object = None,
        error: BaseException | None = None,
    ) -> list[Effect]:
        """Give the outcome of ``effect`` to ``flow`` (the one error policy)."""
        route = _route(effect)
        name = type(effect).__name__
        if error is not None and not isinstance(error, route.known):
            if not isinstance(error, Exception):
                raise error  # KeyboardInterrupt, SystemExit: not ours to swallow
            log.error("flow: %s failed (a bug)", name, exc_info=error)
            return flow.bug(error)
        if isinstance(error, KioskError):
            log.info("flow: %s -> %s", name, error.code)
        if route.result is None or not isinstance(effect, _IO_EFFECTS):
            return []
        return route.result(flow, error if error is not None else result, effect.token)

    def perform(self, flow: CheckInFlow, effect: Effect) -> list[Effect]:
        """Do ``effect`` here and now and feed its outcome to ``flow`` (a camera effect's
        guidance too, as it comes: the flow only updates its view)."""
        progress: Progress | None = None
        if isinstance(effect, ReadCardFace | MatchFace):
            token = effect.token

            def progress(guidance: CameraGuidance) -> None:
                flow.camera_guidance(guidance, token=token)

        try:
            result = self.execute(effect, progress)
        except Exception as exc:
            return self.feed(flow, effect, error=exc)
        return self.feed(flow, effect, result)


def _with_photo_after_pin(session: CardSession, result: ReadResult, secret: Secret) -> ReadResult:
    """PIN then face: the photo's application opened with the card face's 照合番号B (it takes
    no PIN: idcards.md §2.2), after the PIN read the facts, through the card layer's
    ``read_photo(secret) -> (photo, error)`` (``MyNumberSession.read_photo``: its counter
    first, one VERIFY, under the guard); a session without it (not a My Number card) gives
    ``photo_error``, and the PIN's read stands either way."""
    read_photo = getattr(session, "read_photo", None)
    if read_photo is None:
        return replace(result, photo_error=UnsupportedCardError("photo read after the PIN"))
    photo, problem = read_photo(secret)
    if photo is not None and not isinstance(photo, CardPhoto):
        raise TypeError("read_photo returned no CardPhoto")
    return replace(result, photo=photo, photo_error=problem)


class PlainSpeaker(Protocol):
    def speak(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...


class TextVoice:
    """A :class:`Voice` over a plain speaker (``speak(text, language)``)."""

    def __init__(self, speaker: PlainSpeaker, prompt_text: Callable[[Prompt, str], str]) -> None:
        self._speaker = speaker
        self._prompt_text = prompt_text

    def say(self, prompt: Prompt, language: str) -> None:
        self._speaker.speak(self._prompt_text(prompt, language), language)

    def stop(self) -> None:
        self._speaker.stop()
