"""Fixtures shared by the card tests."""

from __future__ import annotations

import pytest

from kiosk.cards.virtual.emulator import VirtualCard


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every command APDU the emulated cards receive, in order."""
    log: list[bytes] = []
    current = VirtualCard.execute

    def execute(self: VirtualCard, apdu: bytes) -> bytes:
        log.append(bytes(apdu))
        return current(self, apdu)

    monkeypatch.setattr(VirtualCard, "execute", execute)
    return log
