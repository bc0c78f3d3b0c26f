"""Random walks through CheckInFlow: whatever the order of touches, card events, results and
time, the machine never crashes, never records without a final answer, and never keeps
personal data where it should not."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.cards.api import (
    CardPhoto,
    CardRemovedError,
    LastTryRefusedError,
    ReadResult,
    Secret,
    SecretKind,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.errors import KioskError, StorageError
from kiosk.face.outcome import FaceMatchResult, FaceOutcome
from kiosk.flow.contract import (
    Action,
    Calendar,
    CameraGuidance,
    CardFaceProblem,
    CardFaceResult,
    ClearPersonalData,
    CodeBInput,
    ConfirmInput,
    Effect,
    LookUpOpenCheckIn,
    MatchFace,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Speak,
    Step,
)
from kiosk.flow.transitions import Input
from kiosk.records import OpenCheckIn
from kiosk.settings import CameraMode

from .helpers import (
    assert_nobody_held,
    documented,
    licence_status,
    make_driver,
    mynumber_status,
    read_ok,
)

OPEN = OpenCheckIn(event_id="checkin-1", occurred_at=None)  # type: ignore[arg-type]

TOUCHES = [
    ("card_inserted", ()),
    ("card_removed", ()),
    ("reader_detached", ()),
    ("reader_attached", ()),
    ("choose_action", (Action.CHECK_IN,)),
    ("choose_action", (Action.CHECK_OUT,)),
    ("no_card_help", ()),
    ("agree", ()),
    ("cancel", ()),
    ("back", ()),
    ("dismiss", ()),
    ("choose_method", (SecretKind.PIN,)),
    ("choose_method", (SecretKind.CODE_B,)),
    ("submit_pin", "pin"),
    ("submit_code_b", (CodeBInput(date(1980, 2, 17), 2035, "2285"),)),
    ("submit_code_b", (CodeBInput(date(1980, 2, 17), 1999, "2285"),)),
    ("choose_calendar", (Calendar.JAPANESE,)),
    ("confirm", (ConfirmInput(),)),
    ("not_correct", ()),
    ("check_out", ()),
    ("stay", ()),
    ("ask_staff", ()),
    ("touched", ()),
    ("more_time", ()),
    ("set_language", ("en",)),
    ("set_language", ("ja",)),
    ("tick", ()),
    ("advance", ()),
    ("answer", ()),
    ("answer_stale", ()),
    ("recording_available", (False,)),
    ("recording_available", (True,)),
    ("shelter_closed", (True,)),
    ("shelter_closed", (False,)),
    ("use_camera", ()),
    ("try_face_again", ()),
    ("camera_available", (False,)),
    ("camera_available", (True,)),
    ("camera_guidance", (CameraGuidance.HOLD_CARD_STILL,)),
]

# Most moves are the "forward" one for the current step, so walks get deep; the rest are
# any input at all, which is where the detours (pulled cards, timeouts, stale answers) come from.
FORWARD = {
    Step.IDLE: "card_inserted",
    Step.READING: "answer",
    Step.CONSENT: "agree",
    Step.CHOOSE_METHOD: "choose_method",
    Step.ENTER_PIN: "submit_pin",
    Step.ENTER_CODE_B: "submit_code_b",
    Step.ERA_CHOICE: "choose_calendar",
    Step.CONFIRM: "confirm",
    Step.CHECKOUT_OFFER: "check_out",
    Step.SAVING: "answer",
    Step.DONE: "dismiss",
    Step.NOTICE: "dismiss",
    Step.NO_CARD_HELP: "back",
    Step.OUT_OF_SERVICE: "dismiss",
    Step.CAMERA_CARD: "answer",
    Step.FACE_CHECK: "answer",
}
INDEX = {name: i for i, (name, _) in reversed(list(enumerate(TOUCHES)))}

STATUS_ANSWERS = [
    mynumber_status(),
    mynumber_status(),
    mynumber_status(pin=2),
    mynumber_status(pin=1, pin_refused=True),
    licence_status(),
    UnsupportedCardError(),
    CardRemovedError(),
]
READ_ANSWERS = [
    read_ok(),
    read_ok(),
    read_ok(),
    WrongSecretError(2),
    LastTryRefusedError(1),
    CardRemovedError(),
]
LOOKUP_ANSWERS = [None, OPEN, StorageError()]
_READING = CodeBInput(date(1980, 2, 17), 2035, "2285")
CARD_FACE_ANSWERS: list[CardFaceResult | KioskError] = [
    CardFaceResult(code_b=_READING, calendar=Calendar.JAPANESE),
    CardFaceResult(code_b=_READING),
    CardFaceResult(problem=CardFaceProblem.LOW_CONFIDENCE, prefill=_READING),
    CardFaceResult(problem=CardFaceProblem.CAMERA_UNAVAILABLE),
    CardFaceResult(code_b=CodeBInput(date(1980, 2, 17), 1999, "2285")),
    KioskError("camera"),
]
FACE_ANSWERS: list[FaceMatchResult | KioskError] = [
    FaceMatchResult(FaceOutcome.MATCH, 0.4),
    FaceMatchResult(FaceOutcome.MATCH, 0.4),
    FaceMatchResult(FaceOutcome.NO_MATCH, 0.8),
    FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME),
    FaceMatchResult(FaceOutcome.SPOOF_SUSPECTED, 0.1),
    KioskError("camera"),
]


def read_answer(choice: int, read: ReadCard) -> object:
    """A read's answer: one of READ_ANSWERS, or for a read that asks for the card's photo
    mostly a read with the photo (a new one each time)."""
    if (read.with_photo or read.photo_secret is not None) and choice % 3 != 2:
        return ReadResult(info=read_ok().info, apdu_count=12, photo=CardPhoto(b"jp2"))
    return READ_ANSWERS[choice % len(READ_ANSWERS)]


SAVE_ANSWERS = [None, None, None, StorageError()]
PROMPT = re.compile(r"prompt(\.[a-z_]+)+")
SHOWS_INFO = {Step.READING, Step.ERA_CHOICE, Step.CONFIRM, Step.CHECKOUT_OFFER, Step.SAVING}
#: Steps every way into which drops the person: nothing of theirs may be left anywhere.
HOLDS_NOBODY = {Step.IDLE, Step.NO_CARD_HELP, Step.DONE, Step.OUT_OF_SERVICE}
RESULT_INPUT = {
    QueryCardStatus: Input.CARD_STATUS_RESULT,
    ReadCard: Input.READ_RESULT,
    LookUpOpenCheckIn: Input.OPEN_CHECK_IN_RESULT,
    SaveEvent: Input.SAVE_RESULT,
    ReadCardFace: Input.CARD_FACE_RESULT,
    MatchFace: Input.FACE_RESULT,
}
IO = QueryCardStatus | ReadCard | LookUpOpenCheckIn | SaveEvent | ReadCardFace | MatchFace


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 9),
            st.integers(0, len(TOUCHES) - 1),
            st.integers(0, 5),
            st.integers(1, 40),
        ),
        min_size=20,
        max_size=100,
    ),
    st.sampled_from(list(CameraMode)),
    st.booleans(),
)
def test_random_walks_keep_the_invariants(
    steps: list[tuple[int, int, int, int]], camera_mode: CameraMode, card_held_up: bool
) -> None:
    d = make_driver(camera_mode=camera_mode, card_held_up=card_held_up)
    flow = d.flow
    pending: Effect | None = None
    old: list[Effect] = []
    can_record = True
    closed = False
    for dice, any_move, choice, seconds in steps:
        move = INDEX[FORWARD[flow.view.step]] if dice < 8 else any_move
        name, args = TOUCHES[move]
        before = flow.view.step
        before_notice = flow.view.notice
        on: Input | None = None
        if name == "advance":
            on = Input.TICK
            d.clock.advance(seconds)
            effects = flow.tick()
        elif name in ("answer", "answer_stale"):
            target = pending if name == "answer" else (old[choice % len(old)] if old else None)
            if target is None:
                continue
            token = target.token  # type: ignore[union-attr]
            on = RESULT_INPUT[type(target)]
            if isinstance(target, QueryCardStatus):
                answer = STATUS_ANSWERS[choice % len(STATUS_ANSWERS)]
                effects = flow.card_status_result(answer, token=token)  # type: ignore[arg-type]
            elif isinstance(target, ReadCard):
                answer = read_answer(choice, target)
                effects = flow.read_result(answer, token=token)  # type: ignore[arg-type]
            elif isinstance(target, ReadCardFace):
                face_answer = CARD_FACE_ANSWERS[choice % len(CARD_FACE_ANSWERS)]
                effects = flow.card_face_result(face_answer, token=token)
            elif isinstance(target, MatchFace):
                match_answer = FACE_ANSWERS[choice % len(FACE_ANSWERS)]
                effects = flow.face_result(match_answer, token=token)
            elif isinstance(target, LookUpOpenCheckIn):
                answer = LOOKUP_ANSWERS[choice % len(LOOKUP_ANSWERS)]
                effects = flow.open_check_in_result(answer, token=token)
            else:
                answer = SAVE_ANSWERS[choice % len(SAVE_ANSWERS)]
                effects = flow.save_result(answer, token=token)  # type: ignore[arg-type]
            if name == "answer":
                pending = None
        else:
            call_args = (Secret("1234"),) if args == "pin" else args
            effects = getattr(flow, name)(*call_args)
            if name == "recording_available":
                can_record = bool(call_args[0])
            if name == "shelter_closed":
                closed = bool(call_args[0])
            on = Input(name) if name in Input.__members__.values() else None
        d(effects)
        after = flow.view
        if (before, before_notice) != (after.step, after.notice):
            # Every step change is one the tables in kiosk.flow.transitions list.
            assert on is not None, name
            assert documented(before, on, after.step, after.notice), (before, on, after.step)
        saves = [e for e in effects if isinstance(e, SaveEvent)]
        if saves:
            assert name in ("confirm", "check_out") and len(saves) == 1
            assert before in (Step.CONFIRM, Step.CHECKOUT_OFFER)
        if not can_record:
            # A kiosk whose record database cannot record touches no card.
            assert not [e for e in effects if isinstance(e, QueryCardStatus | ReadCard)], name
        if closed and before in (Step.IDLE, Step.NO_CARD_HELP, Step.DONE, Step.NOTICE):
            # A closed shelter starts nobody new (the person at the kiosk when it closed
            # finished first): no card is touched from a screen where nobody is being served.
            assert not [e for e in effects if isinstance(e, QueryCardStatus)], name
        if closed and flow.view.step == Step.IDLE:
            raise AssertionError(f"the idle screen while the shelter is closed (after {name})")
        for effect in effects:
            if isinstance(effect, Speak):
                assert PROMPT.fullmatch(effect.prompt_id)
            if isinstance(effect, IO):
                if pending is not None:
                    old.append(pending)
                pending = effect
        if not flow.busy:
            if pending is not None:
                old.append(pending)
            pending = None
        view = flow.view
        event(f"reached {view.step.value}")
        if view.step not in SHOWS_INFO:
            assert view.info is None
        offers_a_way_on = (
            view.notice == NoticeCode.WRONG_SECRET
            or view.offer_code_b
            or view.offer_check_in
            or view.offer_pin
            or view.offer_face_again
        )
        if view.step in HOLDS_NOBODY or (view.step == Step.NOTICE and not offers_a_way_on):
            assert_nobody_held(flow)
        if view.step == Step.IDLE:
            if before != Step.IDLE:
                assert ClearPersonalData() in effects
            assert view.card_status is None and view.notice is None
            assert not view.offer_code_b and not view.offer_check_in
        if view.step not in (
            Step.ENTER_PIN,
            Step.ENTER_CODE_B,
            Step.ERA_CHOICE,
            Step.CONFIRM,
            Step.CHECKOUT_OFFER,
            Step.CONSENT,
            Step.CHOOSE_METHOD,
        ):
            assert not view.asking_more_time
