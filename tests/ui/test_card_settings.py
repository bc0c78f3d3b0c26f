"""The kiosk's card services get their settings: ``cards.read_deadline_s`` bounds each card
operation, and the kiosk's clock gives the date birth dates are checked against. The real
in-process virtual reader and card (the same card layer as behind pcscd)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from kiosk.cards.api import BadCardDataError, CardTimeoutError, Secret, SecretKind
from kiosk.cards.virtual.profile import sample
from kiosk.clock import FakeClock
from kiosk.settings import Settings
from kiosk.ui.services import card_services


def read(service: Any) -> Any:
    session = service.open()
    try:
        return session.read_basic_info(SecretKind.PIN, Secret("1234"))
    finally:
        session.close()


def test_birth_dates_are_checked_against_the_kiosk_clock() -> None:
    # The sample holder was born on 1980-02-17: on a kiosk whose clock says 1979, that
    # birth date is in the future (bad data); on today's kiosk it reads.
    settings = Settings()
    before = FakeClock(datetime(1979, 6, 1, 3, 0, tzinfo=UTC))
    service, _monitor, _demo = card_services(settings, demo=True, clock=before)
    service.insert(sample("jpki_test_card"))
    with pytest.raises(BadCardDataError):
        read(service)
    service, _monitor, _demo = card_services(settings, demo=True, clock=FakeClock())
    service.insert(sample("jpki_test_card"))
    assert read(service).info.birth_date.year == 1980


def test_the_read_deadline_comes_from_the_settings() -> None:
    """A card answering one command after 3 s: past a 2 s deadline it is card_timeout
    (the default deadline, 8 s, would wait for it)."""
    settings = Settings()
    settings.cards.read_deadline_s = 2.0
    service, _monitor, _demo = card_services(settings, demo=True, clock=FakeClock())
    slow = dataclasses.replace(sample("jpki_test_card"), slow_at=[3], answer_delay_ms=3000)
    service.insert(slow)
    with pytest.raises(CardTimeoutError):
        read(service)
