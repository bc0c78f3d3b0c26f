"""The contract in code (kiosk/sync/contract.py) and on paper (docs/openapi.yaml) agree."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.domain import CardType, RegistrationType, Sex, SituationFlag
from kiosk.records import EventKind
from kiosk.sync.contract import (
    BATCH_PATH,
    ERROR_CODE_PATTERN,
    HEALTH_PATH,
    MAX_ANSWER_BYTES,
    MAX_BATCH,
    MAX_FIELD_CHARS,
    MAX_FREE_TEXT_CHARS,
    MAX_REF_CHARS,
    MAX_REQUEST_BYTES,
    RESULT_STATUSES,
    NotTheApiError,
    canonical_json,
    event_to_wire,
    parse_batch_answer,
    payload_hash,
    validate_wire_event,
)
from tests.store.factories import check_in, check_out, shelter_notice

DOCS = Path(__file__).resolve().parents[2] / "docs"
SPEC: dict[str, Any] = yaml.safe_load((DOCS / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]

_TYPES = {
    "string": str,
    "integer": int,
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


def conforms(value: Any, schema: dict[str, Any]) -> bool:
    """A small subset of JSON Schema: $ref, oneOf, allOf, if/then, type (lists too), enum,
    required, properties, additionalProperties false, items, minLength, maxLength, minimum,
    maximum."""
    if "$ref" in schema:
        return conforms(value, SCHEMAS[schema["$ref"].rsplit("/", 1)[1]])
    if "oneOf" in schema:
        return sum(conforms(value, s) for s in schema["oneOf"]) == 1
    for part in schema.get("allOf", []):
        if "if" in part:
            if conforms(value, part["if"]) and not conforms(value, part["then"]):
                return False
        elif not conforms(value, part):
            return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, str) and not (
        schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value))
    ):
        return False
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and not schema.get("minimum", value) <= value <= schema.get("maximum", value)
    ):
        return False
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            isinstance(value, _TYPES[t]) and not (t == "integer" and isinstance(value, bool))
            for t in types
        )
        if not ok:
            return False
    if isinstance(value, dict):
        props = schema.get("properties", {})
        if any(name not in value for name in schema.get("required", [])):
            return False
        if schema.get("additionalProperties") is False and set(value) - set(props):
            return False
        return all(conforms(value[k], props[k]) for k in value if k in props)
    if isinstance(value, list) and "items" in schema:
        return all(conforms(v, schema["items"]) for v in value)
    return True


@pytest.mark.parametrize(
    "event",
    [
        check_in(1),
        check_out(check_in(2)),
        shelter_notice(EventKind.SHELTER_CLOSE),
        replace(check_in(3), registration_type=RegistrationType.DRIVER_LICENSE, training=True),
    ],
    ids=["check_in", "check_out", "notice", "licence_training"],
)
def test_wire_events_conform_to_the_openapi_schema_and_validate(event: Any) -> None:
    wire = event_to_wire(event)
    assert conforms(wire, SCHEMAS["Event"])
    assert validate_wire_event(wire) == []


def test_schema_enums_match_the_code() -> None:
    props = SCHEMAS["Event"]["properties"]
    assert set(props["kind"]["enum"]) == {k.value for k in EventKind}
    assert set(props["registration_type"]["enum"]) - {None} == {int(r) for r in RegistrationType}
    assert set(props["card_type"]["enum"]) - {None} == {c.value for c in CardType}
    assert set(props["situation"]["items"]["enum"]) == {f.value for f in SituationFlag}
    assert set(SCHEMAS["Person"]["properties"]["sex"]["enum"]) - {None} == {s.value for s in Sex}
    assert set(SCHEMAS["RecordResult"]["properties"]["status"]["enum"]) == RESULT_STATUSES
    assert SCHEMAS["BatchRequest"]["properties"]["events"]["maxItems"] == MAX_BATCH
    assert set(SCHEMAS["Event"]["required"]) == set(event_to_wire(check_in(1)))
    person = check_in(1).person
    assert person is not None
    assert set(SCHEMAS["Person"]["required"]) == set(person.to_json())
    assert {HEALTH_PATH, BATCH_PATH} <= set(SPEC["paths"])
    assert SPEC["openapi"].startswith("3.1")


def test_error_codes_the_server_uses_are_in_the_schema() -> None:
    server_source = (DOCS.parent / "kiosk" / "mgmt_server" / "server.py").read_text()
    used = set(re.findall(r'_(?:error|refuse)\(\s*\d{3},\s*"([a-z_]+)"', server_source))
    assert "unsupported_media_type" in used
    used |= set(re.findall(r'error_body\("([a-z_]+)"', server_source))
    assert used, "the pattern found the server's error codes"
    code = SCHEMAS["Error"]["properties"]["error"]["properties"]["code"]
    assert used <= set(code["examples"])
    assert code["pattern"] == ERROR_CODE_PATTERN
    assert SCHEMAS["RecordResult"]["properties"]["code"]["pattern"] == ERROR_CODE_PATTERN
    assert all(re.fullmatch(ERROR_CODE_PATTERN[1:-1], c) for c in used)


def test_registration_codes_are_documented() -> None:
    text = (DOCS / "management-api.md").read_text(encoding="utf-8")
    for code, words in ((1, "My Number"), (2, "staff proxy"), (3, "QR"), (4, "driver's licence")):
        assert re.search(rf"\| `{code}` \| [^|]*{re.escape(words)}", text, re.IGNORECASE)


def test_canonical_json_ignores_key_order_and_keeps_unicode() -> None:
    a = {"b": 1, "a": {"y": "試験", "x": None}}
    b = {"a": {"x": None, "y": "試験"}, "b": 1}
    assert canonical_json(a) == canonical_json(b) == '{"a":{"x":null,"y":"試験"},"b":1}'.encode()
    assert payload_hash(a) == payload_hash(b)
    assert payload_hash(a) != payload_hash({**a, "b": 2})


def test_wire_form_of_a_fixed_event_is_exactly_the_contract() -> None:
    event = replace(
        check_in(5),
        event_id="0b7e4a52-9c1d-4f3e-8a6b-2d5c7e9f1a30",
        occurred_at=datetime(2026, 9, 1, 0, 0, 5, 123456, tzinfo=UTC),
        situation=frozenset({SituationFlag.WITH_PET}),
    )
    expected = {
        "event_id": "0b7e4a52-9c1d-4f3e-8a6b-2d5c7e9f1a30",
        "kind": "check_in",
        "shelter_id": "shelter-042",
        "terminal_id": "terminal-7",
        "occurred_at": "2026-09-01T00:00:05.123Z",
        "utc_offset_minutes": 540,
        "local_time": "2026-09-01T09:00:05+09:00",
        "registration_type": 1,
        "card_type": "mynumber",
        "consent_version": "2026-08",
        "person": {
            "name": "試験\u3000太郎5",
            "address": "熊本県荒尾市テスト町5番地",
            "birth_date": "1950-01-06",
            "sex": "male",
            "phone": "090-0000-0000",
            "message_to_staff": "",
        },
        "situation": ["with_pet"],
        "refers_to": None,
        "training": False,
    }
    assert event_to_wire(event) == expected
    assert canonical_json(event_to_wire(event)) == canonical_json(expected)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"registration_type": 5}, "registration_type"),
        ({"registration_type": True}, "registration_type"),
        ({"kind": "teleport"}, "kind"),
        ({"occurred_at": "2026-09-01T09:00:00+09:00"}, "occurred_at"),
        ({"training": "no"}, "training"),
        ({"situation": ["hungry"]}, "situation"),
        ({"person": None}, "needs a person"),
        ({"utc_offset_minutes": 5000}, "utc_offset_minutes"),
    ],
)
def test_validation_names_the_problem_without_echoing_values(
    change: dict[str, Any], problem: str
) -> None:
    wire = event_to_wire(check_in(1)) | change
    problems = validate_wire_event(wire)
    assert any(problem in p for p in problems)
    person = check_in(1).person
    assert person is not None
    assert not any(person.name in p for p in problems)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", b"<html>login</html>"),
        ("application/json", b"<html>"),
        ("application/json", b"[]"),
        ("application/json", b'{"results": {"x": "accepted"}}'),
    ],
)
def test_only_the_contract_shape_is_an_answer(content_type: str, body: bytes) -> None:
    with pytest.raises(NotTheApiError):
        parse_batch_answer(content_type, body)


def test_contract_answer_is_parsed() -> None:
    answer = parse_batch_answer(
        "application/json; charset=utf-8",
        b'{"results": [{"event_id": "a", "status": "duplicate"}]}',
    )
    assert answer.results["a"].status == "duplicate"


# -- every rule the validator enforces is in the schema (point 18) -----------------------------


def _person_change(**change: Any) -> dict[str, Any]:
    wire = event_to_wire(check_in(1))
    return wire | {"person": wire["person"] | change}


@pytest.mark.parametrize(
    "wire",
    [
        event_to_wire(check_out(check_in(2))) | {"refers_to": None},
        event_to_wire(check_out(check_in(2))) | {"refers_to": ""},
        event_to_wire(check_in(1)) | {"person": None},
        event_to_wire(check_out(check_in(2))) | {"person": None},
        event_to_wire(check_in(1)) | {"event_id": ""},
        event_to_wire(check_in(1)) | {"shelter_id": "s" * (MAX_FIELD_CHARS + 1)},
        event_to_wire(check_in(1)) | {"consent_version": "v" * (MAX_REF_CHARS + 1)},
        event_to_wire(check_in(1)) | {"refers_to": "r" * (MAX_REF_CHARS + 1)},
        event_to_wire(check_in(1)) | {"utc_offset_minutes": 901},
        event_to_wire(check_in(1)) | {"registration_type": 5},
        event_to_wire(check_in(1)) | {"training": "no"},
        _person_change(name="n" * (MAX_FIELD_CHARS + 1)),
        _person_change(phone="0" * (MAX_FREE_TEXT_CHARS + 1)),
        _person_change(message_to_staff="m" * (MAX_FREE_TEXT_CHARS + 1)),
        _person_change(sex="other"),
    ],
    ids=lambda wire: "",
)
def test_what_the_validator_refuses_the_schema_refuses_too(wire: dict[str, Any]) -> None:
    assert validate_wire_event(wire) != []
    assert not conforms(wire, SCHEMAS["Event"])


def test_schema_lengths_and_limits_match_the_code() -> None:
    props = SCHEMAS["Event"]["properties"]
    for name in ("event_id", "shelter_id", "terminal_id", "occurred_at", "local_time"):
        assert (props[name]["minLength"], props[name]["maxLength"]) == (1, MAX_FIELD_CHARS)
    assert props["consent_version"]["maxLength"] == props["refers_to"]["maxLength"]
    assert props["refers_to"]["maxLength"] == MAX_REF_CHARS
    person = SCHEMAS["Person"]["properties"]
    assert person["name"]["maxLength"] == person["address"]["maxLength"] == MAX_FIELD_CHARS
    assert person["phone"]["maxLength"] == person["message_to_staff"]["maxLength"]
    assert person["phone"]["maxLength"] == MAX_FREE_TEXT_CHARS
    assert SPEC["info"]["x-max-answer-bytes"] == MAX_ANSWER_BYTES
    assert SPEC["info"]["x-max-request-bytes"] == MAX_REQUEST_BYTES
    batch_answers = set(SPEC["paths"][BATCH_PATH]["post"]["responses"])
    assert {"200", "400", "401", "403", "409", "413", "415", "422", "429", "503"} <= batch_answers


def test_the_document_states_what_the_client_assumes() -> None:
    text = (DOCS / "management-api.md").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    for rule in (
        "Content-Type: application/json",
        "matched by `event_id`",
        "never by position",
        "an id the kiosk did not send",
        "no result",
        "named twice",
        "malformed result",
        "409",
        "413",
        "415",
        f"{MAX_ANSWER_BYTES // (1024 * 1024)} MiB",
        f"{MAX_REQUEST_BYTES // (1024 * 1024)} MiB",
        "whole request",
        "remember every `event_id`",
        "envelope's `terminal_id`",
        "api.ca_file",
        "never overtakes",
        "server_time",
        "never stored, logged or shown",
    ):
        assert rule in flat, rule


@pytest.mark.parametrize(
    "birth",
    [
        "1950-01-06",
        "2024-02-29",
        "2023-02-29",
        "0000-01-01",
        "0001-01-01",
        "1950-13-01",
        "1950-00-10",
        "1950-01-00",
        "1950-01-32",
        "1950-1-6",
        "1950-01- 6",
        "１９５０-01-06",
        "1950-01-06\n",
        "1950/01/06",
        "19500106",
        "",
        1950,
    ],
)
def test_the_birth_date_check_accepts_exactly_what_strptime_accepts(birth: Any) -> None:
    """The quick check of the form kiosks write keeps the meaning of the strptime check."""
    try:
        datetime.strptime(str(birth), "%Y-%m-%d")
        expected: list[str] = []
    except ValueError:
        expected = ["person.birth_date must be YYYY-MM-DD or null"]
    assert validate_wire_event(_person_change(birth_date=birth)) == expected
