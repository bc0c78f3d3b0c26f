"""Virtual card profiles: the identity, secrets and counters of one emulated card, as JSON.

All sample identities are synthetic. Fields (all optional unless said)::

    type                "mynumber" | "driver_license" | "unsupported"   (required)
    label               free text shown by the virtual card program
    name, address       Unicode; a My Number name separates family/given name with U+3000
    birth_date          ISO date
    sex                 My Number sex code as on the card: "1", "2", "9" (others kept raw)
    pin                 My Number 4-digit PIN / licence PIN1            (default "1234")
    pin_tries_left      default 3
    code_b_security_code, card_expiry (ISO date)   -> 照合番号B (era YYMMDD + year + code)
    code_b              explicit 14 digits instead of the above
    code_b_tries_left   default 10 (照合番号A has its own counter, default 10)
    visual_code_b_tries_left   a counter of its own for 照合番号B in the visual AP (default:
                        none, the visual AP shares the text AP's counter)
    my_number           12 synthetic digits for EF 0001; only ever read by a bug (recorded)
    stray_prefix        hex bytes put before FF 20 in EF 0002 (reported on some 2023 cards)
    raw_basic_info      hex: replaces EF 0002 entirely (bad-data tests)
    face_image          path (relative to the profile) of a face photo -> visual AP JPEG 2000
    pin_set             licence: whether the holder set PIN1 (False: "****")
    pin2                licence PIN2 (default "5678")
    issue_date, expiry_date, licence_number     licence
    remove_after_apdus  pull the card out when this many command APDUs were answered
    implicit_ef         hex FID made current by SELECT of an application (e.g. "0001": the
                        worst case for the privacy guard's "DF known, EF unknown" rule)

Fault profiles: a misbehaving card. APDU numbers count every command the card receives
since it was inserted, from 1 (GET RESPONSE included)::

    counter_sw          hex SW answered to every empty VERIFY, e.g. "6983": no tries count
    short_answer_at     APDU numbers answered with a single byte (no status word)
    endless_61xx_at     from this APDU on, every answer is "61 10" with no data, GET RESPONSE
                        included, until the card is reset
    t0_get_response     answers with data come as "61 xx" first and need GET RESPONSE, as on T=0
    wrong_le_6c         a READ BINARY whose Le does not match the data left is answered
                        "6C xx" (resend with Le = xx), as on T=0
    slow_at             APDU numbers answered only after ``answer_delay_ms``
    answer_delay_ms     see slow_at (default 10000)
    stall_at            this APDU is never answered: the card hangs until it is pulled
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

CARD_TYPES = ("mynumber", "driver_license", "unsupported")
SAMPLES_DIR = Path(__file__).resolve().parent / "samples"


@dataclass
class CardProfile:
    type: str
    label: str = ""
    name: str = "黒桐　幹也"
    address: str = "東京都清瀬市観布子南１２－７－２０２"
    birth_date: date = date(1980, 2, 17)
    sex: str = "1"
    pin: str = "1234"
    pin_tries_left: int = 3
    code_b_security_code: str = "2285"
    card_expiry: date = date(2035, 2, 17)
    code_b: str = ""
    code_b_tries_left: int = 10
    code_a_tries_left: int = 10
    visual_code_b_tries_left: int | None = None
    my_number: str = "537686677188"
    stray_prefix: str = ""
    raw_basic_info: str = ""
    face_image: str = ""
    pin_set: bool = True
    pin2: str = "5678"
    issue_date: date = date(2023, 5, 1)
    expiry_date: date = date(2028, 6, 17)
    licence_number: str = "301234567890"
    remove_after_apdus: int | None = None
    implicit_ef: str = ""
    counter_sw: str = ""
    short_answer_at: list[int] = field(default_factory=list)
    endless_61xx_at: int | None = None
    t0_get_response: bool = False
    wrong_le_6c: bool = False
    slow_at: list[int] = field(default_factory=list)
    answer_delay_ms: int = 10000
    stall_at: int | None = None
    #: Where the profile was loaded from (relative paths resolve against it); not in JSON.
    source: Path | None = field(default=None, compare=False)

    def resolve(self, relative: str) -> Path:
        path = Path(relative)
        if not path.is_absolute() and self.source is not None:
            path = self.source.parent / path
        return path


_DATE_FIELDS = {"birth_date", "card_expiry", "issue_date", "expiry_date"}


def profile_from_dict(data: dict[str, Any], source: Path | None = None) -> CardProfile:
    known = {f.name for f in fields(CardProfile)} - {"source"}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    if data.get("type") not in CARD_TYPES:
        raise ValueError(f"profile type must be one of {CARD_TYPES}")
    values: dict[str, Any] = {
        key: date.fromisoformat(value) if key in _DATE_FIELDS else value
        for key, value in data.items()
    }
    return CardProfile(**values, source=source)


def load_profile(path: Path) -> CardProfile:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("a profile is a JSON object")
    return profile_from_dict(data, source=path)


def sample(name: str) -> CardProfile:
    """A bundled sample profile by file stem, e.g. ``sample("jpki_test_card")``."""
    return load_profile(SAMPLES_DIR / f"{name}.json")


def save_counters(path: Path, counters: dict[str, int]) -> None:
    """Write tries-left counters back into the profile file (a locked card stays locked)."""
    from kiosk.atomic import atomic_write_text

    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(counters)
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
