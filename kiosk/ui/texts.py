"""Translated texts chosen at run time: notices, situation flags, spoken prompts.

Tables hold ``QT_TRANSLATE_NOOP`` literals (seen by the extraction check and lupdate) and are
translated when shown, in the language active at that moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.domain import SituationFlag
from kiosk.flow.contract import Action, NoticeCode, Step
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
        QT_TRANSLATE_NOOP("Notice", "Please check the number and try again."),
        False,
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
    Step.CONSENT: QT_TRANSLATE_NOOP(
        "Prompt",
        "We will read your name, address, birth date and sex from the card. "
        "Press Agree to continue.",
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


def translated(context: str, source: str) -> str:
    """A text marked elsewhere (QT_TRANSLATE_NOOP), in the current language. Not called
    ``tr``: lupdate would take its first argument for a source text."""
    return QCoreApplication.translate(context, source)


def prompt_text(prompt_id: str) -> str:
    """The sentence to speak for a machine prompt id (``prompt.<step>``,
    ``prompt.notice.<code>``, ``prompt.done.<action>``, ``prompt.idle.<action>``,
    ``prompt.more_time``), in the current language. Unknown ids say nothing."""
    parts = prompt_id.removeprefix("prompt.").split(".")
    head, arg = parts[0], parts[1] if len(parts) > 1 else ""
    if head == "more_time":
        return translated("Prompt", MORE_TIME_PROMPT)
    if head == "notice" and arg in set(NoticeCode):
        entry = NOTICES[NoticeCode(arg)]
        return translated("Notice", entry.title) + "\n" + translated("Notice", entry.body)
    if head == "done" and arg in set(Action):
        return translated("Prompt", DONE_PROMPTS[Action(arg)])
    if head == "idle" and arg in set(Action):
        return translated("Prompt", IDLE_PROMPTS[Action(arg)])
    if head in set(Step):
        return translated("Prompt", STEP_PROMPTS[Step(head)])
    return ""
