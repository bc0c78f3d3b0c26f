"""The shape of the check-in flow, shared by the state machine and the screens.

The machine (``kiosk.flow.machine.CheckInFlow``) is pure: it holds a :class:`FlowView`, takes
input through methods, and asks its host to do I/O by returning :class:`Effect` objects. The
host (the Qt UI through worker threads, or a test driving it synchronously) performs each
effect and feeds the outcome back through the matching ``*_result`` method. No effect blocks
the machine; no method of the machine does I/O.

The I/O effects (``QueryCardStatus``, ``ReadCard``, ``LookUpOpenCheckIn``, ``SaveEvent``) carry
a ``token``; a host that runs them asynchronously passes it back to the result method
(``flow.read_result(result, token=effect.token)``) so that a result arriving after the person
cancelled, pulled the card or timed out is ignored instead of landing in the next session.

Screens render ``FlowView`` and report input; they never decide what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.cards.api import CardStatus, Secret, SecretKind
from kiosk.domain import BasicInfo, CardType, SituationFlag
from kiosk.records import Event, Person


class Step(StrEnum):
    IDLE = "idle"  # "place your card"; check-in / check-out buttons; "no card?"; languages
    NO_CARD_HELP = "no_card_help"  # where staff register people without a card
    CONSENT = "consent"  # what is read and why; agree / cancel
    CHOOSE_METHOD = "choose_method"  # My Number: PIN or PIN-free (照合番号B)
    ENTER_PIN = "enter_pin"  # 4-digit keypad, tries left, warning before the last try
    ENTER_CODE_B = "enter_code_b"  # birth date, card expiry year, 4-digit security code
    READING = "reading"  # card I/O in progress: "do not remove your card"
    ERA_CHOICE = "era_choice"  # show the birth date as 和暦 or 西暦
    CONFIRM = "confirm"  # the four facts + optional phone/situation/message
    CHECKOUT_OFFER = "checkout_offer"  # an open check-in exists: check out / still staying
    SAVING = "saving"  # the record is being committed
    DONE = "done"  # result with the shelter name, for result_display_s
    NOTICE = "notice"  # a known condition: what happened and what to do next
    OUT_OF_SERVICE = "out_of_service"  # a bug happened: "please see staff"


class Action(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"


class Calendar(StrEnum):
    JAPANESE = "japanese"  # 和暦
    WESTERN = "western"  # 西暦


class NoticeCode(StrEnum):
    """Why a NOTICE is shown; the UI maps each to a translated title, text and spoken prompt."""

    WRONG_SECRET = "wrong_secret"  # noqa: S105 - try again (tries_left shown)
    LOCKED = "locked"  # see staff
    REFUSED_LAST_TRY = "refused_last_try"  # see staff (or use the PIN-free path)
    UNSUPPORTED_CARD = "unsupported_card"  # use My Number card or licence, or see staff
    CARD_REMOVED = "card_removed"  # card pulled mid-flow: cancelled, nothing recorded
    BAD_CARD_DATA = "bad_card_data"  # see staff
    NO_READER = "no_reader"  # reader unplugged: staff
    STORAGE_FAILED = "storage_failed"  # could not save: see staff, nothing half-saved
    NOT_CORRECT = "not_correct"  # person said the data is wrong: call staff
    STAYING = "staying"  # "I am still staying": nothing recorded
    NOT_CHECKED_IN = "not_checked_in"  # check-out asked but no open check-in here
    INVALID_CODE_B = "invalid_code_b"  # impossible date / expiry year typed
    CARD_TIMEOUT = "card_timeout"  # the card did not answer in time: place it again
    TRIES_UNREADABLE = "tries_unreadable"  # no retry count: nothing tried, card safe, staff
    #: The kiosk cannot record (settings, or the record database damaged beyond repair):
    #: nothing read from the card, see staff.
    KIOSK_NOT_READY = "kiosk_not_ready"
    CANNOT_RECORD = "cannot_record"  # a record without shelter/terminal id: not saved, staff
    #: The person does not know their PIN (or the printed number) and asked for staff:
    #: nothing tried, nothing recorded, the card is safe; staff register them.
    ASKED_FOR_STAFF = "asked_for_staff"


@dataclass(frozen=True)
class ConfirmInput:
    """What the person may add on the confirmation screen (all optional)."""

    phone: str = ""
    situation: frozenset[SituationFlag] = frozenset()
    message_to_staff: str = ""

    def __repr__(self) -> str:
        # Phone, health situation and the message are personal data.
        return "ConfirmInput(<personal data redacted>)"

    __str__ = __repr__


@dataclass(frozen=True)
class CodeBInput:
    """The three parts of 照合番号B as typed; the card layer builds the 14 digits."""

    birth_date: date
    expiry_year: int
    security_code: str

    def __repr__(self) -> str:
        return "CodeBInput(<hidden>)"


@dataclass(frozen=True)
class FlowView:
    """Everything a screen needs to render the current step. Immutable; replaced on change."""

    step: Step = Step.IDLE
    language: str = "ja"
    action: Action | None = None
    card_type: CardType | None = None
    #: Tries left for the secret being entered (None: the card did not say).
    tries_left: int | None = None
    #: True when the next wrong try would leave the card one step from locking.
    warn_few_tries: bool = False
    #: Which secrets the card offers (CHOOSE_METHOD), with their status.
    card_status: CardStatus | None = None
    info: BasicInfo | None = None
    calendar: Calendar | None = None
    #: NOTICE: what happened. Also set on ENTER_CODE_B to ``invalid_code_b`` when the typed
    #: parts are impossible: the screen keeps the input and shows the message.
    notice: NoticeCode | None = None
    #: The idle question "Do you need more time?" is showing, with seconds left.
    asking_more_time: bool = False
    countdown_s: int = 0
    #: DONE: which action was recorded (check-in / check-out).
    recorded_action: Action | None = None
    shelter_name: str = ""
    #: The shelter's next step after a check-in and where its staff are, as staff wrote them
    #: in the settings ("": the screens show their translated defaults). Not personal data.
    after_checkin_text: str = ""
    staff_desk_text: str = ""
    #: NOTICE refused_last_try/locked/wrong_secret (a PIN) on a My Number card whose 照合番号B
    #: can still be used: show a "use the number printed on the card" button
    #: (``choose_method(SecretKind.CODE_B)``).
    offer_code_b: bool = False
    #: NOTICE wrong_secret: show "I do not know it: call staff" (``ask_staff()``) beside
    #: "enter again"; ENTER_PIN always offers it.
    offer_call_staff: bool = False
    #: NOTICE not_checked_in: show a "check in instead" button (``choose_action(CHECK_IN)``);
    #: the card was already read, so no second PIN entry is needed.
    offer_check_in: bool = False
    #: ENTER_PIN on a My Number card: show "no PIN? use the number printed on the card"
    #: (``choose_method(SecretKind.CODE_B)``).
    code_b_available: bool = False


# ---------------------------------------------------------------------------------------------
# Effects: what the machine asks its host to do. The host reports back via the machine.


@dataclass(frozen=True)
class QueryCardStatus:
    """Identify the card and read its tries left (consumes no try). -> ``card_status_result``"""

    #: Pass back to the result method: results of a cancelled session are then ignored.
    token: int = 0


@dataclass(frozen=True)
class ReadCard:
    """VERIFY once and read the basic facts. -> ``read_result``. The secret is wiped after."""

    kind: SecretKind
    secret: Secret
    token: int = 0


@dataclass(frozen=True)
class LookUpOpenCheckIn:
    """-> ``open_check_in_result``"""

    person: Person
    shelter_id: str
    token: int = 0


@dataclass(frozen=True)
class SaveEvent:
    """Commit durably. -> ``save_result``"""

    event: Event
    token: int = 0


class Prompt(str):
    """What the voice says, typed: the prompt of a step, of a notice, of the result, of the
    idle screen's intent, the "more time?" question, or the "take your card" sign.

    Built only from typed parts (:meth:`for_view`, :data:`MORE_TIME`, :data:`TAKE_CARD`), and
    read by its parts (``step``, ``notice``, ``action``): the UI never parses it, and a plain
    string is not a ``Prompt`` to the type checker. Its value is a stable id for logs and
    tests (``prompt.enter_pin``, ``prompt.notice.locked``, ``prompt.done.check_in``,
    ``prompt.idle.check_out``, ``prompt.more_time``, ``prompt.take_card``).
    """

    step: Step
    notice: NoticeCode | None
    action: Action | None
    more_time: bool
    take_card: bool

    def __new__(
        cls,
        step: Step,
        *,
        notice: NoticeCode | None = None,
        action: Action | None = None,
        more_time: bool = False,
        take_card: bool = False,
    ) -> Prompt:
        if notice is not None and step is not Step.NOTICE:
            raise ValueError("a notice's prompt is on the NOTICE step")
        if action is not None and step not in (Step.DONE, Step.IDLE):
            raise ValueError("only the result and the idle screen have an action's prompt")
        if more_time:
            text = "prompt.more_time"
        elif take_card:
            text = "prompt.take_card"
        elif notice is not None:
            text = f"prompt.notice.{notice.value}"
        elif action is not None:
            text = f"prompt.{'done' if step is Step.DONE else 'idle'}.{action.value}"
        else:
            text = f"prompt.{step.value}"
        prompt = super().__new__(cls, text)
        prompt.step, prompt.notice, prompt.action = step, notice, action
        prompt.more_time, prompt.take_card = more_time, take_card
        return prompt

    @classmethod
    def for_view(cls, view: FlowView) -> Prompt:
        """The prompt of the screen ``view`` shows (not the "more time?" question)."""
        if view.step is Step.NOTICE and view.notice is not None:
            return cls(Step.NOTICE, notice=view.notice)
        if view.step is Step.DONE and view.recorded_action is not None:
            return cls(Step.DONE, action=view.recorded_action)
        if view.step is Step.IDLE and view.action is not None:
            return cls(Step.IDLE, action=view.action)
        return cls(view.step)


#: "Do you need more time?" (over any interactive step).
MORE_TIME = Prompt(Step.IDLE, more_time=True)
#: "Please take your card" (the idle screen, a card left on the reader: docs/ui.md).
TAKE_CARD = Prompt(Step.IDLE, take_card=True)


@dataclass(frozen=True)
class Speak:
    """Speak a prompt (the UI translates it in the language given)."""

    prompt_id: Prompt
    language: str


@dataclass(frozen=True)
class StopSpeaking:
    pass


@dataclass(frozen=True)
class ClearPersonalData:
    """Tell every screen to drop personal data from widget state (reset to idle).

    Emitted whenever the machine lets go of the personal data it held: always on returning
    to IDLE, and also on entering DONE, NOTICE or OUT_OF_SERVICE after a card was read (those
    screens show no personal data). It does not change the step by itself: render
    ``view.step``.
    """


Effect = (
    QueryCardStatus
    | ReadCard
    | LookUpOpenCheckIn
    | SaveEvent
    | Speak
    | StopSpeaking
    | ClearPersonalData
)
