"""FlowHost: owns the Qt-free check-in machine, performs its effects, publishes its view.

The machine (``kiosk.flow.machine.CheckInFlow``) is pure; every input goes through
:meth:`FlowHost.send`, which feeds the machine and then carries out the effects it returns:
card I/O on the card worker thread, store I/O on the store worker thread, speech through the
speech bridge. Results come back on the GUI thread (queued signals) and are fed to the
machine's ``*_result`` methods. Screens only see :class:`FlowView` through ``view_changed``.

Every I/O effect carries a token that goes back with its result; the machine ignores results
of a session that was reset meanwhile (card pulled, person walked away), so an old read can
never show up on the next person's screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.cards.api import (
    CardError,
    CardReaderService,
    CardSession,
    NoCardError,
    Secret,
    WrongSecretError,
)
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.flow.contract import (
    ClearPersonalData,
    Effect,
    FlowView,
    LookUpOpenCheckIn,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Speak,
    StopSpeaking,
)
from kiosk.records import EventRecorder
from kiosk.ui import texts
from kiosk.ui.bridges import Outcome, SpeechBridge, Worker

log = logging.getLogger(__name__)


class FlowHost(QObject):
    view_changed = Signal(object)  # FlowView
    clear_personal_data = Signal()
    #: A bug escaped somewhere while running the flow (logged; the UI shows out of service).
    bug = Signal()

    def __init__(
        self,
        machine: Any,
        cards: CardReaderService,
        recorder: EventRecorder,
        speech: SpeechBridge,
        *,
        card_worker: Worker,
        store_worker: Worker,
        reader_name: str | None = None,
        tick_ms: int = 250,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.machine = machine
        self.clock: Clock = clock or SystemClock()
        self._cards = cards
        self._recorder = recorder
        self._speech = speech
        self.card_worker = card_worker
        self.store_worker = store_worker
        self._reader_name = reader_name or None
        self._session: CardSession | None = None  # touched on the card worker thread only
        self.view: FlowView = machine.view
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
            self.card_worker.call(self._close_session, timeout_s)
        except TimeoutError:
            log.error("card reader did not answer at shutdown; not waiting any longer")

    # -- input from the screens and the card monitor ------------------------------------

    def send(self, method: str, *args: Any) -> None:
        """Feed one input to the machine and carry out the effects it returns."""
        if self._stopped:
            return  # shutting down: late signals (a card pulled meanwhile) are dropped
        try:
            effects = getattr(self.machine, method)(*args)
        except Exception as exc:
            log.exception("flow: %s failed", method)
            self._after_bug(exc)
            return
        self._run(effects)

    def tick(self) -> None:
        self.send("tick")

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
        if isinstance(effect, QueryCardStatus):
            self.card_worker.submit(
                self._query_status, self._result_handler("card_status_result", effect.token)
            )
        elif isinstance(effect, ReadCard):
            kind, secret = effect.kind, effect.secret
            self.card_worker.submit(
                lambda: self._read(kind, secret), self._result_handler("read_result", effect.token)
            )
        elif isinstance(effect, LookUpOpenCheckIn):
            person, shelter_id = effect.person, effect.shelter_id
            self.store_worker.submit(
                lambda: self._recorder.open_check_in(person, shelter_id),
                self._result_handler("open_check_in_result", effect.token),
            )
        elif isinstance(effect, SaveEvent):
            event = effect.event
            self.store_worker.submit(
                lambda: self._recorder.record(event),
                self._result_handler("save_result", effect.token),
            )
        elif isinstance(effect, Speak):
            self._speech.speak(
                effect.prompt_id, texts.prompt_text(effect.prompt_id), effect.language
            )
        elif isinstance(effect, StopSpeaking):
            self._speech.stop()
        elif isinstance(effect, ClearPersonalData):
            self.card_worker.submit(self._close_session, lambda _outcome: None)
            self.clear_personal_data.emit()
        else:  # pragma: no cover - the Effect union is closed
            raise TypeError(f"unknown effect {type(effect).__name__}")

    def _result_handler(self, method: str, token: int) -> Callable[[Outcome], None]:
        """Feeds a background result to the machine; the token lets it ignore stale ones."""

        def deliver(outcome: Outcome) -> None:
            error = outcome.error
            if error is not None and not isinstance(error, self._expected_errors(method)):
                log.error("flow: %s raised an unexpected error", method, exc_info=error)
                self._run(self.machine.bug(error))
                return
            if error is not None:
                log.info("flow: %s -> %s", method, getattr(error, "code", type(error).__name__))
            value: Any = error if error is not None else outcome.value
            self.send(method, value, token)

        return deliver

    @staticmethod
    def _expected_errors(method: str) -> type[BaseException] | tuple[type[BaseException], ...]:
        if method in ("card_status_result", "read_result"):
            return CardError
        if method == "open_check_in_result":
            return Exception  # the machine sorts known from unknown itself
        return KioskError

    # -- card worker thread ----------------------------------------------------------------

    def _query_status(self) -> Any:
        self._close_session()
        self._session = self._cards.open(self._reader_name)
        return self._session.status()

    def _read(self, kind: Any, secret: Secret) -> Any:
        # Same rule as kiosk.flow.runner: the read uses the session whose status (retry
        # counter) the machine checked; without one there is no card to send a secret to.
        session = self._session
        if session is None:
            secret.wipe()
            raise NoCardError("no card session")
        try:
            result = session.read_basic_info(kind, secret)
        except WrongSecretError:
            raise  # same card, next try
        except BaseException:
            self._close_session()
            raise
        # The facts are in memory: power the card down so nothing stays verified while the
        # person looks at the confirm screen.
        self._close_session()
        return result

    def _close_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()
            except Exception:
                log.warning("card session close failed", exc_info=True)

    # -- view ------------------------------------------------------------------------------

    def _publish(self) -> None:
        view = self.machine.view
        if view != self.view:
            self.view = view
            self.view_changed.emit(view)

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
