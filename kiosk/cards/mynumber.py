"""My Number card, 券面事項入力補助AP: retry counters, one VERIFY, the basic four facts.

APDUs of a read (PIN or 照合番号B), 4 at the card when EF 0002 fits in one short read and the
card speaks T=1 (a T=0 card adds a GET RESPONSE or ``6Cxx`` resend per answer with data);
opening the session sent one more, the identifying SELECT:

1. ``00 A4 04 0C 0A <text AP>``          SELECT the application
2. ``00 20 00 91`` / ``00 20 00 95``      empty VERIFY by short EF id: tries left, none used
3. ``00 20 00 91 04 <PIN>`` / ``… 95 0E <照合番号B>``   the one VERIFY, never retried
4. ``00 B0 82 00 00``                     READ BINARY EF 0002 by short EF id, Le 256
5. ``00 B0 hh ll nn``                     only if the BER header says more (<= 255 each)
"""

from __future__ import annotations

import unicodedata
from datetime import date

from kiosk.cards.aids import TEXT_AP_AID, TEXT_EF_BASIC_INFO, TEXT_IEF_CODE_B, TEXT_IEF_PIN
from kiosk.cards.apdu import (
    SW_BLOCKED,
    SW_END_OF_FILE,
    SW_OK,
    CountingTransport,
    Response,
    read_binary,
    read_binary_sfi,
    select_df_name,
    verify_sfi,
    wipe,
)
from kiosk.cards.api import (
    BadCardDataError,
    CardLockedError,
    CardStatus,
    InvalidSecretError,
    LastTryRefusedError,
    ReadResult,
    Secret,
    SecretKind,
    SecretStatus,
    Today,
    TriesUnreadableError,
    UnsupportedCardError,
    WrongSecretError,
)
from kiosk.cards.ber import Tlv, parse_ber, parse_ber_header
from kiosk.domain import BasicInfo, CardType, Sex
from kiosk.era import EraError, check_birth_date

PIN_LENGTH = 4
CODE_B_LENGTH = 14
#: How far into EF 0002 to look for ``FF 20`` (some cards reportedly prefix 2 stray bytes).
MAX_STRAY_PREFIX = 16
#: EF 0002 is about 100-300 bytes; anything claiming more than this is corrupt.
MAX_BASIC_INFO_LENGTH = 4096

_SEX_CODES = {"1": Sex.MALE, "2": Sex.FEMALE, "9": Sex.NOT_APPLICABLE}
_FIELD_TAGS = {0xDF22: "name", 0xDF23: "address", 0xDF24: "birth", 0xDF25: "sex"}


# ---------------------------------------------------------------------------------------------
# EF 0002 decoding


def find_basic_info_start(raw: bytes) -> int:
    """Offset of the ``FF 20`` record: 0 normally, a few bytes in on some cards."""
    limit = min(len(raw) - 1, MAX_STRAY_PREFIX + 1)
    for pos in range(max(limit, 0)):
        if raw[pos] == 0xFF and raw[pos + 1] == 0x20:
            return pos
    raise BadCardDataError("basic information record not found")


def basic_info_length(raw: bytes) -> int:
    """Bytes of ``raw`` needed for the complete record (stray prefix included)."""
    start = find_basic_info_start(raw)
    header = parse_ber_header(raw, start)
    if header.value_length > MAX_BASIC_INFO_LENGTH:
        raise BadCardDataError("basic information record too long")
    return start + header.total_length


def _text(value: bytes, what: str) -> str:
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadCardDataError(f"{what} is not valid UTF-8") from exc
    if not text.strip(" \u3000"):
        raise BadCardDataError(f"{what} is empty")
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Cn") for ch in text):
        raise BadCardDataError(f"{what} holds control or unassigned characters")
    return text


def parse_yyyymmdd(value: bytes) -> date:
    if len(value) != 8 or not all(0x30 <= b <= 0x39 for b in value):
        raise BadCardDataError("date is not 8 digits")
    text = value.decode("ascii")
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise BadCardDataError("no such date") from exc


def plausible_birth_date(birth: date, today: date) -> date:
    """``birth`` if a living person can have it (明治 or later, not after ``today``)."""
    try:
        check_birth_date(birth, today)
    except EraError as exc:
        raise BadCardDataError(f"impossible birth date: {exc}") from exc
    return birth


def _check_offsets(table: bytes, fields: dict[int, Tlv], start: int) -> None:
    """DF21 lists where DF22..DF25 start; a mismatch means a corrupt or forged record."""
    if len(table) % 2:
        raise BadCardDataError("offset table of odd length")
    offsets = [int.from_bytes(table[i : i + 2], "big") for i in range(0, len(table), 2)]
    tags = sorted(_FIELD_TAGS)
    if len(offsets) < len(tags):
        raise BadCardDataError("offset table too short")
    for tag, offset in zip(tags, offsets, strict=False):
        actual = fields[tag].offset
        # Offsets count from the start of the record; accept the file start too (stray prefix).
        if offset not in (actual, actual + start):
            raise BadCardDataError("offset table does not match the record")


def decode_basic_info(raw: bytes, *, today: date) -> BasicInfo:
    """EF 0002 bytes (padding and a stray prefix allowed) -> BasicInfo, or BadCardDataError.

    ``today`` is the kiosk's date: a birth date after it (or before 明治) is bad data.
    """
    start = find_basic_info_start(raw)
    record = parse_ber(raw, start)
    if record.tag != 0xFF20 or not record.constructed:
        raise BadCardDataError("not a basic information record")
    # Children offsets relative to the record start, as DF21 counts them.
    body_offset = parse_ber_header(raw, start).header_length
    fields: dict[int, Tlv] = {}
    table: bytes | None = None
    for child in record.children():
        relative = Tlv(child.tag, child.value, child.offset + body_offset, child.constructed)
        if child.tag == 0xDF21:
            if table is not None:
                raise BadCardDataError("duplicate offset table")
            table = child.value
        elif child.tag in _FIELD_TAGS:
            if child.tag in fields:
                raise BadCardDataError("duplicate field")
            fields[child.tag] = relative
        # Unknown tags are skipped: later card generations may add fields.
    if set(fields) != set(_FIELD_TAGS):
        raise BadCardDataError("basic information incomplete")
    if table is not None:
        _check_offsets(table, fields, start)
    name = _text(fields[0xDF22].value, "name")
    address = _text(fields[0xDF23].value, "address")
    birth = plausible_birth_date(parse_yyyymmdd(fields[0xDF24].value), today)
    sex_raw = fields[0xDF25].value
    if not 1 <= len(sex_raw) <= 2 or not all(0x20 < b < 0x7F for b in sex_raw):
        raise BadCardDataError("sex code malformed")
    sex_code = sex_raw.decode("ascii")
    return BasicInfo(
        card_type=CardType.MYNUMBER,
        name=name,
        address=address,
        birth_date=birth,
        sex=_SEX_CODES.get(sex_code, Sex.UNKNOWN),
        sex_code=sex_code,
    )


# ---------------------------------------------------------------------------------------------
# The session


def _counter(response: Response) -> tuple[int | None, bool]:
    """(tries left or None if not reported, locked) from an empty VERIFY's answer.

    Only ``63Cx`` is a count and ``6984`` a lock. Anything else (``9000``, ``6983``,
    ``6300``, ``6A82``, ``6D00``, ``6700``, ``6283``, ...) reports no count: the
    secret is refused (no VERIFY) and a read ends in :class:`TriesUnreadableError`.
    """
    tries = response.tries_left
    if tries is not None:
        return tries, tries == 0
    if response.sw == SW_BLOCKED:
        return 0, True
    return None, False


def unreadable_everywhere(secrets: tuple[SecretStatus, ...]) -> None:
    """TriesUnreadableError when no secret of the card reported a count and none is locked:
    nothing can be tried here, and the card is not locked either (see staff)."""
    if all(s.tries_left is None and not s.locked for s in secrets):
        raise TriesUnreadableError("the card does not report how many tries are left")


def refuse_unsafe(current: SecretStatus, locked_message: str) -> None:
    """Raise the typed refusal for a secret the kiosk will not VERIFY (checked in this order:
    locked, count unreadable, at or below the threshold)."""
    if current.locked:
        raise CardLockedError(locked_message)
    if current.tries_left is None:
        raise TriesUnreadableError("the card does not report how many tries are left")
    if current.refused:
        raise LastTryRefusedError(current.tries_left)


class CounterHistory:
    """The lowest tries-left each secret has shown on this connection.

    Within one exclusive connection a counter rises only after a successful VERIFY, and the
    kiosk sends a VERIFY only while the counter is above the threshold. A counter that rises
    otherwise is a card (or reader) not to be trusted: once a reading at or below the
    threshold, or a lock, was seen, no VERIFY for that secret is sent on this connection.
    """

    def __init__(self) -> None:
        self._lowest: dict[SecretKind, int] = {}

    def note(self, kind: SecretKind, tries: int | None, *, locked: bool = False) -> None:
        value = 0 if locked else tries
        if value is not None:
            self._lowest[kind] = min(self._lowest.get(kind, value), value)

    def at_or_below(self, kind: SecretKind, threshold: int) -> bool:
        lowest = self._lowest.get(kind)
        return lowest is not None and lowest <= threshold


def check_secret_shape(kind: SecretKind, secret: Secret) -> None:
    expected = PIN_LENGTH if kind == SecretKind.PIN else CODE_B_LENGTH
    if len(secret) != expected:
        raise InvalidSecretError(f"expected {expected} digits")


class MyNumberSession:
    """One My Number card. Not thread-safe: one read at a time, on one worker thread."""

    def __init__(
        self,
        transport: CountingTransport,
        *,
        code_b_min_tries_left: int = 2,
        today: Today = date.today,
    ) -> None:
        if code_b_min_tries_left < 1:
            raise ValueError("the last try is always refused")
        self._transport = transport
        self._code_b_min = code_b_min_tries_left
        self._today = today
        self._history = CounterHistory()

    @property
    def card_type(self) -> CardType:
        return CardType.MYNUMBER

    def _sfi(self, kind: SecretKind) -> int:
        return TEXT_IEF_PIN if kind == SecretKind.PIN else TEXT_IEF_CODE_B

    def _threshold(self, kind: SecretKind) -> int:
        return 1 if kind == SecretKind.PIN else self._code_b_min

    def _select(self) -> None:
        if not self._transport.transmit(select_df_name(TEXT_AP_AID)).ok:
            raise UnsupportedCardError("the card has no card-info input support application")

    def _status_of(self, kind: SecretKind) -> SecretStatus:
        tries, locked = _counter(self._transport.transmit(verify_sfi(self._sfi(kind))))
        self._history.note(kind, tries, locked=locked)
        threshold = self._threshold(kind)
        refused = (
            locked
            or tries is None
            or tries <= threshold
            or self._history.at_or_below(kind, threshold)
        )
        return SecretStatus(kind, tries, locked, refused)

    def status(self) -> CardStatus:
        """Tries left per secret; TriesUnreadableError if the card reports no count at all."""
        with self._transport.operation():
            self._select()
            secrets = (self._status_of(SecretKind.PIN), self._status_of(SecretKind.CODE_B))
        unreadable_everywhere(secrets)
        return CardStatus(CardType.MYNUMBER, secrets)

    def read_basic_info(self, kind: SecretKind, secret: Secret) -> ReadResult:
        start = self._transport.count
        try:
            check_secret_shape(kind, secret)
            with self._transport.operation():
                self._select()
                # Re-read the counter here, right before the VERIFY: a status from earlier
                # may be stale (another terminal, another try).
                refuse_unsafe(self._status_of(kind), "the card is locked for this secret")
                self._verify(kind, secret)
                raw = self._read_file()
        finally:
            secret.wipe()
        info = decode_basic_info(raw, today=self._today())
        return ReadResult(info, self._transport.count - start, self._transport.count)

    def _verify(self, kind: SecretKind, secret: Secret) -> None:
        # The digits exist as a wipeable copy only while the APDU is built and sent; the
        # APDU buffer is wiped after the transmit (the PC/SC transport wipes its own copy).
        with secret.exposed() as digits:
            apdu = verify_sfi(self._sfi(kind), digits)
            try:
                response = self._transport.transmit(apdu)
            finally:
                wipe(apdu)
        if response.ok:
            return
        tries = response.tries_left
        self._history.note(kind, tries, locked=response.sw == SW_BLOCKED)
        if response.sw == SW_BLOCKED or tries == 0:
            raise CardLockedError("the card is locked for this secret")
        if tries is not None:
            raise WrongSecretError(tries)
        raise BadCardDataError("unexpected answer to VERIFY")

    def _read_file(self) -> bytes:
        first = self._transport.transmit(read_binary_sfi(TEXT_EF_BASIC_INFO, 0, 256))
        if first.sw not in (SW_OK, SW_END_OF_FILE) or not first.data:
            raise BadCardDataError("the basic information could not be read")
        data = bytearray(first.data)
        needed = basic_info_length(bytes(data))
        while len(data) < needed:
            # The SFI read made EF 0002 current: continue at 15-bit offsets, short reads only.
            chunk = self._transport.transmit(read_binary(len(data), min(needed - len(data), 255)))
            if chunk.sw not in (SW_OK, SW_END_OF_FILE) or not chunk.data:
                raise BadCardDataError("the basic information ends early")
            data.extend(chunk.data)
        return bytes(data[:needed])

    def close(self) -> None:
        self._transport.close()
