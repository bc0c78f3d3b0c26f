"""My Number card: the basic four facts (券面事項入力補助AP) and the face photo (券面事項確認AP).

APDUs of a read (PIN or 照合番号B), 4 at the card when EF 0002 fits in one short read and the
card speaks T=1 (a T=0 card adds a GET RESPONSE or ``6Cxx`` resend per answer with data);
opening the session sent one more, the identifying SELECT:

1. ``00 A4 04 0C 0A <text AP>``          SELECT the application
2. ``00 20 00 91`` / ``00 20 00 95``      empty VERIFY by short EF id: tries left, none used
3. ``00 20 00 91 04 <PIN>`` / ``… 95 0E <照合番号B>``   the one VERIFY, never retried
4. ``00 B0 82 00 00``                     READ BINARY EF 0002 by short EF id, Le 256
5. ``00 B0 hh ll nn``                     only if the BER header says more (<= 255 each)

With 照合番号B the face photo can follow (:meth:`MyNumberSession.read_with_photo`), in the
券面事項確認AP ("visual AP"), only after the text AP accepted that same 照合番号B, and under
the same lock guard (that application's own counter is read first); short APDUs only, and
nothing of EF 0002 but its offset table and the photo (DF27). After a PIN read, the photo
needs a 照合番号B too (that application takes no PIN: idcards.md §2.2), read off the card
face (:meth:`MyNumberSession.read_photo`, PIN then face):

6. ``00 A4 04 0C 0A <visual AP>``         SELECT the application
7. ``00 20 00 92``                        empty VERIFY of its 照合番号B: tries left, none used
8. ``00 20 00 92 0E <照合番号B>``          the one VERIFY in this application, never retried
9. ``00 B0 82 00 08``                     EF 0002 by short EF id: the record and DF21 headers
10. ``00 B0 00 08 nn``                    DF21, the offsets of DF22..DF2A
11. ``00 B0 hh ll 03``, ``00 B0 hh ll 02``  DF27's tag and length at its offset
12. ``00 B0 hh ll nn`` ...                the photo, <= 255 bytes each (about 3 kB: ~13 reads)
"""

from __future__ import annotations

import unicodedata
from datetime import date

from kiosk.cards.aids import (
    TEXT_AP_AID,
    TEXT_EF_BASIC_INFO,
    TEXT_IEF_CODE_B,
    TEXT_IEF_PIN,
    VISUAL_AP_AID,
    VISUAL_EF_FACE,
    VISUAL_IEF_CODE_B,
)
from kiosk.cards.apdu import (
    SW_END_OF_FILE,
    SW_OK,
    CountingTransport,
    read_binary,
    read_binary_sfi,
    select_df_name,
)
from kiosk.cards.api import (
    BadCardDataError,
    CardError,
    CardPhoto,
    CardStatus,
    ForbiddenAccessError,
    InvalidSecretError,
    ReadResult,
    Secret,
    SecretKind,
    SecretStatus,
    Today,
    UnsupportedCardError,
)
from kiosk.cards.ber import Tlv, parse_ber, parse_ber_header
from kiosk.cards.tries import (
    CounterHistory,
    read_counter,
    refuse_unsafe,
    unreadable_everywhere,
    verify_once,
)
from kiosk.domain import BasicInfo, CardType, Sex
from kiosk.era import EraError, check_birth_date

PIN_LENGTH = 4
CODE_B_LENGTH = 14
#: How far into EF 0002 to look for ``FF 20`` (some cards reportedly prefix 2 stray bytes).
MAX_STRAY_PREFIX = 16
#: EF 0002 is about 100-300 bytes; anything claiming more than this is corrupt.
MAX_BASIC_INFO_LENGTH = 4096

#: The photo's tag in the visual AP's EF 0002, and its place in DF21's offset table when the
#: table lists DF22..DF2A in order (idcards.md §2.2); other places are tried after it.
PHOTO_TAG = 0xDF27
PHOTO_INDEX = 5
#: A card photo is a few kB; anything claiming more than this is corrupt.
MAX_PHOTO_LENGTH = 0x6000
#: READ BINARY of the current EF takes a 15-bit offset.
MAX_OFFSET = 0x7FFF
#: JPEG 2000: the JP2 file signature box, or a bare codestream (SOC, SIZ markers).
_JP2_STARTS = (bytes.fromhex("0000000C6A5020200D0A870A"), bytes.fromhex("FF4FFF51"))

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
# The visual AP's EF 0002: only the offset table and the photo


def _read_exact(transport: CountingTransport, offset: int, length: int, what: str) -> bytes:
    """``length`` bytes of the current EF from ``offset``, in short reads of <= 255 bytes."""
    if offset < 0 or offset + length - 1 > MAX_OFFSET + 0xFF:
        raise BadCardDataError(f"{what} lies beyond a short read's reach")
    data = bytearray()
    while len(data) < length:
        position = offset + len(data)
        if position > MAX_OFFSET:
            raise BadCardDataError(f"{what} lies beyond a short read's reach")
        chunk = transport.transmit(read_binary(position, min(length - len(data), 255)))
        if chunk.sw not in (SW_OK, SW_END_OF_FILE) or not chunk.data:
            raise BadCardDataError(f"{what} ends early")
        data.extend(chunk.data)
    return bytes(data[:length])


def read_photo_file(transport: CountingTransport) -> bytearray:
    """DF27 of the visual AP's EF 0002 (selected here by its short EF id), reading nothing of
    the other fields' values: the headers, DF21's offsets, then the photo at its offset."""
    head = transport.transmit(read_binary_sfi(VISUAL_EF_FACE, 0, 8))
    if head.sw not in (SW_OK, SW_END_OF_FILE) or len(head.data) < 8:
        raise BadCardDataError("the card-face record could not be read")
    outer = parse_ber_header(head.data, 0)
    if outer.tag != 0xFF20 or not outer.constructed:
        raise BadCardDataError("not a card-face record")
    table_header = parse_ber_header(head.data, outer.header_length)
    if (
        table_header.tag != 0xDF21
        or table_header.value_length % 2
        or not (2 <= table_header.value_length <= 64)
    ):
        raise BadCardDataError("card-face offset table malformed")
    table_start = outer.header_length + table_header.header_length
    table = _read_exact(transport, table_start, table_header.value_length, "the offset table")
    offsets = [int.from_bytes(table[i : i + 2], "big") for i in range(0, len(table), 2)]
    order = ([offsets[PHOTO_INDEX]] if len(offsets) > PHOTO_INDEX else []) + offsets
    end = outer.total_length
    for offset in dict.fromkeys(order):  # the documented place first, each place once
        if not table_start + len(table) <= offset <= end - 3:
            raise BadCardDataError("card-face offset outside the record")
        # The 2-byte tag and the first length byte: no byte of another field's value.
        field = _read_exact(transport, offset, 3, "a card-face field")
        if int.from_bytes(field[:2], "big") != PHOTO_TAG:
            continue
        extra = {0x81: 1, 0x82: 2}.get(field[2], 0)
        if extra:
            field += _read_exact(transport, offset + 3, extra, "the card photo's length")
        header = parse_ber_header(field, 0)
        if not 0 < header.value_length <= MAX_PHOTO_LENGTH or offset + header.total_length > end:
            raise BadCardDataError("card photo length impossible")
        photo = bytearray(
            _read_exact(
                transport, offset + header.header_length, header.value_length, "the card photo"
            )
        )
        if not photo.startswith(_JP2_STARTS):
            raise BadCardDataError("the card photo is not JPEG 2000")
        return photo
    raise BadCardDataError("the card holds no photo")


# ---------------------------------------------------------------------------------------------
# The session


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
        #: The visual AP's counter is its own (a card may keep one per application).
        self._visual_history = CounterHistory()
        #: At most one VERIFY in the visual AP per placement (this connection).
        self._visual_tried = False
        #: The text AP accepted a secret and the facts were read on this placement.
        self._facts_read = False

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
        return read_counter(
            self._transport, self._sfi(kind), kind, self._history, self._threshold(kind)
        )

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
            info = self._read_text(kind, secret)
        finally:
            secret.wipe()
        return ReadResult(info, self._transport.count - start, self._transport.count)

    def read_with_photo(self, secret: Secret) -> ReadResult:
        """照合番号B: the basic four facts, then the face photo with the same 照合番号B.

        The text AP's errors are raised as by :meth:`read_basic_info`, and the visual AP is
        then never selected. Once the facts are read, a photo that cannot be had (that
        application's counter at the threshold, the card pulled, no photo, bad data) is
        ``ReadResult.photo_error`` with ``photo`` None: the facts stand, nothing is retried.
        ``secret`` is wiped whatever happens.
        """
        start = self._transport.count
        try:
            info = self._read_text(SecretKind.CODE_B, secret)
            photo, problem = self._read_photo(secret)
        finally:
            secret.wipe()
        return ReadResult(
            info,
            self._transport.count - start,
            self._transport.count,
            photo=photo,
            photo_error=problem,
        )

    def read_photo(self, secret: Secret) -> tuple[CardPhoto | None, CardError | None]:
        """PIN then face: the face photo with 照合番号B (read off the card face), after a read
        of the facts on this placement (the PIN's). The photo's application only: its own
        counter read first, the last tries refused, one VERIFY at most per placement (also
        counting :meth:`read_with_photo`'s), never retried; short APDUs only.

        Whatever goes wrong is the second element (the facts already read stand): no facts
        read yet or a secret that is not 14 digits (``InvalidSecretError``, nothing sent), a
        wrong 照合番号B (``WrongSecretError``), the counter too low (``LastTryRefusedError``),
        the card pulled, no photo, bad data. ``secret`` is wiped whatever happens.
        """
        try:
            if not self._facts_read:
                return None, InvalidSecretError("the photo only after the facts were read")
            try:
                check_secret_shape(SecretKind.CODE_B, secret)
            except InvalidSecretError as exc:
                return None, exc
            return self._read_photo(secret)
        finally:
            secret.wipe()

    def _read_text(self, kind: SecretKind, secret: Secret) -> BasicInfo:
        check_secret_shape(kind, secret)
        with self._transport.operation():
            self._select()
            # Re-read the counter here, right before the VERIFY: a status from earlier
            # may be stale (another terminal, another try).
            locked = "the card is locked for this secret"
            refuse_unsafe(self._status_of(kind), locked)
            self._verify(self._sfi(kind), secret, kind, self._history, locked)
            raw = self._read_file()
        info = decode_basic_info(raw, today=self._today())
        self._facts_read = True
        return info

    def _verify(
        self, sfi: int, secret: Secret, kind: SecretKind, history: CounterHistory, locked: str
    ) -> None:
        # The digits exist as a wipeable copy only while the APDU is built and sent.
        with secret.exposed() as digits:
            verify_once(
                self._transport, sfi, digits, kind=kind, history=history, locked_message=locked
            )

    def _read_photo(self, secret: Secret) -> tuple[CardPhoto | None, CardError | None]:
        try:
            if self._visual_tried:
                raise InvalidSecretError("the photo was already tried on this placement")
            with self._transport.operation():
                if not self._transport.transmit(select_df_name(VISUAL_AP_AID)).ok:
                    raise UnsupportedCardError("the card has no card-face application")
                current = read_counter(
                    self._transport,
                    VISUAL_IEF_CODE_B,
                    SecretKind.CODE_B,
                    self._visual_history,
                    self._code_b_min,
                )
                locked = "the card-face application is locked"
                refuse_unsafe(current, locked)
                self._visual_tried = True
                self._verify(
                    VISUAL_IEF_CODE_B, secret, SecretKind.CODE_B, self._visual_history, locked
                )
                data = read_photo_file(self._transport)
        except ForbiddenAccessError:
            raise  # a bug, never a card condition
        except CardError as exc:
            return None, exc
        try:
            return CardPhoto(data), None
        finally:
            data[:] = bytes(len(data))

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
