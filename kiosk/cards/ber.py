"""TLV parsing for card files: a real BER-TLV parser and the licence's 1-byte-tag variant.

Every malformed input raises :class:`~kiosk.cards.api.BadCardDataError`; nothing here can
loop forever (each step consumes at least one byte) or recurse without bound (children are
parsed on demand, one level at a time).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.cards.api import BadCardDataError

#: Lengths beyond this are absurd for any ID-card file (the biggest, a photo, is ~3 kB).
MAX_LENGTH = 0xFFFF
#: Tags longer than this many bytes are not used by any card here.
MAX_TAG_BYTES = 3


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    #: Offset of the tag's first byte in the buffer it was parsed from.
    offset: int
    constructed: bool

    def children(self) -> list[Tlv]:
        """Parse the value as a sequence of BER-TLVs (only for constructed tags)."""
        if not self.constructed:
            raise BadCardDataError("primitive TLV has no children")
        return parse_ber_sequence(self.value)


@dataclass(frozen=True)
class Header:
    tag: int
    constructed: bool
    #: Bytes taken by tag and length.
    header_length: int
    value_length: int

    @property
    def total_length(self) -> int:
        return self.header_length + self.value_length


def _parse_length(data: bytes, pos: int) -> tuple[int, int]:
    """(value length, new position) for the BER length at ``pos``."""
    if pos >= len(data):
        raise BadCardDataError("truncated TLV length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise BadCardDataError("indefinite length is not allowed")
    if count > 2:
        raise BadCardDataError("TLV length too large")
    if pos + count > len(data):
        raise BadCardDataError("truncated TLV length")
    length = int.from_bytes(data[pos : pos + count], "big")
    if length > MAX_LENGTH:
        raise BadCardDataError("TLV length too large")
    return length, pos + count


def parse_ber_header(data: bytes, pos: int = 0) -> Header:
    """Tag and length at ``pos`` (the value itself need not be present yet)."""
    start = pos
    if pos >= len(data):
        raise BadCardDataError("truncated TLV tag")
    first = data[pos]
    pos += 1
    tag = first
    if first & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise BadCardDataError("truncated TLV tag")
            if pos - start >= MAX_TAG_BYTES:
                raise BadCardDataError("TLV tag too long")
            byte = data[pos]
            pos += 1
            tag = (tag << 8) | byte
            if not byte & 0x80:
                break
    length, pos = _parse_length(data, pos)
    return Header(tag, bool(first & 0x20), pos - start, length)


def parse_ber(data: bytes, pos: int = 0) -> Tlv:
    """The one complete BER-TLV at ``pos``."""
    header = parse_ber_header(data, pos)
    end = pos + header.total_length
    if end > len(data):
        raise BadCardDataError("truncated TLV value")
    value = bytes(data[pos + header.header_length : end])
    return Tlv(header.tag, value, pos, header.constructed)


def parse_ber_sequence(data: bytes) -> list[Tlv]:
    """Every TLV of ``data``, which must be consumed exactly."""
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        header = parse_ber_header(data, pos)
        item = parse_ber(data, pos)
        items.append(item)
        pos += header.total_length
    return items


# ---------------------------------------------------------------------------------------------
# The driver's licence: 1-byte tags (0x1F is a tag there, not a multi-byte marker), BER lengths.


@dataclass(frozen=True)
class SimpleScan:
    items: list[Tlv]
    #: True when the data ended inside a TLV (read more), False when padding or the end of
    #: the data was reached on a TLV boundary.
    truncated: bool
    #: True when a padding byte (00 or FF where a tag was expected) ended the scan.
    padded: bool


def scan_simple_tlvs(data: bytes) -> SimpleScan:
    """Complete 1-byte-tag TLVs from the start of ``data``, stopping at 00/FF padding.

    A TLV cut off by the end of ``data`` is reported as ``truncated`` (the caller may read
    more); anything else malformed raises BadCardDataError.
    """
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        tag = data[pos]
        if tag in (0x00, 0xFF):
            return SimpleScan(items, truncated=False, padded=True)
        try:
            length, value_pos = _parse_length(data, pos + 1)
        except BadCardDataError:
            if _length_cut_off(data, pos + 1):
                return SimpleScan(items, truncated=True, padded=False)
            raise
        end = value_pos + length
        if end > len(data):
            return SimpleScan(items, truncated=True, padded=False)
        items.append(Tlv(tag, bytes(data[value_pos:end]), pos, constructed=False))
        pos = end
    return SimpleScan(items, truncated=False, padded=False)


def _length_cut_off(data: bytes, pos: int) -> bool:
    """True when the length field at ``pos`` is well-formed but runs past the end."""
    if pos >= len(data):
        return True
    first = data[pos]
    count = first & 0x7F
    return first >= 0x80 and 0 < count <= 2 and pos + 1 + count > len(data)
