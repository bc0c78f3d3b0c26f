"""HTML of the phone registration page (no JavaScript, no external resource).

Every value goes through :func:`html.escape`. Errors are words next to the field and in a
summary at the top (``role="alert"``), never a colour alone. Easy Japanese readings become
HTML ``<ruby>``. The style sheet is served by the same server (``/static/style.css``), so
the Content-Security-Policy ``default-src 'self'`` holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from kiosk import furigana, languages
from kiosk.webreg import form as f
from kiosk.webreg.form import FieldError, FormValues
from kiosk.webreg.security import FormTicket
from kiosk.webreg.texts import ERA_NAMES, text

STYLE_PATH = "/static/style.css"
#: Languages whose page offers the Japanese era fields (the registry's default calendar).
ERA_LANGUAGES = tuple(
    lang.code
    for lang in languages.LANGUAGES
    if lang.default_calendar == languages.JAPANESE_CALENDAR
)

STYLE_SHEET = """\
html { font-size: 18px; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5;
  color: #111; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
label, legend { display: block; font-weight: bold; margin: 1rem 0 0.3rem; }
fieldset { border: 1px solid #666; border-radius: 0.4rem; margin: 1rem 0; padding: 0.5rem 1rem; }
input[type=text], input[type=tel], input[type=date], input[type=number], select, textarea {
  box-sizing: border-box; width: 100%; min-height: 3rem; font-size: 1.1rem;
  padding: 0.5rem; border: 2px solid #444; border-radius: 0.3rem; }
textarea { min-height: 6rem; }
.choice { display: flex; align-items: center; gap: 0.75rem; min-height: 3rem;
  font-weight: normal; margin: 0.25rem 0; }
.choice input { width: 1.6rem; height: 1.6rem; margin: 0; flex: none; }
.era { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr; gap: 0.5rem; }
.era label { font-weight: normal; margin: 0; }
button { display: block; width: 100%; min-height: 3.5rem; margin: 1.5rem 0; font-size: 1.3rem;
  font-weight: bold; color: #fff; background: #064; border: 3px solid #032;
  border-radius: 0.5rem; }
.secondary { background: #fff; color: #064; }
.lang { display: grid; grid-template-columns: 1fr auto; gap: 0.5rem; align-items: end; }
.lang button { margin: 0; width: auto; padding: 0 1rem; font-size: 1rem; }
.error { color: #900; font-weight: bold; border-left: 0.4rem solid #900; padding-left: 0.5rem; }
[aria-invalid=true] { border-color: #900; border-width: 3px; }
.summary { border: 3px solid #900; padding: 0.5rem 1rem; border-radius: 0.4rem; }
.consent { background: #f3f3f3; padding: 0.75rem; border-radius: 0.4rem; }
rt { font-size: 0.6em; }
"""


def _t(key: str, lang: str, **values: object) -> str:
    """The text as HTML: escaped; Easy Japanese readings as ruby."""
    raw = text(key, lang, **values)
    return _markup(raw)


def _markup(raw: str) -> str:
    if not furigana.has_ruby(raw):
        return escape(raw)
    parts = []
    for segment in furigana.parse(raw):
        if segment.reading:
            parts.append(
                f"<ruby>{escape(segment.text)}<rp>(</rp><rt>{escape(segment.reading)}</rt>"
                "<rp>)</rp></ruby>"
            )
        else:
            parts.append(escape(segment.text))
    return "".join(parts)


def _plain(raw: str) -> str:
    """For places where markup cannot go (options, titles): the reading in brackets."""
    out = []
    for segment in furigana.parse(raw):
        out.append(f"{segment.text}（{segment.reading}）" if segment.reading else segment.text)
    return escape("".join(out))


def _document(lang: str, title_key: str, body: str) -> bytes:
    html_lang = lang.replace("_easy", "").replace("_", "-")
    title = _plain(text(title_key, lang))
    return (
        "<!doctype html>\n"
        f'<html lang="{escape(html_lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{title}</title><link rel="stylesheet" href="{STYLE_PATH}"></head>'
        f"<body><main>{body}</main></body></html>\n"
    ).encode()


def message_page(lang: str, title_key: str, text_key: str, *, back: str | None = None) -> bytes:
    """A page with a title and one sentence (expired code, busy, not ready...)."""
    body = f'<h1>{_t(title_key, lang)}</h1><p role="alert">{_t(text_key, lang)}</p>'
    if back:
        body += f'<p><a href="{escape(back)}">{_t("title", lang)}</a></p>'
    return _document(lang, title_key, body)


def thanks_page(lang: str, form_url: str) -> bytes:
    """ "Registered": nothing of what was typed is echoed back."""
    body = (
        f'<h1 role="status">{_t("thanks_title", lang)}</h1><p>{_t("thanks_text", lang)}</p>'
        f'<p><a href="{escape(form_url)}">{_t("register_another", lang)}</a></p>'
    )
    return _document(lang, "thanks_title", body)


#: Each field's label text, for the error summary.
_LABELS = {
    "name": "name",
    "reading": "reading",
    "sex": "sex",
    "birth_date": "birth_date",
    "address": "address",
    "phone": "phone",
    "message": "message",
    "consent": "consent_title",
}


def _field_label(name: str, lang: str) -> str:
    """The field's label without its required mark."""
    label = text(_LABELS[name], lang).rstrip(" *＊")
    return _markup(label)


def _error_html(name: str, error: FieldError | None, lang: str) -> str:
    if error is None:
        return ""
    values = {"n": error.n} if error.n is not None else {}
    return (
        f'<p class="error" id="{name}-error">{_t("error_mark", lang)} '
        f"{_t(error.key, lang, **values)}</p>"
    )


def _attrs(name: str, error: FieldError | None) -> str:
    if error is None:
        return ""
    return f' aria-invalid="true" aria-describedby="{name}-error"'


def _text_input(
    name: str,
    label_key: str,
    value: str,
    errors: Mapping[str, FieldError],
    lang: str,
    *,
    kind: str = "text",
    required: bool = False,
    limit: int,
    extra: str = "",
) -> str:
    error = errors.get(name)
    req = ' required aria-required="true"' if required else ""
    return (
        f'<label for="{name}">{_t(label_key, lang)}</label>{_error_html(name, error, lang)}'
        f'<input type="{kind}" id="{name}" name="{name}" value="{escape(value)}"'
        f' maxlength="{limit}"{req}{extra}{_attrs(name, error)}>'
    )


def _language_picker(lang: str, action: str) -> str:
    options = "".join(
        f'<option value="{escape(code.code)}"{" selected" if code.code == lang else ""}>'
        f"{escape(code.native_name)}</option>"
        for code in languages.LANGUAGES
    )
    return (
        f'<form method="get" action="{escape(action)}" class="lang">'
        f'<div><label for="lang">{_t("language", lang)} / Language</label>'
        f'<select id="lang" name="lang">{options}</select></div>'
        f'<button type="submit" class="secondary">{_t("change_language", lang)}</button></form>'
    )


def _birth_fields(
    values: FormValues, errors: Mapping[str, FieldError], lang: str, today: date
) -> str:
    error = errors.get("birth_date")
    western = (
        f'<label for="birth_date">{_t("birth_calendar", lang)}</label>'
        f'<input type="date" id="birth_date" name="birth_date"'
        f' value="{escape(values.birth_date)}" min="{today.year - f.MIN_BIRTH_YEAR_AGE}-01-01"'
        f' max="{today.isoformat()}"{_attrs("birth_date", error)}>'
    )
    era_part = ""
    if lang in ERA_LANGUAGES:
        options = '<option value=""></option>' + "".join(
            f'<option value="{key}"{" selected" if values.era == key else ""}>'
            f"{_plain(names[lang])}</option>"
            for key, names in ERA_NAMES.items()
        )

        def number(name: str, key: str, value: str, limit: int) -> str:
            return (
                f'<div><label for="{name}">{_t(key, lang)}</label>'
                f'<input type="text" inputmode="numeric" id="{name}" name="{name}"'
                f' value="{escape(value)}" maxlength="{limit}" autocomplete="off"></div>'
            )

        era_part = (
            f'<fieldset><legend>{_t("birth_era", lang)}</legend><div class="era">'
            f'<div><label for="era">{_t("era", lang)}</label>'
            f'<select id="era" name="era">{options}</select></div>'
            f"{number('era_year', 'year', values.era_year, 2)}"
            f"{number('era_month', 'month', values.era_month, 2)}"
            f"{number('era_day', 'day', values.era_day, 2)}"
            "</div></fieldset>"
        )
    return (
        f'<fieldset id="birth"><legend>{_t("birth_date", lang)}</legend>'
        f"{_error_html('birth_date', error, lang)}{western}{era_part}</fieldset>"
    )


def form_page(
    *,
    lang: str,
    shelter_name: str,
    action: str,
    ticket: FormTicket,
    today: date,
    values: FormValues | None = None,
    errors: Mapping[str, FieldError] | None = None,
    notice_key: str | None = None,
) -> bytes:
    """The registration form; with ``values`` and ``errors`` when it comes back."""
    values = values or FormValues()
    errors = errors or {}
    parts = [f"<h1>{_t('title', lang)}</h1>"]
    parts.append(
        f'<p><strong>{_t("shelter", lang)}:</strong> <span id="shelter-name">'
        f"{escape(shelter_name)}</span></p>"
    )
    parts.append(_language_picker(lang, action))
    post_action = f"{action}?lang={lang}"
    if errors:
        items = "".join(
            f'<li><a href="#{name}">{_field_label(name, lang)}: '
            f"{_t(error.key, lang, **({'n': error.n} if error.n else {}))}</a></li>"
            for name, error in errors.items()
        )
        parts.append(
            f'<div class="summary" role="alert" id="errors"><p>{_t("errors_summary", lang)}</p>'
            f"<ul>{items}</ul></div>"
        )
    elif notice_key:
        parts.append(f'<div class="summary" role="alert"><p>{_t(notice_key, lang)}</p></div>')
    parts.append(f"<p>{_t('intro', lang)}</p>")
    parts.append(
        f'<form method="post" action="{escape(post_action)}" accept-charset="utf-8">'
        f'<input type="hidden" name="lang" value="{escape(lang)}">'
        f'<input type="hidden" name="sid" value="{escape(ticket.submission_id)}">'
        f'<input type="hidden" name="issued" value="{ticket.issued}">'
        f'<input type="hidden" name="mac" value="{escape(ticket.mac)}">'
    )
    parts.append(
        _text_input(
            "name",
            "name",
            values.name,
            errors,
            lang,
            required=True,
            limit=f.NAME_MAX,
            extra=' autocomplete="name"',
        )
    )
    parts.append(_text_input("reading", "reading", values.reading, errors, lang, limit=f.NAME_MAX))
    sex_error = errors.get("sex")
    sexes = "".join(
        f'<label class="choice"><input type="radio" name="sex" value="{choice}"'
        f"{' checked' if values.sex == choice else ''}>{_t('sex_' + choice, lang)}</label>"
        for choice in f.SEX_CHOICES
    )
    parts.append(
        f'<fieldset id="sex"><legend>{_t("sex", lang)}</legend>'
        f"{_error_html('sex', sex_error, lang)}{sexes}</fieldset>"
    )
    parts.append(_birth_fields(values, errors, lang, today))
    address_error = errors.get("address")
    parts.append(
        f'<label for="address">{_t("address", lang)}</label>'
        f"{_error_html('address', address_error, lang)}"
        f'<textarea id="address" name="address" rows="2" maxlength="{f.ADDRESS_MAX}" required'
        f' aria-required="true" autocomplete="street-address"{_attrs("address", address_error)}>'
        f"{escape(values.address)}</textarea>"
    )
    parts.append(
        _text_input(
            "phone",
            "phone",
            values.phone,
            errors,
            lang,
            kind="tel",
            limit=f.PHONE_MAX,
            extra=' autocomplete="tel" inputmode="tel"',
        )
    )
    flags = "".join(
        f'<label class="choice"><input type="checkbox" name="flag" value="{flag}"'
        f"{' checked' if flag in values.flags else ''}>{_t('flag_' + flag, lang)}</label>"
        for flag in f.FLAG_CHOICES
    )
    parts.append(
        f'<fieldset id="situation"><legend>{_t("situation", lang)}</legend>{flags}</fieldset>'
    )
    message_error = errors.get("message")
    parts.append(
        f'<label for="message">{_t("message", lang)}</label>'
        f"{_error_html('message', message_error, lang)}"
        f'<textarea id="message" name="message" rows="3" maxlength="{f.MESSAGE_MAX}"'
        f"{_attrs('message', message_error)}>{escape(values.message)}</textarea>"
    )
    consent_error = errors.get("consent")
    parts.append(
        f'<fieldset id="consent-box" class="consent"><legend>{_t("consent_title", lang)}</legend>'
        f'<p id="consent-text">{_t("consent_text", lang)}</p>'
        f"{_error_html('consent', consent_error, lang)}"
        f'<label class="choice"><input type="checkbox" id="consent" name="consent" value="yes"'
        f' required aria-describedby="consent-text"{" checked" if values.consent else ""}>'
        f"{_t('consent_check', lang)}</label></fieldset>"
    )
    parts.append(f'<button type="submit" id="submit">{_t("submit", lang)}</button></form>')
    return _document(lang, "title", "".join(parts))
