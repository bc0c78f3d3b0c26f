"""The roster on a USB stick: 避難者名簿 as CSV, encrypted by default (docs/export.md).

The columns (household number, name, reading, sex, birth date, age, address, phone,
check-in and check-out, special needs, how the person was registered, remarks) are the
facts the kiosk records, with the reference's households, age brackets and registration
types (field-notes §1); no published column list of the reference product or national
避難者名簿 template was found to follow (municipal forms differ): docs/export.md, "Where the
columns come from". One row per stay of this opening, grouped by household. The file is
CSV in UTF-8 **with a BOM** and CRLF line ends (RFC 4180): Excel on Windows then opens it
with the Japanese intact (without the BOM it guesses Shift_JIS). Cells that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) get a leading apostrophe.

Phone numbers: a cell of digits only is a number to Excel and LibreOffice, so 09012345678
would show as 9012345678. The digits are written grouped with hyphens, as Japanese forms
write them (090-1234-5678), which both keep as text: no formula (``="090..."`` is one, the
very thing the escaping above keeps out, and other readers get the ``="`` too), nothing
shown that is not in the number (a leading apostrophe is shown by LibreOffice, and by Excel
in a CSV), the digits unchanged (:func:`phone_cell`).

Encrypted with the export envelope (content type 3) by default; a plain file is written
only when the caller passes ``plaintext_ok`` (the staff screen asks a second time).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from kiosk.domain import RegistrationType, Sex, SituationFlag
from kiosk.errors import StorageError
from kiosk.export.envelope import DEFAULT_KDF, ContentType, KdfParams, check_passphrase, encrypt
from kiosk.export.files import write_export_file
from kiosk.export.pfif import PlaintextRefusedError
from kiosk.roster.model import AgeBracket, Roster, Stay, age_on

log = logging.getLogger(__name__)

LOG_KIND_ROSTER = "roster"
BOM = "\ufeff"

#: The 避難者名簿 columns, in order.
COLUMNS = (
    "No.",
    "世帯番号",
    "氏名",
    "ふりがな",
    "性別",
    "生年月日",
    "年齢",
    "年代",
    "住所",
    "電話番号",
    "入所日時",
    "入所端末",
    "退所日時",
    "退所端末",
    "状態",
    "要配慮事項",
    "登録区分",
    "連絡事項",
    "訓練",
    "記録ID",
)

_SEX = {
    Sex.MALE: "男性",
    Sex.FEMALE: "女性",
    Sex.NOT_APPLICABLE: "該当なし",
    Sex.UNKNOWN: "不明",
}
_NEEDS = {
    SituationFlag.INJURED: "けが",
    SituationFlag.NEEDS_MEDICAL_CARE: "医療が必要",
    SituationFlag.PREGNANT: "妊娠中",
    SituationFlag.NEEDS_ASSISTANCE: "介助が必要",
    SituationFlag.WITH_PET: "ペット同伴",
}
_REGISTRATION = {
    RegistrationType.MYNUMBER_CARD: "マイナンバーカード",
    RegistrationType.STAFF_PROXY: "職員代理登録",
    RegistrationType.QR: "スマートフォン",
    RegistrationType.DRIVER_LICENSE: "運転免許証",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


#: Japanese numbers whose grouping is fixed by their prefix: (prefix, length, groups).
_PHONE_PLANS = (
    ("0800", 11, (4, 3, 4)),  # free dial
    ("0120", 10, (4, 3, 3)),  # free dial
    ("0570", 10, (4, 3, 3)),  # navi dial
    ("0990", 10, (4, 3, 3)),
    ("020", 11, (3, 4, 4)),
    ("050", 11, (3, 4, 4)),  # IP phones
    ("060", 11, (3, 4, 4)),
    ("070", 11, (3, 4, 4)),  # mobiles
    ("080", 11, (3, 4, 4)),
    ("090", 11, (3, 4, 4)),
    ("03", 10, (2, 4, 4)),  # Tokyo: every 03 number
    ("06", 10, (2, 4, 4)),  # Osaka: every 06 number
)


def phone_cell(phone: str) -> str:
    """The phone number as a CSV cell a spreadsheet keeps as text: digits only are grouped
    with hyphens (a number of a fixed plan as Japanese forms write it; any other number
    split before its last four digits, the subscriber number of a Japanese landline, since
    the area code's length is not guessed); anything else as typed, formula-escaped."""
    if not (phone.isascii() and phone.isdigit()):
        return _cell(phone)
    for prefix, length, groups in _PHONE_PLANS:
        if len(phone) == length and phone.startswith(prefix):
            parts, start = [], 0
            for size in groups:
                parts.append(phone[start : start + size])
                start += size
            return "-".join(parts)
    cut = len(phone) - 4 if len(phone) > 4 else 1
    return phone[:cut] + "-" + phone[cut:] if len(phone) > 1 else phone


def _time(stay: Stay, moment: datetime | None) -> str:
    return stay.local(moment).strftime("%Y/%m/%d %H:%M") if moment is not None else ""


def _state(stay: Stay) -> str:
    if stay.inside:
        return "在所"
    if stay.checked_out_at is not None:
        return "退所"
    return "再入所により終了"  # superseded by a later check-in of the same person


def household_numbers(stays: Sequence[Stay]) -> dict[str, int]:
    """Household key -> 1, 2, ... in the order of each household's first check-in."""
    numbers: dict[str, int] = {}
    for stay in sorted(stays, key=lambda s: (s.checked_in_at, s.check_in_id)):
        numbers.setdefault(stay.household, len(numbers) + 1)
    return numbers


def rows(roster: Roster, today: date) -> list[list[str]]:
    """The table body: one row per stay, by household, then check-in time."""
    numbers = household_numbers(roster.stays)
    ordered = sorted(
        roster.stays, key=lambda s: (numbers[s.household], s.checked_in_at, s.check_in_id)
    )
    out: list[list[str]] = []
    for n, stay in enumerate(ordered, start=1):
        person = stay.person
        birth = person.birth_date
        age = age_on(birth, today) if birth is not None else None
        bracket = AgeBracket.of(birth, today)
        out.append(
            [
                str(n),
                str(numbers[stay.household]),
                _cell(person.name),
                _cell(getattr(person, "reading", "") or ""),
                _SEX.get(person.sex, "") if person.sex is not None else "",
                birth.strftime("%Y/%m/%d") if birth is not None else "",
                str(age) if age is not None and age >= 0 else "",
                _bracket_label(bracket),
                _cell(person.address),
                phone_cell(person.phone),
                _time(stay, stay.checked_in_at),
                stay.check_in_terminal,
                _time(stay, stay.checked_out_at),
                stay.check_out_terminal or "",
                _state(stay),
                "・".join(_NEEDS[f] for f in SituationFlag if f in stay.situation),
                _REGISTRATION.get(stay.registration_type, "")
                if stay.registration_type is not None
                else "",
                _cell(person.message_to_staff),
                "訓練" if roster.counts.training else "",
                stay.check_in_id,
            ]
        )
    return out


def _bracket_label(lower: int) -> str:
    if lower == AgeBracket.UNKNOWN:
        return "不明"
    if lower == 90:
        return "90歳以上"
    return f"{lower}代" if lower else "10歳未満"


def roster_csv(roster: Roster, today: date) -> bytes:
    """The CSV file's bytes: UTF-8 with a BOM, CRLF line ends, every field quoted when
    needed (commas, quotes, line breaks in an address or a message)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(rows(roster, today))
    return (BOM + buffer.getvalue()).encode("utf-8")


@runtime_checkable
class ExportLog(Protocol):
    def log_export(self, *, kind: str, records: int, file_name: str) -> None: ...


@dataclass(frozen=True)
class RosterExportResult:
    path: Path
    rows: int
    encrypted: bool
    logged: bool = True


def export_roster(
    roster: Roster,
    out: Path,
    *,
    today: date,
    passphrase: str | None,
    plaintext_ok: bool = False,
    store: ExportLog | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> RosterExportResult:
    """Write the roster to ``out``: encrypted with ``passphrase``; in plain CSV only when
    ``plaintext_ok`` (it is personal data); atomically either way (kiosk.export.files), and
    noted in the store's export log (time, kind, rows, file name)."""
    if passphrase is not None:
        check_passphrase(passphrase)
    elif not plaintext_ok:
        raise PlaintextRefusedError(
            "the roster holds personal data: give a passphrase, or explicitly allow plaintext"
        )
    data = roster_csv(roster, today)
    if passphrase is not None:
        data = encrypt(data, passphrase, ContentType.ROSTER_CSV, kdf=kdf)
    write_export_file(out, data)
    logged = store is not None
    if store is not None:
        try:
            store.log_export(kind=LOG_KIND_ROSTER, records=len(roster.stays), file_name=out.name)
        except StorageError:
            log.warning("the roster was written but could not be noted in the record store")
            logged = False
    return RosterExportResult(out, len(roster.stays), passphrase is not None, logged)
