"""Translated texts chosen at run time: notices, situation flags, spoken prompts.

Tables hold ``QT_TRANSLATE_NOOP`` literals (seen by the extraction check and lupdate) and are
translated when shown, in the language active at that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk import languages
from kiosk.domain import CardType, SituationFlag
from kiosk.flow.contract import Action, CameraGuidance, NoticeCode, Prompt, Step
from kiosk.settings import CameraMode
from kiosk.speech.worker import reads_kanji
from kiosk.ui import i18n
from kiosk.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class NoticeText:
    icon: str
    title: str
    body: str
    #: True when the person must go to staff (shown with the staff icon).
    see_staff: bool


NOTICES: dict[NoticeCode, NoticeText] = {
    NoticeCode.WRONG_SECRET: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "The number was not correct"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded. If you are not sure of the number, do not guess: "
            "choose another way below.",
        ),
        False,
    ),
    NoticeCode.ASKED_FOR_STAFF: NoticeText(
        "staff",
        QT_TRANSLATE_NOOP("Notice", "Please go to the staff desk"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was tried and nothing was recorded: your card is safe. "
            "Staff can register you without the PIN.",
        ),
        True,
    ),
    NoticeCode.LOCKED: NoticeText(
        "lock",
        QT_TRANSLATE_NOOP("Notice", "This card is locked"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded. Please take your card and go to the staff desk. "
            "Staff will register you.",
        ),
        True,
    ),
    NoticeCode.REFUSED_LAST_TRY: NoticeText(
        "lock",
        QT_TRANSLATE_NOOP("Notice", "Only one try is left"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "To protect your card from locking, this kiosk will not try again. "
            "Please take your card and go to the staff desk.",
        ),
        True,
    ),
    NoticeCode.UNSUPPORTED_CARD: NoticeText(
        "card",
        QT_TRANSLATE_NOOP("Notice", "This card cannot be read here"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Please use a My Number card or a driver's licence. "
            "If you have neither, the staff desk will register you.",
        ),
        True,
    ),
    NoticeCode.CARD_REMOVED: NoticeText(
        "card",
        QT_TRANSLATE_NOOP("Notice", "The card was taken away"),
        QT_TRANSLATE_NOOP(
            "Notice", "Nothing was recorded. To start again, place your card on the reader."
        ),
        False,
    ),
    NoticeCode.CARD_TIMEOUT: NoticeText(
        "card",
        QT_TRANSLATE_NOOP("Notice", "The card did not answer"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded. Please take your card, then place it on the reader again.",
        ),
        False,
    ),
    NoticeCode.TRIES_UNREADABLE: NoticeText(
        "card",
        QT_TRANSLATE_NOOP("Notice", "This card cannot be checked here"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was tried, and your card is safe. "
            "Please take your card and go to the staff desk.",
        ),
        True,
    ),
    NoticeCode.BAD_CARD_DATA: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "The card could not be read"),
        QT_TRANSLATE_NOOP(
            "Notice", "Nothing was recorded. Please go to the staff desk. Staff will help you."
        ),
        True,
    ),
    NoticeCode.NO_READER: NoticeText(
        "reader",
        QT_TRANSLATE_NOOP("Notice", "The card reader is not working"),
        QT_TRANSLATE_NOOP("Notice", "Please tell the staff. Staff will register you."),
        True,
    ),
    NoticeCode.STORAGE_FAILED: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "Your registration could not be saved"),
        QT_TRANSLATE_NOOP(
            "Notice", "Nothing was recorded. Please go to the staff desk. Staff will help you."
        ),
        True,
    ),
    NoticeCode.KIOSK_NOT_READY: NoticeText(
        "staff",
        QT_TRANSLATE_NOOP("Notice", "This kiosk is not ready yet"),
        QT_TRANSLATE_NOOP(
            "Notice", "Nothing was read from your card. Please go to the staff desk."
        ),
        True,
    ),
    NoticeCode.SHELTER_CLOSED: NoticeText(
        "staff",
        QT_TRANSLATE_NOOP("Notice", "This shelter is closed"),
        QT_TRANSLATE_NOOP(
            "Notice", "This kiosk takes no registrations now. Please go to the staff desk."
        ),
        True,
    ),
    NoticeCode.CANNOT_RECORD: NoticeText(
        "staff",
        QT_TRANSLATE_NOOP("Notice", "This kiosk is not ready yet"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded. Please take your card and go to the staff desk. "
            "Staff will register you.",
        ),
        True,
    ),
    NoticeCode.NOT_CORRECT: NoticeText(
        "staff",
        QT_TRANSLATE_NOOP("Notice", "Please go to the staff desk"),
        QT_TRANSLATE_NOOP(
            "Notice", "Nothing was recorded. Staff will check your details with you."
        ),
        True,
    ),
    NoticeCode.STAYING: NoticeText(
        "stay",
        QT_TRANSLATE_NOOP("Notice", "You are still registered here"),
        QT_TRANSLATE_NOOP("Notice", "Nothing was changed. Please take your card."),
        False,
    ),
    NoticeCode.NOT_CHECKED_IN: NoticeText(
        "info",
        QT_TRANSLATE_NOOP("Notice", "You are not checked in at this shelter"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "There is nothing to check out. To check in, press Check in and place your card.",
        ),
        False,
    ),
    # The camera path (issue 11): each says nothing was spent, and the buttons below offer
    # the other ways (the PIN, the printed numbers, staff).
    NoticeCode.CAMERA_UNAVAILABLE: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "The camera is not working"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was sent to your card, and your card is safe. "
            "Please use your PIN or type the numbers printed on your card.",
        ),
        False,
    ),
    NoticeCode.FACE_NOT_MATCHED: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "Your face did not match the photo on the card"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.",
        ),
        False,
    ),
    NoticeCode.FACE_NOT_SEEN: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "The camera could not see your face"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded, and your card is safe. Look at the camera and try again, "
            "or use your PIN, or ask staff.",
        ),
        False,
    ),
    NoticeCode.FACE_SPOOF_SUSPECTED: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "Please show your own face, not a photo"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "The camera saw a photo or a card instead of a face. Nothing was recorded. "
            "Please use your PIN, or ask staff.",
        ),
        False,
    ),
    NoticeCode.FACE_CHECK_UNAVAILABLE: NoticeText(
        "warning",
        QT_TRANSLATE_NOOP("Notice", "The face check cannot be done now"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.",
        ),
        False,
    ),
    NoticeCode.INVALID_CODE_B: NoticeText(
        "calendar",
        QT_TRANSLATE_NOOP("Notice", "This date does not exist"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Please check the birth date and the expiry year printed on your card, "
            "then type them again.",
        ),
        False,
    ),
}


@dataclass(frozen=True)
class ConsentText:
    """The consent screen's three lines (context "Consent")."""

    what: str
    why: str
    not_read: str


#: What is read: a My Number card's four facts; a licence has no sex and no My Number.
_CONSENT_WHAT: dict[CardType, tuple[str, str]] = {
    CardType.MYNUMBER: (
        QT_TRANSLATE_NOOP("Consent", "We will read: your name, address, birth date and sex."),
        QT_TRANSLATE_NOOP(
            "Consent", "We do not read your My Number (12 digits). Your PIN is not saved."
        ),
    ),
    CardType.DRIVER_LICENSE: (
        QT_TRANSLATE_NOOP("Consent", "We will read: your name, address and birth date."),
        QT_TRANSLATE_NOOP(
            "Consent", "Nothing else is read from your licence. Your PIN is not saved."
        ),
    ),
}
#: Why, and what is recorded: a check-in (also when no button was pressed: an open check-in
#: then leads to the check-out question, which says what a check-out records) or 退所登録.
_CONSENT_WHY: dict[Action, str] = {
    Action.CHECK_IN: QT_TRANSLATE_NOOP(
        "Consent",
        "Why: so the city knows you are safe in this shelter and can bring help and supplies.",
    ),
    Action.CHECK_OUT: QT_TRANSLATE_NOOP(
        "Consent",
        "Why: to find your check-in at this shelter and record the time you leave, so the "
        "city knows you are no longer here.",
    ),
}


def consent_text(card_type: CardType | None, action: Action | None) -> ConsentText:
    """The consent for this card type and action (source texts; translate with "Consent").
    Before the card is known the My Number text is the fullest."""
    what, not_read = _CONSENT_WHAT[card_type or CardType.MYNUMBER]
    return ConsentText(what, _CONSENT_WHY[action or Action.CHECK_IN], not_read)


SITUATIONS: dict[SituationFlag, tuple[str, str]] = {
    SituationFlag.INJURED: ("injured", QT_TRANSLATE_NOOP("Situation", "I am injured")),
    SituationFlag.NEEDS_MEDICAL_CARE: (
        "medical",
        QT_TRANSLATE_NOOP("Situation", "I need medical care"),
    ),
    SituationFlag.PREGNANT: ("pregnant", QT_TRANSLATE_NOOP("Situation", "I am pregnant")),
    SituationFlag.NEEDS_ASSISTANCE: (
        "assistance",
        QT_TRANSLATE_NOOP("Situation", "I need help to move or live here"),
    ),
    SituationFlag.WITH_PET: ("pet", QT_TRANSLATE_NOOP("Situation", "I came with a pet")),
}


#: What is spoken for each step (fixed sentences only: never personal data or digits).
STEP_PROMPTS: dict[Step, str] = {
    Step.IDLE: QT_TRANSLATE_NOOP("Prompt", "Please place your card on the reader."),
    Step.NO_CARD_HELP: QT_TRANSLATE_NOOP(
        "Prompt", "If you have no card, please go to the staff desk."
    ),
    # The same for every card and action: what is read is on the screen (a licence has no
    # sex), never spoken from the person's data.
    Step.CONSENT: QT_TRANSLATE_NOOP(
        "Prompt", "Please read on the screen what we read from your card, then press Agree."
    ),
    Step.CHOOSE_METHOD: QT_TRANSLATE_NOOP("Prompt", "Please choose how to open your card."),
    Step.ENTER_PIN: QT_TRANSLATE_NOOP(
        "Prompt", "Please type your four digit PIN. It is not shown and not spoken."
    ),
    Step.ENTER_CODE_B: QT_TRANSLATE_NOOP(
        "Prompt",
        "Please type your birth date, the card's expiry year and the four digit "
        "security code under the photo.",
    ),
    Step.READING: QT_TRANSLATE_NOOP("Prompt", "Reading your card. Please do not remove it."),
    Step.ERA_CHOICE: QT_TRANSLATE_NOOP("Prompt", "Please choose how your birth date is shown."),
    Step.CONFIRM: QT_TRANSLATE_NOOP(
        "Prompt", "Please check your details on the screen, then press Correct."
    ),
    Step.CHECKOUT_OFFER: QT_TRANSLATE_NOOP(
        "Prompt", "You are checked in here. Are you leaving the shelter?"
    ),
    Step.SAVING: QT_TRANSLATE_NOOP("Prompt", "Saving. Please wait."),
    Step.DONE: QT_TRANSLATE_NOOP("Prompt", "Done. Please take your card."),
    Step.NOTICE: QT_TRANSLATE_NOOP("Prompt", "Please read the message on the screen."),
    Step.OUT_OF_SERVICE: QT_TRANSLATE_NOOP(
        "Prompt", "This kiosk is out of service. Please see the staff."
    ),
    Step.CAMERA_CARD: QT_TRANSLATE_NOOP(
        "Prompt", "Please show the front of your card to the camera and keep it still."
    ),
    Step.FACE_CHECK: QT_TRANSLATE_NOOP(
        "Prompt",
        "Please look at the camera. Your face is compared with the photo on your card. "
        "No picture is kept.",
    ),
}
MORE_TIME_PROMPT = QT_TRANSLATE_NOOP("Prompt", "Do you need more time? Please touch the screen.")
DONE_PROMPTS: dict[Action, str] = {
    Action.CHECK_IN: QT_TRANSLATE_NOOP("Prompt", "You are checked in. Please take your card."),
    Action.CHECK_OUT: QT_TRANSLATE_NOOP("Prompt", "You are checked out. Please take your card."),
}
IDLE_PROMPTS: dict[Action, str] = {
    Action.CHECK_IN: QT_TRANSLATE_NOOP("Prompt", "Check in. Please place your card on the reader."),
    Action.CHECK_OUT: QT_TRANSLATE_NOOP(
        "Prompt", "Check out. Please place your card on the reader."
    ),
}


@dataclass(frozen=True)
class GuidanceText:
    """What a camera screen shows and says for one :class:`CameraGuidance`: a picture
    (resources/pictures) and one short line (context "Camera"), shown and spoken."""

    picture: str
    line: str


#: The camera screens' guidance (FlowView.guidance). The card pictures depend on how the
#: card is shown (on the reader under the card camera, or held up to the one camera):
#: :func:`guidance_picture`.
GUIDANCE: dict[CameraGuidance, GuidanceText] = {
    CameraGuidance.HOLD_CARD: GuidanceText(
        "card_camera",
        QT_TRANSLATE_NOOP("Camera", "Show the front of your card to the camera, photo side up."),
    ),
    CameraGuidance.HOLD_CARD_STILL: GuidanceText(
        "card_camera", QT_TRANSLATE_NOOP("Camera", "Hold the card still, please.")
    ),
    CameraGuidance.PLACE_CARD_ON_READER: GuidanceText(
        "place_card", QT_TRANSLATE_NOOP("Camera", "Now put your card back on the reader.")
    ),
    CameraGuidance.LOOK_AT_CAMERA: GuidanceText(
        "face_look", QT_TRANSLATE_NOOP("Camera", "Please look at the camera.")
    ),
    CameraGuidance.COME_CLOSER: GuidanceText(
        "face_closer", QT_TRANSLATE_NOOP("Camera", "Please come a little closer.")
    ),
    CameraGuidance.ONE_PERSON: GuidanceText(
        "face_one_person", QT_TRANSLATE_NOOP("Camera", "One person at a time, please.")
    ),
    CameraGuidance.CHECKING: GuidanceText(
        "face_look", QT_TRANSLATE_NOOP("Camera", "Checking. Please stay still.")
    ),
}


#: The guidance lines that differ when one camera serves the card and the face (the card
#: is held up to it, not laid photo side up on the reader).
HELD_UP_GUIDANCE: dict[CameraGuidance, str] = {
    CameraGuidance.HOLD_CARD: QT_TRANSLATE_NOOP(
        "Camera", "Hold the front of your card up to the camera."
    ),
}


def guidance_line(guidance: CameraGuidance, card_held_up: bool) -> str:
    """The source line for ``guidance`` (context "Camera"): the card held up to the one
    camera, or lying on the reader under the card camera."""
    held_up = HELD_UP_GUIDANCE.get(guidance) if card_held_up else None
    return held_up or GUIDANCE[guidance].line


def guidance_picture(guidance: CameraGuidance, card_held_up: bool) -> str:
    """The picture for ``guidance``: the card under the card camera, or (one camera for the
    card and the face) held up to it."""
    picture = GUIDANCE[guidance].picture
    return "card_to_camera" if card_held_up and picture == "card_camera" else picture


#: The consent screen's line on the camera, per camera mode (the government's camera
#: guidebook: say in advance what the camera is for, that no images are kept and that
#: nothing of the face is sent). No line while the camera is off.
CAMERA_CONSENT: dict[CameraMode, str] = {
    CameraMode.CARD_FACE: QT_TRANSLATE_NOOP(
        "Consent",
        "Camera: it reads the numbers printed on the front of your card, so you need no "
        "PIN. No picture is kept.",
    ),
    CameraMode.CARD_FACE_AND_FACE: QT_TRANSLATE_NOOP(
        "Consent",
        "Camera: it reads the numbers printed on your card and compares your face with the "
        "photo on the card, so you need no PIN. No picture is kept, and nothing of your "
        "face is sent.",
    ),
    CameraMode.PIN_THEN_FACE: QT_TRANSLATE_NOOP(
        "Consent",
        "Camera: after your PIN, it compares your face with the photo on your card. No "
        "picture is kept, and nothing of your face is sent.",
    ),
}


def translated(context: str, source: str) -> str:
    """A text marked elsewhere (QT_TRANSLATE_NOOP), in the current language. Not called
    ``tr``: lupdate would take its first argument for a source text."""
    return QCoreApplication.translate(context, source)


#: The sign over the idle screen while a card left on the reader must be taken away first
#: (docs/ui.md, "A card left on the reader"); also spoken.
TAKE_CARD_TITLE = QT_TRANSLATE_NOOP("TakeCard", "Please take your card")
TAKE_CARD_BODY = QT_TRANSLATE_NOOP(
    "TakeCard", "Your card is still on the reader. To start again, take it and place it again."
)


def prompt_text(prompt: Prompt, translate: Callable[[str, str], str] = translated) -> str:
    """The sentence to speak for ``prompt`` in the current language (or through
    ``translate``), read from its typed parts. Every prompt has one: the tables cover every
    step, notice and action (a missing row raises KeyError, tests/ui/test_app_speech.py
    checks them all)."""
    if prompt.more_time:
        return translate("Prompt", MORE_TIME_PROMPT)
    if prompt.take_card:
        return translate("TakeCard", TAKE_CARD_TITLE) + "\n" + translate("TakeCard", TAKE_CARD_BODY)
    if prompt.notice is not None:
        entry = NOTICES[prompt.notice]
        return translate("Notice", entry.title) + "\n" + translate("Notice", entry.body)
    if prompt.action is not None:
        table = DONE_PROMPTS if prompt.step is Step.DONE else IDLE_PROMPTS
        return translate("Prompt", table[prompt.action])
    return translate("Prompt", STEP_PROMPTS[prompt.step])


def spoken_guidance(
    guidance: CameraGuidance, language: str, *, card_held_up: bool = False
) -> tuple[str, str]:
    """What the voice is given for a camera screen's guidance line (as :func:`spoken_prompt`:
    Japanese from the やさしい日本語 text where the engine cannot read kanji)."""
    kana_source = _kana_speech_source(language)
    line = guidance_line(guidance, card_held_up)
    if kana_source is not None:
        return i18n.catalogue_translate(kana_source)("Camera", line), kana_source
    return translated("Camera", line), language


def _kana_speech_source(language: str) -> str | None:
    """The language whose texts the voice reads instead of ``language``'s (Japanese on an
    engine that cannot read kanji), or None."""
    kana_source = languages.get(language).kana_speech_from if language in languages.CODES else None
    return kana_source if kana_source is not None and not reads_kanji() else None


def spoken_prompt(prompt: Prompt, language: str) -> tuple[str, str]:
    """What the voice is given for ``prompt`` on a screen in ``language``: the text and the
    language to speak it in. Where the engine cannot read kanji (espeak-ng), Japanese is
    spoken from the やさしい日本語 text, whose readings put every word in kana; the screen
    stays in Japanese."""
    kana_source = _kana_speech_source(language)
    if kana_source is not None:
        return prompt_text(prompt, i18n.catalogue_translate(kana_source)), kana_source
    return prompt_text(prompt), language
