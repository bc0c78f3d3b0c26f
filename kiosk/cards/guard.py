"""The privacy guard: no command that could touch 個人番号 or 照合番号A ever leaves the kiosk.

Every APDU of every card session passes through :class:`PrivacyGuardTransport`, below the
reading code, so no caller (a bug, a future feature, a test) can get around it. It raises
:class:`~kiosk.cards.api.ForbiddenAccessError` *before* sending when a command would select,
read or verify:

* in the My Number text AP (``D3 92 10 00 31 00 01 01 04 08``): EF ``0001`` (個人番号) and
  IEF ``0014`` (照合番号A);
* in the My Number visual AP (``... 04 02``): EF ``0005`` (個人番号 image) and IEF ``0013``
  (照合番号A).

It is context-aware because file ids repeat across cards: a driver's licence legitimately
uses FID ``0001`` (MF IEF01 = PIN1, DF1/EF01 = 記載事項). It tracks which DF is current from
the SELECTs it lets through and is conservative whenever it cannot know: after connecting,
after a SELECT it cannot follow (parent, path, FID that may be a DF) and after a failed
SELECT of a protected application, both protected sets apply until a SELECT of the MF or of
another application succeeds. SELECT by a partial AID that prefixes a protected AID counts as
selecting it. Logical channels, secure messaging and chaining (any CLA but 00) are refused
because they would let a command run in a DF the guard does not see.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from kiosk.cards.aids import (
    TEXT_AP_AID,
    TEXT_EF_MY_NUMBER,
    TEXT_IEF_CODE_A,
    VISUAL_AP_AID,
    VISUAL_EF_MY_NUMBER_IMAGE,
    VISUAL_IEF_CODE_A,
)
from kiosk.cards.apdu import SW_OK, Response, Transport
from kiosk.cards.api import ForbiddenAccessError

log = logging.getLogger(__name__)


class _Df(Enum):
    UNKNOWN = "unknown"  # could be a protected DF: every protected rule applies
    TEXT = "text"
    VISUAL = "visual"
    OTHER = "other"  # the MF or an application with nothing to protect


@dataclass(frozen=True)
class _Protected:
    #: File ids that must never be selected (EFs holding the number, IEFs of 照合番号A).
    fids: frozenset[int]
    #: Short EF ids that must never be read or verified (the same files).
    sfis: frozenset[int]


_TEXT = _Protected(
    frozenset({TEXT_EF_MY_NUMBER, TEXT_IEF_CODE_A}),
    frozenset({TEXT_EF_MY_NUMBER, TEXT_IEF_CODE_A}),
)
_VISUAL = _Protected(
    frozenset({VISUAL_EF_MY_NUMBER_IMAGE, VISUAL_IEF_CODE_A}),
    frozenset({VISUAL_EF_MY_NUMBER_IMAGE, VISUAL_IEF_CODE_A}),
)
_BOTH = _Protected(_TEXT.fids | _VISUAL.fids, _TEXT.sfis | _VISUAL.sfis)
_NONE = _Protected(frozenset(), frozenset())

_READ_INS = {0xB0, 0xB1, 0xB2, 0xB3, 0xA0, 0xA1, 0xCB}
_SECRET_INS = {0x20, 0x21, 0x24, 0x25, 0x2C, 0x2D}


def _protected(df: _Df) -> _Protected:
    return {_Df.TEXT: _TEXT, _Df.VISUAL: _VISUAL, _Df.UNKNOWN: _BOTH}.get(df, _NONE)


def _df_for_name(name: bytes) -> _Df:
    """The DF a SELECT by (possibly partial) DF name may land in."""
    hits = [
        df
        for aid, df in ((TEXT_AP_AID, _Df.TEXT), (VISUAL_AP_AID, _Df.VISUAL))
        if aid.startswith(name)
    ]
    if not name or len(hits) > 1:
        return _Df.UNKNOWN
    return hits[0] if hits else _Df.OTHER


def _command_data(apdu: bytes | bytearray) -> bytes:
    """The data field of a short case-3/4 APDU (empty for case 1/2)."""
    if len(apdu) <= 5:
        return b""
    lc = apdu[4]
    if lc == 0:  # extended length: never built by the kiosk, treat the rest as data
        return bytes(apdu[7:])
    return bytes(apdu[5 : 5 + lc])


class PrivacyGuardTransport:
    def __init__(self, inner: Transport) -> None:
        self._inner = inner
        self._df = _Df.UNKNOWN
        #: File id of the current EF when known (SELECT EF), or a short EF id (SFI read).
        self._current_fid: int | None = None
        self._current_sfi: int | None = None

    def transmit(self, apdu: bytes | bytearray) -> Response:
        after_ok, after_fail = self._check(apdu)
        response = self._inner.transmit(apdu)
        if after_ok is not None and after_fail is not None:
            self._apply(after_ok if response.sw == SW_OK else after_fail)
        elif apdu[1] in (0xB0, 0xA0) and apdu[2] & 0x80 and response.sw in (SW_OK, 0x6282):
            # A read by short EF id makes that EF the current one.
            self._current_fid = None
            self._current_sfi = apdu[2] & 0x1F
        return response

    def close(self) -> None:
        self._inner.close()

    # ---------------------------------------------------------------------------------------

    def _forbid(self, what: str) -> ForbiddenAccessError:
        log.error("privacy guard refused a command (%s)", what)
        return ForbiddenAccessError(f"refused before sending: {what}")

    def _check(
        self, apdu: bytes | bytearray
    ) -> tuple[tuple[_Df, int | None] | None, tuple[_Df, int | None] | None]:
        """Raise if forbidden; else the (DF, EF) state after success / failure of a SELECT."""
        if len(apdu) < 4:
            raise self._forbid("malformed command")
        cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        if cla != 0x00:
            raise self._forbid("class byte other than 00")
        if ins == 0x70:
            raise self._forbid("logical channels")
        rules = _protected(self._df)
        if ins == 0xA4:
            return self._check_select(p1, _command_data(apdu), rules)
        if ins in _READ_INS:
            self._check_read(ins, p1, p2, rules)
        elif ins in _SECRET_INS:
            key = p2 & 0x1F
            if key in rules.sfis or (key == 0 and self._current_is_protected(rules)):
                raise self._forbid("verify of 照合番号A")
        return None, None

    def _current_is_protected(self, rules: _Protected) -> bool:
        if self._df == _Df.UNKNOWN and self._current_fid is None and self._current_sfi is None:
            return True  # the card may have any EF implicitly selected
        return self._current_fid in rules.fids or self._current_sfi in rules.sfis

    def _check_read(self, ins: int, p1: int, p2: int, rules: _Protected) -> None:
        if ins in (0xB0, 0xA0):
            if p1 & 0x80:
                if (p1 & 0x1F) in rules.sfis:
                    raise self._forbid("read of a protected file by short EF id")
            elif self._current_is_protected(rules):
                raise self._forbid("read of a protected current file")
        elif ins in (0xB2, 0xB3):
            sfi = p2 >> 3
            if sfi in rules.sfis or (sfi == 0 and self._current_is_protected(rules)):
                raise self._forbid("record read of a protected file")
        else:  # B1, A1, CB: P1-P2 is a file id, 0000 = current EF
            fid = (p1 << 8) | p2
            if fid in rules.fids or (fid == 0 and self._current_is_protected(rules)):
                raise self._forbid("read of a protected file by file id")

    def _check_select(
        self, p1: int, data: bytes, rules: _Protected
    ) -> tuple[tuple[_Df, int | None], tuple[_Df, int | None]]:
        keep = (self._df, self._current_fid)
        if p1 == 0x04:
            target = _df_for_name(data)
            on_fail = keep if target == _Df.OTHER else (_Df.UNKNOWN, None)
            return (target, None), on_fail
        if p1 in (0x00, 0x01, 0x02):
            if p1 == 0x00 and data in (b"", b"\x3f\x00"):
                return (_Df.OTHER, None), keep
            if len(data) != 2:
                raise self._forbid("select with an unexpected file id")
            fid = int.from_bytes(data, "big")
            if fid in rules.fids:
                raise self._forbid("select of a protected file")
            if p1 == 0x02:  # an EF under the current DF: the DF does not change
                return (self._df, fid), keep
            return (_Df.UNKNOWN, None), (_Df.UNKNOWN, None)
        if p1 in (0x08, 0x09):
            if len(data) < 2 or len(data) % 2:
                raise self._forbid("select with a malformed path")
            last = int.from_bytes(data[-2:], "big")
            if last in _BOTH.fids:
                raise self._forbid("select of a protected file by path")
            return (_Df.UNKNOWN, None), (_Df.UNKNOWN, None)
        if p1 == 0x03:
            return (_Df.UNKNOWN, None), (_Df.UNKNOWN, None)
        raise self._forbid("select by an unsupported method")

    def _apply(self, state: tuple[_Df, int | None]) -> None:
        self._df, self._current_fid = state
        self._current_sfi = None
