"""Conventional IC driver's licence (警察庁仕様 v008/009): common data, PIN1, 記載事項.

APDUs of a read (idcards.md §4.1)::

    00 A4 00 0C 02 3F 00                  SELECT MF
    00 B0 8A 00 03                        PIN setting (MF EF02 by short EF id), no PIN
    00 20 00 81                           tries left of PIN1, none used
    00 20 00 81 04 <PIN1>                 the one VERIFY, never retried
    00 A4 04 0C 10 <DF1 AID>              SELECT DF1 (the VERIFY stays in effect)
    00 A4 02 0C 02 00 01                  SELECT EF01 記載事項
    00 B0 hh ll 00 ...                    short reads until name, birth date and address are in

A licence whose holder set no PIN (MF EF02 ``05 01 00``) is opened with ``****``
(2A 2A 2A 2A) as PIN1, as TRET does. That default is UNCONFIRMED against the spec text
(idcards.md §8.6) and a wrong VERIFY costs a try, so it is a separate, explicit path: the
counter is read first, and the default is sent only while PIN1 has all its
:data:`LICENCE_PIN_MAX_TRIES` tries. On a card without a PIN a lower counter can only mean an
earlier wrong VERIFY (the default itself, or someone else's), so the kiosk spends at most one
try on the default in the card's life. Staff can turn the default off
(``cards.licence_default_pin_enabled``); such a licence is then refused before any VERIFY with
:class:`~kiosk.cards.api.DefaultPinRefusedError`. Whatever the person typed is never sent.
A licence has no sex field.

At the card a read is 7 APDUs (T=1); opening the session sent 3 more to identify the card
(SELECT text AP, refused; SELECT MF; SELECT DF1): 10 per open + read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kiosk.cards.aids import (
    LICENCE_DF1_AID,
    LICENCE_EF_COMMON,
    LICENCE_EF_MATTERS,
    LICENCE_IEF_PIN1,
    LICENCE_SFI_PIN_SETTING,
)
from kiosk.cards.apdu import (
    SW_END_OF_FILE,
    SW_OK,
    SW_WRONG_OFFSET,
    CountingTransport,
    read_binary,
    read_binary_sfi,
    select_df_name,
    select_ef,
    select_mf,
)
from kiosk.cards.api import (
    BadCardDataError,
    CardStatus,
    DefaultPinRefusedError,
    InvalidSecretError,
    ReadResult,
    Secret,
    SecretKind,
    SecretStatus,
    Today,
    UnsupportedCardError,
)
from kiosk.cards.ber import SimpleScan, Tlv, parse_ber_sequence, scan_simple_tlvs
from kiosk.cards.jis import decode_jisx0208
from kiosk.cards.mynumber import plausible_birth_date
from kiosk.cards.tries import (
    CounterHistory,
    read_counter,
    refuse_unsafe,
    unreadable_everywhere,
    verify_once,
)
from kiosk.domain import BasicInfo, CardType
from kiosk.era import EraError, era_by_licence_code, parse_era_yymmdd

TAG_NAME = 0x12
TAG_BIRTH = 0x16
TAG_ADDRESS = 0x17
NEEDED_TAGS = frozenset({TAG_NAME, TAG_BIRTH, TAG_ADDRESS})
#: DF1/EF01 is 880 bytes on v008 cards; allow some growth, refuse absurd files.
MAX_MATTERS_LENGTH = 2048
#: PIN1 of a licence whose holder set none (UNCONFIRMED, idcards.md §8.6).
DEFAULT_PIN = b"****"
#: PIN1 locks after this many wrong tries (idcards.md §4.1).
LICENCE_PIN_MAX_TRIES = 3


@dataclass(frozen=True)
class LicenceCommonData:
    """MF EF01 (共通データ要素): readable without a PIN."""

    spec_version: str
    issue_date: date
    expiry_date: date


def _bcd_date(value: bytes) -> date:
    digits = []
    for byte in value:
        hi, lo = byte >> 4, byte & 0x0F
        if hi > 9 or lo > 9:
            raise BadCardDataError("date is not BCD")
        digits.append(f"{hi}{lo}")
    text = "".join(digits)
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise BadCardDataError("no such date") from exc


def decode_common_data(raw: bytes) -> LicenceCommonData:
    """``45 0B <version 3> <issue BCD 4> <expiry BCD 4> 46 02 ..`` (trailing padding allowed)."""
    scan = scan_simple_tlvs(raw)
    if scan.truncated:
        raise BadCardDataError("common data truncated")
    found = {item.tag: item for item in scan.items}
    common = found.get(0x45)
    if common is None or len(common.value) != 11:
        raise BadCardDataError("common data element missing")
    version = common.value[0:3]
    if not all(0x20 <= b < 0x7F for b in version):
        raise BadCardDataError("spec version is not JIS X 0201")
    issue = _bcd_date(common.value[3:7])
    expiry = _bcd_date(common.value[7:11])
    if expiry < issue:
        raise BadCardDataError("licence expires before it was issued")
    return LicenceCommonData(version.decode("ascii"), issue, expiry)


def decode_pin_setting(raw: bytes) -> bool:
    """MF EF02: ``05 01 01`` = the holder set a PIN, ``05 01 00`` = not set."""
    try:
        items = parse_ber_sequence(raw[:3])
    except BadCardDataError:
        items = []
    if len(items) != 1 or items[0].tag != 0x05 or items[0].value not in (b"\x00", b"\x01"):
        raise BadCardDataError("PIN setting malformed")
    return items[0].value == b"\x01"


def parse_licence_date(value: bytes) -> date:
    """7 JIS X 0201 digits: era code 1-5 (明治..令和) + YYMMDD."""
    if len(value) != 7 or not all(0x30 <= b <= 0x39 for b in value):
        raise BadCardDataError("licence date is not 7 digits")
    text = value.decode("ascii")
    try:
        return parse_era_yymmdd(era_by_licence_code(int(text[0])), text[1:])
    except EraError as exc:
        raise BadCardDataError("no such era date") from exc


def decode_matters(raw: bytes, *, today: date) -> BasicInfo:
    """DF1/EF01 記載事項 -> BasicInfo (no sex), or BadCardDataError.

    ``raw`` may stop anywhere after the address TLV (the reader stops early) and may be
    padded with 00/FF. A birth date after ``today`` (令和99年 = 2117) is bad data.
    """
    scan = scan_simple_tlvs(raw)
    fields: dict[int, Tlv] = {}
    for item in scan.items:
        if item.tag in NEEDED_TAGS:
            if item.tag in fields:
                raise BadCardDataError("duplicate field")
            fields[item.tag] = item
    if set(fields) != NEEDED_TAGS:
        raise BadCardDataError("licence record incomplete")
    name, name_unreadable = decode_jisx0208(fields[TAG_NAME].value)
    address, address_unreadable = decode_jisx0208(fields[TAG_ADDRESS].value)
    if not name.strip("\u3000") or not address.strip("\u3000"):
        raise BadCardDataError("empty name or address")
    return BasicInfo(
        card_type=CardType.DRIVER_LICENSE,
        name=name,
        address=address,
        birth_date=plausible_birth_date(parse_licence_date(fields[TAG_BIRTH].value), today),
        sex=None,
        has_unreadable_chars=name_unreadable or address_unreadable,
    )


def _default_pin_refused(tries: int) -> str:
    return f"the default PIN was refused, {tries} tries left"


def _has_needed(scan: SimpleScan) -> bool:
    return {item.tag for item in scan.items} >= NEEDED_TAGS


class LicenceSession:
    """One conventional driver's licence. One read at a time, on one worker thread.

    ``default_pin_enabled=False`` (settings ``cards.licence_default_pin_enabled``) refuses a
    licence without a PIN instead of sending the unconfirmed default.
    """

    def __init__(
        self,
        transport: CountingTransport,
        *,
        default_pin_enabled: bool = True,
        today: Today = date.today,
    ) -> None:
        self._transport = transport
        self._default_pin_enabled = default_pin_enabled
        self._today = today
        self._history = CounterHistory()

    @property
    def card_type(self) -> CardType:
        return CardType.DRIVER_LICENSE

    def _select_mf(self) -> None:
        if not self._transport.transmit(select_mf()).ok:
            raise UnsupportedCardError("the card has no master file")

    def _pin_set(self) -> bool:
        response = self._transport.transmit(read_binary_sfi(LICENCE_SFI_PIN_SETTING, 0, 3))
        if not response.ok:
            raise BadCardDataError("PIN setting unreadable")
        return decode_pin_setting(response.data)

    def _pin1_status(self, *, pin_set: bool) -> SecretStatus:
        current = read_counter(self._transport, LICENCE_IEF_PIN1, SecretKind.PIN, self._history, 1)
        if pin_set:
            return current
        # The default PIN: only with every try left, and only if staff did not turn it off.
        tries = current.tries_left
        refused = (
            current.refused
            or not self._default_pin_enabled
            or (tries is not None and tries < LICENCE_PIN_MAX_TRIES)
            or self._history.at_or_below(SecretKind.PIN, LICENCE_PIN_MAX_TRIES - 1)
        )
        return replace(current, refused=refused)

    def status(self) -> CardStatus:
        """PIN1's tries left; TriesUnreadableError if the card reports no count."""
        with self._transport.operation():
            self._select_mf()
            pin_set = self._pin_set()
            secrets = (self._pin1_status(pin_set=pin_set),)
        unreadable_everywhere(secrets)
        return CardStatus(CardType.DRIVER_LICENSE, secrets, pin_set=pin_set)

    def read_common_data(self) -> LicenceCommonData:
        with self._transport.operation():
            self._select_mf()
            if not self._transport.transmit(select_ef(LICENCE_EF_COMMON)).ok:
                raise BadCardDataError("common data missing")
            response = self._transport.transmit(read_binary(0, 17))
        if response.sw not in (SW_OK, SW_END_OF_FILE):
            raise BadCardDataError("common data unreadable")
        return decode_common_data(response.data)

    def read_basic_info(self, kind: SecretKind, secret: Secret) -> ReadResult:
        start = self._transport.count
        try:
            if kind != SecretKind.PIN:
                raise InvalidSecretError("a driver's licence opens with PIN1 only")
            if len(secret) != 4:
                raise InvalidSecretError("expected 4 digits")
            with self._transport.operation():
                self._select_mf()
                pin_set = self._pin_set()
                current = self._pin1_status(pin_set=pin_set)  # fresh, right before the VERIFY
                if pin_set:
                    refuse_unsafe(current, "the licence PIN is locked")
                    with secret.exposed() as digits:
                        self._verify(digits)
                else:
                    self._verify_default_pin(current)
                raw = self._read_matters()
        finally:
            secret.wipe()
        info = decode_matters(raw, today=self._today())
        return ReadResult(info, self._transport.count - start, self._transport.count)

    def _verify_default_pin(self, current: SecretStatus) -> None:
        """The holder set no PIN: send the (unconfirmed) default, never what was typed."""
        if current.locked or current.tries_left is None:
            refuse_unsafe(current, "the licence PIN is locked")
        if not self._default_pin_enabled:
            raise DefaultPinRefusedError(
                current.tries_left, "this licence has no PIN and the default PIN is turned off"
            )
        if current.refused:
            raise DefaultPinRefusedError(
                current.tries_left, "this licence has no PIN and its default PIN already failed"
            )
        self._verify(bytearray(DEFAULT_PIN), default=True)

    def _verify(self, pin: bytearray, *, default: bool = False) -> None:
        verify_once(
            self._transport,
            LICENCE_IEF_PIN1,
            pin,
            kind=SecretKind.PIN,
            history=self._history,
            locked_message="the licence PIN is locked",
            wrong_message=_default_pin_refused if default else None,
        )

    def _read_matters(self) -> bytes:
        if not self._transport.transmit(select_df_name(LICENCE_DF1_AID)).ok:
            raise BadCardDataError("licence data application missing")
        if not self._transport.transmit(select_ef(LICENCE_EF_MATTERS)).ok:
            raise BadCardDataError("licence record missing")
        data = bytearray()
        while True:
            response = self._transport.transmit(read_binary(len(data), 256))
            if response.sw == SW_WRONG_OFFSET or (response.ok and not response.data):
                break  # end of file
            if response.sw not in (SW_OK, SW_END_OF_FILE):
                raise BadCardDataError("licence record unreadable")
            data.extend(response.data)
            scan = scan_simple_tlvs(bytes(data))
            if _has_needed(scan) or scan.padded or response.sw == SW_END_OF_FILE:
                break
            if len(data) >= MAX_MATTERS_LENGTH:
                raise BadCardDataError("licence record too long")
        return bytes(data)

    def close(self) -> None:
        self._transport.close()
