"""A software card: ISO 7816-4 file system, SELECT / READ BINARY / VERIFY, retry counters.

Emulates, from a :class:`~kiosk.cards.virtual.profile.CardProfile`:

* a My Number card: 券面事項入力補助AP (EF 0001 個人番号, EF 0002 基本4情報, IEF 0011 PIN,
  0014 照合番号A, 0015 照合番号B), 券面事項確認AP (birth date, sex, expiry and an optional
  JPEG 2000 face photo behind 照合番号B) and the JPKI AP's token EF 0006;
* a conventional driver's licence: MF common data, PIN setting, IEF01/02 PIN1/PIN2,
  DF1/EF01 記載事項 in JIS X 0208;
* an unsupported card (only an MF).

Emulator assumptions, not card facts: 照合番号B (and A) have one counter shared by both APs;
the empty VERIFY always reports ``63 Cx``; READ BINARY with Le=00 returns up to the end of
the file with ``90 00``, a longer explicit Le ``62 82``.

Every touch of 個人番号 (text EF 0001, visual EF 0005) or 照合番号A (IEF 0014 / 0013) is
recorded in :attr:`VirtualCard.forbidden_touches`; the kiosk's tests assert it stays empty.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.cards.aids import (
    JPKI_AP_AID,
    LICENCE_DF1_AID,
    LICENCE_DF2_AID,
    TEXT_AP_AID,
    VISUAL_AP_AID,
)
from kiosk.cards.code_b import build_code_b
from kiosk.cards.jis import encode_jisx0208
from kiosk.cards.virtual.profile import CardProfile
from kiosk.era import era_of, era_yymmdd

log = logging.getLogger(__name__)


class CardPulled(Exception):  # noqa: N818 (an event, not an error)
    """The profile's ``remove_after_apdus`` was reached: the card leaves the reader now."""


@dataclass
class Key:
    """An IEF holding a secret with a retry counter."""

    id: str
    secret: bytes
    tries_left: int
    max_tries: int
    #: Profile field the counter is persisted to (None: not persisted).
    counter_field: str | None = None


@dataclass
class Ef:
    data: bytes
    #: Alternatives, each a set of key ids that must all be verified; empty: free to read.
    access: tuple[frozenset[str], ...] = ()
    sfi: int | None = None


@dataclass
class Df:
    name: str
    aid: bytes | None
    files: dict[int, Ef] = field(default_factory=dict)
    keys: dict[int, Key] = field(default_factory=dict)


#: (DF name, FID) of everything the kiosk must never touch.
PROTECTED = {("text", 0x0001), ("text", 0x0014), ("visual", 0x0005), ("visual", 0x0013)}


def _tlv(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes(2 if tag > 0xFF else 1, "big")
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n <= 0xFF:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82]) + n.to_bytes(2, "big")
    return tag_bytes + length + value


def _record_with_offsets(outer: int, table_tag: int, fields_: list[tuple[int, bytes]]) -> bytes:
    """``outer { table_tag offsets, fields... }`` with offsets from the record start."""
    table_len = 2 * len(fields_)
    body_without_table = b"".join(_tlv(tag, value) for tag, value in fields_)
    table_tlv_len = len(_tlv(table_tag, bytes(table_len)))
    inner_len = table_tlv_len + len(body_without_table)
    header_len = len(_tlv(outer, bytes(inner_len))) - inner_len
    offsets = []
    pos = header_len + table_tlv_len
    for tag, value in fields_:
        offsets.append(pos.to_bytes(2, "big"))
        pos += len(_tlv(tag, value))
    return _tlv(outer, _tlv(table_tag, b"".join(offsets)) + body_without_table)


def basic_info_file(profile: CardProfile) -> bytes:
    """EF 0002 of the text AP, with FF padding like a real card."""
    if profile.raw_basic_info:
        return bytes.fromhex(profile.raw_basic_info)
    record = _record_with_offsets(
        0xFF20,
        0xDF21,
        [
            (0xDF22, profile.name.encode("utf-8")),
            (0xDF23, profile.address.encode("utf-8")),
            (0xDF24, profile.birth_date.strftime("%Y%m%d").encode("ascii")),
            (0xDF25, profile.sex.encode("ascii")),
        ],
    )
    return bytes.fromhex(profile.stray_prefix) + record + b"\xff" * 16


def face_jpeg2000(path_text: str, profile: CardProfile) -> bytes:
    """A small greyscale JPEG 2000, like the card's photo, from an ordinary image file (a
    ``.jp2`` file is taken as it is: a photo made like the card's at test time)."""
    path = profile.resolve(path_text)
    if path.suffix.lower() in (".jp2", ".j2k"):
        return path.read_bytes()
    from PIL import Image  # only when a profile asks for a photo

    with Image.open(path) as image:
        grey = image.convert("L")
        grey.thumbnail((240, 320))
        out = io.BytesIO()
        grey.save(out, format="JPEG2000", quality_mode="rates", quality_layers=[30])
    return out.getvalue()


#: Tags of the visual AP's EF 0002 (idcards.md §2.2), in their order on the card.
VISUAL_PHOTO_TAG = 0xDF27


def visual_face_file(profile: CardProfile, photo: bytes | None = None) -> bytes:
    """EF 0002 of the visual AP: ``FF20 { DF21 offsets, DF22 birth, DF23 sex, DF24 key,
    DF25 name image, DF26 address image, DF27 photo, DF28 signature, DF29 expiry, DF2A code
    image }``. The key, images and signature are synthetic stand-ins of a plausible size;
    DF27 is ``photo`` when given, else present only when the profile has a ``face_image``."""
    fields_ = [
        (0xDF22, profile.birth_date.strftime("%Y%m%d").encode("ascii")),
        (0xDF23, profile.sex.encode("ascii")),
        (0xDF24, b"\x30\x82\x01\x0a" + bytes(range(256)) + b"\x02\x03\x01\x00\x01"),
        (0xDF25, b"\x89PNG\r\n\x1a\n" + b"NAME" * 150),
        (0xDF26, b"\x89PNG\r\n\x1a\n" + b"ADDR" * 400),
    ]
    if photo is None and profile.face_image:
        photo = face_jpeg2000(profile.face_image, profile)
    if photo is not None:
        fields_.append((VISUAL_PHOTO_TAG, photo))
    fields_ += [
        (0xDF28, bytes(reversed(range(256)))),
        (0xDF29, profile.card_expiry.strftime("%Y%m%d").encode("ascii")),
        (0xDF2A, b"\x89PNG\r\n\x1a\n" + b"CODE" * 40),
    ]
    return _record_with_offsets(0xFF20, 0xDF21, fields_) + b"\xff" * 8


def _value_ranges(record: bytes) -> dict[int, range]:
    """Where each field's value lies in a ``FF20 { ... }`` record (for the read report)."""
    from kiosk.cards.ber import parse_ber, parse_ber_header

    outer = parse_ber(record, 0)
    base = parse_ber_header(record, 0).header_length
    ranges: dict[int, range] = {}
    for child in outer.children():
        start = base + child.offset + parse_ber_header(outer.value, child.offset).header_length
        ranges[child.tag] = range(start, start + len(child.value))
    return ranges


def _licence_date(day: object) -> bytes:
    from datetime import date

    assert isinstance(day, date)
    return f"{era_of(day).licence_code}{era_yymmdd(day)}".encode("ascii")


def matters_file(profile: CardProfile) -> bytes:
    """DF1/EF01 記載事項, 880 bytes, FF-padded."""
    items = [
        (0x11, b"002"),
        (0x12, encode_jisx0208(profile.name)),
        (0x13, b""),
        (0x14, b""),
        (0x15, b""),
        (0x16, _licence_date(profile.birth_date)),
        (0x17, encode_jisx0208(profile.address)),
        (0x18, _licence_date(profile.issue_date)),
        (0x19, b"12345"),
        (0x1A, encode_jisx0208("優良")),
        (0x1B, _licence_date(profile.expiry_date)),
        (0x1C, encode_jisx0208("眼鏡等")),
        (0x1D, b""),
        (0x1E, b""),
        (0x1F, b""),
        (0x20, encode_jisx0208("東京都公安委員会")),
        (0x21, profile.licence_number.encode("ascii")),
    ]
    body = b"".join(bytes([tag]) + _tlv(0x01, value)[1:] for tag, value in items)
    return body + b"\xff" * max(0, 880 - len(body))


def _bcd(day: object) -> bytes:
    from datetime import date

    assert isinstance(day, date)
    return bytes.fromhex(day.strftime("%Y%m%d"))


def contactless_atr(historical: bytes) -> bytes:
    """An ATR in the form PC/SC readers build for ISO 14443 cards, with its check byte."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return bytes([0x3B]) + body + bytes([tck])


class VirtualCard:
    def __init__(
        self,
        profile: CardProfile,
        *,
        log_apdus: bool = False,
        on_counters_changed: Callable[[dict[str, int]], None] | None = None,
        photo: bytes | None = None,
    ) -> None:
        """``photo``: the visual AP's JPEG 2000 photo (DF27) instead of the profile's."""
        self.profile = profile
        self._photo = photo
        self.log_apdus = log_apdus
        self._on_counters_changed = on_counters_changed
        self.forbidden_touches: list[str] = []
        self.apdu_count = 0
        self.mf = Df("mf", None)
        self.apps: list[Df] = []
        self.atr = contactless_atr(b"\x00\x00\x00\x00\x00\x00\x00\x00")
        if profile.type == "mynumber":
            self._build_mynumber()
        elif profile.type == "driver_license":
            self._build_licence()
        self._df = self.mf
        self._ef: Ef | Key | None = None
        self._ef_fid: int | None = None
        #: (DF name, key id) of every key verified since the last reset. A key verified in an
        #: application counts only while that application is current (selecting another one
        #: drops it); keys of the MF (the licence's PIN1) count everywhere.
        self._verified: set[tuple[str, str]] = set()
        #: Tags of the visual AP's EF 0002 whose value bytes some READ BINARY returned.
        self.visual_fields_read: set[int] = set()
        #: Set when the card is pulled (in-process reader): ends a stalled or slow answer.
        self.pulled = threading.Event()
        #: T=0: the answer waiting for GET RESPONSE; the endless-61xx fault once triggered.
        self._pending = b""
        self._endless = False

    # -- layout ---------------------------------------------------------------------------

    def _key(self, key_id: str, secret: str, tries: int, max_tries: int, field_: str | None) -> Key:
        return Key(key_id, secret.encode("ascii"), tries, max_tries, field_)

    def _build_mynumber(self) -> None:
        p = self.profile
        self.atr = contactless_atr(bytes.fromhex("00 00 05 E0 B3 81 A1 00".replace(" ", "")))
        code_b = p.code_b
        if not code_b:
            built = build_code_b(
                p.birth_date, p.card_expiry.year, p.code_b_security_code, today=p.card_expiry
            )
            with built.exposed() as digits:
                code_b = digits.decode("ascii")
            built.wipe()
        pin = self._key("pin", p.pin, p.pin_tries_left, 3, "pin_tries_left")
        code_a = self._key("code_a", p.my_number, p.code_a_tries_left, 10, "code_a_tries_left")
        code_b_key = self._key("code_b", code_b, p.code_b_tries_left, 10, "code_b_tries_left")
        blocked = self._key("blocked", "00000000", 0, 3, None)
        my_number = _tlv(0xFF10, p.my_number.encode("ascii")) + b"\xff\xff"
        text = Df("text", TEXT_AP_AID)
        text.files = {
            0x0001: Ef(my_number, (frozenset({"pin"}), frozenset({"code_a"})), 0x01),
            0x0002: Ef(basic_info_file(p), (frozenset({"pin"}), frozenset({"code_b"})), 0x02),
            0x0005: Ef(_tlv(0xFF40, _tlv(0xDF41, b"\x01\x03\x0e\x01")), (), 0x05),
        }
        text.keys = {0x0011: pin, 0x0012: blocked, 0x0014: code_a, 0x0015: code_b_key}
        visual = Df("visual", VISUAL_AP_AID)
        visual_code_b = code_b_key
        if p.visual_code_b_tries_left is not None:
            # A card whose visual AP keeps its own 照合番号B counter (idcards.md does not say
            # whether the two applications share one).
            visual_code_b = self._key(
                "code_b", code_b, p.visual_code_b_tries_left, 10, "visual_code_b_tries_left"
            )
        visual.files = {
            0x0002: Ef(
                visual_face_file(p, self._photo),
                (frozenset({"code_a"}), frozenset({"code_b"})),
                0x02,
            ),
            0x0005: Ef(b"\x00" * 32, (frozenset({"code_a"}),), 0x05),
        }
        visual.keys = {0x0012: visual_code_b, 0x0013: code_a}
        jpki = Df("jpki", JPKI_AP_AID)
        jpki.files = {0x0006: Ef(b"JPKIAPICCTOKEN2".ljust(32, b" "), (), 0x06)}
        self.apps = [text, visual, jpki]

    def _build_licence(self) -> None:
        p = self.profile
        self.atr = contactless_atr(bytes.fromhex("0000000000000000"))
        pin1 = self._key(
            "pin1", p.pin if p.pin_set else "****", p.pin_tries_left, 3, "pin_tries_left"
        )
        pin2 = self._key("pin2", p.pin2, 3, 3, None)
        common = _tlv(0x45, b"008" + _bcd(p.issue_date) + _bcd(p.expiry_date)) + _tlv(
            0x46, b"\x01\x01"
        )
        self.mf.files = {
            0x2F01: Ef(common, (), None),
            0x000A: Ef(bytes([0x05, 0x01, 1 if p.pin_set else 0]), (), 0x0A),
        }
        self.mf.keys = {0x0001: pin1, 0x0002: pin2}
        df1 = Df("licence_df1", LICENCE_DF1_AID)
        df1.files = {
            0x0001: Ef(matters_file(p), (frozenset({"pin1"}),), 0x01),
            0x0002: Ef(encode_jisx0208("東京都千代田区"), (frozenset({"pin1", "pin2"}),), 0x02),
        }
        df2 = Df("licence_df2", LICENCE_DF2_AID)
        if p.face_image:
            df2.files = {
                0x0001: Ef(face_jpeg2000(p.face_image, p), (frozenset({"pin1", "pin2"}),), 0x01)
            }
        self.apps = [df1, df2]

    # -- power ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Power-on or reset: security state and selection are lost, counters are not."""
        self._df = self.mf
        self._ef = None
        self._ef_fid = None
        self._verified.clear()
        self._pending = b""
        self._endless = False

    def counters(self) -> dict[str, int]:
        keys = [k for df in [self.mf, *self.apps] for k in df.keys.values()]
        return {k.counter_field: k.tries_left for k in keys if k.counter_field}

    # -- commands -------------------------------------------------------------------------

    def execute(self, apdu: bytes) -> bytes:
        """One command APDU -> response data + SW. Raises CardPulled when it is time.

        A profile's faults (see :mod:`kiosk.cards.virtual.profile`) apply here. A stalled or
        slow answer waits on :attr:`pulled`, so pulling the card ends the wait at once.
        """
        limit = self.profile.remove_after_apdus
        if limit is not None and self.apdu_count >= limit:
            raise CardPulled
        self.apdu_count += 1
        number = self.apdu_count
        if number == self.profile.stall_at:
            self.pulled.wait()
            raise CardPulled
        if number in self.profile.slow_at and self.pulled.wait(self.profile.answer_delay_ms / 1000):
            raise CardPulled
        response = self._answer(apdu, number)
        if self.log_apdus:
            log.info(
                "> %s  < %s (%d bytes)",
                _masked(apdu),
                response[-2:].hex(" ").upper(),
                len(response) - 2,
            )
        return response

    def _answer(self, apdu: bytes, number: int) -> bytes:
        """The answer, with the profile's answer faults applied."""
        if number in self.profile.short_answer_at:
            return b"\x90"  # one byte: no status word
        if number == self.profile.endless_61xx_at:
            self._endless = True
        if self._endless:
            return b"\x61\x10"
        if len(apdu) >= 4 and apdu[:2] == b"\x00\xc0":
            return self._get_response(apdu)
        self._pending = b""
        response = self._dispatch(apdu)
        if self.profile.t0_get_response and len(response) > 2:
            self._pending = response
            return bytes([0x61, (len(response) - 2) & 0xFF])
        return response

    def _get_response(self, apdu: bytes) -> bytes:
        if not self._pending:
            return b"\x69\x85"
        le = _le(apdu) if len(apdu) == 5 else 256
        data, sw = self._pending[:-2], self._pending[-2:]
        chunk, rest = data[:le], data[le:]
        if rest:
            self._pending = rest + sw
            return chunk + bytes([0x61, min(len(rest), 256) & 0xFF])
        self._pending = b""
        return chunk + sw

    def _dispatch(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins = apdu[0], apdu[1]
        if cla != 0x00:
            return b"\x6e\x00"
        handler = {0xA4: self._select, 0xB0: self._read_binary, 0x20: self._verify}.get(ins)
        if handler is None:
            return b"\x6d\x00"
        return handler(apdu)

    def _touch(self, df: Df, fid: int, what: str) -> None:
        if (df.name, fid) in PROTECTED:
            self.forbidden_touches.append(f"{what} {df.name}/{fid:04X}")
            log.warning("virtual card: protected file touched (%s %s/%04X)", what, df.name, fid)

    def _select(self, apdu: bytes) -> bytes:
        p1 = apdu[2]
        data = _data(apdu)
        if p1 == 0x04:
            for app in self.apps:
                assert app.aid is not None
                if data and app.aid.startswith(data) and (len(data) >= 5 or data == app.aid):
                    if app is not self._df:
                        self._verified = {v for v in self._verified if v[0] == self.mf.name}
                    self._df, self._ef, self._ef_fid = app, None, None
                    if self.profile.implicit_ef:
                        # Some cards make a file current on SELECT of an application.
                        fid = int(self.profile.implicit_ef, 16)
                        found = app.files.get(fid) or app.keys.get(fid)
                        if found is not None:
                            self._ef, self._ef_fid = found, fid
                    return b"\x90\x00"
            return b"\x6a\x82"
        if p1 == 0x00 and data in (b"", b"\x3f\x00"):
            self._df, self._ef, self._ef_fid = self.mf, None, None
            return b"\x90\x00"
        if p1 in (0x00, 0x02) and len(data) == 2:
            fid = int.from_bytes(data, "big")
            self._touch(self._df, fid, "select")
            target: Ef | Key | None = self._df.files.get(fid) or self._df.keys.get(fid)
            if target is None:
                return b"\x6a\x82"
            self._ef, self._ef_fid = target, fid
            return b"\x90\x00"
        return b"\x6a\x86"

    def _allowed(self, ef: Ef) -> bool:
        here = {key for df, key in self._verified if df in (self._df.name, self.mf.name)}
        return not ef.access or any(need <= here for need in ef.access)

    def _note_read(self, ef: Ef, offset: int, length: int) -> None:
        if self._df.name != "visual" or self._ef_fid != 0x0002 or not length:
            return
        returned = range(offset, offset + length)
        for tag, value in _value_ranges(ef.data).items():
            if range(max(returned.start, value.start), min(returned.stop, value.stop)):
                self.visual_fields_read.add(tag)

    def _read_binary(self, apdu: bytes) -> bytes:
        p1, p2 = apdu[2], apdu[3]
        if p1 & 0x80:
            sfi = p1 & 0x1F
            found = [(fid, ef) for fid, ef in self._df.files.items() if ef.sfi == sfi]
            self._touch(self._df, sfi, "read")
            if not found:
                return b"\x6a\x82"
            self._ef_fid, self._ef = found[0]
            offset = p2
        else:
            offset = ((p1 << 8) | p2) & 0x7FFF
            if self._ef_fid is not None:
                self._touch(self._df, self._ef_fid, "read")
        ef = self._ef
        if ef is None:
            return b"\x69\x86"
        if isinstance(ef, Key):
            return b"\x69\x81"
        if not self._allowed(ef):
            return b"\x69\x82"
        if offset > len(ef.data):
            return b"\x6b\x00"
        le = _le(apdu)
        chunk = ef.data[offset : offset + le]
        if self.profile.wrong_le_6c and len(apdu) == 5 and 0 < len(chunk) < min(le, 256):
            return bytes([0x6C, len(chunk)])  # T=0: wrong Le, resend with this one
        self._note_read(ef, offset, len(chunk))
        if len(chunk) < le and le not in (256, 65536):
            return chunk + b"\x62\x82"
        return chunk + b"\x90\x00"

    def _find_key(self, p2: int) -> tuple[Key | None, int | None, Df]:
        ref = p2 & 0x1F
        if ref == 0:
            if isinstance(self._ef, Key):
                return self._ef, self._ef_fid, self._df
            return None, None, self._df
        for df in (self._df, self.mf):
            if ref in df.keys:
                self._touch(df, ref, "verify")
                return df.keys[ref], ref, df
        return None, None, self._df

    def _verify(self, apdu: bytes) -> bytes:
        key, fid, owner = self._find_key(apdu[3])
        if key is None:
            return b"\x6a\x88"
        if fid is not None and apdu[3] & 0x1F == 0:
            self._touch(self._df, fid, "verify")
        if key.tries_left == 0:
            return b"\x69\x84"
        data = _data(apdu)
        if not data:
            if self.profile.counter_sw:
                return bytes.fromhex(self.profile.counter_sw)
            return bytes([0x63, 0xC0 | key.tries_left])
        if data == key.secret:
            changed = key.tries_left != key.max_tries
            key.tries_left = key.max_tries
            self._verified.add((owner.name, key.id))
            if changed:
                self._counters_changed()
            return b"\x90\x00"
        key.tries_left -= 1
        self._verified.discard((owner.name, key.id))
        self._counters_changed()
        return bytes([0x63, 0xC0 | key.tries_left])

    def _counters_changed(self) -> None:
        if self._on_counters_changed is not None:
            self._on_counters_changed(self.counters())


def _data(apdu: bytes) -> bytes:
    if len(apdu) <= 5:
        return b""
    lc = apdu[4]
    if lc == 0 and len(apdu) >= 7:
        lc = int.from_bytes(apdu[5:7], "big")
        return apdu[7 : 7 + lc]
    return apdu[5 : 5 + lc]


def _le(apdu: bytes) -> int:
    if len(apdu) == 5:
        return apdu[4] or 256
    if len(apdu) == 7 and apdu[4] == 0:
        return int.from_bytes(apdu[5:7], "big") or 65536
    return 256


def _masked(apdu: bytes) -> str:
    """The APDU in hex with any VERIFY data replaced by asterisks."""
    if len(apdu) > 5 and apdu[1] == 0x20:
        return apdu[:5].hex(" ").upper() + " " + " ".join("**" for _ in apdu[5:])
    return apdu.hex(" ").upper()
