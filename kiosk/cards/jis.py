"""JIS X 0208 as stored on the driver's licence: 2 bytes per character, row/cell 0x21-0x7E.

Decoding adds 0x80 to each byte and reads it as EUC-JP (idcards.md §4.1). ``FF F1``-``FF F7``
are 外字 1-7 (characters only stored as bitmaps on the card) and ``FF FA`` is 欠字; they
become 〓 (GETA MARK) and the caller flags the record as having unreadable characters.
"""

from __future__ import annotations

from kiosk.cards.api import BadCardDataError

GETA = "〓"
#: Python's euc_jp follows the JIS mapping for these cells; Windows (and the UTF-8 My Number
#: card, which writes block numbers as "１２－７") use the full-width forms. Decode to those so
#: both card types give the same text.
_TO_FULLWIDTH = {
    "\u2212": "\uff0d",  # − -> －  (JIS 1-29)
    "\u301c": "\uff5e",  # 〜 -> ～  (1-33)
    "\u2016": "\u2225",  # ‖ -> ∥  (1-34)
    "\u2015": "\u2014",  # ― -> —  (1-29 dash)
    "\u00a2": "\uffe0",  # ¢ -> ￠
    "\u00a3": "\uffe1",  # £ -> ￡
    "\u00ac": "\uffe2",  # ¬ -> ￢
}
_FROM_FULLWIDTH = {v: k for k, v in _TO_FULLWIDTH.items()}
GAIJI_CODES = tuple(range(0xFFF1, 0xFFF8))
KETSUJI_CODE = 0xFFFA


def decode_jisx0208(value: bytes) -> tuple[str, bool]:
    """(text, had 外字/欠字) or BadCardDataError."""
    if len(value) % 2:
        raise BadCardDataError("JIS X 0208 text of odd length")
    chars: list[str] = []
    unreadable = False
    for i in range(0, len(value), 2):
        hi, lo = value[i], value[i + 1]
        code = (hi << 8) | lo
        if code in GAIJI_CODES or code == KETSUJI_CODE:
            chars.append(GETA)
            unreadable = True
            continue
        if not (0x21 <= hi <= 0x7E and 0x21 <= lo <= 0x7E):
            raise BadCardDataError("byte outside JIS X 0208")
        try:
            ch = bytes((hi | 0x80, lo | 0x80)).decode("euc_jp")
        except UnicodeDecodeError as exc:
            raise BadCardDataError("unassigned JIS X 0208 code") from exc
        chars.append(_TO_FULLWIDTH.get(ch, ch))
    return "".join(chars), unreadable


def encode_jisx0208(text: str) -> bytes:
    """Unicode -> JIS X 0208 bytes; characters outside it become 外字 codes FFF1, FFF2, ...

    Used by the virtual licence. After seven distinct 外字 the rest are 欠字 (FFFA).
    """
    out = bytearray()
    gaiji: dict[str, int] = {}
    for original in text:
        # The card holds full-width forms only: ASCII is widened first.
        if original == " ":
            ch = "\u3000"
        elif "!" <= original <= "~":
            ch = chr(ord(original) + 0xFEE0)
        else:
            ch = original
        try:
            euc = _FROM_FULLWIDTH.get(ch, ch).encode("euc_jp")
        except UnicodeEncodeError:
            euc = b""
        if len(euc) == 2 and euc[0] >= 0xA1 and euc[1] >= 0xA1:
            out.extend((euc[0] & 0x7F, euc[1] & 0x7F))
            continue
        if ch not in gaiji and len(gaiji) < len(GAIJI_CODES):
            gaiji[ch] = GAIJI_CODES[len(gaiji)]
        out.extend(gaiji.get(ch, KETSUJI_CODE).to_bytes(2, "big"))
    return bytes(out)
