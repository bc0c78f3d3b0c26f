"""FlowHost: owns the Qt-free check-in machine, performs its effects, publishes its view.

The machine (``kiosk.flow.machine.CheckInFlow``) is pure; every input goes through
:meth:`FlowHost.send` as one of its methods (``host.send(CheckInFlow.choose_action,
Action.CHECK_IN)``: typed, so a rename or a typo is seen by the type checker and at once when
the screen is built), which feeds the machine and then carries out the effects it returns
with the shared :class:`~kiosk.flow.performer.EffectPerformer`: card work on the card worker
thread, store work on the store worker thread, speech right here. Outcomes come back on the
GUI thread (queued signals) and the performer hands each to the machine's result method for
that effect type. Screens only see :class:`FlowView` through ``view_changed``.

Every I/O effect carries a token that goes back with its result; the machine ignores results
of a session that was reset meanwhile (card pulled, person walked away), so an old read can
never show up on the next person's screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.cards.api import CardReaderService, ReadResult, Secret, SecretKind
from kiosk.clock import Clock, SystemClock
from kiosk.flow.camera_work import CameraFailedError, CameraParts
from kiosk.flow.contract import (
    CameraGuidance,
    CardFaceProblem,
    CardFaceResult,
    ClearPersonalData,
    Effect,
    FlowView,
    MatchFace,
    Prompt,
    ReadCard,
    ReadCardFace,
)
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.performer import EffectPerformer, Lane
from kiosk.records import EventRecorder
from kiosk.ui import texts
from kiosk.ui.bridges import Outcome, SpeechBridge, Worker

log = logging.getLogger(__name__)

P = ParamSpec("P")

#: One input of the machine: an (unbound) CheckInFlow method, e.g. ``CheckInFlow.agree``.
FlowMethod = Callable[Concatenate[CheckInFlow, P], Iterable[Effect]]


class _SpeechVoice:
    """The performer's voice: translated prompts through the speech bridge."""

    def __init__(self, speech: SpeechBridge) -> None:
        self._speech = speech

    def say(self, prompt: Prompt, language: str) -> None:
        text, spoken_language = texts.spoken_prompt(prompt, language)
        self._speech.speak(prompt, text, spoken_language)

    def stop(self) -> None:
        self._speech.stop()


class FlowHost(QObject):
    view_changed = Signal(object)  # FlowView
    clear_personal_data = Signal()
    #: A bug escaped somewhere while running the flow (logged; the UI shows out of service).
    bug = Signal()
    #: A camera effect met a missing or unplugged camera (the staff status says so).
    camera_failed = Signal()
    #: A camera effect's progress, from the camera worker's thread: (guidance, token).
    _guidance = Signal(object, int)

    def __init__(
        self,
        machine: CheckInFlow,
        cards: CardReaderService,
        recorder: EventRecorder,
        speech: SpeechBridge,
        *,
        card_worker: Worker,
        store_worker: Worker,
        reader_name: str | None = None,
        tick_ms: int = 250,
        clock: Clock | None = None,
        camera_worker: Worker | None = None,
        camera: CameraParts | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``camera_worker``: the thread of the camera effects (camera reads, the text
        recogniser, the face match: blocking, so never the card's or the store's)."""
        super().__init__(parent)
        self.machine = machine
        self.clock: Clock = clock or SystemClock()
        self.speech = speech
        self.performer = EffectPerformer(
            cards, recorder, _SpeechVoice(speech), reader=reader_name or None, camera=camera
        )
        self.card_worker = card_worker
        self.store_worker = store_worker
        self.camera_worker = camera_worker or Worker("camera-io", self)
        self._guidance.connect(self._camera_progress)
        self.view: FlowView = machine.view
        #: One camera for both roles (the card is held up to it): the spoken guidance uses
        #: that wording, as the camera screens do. Set by the app from the settings.
        self.card_held_up = False
        #: The input being handled (a CheckInFlow method), None while an effect's result is:
        #: lets a view change be told apart (a time-out comes from ``CheckInFlow.tick``).
        self.last_input: FlowMethod[...] | None = None
        self._stopped = False
        self._in_bug = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self.tick)

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        self._ticker.start()
        self._run(self.machine.start())

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the flow and power the card down; a transmit that never returns is given
        up on after ``timeout_s`` (logged) instead of hanging the shutdown."""
        self._stopped = True
        self._ticker.stop()
        try:
            self.card_worker.call(self.performer.close_session, timeout_s)
        except TimeoutError:
            log.error("card reader did not answer at shutdown; not waiting any longer")

    # -- input from the screens and the card monitor ------------------------------------

    def send(self, method: FlowMethod[P], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Feed one input (a CheckInFlow method and its arguments) to the machine and carry
        out the effects it returns."""
        if self._stopped:
            return  # shutting down: late signals (a card pulled meanwhile) are dropped
        self.last_input = method
        try:
            effects = method(self.machine, *args, **kwargs)
        except Exception as exc:
            log.exception("flow: %s failed", getattr(method, "__name__", "input"))
            self._after_bug(exc)
            return
        self._run(effects)

    def tick(self) -> None:
        self.send(CheckInFlow.tick)

    def today(self) -> date:
        """The local date by the kiosk's clock (a FakeClock in tests)."""
        return self.clock.now().astimezone().date()

    # -- effects -------------------------------------------------------------------------

    def _run(self, effects: Iterable[Effect] | None) -> None:
        # Render first: a language change installs its translator before its prompt is spoken.
        self._publish()
        for effect in effects or ():
            try:
                self._perform(effect)
            except Exception as exc:
                log.exception("flow: effect %s failed", type(effect).__name__)
                self._after_bug(exc)
                return
        self._publish()

    def _perform(self, effect: Effect) -> None:
        """The performer's work, on the effect's lane; its outcome is fed back here."""
        if isinstance(effect, ClearPersonalData):
            self.clear_personal_data.emit()
        lane = EffectPerformer.lane(effect)
        if lane is Lane.NOW:
            self._run(self.performer.perform(self.machine, effect))
            return
        if isinstance(effect, ReadCardFace | MatchFace):
            token = effect.token
            self.camera_worker.submit(
                lambda: self.performer.execute(
                    effect, progress=lambda guidance: self._guidance.emit(guidance, token)
                ),
                lambda outcome: self._deliver(effect, outcome),
            )
            return
        worker = self.card_worker if lane is Lane.CARD else self.store_worker
        worker.submit(
            lambda: self.performer.execute(effect),
            lambda outcome: self._deliver(effect, outcome),
        )

    def _camera_progress(self, guidance: CameraGuidance, token: int) -> None:
        """A camera effect's guidance (on the GUI thread now) goes to the machine."""
        self.send(CheckInFlow.camera_guidance, guidance, token=token)

    def _deliver(self, effect: Effect, outcome: Outcome[object]) -> None:
        if self._stopped:
            return
        if _camera_went_away(effect, outcome):
            self.camera_failed.emit()
        self.last_input = None
        try:
            effects = self.performer.feed(self.machine, effect, outcome.value, outcome.error)
        except Exception as exc:
            log.exception("flow: the result of %s failed", type(effect).__name__)
            self._after_bug(exc)
            return
        self._run(effects)

    # -- the card session (card worker thread; kept for tests) ------------------------------

    @property
    def _session(self) -> object | None:
        return True if self.performer.has_session else None

    def _close_session(self) -> None:
        self.performer.close_session()

    def _read(self, kind: SecretKind, secret: Secret) -> ReadResult:
        result = self.performer.execute(ReadCard(kind, secret))
        assert isinstance(result, ReadResult)
        return result

    # -- view ------------------------------------------------------------------------------

    def _publish(self) -> None:
        view = self.machine.view
        if view != self.view:
            previous, self.view = self.view, view
            self.view_changed.emit(view)
            self._say_guidance(previous, view)

    def _say_guidance(self, previous: FlowView, view: FlowView) -> None:
        """A camera screen's new guidance is spoken (its first one comes with the step's
        own prompt): "come a little closer", "one person at a time"."""
        guidance = view.guidance
        if guidance is None or previous.step is not view.step or previous.guidance is guidance:
            return
        text, language = texts.spoken_guidance(
            guidance, view.language, card_held_up=self.card_held_up
        )
        self.speech.speak(Prompt(view.step), text, language)

    def _after_bug(self, exc: BaseException | None = None) -> None:
        """A bug in the machine or an effect: out of service (logged), the app keeps running."""
        self.bug.emit()
        if exc is not None and not self._in_bug:
            # Guarded: if showing "out of service" fails too, stop there instead of looping.
            self._in_bug = True
            try:
                self._run(self.machine.bug(exc))
                return
            except Exception:
                log.exception("flow: reporting a bug failed")
            finally:
                self._in_bug = False
        self._publish()


def _camera_went_away(effect: Effect, outcome: Outcome[object]) -> bool:
    """Whether a camera effect ended on a missing or unplugged camera."""
    if isinstance(effect, MatchFace):
        return isinstance(outcome.error, CameraFailedError)
    if isinstance(effect, ReadCardFace):
        value = outcome.value
        return (
            isinstance(value, CardFaceResult)
            and value.problem is CardFaceProblem.CAMERA_UNAVAILABLE
        )
    return False
