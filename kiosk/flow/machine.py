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
from kiosk.face.outcome import FaceMatchResult
from kiosk.flow.contract import (
    MORE_TIME,
    Action,
    Calendar,
    CameraGuidance,
    CardFaceResult,
    ClearPersonalData,
    CodeBInput,
    ConfirmInput,
    Effect,
    FlowView,
    LookUpOpenCheckIn,
    NoticeCode,
    Prompt,
    QueryCardStatus,
    ReadCard,
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
from kiosk.records import Event, EventKind, OpenCheckIn, Person
from kiosk.settings import Settings, SettingsProblem

log = logging.getLogger(__name__)

#: Builds the 14-digit 照合番号B secret from what was typed; raises a KioskError (code
#: "invalid_code_b") for impossible input.
CodeBBuilder = Callable[[CodeBInput], Secret]

_INTERACTIVE = frozenset(INTERACTIVE)
_CARD_STARTS_FROM = frozenset(CARD_STARTS_FROM)
_CARD_NEEDED = frozenset(CARD_NEEDED)
_READER_NOT_NEEDED = frozenset(READER_NOT_NEEDED)

#: The I/O effects the machine waits for, one at a time.
_IOEffect = QueryCardStatus | ReadCard | LookUpOpenCheckIn | SaveEvent


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

    @classmethod
    def from_settings(cls, settings: Settings, consent_version: str) -> FlowConfig:
        ui = settings.ui
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
        return []

    def card_removed(self) -> list[Effect]:
        self._card_present = False
        step = self._view.step
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
        if step == Step.NOTICE and self._view.notice == NoticeCode.NO_READER:
            return []  # waits for the reader
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
        if step in (Step.CHOOSE_METHOD, Step.ENTER_PIN, Step.ENTER_CODE_B) or (
            step == Step.NOTICE and self._view.offer_code_b and kind == SecretKind.CODE_B
        ):
            return self._enter_secret(kind)
        return []

    def submit_pin(self, secret: Secret) -> list[Effect]:
        self._activity()
        if self._view.step != Step.ENTER_PIN or not self._card_present:
            secret.wipe()
            return []
        return self._read(SecretKind.PIN, secret)

    def submit_code_b(self, code_b: CodeBInput) -> list[Effect]:
        self._activity()
        if self._view.step != Step.ENTER_CODE_B or not self._card_present:
            return []
        try:
            secret = self._build_code_b(code_b)
        except KioskError as exc:
            if exc.code != NoticeCode.INVALID_CODE_B.value:
                raise
            # Bad input loses nothing: the screen keeps what was typed and shows why.
            return self._set(replace(self._view, notice=NoticeCode.INVALID_CODE_B))
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
        raise NotImplementedError

    def use_camera(self) -> list[Effect]:
        """ "Use the camera instead" (``view.camera_offered``): CAMERA_CARD and ReadCardFace."""
        raise NotImplementedError

    def try_face_again(self) -> list[Effect]:
        """NOTICE face_not_seen's "try again" (``view.offer_face_again``): FACE_CHECK and a
        new MatchFace with the photo still held (no card I/O, no try spent)."""
        raise NotImplementedError

    def camera_guidance(self, guidance: CameraGuidance, token: int | None = None) -> list[Effect]:
        """Progress of the running ReadCardFace / MatchFace (pass its token): updates
        ``view.guidance`` on CAMERA_CARD / FACE_CHECK; ignored elsewhere or when stale."""
        raise NotImplementedError

    def card_face_result(
        self, result: CardFaceResult | KioskError, token: int | None = None
    ) -> list[Effect]:
        """ReadCardFace's outcome."""
        raise NotImplementedError

    def face_result(
        self, result: FaceMatchResult | KioskError, token: int | None = None
    ) -> list[Effect]:
        """MatchFace's outcome."""
        raise NotImplementedError

    def ask_staff(self) -> list[Effect]:
        """The person does not know the PIN or the printed number and asks for staff (the PIN
        screens, the wrong-secret notice). Nothing is tried and nothing recorded; the person
        is dropped and sent to the staff desk, where staff register people without a card."""
        self._activity()
        step = self._view.step
        if step in (Step.ENTER_PIN, Step.ENTER_CODE_B) or (
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
            if self._view.notice == NoticeCode.NO_READER:
                return []
            if in_step >= self._config.notice_display_s:
                return self._reset()
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
        self._person.info = result.info
        self._view = replace(self._view, info=result.info, card_type=result.info.card_type)
        token_ = self._issue(LookUpOpenCheckIn)
        person = Person.from_card(result.info)
        return [
            *self._go(Step.READING),
            LookUpOpenCheckIn(person=person, shelter_id=self._config.shelter_id, token=token_),
        ]

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
        self._forget_person()
        token = self._issue(QueryCardStatus)
        effects = self._go(Step.READING, replace(self._empty_view(), action=action))
        return [*effects, QueryCardStatus(token=token)]

    def _enter_secret(self, kind: SecretKind) -> list[Effect]:
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
        return [
            *self._go(Step.READING, replace(self._view, notice=None)),
            ReadCard(kind=kind, secret=secret, token=token),
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
            # other ways. (The camera path, when it is on, adds its offer here.)
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
                offer_call_staff=kept.offer_call_staff and code == NoticeCode.WRONG_SECRET,
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
        return self._go(Step.IDLE, self._idle_view())  # _go adds ClearPersonalData into IDLE

    def _forget_person(self) -> None:
        """Drop everything about the person, and the I/O result the machine waited for."""
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
        self._view = replace(view or old, step=step, asking_more_time=False, countdown_s=0)
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

    def _prompt_id(self) -> Prompt:
        return Prompt.for_view(self._view)

    def _current_prompt_id(self) -> Prompt:
        return MORE_TIME if self._view.asking_more_time else self._prompt_id()
