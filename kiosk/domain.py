"""Domain types shared by the card layer, the flow, the store and the UI.

Everything here is plain data. Types that hold personal data redact themselves in ``repr``
so that a stray log line or exception message can never carry a name or an address.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

IDEOGRAPHIC_SPACE = "\u3000"


class CardType(StrEnum):
    MYNUMBER = "mynumber"
    DRIVER_LICENSE = "driver_license"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"


class RegistrationType(IntEnum):
    """The management system's registration type codes (field-notes §1), extended for licences."""

    MYNUMBER_CARD = 1
    STAFF_PROXY = 2
    QR = 3
    DRIVER_LICENSE = 4


class SituationFlag(StrEnum):
    """What an evacuee may tell staff about themselves at check-in (all optional)."""

    INJURED = "injured"
    NEEDS_MEDICAL_CARE = "needs_medical_care"
    PREGNANT = "pregnant"
    NEEDS_ASSISTANCE = "needs_assistance"
    WITH_PET = "with_pet"


def normalize_for_search(text: str) -> str:
    """NFKC plus unified spaces: full-width digits and dashes become ASCII, for search only."""
    folded = unicodedata.normalize("NFKC", text)
    return " ".join(folded.split())


#: search_key's folding after NFKC and casefold: whitespace dropped (U+3000 is the last
#: whitespace code point), katakana ァ..ヶ as hiragana ぁ..ゖ.
_SEARCH_FOLD: dict[int, int | None] = {
    **{code: code - 0x60 for code in range(0x30A1, 0x30F7)},
    **{code: None for code in range(0x3001) if chr(code).isspace()},
}


def search_key(text: str) -> str:
    """What a search by name or reading compares (staff's roster and forced check-out):
    NFKC, case-folded, without spaces, katakana as hiragana (a reading typed in either kana
    finds the other)."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_SEARCH_FOLD)


@dataclass(frozen=True, repr=False)
class BasicInfo:
    """The basic four facts (基本4情報) as read from a card.

    ``sex`` is None for a driver's licence (it has no sex field). ``sex_code`` keeps the raw
    code from the card so an unknown value is never silently turned into a known one.
    ``has_unreadable_chars`` is set when the card held 外字/欠字 that were replaced by 〓.
    """

    card_type: CardType
    name: str
    address: str
    birth_date: date
    sex: Sex | None
    sex_code: str | None = None
    has_unreadable_chars: bool = False

    def __repr__(self) -> str:
        return f"BasicInfo(card_type={self.card_type.value}, <personal data redacted>)"

    __str__ = __repr__

    @property
    def family_name(self) -> str | None:
        """Family name when the card separates it with U+3000; None for mononyms."""
        if IDEOGRAPHIC_SPACE in self.name:
            return self.name.split(IDEOGRAPHIC_SPACE, 1)[0]
        return None

    @property
    def given_name(self) -> str | None:
        if IDEOGRAPHIC_SPACE in self.name:
            return self.name.split(IDEOGRAPHIC_SPACE, 1)[1]
        return None

    @property
    def address_normalized(self) -> str:
        return normalize_for_search(self.address)
