"""FlowHost: typed inputs, and the shared EffectPerformer run on the Qt worker threads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.cards.api import CardStatus, CardTimeoutError
from kiosk.clock import FakeClock
from kiosk.flow.contract import NoticeCode, Step
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.performer import EffectPerformer
from kiosk.ui.bridges import NullSpeaker, SpeechBridge, Worker
from kiosk.ui.host import FlowHost
from tests.flow.fakes import FakeCards, FakeSession, ListRecorder
from tests.flow.helpers import fake_code_b_builder, make_config, mynumber_status


@pytest.fixture
def workers(qtbot: Any) -> Iterator[tuple[Worker, Worker]]:
    card, store = Worker("test-card"), Worker("test-store")
    yield card, store
    card.shutdown()
    store.shutdown()


def make_host(session: FakeSession, workers: tuple[Worker, Worker]) -> FlowHost:
    machine = CheckInFlow(make_config(), FakeClock(), build_code_b=fake_code_b_builder)
    host = FlowHost(
        machine,
        FakeCards(session),  # type: ignore[arg-type]
        ListRecorder(),  # type: ignore[arg-type]
        SpeechBridge(NullSpeaker(), enabled=False),
        card_worker=workers[0],
        store_worker=workers[1],
        tick_ms=60_000,
    )
    host.start()
    return host


def test_a_typed_input_runs_the_shared_performer_on_the_card_worker(
    qtbot: Any, workers: tuple[Worker, Worker]
) -> None:
    session = FakeSession(mynumber_status())
    host = make_host(session, workers)
    assert isinstance(host.performer, EffectPerformer)
    with qtbot.waitSignal(host.view_changed, check_params_cb=lambda v: v.step == Step.CONSENT):
        host.send(CheckInFlow.card_inserted)
    assert host.performer.has_session  # kept for the PIN tries
    host.stop()
    assert session.closed


def test_a_failed_status_query_powers_the_card_down(
    qtbot: Any, workers: tuple[Worker, Worker]
) -> None:
    # The Qt host used to keep the session of a card whose status query failed.
    class SlowSession(FakeSession):
        def status(self) -> CardStatus:
            raise CardTimeoutError()

    session = SlowSession(mynumber_status())
    host = make_host(session, workers)
    with qtbot.waitSignal(host.view_changed, check_params_cb=lambda v: v.step == Step.NOTICE):
        host.send(CheckInFlow.card_inserted)
    assert host.view.notice == NoticeCode.CARD_TIMEOUT
    assert session.closed
    assert not host.performer.has_session
    host.stop()


def test_new_guidance_is_spoken_in_the_one_camera_wording(
    qtbot: Any, workers: tuple[Worker, Worker]
) -> None:
    """With one camera the card is held up to it: the voice says so, as the screen does."""
    from kiosk.flow.contract import CameraGuidance, FlowView
    from kiosk.ui import texts

    said: list[str] = []

    class RecordingSpeech:
        def speak(self, prompt: object, text: str, language: str) -> None:
            said.append(text)

    host = make_host(FakeSession(mynumber_status()), workers)
    host.speech = RecordingSpeech()  # type: ignore[assignment]
    host.card_held_up = True
    still = FlowView(step=Step.CAMERA_CARD, language="en", guidance=CameraGuidance.HOLD_CARD_STILL)
    again = FlowView(step=Step.CAMERA_CARD, language="en", guidance=CameraGuidance.HOLD_CARD)
    host._say_guidance(still, again)
    held_up = texts.guidance_line(CameraGuidance.HOLD_CARD, card_held_up=True)
    assert said == [held_up] and held_up != texts.guidance_line(CameraGuidance.HOLD_CARD, False)
    host.stop()
