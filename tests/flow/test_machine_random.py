"""Random walks through CheckInFlow: whatever the order of touches, card events, results and
time, the machine never crashes, never records without a final answer, and never keeps
personal data where it should not."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.cards.api import (
    CardRemovedError,
    LastTryRefusedError,
    Secret,
    SecretKind,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.errors import StorageError
from kiosk.flow.contract import (
    Action,
    Calendar,
    ClearPersonalData,
    CodeBInput,
    ConfirmInput,
    Effect,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Speak,
    Step,
)
from kiosk.flow.transitions import Input
from kiosk.records import OpenCheckIn

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
}


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
    )
)
def test_random_walks_keep_the_invariants(steps: list[tuple[int, int, int, int]]) -> None:
    d = make_driver()
    flow = d.flow
    pending: Effect | None = None
    old: list[Effect] = []
    can_record = True
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
                answer = READ_ANSWERS[choice % len(READ_ANSWERS)]
                effects = flow.read_result(answer, token=token)  # type: ignore[arg-type]
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
        for effect in effects:
            if isinstance(effect, Speak):
                assert PROMPT.fullmatch(effect.prompt_id)
            if isinstance(effect, QueryCardStatus | ReadCard | LookUpOpenCheckIn | SaveEvent):
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
            view.notice == NoticeCode.WRONG_SECRET or view.offer_code_b or view.offer_check_in
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
