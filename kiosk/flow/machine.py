"""The check-in / check-out flow as a pure state machine (no Qt, no I/O, no threads).

The host (the Qt UI, or :class:`kiosk.flow.runner.FlowRunner` in tests) calls an input method
for every touch, card event and I/O result, performs the :mod:`~kiosk.flow.contract` effects
it gets back, and renders :attr:`CheckInFlow.view`. ``tick()`` is called about once a second
and drives every timeout from the injected clock, so tests control time exactly.

Where ``back()`` goes, and the plain forward transitions, are the tables of
:mod:`kiosk.flow.transitions`, which also list every other transition the code below takes;
docs/flow.md draws them (``scripts/flow_diagram.py``).

Decisions (see docs/flow.md for the reasoning):

- Placing a card is the normal start. 避難登録 / 退所登録 on the idle screen only set the
  intent; pressing one while a card already lies on the reader starts the flow too.
- My Number cards go from consent straight to the PIN keypad (the common case, 3 touches);
  the keypad offers "no PIN? use the number printed on the card" (照合番号B). ``back()`` from
  either secret screen shows CHOOSE_METHOD with both options.
- Pulling the card before the person's final answer (Correct / Check out) cancels: nothing is
  recorded. After it the record completes: the card is no longer needed.
- 退所登録 with no open check-in here: nothing is recorded; the notice sends the person to
  staff and offers "check in instead" with the data already read.
- A kiosk that cannot record (the settings block it, or the host reported
  ``recording_available(False)``: the record database is damaged beyond repair) reads no card:
  a placed card or 避難登録 / 退所登録 shows the kiosk_not_ready notice, and a PIN / 照合番号B
  typed before the store failed is never sent (no VERIFY). A card already read goes on to the
  save, whose own result is told.
- A closed shelter (the host's ``shelter_closed(True)``: the latest open / close record is a
  close, made here or on a paired terminal) starts nobody new: the idle screen becomes the
  shelter_closed notice and a placed card or 避難登録 / 退所登録 reads nothing. The person at
  the kiosk when it closes finishes; the notice follows their result. An open notice
  (``shelter_closed(False)``) brings the idle screen back.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import assert_never

from kiosk import languages
from kiosk.cards.api import (
    BadCardDataError,
    CardError,
    CardLockedError,
    CardPhoto,
    CardRemovedError,
    CardStatus,
    CardTimeoutError,
    LastTryRefusedError,
    NoCardError,
    NoReaderError,
    ReadResult,
    Secret,
    SecretKind,
    SecretStatus,
    TriesUnreadableError,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.cards.code_b import build_code_b
from kiosk.clock import Clock
from kiosk.domain import BasicInfo, CardType, RegistrationType, SituationFlag
from kiosk.errors import KioskError
from kiosk.face.outcome import FaceMatchResult, FaceOutcome
from kiosk.flow import consent
from kiosk.flow.contract import (
    MORE_TIME,
    Action,
    Calendar,
    CameraGuidance,
    CardFaceProblem,
    CardFaceResult,
    ClearPersonalData,
    CodeBInput,
    ConfirmInput,
    Effect,
    FlowView,
    LookUpOpenCheckIn,
    MatchFace,
    NoticeCode,
    Prompt,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Speak,
    Step,
    StopSpeaking,
)
from kiosk.flow.shelter import utc_offset_minutes
from kiosk.flow.transitions import (
    BACK,
    CARD_NEEDED,
    CARD_STARTS_FROM,
    INTERACTIVE,
    PLAIN,
    READER_NOT_NEEDED,
    BackRule,
    Input,
    Target,
)
from kiosk.records import Event, EventKind, FaceCheck, OpenCheckIn, Person
from kiosk.settings import CameraMode, Settings, SettingsProblem

log = logging.getLogger(__name__)

#: Builds the 14-digit 照合番号B secret from what was typed; raises a KioskError (code
#: "invalid_code_b") for impossible input.
CodeBBuilder = Callable[[CodeBInput], Secret]

_INTERACTIVE = frozenset(INTERACTIVE)
_CARD_STARTS_FROM = frozenset(CARD_STARTS_FROM)
_CARD_NEEDED = frozenset(CARD_NEEDED)
_READER_NOT_NEEDED = frozenset(READER_NOT_NEEDED)

#: The I/O effects the machine waits for, one at a time.
_IOEffect = QueryCardStatus | ReadCard | LookUpOpenCheckIn | SaveEvent | ReadCardFace | MatchFace

#: The camera steps: the host's camera effect is running (or the card is to be placed again).
_CAMERA_STEPS = frozenset({Step.CAMERA_CARD, Step.FACE_CHECK})
#: Notices with no OK and no timeout: they stay until the reader is back / the shelter opens.
_WAITING_NOTICES = frozenset({NoticeCode.NO_READER, NoticeCode.SHELTER_CLOSED})
#: Notices about the camera path: each offers staff (and the ways on its view says).
_CAMERA_NOTICES = frozenset(
    {
        NoticeCode.CAMERA_UNAVAILABLE,
        NoticeCode.FACE_NOT_MATCHED,
        NoticeCode.FACE_NOT_SEEN,
        NoticeCode.FACE_SPOOF_SUSPECTED,
        NoticeCode.FACE_CHECK_UNAVAILABLE,
    }
)
#: Notices on which "use the camera" may be offered (the card not read yet).
_CAMERA_OFFER_NOTICES = frozenset(
    {NoticeCode.WRONG_SECRET, NoticeCode.REFUSED_LAST_TRY, NoticeCode.LOCKED}
)
#: Where the face check's outcome leads when it is not a match.
_FACE_NOTICES: dict[FaceOutcome, NoticeCode] = {
    FaceOutcome.NO_MATCH: NoticeCode.FACE_NOT_MATCHED,
    FaceOutcome.NO_FACE_IN_FRAME: NoticeCode.FACE_NOT_SEEN,
    FaceOutcome.SEVERAL_FACES_IN_FRAME: NoticeCode.FACE_NOT_SEEN,
    FaceOutcome.SPOOF_SUSPECTED: NoticeCode.FACE_SPOOF_SUSPECTED,
    FaceOutcome.NO_FACE_ON_CARD: NoticeCode.FACE_CHECK_UNAVAILABLE,
    FaceOutcome.UNAVAILABLE: NoticeCode.FACE_CHECK_UNAVAILABLE,
}


def card_layer_code_b_builder(clock: Clock) -> CodeBBuilder:
    """The card layer's builder (``kiosk.cards.code_b.build_code_b``), today from ``clock``."""

    def build(code_b: CodeBInput) -> Secret:
        # The terminal's local date decides "born in the future"; the clock is UTC.
        today = clock.now().astimezone().date()
        return build_code_b(
            code_b.birth_date, code_b.expiry_year, code_b.security_code, today=today
        )

    return build


@dataclass(frozen=True)
class FlowConfig:
    """Settings-derived parameters of one flow."""

    shelter_id: str
    shelter_name: str
    terminal_id: str
    consent_version: str
    show_era_screen: bool = True
    idle_timeout_s: float = 30
    more_time_countdown_s: float = 20
    result_display_s: float = 12
    #: How long a notice stays before returning to idle (not NO_READER: that waits).
    notice_display_s: float = 15
    training: bool = False
    default_language: str = "ja"
    #: 照合番号B is refused when this many tries or fewer are left (see CardSettings).
    code_b_min_tries_left: int = 2
    #: The terminal's UTC offset for records; None: take it from the system's time zone.
    utc_offset_minutes: int | None = None
    #: Why this kiosk must not record (``Settings.recording_blocked_reason``): placing a card
    #: or pressing 避難登録 / 退所登録 then shows the kiosk_not_ready notice and reads nothing.
    recording_blocked: SettingsProblem | None = None
    #: The shelter's own words (settings ``shelter.after_checkin_text`` /
    #: ``shelter.staff_desk_text``; "" = the screens' translated defaults).
    after_checkin_text: str = ""
    staff_desk_text: str = ""
    #: The camera path (settings ``camera.mode``).
    camera_mode: CameraMode = CameraMode.OFF
    #: A camera step whose effect has not answered by then gives up (the host's camera hung):
    #: the card face as unreadable (the typed screen), the face as not seen.
    camera_timeout_s: float = 30
    #: One camera serves both roles (settings ``camera.face_camera`` empty): the card is held
    #: up to it, so leaving the reader on a camera step is not a cancel. With a card camera
    #: looking down at the reader, a card pulled on a camera step cancels as anywhere else.
    card_held_up: bool = True

    @classmethod
    def from_settings(cls, settings: Settings, consent_version: str | None = None) -> FlowConfig:
        """``consent_version``: None = the version of the text shown in the settings' camera
        mode (kiosk.flow.consent)."""
        ui = settings.ui
        if consent_version is None:
            consent_version = consent.consent_version(settings.camera.camera_mode)
        return cls(
            shelter_id=settings.shelter.shelter_id,
            shelter_name=settings.shelter.name,
            terminal_id=settings.shelter.terminal_id,
            consent_version=consent_version,
            show_era_screen=ui.show_era_screen,
            idle_timeout_s=ui.idle_timeout_s,
            more_time_countdown_s=ui.more_time_countdown_s,
            result_display_s=ui.result_display_s,
            notice_display_s=max(ui.result_display_s, 10),
            training=settings.shelter.training_mode,
            default_language=ui.default_language,
            code_b_min_tries_left=settings.cards.code_b_min_tries_left,
            recording_blocked=settings.recording_blocked_reason(),
            after_checkin_text=settings.shelter.after_checkin_text,
            staff_desk_text=settings.shelter.staff_desk_text,
            camera_mode=settings.camera.camera_mode,
            card_held_up=not settings.camera.face_camera.strip(),
        )


@dataclass
class _PersonalData:
    """Everything the machine holds about the person at the reader during their pass.

    Dropped in one assignment (``CheckInFlow._forget_person``). Nothing personal is kept
    anywhere else in the machine: the PIN and the 照合番号B parts go straight into the
    ``ReadCard`` effect's wipeable :class:`Secret`, and the phone, situation and message typed
    on the confirmation screen straight into the record of the ``SaveEvent`` effect. The view
    shows ``info`` only on the steps that need it.
    """

    #: Their card: which secrets it offers and the tries left.
    card_status: CardStatus | None = None
    #: The secret they chose.
    kind: SecretKind | None = None
    #: Name, address, birth date and sex as read from the card.
    info: BasicInfo | None = None
    #: Their open check-in at this shelter, if any.
    open_check_in: OpenCheckIn | None = None
    #: They gave the final answer; the record completes even if the card is pulled.
    committed: bool = False
    #: What the pending SaveEvent records.
    saving: Action | None = None
    #: The card face's agreed reading, held while the card is placed on the reader again or
    #: (PIN-then-face) until the PIN is typed; a secret like the PIN.
    camera_code_b: CodeBInput | None = None
    #: The birth date's calendar as printed on the card (read by the camera).
    printed_calendar: Calendar | None = None
    #: The card left the reader during the camera step (one camera for both roles): its
    #: session is gone, so the status is read again before any VERIFY.
    card_lifted: bool = False
    #: A card read happened this pass: the card session is closed (a PIN now needs the
    #: status again).
    read_done: bool = False
    #: What to do when the status read again comes back (PIN keypad, or the held reading).
    after_status: SecretKind | None = None
    #: This pass went through the camera (no era screen: 2 touches on the face path).
    camera_used: bool = False
    #: The read asks for the photo and a face check follows it.
    face_wanted: bool = False
    #: The card's photo, from the read to the face check's decision (wiped then).
    photo: CardPhoto | None = None
    face_check: FaceCheck | None = None

    def __repr__(self) -> str:
        return "_PersonalData(<personal data redacted>)"

    __str__ = __repr__


class CheckInFlow:
    """The evacuee flow. Every input method returns the effects the host must perform."""

    def __init__(
        self,
        config: FlowConfig,
        clock: Clock,
        *,
        new_event_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        build_code_b: CodeBBuilder | None = None,
    ) -> None:
        self._config = config
        self._clock = clock
        self._new_event_id = new_event_id
        self._build_code_b = build_code_b or card_layer_code_b_builder(clock)
        self._view = FlowView(
            language=config.default_language,
            shelter_name=config.shelter_name,
            after_checkin_text=config.after_checkin_text,
            staff_desk_text=config.staff_desk_text,
        )
        self._person = _PersonalData()
        self._card_present = False
        self._reader_missing = False
        #: The record store can record (the host's ``recording_available``).
        self._store_available = True
        #: The shelter's latest open / close record is a close (the host's ``shelter_closed``).
        self._shelter_closed = False
        #: The card camera works (the host's ``camera_available``).
        self._camera_ok = True
        self._next_token = 0
        #: (effect type, token) of the one I/O result the machine waits for.
        self._awaiting: tuple[type[_IOEffect], int] | None = None
        self._last_activity = clock.monotonic()
        self._step_entered = clock.monotonic()
        self._more_time_deadline: float | None = None

    # -----------------------------------------------------------------------------------------
    # State

    @property
    def view(self) -> FlowView:
        return self._view

    @property
    def config(self) -> FlowConfig:
        return self._config

    @property
    def holds_personal_data(self) -> bool:
        """True while the machine keeps anything about the person at the reader."""
        return self._person != _PersonalData() or self._view.info is not None

    @property
    def busy(self) -> bool:
        """True while the machine waits for an I/O result."""
        return self._awaiting is not None

    def start(self) -> list[Effect]:
        """Effects for the first screen (the idle prompt)."""
        return [Speak(self._prompt_id(), self._view.language)]

    # -----------------------------------------------------------------------------------------
    # Card and reader events

    def card_inserted(self) -> list[Effect]:
        self._card_present = True
        self._activity()
        if self._reader_missing:
            self._reader_missing = False
        if self._view.step in _CARD_STARTS_FROM:
            return self._start_session(self._view.action)
        then = self._person.after_status
        if self._view.step == Step.CAMERA_CARD and then is not None and self._awaiting is None:
            # Waiting for the card to come back (held up to the camera): its status again.
            return self._requery(then)
        return []

    def card_removed(self) -> list[Effect]:
        self._card_present = False
        step = self._view.step
        if step in _CAMERA_STEPS:
            if not self._config.card_held_up:
                return self._notice(NoticeCode.CARD_REMOVED)
            # Held up to the camera (one camera for both roles): not a cancel. The session
            # is gone, so the status is read again before any VERIFY.
            self._person.card_lifted = True
            return []
        if step in _CARD_NEEDED and not self._person.committed:
            return self._notice(NoticeCode.CARD_REMOVED)
        if step == Step.NOTICE and (
            self._person.card_status is not None or self._person.info is not None
        ):
            # A notice that still offers a way on (try the PIN again, use 照合番号B, check in
            # instead): the person walked away from it, so the session ends here.
            return self._notice(NoticeCode.CARD_REMOVED)
        return []

    def reader_detached(self) -> list[Effect]:
        self._card_present = False
        self._reader_missing = True
        if self._view.step in _READER_NOT_NEEDED:
            # The record does not need the reader; the notice follows the result screen.
            return []
        return self._notice(NoticeCode.NO_READER)

    def recording_available(self, available: bool) -> list[Effect]:
        """Whether the record store can record: the host reports each change (False while the
        database is damaged beyond repair, True when it is OK or RECOVERED). Changes no screen:
        the next session start (or secret submitted) reads it."""
        if available != self._store_available:
            log.warning("record store %s", "can record again" if available else "cannot record")
        self._store_available = available
        return []

    def shelter_closed(self, closed: bool) -> list[Effect]:
        """Whether the shelter is closed: the host reports each change of its latest open /
        close record. Nobody at the kiosk (idle, "no card?"): the shelter_closed notice at
        once; somebody at it: they finish, the notice follows (``_reset``)."""
        if closed == self._shelter_closed:
            return []
        self._shelter_closed = closed
        log.info(
            "shelter %s: %s",
            "closed" if closed else "open",
            "no new check-ins" if closed else "check-ins again",
        )
        step = self._view.step
        if closed and step in (Step.IDLE, Step.NO_CARD_HELP):
            return self._notice(NoticeCode.SHELTER_CLOSED)
        if not closed and step == Step.NOTICE and self._view.notice == NoticeCode.SHELTER_CLOSED:
            return self._reset()
        return []

    def reader_attached(self) -> list[Effect]:
        self._reader_missing = False
        if self._view.step == Step.NOTICE and self._view.notice == NoticeCode.NO_READER:
            return self._reset()
        return []

    # -----------------------------------------------------------------------------------------
    # Touches

    def choose_action(self, action: Action) -> list[Effect]:
        self._activity()
        step = self._view.step
        if step in (Step.IDLE, Step.NO_CARD_HELP, Step.DONE):
            if self._cannot_record():
                return self._not_ready()
            if self._shelter_closed:
                return self._closed()
            # A card lying on the reader at idle starts at once; on the result screen it is
            # still the previous person's card, so the button only sets the intent there.
            if self._card_present and not self._reader_missing and step != Step.DONE:
                return self._start_session(action)
            return self._go(Step.IDLE, replace(self._view, action=action))
        if (
            step == Step.NOTICE
            and self._view.offer_check_in
            and action == Action.CHECK_IN
            and self._person.info is not None
        ):
            self._person.open_check_in = None
            return self._after_lookup_check_in()
        return []

    def no_card_help(self) -> list[Effect]:
        self._activity()
        return self._plain(Input.NO_CARD_HELP)

    def agree(self) -> list[Effect]:
        self._activity()
        if self._view.step != Step.CONSENT:
            return []
        status = self._person.card_status
        assert status is not None
        if self._camera_path():
            return self._start_camera()
        if status.card_type == CardType.MYNUMBER and not self._usable(SecretKind.PIN):
            return self._enter_secret(SecretKind.CODE_B)
        return self._enter_secret(SecretKind.PIN)

    def cancel(self) -> list[Effect]:
        self._activity()
        if self._view.step in (Step.IDLE, Step.SAVING):
            if self._view.step == Step.IDLE and self._view.action is not None:
                return self._go(Step.IDLE, replace(self._view, action=None))
            return []
        # During READING the card I/O finishes on its own; its result is then ignored.
        return self._reset()

    def dismiss(self) -> list[Effect]:
        """The OK button of a NOTICE (and of DONE / OUT_OF_SERVICE)."""
        self._activity()
        step = self._view.step
        if step == Step.NOTICE and self._view.notice == NoticeCode.WRONG_SECRET:
            kind = self._person.kind or SecretKind.PIN
            return self._enter_secret(kind)
        if step == Step.NOTICE and self._view.notice in _WAITING_NOTICES:
            return []  # waits for the reader / for an open notice
        if step in (Step.NOTICE, Step.DONE, Step.OUT_OF_SERVICE):
            return self._reset()
        return []

    def back(self) -> list[Effect]:
        """Where back goes is the table ``kiosk.flow.transitions.BACK``."""
        self._activity()
        rule = BACK.get(self._view.step)
        if rule is None:
            return []
        if isinstance(rule, Step):
            return self._go(rule, replace(self._view, notice=None))
        match rule:
            case BackRule.RESET:
                return self._reset()
            case BackRule.AS_DISMISS:
                return self.dismiss()
            case BackRule.METHOD_OR_CONSENT:
                status = self._person.card_status
                both = (
                    status is not None
                    and status.card_type == CardType.MYNUMBER
                    and self._usable(SecretKind.PIN)
                    and self._usable(SecretKind.CODE_B)
                )
                target = Step.CHOOSE_METHOD if both else Step.CONSENT
                return self._go(target, replace(self._view, notice=None))
            case BackRule.ERA_IF_SHOWN:
                if not self._config.show_era_screen:
                    return []
                return self._go(Step.ERA_CHOICE, replace(self._view, notice=None))
            case _:
                assert_never(rule)

    def choose_method(self, kind: SecretKind) -> list[Effect]:
        self._activity()
        step = self._view.step
        status = self._person.card_status
        if status is None or status.card_type != CardType.MYNUMBER or not self._usable(kind):
            return []
        if step == Step.FACE_CHECK and not self._view.offer_pin:
            return []  # PIN then face: the PIN was already used
        if step in _CAMERA_STEPS:
            # The camera's work goes on in the host; its result is now stale.
            self._awaiting = None
            self._person.camera_code_b = None
            self._wipe_photo()
        elif not (
            step in (Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B)
            or (step == Step.NOTICE and self._view.offer_pin and kind == SecretKind.PIN)
            or (step == Step.NOTICE and self._view.offer_code_b and kind == SecretKind.CODE_B)
        ):
            return []
        if self._person.read_done or self._person.card_lifted:
            # The card session is gone (read, or the card held up to the camera).
            return self._requery(kind)
        return self._enter_secret(kind)

    def submit_pin(self, secret: Secret) -> list[Effect]:
        self._activity()
        if self._view.step != Step.ENTER_PIN or not self._card_present:
            secret.wipe()
            return []
        return self._read(SecretKind.PIN, secret)

    def submit_code_b(self, code_b: CodeBInput) -> list[Effect]:
        self._activity()
        step_ok = self._view.step == Step.ENTER_CODE_B
        if not step_ok or not (self._card_present or self._person.card_lifted):
            return []
        try:
            secret = self._build_code_b(code_b)
        except KioskError as exc:
            if exc.code != NoticeCode.INVALID_CODE_B.value:
                raise
            # Bad input loses nothing: the screen keeps what was typed and shows why.
            return self._set(replace(self._view, notice=NoticeCode.INVALID_CODE_B))
        if self._person.card_lifted:
            # The card was held up to the camera and placed again: its status first.
            secret.wipe()
            self._person.camera_code_b = code_b
            return self._requery(SecretKind.CODE_B)
        return self._read(SecretKind.CODE_B, secret)

    def choose_calendar(self, calendar: Calendar) -> list[Effect]:
        self._activity()
        view = replace(self._view, calendar=calendar)
        if self._view.step == Step.CONFIRM:
            return self._set(view)
        return self._plain(Input.CHOOSE_CALENDAR, view)

    def confirm(self, extra: ConfirmInput | None = None) -> list[Effect]:
        self._activity()
        info = self._person.info
        if self._view.step != Step.CONFIRM or info is None:
            return []
        extra = extra or ConfirmInput()
        self._person.committed = True
        self._person.saving = Action.CHECK_IN
        event = self._event(
            EventKind.CHECK_IN,
            info,
            person=Person.from_card(info, phone=extra.phone, message=extra.message_to_staff),
            situation=extra.situation,
        )
        return self._save(event)

    def not_correct(self) -> list[Effect]:
        self._activity()
        return self._plain(Input.NOT_CORRECT)

    def check_out(self) -> list[Effect]:
        self._activity()
        info = self._person.info
        open_check_in = self._person.open_check_in
        if self._view.step != Step.CHECKOUT_OFFER or info is None or open_check_in is None:
            return []
        self._person.committed = True
        self._person.saving = Action.CHECK_OUT
        event = self._event(
            EventKind.CHECK_OUT,
            info,
            person=Person.from_card(info),
            refers_to=open_check_in.event_id,
        )
        return self._save(event)

    def stay(self) -> list[Effect]:
        self._activity()
        return self._plain(Input.STAY)

    # -----------------------------------------------------------------------------------------
    # The camera path (settings ``camera.mode``; docs/flow.md "The camera path")

    def camera_available(self, available: bool) -> list[Effect]:
        """Whether the card camera can be used: the host reports each change (False when it
        is missing or was unplugged). Changes no screen; the camera path is not offered
        while it is False."""
        if available != self._camera_ok:
            log.warning("card camera %s", "available again" if available else "unavailable")
        self._camera_ok = available
        return []

    def use_camera(self) -> list[Effect]:
        """ "Use the camera instead" (``view.camera_offered``): CAMERA_CARD and ReadCardFace."""
        self._activity()
        step = self._view.step
        if (
            step in (Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B, Step.NOTICE)
            and self._view.camera_offered
            and self._camera_offer()
        ):
            return self._start_camera()
        return []

    def try_face_again(self) -> list[Effect]:
        """NOTICE face_not_seen's "try again" (``view.offer_face_again``): FACE_CHECK and a
        new MatchFace with the photo still held (no card I/O, no try spent)."""
        self._activity()
        photo = self._person.photo
        if self._view.step != Step.NOTICE or not self._view.offer_face_again or photo is None:
            return []
        return self._match_face(photo)

    def camera_guidance(self, guidance: CameraGuidance, token: int | None = None) -> list[Effect]:
        """Progress of the running ReadCardFace / MatchFace (pass its token): updates
        ``view.guidance`` on CAMERA_CARD / FACE_CHECK; ignored elsewhere or when stale."""
        awaiting = self._awaiting
        if (
            self._view.step not in _CAMERA_STEPS
            or awaiting is None
            or awaiting[0] not in (ReadCardFace, MatchFace)
            or (token is not None and token != awaiting[1])
            or guidance == self._view.guidance
        ):
            return []
        return self._set(replace(self._view, guidance=guidance))

    def card_face_result(
        self, result: CardFaceResult | KioskError, token: int | None = None
    ) -> list[Effect]:
        """ReadCardFace's outcome: an agreed reading is sent in ONE ReadCard; anything else
        sends nothing (the typed screen pre-filled, or the camera notice)."""
        if not self._accept(ReadCardFace, token):
            return []
        face_mode = self._config.camera_mode
        if isinstance(result, KioskError) or result.problem == CardFaceProblem.CAMERA_UNAVAILABLE:
            code = result.code if isinstance(result, KioskError) else result.problem
            log.warning("card camera failed: %s", code)
            self._camera_ok = False
            if face_mode == CameraMode.PIN_THEN_FACE and self._usable(SecretKind.PIN):
                return self._camera_unsure(None, CardFaceProblem.CAMERA_UNAVAILABLE)
            return self._camera_notice(NoticeCode.CAMERA_UNAVAILABLE)
        self._person.camera_used = True
        self._person.printed_calendar = result.calendar
        code_b = result.code_b
        if code_b is None:
            return self._camera_unsure(result.prefill, result.problem)
        try:
            secret = self._build_code_b(code_b)
        except KioskError as exc:
            if exc.code != NoticeCode.INVALID_CODE_B.value:
                raise
            return self._camera_unsure(code_b, CardFaceProblem.IMPLAUSIBLE)
        pin_first = face_mode == CameraMode.PIN_THEN_FACE
        if pin_first:
            # The reading opens the photo's application after the PIN read the facts.
            self._person.face_wanted = True
        if pin_first or not self._card_present or self._person.card_lifted:
            secret.wipe()
            self._person.camera_code_b = code_b
            if not self._card_present or self._person.card_lifted:
                return self._requery(self._next_secret())
            return self._enter_secret(SecretKind.PIN)
        return self._read(SecretKind.CODE_B, secret)

    def face_result(
        self, result: FaceMatchResult | KioskError, token: int | None = None
    ) -> list[Effect]:
        """MatchFace's outcome: a match goes on to the record; anything else drops the facts
        read and offers the PIN, try again or staff (no card try is spent here)."""
        if not self._accept(MatchFace, token):
            return []
        if isinstance(result, KioskError):
            log.warning("face camera failed: %s", result.code)
            # The camera path needs it: not offered again until the host reports it back.
            self._camera_ok = False
            self._wipe_photo()
            return self._face_failed(NoticeCode.CAMERA_UNAVAILABLE)
        log.info("face check: %s", result.outcome.value)
        if result.outcome is FaceOutcome.MATCH:
            self._wipe_photo()
            info = self._person.info
            if info is None:  # not reachable: the read's facts are kept until the decision
                return self._notice(NoticeCode.FACE_CHECK_UNAVAILABLE)
            self._person.face_check = FaceCheck.MATCHED
            return self._look_up(info)
        code = _FACE_NOTICES[result.outcome]
        if code == NoticeCode.FACE_NOT_SEEN:
            return self._face_failed(code, again=True)
        if code == NoticeCode.FACE_NOT_MATCHED:
            self._person.face_check = FaceCheck.NOT_MATCHED
        self._wipe_photo()
        return self._face_failed(code)

    def ask_staff(self) -> list[Effect]:
        """The person does not know the PIN or the printed number and asks for staff (the PIN
        screens, the wrong-secret notice). Nothing is tried and nothing recorded; the person
        is dropped and sent to the staff desk, where staff register people without a card."""
        self._activity()
        step = self._view.step
        if step in (Step.ENTER_PIN, Step.ENTER_CODE_B, *_CAMERA_STEPS) or (
            step == Step.NOTICE and self._view.offer_call_staff
        ):
            return self._notice(NoticeCode.ASKED_FOR_STAFF)
        return []

    def touched(self) -> list[Effect]:
        """Any touch on the screen: resets the idle timer and answers "more time?"."""
        was_asking = self._view.asking_more_time
        self._activity()
        if was_asking:
            return [StopSpeaking(), Speak(self._prompt_id(), self._view.language)]
        return []

    def more_time(self) -> list[Effect]:
        return self.touched()

    def set_language(self, language: str) -> list[Effect]:
        self._activity()
        if language == self._view.language:
            return []
        self._view = replace(self._view, language=language)
        return [StopSpeaking(), Speak(self._current_prompt_id(), language)]

    # -----------------------------------------------------------------------------------------
    # Time

    def tick(self) -> list[Effect]:
        now = self._clock.monotonic()
        step = self._view.step
        in_step = now - self._step_entered
        if step == Step.DONE and in_step >= self._config.result_display_s:
            return self._reset()
        if step in (Step.NOTICE, Step.OUT_OF_SERVICE):
            if self._view.notice in _WAITING_NOTICES:
                return []
            if in_step >= self._config.notice_display_s:
                return self._reset()
            return []
        if step in _CAMERA_STEPS:
            if in_step >= self._config.camera_timeout_s:
                return self._camera_timeout()
            return []
        if step == Step.NO_CARD_HELP:
            # Nothing personal on screen: no need to ask "more time?".
            if now - self._last_activity >= self._config.idle_timeout_s:
                return self._go(Step.IDLE, self._idle_view())
            return []
        if step == Step.IDLE:
            if (
                self._view.action is not None
                and now - self._last_activity >= self._config.idle_timeout_s
            ):
                return self._go(Step.IDLE, self._idle_view())
            return []
        if step not in _INTERACTIVE:
            return []
        if self._more_time_deadline is not None:
            left = self._more_time_deadline - now
            if left <= 0:
                return self._reset()
            countdown = math.ceil(left)
            if countdown != self._view.countdown_s:
                return self._set(replace(self._view, countdown_s=countdown))
            return []
        if now - self._last_activity >= self._config.idle_timeout_s:
            self._more_time_deadline = now + self._config.more_time_countdown_s
            countdown = math.ceil(self._config.more_time_countdown_s)
            return [
                *self._set(replace(self._view, asking_more_time=True, countdown_s=countdown)),
                StopSpeaking(),
                Speak(MORE_TIME, self._view.language),
            ]
        return []

    # -----------------------------------------------------------------------------------------
    # I/O results

    def card_status_result(
        self, result: CardStatus | CardError, token: int | None = None
    ) -> list[Effect]:
        if not self._accept(QueryCardStatus, token):
            return []
        if isinstance(result, CardError):
            return self._card_error(result)
        self._person.card_status = result
        self._view = replace(self._view, card_type=result.card_type, card_status=result)
        then = self._person.after_status
        if then is not None:
            return self._after_requery(then, result)
        if result.card_type == CardType.MYNUMBER:
            usable = self._usable(SecretKind.PIN) or self._usable(SecretKind.CODE_B)
        else:
            usable = self._usable(SecretKind.PIN)
        if not usable:
            return self._blocked_notice()
        return self._go(Step.CONSENT)

    def read_result(self, result: ReadResult | CardError, token: int | None = None) -> list[Effect]:
        if not self._accept(ReadCard, token):
            return []
        if isinstance(result, WrongSecretError):
            return self._wrong_secret(result.tries_left)
        if isinstance(result, CardError):
            return self._card_error(result)
        self._person.read_done = True
        if self._person.face_wanted:
            self._person.info = result.info
            if result.photo is not None:
                self._person.photo = result.photo
                return self._match_face(result.photo)
            problem = result.photo_error.code if result.photo_error else "no_photo"
            log.warning("card photo not read: %s", problem)
            if self._person.kind != SecretKind.PIN:
                return self._face_failed(NoticeCode.FACE_CHECK_UNAVAILABLE)
            # PIN then face: the PIN stands; the record says the face was not checked.
        elif result.photo is not None:
            result.photo.wipe()
        return self._look_up(result.info)

    def open_check_in_result(
        self, result: OpenCheckIn | Exception | None, token: int | None = None
    ) -> list[Effect]:
        if not self._accept(LookUpOpenCheckIn, token):
            return []
        if isinstance(result, Exception):
            if not isinstance(result, KioskError):
                return self.bug(result)
            log.warning("open check-in lookup failed: %s", result.code)
            if self._view.action == Action.CHECK_OUT:
                return self._notice(NoticeCode.STORAGE_FAILED)
            # A check-in is still safe to record; the offer to check out is just skipped.
            result = None
        self._person.open_check_in = result
        if result is not None:
            return self._go(Step.CHECKOUT_OFFER)
        if self._view.action == Action.CHECK_OUT:
            return self._notice(NoticeCode.NOT_CHECKED_IN, replace(self._view, offer_code_b=False))
        return self._after_lookup_check_in()

    def save_result(self, result: KioskError | None, token: int | None = None) -> list[Effect]:
        if not self._accept(SaveEvent, token):
            return []
        if result is not None:
            log.warning("saving the record failed: %s", result.code)
            return self._notice(NoticeCode.STORAGE_FAILED)
        recorded = self._person.saving
        self._forget_person()
        effects = self._go(Step.DONE, replace(self._empty_view(), recorded_action=recorded))
        return [ClearPersonalData(), *effects]

    def bug(self, exc: BaseException) -> list[Effect]:
        """An unexpected exception anywhere in the flow's I/O: log it, show out-of-service."""
        log.error("bug in the check-in flow", exc_info=exc)
        self._forget_person()
        effects = self._go(Step.OUT_OF_SERVICE, self._empty_view())
        return [ClearPersonalData(), *effects]

    # -----------------------------------------------------------------------------------------
    # The camera path's internals

    def _camera_path(self) -> bool:
        """After consent: the camera reads the card face first (My Number, 照合番号B usable)."""
        mode = self._config.camera_mode
        status = self._person.card_status
        return (
            mode != CameraMode.OFF
            and self._camera_ok
            and status is not None
            and status.card_type == CardType.MYNUMBER
            and self._usable(SecretKind.CODE_B)
            and (mode != CameraMode.PIN_THEN_FACE or self._usable(SecretKind.PIN))
        )

    def _camera_offer(self) -> bool:
        """ "Use the camera instead" may be shown (card-face modes, the card not read yet)."""
        return (
            self._config.camera_mode in (CameraMode.CARD_FACE, CameraMode.CARD_FACE_AND_FACE)
            and self._camera_path()
            and not self._person.read_done
            and self._person.info is None
        )

    def _start_camera(self) -> list[Effect]:
        self._person.camera_code_b = None
        token = self._issue(ReadCardFace)
        view = replace(self._view, notice=None, guidance=CameraGuidance.HOLD_CARD)
        return [*self._go(Step.CAMERA_CARD, view), ReadCardFace(token=token)]

    def _next_secret(self) -> SecretKind:
        """What follows an agreed card-face reading: the PIN (PIN then face) or the VERIFY
        with the reading."""
        if self._config.camera_mode == CameraMode.PIN_THEN_FACE:
            return SecretKind.PIN
        return SecretKind.CODE_B

    def _camera_unsure(
        self, prefill: CodeBInput | None, problem: CardFaceProblem | None
    ) -> list[Effect]:
        """No agreed reading: nothing is sent; the person checks the reading (or the PIN)."""
        if self._config.camera_mode == CameraMode.PIN_THEN_FACE and self._usable(SecretKind.PIN):
            if self._person.card_lifted or not self._card_present:
                return self._requery(SecretKind.PIN)
            return self._enter_secret(SecretKind.PIN)
        return self._enter_secret(
            SecretKind.CODE_B, prefill=prefill, problem=problem or CardFaceProblem.UNREADABLE
        )

    def _camera_notice(self, code: NoticeCode) -> list[Effect]:
        """A camera notice before the card was read: the PIN, the printed number, staff."""
        kept = replace(
            self._view,
            offer_pin=self._usable(SecretKind.PIN),
            offer_code_b=self._code_b_available(),
            offer_call_staff=True,
        )
        return self._notice(code, kept)

    def _match_face(self, photo: CardPhoto) -> list[Effect]:
        token = self._issue(MatchFace)
        view = replace(
            self._view,
            notice=None,
            guidance=CameraGuidance.LOOK_AT_CAMERA,
            offer_pin=self._person.kind != SecretKind.PIN and self._usable(SecretKind.PIN),
        )
        return [*self._go(Step.FACE_CHECK, view), MatchFace(photo=photo, token=token)]

    def _face_failed(self, code: NoticeCode, *, again: bool = False) -> list[Effect]:
        """The face check gave no match: the facts read are not used (kept only for "try
        again"); the PIN (a new status read first), try again, or staff."""
        info = self._person.info
        pin_read = self._person.kind == SecretKind.PIN
        if (
            pin_read
            and info is not None
            and code in (NoticeCode.FACE_CHECK_UNAVAILABLE, NoticeCode.CAMERA_UNAVAILABLE)
        ):
            # PIN then face: the face could not be checked at all; the PIN stands.
            self._wipe_photo()
            return self._look_up(info)
        offer_pin = not pin_read and self._usable(SecretKind.PIN)
        again = again and self._person.photo is not None
        if not again:
            self._wipe_photo()
            self._person.info = None
        if not (offer_pin or again):
            return self._notice(code)  # staff only: the person is dropped
        kept = replace(
            self._view,
            offer_pin=offer_pin,
            offer_face_again=again,
            offer_code_b=False,
            offer_call_staff=True,
        )
        return self._notice(code, kept)

    def _wipe_photo(self) -> None:
        photo, self._person.photo = self._person.photo, None
        if photo is not None:
            photo.wipe()

    def _requery(self, then: SecretKind) -> list[Effect]:
        """Read the card's status again (a new session), then ``then``: the PIN keypad, or
        the held camera reading sent as 照合番号B."""
        if self._cannot_record():
            return self._not_ready()
        # A new attempt: whatever the last read gave (facts, photo) is not used.
        self._wipe_photo()
        self._person.info = None
        self._person.after_status = then
        if not self._card_present:
            # Held up to the camera: "place your card on the reader again" (card_inserted).
            self._awaiting = None
            view = replace(self._view, notice=None, guidance=CameraGuidance.PLACE_CARD_ON_READER)
            return self._go(Step.CAMERA_CARD, view)
        self._person.card_lifted = False
        token = self._issue(QueryCardStatus)
        return [
            *self._go(Step.READING, replace(self._view, notice=None)),
            QueryCardStatus(token=token),
        ]

    def _after_requery(self, then: SecretKind, status: CardStatus) -> list[Effect]:
        self._person.after_status = None
        self._person.read_done = False
        if status.card_type != CardType.MYNUMBER:
            return self._notice(NoticeCode.UNSUPPORTED_CARD)
        if not self._usable(then):
            self._person.kind = then
            return self._blocked_notice()
        code_b = self._person.camera_code_b
        if then == SecretKind.CODE_B and code_b is not None:
            self._person.camera_code_b = None
            return self._read(SecretKind.CODE_B, self._build_code_b(code_b))
        # PIN then face keeps the reading for the photo.
        return self._enter_secret(then)

    def _look_up(self, info: BasicInfo) -> list[Effect]:
        """The card was read (and the face matched): look for an open check-in here."""
        self._person.info = info
        self._view = replace(self._view, info=info, card_type=info.card_type)
        token = self._issue(LookUpOpenCheckIn)
        person = Person.from_card(info)
        return [
            *self._go(Step.READING),
            LookUpOpenCheckIn(person=person, shelter_id=self._config.shelter_id, token=token),
        ]

    def _camera_timeout(self) -> list[Effect]:
        """A camera step ran past ``camera_timeout_s``: its effect's late result is ignored."""
        self._awaiting = None
        if self._view.step == Step.FACE_CHECK:
            return self._face_failed(NoticeCode.FACE_NOT_SEEN, again=True)
        if self._person.after_status is not None:
            return self._reset()  # the card was never placed again
        return self._camera_unsure(None, CardFaceProblem.UNREADABLE)

    # -----------------------------------------------------------------------------------------
    # Internals

    def _activity(self) -> None:
        self._last_activity = self._clock.monotonic()
        self._more_time_deadline = None
        if self._view.asking_more_time:
            self._view = replace(self._view, asking_more_time=False, countdown_s=0)

    def _issue(self, kind: type[_IOEffect]) -> int:
        self._next_token += 1
        self._awaiting = (kind, self._next_token)
        return self._next_token

    def _accept(self, kind: type[_IOEffect], token: int | None) -> bool:
        awaiting = self._awaiting
        if (
            awaiting is None
            or awaiting[0] is not kind
            or (token is not None and token != awaiting[1])
        ):
            log.debug("ignoring a stale %s result", kind.__name__)
            return False
        self._awaiting = None
        return True

    def _usable(self, kind: SecretKind) -> bool:
        status = self._person.card_status
        if status is None:
            return False
        secret = status.secret(kind)
        return secret is not None and not secret.locked and not secret.refused

    def _secret_status(self, kind: SecretKind) -> SecretStatus | None:
        status = self._person.card_status
        return status.secret(kind) if status is not None else None

    def _refuse_floor(self, kind: SecretKind) -> int:
        """The card layer refuses a VERIFY when this many tries or fewer are left."""
        return 1 if kind == SecretKind.PIN else self._config.code_b_min_tries_left

    def _warn(self, kind: SecretKind, tries_left: int | None) -> bool:
        """One more wrong try and the kiosk will refuse the next one: warn now."""
        if tries_left is None:
            return False
        return tries_left - 1 <= self._refuse_floor(kind)

    def _start_session(self, action: Action | None) -> list[Effect]:
        if self._cannot_record():
            return self._not_ready()
        if self._shelter_closed:
            return self._closed()
        self._forget_person()
        token = self._issue(QueryCardStatus)
        effects = self._go(Step.READING, replace(self._empty_view(), action=action))
        return [*effects, QueryCardStatus(token=token)]

    def _enter_secret(
        self,
        kind: SecretKind,
        *,
        prefill: CodeBInput | None = None,
        problem: CardFaceProblem | None = None,
    ) -> list[Effect]:
        self._awaiting = None
        self._person.kind = kind
        secret = self._secret_status(kind)
        tries = secret.tries_left if secret else None
        step = Step.ENTER_PIN if kind == SecretKind.PIN else Step.ENTER_CODE_B
        return self._go(
            step,
            replace(
                self._view,
                tries_left=tries,
                warn_few_tries=self._warn(kind, tries),
                notice=None,
                offer_code_b=False,
                offer_call_staff=False,
                code_b_available=self._code_b_available(),
                code_b_prefill=prefill,
                camera_problem=problem,
            ),
        )

    def _code_b_available(self) -> bool:
        """A My Number card whose 照合番号B may still be tried."""
        status = self._person.card_status
        return (
            status is not None
            and status.card_type == CardType.MYNUMBER
            and self._usable(SecretKind.CODE_B)
        )

    def _read(self, kind: SecretKind, secret: Secret) -> list[Effect]:
        if self._cannot_record():
            # The store failed after the session began: no try of the card is spent on a
            # record that cannot be saved.
            secret.wipe()
            return self._not_ready()
        token = self._issue(ReadCard)
        self._person.kind = kind
        with_photo = False
        photo_secret: Secret | None = None
        if kind == SecretKind.CODE_B:
            with_photo = self._config.camera_mode == CameraMode.CARD_FACE_AND_FACE
            self._person.face_wanted = with_photo
        elif self._person.face_wanted and self._person.camera_code_b is not None:
            # PIN then face: the card face's reading opens the photo's application only.
            photo_secret = self._build_code_b(self._person.camera_code_b)
        return [
            *self._go(Step.READING, replace(self._view, notice=None)),
            ReadCard(
                kind=kind,
                secret=secret,
                token=token,
                with_photo=with_photo,
                photo_secret=photo_secret,
            ),
        ]

    def _wrong_secret(self, tries_left: int | None) -> list[Effect]:
        kind = self._person.kind or SecretKind.PIN
        status = self._person.card_status
        if status is not None:
            floor = self._refuse_floor(kind)
            updated = tuple(
                replace(
                    s,
                    tries_left=tries_left,
                    locked=tries_left == 0,
                    refused=s.refused or (tries_left is not None and tries_left <= floor),
                )
                if s.kind == kind
                else s
                for s in status.secrets
            )
            self._person.card_status = replace(status, secrets=updated)
        if not self._usable(kind):
            # The next try could lock the card: the kiosk never sends it.
            return self._blocked_notice()
        kept = replace(
            self._view,
            tries_left=tries_left,
            warn_few_tries=self._warn(kind, tries_left),
            # Never only "enter again": a person who does not know the PIN is shown the
            # other ways (``_go`` adds the camera's offer when it is on).
            offer_code_b=kind == SecretKind.PIN and self._code_b_available(),
            offer_call_staff=True,
        )
        return self._notice(NoticeCode.WRONG_SECRET, kept)

    def _blocked_notice(self) -> list[Effect]:
        """No secret of this card may be tried here: locked or the last try refused."""
        status = self._person.card_status
        assert status is not None
        kind = self._person.kind or SecretKind.PIN
        secret = status.secret(kind)
        if secret is not None and secret.locked:
            code = NoticeCode.LOCKED
        elif secret is not None and secret.tries_left is None:
            # Nobody knows how many tries are left: "only one try is left" would be untrue.
            code = NoticeCode.TRIES_UNREADABLE
        else:
            code = NoticeCode.REFUSED_LAST_TRY
        offer_code_b = self._code_b_available()
        if not offer_code_b:
            return self._notice(code)
        return self._notice(code, replace(self._view, offer_code_b=True))

    def _card_error(self, error: CardError) -> list[Effect]:
        if isinstance(error, CardRemovedError | NoCardError):
            return self._notice(NoticeCode.CARD_REMOVED)
        if isinstance(error, NoReaderError):
            self._reader_missing = True
            return self._notice(NoticeCode.NO_READER)
        if isinstance(error, UnsupportedCardError):
            return self._notice(NoticeCode.UNSUPPORTED_CARD)
        if isinstance(error, CardLockedError):
            return self._after_refusal(locked=True, tries_left=0)
        if isinstance(error, LastTryRefusedError):
            return self._after_refusal(locked=False, tries_left=error.tries_left)
        if isinstance(error, BadCardDataError):
            return self._notice(NoticeCode.BAD_CARD_DATA)
        if isinstance(error, CardTimeoutError):
            return self._notice(NoticeCode.CARD_TIMEOUT)
        if isinstance(error, TriesUnreadableError):
            return self._notice(NoticeCode.TRIES_UNREADABLE)
        log.warning("card error in the flow: %s", error.code)
        return self._notice(NoticeCode.BAD_CARD_DATA)

    def _after_refusal(self, *, locked: bool, tries_left: int | None) -> list[Effect]:
        status = self._person.card_status
        kind = self._person.kind
        if status is None or kind is None:
            return self._notice(NoticeCode.LOCKED if locked else NoticeCode.REFUSED_LAST_TRY)
        updated = tuple(
            replace(s, tries_left=tries_left, locked=locked, refused=True) if s.kind == kind else s
            for s in status.secrets
        )
        self._person.card_status = replace(status, secrets=updated)
        return self._blocked_notice()

    def _after_lookup_check_in(self) -> list[Effect]:
        view = replace(
            self._view,
            action=Action.CHECK_IN,
            info=self._person.info,
            offer_check_in=False,
            notice=None,
        )
        if self._person.camera_used:
            # The camera path asks nothing more (2 touches): the birth date as printed.
            calendar = self._person.printed_calendar or self._language_calendar()
            return self._go(Step.CONFIRM, replace(view, calendar=calendar))
        if self._config.show_era_screen:
            return self._go(Step.ERA_CHOICE, view)
        # Without the era screen the birth date starts in the calendar of the person's
        # language (和暦 for Japanese, as printed on Japanese nationals' cards; Western for
        # the others); the confirmation screen can still switch it.
        return self._go(Step.CONFIRM, replace(view, calendar=self._language_calendar()))

    def _language_calendar(self) -> Calendar:
        return Calendar(languages.get_or_default(self._view.language).default_calendar)

    def _cannot_record(self) -> bool:
        return self._config.recording_blocked is not None or not self._store_available

    def _not_ready(self) -> list[Effect]:
        """The kiosk cannot record: nothing is read from the card; staff must help."""
        blocked = self._config.recording_blocked
        reason = blocked.code if blocked is not None else "store_cannot_record"
        log.warning("card not read: recording is blocked (%s)", reason)
        return self._notice(NoticeCode.KIOSK_NOT_READY)

    def _closed(self) -> list[Effect]:
        """The shelter is closed: nothing is read from the card; staff open it again."""
        log.info("card not read: the shelter is closed")
        return self._notice(NoticeCode.SHELTER_CLOSED)

    def _save(self, event: Event) -> list[Effect]:
        if not event.shelter_id.strip() or not event.terminal_id.strip():
            # The last line of defence: a record no shelter would receive is never made.
            log.error("record refused: the kiosk has no shelter id or no terminal id")
            return self._notice(NoticeCode.CANNOT_RECORD)
        token = self._issue(SaveEvent)
        return [*self._go(Step.SAVING), SaveEvent(event=event, token=token)]

    def _event(
        self,
        kind: EventKind,
        info: BasicInfo,
        *,
        person: Person,
        situation: frozenset[SituationFlag] = frozenset(),
        refers_to: str | None = None,
    ) -> Event:
        now = self._clock.now()
        offset = utc_offset_minutes(now, self._config.utc_offset_minutes)
        registration = (
            RegistrationType.MYNUMBER_CARD
            if info.card_type == CardType.MYNUMBER
            else RegistrationType.DRIVER_LICENSE
        )
        return Event(
            kind=kind,
            shelter_id=self._config.shelter_id,
            terminal_id=self._config.terminal_id,
            occurred_at=now,
            utc_offset_minutes=offset,
            registration_type=registration,
            card_type=info.card_type,
            person=person,
            consent_version=self._config.consent_version,
            situation=situation,
            refers_to=refers_to,
            training=self._config.training,
            event_id=self._new_event_id(),
            face_check=self._person.face_check or FaceCheck.NOT_USED,
        )

    def _notice(self, code: NoticeCode, kept: FlowView | None = None) -> list[Effect]:
        """Show NOTICE ``code``.

        ``kept``: the view of a notice that keeps the person's session because it offers a way
        on (try again, use 照合番号B, check in instead); it never shows their data. Without it
        the person is dropped.
        """
        self._awaiting = None
        offer_check_in = code == NoticeCode.NOT_CHECKED_IN
        if kept is not None:
            view = replace(
                kept,
                notice=code,
                info=None,
                offer_check_in=offer_check_in,
                offer_call_staff=kept.offer_call_staff
                and (code == NoticeCode.WRONG_SECRET or code in _CAMERA_NOTICES),
            )
            return self._go(Step.NOTICE, view)
        had_data = self._person.info is not None
        self._forget_person()
        view = replace(self._empty_view(), notice=code, offer_check_in=offer_check_in)
        effects = self._go(Step.NOTICE, view)
        return [ClearPersonalData(), *effects] if had_data else effects

    def _reset(self) -> list[Effect]:
        """Back to idle: everything personal is dropped, stale results will be ignored."""
        self._forget_person()
        if self._reader_missing:
            return [ClearPersonalData(), *self._notice(NoticeCode.NO_READER)]
        if self._shelter_closed:
            return [ClearPersonalData(), *self._notice(NoticeCode.SHELTER_CLOSED)]
        return self._go(Step.IDLE, self._idle_view())  # _go adds ClearPersonalData into IDLE

    def _forget_person(self) -> None:
        """Drop everything about the person, and the I/O result the machine waited for."""
        self._wipe_photo()
        self._person = _PersonalData()
        self._awaiting = None
        self._more_time_deadline = None

    def _empty_view(self) -> FlowView:
        """A view holding nothing of anybody: only the kiosk's language and the shelter's
        name and texts."""
        return FlowView(
            language=self._view.language,
            shelter_name=self._view.shelter_name,
            after_checkin_text=self._view.after_checkin_text,
            staff_desk_text=self._view.staff_desk_text,
        )

    def _idle_view(self) -> FlowView:
        """The idle screen for whoever comes next: in the default language (docs/ui.md)."""
        return replace(self._empty_view(), language=self._config.default_language)

    def _plain(self, on: Input, view: FlowView | None = None) -> list[Effect]:
        """Take the plain transition ``kiosk.flow.transitions.PLAIN`` has for ``on`` here."""
        target: Target | None = PLAIN.get((self._view.step, on))
        if target is None:
            return []
        if isinstance(target, NoticeCode):
            return self._notice(target)
        return self._go(target, view)

    def _set(self, view: FlowView) -> list[Effect]:
        """Change the view without changing the step (no new prompt)."""
        self._view = view
        return []

    def _go(self, step: Step, view: FlowView | None = None) -> list[Effect]:
        """Enter ``step`` with ``view`` (default: the current one); speak its prompt if new."""
        old = self._view
        self._view = self._camera_fields(
            replace(view or old, step=step, asking_more_time=False, countdown_s=0)
        )
        now = self._clock.monotonic()
        self._more_time_deadline = None
        self._last_activity = now
        if old.step == step and old.notice == self._view.notice and old.action == self._view.action:
            return []
        self._step_entered = now
        effects: list[Effect] = [StopSpeaking(), Speak(self._prompt_id(), self._view.language)]
        if step == Step.IDLE and old.step != Step.IDLE:
            # Every way back to idle clears the screens, whatever they showed.
            effects.insert(0, ClearPersonalData())
        return effects

    def _camera_fields(self, view: FlowView) -> FlowView:
        """The camera fields that belong to ``view.step`` only (cleared everywhere else)."""
        step = view.step
        offered = step in (Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B) or (
            step == Step.NOTICE and view.notice in _CAMERA_OFFER_NOTICES
        )
        shows_outcome = step in (Step.CONFIRM, Step.CHECKOUT_OFFER, Step.READING)
        return replace(
            view,
            camera_offered=offered and self._camera_offer(),
            guidance=view.guidance if step in _CAMERA_STEPS else None,
            code_b_prefill=view.code_b_prefill if step == Step.ENTER_CODE_B else None,
            camera_problem=view.camera_problem if step == Step.ENTER_CODE_B else None,
            offer_pin=view.offer_pin and step in (Step.NOTICE, Step.FACE_CHECK),
            offer_face_again=view.offer_face_again and step == Step.NOTICE,
            face_check=self._person.face_check if shows_outcome else None,
            camera_use=(
                self._config.camera_mode if step == Step.CONSENT and self._camera_path() else None
            ),
        )

    def _prompt_id(self) -> Prompt:
        return Prompt.for_view(self._view)

    def _current_prompt_id(self) -> Prompt:
        return MORE_TIME if self._view.asking_more_time else self._prompt_id()
