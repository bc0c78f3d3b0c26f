"""Plain fakes for driving CheckInFlow without Qt, cards or a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import TypeVar

from kiosk.cards.api import (
    CardStatus,
    InvalidCodeBInputError,
    ReadResult,
    Secret,
    SecretKind,
    SecretStatus,
)
from kiosk.clock import FakeClock
from kiosk.domain import BasicInfo, CardType, Sex
from kiosk.flow.contract import (
    Action,
    CodeBInput,
    Effect,
    LookUpOpenCheckIn,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    SaveEvent,
    Speak,
    Step,
)
from kiosk.flow.machine import CheckInFlow, FlowConfig
from kiosk.flow.transitions import Input, all_edges
from kiosk.records import OpenCheckIn

E = TypeVar("E")

SHELTER_ID = "13101-001"

SAMPLE_INFO = BasicInfo(
    card_type=CardType.MYNUMBER,
    name="山田\u3000花子",
    address="東京都千代田区千代田1-1",
    birth_date=date(1980, 2, 17),
    sex=Sex.FEMALE,
    sex_code="2",
)
LICENCE_INFO = BasicInfo(
    card_type=CardType.DRIVER_LICENSE,
    name="鈴木\u3000一郎",
    address="大阪府大阪市北区1-2-3",
    birth_date=date(1975, 5, 5),
    sex=None,
)


def mynumber_status(
    pin: int | None = 3,
    code_b: int | None = 10,
    *,
    pin_locked: bool = False,
    pin_refused: bool = False,
    code_b_refused: bool = False,
) -> CardStatus:
    return CardStatus(
        card_type=CardType.MYNUMBER,
        secrets=(
            SecretStatus(SecretKind.PIN, pin, locked=pin_locked, refused=pin_refused),
            SecretStatus(SecretKind.CODE_B, code_b, locked=False, refused=code_b_refused),
        ),
    )


def licence_status(
    pin: int | None = 3, *, locked: bool = False, refused: bool = False
) -> CardStatus:
    return CardStatus(
        card_type=CardType.DRIVER_LICENSE,
        secrets=(SecretStatus(SecretKind.PIN, pin, locked=locked, refused=refused),),
        pin_set=True,
    )


def fake_code_b_builder(code_b: CodeBInput) -> Secret:
    if code_b.expiry_year < 2016 or len(code_b.security_code) != 4:
        raise InvalidCodeBInputError("impossible input")
    return Secret("55021720352285")


def make_config(**overrides: object) -> FlowConfig:
    values: dict[str, object] = {
        "shelter_id": SHELTER_ID,
        "shelter_name": "千代田小学校",
        "terminal_id": "term-1",
        "consent_version": "consent-2026-01",
        "idle_timeout_s": 30,
        "more_time_countdown_s": 20,
        "result_display_s": 12,
        "notice_display_s": 15,
        "utc_offset_minutes": 540,
    }
    values.update(overrides)
    return FlowConfig(**values)  # type: ignore[arg-type]


@dataclass
class Driver:
    """Calls the flow and keeps every effect it returned, in order."""

    flow: CheckInFlow
    clock: FakeClock
    effects: list[Effect] = field(default_factory=list)
    touches: int = 0

    def __call__(self, effects: list[Effect]) -> list[Effect]:
        self.effects.extend(effects)
        return effects

    def touch(self, effects: list[Effect]) -> list[Effect]:
        """The same, counting one touch by the person."""
        self.touches += 1
        return self(effects)

    def last(self, kind: type[E]) -> E:
        for effect in reversed(self.effects):
            if isinstance(effect, kind):
                return effect
        raise AssertionError(f"no {kind.__name__} effect")

    def all(self, kind: type[E]) -> list[E]:
        return [e for e in self.effects if isinstance(e, kind)]

    def prompts(self) -> list[str]:
        return [e.prompt_id for e in self.all(Speak)]


def make_driver(clock: FakeClock | None = None, **config: object) -> Driver:
    clock = clock or FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))
    flow = CheckInFlow(
        make_config(**config),
        clock,
        new_event_id=iter(f"event-{i}" for i in range(1, 1000)).__next__,
        build_code_b=fake_code_b_builder,
    )
    driver = Driver(flow, clock)
    driver(flow.start())
    return driver


def read_ok(info: BasicInfo = SAMPLE_INFO) -> ReadResult:
    return ReadResult(info=info, apdu_count=9)


def documented(before: Step, on: Input, after: Step, notice: NoticeCode | None) -> bool:
    """The tables in kiosk.flow.transitions list a way from ``before`` on ``on`` to ``after``
    (showing ``notice`` when ``after`` is NOTICE)."""
    for edge in all_edges():
        if before not in edge.sources or on not in edge.inputs:
            continue
        if isinstance(edge.target, NoticeCode):
            if after == Step.NOTICE and notice == edge.target:
                return True
        elif edge.target == after:
            return True
    return False


def read_and_look_up(
    d: Driver, status: CardStatus | None = None, open_check_in: OpenCheckIn | None = None
) -> None:
    """From idle: place a card, agree, type the PIN, read it and answer the lookup."""
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(status or mynumber_status(), token=d.last(QueryCardStatus).token))
    d(d.flow.agree())
    d(d.flow.submit_pin(Secret("1234")))
    d(d.flow.read_result(read_ok(), token=d.last(ReadCard).token))
    d(d.flow.open_check_in_result(open_check_in, token=d.last(LookUpOpenCheckIn).token))


def assert_nobody_held(flow: CheckInFlow) -> None:
    """The machine's personal data is empty and no field of the view holds any of it."""
    assert not flow.holds_personal_data
    view = flow.view
    for item in fields(view):
        value = getattr(view, item.name)
        assert not isinstance(value, BasicInfo | CardStatus), item.name
        assert value not in (SAMPLE_INFO.name, SAMPLE_INFO.address), item.name


#: The effects that touch the card or the store.
IO_EFFECTS = (QueryCardStatus, ReadCard, LookUpOpenCheckIn, SaveEvent)

#: What a person (or the reader) may do at a kiosk that cannot record.
NOT_READY_MOVES = [
    "card_inserted",
    "card_removed",
    "reader_detached",
    "reader_attached",
    "no_card_help",
    "agree",
    "cancel",
    "back",
    "dismiss",
    "touched",
    "tick",
    "check_in",
    "check_out",
    "advance",
]


def walk_asks_for_no_io(d: Driver, moves: list[str]) -> None:
    """Make ``moves`` (names from :data:`NOT_READY_MOVES`): the machine never waits for I/O,
    never holds anybody, and never asked for card or store I/O."""
    for move in moves:
        if move == "advance":
            d.clock.advance(10)
            d(d.flow.tick())
        elif move in ("check_in", "check_out"):
            d.touch(d.flow.choose_action(Action(move)))
        else:
            d(getattr(d.flow, move)())
        assert not d.flow.busy
        assert_nobody_held(d.flow)
    assert [e for e in d.effects if isinstance(e, IO_EFFECTS)] == []


def assert_buttons_read_nothing(make: Callable[[], Driver]) -> None:
    """On a kiosk that cannot record (``make`` builds one), 避難登録 / 退所登録 show the
    kiosk_not_ready notice, with or without a card on the reader, and nothing is read."""
    for action in (Action.CHECK_IN, Action.CHECK_OUT):
        d = make()
        d.touch(d.flow.choose_action(action))  # no card yet
        assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
        d.touch(d.flow.dismiss())
        assert d.flow.view.step == Step.IDLE
        d(d.flow.card_inserted())
        d.touch(d.flow.dismiss())
        d.touch(d.flow.choose_action(action))  # the card is lying on the reader
        assert d.flow.view.step == Step.NOTICE
        assert d.flow.view.notice == NoticeCode.KIOSK_NOT_READY
        assert [e for e in d.effects if isinstance(e, IO_EFFECTS)] == []


def assert_a_placed_card_reads_nothing(d: Driver) -> None:
    """On a kiosk that cannot record: a placed card shows the kiosk_not_ready notice (spoken,
    nobody held), which returns to idle by itself; nothing is read."""
    d(d.flow.card_inserted())
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.KIOSK_NOT_READY
    assert view.card_status is None and view.info is None
    assert_nobody_held(d.flow)
    assert d.prompts()[-1] == "prompt.notice.kiosk_not_ready"
    # Like every notice it goes back to idle by itself.
    d.clock.advance(15)
    d(d.flow.tick())
    assert d.flow.view.step == Step.IDLE
    assert [e for e in d.effects if isinstance(e, IO_EFFECTS)] == []
