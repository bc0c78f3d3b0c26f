"""Running on a tablet: the self-test's card check when Windows has not started its smart-card
service yet (it starts when a reader is plugged in). The decision is pure; a stand-in for the
PC/SC service gives the answers the real one gives (the real stack: tests/ui/test_main.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk import __main__ as entry
from kiosk.cards import pcsc
from kiosk.cards.api import NoReaderError, ReaderInfo


class _NoService:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def readers(self) -> list[ReaderInfo]:
        # What pcsc_error makes of SCARD_E_NO_SERVICE (0x8010001D) on Windows.
        raise pcsc.pcsc_error(pcsc.scard.SCARD_E_NO_SERVICE, during_read=False)


class _NoReader(_NoService):
    def readers(self) -> list[ReaderInfo]:
        return []


def test_no_pcsc_service_yet_is_a_waiting_state_not_a_failure(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(
        pcsc.pcsc_error(pcsc.scard.SCARD_E_NO_SERVICE, during_read=False), NoReaderError
    )
    monkeypatch.setattr(pcsc, "PcscCardReaderService", _NoService)
    check = entry._check("cards", lambda: entry._cards(demo=False))
    assert check["ok"] is True
    assert check["state"] == "waiting_for_pcsc_service"
    assert check["readers"] == []


def test_a_running_service_without_a_reader_is_ready_with_a_warning(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pcsc, "PcscCardReaderService", _NoReader)
    check = entry._check("cards", lambda: entry._cards(demo=False))
    assert check["ok"] is True
    assert check["state"] == "ready"
    assert check["warning"] == "no card reader connected"
