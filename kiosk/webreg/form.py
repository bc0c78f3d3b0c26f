"""The registration form's fields: parsing and validation (pure logic, no I/O).

:func:`validate` turns the submitted fields into a :class:`Registration` or a mapping of
field name -> error text key (kiosk/webreg/texts.py). The submitted values are always kept
as they were typed (:class:`FormValues`) so that a page with errors shows them again: the
person never loses what they typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk import era
from kiosk.domain import Sex, SituationFlag
from kiosk.records import Person

NAME_MAX = 100
ADDRESS_MAX = 200
PHONE_MAX = 30
MESSAGE_MAX = 500
#: Oldest birth year the page accepts (a person of 125 is possible; older is a typo).
MIN_BIRTH_YEAR_AGE = 125

#: The page's era choices -> kiosk.era eras.
ERAS = {"reiwa": era.REIWA, "heisei": era.HEISEI, "showa": era.SHOWA, "taisho": era.TAISHO}
SEX_CHOICES = tuple(sex.value for sex in Sex)
FLAG_CHOICES = tuple(flag.value for flag in SituationFlag)

_PHONE = re.compile(r"^[0-9+\-() ]*$")


@dataclass
class FormValues:
    """What the person typed, as typed (strings), for showing the form again."""

    name: str = ""
    reading: str = ""
    sex: str = ""
    birth_date: str = ""
    era: str = ""
    era_year: str = ""
    era_month: str = ""
    era_day: str = ""
    address: str = ""
    phone: str = ""
    flags: tuple[str, ...] = ()
    message: str = ""
    consent: bool = False

    def __repr__(self) -> str:
        return "FormValues(<personal data redacted>)"

    __str__ = __repr__

    @classmethod
    def from_fields(cls, fields: dict[str, list[str]]) -> FormValues:
        def one(name: str) -> str:
            values = fields.get(name) or [""]
            return values[0]

        return cls(
            name=one("name"),
            reading=one("reading"),
            sex=one("sex"),
            birth_date=one("birth_date"),
            era=one("era"),
            era_year=one("era_year"),
            era_month=one("era_month"),
            era_day=one("era_day"),
            address=one("address"),
            phone=one("phone"),
            flags=tuple(v for v in fields.get("flag", []) if v in FLAG_CHOICES),
            message=one("message"),
            consent=one("consent") == "yes",
        )


@dataclass(frozen=True)
class FieldError:
    """An error on one field: a text key and its ``{n}``."""

    key: str
    n: int | None = None


@dataclass(frozen=True, repr=False)
class Registration:
    person: Person
    situation: frozenset[SituationFlag] = frozenset()

    def __repr__(self) -> str:
        return "Registration(<personal data redacted>)"


def _clean(text: str, *, multiline: bool = False) -> str | None:
    """NFC text with surrounding space removed; None when it holds a control or format
    character (a bidi override would reorder what staff read)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    for ch in text:
        if multiline and ch == "\n":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            return None
    return text


def _text_field(
    errors: dict[str, FieldError],
    name: str,
    raw: str,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    cleaned = _clean(raw, multiline=multiline)
    if cleaned is None:
        errors[name] = FieldError("err_text")
        return ""
    if required and not cleaned:
        errors[name] = FieldError("err_required")
    elif len(cleaned) > limit:
        errors[name] = FieldError("err_too_long", limit)
    return cleaned


def _birth_date(values: FormValues, today: date) -> tuple[date | None, FieldError | None]:
    western: date | None = None
    if values.birth_date.strip():
        try:
            western = date.fromisoformat(values.birth_date.strip())
        except ValueError:
            return None, FieldError("err_date")
    parts = (values.era_year, values.era_month, values.era_day)
    japanese: date | None = None
    if values.era or any(p.strip() for p in parts):
        chosen = ERAS.get(values.era)
        try:
            numbers = [int(unicodedata.normalize("NFKC", p).strip()) for p in parts]
            if chosen is None:
                raise ValueError
            japanese = era.to_gregorian(chosen, numbers[0], numbers[1], numbers[2])
        except ValueError:
            # kiosk.era.EraError is a ValueError: a day outside the era, or a bad number.
            if western is None:
                return None, FieldError("err_date")
    if western is not None and japanese is not None and western != japanese:
        return None, FieldError("err_date_conflict")
    day = western or japanese
    if day is None:
        return None, FieldError("err_required")
    if day > today or day.year < today.year - MIN_BIRTH_YEAR_AGE:
        return None, FieldError("err_date")
    return day, None


def validate(
    values: FormValues, *, today: date, consent_required: bool = True
) -> tuple[Registration | None, dict[str, FieldError]]:
    """The registration, or the errors by field name (never both).

    ``consent_required=False``: staff register someone by proxy (kiosk.registration); the
    person's consent is theirs to ask, not a box on this form."""
    errors: dict[str, FieldError] = {}
    name = _text_field(errors, "name", values.name, NAME_MAX, required=True)
    reading = _text_field(errors, "reading", values.reading, NAME_MAX)
    address = _text_field(errors, "address", values.address, ADDRESS_MAX, required=True)
    phone = unicodedata.normalize("NFKC", values.phone).strip().replace("ー", "-")
    if len(phone) > PHONE_MAX:
        errors["phone"] = FieldError("err_too_long", PHONE_MAX)
    elif not _PHONE.match(phone):
        errors["phone"] = FieldError("err_phone")
    message = _text_field(errors, "message", values.message, MESSAGE_MAX, multiline=True)
    sex: Sex | None = None
    if values.sex:
        if values.sex in SEX_CHOICES:
            sex = Sex(values.sex)
        else:
            errors["sex"] = FieldError("err_choice")
    birth, birth_error = _birth_date(values, today)
    if birth_error is not None:
        errors["birth_date"] = birth_error
    if consent_required and not values.consent:
        errors["consent"] = FieldError("err_consent")
    if errors:
        return None, errors
    person = Person(
        name=name,
        address=address,
        birth_date=birth,
        sex=sex,
        phone=phone,
        message_to_staff=message,
        reading=reading,
    )
    flags = frozenset(SituationFlag(v) for v in values.flags)
    return Registration(person, flags), {}
