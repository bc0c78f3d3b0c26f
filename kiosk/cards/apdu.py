"""Command APDUs, responses and the transport protocol the card readers talk through.

Layering (outermost first)::

    MyNumberSession / LicenceSession        what to ask the card
    CountingTransport                       counts command APDUs per read
    PrivacyGuardTransport                   allow-list: only the readers' own commands are sent
    PcscTransport | VirtualTransport        pyscard, or the in-process emulator

Only short APDUs are built here (Lc <= 255, Le <= 256): many readers have no extended length.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_BLOCKED = 0x6984
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_OFFSET = 0x6B00

INS_SELECT = 0xA4
INS_VERIFY = 0x20
INS_READ_BINARY = 0xB0


class Response(NamedTuple):
    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    @property
    def tries_left(self) -> int | None:
        """x of ``63 Cx`` (wrong secret / retry counter), else None."""
        if self.sw & 0xFFF0 == 0x63C0:
            return self.sw & 0x0F
        return None


class Transport(Protocol):
    def transmit(self, apdu: bytes | bytearray) -> Response:
        """Send one command APDU; raise a CardError (removed, no reader) on link failure."""

    def close(self) -> None:
        """Release the card (PC/SC: disconnect with UNPOWER, dropping any verified state)."""


def wipe(buffer: bytearray | list[int]) -> None:
    """Overwrite a command buffer that held a secret, in place (its length is unchanged)."""
    for i in range(len(buffer)):
        buffer[i] = 0


def _check_le(le: int) -> int:
    if not 1 <= le <= 256:
        raise ValueError("short APDUs only: 1 <= Le <= 256")
    return le & 0xFF


def select_df_name(aid: bytes) -> bytes:
    """SELECT by DF name (AID), no FCI wanted: ``00 A4 04 0C Lc AID``."""
    return bytes([0x00, INS_SELECT, 0x04, 0x0C, len(aid)]) + aid


def select_mf() -> bytes:
    return bytes([0x00, INS_SELECT, 0x00, 0x0C, 0x02, 0x3F, 0x00])


def select_ef(fid: int) -> bytes:
    """SELECT EF under the current DF: ``00 A4 02 0C 02 FID``."""
    return bytes([0x00, INS_SELECT, 0x02, 0x0C, 0x02, fid >> 8, fid & 0xFF])


def verify_sfi(sfi: int, data: bytes | bytearray | None = None) -> bytearray:
    """VERIFY by short EF id (P2 = 80 | id); no data asks for the tries left without using one.

    A bytearray so the caller can wipe the copy of the secret after sending.
    """
    if not 0 < sfi < 0x1F:
        raise ValueError("short EF id out of range")
    apdu = bytearray([0x00, INS_VERIFY, 0x00, 0x80 | sfi])
    if data:
        if len(data) > 255:
            raise ValueError("short APDUs only")
        apdu.append(len(data))
        apdu.extend(data)
    return apdu


def read_binary_sfi(sfi: int, offset: int, le: int) -> bytes:
    """READ BINARY by short EF id (P1 = 80 | id, P2 = 8-bit offset); selects that EF."""
    if not 0 < sfi < 0x1F or not 0 <= offset <= 0xFF:
        raise ValueError("short EF id or offset out of range")
    return bytes([0x00, INS_READ_BINARY, 0x80 | sfi, offset, _check_le(le)])


def read_binary(offset: int, le: int) -> bytes:
    """READ BINARY of the current EF at a 15-bit offset."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range")
    return bytes([0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, _check_le(le)])


class CountingTransport:
    """Counts command APDUs (the figure reported as ``ReadResult.apdu_count``)."""

    def __init__(self, inner: Transport) -> None:
        self._inner = inner
        self.count = 0

    def transmit(self, apdu: bytes | bytearray) -> Response:
        self.count += 1
        return self._inner.transmit(apdu)

    def close(self) -> None:
        self._inner.close()
