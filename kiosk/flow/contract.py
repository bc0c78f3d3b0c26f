"""The shape of the check-in flow, shared by the state machine and the screens.

The machine (``kiosk.flow.machine.CheckInFlow``) is pure: it holds a :class:`FlowView`, takes
input through methods, and asks its host to do I/O by returning :class:`Effect` objects. The
host (the Qt UI through worker threads, or a test driving it synchronously) performs each
effect and feeds the outcome back through the matching ``*_result`` method. No effect blocks
the machine; no method of the machine does I/O.

The I/O effects (``QueryCardStatus``, ``ReadCard``, ``LookUpOpenCheckIn``, ``SaveEvent``, and
on the camera path ``ReadCardFace`` and ``MatchFace``) carry a ``token``; a host that runs them
asynchronously passes it back to the result method (``flow.read_result(result,
token=effect.token)``) so that a result arriving after the person cancelled, pulled the card
or timed out is ignored instead of landing in the next session.

Screens render ``FlowView`` and report input; they never decide what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.cards.api import CardPhoto, CardStatus, Secret, SecretKind
from kiosk.domain import BasicInfo, CardType, SituationFlag
from kiosk.records import Event, FaceCheck, Person
from kiosk.settings import CameraMode


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
    #: Camera path (settings ``camera.mode``): "hold the front of your card up to the
    #: camera" while the card camera reads 照合番号B off the card face (``ReadCardFace``);
    #: buttons: use the PIN (``choose_method(PIN)``), type the number
    #: (``choose_method(CODE_B)``), call staff (``ask_staff()``), cancel.
    CAMERA_CARD = "camera_card"
    #: Face match: "look at the camera" while ``MatchFace`` runs; ``view.guidance`` says what
    #: to do (come closer, one person at a time); buttons: use the PIN
    #: (``choose_method(PIN)``, when ``view.offer_pin``), call staff, cancel.
    FACE_CHECK = "face_check"
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
    #: The shelter's latest open / close record is a close (made here or on a paired
    #: terminal): nobody new starts, nothing is read from the card; staff open it again.
    #: Stays on screen (the idle screen) until an open notice.
    SHELTER_CLOSED = "shelter_closed"
    CANNOT_RECORD = "cannot_record"  # a record without shelter/terminal id: not saved, staff
    #: The person does not know their PIN (or the printed number) and asked for staff:
    #: nothing tried, nothing recorded, the card is safe; staff register them.
    ASKED_FOR_STAFF = "asked_for_staff"
    #: The camera could not be used (missing, unplugged mid-read): nothing was sent to the
    #: card; the notice offers the PIN (``offer_pin``) and the printed number
    #: (``offer_code_b``). Staff see the camera in the status.
    CAMERA_UNAVAILABLE = "camera_unavailable"
    #: The face did not match the card photo: the card's data is not used; the notice offers
    #: the PIN (``offer_pin``, when the card allows it) and staff (``offer_call_staff``).
    FACE_NOT_MATCHED = "face_not_matched"
    #: No face (or several faces) seen in time: nothing spent; "try again"
    #: (``offer_face_again`` -> ``try_face_again()``), the PIN, staff.
    FACE_NOT_SEEN = "face_not_seen"
    #: A photo or the card itself was held up to the camera: the PIN or staff.
    FACE_SPOOF_SUSPECTED = "face_spoof_suspected"
    #: The face match cannot be done (the card photo could not be read, no face on it, the
    #: matcher not installed): the PIN or staff.
    FACE_CHECK_UNAVAILABLE = "face_check_unavailable"


class CameraGuidance(StrEnum):
    """What the camera screens tell the person right now (``FlowView.guidance``); each has a
    translated line, a picture and a spoken prompt in the UI."""

    HOLD_CARD = "hold_card"  # hold the front of your card up to the camera
    HOLD_CARD_STILL = "hold_card_still"  # a card is seen but not read yet: hold it still
    LOOK_AT_CAMERA = "look_at_camera"  # no face seen yet
    COME_CLOSER = "come_closer"  # the face is too small / far
    ONE_PERSON = "one_person"  # several faces: one person at a time, please
    CHECKING = "checking"  # a face is seen: comparing with the card photo
    #: The card was lifted off the reader to show it to the camera (one camera for both
    #: roles): "place your card on the reader again" (then ``card_inserted()``).
    PLACE_CARD_ON_READER = "place_card_on_reader"


class CardFaceProblem(StrEnum):
    """Why the card face gave no agreed 照合番号B (``kiosk.camera.card_face`` re-exports it)."""

    NO_CARD = "no_card"  # no card-shaped region in the frame
    UNREADABLE = "unreadable"  # a field could not be read at all
    IMPLAUSIBLE = "implausible"  # read, but not a possible value (a misread)
    LOW_CONFIDENCE = "low_confidence"  # read, but the recogniser was not sure
    DISAGREE = "disagree"  # frames gave different readings
    CAMERA_UNAVAILABLE = "camera_unavailable"  # no camera, or it went away mid-read


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
class CardFaceResult:
    """The outcome of :class:`ReadCardFace` (a secret: its repr is hidden).

    ``code_b``: three consecutive frames agreed on plausible fields (the machine builds the
    secret and sends ONE ``ReadCard``). Otherwise ``problem`` says why, and ``prefill`` (the
    reading seen most often, maybe None) pre-fills the typed screen for the person to check.
    """

    code_b: CodeBInput | None = None
    problem: CardFaceProblem | None = None
    prefill: CodeBInput | None = None
    #: How the birth date is printed on the card (和暦 / 西暦), when read.
    calendar: Calendar | None = None

    def __repr__(self) -> str:
        state = "agreed" if self.code_b is not None else self.problem
        return f"CardFaceResult({state})"

    __str__ = __repr__


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
    #: CHOOSE_METHOD / ENTER_PIN / ENTER_CODE_B / NOTICE: show "use the camera instead"
    #: (``use_camera()``): the camera path is on, the camera works and 照合番号B may be tried.
    camera_offered: bool = False
    #: CAMERA_CARD / FACE_CHECK: what to tell the person now (updated by the host's
    #: ``camera_guidance``); None elsewhere.
    guidance: CameraGuidance | None = None
    #: ENTER_CODE_B after the camera could not be sure: the reading to pre-fill for the
    #: person to check (a secret: never logged, spoken or shown outside the three fields;
    #: ``CodeBInput`` hides it in repr), and why it was not used. None otherwise.
    code_b_prefill: CodeBInput | None = None
    camera_problem: CardFaceProblem | None = None
    #: NOTICE (camera and face notices): show "use the PIN" (``choose_method(PIN)``).
    offer_pin: bool = False
    #: NOTICE face_not_seen: show "try again" (``try_face_again()``; costs no card try).
    offer_face_again: bool = False
    #: CONFIRM / CHECKOUT_OFFER / DONE: the face check's outcome for this pass (the record's
    #: ``face_check``); None before it is decided.
    face_check: FaceCheck | None = None
    #: CONSENT: the camera path this person will take (the consent text names the camera
    #: use: what it is for, no images kept, nothing of the face sent); None: no camera.
    camera_use: CameraMode | None = None


# ---------------------------------------------------------------------------------------------
# Effects: what the machine asks its host to do. The host reports back via the machine.


@dataclass(frozen=True)
class QueryCardStatus:
    """Identify the card and read its tries left (consumes no try). -> ``card_status_result``"""

    #: Pass back to the result method: results of a cancelled session are then ignored.
    token: int = 0


@dataclass(frozen=True)
class ReadCard:
    """VERIFY once and read the basic facts. -> ``read_result``. The secret is wiped after.

    ``with_photo`` (``kind`` CODE_B, face modes): ``read_with_photo``: the facts, then the
    card's face photo with the same 照合番号B; the ``ReadResult`` carries ``photo`` or
    ``photo_error``. ``photo_secret`` (PIN-then-face mode, ``kind`` PIN): the 照合番号B read
    off the card face, used only for the photo's application after the PIN read the facts;
    wiped after.
    """

    kind: SecretKind
    secret: Secret
    token: int = 0
    with_photo: bool = False
    photo_secret: Secret | None = None


@dataclass(frozen=True)
class ReadCardFace:
    """Read 照合番号B's three fields off the card face with the card camera (no card I/O):
    frames until three consecutive ones agree, or a problem. -> ``card_face_result`` with a
    :class:`CardFaceResult` (a camera missing or unplugged is ``problem`` camera_unavailable,
    or a ``KioskError``). The host may report progress through ``camera_guidance``."""

    token: int = 0


@dataclass(frozen=True)
class MatchFace:
    """Compare live frames of the face camera with ``photo`` (the card's photo, decoded in
    memory only) -> ``face_result`` with a :class:`~kiosk.face.outcome.FaceMatchResult` (or
    a ``KioskError``: the camera went away). The host may report ``camera_guidance`` as
    frames come. The machine wipes ``photo`` once the result is in (or the pass ends)."""

    photo: CardPhoto = field(repr=False)
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
    | ReadCardFace
    | MatchFace
    | LookUpOpenCheckIn
    | SaveEvent
    | Speak
    | StopSpeaking
    | ClearPersonalData
)
