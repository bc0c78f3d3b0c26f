"""Objects that hold personal data or secrets never show it in repr/str."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.cards.api import Secret
from kiosk.domain import BasicInfo, CardType, Sex, SituationFlag
from kiosk.flow.contract import CodeBInput, ConfirmInput
from kiosk.records import Event, EventKind, Person

NAME = "試験　花子"
ADDRESS = "東京都千代田区霞が関１－２－３"


def _texts(obj: object) -> str:
    return repr(obj) + str(obj) + f"{obj}"


def test_basic_info_person_and_event_hide_name_address_and_birth_date() -> None:
    info = BasicInfo(CardType.MYNUMBER, NAME, ADDRESS, date(1980, 2, 17), Sex.FEMALE, "2")
    person = Person.from_card(info, phone="09012345678", message="足が痛い")
    event = Event(
        kind=EventKind.CHECK_IN,
        shelter_id="s1",
        terminal_id="t1",
        occurred_at=datetime(2026, 9, 1, tzinfo=UTC),
        utc_offset_minutes=540,
        person=person,
    )
    for obj in (info, person, event):
        text = _texts(obj)
        for secret in ("試験", "花子", "千代田", "1980", "0901", "足が痛い"):
            assert secret not in text


def test_secrets_and_secret_inputs_hide_their_digits() -> None:
    secret = Secret("1234")
    code_b = CodeBInput(date(1980, 2, 17), 2033, "5678")
    confirm = ConfirmInput("09012345678", frozenset({SituationFlag.PREGNANT}), "help me")
    assert "1234" not in _texts(secret)
    assert "5678" not in _texts(code_b) and "1980" not in _texts(code_b)
    text = _texts(confirm)
    assert "0901" not in text and "pregnant" not in text and "help me" not in text
