"""Command APDUs, responses and the transport protocol the card readers talk through.

Layering (outermost first)::

    MyNumberSession / LicenceSession        what to ask the card
    CountingTransport                       reports the link's count per read
    PrivacyGuardTransport                   allow-list: only the readers' own commands are sent
    CardLink                                deadline per operation; counts what the card receives
    PcscTransport | VirtualTransport        pyscard, or the in-process emulator; T=0 61xx / 6Cxx

Only short APDUs are built here (Lc <= 255, Le <= 256): many readers have no extended length.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from kiosk.cards.link import CardLink

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_BLOCKED = 0x6984
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_OFFSET = 0x6B00
INS_GET_RESPONSE = 0xC0
#: GET RESPONSEs fetched for one command at most: a short answer is at most 256 bytes, so a
#: card that asks for more (or answers ``61xx`` with no data) is misbehaving.
MAX_GET_RESPONSES = 8

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


def exchange(send: Callable[[list[int]], bytes], apdu: bytes | bytearray) -> Response:
    """One command through ``send`` (which returns data + SW, at least 2 bytes), with T=0's
    ``6Cxx`` resend (once) and ``61xx`` GET RESPONSE (at most :data:`MAX_GET_RESPONSES`).

    Shared by the PC/SC and in-process transports. Our list copy of the command (which may
    hold a secret) is wiped whatever happens. A card that keeps answering ``61xx`` is
    ``BadCardDataError`` after the bound (or at once when a GET RESPONSE brings no data).
    """
    from kiosk.cards.api import BadCardDataError

    command = list(apdu)
    try:
        answer = send(command)
        if answer[-2] == 0x6C and len(command) == 5:  # T=0: wrong Le, resend with it
            command[4] = answer[-1]
            answer = send(command)
    finally:
        wipe(command)
    collected = bytearray(answer[:-2])
    fetched = 0
    while answer[-2] == 0x61:  # T=0: more data waiting
        if fetched == MAX_GET_RESPONSES:
            raise BadCardDataError("the card keeps asking for GET RESPONSE")
        fetched += 1
        answer = send([0x00, INS_GET_RESPONSE, 0x00, 0x00, answer[-1]])
        if len(answer) == 2 and answer[-2] == 0x61:
            raise BadCardDataError("GET RESPONSE brought no data")
        collected.extend(answer[:-2])
    return Response(bytes(collected), (answer[-2] << 8) | answer[-1])


class CountingTransport:
    """The sessions' view of the stack: ``count`` is what the card received (GET RESPONSE,
    ``6Cxx`` resends and the identifying SELECT included), counted at the lowest layer by the
    :class:`~kiosk.cards.link.CardLink`; ``operation()`` bounds one status/read by its deadline.
    """

    def __init__(self, inner: Transport, link: CardLink) -> None:
        self._inner = inner
        self._link = link

    @property
    def count(self) -> int:
        return self._link.apdus_sent

    @property
    def link(self) -> CardLink:
        return self._link

    def operation(self) -> AbstractContextManager[None]:
        return self._link.operation()

    def transmit(self, apdu: bytes | bytearray) -> Response:
        return self._inner.transmit(apdu)

    def close(self) -> None:
        self._inner.close()
