"""Misbehaving cards (issue 7) through the in-process emulator's fault profiles.

The same stack as over PC/SC (link, guard, sessions); test_pcsc_faults.py drives the faults
through pcscd + vpcd where the behaviour lives at the PC/SC level.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import date, datetime
from typing import Any

import pytest

from kiosk.cards.api import (
    BadCardDataError,
    CardTimeoutError,
    InvalidCodeBInputError,
    Secret,
    SecretKind,
    TriesUnreadableError,
)
from kiosk.cards.code_b import build_code_b
from kiosk.cards.virtual.emulator import VirtualCard
from kiosk.cards.virtual.inprocess import InProcessCardReaderService
from kiosk.cards.virtual.profile import sample

TODAY = date(2026, 6, 1)


def service(**kwargs: Any) -> InProcessCardReaderService:
    return InProcessCardReaderService(today=lambda: TODAY, **kwargs)


def mynumber(**faults: Any) -> Any:
    return dataclasses.replace(sample("jpki_test_card"), **faults)


def verifies_with_data(card: VirtualCard, sent: list[bytes]) -> int:
    return sum(1 for a in sent if a[1] == 0x20 and len(a) > 5)


# -- 2. endless GET RESPONSE -----------------------------------------------------------------


def test_endless_get_response_is_bounded() -> None:
    """READ BINARY (the 5th APDU at the card) and every GET RESPONSE answer 61 10, forever."""
    readers = service()
    card = readers.insert(mynumber(endless_61xx_at=5, remove_after_apdus=60))
    session = readers.open()
    with pytest.raises(BadCardDataError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert card.apdu_count <= 5 + 8
    session.close()
    assert not card._verified  # closing reset the card


# -- 3. a deadline on card I/O ---------------------------------------------------------------


def test_a_card_that_never_answers_times_out_and_is_reset_once_pulled() -> None:
    readers = service(deadline_s=0.3)
    card = readers.insert(mynumber(stall_at=5))  # after the VERIFY: the card is verified
    session = readers.open()
    started = time.monotonic()
    with pytest.raises(CardTimeoutError) as timeout:
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert time.monotonic() - started < 3
    assert timeout.value.code == "card_timeout"
    session.close()  # returns at once: the command is still stuck in the card
    link = session._transport.link  # type: ignore[attr-defined]
    assert link.busy and not link.wait_released(0)
    with pytest.raises(CardTimeoutError):  # a new session waits for the stuck one, then refuses
        readers.open()
    readers.remove()  # pulled: the stuck command ends, the deferred close runs
    assert link.wait_released(5)
    assert not card._verified
    assert card.apdu_count == 5  # nothing was retried


def test_a_slow_card_is_reset_when_its_late_answer_comes(sent: list[bytes]) -> None:
    readers = service(deadline_s=0.3)
    card = readers.insert(mynumber(slow_at=[5], answer_delay_ms=1500))
    session = readers.open()
    with pytest.raises(CardTimeoutError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()
    link = session._transport.link  # type: ignore[attr-defined]
    assert link.wait_released(10)  # the late answer came; the card was reset
    assert not card._verified and readers.readers()[0].card_present
    assert len(sent) == 5 and verifies_with_data(card, sent) == 1  # nothing retried


def test_a_timed_out_verify_that_never_started_is_never_sent(sent: list[bytes]) -> None:
    """The deadline already passed before the VERIFY: it is not sent, now or later."""
    readers = service(deadline_s=0.3)
    card = readers.insert(mynumber(slow_at=[3], answer_delay_ms=1000))  # the empty VERIFY
    session = readers.open()
    with pytest.raises(CardTimeoutError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    with pytest.raises(CardTimeoutError):  # the link refuses everything after a timeout
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    session.close()
    assert session._transport.link.wait_released(10)  # type: ignore[attr-defined]
    assert verifies_with_data(card, sent) == 0
    assert card.counters()["pin_tries_left"] == 3


def test_the_deadline_covers_opening_and_status() -> None:
    readers = service(deadline_s=0.3)
    readers.insert(mynumber(slow_at=[1], answer_delay_ms=1500))
    with pytest.raises(CardTimeoutError):
        readers.open()
    readers.insert(mynumber(slow_at=[2], answer_delay_ms=1500))
    session = readers.open()
    with pytest.raises(CardTimeoutError):
        session.status()
    session.close()


# -- 4. impossible birth dates ---------------------------------------------------------------


@pytest.mark.parametrize("birth", [date(2099, 1, 1), date(9999, 12, 31), date(1868, 1, 24)])
def test_impossible_my_number_birth_date_is_bad_card_data(birth: date) -> None:
    readers = service()
    readers.insert(mynumber(birth_date=birth, code_b="55021720352285"))
    with pytest.raises(BadCardDataError):
        readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))


def test_impossible_licence_birth_date_is_bad_card_data() -> None:
    readers = service()
    readers.insert(dataclasses.replace(sample("licence"), birth_date=date(2117, 1, 1)))
    with pytest.raises(BadCardDataError):
        readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))


def test_birth_dates_are_checked_against_the_injected_date() -> None:
    readers = service()
    readers.insert(mynumber(birth_date=TODAY, code_b="55021720352285"))
    assert readers.open().read_basic_info(SecretKind.PIN, Secret("1234")).info.birth_date == TODAY
    readers.insert(mynumber(birth_date=date(2026, 6, 2), code_b="55021720352285"))
    with pytest.raises(BadCardDataError):
        readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))


# -- 5. counter answers and codes ------------------------------------------------------------

NO_COUNT = ["6983", "6300", "6A82", "6D00", "6700", "6283", "9000"]


@pytest.mark.parametrize("sw", NO_COUNT)
def test_a_card_reporting_no_count_is_tries_unreadable_and_nothing_is_tried(
    sw: str, sent: list[bytes]
) -> None:
    readers = service()
    card = readers.insert(mynumber(counter_sw=sw))
    session = readers.open()
    with pytest.raises(TriesUnreadableError) as status_error:
        session.status()
    for kind, secret in [
        (SecretKind.PIN, Secret("1234")),
        (SecretKind.CODE_B, Secret("55021720352285")),
    ]:
        with pytest.raises(TriesUnreadableError) as read_error:
            session.read_basic_info(kind, secret)
        assert secret.wiped
    assert status_error.value.code == read_error.value.code == "tries_unreadable"
    assert read_error.value.needs_staff
    assert verifies_with_data(card, sent) == 0


def test_licence_reporting_no_count_is_tries_unreadable(sent: list[bytes]) -> None:
    readers = service()
    card = readers.insert(dataclasses.replace(sample("licence"), counter_sw="6983"))
    with pytest.raises(TriesUnreadableError):
        readers.open().status()
    with pytest.raises(TriesUnreadableError):
        readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    assert verifies_with_data(card, sent) == 0


def test_one_byte_answer_with_the_card_present_is_bad_card_data() -> None:
    readers = service()
    card = readers.insert(mynumber(short_answer_at=[5]))  # the READ BINARY after the VERIFY
    session = readers.open()
    with pytest.raises(BadCardDataError):
        session.read_basic_info(SecretKind.PIN, Secret("1234"))
    assert readers.readers()[0].card_present
    session.close()
    assert not card._verified


# -- 6. honest APDU counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("faults", "read", "connection"),
    [
        ({}, 4, 5),
        ({"t0_get_response": True}, 5, 6),  # the READ BINARY's data comes by GET RESPONSE
        ({"wrong_le_6c": True}, 5, 6),  # READ BINARY Le 00 -> 6C xx -> resent
    ],
)
def test_apdu_counts_are_what_the_card_received(
    faults: dict[str, Any], read: int, connection: int
) -> None:
    readers = service()
    card = readers.insert(mynumber(**faults))
    result = readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    assert result.info.name == "黒桐　幹也"
    assert (result.apdu_count, result.connection_apdu_count) == (read, connection)
    assert card.apdu_count == connection


def test_licence_counts_include_identification() -> None:
    readers = service()
    card = readers.insert(sample("licence"))
    result = readers.open().read_basic_info(SecretKind.PIN, Secret("1234"))
    assert (result.apdu_count, result.connection_apdu_count, card.apdu_count) == (7, 10, 10)


# -- 7. build_code_b's typed errors ----------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "year", "code"),
    [
        (datetime(1980, 2, 17, 9, 0), 2035, "2285"),
        (date(1980, 2, 17), "2035", "2285"),
        (date(1980, 2, 17), 2035.0, "2285"),
        (date(1980, 2, 17), True, "2285"),
        (date(1980, 2, 17), 2035, 2285),
        ("1980-02-17", 2035, "2285"),
    ],
)
def test_build_code_b_wrong_types_are_typed_errors(birth: Any, year: Any, code: Any) -> None:
    with pytest.raises(InvalidCodeBInputError):
        build_code_b(birth, year, code, today=TODAY)
