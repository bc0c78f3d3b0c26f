"""What reaches the speaker (issue 9 points 5 and 10): typed prompts, every one with its
sentence in every language, and never a name, an address, a birth date or a PIN, checked on
what the kiosk actually handed its speaker during check-ins of cards with real names."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.cards.virtual.profile import SAMPLES_DIR
from kiosk.clock import FakeClock
from kiosk.flow.contract import Action, NoticeCode, Prompt, Step
from kiosk.speech.worker import reads_kanji
from kiosk.ui import i18n, texts
from tests.ui.app_services import kiosk_services
from tests.ui.helpers import every_prompt, kiosk_settings

pytestmark = pytest.mark.gui


class RecordingSpeaker:
    """The speaker's twin: keeps every text it was asked to say, with its language."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def speak(self, text: str, language: str) -> None:
        with self._lock:
            self.said.append((text, language))

    def stop(self) -> None:
        pass


@pytest.mark.parametrize("language", [lang.code for lang in i18n.LANGUAGES])
def test_every_prompt_has_its_sentence_in_every_language(qapp: Any, language: str) -> None:
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        switcher.switch(language)
        for prompt in every_prompt():
            assert texts.prompt_text(prompt).strip(), prompt
    finally:
        switcher.clear()


def test_a_prompt_is_built_from_typed_parts_only() -> None:
    assert Prompt(Step.NOTICE, notice=NoticeCode.LOCKED) == "prompt.notice.locked"
    assert Prompt(Step.DONE, action=Action.CHECK_OUT) == "prompt.done.check_out"
    with pytest.raises(ValueError, match="NOTICE"):
        Prompt(Step.IDLE, notice=NoticeCode.LOCKED)
    with pytest.raises(ValueError, match="action"):
        Prompt(Step.CONSENT, action=Action.CHECK_IN)
    # A plain string is no prompt: it is refused (mypy refuses it before that), never
    # silently unspoken.
    with pytest.raises(AttributeError):
        texts.prompt_text("prompt.notice.locked")  # type: ignore[arg-type]


def holder(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLES_DIR / f"{name}.json").read_text("utf-8"))
    return data


def personal_strings(data: dict[str, Any]) -> list[str]:
    born = date.fromisoformat(data["birth_date"])
    family, _, given = data["name"].partition("\u3000")
    return [
        data["name"],
        family,
        *([given] if given else []),
        data["address"],
        data["address"][:8],
        data["pin"],
        born.isoformat(),
        f"{born.year}年{born.month}月{born.day}日",
        f"{born.month}月{born.day}日",
        born.strftime("%d/%m/%Y"),
    ]


CARDS = ["jpki_test_card", "mononym", "long_address"]


def test_spoken_prompts_never_carry_personal_data(make_kiosk: Any, kiosk_home: Path) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = True
    speaker = RecordingSpeaker()
    services = kiosk_services(settings, kiosk_home, FakeClock(), speaker=speaker)
    kiosk = make_kiosk(settings=settings, services=services)
    for number, name in enumerate(CARDS):
        data = holder(name)
        if number == 1:
            kiosk.click("lang_ja")  # the prompts in another language too
        kiosk.insert(name)
        kiosk.wait_step(Step.CONSENT)
        kiosk.click("agree")
        kiosk.wait_step(Step.ENTER_PIN)
        kiosk.type_digits(data["pin"])
        kiosk.wait_step(Step.ERA_CHOICE)
        kiosk.click("calendar_western")
        kiosk.wait_step(Step.CONFIRM)
        assert kiosk.holds_text(data["name"])  # on screen, to be checked by the person
        kiosk.click("correct")
        kiosk.wait_step(Step.DONE)
        kiosk.remove()
        kiosk.click("ok")
        kiosk.wait_step(Step.IDLE)
    said = [text for text, _language in speaker.said]
    languages = {language for _text, language in speaker.said}
    # Japanese screens are spoken in Japanese, from the やさしい日本語 texts where the engine
    # cannot read kanji (tests/ui/test_spoken_japanese.py).
    japanese_voice = "ja" if reads_kanji() else "ja_easy"
    assert len(said) >= 6 * len(CARDS) and {"en", japanese_voice} <= languages
    for text in said:
        assert text.strip()
        for secret in (s for name in CARDS for s in personal_strings(holder(name))):
            assert secret not in text, f"spoken: {text!r}"
    # What was said is the prompts' sentences and nothing else.
    known = set()
    switcher = i18n.LanguageSwitcher(QCoreApplication.instance())  # type: ignore[arg-type]
    try:
        for language in languages:
            switcher.switch(language)
            known |= {texts.prompt_text(prompt) for prompt in every_prompt()}
    finally:
        switcher.clear()
        kiosk.app.set_language(kiosk.view.language)
    assert set(said) <= known, set(said) - known
