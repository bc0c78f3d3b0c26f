"""EffectPerformer: the one place that carries out the flow's effects (both hosts use it)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import get_args

import pytest

from kiosk.cards.api import (
    CardPhoto,
    CardStatus,
    CardTimeoutError,
    NoCardError,
    ReadResult,
    Secret,
    SecretKind,
)
from kiosk.clock import FakeClock
from kiosk.errors import KioskError, StorageError
from kiosk.flow.contract import (
    ClearPersonalData,
    Effect,
    MatchFace,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Step,
)
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.performer import ROUTES, EffectPerformer, Lane, TextVoice

from .fakes import FakeCards, FakeSession, ListRecorder, RecordingSpeaker
from .helpers import fake_code_b_builder, make_config, mynumber_status


def make(session: FakeSession | None = None) -> tuple[CheckInFlow, EffectPerformer, FakeCards]:
    flow = CheckInFlow(make_config(), FakeClock(), build_code_b=fake_code_b_builder)
    flow.start()
    cards = FakeCards(session or FakeSession(mynumber_status()))
    voice = TextVoice(RecordingSpeaker(), lambda prompt, language: prompt)
    return flow, EffectPerformer(cards, ListRecorder(), voice), cards  # type: ignore[arg-type]


def query(flow: CheckInFlow) -> QueryCardStatus:
    """A card placed at idle: the machine asks for the card's status."""
    effects = flow.card_inserted()
    (effect,) = [e for e in effects if isinstance(e, QueryCardStatus)]
    return effect


def test_every_effect_type_has_a_route_and_a_lane() -> None:
    assert set(ROUTES) == set(get_args(Effect))
    assert EffectPerformer.lane(QueryCardStatus()) is Lane.CARD
    assert EffectPerformer.lane(ClearPersonalData()) is Lane.CARD
    assert EffectPerformer.lane(SaveEvent(event=None)) is Lane.STORE  # type: ignore[arg-type]


def test_an_outcome_goes_to_the_result_method_of_its_effect_type() -> None:
    flow, performer, _cards = make()
    effect = query(flow)
    performer.perform(flow, effect)
    assert flow.view.step == Step.CONSENT
    assert performer.has_session


def test_a_known_card_error_reaches_the_machine_as_a_typed_error_and_closes_the_session() -> None:
    class SlowSession(FakeSession):
        def status(self) -> CardStatus:
            raise CardTimeoutError()

    session = SlowSession(mynumber_status())
    flow, performer, _cards = make(session)
    performer.perform(flow, query(flow))
    assert flow.view.step == Step.NOTICE
    assert flow.view.notice == NoticeCode.CARD_TIMEOUT
    assert session.closed and not performer.has_session


@pytest.mark.parametrize(
    "error", [ZeroDivisionError(), StorageError("disk")], ids=["a bug", "a store error"]
)
def test_anything_but_a_card_error_from_card_io_is_a_bug(
    error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    # A store error where the card was read is not the card's outcome: never fed as one.
    flow, performer, _cards = make()
    effect = query(flow)
    with caplog.at_level(logging.ERROR):
        effects = performer.feed(flow, effect, error=error)
    assert flow.view.step == Step.OUT_OF_SERVICE
    assert any(isinstance(e, ClearPersonalData) for e in effects)
    assert "QueryCardStatus failed (a bug)" in caplog.text


def test_a_store_error_saving_is_a_notice_and_a_bug_is_out_of_service() -> None:
    for error, step in ((StorageError("disk"), Step.NOTICE), (KeyError("x"), Step.OUT_OF_SERVICE)):
        flow, performer, _cards = make()
        token = 7
        flow._awaiting = (SaveEvent, token)  # as after the confirm screen
        performer.feed(flow, SaveEvent(event=None, token=token), error=error)  # type: ignore[arg-type]
        assert flow.view.step == step
        if step == Step.NOTICE:
            assert flow.view.notice == NoticeCode.STORAGE_FAILED


def test_a_read_without_a_session_sends_nothing_and_wipes_the_secret() -> None:
    session = FakeSession(mynumber_status())
    flow, performer, _cards = make(session)
    performer.perform(flow, query(flow))
    performer.perform(flow, ClearPersonalData())  # the card powered down meanwhile
    assert session.closed and not performer.has_session
    secret = Secret("1234")
    with pytest.raises(NoCardError):
        performer.execute(ReadCard(SecretKind.PIN, secret, token=1))
    assert secret.wiped
    assert session.secrets_seen == []  # no VERIFY


def test_a_known_error_of_an_effect_without_result_is_dropped_and_a_bug_is_not() -> None:
    class Mute:
        def __init__(self, error: Exception) -> None:
            self.error = error

        def speak(self, text: str, language: str) -> None:
            raise self.error

        def stop(self) -> None:
            raise self.error

    from kiosk.flow.contract import Speak

    for error, step in ((KioskError("no voice"), Step.IDLE), (OSError(), Step.OUT_OF_SERVICE)):
        flow, _performer, cards = make()
        performer = EffectPerformer(
            cards,  # type: ignore[arg-type]
            ListRecorder(),  # type: ignore[arg-type]
            TextVoice(Mute(error), lambda prompt, language: prompt),
        )
        performer.perform(flow, Speak("prompt.idle", "ja"))
        assert flow.view.step == step


class PhotoSession(FakeSession):
    """A My Number session with the card-face application (``read_with_photo``) and, when
    ``photo_after_pin``, the card layer's ``read_photo`` for PIN then face."""

    def __init__(self, *, photo_after_pin: bool = False) -> None:
        super().__init__(mynumber_status(), pin="55021720352285")
        self.photo_secrets: list[Secret] = []
        if photo_after_pin:
            self.read_photo = self._read_photo  # type: ignore[attr-defined]

    def read_with_photo(self, secret: Secret) -> ReadResult:
        result = self.read_basic_info(SecretKind.CODE_B, secret)
        return replace(result, photo=CardPhoto(b"jp2"))

    def _read_photo(self, secret: Secret) -> tuple[CardPhoto | None, None]:
        self.photo_secrets.append(secret)
        return CardPhoto(b"jp2"), None


def test_a_read_with_the_photo_uses_the_card_face_application() -> None:
    session = PhotoSession()
    flow, performer, _cards = make(session)
    performer.perform(flow, query(flow))
    result = performer.execute(
        ReadCard(SecretKind.CODE_B, Secret("55021720352285"), with_photo=True)
    )
    assert isinstance(result, ReadResult) and result.photo is not None
    assert not performer.has_session  # powered down once the facts are in memory


def test_pin_then_face_reads_the_photo_with_the_card_face_reading_and_wipes_it() -> None:
    session = PhotoSession(photo_after_pin=True)
    session.pin = "1234"
    flow, performer, _cards = make(session)
    performer.perform(flow, query(flow))
    photo_secret = Secret("55021720352285")
    result = performer.execute(ReadCard(SecretKind.PIN, Secret("1234"), photo_secret=photo_secret))
    assert isinstance(result, ReadResult) and result.photo is not None
    assert session.photo_secrets == [photo_secret] and photo_secret.wiped


def test_pin_then_face_without_the_card_layers_photo_read_keeps_the_pin_read() -> None:
    session = PhotoSession()
    session.pin = "1234"
    flow, performer, _cards = make(session)
    performer.perform(flow, query(flow))
    photo_secret = Secret("55021720352285")
    result = performer.execute(ReadCard(SecretKind.PIN, Secret("1234"), photo_secret=photo_secret))
    assert isinstance(result, ReadResult) and result.photo is None
    assert result.photo_error is not None and photo_secret.wiped


def test_a_photo_secret_is_wiped_when_there_is_no_session() -> None:
    _flow, performer, _cards = make()
    photo_secret = Secret("55021720352285")
    with pytest.raises(NoCardError):
        performer.execute(ReadCard(SecretKind.PIN, Secret("1234"), photo_secret=photo_secret))
    assert photo_secret.wiped


def test_camera_effects_run_on_the_camera_lane() -> None:
    assert EffectPerformer.lane(ReadCardFace()) is Lane.CAMERA
    assert EffectPerformer.lane(MatchFace(photo=CardPhoto(b"x"))) is Lane.CAMERA
