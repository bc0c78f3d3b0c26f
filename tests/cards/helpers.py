"""Helpers of the card tests."""

from __future__ import annotations

from kiosk.cards.apdu import Response
from kiosk.cards.virtual.emulator import VirtualCard


class DirectTransport:
    """Guard -> emulator, no pcscd; records what got through (``sent``)."""

    def __init__(self, card: VirtualCard) -> None:
        self.card = card
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes | bytearray) -> Response:
        self.sent.append(bytes(apdu))
        raw = self.card.execute(bytes(apdu))
        return Response(raw[:-2], int.from_bytes(raw[-2:], "big"))

    def close(self) -> None:
        pass
