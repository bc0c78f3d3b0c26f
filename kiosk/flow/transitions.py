"""The check-in flow's transitions as data.

Three tables, all read by :mod:`kiosk.flow.diagram` to draw the state diagram in docs/flow.md:

- :data:`BACK`: where ``back()`` goes from each step, a step or a :class:`BackRule` the machine
  evaluates. The machine's ``back()`` is this table and nothing else.
- :data:`EDGES`: every forward transition, with the inputs that take it and the words the
  diagram shows. The ``plain`` ones (one step, one input, always the same target) are read by
  the machine through :data:`PLAIN`; the others document what the machine decides in code
  (tests/flow/test_transitions.py checks that random walks never take a transition that is not
  in these tables).
- :data:`BACK_RULE_TARGETS`: where each back rule may lead, for the diagram.

A target is a :class:`Step`, or a :class:`NoticeCode` for the NOTICE step showing that code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from kiosk.flow.contract import NoticeCode, Step

Target = Step | NoticeCode


class Input(StrEnum):
    """What the machine is told: each value is the name of a ``CheckInFlow`` method."""

    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    READER_DETACHED = "reader_detached"
    READER_ATTACHED = "reader_attached"
    RECORDING_AVAILABLE = "recording_available"
    SHELTER_CLOSED = "shelter_closed"
    CHOOSE_ACTION = "choose_action"
    NO_CARD_HELP = "no_card_help"
    AGREE = "agree"
    CANCEL = "cancel"
    DISMISS = "dismiss"
    BACK = "back"
    CHOOSE_METHOD = "choose_method"
    SUBMIT_PIN = "submit_pin"
    SUBMIT_CODE_B = "submit_code_b"
    CHOOSE_CALENDAR = "choose_calendar"
    CONFIRM = "confirm"
    NOT_CORRECT = "not_correct"
    CHECK_OUT = "check_out"
    STAY = "stay"
    ASK_STAFF = "ask_staff"
    TICK = "tick"
    CARD_STATUS_RESULT = "card_status_result"
    READ_RESULT = "read_result"
    OPEN_CHECK_IN_RESULT = "open_check_in_result"
    SAVE_RESULT = "save_result"
    BUG = "bug"
    CAMERA_AVAILABLE = "camera_available"
    USE_CAMERA = "use_camera"
    TRY_FACE_AGAIN = "try_face_again"
    CAMERA_GUIDANCE = "camera_guidance"
    CARD_FACE_RESULT = "card_face_result"
    FACE_RESULT = "face_result"


class BackRule(StrEnum):
    """A ``back()`` whose target depends on the session."""

    #: Drop the person and return to idle (NOTICE no_reader while the reader is missing).
    RESET = "reset"
    #: CHOOSE_METHOD when a My Number card's PIN and 照合番号B may both be tried, else CONSENT.
    METHOD_OR_CONSENT = "method_or_consent"
    #: ERA_CHOICE when the era screen is on; otherwise back does nothing.
    ERA_IF_SHOWN = "era_if_shown"
    #: The same as the notice's OK button (``dismiss()``).
    AS_DISMISS = "as_dismiss"


#: Where ``back()`` goes. A step not listed ignores it.
BACK: Mapping[Step, Step | BackRule] = MappingProxyType(
    {
        Step.NO_CARD_HELP: Step.IDLE,
        Step.CONSENT: BackRule.RESET,
        Step.CHOOSE_METHOD: Step.CONSENT,
        Step.ENTER_PIN: BackRule.METHOD_OR_CONSENT,
        Step.ENTER_CODE_B: BackRule.METHOD_OR_CONSENT,
        Step.CONFIRM: BackRule.ERA_IF_SHOWN,
        Step.NOTICE: BackRule.AS_DISMISS,
    }
)

#: Where each back rule may lead, with the diagram's words.
BACK_RULE_TARGETS: Mapping[BackRule, tuple[tuple[Target, str], ...]] = MappingProxyType(
    {
        BackRule.RESET: ((Step.IDLE, "back (drops everything)"),),
        BackRule.METHOD_OR_CONSENT: (
            (Step.CHOOSE_METHOD, "back (My Number, PIN and 照合番号B both usable)"),
            (Step.CONSENT, "back (otherwise)"),
        ),
        BackRule.ERA_IF_SHOWN: ((Step.ERA_CHOICE, "back (era screen on)"),),
        #: The targets of ``dismiss()`` from the same step: taken from :data:`EDGES`.
        BackRule.AS_DISMISS: (),
    }
)


@dataclass(frozen=True)
class Edge:
    """A transition: from any of ``sources``, one of ``inputs`` may lead to ``target``."""

    sources: tuple[Step, ...]
    inputs: tuple[Input, ...]
    target: Target
    label: str
    #: One source, one input, always this target: the machine reads it from :data:`PLAIN`.
    plain: bool = False


def _edge(
    source: Step | tuple[Step, ...],
    inputs: Input | tuple[Input, ...],
    target: Target,
    label: str,
    *,
    plain: bool = False,
) -> Edge:
    sources = source if isinstance(source, tuple) else (source,)
    on = inputs if isinstance(inputs, tuple) else (inputs,)
    return Edge(sources, on, target, label, plain)


#: Steps where the person is expected to act: an idle period asks "Do you need more time?".
INTERACTIVE: tuple[Step, ...] = (
    Step.NO_CARD_HELP,
    Step.CONSENT,
    Step.CHOOSE_METHOD,
    Step.ENTER_PIN,
    Step.ENTER_CODE_B,
    Step.ERA_CHOICE,
    Step.CONFIRM,
    Step.CHECKOUT_OFFER,
)
#: Steps a newly placed card starts a new session from.
CARD_STARTS_FROM: tuple[Step, ...] = (
    Step.IDLE,
    Step.NO_CARD_HELP,
    Step.DONE,
    Step.NOTICE,
    Step.OUT_OF_SERVICE,
)
#: Steps where pulling the card out cancels (nothing confirmed yet).
CARD_NEEDED: tuple[Step, ...] = (
    Step.CONSENT,
    Step.CHOOSE_METHOD,
    Step.ENTER_PIN,
    Step.ENTER_CODE_B,
    Step.READING,
    Step.ERA_CHOICE,
    Step.CONFIRM,
    Step.CHECKOUT_OFFER,
)
#: Steps where an unplugged reader does not interrupt (the record no longer needs it).
READER_NOT_NEEDED: tuple[Step, ...] = (Step.SAVING, Step.DONE)
_ALL = tuple(Step)

_I = Input
EDGES: tuple[Edge, ...] = (
    # The idle screen.
    _edge(Step.IDLE, _I.CHOOSE_ACTION, Step.IDLE, "避難登録 / 退所登録 (sets the intent)"),
    _edge(Step.IDLE, _I.NO_CARD_HELP, Step.NO_CARD_HELP, "No card?", plain=True),
    _edge(Step.NO_CARD_HELP, _I.TICK, Step.IDLE, "idle timeout"),
    _edge(Step.NO_CARD_HELP, _I.CHOOSE_ACTION, Step.IDLE, "避難登録 / 退所登録"),
    _edge(
        CARD_STARTS_FROM,
        (_I.CARD_INSERTED, _I.CHOOSE_ACTION),
        Step.READING,
        "card placed, or 避難登録 / 退所登録 with a card on the reader (QueryCardStatus)",
    ),
    _edge(
        CARD_STARTS_FROM,
        (_I.CARD_INSERTED, _I.CHOOSE_ACTION),
        NoticeCode.KIOSK_NOT_READY,
        "card placed / 避難登録 / 退所登録 while the kiosk cannot record"
        " (settings, or the record database beyond repair), nothing read",
    ),
    _edge(
        CARD_STARTS_FROM,
        (_I.CARD_INSERTED, _I.CHOOSE_ACTION),
        NoticeCode.SHELTER_CLOSED,
        "card placed / 避難登録 / 退所登録 while the shelter is closed, nothing read",
    ),
    _edge(
        (Step.IDLE, Step.NO_CARD_HELP),
        _I.SHELTER_CLOSED,
        NoticeCode.SHELTER_CLOSED,
        "the latest open / close record is a close (here or a paired terminal's)",
    ),
    _edge(Step.NOTICE, _I.SHELTER_CLOSED, Step.IDLE, "shelter_closed, an open notice came"),
    # The card's status, consent and the secret.
    _edge(Step.READING, _I.CARD_STATUS_RESULT, Step.CONSENT, "status, a secret may be tried"),
    _edge(
        Step.READING,
        (_I.CARD_STATUS_RESULT, _I.READ_RESULT),
        Step.NOTICE,
        "unsupported / locked / refused / wrong secret / card error",
    ),
    _edge(Step.CONSENT, _I.AGREE, Step.ENTER_PIN, "agree (licence, or My Number with PIN usable)"),
    _edge(Step.CONSENT, _I.AGREE, Step.ENTER_CODE_B, "agree (My Number, PIN locked or refused)"),
    _edge(
        Step.ENTER_PIN, _I.CHOOSE_METHOD, Step.ENTER_CODE_B, '"no PIN? use the number on the card"'
    ),
    _edge(Step.ENTER_CODE_B, _I.CHOOSE_METHOD, Step.ENTER_PIN, "use the PIN"),
    _edge(Step.CHOOSE_METHOD, _I.CHOOSE_METHOD, Step.ENTER_PIN, "PIN"),
    _edge(Step.CHOOSE_METHOD, _I.CHOOSE_METHOD, Step.ENTER_CODE_B, "number on the card"),
    _edge(Step.ENTER_PIN, _I.SUBMIT_PIN, Step.READING, "4th digit (ReadCard)"),
    _edge(Step.ENTER_CODE_B, _I.SUBMIT_CODE_B, Step.READING, "submit (ReadCard)"),
    _edge(
        (Step.ENTER_PIN, Step.ENTER_CODE_B),
        (_I.SUBMIT_PIN, _I.SUBMIT_CODE_B),
        NoticeCode.KIOSK_NOT_READY,
        "submit after the record database failed (no VERIFY)",
    ),
    _edge(
        Step.ENTER_CODE_B,
        _I.SUBMIT_CODE_B,
        Step.ENTER_CODE_B,
        "impossible input (notice invalid_code_b)",
    ),
    _edge(Step.NOTICE, (_I.DISMISS, _I.BACK), Step.ENTER_PIN, "OK after wrong_secret (PIN)"),
    _edge(
        Step.NOTICE,
        (_I.DISMISS, _I.BACK),
        Step.ENTER_CODE_B,
        "OK after wrong_secret (照合番号B)",
    ),
    _edge(
        Step.NOTICE,
        _I.CHOOSE_METHOD,
        Step.ENTER_CODE_B,
        '"use the number on the card" (offer_code_b)',
    ),
    _edge(
        (Step.ENTER_PIN, Step.ENTER_CODE_B, Step.NOTICE),
        _I.ASK_STAFF,
        NoticeCode.ASKED_FOR_STAFF,
        '"I do not know it, call staff" (PIN screens, wrong_secret), nothing tried',
    ),
    # The card was read: look for an open check-in here.
    _edge(Step.READING, _I.READ_RESULT, Step.READING, "read (LookUpOpenCheckIn)"),
    _edge(Step.READING, _I.OPEN_CHECK_IN_RESULT, Step.CHECKOUT_OFFER, "open check-in here"),
    _edge(
        Step.READING,
        _I.OPEN_CHECK_IN_RESULT,
        Step.ERA_CHOICE,
        "no open check-in (check-in)",
    ),
    _edge(Step.READING, _I.OPEN_CHECK_IN_RESULT, Step.CONFIRM, "same, era screen off"),
    _edge(
        Step.READING,
        _I.OPEN_CHECK_IN_RESULT,
        NoticeCode.NOT_CHECKED_IN,
        "退所登録 but no open check-in",
    ),
    _edge(
        Step.READING,
        _I.OPEN_CHECK_IN_RESULT,
        NoticeCode.STORAGE_FAILED,
        "退所登録 and the lookup failed",
    ),
    _edge(
        Step.NOTICE,
        _I.CHOOSE_ACTION,
        Step.ERA_CHOICE,
        '"check in instead" (offer_check_in)',
    ),
    _edge(Step.NOTICE, _I.CHOOSE_ACTION, Step.CONFIRM, "same, era screen off"),
    # The person's answer.
    _edge(Step.ERA_CHOICE, _I.CHOOSE_CALENDAR, Step.CONFIRM, "和暦 / 西暦", plain=True),
    _edge(Step.CONFIRM, _I.CHOOSE_CALENDAR, Step.CONFIRM, "switch 和暦 / 西暦"),
    _edge(Step.CONFIRM, _I.CONFIRM, Step.SAVING, "Correct (SaveEvent check-in)"),
    _edge(
        Step.CONFIRM,
        _I.NOT_CORRECT,
        NoticeCode.NOT_CORRECT,
        "Not correct (call staff)",
        plain=True,
    ),
    _edge(Step.CHECKOUT_OFFER, _I.CHECK_OUT, Step.SAVING, "Check out (SaveEvent check-out)"),
    _edge(
        Step.CHECKOUT_OFFER,
        _I.STAY,
        NoticeCode.STAYING,
        "Still staying (records nothing)",
        plain=True,
    ),
    _edge(
        (Step.CONFIRM, Step.CHECKOUT_OFFER),
        (_I.CONFIRM, _I.CHECK_OUT),
        NoticeCode.CANNOT_RECORD,
        "Correct / Check out, but no shelter or terminal id (nothing saved)",
    ),
    _edge(Step.SAVING, _I.SAVE_RESULT, Step.DONE, "saved"),
    _edge(Step.SAVING, _I.SAVE_RESULT, NoticeCode.STORAGE_FAILED, "storage failed"),
    # Leaving the result and the notices.
    _edge(Step.DONE, (_I.TICK, _I.DISMISS), Step.IDLE, "result_display_s / OK"),
    _edge(Step.DONE, _I.CHOOSE_ACTION, Step.IDLE, "避難登録 / 退所登録 (sets the intent)"),
    _edge(
        Step.NOTICE,
        (_I.TICK, _I.DISMISS),
        Step.IDLE,
        "notice_display_s / OK (not no_reader)",
    ),
    _edge(Step.OUT_OF_SERVICE, (_I.TICK, _I.DISMISS), Step.IDLE, "notice_display_s / OK"),
    _edge(Step.NOTICE, _I.READER_ATTACHED, Step.IDLE, "no_reader, the reader is back"),
    # From many steps at once.
    _edge(
        tuple(s for s in _ALL if s not in (Step.IDLE, Step.SAVING)),
        _I.CANCEL,
        Step.IDLE,
        "cancel (drops everything)",
    ),
    _edge(
        tuple(s for s in INTERACTIVE if s != Step.NO_CARD_HELP),
        _I.TICK,
        Step.IDLE,
        'no answer to "Do you need more time?"',
    ),
    _edge(
        (*CARD_NEEDED, Step.NOTICE),
        _I.CARD_REMOVED,
        NoticeCode.CARD_REMOVED,
        "card pulled before the final answer, or on a notice that offers a way on",
    ),
    _edge(
        tuple(s for s in _ALL if s not in READER_NOT_NEEDED),
        _I.READER_DETACHED,
        NoticeCode.NO_READER,
        "reader unplugged (waits for the reader)",
    ),
    _edge(
        _ALL,
        (_I.CANCEL, _I.DISMISS, _I.BACK, _I.TICK),
        NoticeCode.NO_READER,
        "any way back to idle while the reader is missing",
    ),
    _edge(
        _ALL,
        (_I.CANCEL, _I.DISMISS, _I.BACK, _I.TICK, _I.READER_ATTACHED),
        NoticeCode.SHELTER_CLOSED,
        "any way back to idle while the shelter is closed (the person finished first)",
    ),
    _edge(
        Step.READING,
        _I.OPEN_CHECK_IN_RESULT,
        Step.OUT_OF_SERVICE,
        "the lookup raised an unexpected error",
    ),
    _edge(_ALL, _I.BUG, Step.OUT_OF_SERVICE, "an unexpected error in the flow's I/O (logged)"),
    # The camera path (settings camera.mode; My Number cards whose 照合番号B may be tried).
    _edge(
        Step.CONSENT,
        _I.AGREE,
        Step.CAMERA_CARD,
        "agree (My Number, camera path on, 照合番号B usable) (ReadCardFace)",
    ),
    _edge(
        (Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B, Step.NOTICE),
        _I.USE_CAMERA,
        Step.CAMERA_CARD,
        '"use the camera" (camera_offered) (ReadCardFace)',
    ),
    _edge(Step.CAMERA_CARD, _I.CAMERA_GUIDANCE, Step.CAMERA_CARD, "guidance (hold still...)"),
    _edge(
        (Step.CAMERA_CARD, Step.FACE_CHECK),
        _I.CARD_REMOVED,
        NoticeCode.CARD_REMOVED,
        "card pulled, a card camera of its own (one camera = held up, not a cancel)",
    ),
    _edge(Step.CAMERA_CARD, _I.CHOOSE_METHOD, Step.ENTER_PIN, "use the PIN instead"),
    _edge(Step.CAMERA_CARD, _I.CHOOSE_METHOD, Step.ENTER_CODE_B, "type the number"),
    _edge(
        (Step.CAMERA_CARD, Step.FACE_CHECK, Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B),
        _I.CHOOSE_METHOD,
        Step.READING,
        "use the PIN (offer_pin) / the number after the card was read or lifted (status again)",
    ),
    _edge(
        (
            Step.CAMERA_CARD,
            Step.FACE_CHECK,
            Step.CHOOSE_METHOD,
            Step.ENTER_PIN,
            Step.ENTER_CODE_B,
            Step.NOTICE,
        ),
        (_I.CHOOSE_METHOD, _I.SUBMIT_CODE_B, _I.CARD_FACE_RESULT, _I.TICK),
        Step.CAMERA_CARD,
        "the card held up to the camera is not on the reader (place it again)",
    ),
    _edge(
        (Step.CAMERA_CARD, Step.FACE_CHECK),
        _I.ASK_STAFF,
        NoticeCode.ASKED_FOR_STAFF,
        "call staff (nothing tried)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_FACE_RESULT,
        Step.READING,
        "3 frames agree (ReadCard, one VERIFY, with the photo in the face mode)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_FACE_RESULT,
        Step.ENTER_PIN,
        "agreed, PIN-then-face mode (the PIN next)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_FACE_RESULT,
        Step.ENTER_CODE_B,
        "unreadable / not sure / impossible (pre-filled to check, no VERIFY)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_FACE_RESULT,
        NoticeCode.CAMERA_UNAVAILABLE,
        "camera missing or unplugged (PIN / printed number offered, no VERIFY)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_FACE_RESULT,
        Step.CAMERA_CARD,
        "agreed, card lifted off the reader (place it again)",
    ),
    _edge(
        Step.CAMERA_CARD,
        _I.CARD_INSERTED,
        Step.READING,
        "card placed again after the camera read it (QueryCardStatus, then ReadCard)",
    ),
    _edge(
        Step.READING,
        _I.CARD_STATUS_RESULT,
        Step.READING,
        "status after the card was placed again (ReadCard with the camera's reading)",
    ),
    _edge(
        Step.READING,
        _I.CARD_STATUS_RESULT,
        Step.ENTER_PIN,
        'status again for "use the PIN" after a face check',
    ),
    _edge(
        Step.READING,
        _I.CARD_STATUS_RESULT,
        Step.ENTER_CODE_B,
        'status again for "type the number" after the card was held up',
    ),
    _edge(Step.READING, _I.READ_RESULT, Step.FACE_CHECK, "read with the photo (MatchFace)"),
    _edge(
        Step.READING,
        _I.READ_RESULT,
        NoticeCode.FACE_CHECK_UNAVAILABLE,
        "the photo could not be read (PIN / staff)",
    ),
    _edge(Step.FACE_CHECK, _I.CAMERA_GUIDANCE, Step.FACE_CHECK, "guidance (come closer...)"),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        Step.READING,
        "matched (LookUpOpenCheckIn)",
    ),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        NoticeCode.FACE_NOT_MATCHED,
        "no match (PIN / staff, nothing spent)",
    ),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        NoticeCode.FACE_NOT_SEEN,
        "no face / several faces / timeout (try again / PIN / staff)",
    ),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        NoticeCode.FACE_SPOOF_SUSPECTED,
        "a photo or the card held up (PIN / staff)",
    ),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        NoticeCode.FACE_CHECK_UNAVAILABLE,
        "no face on the card photo / matcher missing (PIN / staff)",
    ),
    _edge(
        Step.FACE_CHECK,
        _I.FACE_RESULT,
        NoticeCode.CAMERA_UNAVAILABLE,
        "face camera missing or unplugged (PIN / staff)",
    ),
    _edge(Step.NOTICE, _I.TRY_FACE_AGAIN, Step.FACE_CHECK, '"try again" (offer_face_again)'),
    _edge(
        Step.CAMERA_CARD,
        _I.TICK,
        Step.ENTER_CODE_B,
        "camera_timeout_s without an answer (as unreadable, no VERIFY)",
    ),
    _edge(Step.CAMERA_CARD, _I.TICK, Step.ENTER_PIN, "same, PIN-then-face mode"),
    _edge(Step.CAMERA_CARD, _I.TICK, Step.IDLE, "the card was never placed again"),
    _edge(
        Step.FACE_CHECK,
        _I.TICK,
        NoticeCode.FACE_NOT_SEEN,
        "camera_timeout_s without an answer (try again / PIN / staff)",
    ),
    _edge(
        (Step.CAMERA_CARD, Step.FACE_CHECK, Step.READING, Step.NOTICE, Step.ENTER_CODE_B),
        (_I.CARD_FACE_RESULT, _I.CARD_INSERTED, _I.CHOOSE_METHOD, _I.CARD_STATUS_RESULT),
        NoticeCode.KIOSK_NOT_READY,
        "camera path, the record database failed meanwhile (no VERIFY)",
    ),
    _edge(
        Step.NOTICE,
        _I.CHOOSE_METHOD,
        Step.ENTER_PIN,
        '"use the PIN" (offer_pin, the card still on the reader)',
    ),
    _edge(
        Step.NOTICE,
        _I.CHOOSE_METHOD,
        Step.READING,
        '"use the PIN" after the card was read (QueryCardStatus again)',
    ),
)


def _plain_table() -> Mapping[tuple[Step, Input], Target]:
    table: dict[tuple[Step, Input], Target] = {}
    for edge in EDGES:
        if not edge.plain:
            continue
        assert len(edge.sources) == 1 and len(edge.inputs) == 1, edge
        key = (edge.sources[0], edge.inputs[0])
        assert key not in table, key
        table[key] = edge.target
    return MappingProxyType(table)


#: The plain forward transitions the machine reads: (step, input) -> target.
PLAIN: Mapping[tuple[Step, Input], Target] = _plain_table()


def back_edges() -> tuple[Edge, ...]:
    """:data:`BACK` as edges, for the diagram and the tests."""
    edges: list[Edge] = []
    for source, rule in BACK.items():
        if isinstance(rule, Step):
            edges.append(_edge(source, Input.BACK, rule, "back"))
            continue
        if rule == BackRule.AS_DISMISS:
            edges.extend(
                Edge((source,), (Input.BACK,), edge.target, edge.label)
                for edge in EDGES
                if edge.sources == (source,) and Input.DISMISS in edge.inputs
            )
        for target, label in BACK_RULE_TARGETS[rule]:
            edges.append(_edge(source, Input.BACK, target, label))
    return tuple(edges)


def all_edges() -> tuple[Edge, ...]:
    """Every transition the machine may take: :data:`EDGES` and :data:`BACK`."""
    return (*EDGES, *back_edges())
