"""A synchronous host for :class:`~kiosk.flow.machine.CheckInFlow`: the reference executor.

It performs each effect at once on the calling thread (card I/O, the store, the speaker) and
feeds the outcome back, until no effect is left. The work, the error policy and the card
session rule are :class:`kiosk.flow.performer.EffectPerformer`'s, shared with the Qt UI, which
runs the same performer on its worker threads; this runner differs only in running it here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from kiosk.cards.api import CardEvent, CardEventKind, CardReaderService
from kiosk.flow.camera_work import CameraParts
from kiosk.flow.contract import Effect, FlowView, Prompt, SaveEvent
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.performer import EffectPerformer, TextVoice
from kiosk.records import Event, EventRecorder
from kiosk.speech.worker import NullSpeaker, Speaker

log = logging.getLogger(__name__)

#: Turns a prompt and a language into the words to speak (the UI's translation table).
PromptText = Callable[[Prompt, str], str]


def _prompt_id_as_text(prompt: Prompt, language: str) -> str:
    return str(prompt)


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
        camera: CameraParts | None = None,
    ) -> None:
        self.flow = flow
        self.performer = EffectPerformer(
            cards,
            recorder,
            TextVoice(speaker or NullSpeaker(), prompt_text),
            reader=reader,
            camera=camera,
        )
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
            pending.extend(self.performer.perform(self.flow, effect))
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
            self.performer.close_session()
        return self.run(handlers[event.kind]())

    def performed_events(self) -> list[Event]:
        """The events this runner asked the recorder to save, in order."""
        return [e.event for e in self.performed if isinstance(e, SaveEvent)]

    def close(self) -> None:
        self.performer.close_session()
