"""The page's structure (no server): every control has a label, in every language."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

from kiosk import languages
from kiosk.webreg.form import FieldError, FormValues
from kiosk.webreg.page import form_page, message_page, thanks_page
from kiosk.webreg.security import FormTicket

TICKET = FormTicket("0b3e6f3e-6c3a-4a39-9a64-0d2f7c1f4a11", 1000, "ab" * 32)


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.in_label = 0
        self.wrapped: list[dict[str, str | None]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "label":
            self.in_label += 1
            if values.get("for"):
                self.label_for.add(str(values["for"]))
        if tag in ("input", "select", "textarea") and values.get("type") != "hidden":
            self.controls.append(values)
            if self.in_label:
                self.wrapped.append(values)

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label -= 1


def _page(lang: str, errors: dict[str, FieldError] | None = None) -> str:
    return form_page(
        lang=lang,
        shelter_name="体育館",
        action="/r/token",
        ticket=TICKET,
        today=date(2026, 12, 4),
        values=FormValues(),
        errors=errors,
    ).decode()


@pytest.mark.parametrize("lang", languages.CODES)
def test_every_control_has_a_label(lang: str) -> None:
    parser = _Controls()
    parser.feed(_page(lang))
    assert len(parser.controls) >= 15
    for control in parser.controls:
        labelled = control.get("id") in parser.label_for or control in parser.wrapped
        assert labelled, control.get("name")
    names = {c.get("name") for c in parser.controls}
    assert {"name", "reading", "sex", "birth_date", "address", "phone", "flag", "message"} <= names
    assert ("era" in names) == (lang in ("ja", "ja_easy"))


def test_errors_are_words_linked_to_their_field() -> None:
    body = _page("en", {"phone": FieldError("err_phone"), "name": FieldError("err_too_long", 100)})
    assert 'aria-invalid="true" aria-describedby="phone-error"' in body
    assert '<p class="error" id="phone-error">Error: Use digits, spaces, + and - only.</p>' in body
    assert '<a href="#name">Name: Too long: at most 100 characters.</a>' in body
    assert 'role="alert"' in body


@pytest.mark.parametrize("lang", languages.CODES)
def test_the_other_pages_in_every_language(lang: str) -> None:
    expired = message_page(lang, "expired_title", "expired_text").decode()
    thanks = thanks_page(lang, "/r/token?lang=" + lang).decode()
    for body in (expired, thanks):
        assert "<script" not in body and "《" not in body
        assert body.count("<h1") == 1
