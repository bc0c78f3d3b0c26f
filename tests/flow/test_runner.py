"""FlowRunner: the synchronous host, against fakes and against the real card/store stack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.cards.api import (
    CardEvent,
    CardEventKind,
    CardStatus,
    Secret,
    SecretKind,
)
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import CardProfile
from kiosk.clock import FakeClock
from kiosk.domain import CardType
from kiosk.flow.contract import Calendar, ClearPersonalData, CodeBInput, NoticeCode, Speak, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.runner import FlowRunner
from kiosk.records import EventKind, Person
from kiosk.store.keys import FakeKeyProvider
from kiosk.store.store import RecordStore

from .fakes import READER, FakeCards, FakeSession, ListRecorder, RecordingSpeaker
from .helpers import fake_code_b_builder, make_config, mynumber_status


def make_runner(
    cards: object, recorder: object, speaker: RecordingSpeaker | None = None, **config: object
) -> FlowRunner:
    flow = CheckInFlow(make_config(**config), FakeClock(), build_code_b=fake_code_b_builder)
    runner = FlowRunner(
        flow,
        cards,  # type: ignore[arg-type]
        recorder,  # type: ignore[arg-type]
        speaker,
        prompt_text=lambda prompt, language: f"{language}:{prompt}",
    )
    runner.run(flow.start())
    return runner


def inserted() -> CardEvent:
    return CardEvent(CardEventKind.CARD_INSERTED, READER)


def test_check_in_then_check_out_against_fakes() -> None:
    session = FakeSession(mynumber_status())
    cards, recorder, speaker = FakeCards(session), ListRecorder(), RecordingSpeaker()
    runner = make_runner(cards, recorder, speaker)
    flow = runner.flow
    assert runner.card_event(inserted()).step == Step.CONSENT
    runner.run(flow.agree())
    runner.run(flow.submit_pin(Secret("1234")))
    assert session.closed  # powered down once the facts were read
    runner.run(flow.choose_calendar(Calendar.WESTERN))
    view = runner.run(flow.confirm())
    assert view.step == Step.DONE
    assert [e.kind for e in recorder.events] == [EventKind.CHECK_IN]
    assert all(s.wiped for s in session.secrets_seen)
    assert ("ja:prompt.done.check_in", "ja") in speaker.said
    assert speaker.stops >= 5

    runner.card_event(CardEvent(CardEventKind.CARD_REMOVED, READER))
    session2 = FakeSession(mynumber_status())
    cards.session = session2
    runner.card_event(inserted())
    runner.run(flow.agree())
    view = runner.run(flow.submit_pin(Secret("1234")))
    assert view.step == Step.CHECKOUT_OFFER
    view = runner.run(flow.check_out())
    assert view.step == Step.DONE
    assert [e.kind for e in recorder.events] == [EventKind.CHECK_IN, EventKind.CHECK_OUT]
    assert recorder.events[1].refers_to == recorder.events[0].event_id


def test_wrong_pin_keeps_the_session_for_the_next_try() -> None:
    session = FakeSession(mynumber_status())
    runner = make_runner(FakeCards(session), ListRecorder())
    flow = runner.flow
    runner.card_event(inserted())
    runner.run(flow.agree())
    view = runner.run(flow.submit_pin(Secret("0000")))
    assert view.notice == NoticeCode.WRONG_SECRET and view.tries_left == 2
    assert not session.closed
    runner.run(flow.dismiss())
    view = runner.run(flow.submit_pin(Secret("1234")))
    assert view.step == Step.ERA_CHOICE
    assert len(session.secrets_seen) == 2


def test_storage_failure_and_missing_reader() -> None:
    runner = make_runner(FakeCards(FakeSession(mynumber_status())), ListRecorder(fail=True))
    flow = runner.flow
    runner.card_event(inserted())
    runner.run(flow.agree())
    runner.run(flow.submit_pin(Secret("1234")))
    runner.run(flow.choose_calendar(Calendar.JAPANESE))
    view = runner.run(flow.confirm())
    assert view.notice == NoticeCode.STORAGE_FAILED

    runner = make_runner(FakeCards(connected=False), ListRecorder())
    view = runner.card_event(inserted())
    assert view.notice == NoticeCode.NO_READER


def test_a_bug_in_a_device_layer_shows_out_of_service() -> None:
    class BrokenSession(FakeSession):
        def status(self) -> CardStatus:
            raise ZeroDivisionError

    runner = make_runner(FakeCards(BrokenSession(mynumber_status())), ListRecorder())
    view = runner.card_event(inserted())
    assert view.step == Step.OUT_OF_SERVICE
    assert isinstance(runner.performed[-3], ClearPersonalData)
    assert isinstance(runner.performed[-1], Speak)


# ---------------------------------------------------------------------------------------------
# The real stack: the in-process virtual card (same card code as PC/SC) and a real SQLite store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    record_store = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), FakeClock())
    yield record_store
    record_store.close()


def test_check_in_and_out_with_the_in_process_virtual_card(store: RecordStore) -> None:
    service = InProcessCardReaderService()
    card = CardProfile(type="mynumber")
    flow = CheckInFlow(make_config(), FakeClock())
    runner = FlowRunner(flow, service, store, reader=service.reader.name)
    runner.run(flow.start())

    service.insert(card)
    view = runner.card_event(CardEvent(CardEventKind.CARD_INSERTED, service.reader.name))
    assert view.step == Step.CONSENT and view.card_type == CardType.MYNUMBER
    assert view.tries_left is None and view.card_status is not None
    runner.run(flow.agree())
    assert flow.view.tries_left == 3
    view = runner.run(flow.submit_pin(Secret("9999")))
    assert view.notice == NoticeCode.WRONG_SECRET and view.tries_left == 2
    runner.run(flow.dismiss())
    view = runner.run(flow.submit_pin(Secret("1234")))
    assert view.step == Step.ERA_CHOICE
    assert view.info is not None and view.info.name == card.name
    holder = Person.from_card(view.info)
    runner.run(flow.choose_calendar(Calendar.JAPANESE))
    view = runner.run(flow.confirm())
    assert view.step == Step.DONE
    open_check_in = store.open_check_in(holder, make_config().shelter_id)
    assert open_check_in is not None
    assert store.open_check_in(holder, "another-shelter") is None

    service.remove()
    runner.card_event(CardEvent(CardEventKind.CARD_REMOVED, service.reader.name))
    service.insert(card)
    runner.card_event(CardEvent(CardEventKind.CARD_INSERTED, service.reader.name))
    runner.run(flow.agree())
    runner.run(flow.choose_method(SecretKind.CODE_B))
    view = runner.run(flow.submit_code_b(CodeBInput(date(1980, 2, 17), 2035, "2285")))
    assert view.step == Step.CHECKOUT_OFFER
    view = runner.run(flow.check_out())
    assert view.step == Step.DONE
    assert store.open_check_in(holder, make_config().shelter_id) is None
    checkout = store.get_event(runner.performed_events()[-1].event_id)
    assert checkout is not None and checkout.refers_to == open_check_in.event_id


def test_card_pulled_mid_read_with_the_virtual_card(store: RecordStore) -> None:
    service = InProcessCardReaderService()
    flow = CheckInFlow(make_config(), FakeClock())
    runner = FlowRunner(flow, service, store)
    service.insert(CardProfile(type="mynumber", remove_after_apdus=6))
    runner.card_event(CardEvent(CardEventKind.CARD_INSERTED, service.reader.name))
    runner.run(flow.agree())
    view = runner.run(flow.submit_pin(Secret("1234")))
    assert view.step == Step.NOTICE
    assert view.notice == NoticeCode.CARD_REMOVED
    assert view.info is None
