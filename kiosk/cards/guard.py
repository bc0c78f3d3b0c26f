"""The privacy guard: only the commands the kiosk's readers need ever leave the kiosk.

Every APDU of every card session passes through :class:`PrivacyGuardTransport`, below the
reading code, so no caller (a bug, a future feature, a test) can get around it. It is an
**allow-list**: a command is sent only if it has one of the exact forms below for the DF the
guard knows to be current. Anything else raises
:class:`~kiosk.cards.api.ForbiddenAccessError` *before* it reaches the transport.

========================= ====================================================================
anywhere                  ``00 A4 04 0C Lc AID`` for the text AP or the licence DF1 (whole
                          AID, no Le); ``00 A4 00 0C 02 3F 00`` (SELECT MF)
My Number text AP         ``00 20 00 91`` / ``00 20 00 95`` (PIN, 照合番号B; empty = counter,
                          with data = the VERIFY); ``00 B0 82 off Le`` (EF 0002 by short EF
                          id); ``00 B0 hh ll Le`` only while EF 0002 is known to be current
My Number visual AP       ``00 A4 04 0C 0A <visual AP>`` only once the text AP accepted the
(the face photo)          PIN or a 照合番号B on this connection; ``00 20 00 92`` (its
                          照合番号B: empty = counter; with 14 digits once per connection, and
                          only the very 照合番号B the text AP accepted when it accepted one;
                          after the PIN alone: PIN then face, a 照合番号B read off the card
                          face); ``00 B0 82 off Le`` (EF 0002 by short EF id);
                          ``00 B0 hh ll Le`` only while EF 0002 is current
licence MF                ``00 A4 02 0C 02 2F 01``; ``00 B0 8A off Le`` (PIN setting);
(licence cards only)      ``00 20 00 81`` (PIN1, empty or with data); READ BINARY of the
                          current EF while it is 2F01 or 000A
licence DF1               ``00 A4 02 0C 02 00 01``; READ BINARY of the current EF while it is
                          0001 (記載事項)
========================= ====================================================================

So the 個人番号 (text AP EF 0001, visual AP EF 0005) and 照合番号A (IEF 0014 / 0013) are out of
reach by construction; the visual AP cannot be opened before the holder proved the card to
the text AP (PIN or 照合番号B), gets one 照合番号B VERIFY per connection at most (a second try
there would cost a try of a counter that may be the text AP's), and after an accepted
照合番号B only that very one; and so is every command the kiosk
never sends (UPDATE/WRITE, READ RECORD, GET DATA, INTERNAL AUTHENTICATE, MANAGE SECURITY
ENVIRONMENT, CHANGE/RESET PIN, channels, secure messaging, chaining, extended length, any
CLA but 00).

State is conservative:

* the DF is unknown after connecting, after any failed SELECT and after a link error; an
  unknown DF allows only the two SELECTs above;
* the current EF is known only after a successful SELECT EF of a listed file or a successful
  READ BINARY by short EF id; anything else (a VERIFY, a failed read, a SELECT of a DF) makes
  it unknown, and "DF known, EF unknown" refuses READ BINARY of the current EF: a card may
  have any file implicitly selected after SELECT of an application;
* the licence MF rules apply only once the licence DF1 was selected on this connection and
  the text AP never was, so a My Number card's MF gets nothing.

GET RESPONSE (T=0 ``61xx``) and the ``6Cxx`` resend are done by the PC/SC transport below this
guard: they only fetch or repeat the answer to a command the guard has let through.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, field
from enum import Enum

from kiosk.cards.aids import (
    LICENCE_DF1_AID,
    LICENCE_EF_COMMON,
    LICENCE_EF_MATTERS,
    LICENCE_IEF_PIN1,
    LICENCE_SFI_PIN_SETTING,
    TEXT_AP_AID,
    TEXT_EF_BASIC_INFO,
    TEXT_IEF_CODE_B,
    TEXT_IEF_PIN,
    VISUAL_AP_AID,
    VISUAL_EF_FACE,
    VISUAL_IEF_CODE_B,
)
from kiosk.cards.apdu import (
    INS_READ_BINARY,
    INS_SELECT,
    INS_VERIFY,
    SW_END_OF_FILE,
    SW_OK,
    Response,
    Transport,
)
from kiosk.cards.api import ForbiddenAccessError

log = logging.getLogger(__name__)

SELECT_MF_COMMAND = bytes([0x00, INS_SELECT, 0x00, 0x0C, 0x02, 0x3F, 0x00])


class _Df(Enum):
    UNKNOWN = "unknown"  # nothing but the SELECTs that lead somewhere known
    TEXT = "text"  # My Number 券面事項入力補助AP
    VISUAL = "visual"  # My Number 券面事項確認AP: the face photo only
    MF = "mf"
    LICENCE_DF1 = "licence_df1"


@dataclass(frozen=True)
class _Rules:
    """What may be sent while one DF is current."""

    #: FIDs for ``00 A4 02 0C 02 FID`` (an EF under the current DF).
    select_efs: frozenset[int] = frozenset()
    #: Short EF id -> the FID it makes current, for ``00 B0 (80|sfi) off Le``.
    read_sfis: dict[int, int] = field(default_factory=dict)
    #: FIDs whose content may be read as the current EF (``00 B0 hh ll Le``).
    readable: frozenset[int] = frozenset()
    #: P2 of ``00 20 00 P2 [Lc data]``: VERIFY by short EF id reference.
    verify_p2: frozenset[int] = frozenset()


_NOTHING = _Rules()
_TEXT_RULES = _Rules(
    read_sfis={TEXT_EF_BASIC_INFO: TEXT_EF_BASIC_INFO},
    readable=frozenset({TEXT_EF_BASIC_INFO}),
    verify_p2=frozenset({0x80 | TEXT_IEF_PIN, 0x80 | TEXT_IEF_CODE_B}),
)
_VISUAL_RULES = _Rules(
    read_sfis={VISUAL_EF_FACE: VISUAL_EF_FACE},
    readable=frozenset({VISUAL_EF_FACE}),
    verify_p2=frozenset({0x80 | VISUAL_IEF_CODE_B}),
)
_LICENCE_MF_RULES = _Rules(
    select_efs=frozenset({LICENCE_EF_COMMON}),
    read_sfis={LICENCE_SFI_PIN_SETTING: LICENCE_SFI_PIN_SETTING},
    readable=frozenset({LICENCE_EF_COMMON, LICENCE_SFI_PIN_SETTING}),
    verify_p2=frozenset({0x80 | LICENCE_IEF_PIN1}),
)
_LICENCE_DF1_RULES = _Rules(
    select_efs=frozenset({LICENCE_EF_MATTERS}),
    readable=frozenset({LICENCE_EF_MATTERS}),
)
#: Applications the kiosk selects by their whole AID.
APPLICATIONS: dict[bytes, _Df] = {
    TEXT_AP_AID: _Df.TEXT,
    LICENCE_DF1_AID: _Df.LICENCE_DF1,
    VISUAL_AP_AID: _Df.VISUAL,
}
_CODE_B_P2 = 0x80 | TEXT_IEF_CODE_B
#: 照合番号B: 14 ASCII digits.
CODE_B_DIGITS = 14


@dataclass(frozen=True)
class _State:
    df: _Df = _Df.UNKNOWN
    #: FID of the current EF when the guard knows it; None = unknown.
    ef: int | None = None


_UNKNOWN = _State()


class PrivacyGuardTransport:
    def __init__(self, inner: Transport) -> None:
        self._inner = inner
        self._state = _UNKNOWN
        #: Applications successfully selected on this connection (tells the card's kind).
        self._seen: set[_Df] = set()
        #: A keyed digest of the 照合番号B the text AP accepted on this connection (the key is
        #: random per connection; the digits themselves are never kept). None: none accepted.
        self._digest_key = secrets.token_bytes(32)
        self._code_b_accepted: bytes | None = None
        #: The text AP accepted the PIN on this connection (PIN then face: the photo next).
        self._pin_accepted = False
        #: The visual AP's one VERIFY with data on this connection has been sent.
        self._visual_verify_sent = False

    def transmit(self, apdu: bytes | bytearray) -> Response:
        on_ok, on_fail = self._check(apdu)
        try:
            response = self._inner.transmit(apdu)
        except BaseException:
            self._state = _UNKNOWN  # the card may have done anything (or be another card)
            raise
        ok = response.sw == SW_OK or (apdu[1] == INS_READ_BINARY and response.sw == SW_END_OF_FILE)
        if ok and self._is_code_b_verify(apdu, _Df.TEXT):
            self._code_b_accepted = self._digest(apdu)
        if ok and self._is_pin_verify(apdu):
            self._pin_accepted = True
        self._state = on_ok if ok else on_fail
        if ok and self._state.df in (_Df.TEXT, _Df.LICENCE_DF1) and apdu[1] == INS_SELECT:
            self._seen.add(self._state.df)
        return response

    def close(self) -> None:
        self._inner.close()

    # ---------------------------------------------------------------------------------------

    def _forbid(self, what: str) -> ForbiddenAccessError:
        log.error("privacy guard refused a command (%s)", what)
        return ForbiddenAccessError(f"refused before sending: {what}")

    def _digest(self, apdu: bytes | bytearray) -> bytes:
        return hmac.new(self._digest_key, bytes(apdu[5:]), hashlib.sha256).digest()

    def _is_code_b_verify(self, apdu: bytes | bytearray, df: _Df) -> bool:
        """A VERIFY with data of 照合番号B in ``df`` (text AP: P2 95; visual AP: P2 92)."""
        p2 = _CODE_B_P2 if df == _Df.TEXT else 0x80 | VISUAL_IEF_CODE_B
        return self._state.df == df and apdu[1] == INS_VERIFY and apdu[3] == p2 and len(apdu) > 5

    def _is_pin_verify(self, apdu: bytes | bytearray) -> bool:
        """A VERIFY with data of the text AP's PIN (P2 91)."""
        return (
            self._state.df == _Df.TEXT
            and apdu[1] == INS_VERIFY
            and apdu[3] == 0x80 | TEXT_IEF_PIN
            and len(apdu) > 5
        )

    def _rules(self) -> _Rules:
        df = self._state.df
        if df == _Df.TEXT:
            return _TEXT_RULES
        if df == _Df.VISUAL:
            return _VISUAL_RULES
        if df == _Df.LICENCE_DF1:
            return _LICENCE_DF1_RULES
        if df == _Df.MF and self._seen == {_Df.LICENCE_DF1}:
            return _LICENCE_MF_RULES
        return _NOTHING

    def _check(self, apdu: bytes | bytearray) -> tuple[_State, _State]:
        """Raise unless allowed; else the guard's state after success / after failure."""
        if len(apdu) < 4:
            raise self._forbid("malformed command")
        cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        if cla != 0x00:
            raise self._forbid("class byte other than 00")
        if ins == INS_SELECT:
            return self._check_select(apdu)
        rules = self._rules()
        df = self._state.df
        if ins == INS_READ_BINARY:
            if len(apdu) != 5:
                raise self._forbid("READ BINARY that is not a short case-2 command")
            if p1 & 0x80:
                if p1 & 0x60 or (p1 & 0x1F) not in rules.read_sfis:
                    raise self._forbid("READ BINARY of a short EF id not on the allow-list")
                return _State(df, rules.read_sfis[p1 & 0x1F]), _State(df)
            if self._state.ef is None or self._state.ef not in rules.readable:
                raise self._forbid("READ BINARY of a current EF the guard does not know")
            return self._state, _State(df)
        if ins == INS_VERIFY:
            if p1 != 0x00 or p2 not in rules.verify_p2:
                raise self._forbid("VERIFY of a reference not on the allow-list")
            if len(apdu) != 4 and not (len(apdu) > 5 and apdu[4] == len(apdu) - 5):
                raise self._forbid("VERIFY that is not a short case-1/3 command")
            if self._is_code_b_verify(apdu, _Df.VISUAL):
                self._check_visual_verify(apdu)
            return _State(df), _State(df)
        raise self._forbid(f"instruction {ins:02X} is not on the allow-list")

    def _check_visual_verify(self, apdu: bytes | bytearray) -> None:
        """The visual AP's VERIFY: once per connection, 14 digits; the accepted 照合番号B
        only when the text AP accepted one (else the PIN was accepted: PIN then face)."""
        if self._visual_verify_sent:
            raise self._forbid("a second VERIFY in the photo's application")
        if apdu[4] != CODE_B_DIGITS or not all(0x30 <= b <= 0x39 for b in apdu[5:]):
            raise self._forbid("a VERIFY in the photo's application that is not 14 digits")
        accepted = self._code_b_accepted
        if accepted is None and not self._pin_accepted:
            raise self._forbid("a VERIFY in the photo's application before the card was proved")
        if accepted is not None and not hmac.compare_digest(accepted, self._digest(apdu)):
            raise self._forbid("a VERIFY in the photo's application with another 照合番号B")
        self._visual_verify_sent = True

    def _check_select(self, apdu: bytes | bytearray) -> tuple[_State, _State]:
        p1, p2 = apdu[2], apdu[3]
        if p2 != 0x0C or len(apdu) < 6 or apdu[4] != len(apdu) - 5:
            raise self._forbid("SELECT that is not 'no FCI, no Le' with data")
        data = bytes(apdu[5:])
        if p1 == 0x04:
            target = APPLICATIONS.get(data)
            if target is None:
                raise self._forbid("SELECT of an application not on the allow-list")
            if target == _Df.VISUAL and self._code_b_accepted is None and not self._pin_accepted:
                raise self._forbid("the photo's application before the text AP accepted a secret")
            return _State(target), _UNKNOWN
        if bytes(apdu) == SELECT_MF_COMMAND:
            return _State(_Df.MF), _UNKNOWN
        if p1 == 0x02 and len(data) == 2:
            fid = int.from_bytes(data, "big")
            if fid in self._rules().select_efs:
                return _State(self._state.df, fid), _UNKNOWN
        raise self._forbid("SELECT of a file not on the allow-list")
