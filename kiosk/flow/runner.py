"""A synchronous host for :class:`~kiosk.flow.machine.CheckInFlow`: the reference executor.

It performs each effect at once on the calling thread (card I/O, the store, the speaker) and
feeds the outcome back, until no effect is left. Tests, benchmarks and the demo use it as the
definition of what "performing an effect" means; the Qt UI does the same work on worker
threads and passes each effect's ``token`` back with its result.

Card sessions: one is opened by ``QueryCardStatus`` and kept for the PIN/照合番号B tries of
the same person; it is closed (the card powered down, its verified state dropped) as soon as
the facts are read, and whenever the flow lets go of personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from kiosk.cards.api import (
    CardError,
    CardEvent,
    CardEventKind,
    CardReaderService,
    CardSession,
    NoCardError,
    WrongSecretError,
)
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
from kiosk.flow.machine import CheckInFlow
from kiosk.records import Event, EventRecorder
from kiosk.speech.worker import NullSpeaker, Speaker

log = logging.getLogger(__name__)

#: Turns a prompt id and a language into the words to speak (the UI's translation table).
PromptText = Callable[[str, str], str]


def _prompt_id_as_text(prompt_id: str, language: str) -> str:
    return prompt_id


class FlowRunner:
    """Runs a CheckInFlow against real (or fake) devices, synchronously."""

    def __init__(
        self,
        flow: CheckInFlow,
        cards: CardReaderService,
        recorder: EventRecorder,
        speaker: Speaker | None = None,
        *,
        reader: str | None = None,
        prompt_text: PromptText = _prompt_id_as_text,
    ) -> None:
        self.flow = flow
        self._cards = cards
        self._recorder = recorder
        self._speaker = speaker or NullSpeaker()
        self._reader = reader
        self._prompt_text = prompt_text
        self._session: CardSession | None = None
        #: Every effect performed, in order (for tests and the benchmark).
        self.performed: list[Effect] = []

    @property
    def view(self) -> FlowView:
        return self.flow.view

    def run(self, effects: Iterable[Effect]) -> FlowView:
        """Perform ``effects`` and every effect their results lead to; return the view."""
        pending = list(effects)
        while pending:
            effect = pending.pop(0)
            self.performed.append(effect)
            try:
                pending.extend(self._perform(effect))
            except Exception as exc:  # a bug in a device layer: out of service, keep running
                self._close_session()
                pending = list(self.flow.bug(exc))
        return self.flow.view

    def card_event(self, event: CardEvent) -> FlowView:
        """Route a card monitor event to the flow."""
        handlers = {
            CardEventKind.CARD_INSERTED: self.flow.card_inserted,
            CardEventKind.CARD_REMOVED: self.flow.card_removed,
            CardEventKind.READER_ATTACHED: self.flow.reader_attached,
            CardEventKind.READER_DETACHED: self.flow.reader_detached,
        }
        if event.kind in (CardEventKind.CARD_REMOVED, CardEventKind.READER_DETACHED):
            self._close_session()
        return self.run(handlers[event.kind]())

    def performed_events(self) -> list[Event]:
        """The events this runner asked the recorder to save, in order."""
        return [e.event for e in self.performed if isinstance(e, SaveEvent)]

    def close(self) -> None:
        self._close_session()

    # -----------------------------------------------------------------------------------------

    def _perform(self, effect: Effect) -> list[Effect]:
        flow = self.flow
        if isinstance(effect, QueryCardStatus):
            self._close_session()
            try:
                self._session = self._cards.open(self._reader)
                status = self._session.status()
            except CardError as exc:
                self._close_session()
                return flow.card_status_result(exc, token=effect.token)
            return flow.card_status_result(status, token=effect.token)
        if isinstance(effect, ReadCard):
            session = self._session
            if session is None:
                effect.secret.wipe()
                return flow.read_result(NoCardError("no card session"), token=effect.token)
            try:
                result = session.read_basic_info(effect.kind, effect.secret)
            except WrongSecretError as exc:
                return flow.read_result(exc, token=effect.token)  # same card, next try
            except CardError as exc:
                self._close_session()
                return flow.read_result(exc, token=effect.token)
            # The facts are in memory: power the card down so nothing stays verified.
            self._close_session()
            return flow.read_result(result, token=effect.token)
        if isinstance(effect, LookUpOpenCheckIn):
            try:
                found = self._recorder.open_check_in(effect.person, effect.shelter_id)
            except Exception as exc:  # the flow tells known conditions from bugs
                return flow.open_check_in_result(exc, token=effect.token)
            return flow.open_check_in_result(found, token=effect.token)
        if isinstance(effect, SaveEvent):
            try:
                self._recorder.record(effect.event)
            except KioskError as exc:
                return flow.save_result(exc, token=effect.token)
            return flow.save_result(None, token=effect.token)
        if isinstance(effect, Speak):
            self._speaker.speak(
                self._prompt_text(effect.prompt_id, effect.language), effect.language
            )
            return []
        if isinstance(effect, StopSpeaking):
            self._speaker.stop()
            return []
        if isinstance(effect, ClearPersonalData):
            self._close_session()
            return []
        raise TypeError(f"unknown effect {type(effect).__name__}")

    def _close_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()
            except Exception:  # a card pulled mid-close: nothing left to drop
                log.debug("closing the card session failed", exc_info=True)
