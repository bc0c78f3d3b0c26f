"""The management-API contract in code: wire format, canonical form, answers.

docs/management-api.md and docs/openapi.yaml describe the same thing for the people on the
other side; the kiosk's sync worker and the reference server both use this module, so the
two ends cannot drift apart silently.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from kiosk.domain import CardType, RegistrationType, SituationFlag
from kiosk.records import Event, EventKind, FaceCheck
from kiosk.redaction import safe_error_code

API_VERSION = "1"
HEALTH_PATH = "/v1/health"
BATCH_PATH = "/v1/events:batch"
#: ``/v1/shelters/{shelter_id}/notices``: a single shelter_open / shelter_close event.
NOTICE_PATH_PREFIX = "/v1/shelters/"
NOTICE_PATH_SUFFIX = "/notices"
MAX_BATCH = 500
#: Largest request body a server must accept (it may answer 413 below that; the kiosk then
#: sends smaller batches and remembers the size).
MAX_REQUEST_BYTES = 16 * 1024 * 1024
#: Largest answer the kiosk reads; a larger one is a failure (nothing acknowledged, retried).
MAX_ANSWER_BYTES = 4 * 1024 * 1024
#: Every error code in an error body or a per-record result matches this.
ERROR_CODE_PATTERN = "^[a-z0-9_]{1,40}$"
#: Longest ids, times and names (characters), consent_version / refers_to, phone / message.
MAX_FIELD_CHARS = 1000
MAX_REF_CHARS = 100
MAX_FREE_TEXT_CHARS = 2000

ACCEPTED = "accepted"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
REJECTED = "rejected"
RETRY = "retry"
RESULT_STATUSES = frozenset({ACCEPTED, DUPLICATE, CONFLICT, REJECTED, RETRY})
#: Statuses that mean "the server has this record, exactly as sent".
ACKNOWLEDGED = frozenset({ACCEPTED, DUPLICATE})

_KINDS = frozenset(k.value for k in EventKind)
_CARD_TYPES = frozenset(c.value for c in CardType)
_REG_TYPES = frozenset(int(r) for r in RegistrationType)
_FLAGS = frozenset(f.value for f in SituationFlag)
_FACE_CHECKS = frozenset(f.value for f in FaceCheck)
_SEXES = frozenset({"male", "female", "not_applicable", "unknown"})


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: equal payloads give equal bytes (and hashes)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def payload_hash(wire_event: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(wire_event)).hexdigest()


def format_utc(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.mmmZ`` (milliseconds cut, not rounded)."""
    utc = moment.astimezone(UTC)
    if utc.year >= 1000:  # (strftime writes years below 1000 without their leading zeros)
        return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


@lru_cache(maxsize=64)
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def event_to_wire(event: Event) -> dict[str, Any]:
    """The JSON object for one event, as the contract defines it."""
    return wire_object(event, format_utc(event.occurred_at))


def wire_object(event: Event, occurred_at: str) -> dict[str, Any]:
    """:func:`event_to_wire` with ``occurred_at`` already written (the shelter LAN writes
    it to the microsecond)."""
    local = event.occurred_at.astimezone(_zone(event.utc_offset_minutes))
    person = event.person.to_json() if event.person else None
    return {
        "event_id": event.event_id,
        "kind": event.kind.value,
        "shelter_id": event.shelter_id,
        "terminal_id": event.terminal_id,
        "occurred_at": occurred_at,
        "utc_offset_minutes": event.utc_offset_minutes,
        "local_time": local.replace(microsecond=0).isoformat(),
        "registration_type": int(event.registration_type) if event.registration_type else None,
        "card_type": event.card_type.value if event.card_type else None,
        "consent_version": event.consent_version,
        "person": person,
        "situation": sorted(flag.value for flag in event.situation),
        "refers_to": event.refers_to,
        "training": event.training,
        # Only when a face check happened (issue 11): a record without one keeps the exact
        # JSON of before (the server compares a resent record's payload with the one it has).
        **(
            {"face_check": event.face_check.value}
            if event.face_check is not FaceCheck.NOT_USED
            else {}
        ),
    }


def batch_body(terminal_id: str, events: Sequence[Event]) -> bytes:
    return canonical_json(
        {"terminal_id": terminal_id, "events": [event_to_wire(e) for e in events]}
    )


def _is_str(value: Any, *, optional: bool = False, max_len: int = MAX_FIELD_CHARS) -> bool:
    if value is None:
        return optional
    return isinstance(value, str) and len(value) <= max_len


_REQUIRED_STRINGS = ("event_id", "shelter_id", "terminal_id", "occurred_at", "local_time")
#: The one form of a birth date a kiosk writes (ASCII digits); anything else goes to strptime.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def validate_wire_event(obj: Any) -> list[str]:
    """Problems with one event object (empty when valid). Messages hold no field values."""
    if not isinstance(obj, dict):
        return ["event must be an object"]
    problems: list[str] = []
    get = obj.get  # (every record of a peer's catch-up comes through here: kept lean)
    for name in _REQUIRED_STRINGS:
        value = get(name)
        if not (isinstance(value, str) and value and len(value) <= MAX_FIELD_CHARS):
            problems.append(f"{name} is required (string)")
    kind = get("kind")
    if kind not in _KINDS:
        problems.append("kind must be one of " + ", ".join(sorted(_KINDS)))
    offset = get("utc_offset_minutes")
    if not isinstance(offset, int) or isinstance(offset, bool) or not -900 <= offset <= 900:
        problems.append("utc_offset_minutes must be an integer between -900 and 900")
    try:
        occurred = str(get("occurred_at", ""))
        if not occurred.endswith("Z"):
            raise ValueError
        datetime.fromisoformat(occurred[:-1] + "+00:00")
    except ValueError:
        problems.append("occurred_at must be UTC ISO 8601 ending in Z")
    reg = get("registration_type")
    if reg is not None and (isinstance(reg, bool) or reg not in _REG_TYPES):
        problems.append("registration_type must be 1, 2, 3, 4 or null")
    card = get("card_type")
    if card is not None and card not in _CARD_TYPES:
        problems.append("card_type must be mynumber, driver_license or null")
    if not _is_str(get("consent_version"), optional=True, max_len=MAX_REF_CHARS):
        problems.append("consent_version must be a string or null")
    refers_to = get("refers_to")
    if not _is_str(refers_to, optional=True, max_len=MAX_REF_CHARS):
        problems.append("refers_to must be a string or null")
    if not isinstance(get("training"), bool):
        problems.append("training must be true or false")
    if "face_check" in obj and obj["face_check"] not in _FACE_CHECKS:
        problems.append("face_check must be matched, not_matched or not_used")
    situation = get("situation")
    if not isinstance(situation, list) or any(flag not in _FLAGS for flag in situation):
        problems.append("situation must be a list of known flags")
    person = get("person")
    if person is not None:
        problems.extend(_validate_person(person))
    if kind in ("check_in", "check_out") and person is None:
        problems.append(f"{kind} needs a person")
    if kind in ("check_out", "correction") and not refers_to:
        problems.append(f"{kind} needs refers_to")
    return problems


def _validate_person(person: Any) -> list[str]:
    if not isinstance(person, dict):
        return ["person must be an object or null"]
    problems = []
    get = person.get
    for name in ("name", "address"):
        if not _is_str(get(name)):
            problems.append(f"person.{name} must be a string")
    for name in ("phone", "message_to_staff"):
        if not _is_str(get(name, ""), max_len=MAX_FREE_TEXT_CHARS):
            problems.append(f"person.{name} must be a string")
    # Optional (a kiosk before they existed sends neither): the name's reading, and the id
    # members registered together by staff share.
    if not _is_str(get("reading", "")):
        problems.append("person.reading must be a string")
    if not _is_str(get("household_id", ""), max_len=MAX_REF_CHARS):
        problems.append("person.household_id must be a string")
    birth = get("birth_date")
    if birth is not None and not is_birth_date(birth):
        problems.append("person.birth_date must be YYYY-MM-DD or null")
    sex = get("sex")
    if sex is not None and sex not in _SEXES:
        problems.append("person.sex must be male, female, not_applicable, unknown or null")
    return problems


def is_birth_date(value: Any) -> bool:
    """What ``datetime.strptime(str(value), "%Y-%m-%d")`` accepts. The form kiosks write
    (YYYY-MM-DD in ASCII digits) is checked without strptime, which cost ~0.1 s per 10,000
    records of a new terminal's catch-up; any other text still goes through strptime."""
    text = str(value)
    if _ISO_DATE.match(text):
        try:
            date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            return False
        return True
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class RecordResult:
    """One per-record result. Only the status and a safe error code are kept: the server's
    free-text ``message`` may echo personal data and is never read."""

    event_id: str
    status: str
    code: str | None = None


@dataclass(frozen=True)
class BatchAnswer:
    """A 200 answer that really is the management API's: the per-record results by id.

    ``unusable`` holds ids whose result was malformed or given more than once: such a
    record is not acknowledged (it is sent again; the server deduplicates).
    """

    results: dict[str, RecordResult] = field(default_factory=dict)
    unusable: frozenset[str] = frozenset()


class NotTheApiError(ValueError):
    """A 200 answer that is not the contract's JSON (captive portal, proxy, wrong URL)."""


def parse_batch_answer(content_type: str, body: bytes) -> BatchAnswer:
    """Parse a 200 answer; raise NotTheApiError unless it has the contract's shape.

    Results are matched by ``event_id``, never by position. A malformed result (unknown
    status, no string id) or an id named twice makes that id unusable; the others count.
    """
    if "json" not in content_type.lower():
        kind = content_type.split(";", maxsplit=1)[0].strip() or "no content type"
        raise NotTheApiError(f"the answer was not the management API's JSON ({kind})")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotTheApiError("the answer was not valid JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise NotTheApiError("the answer had no per-record results")
    results: dict[str, RecordResult] = {}
    unusable: set[str] = set()
    for item in data["results"]:
        event_id = item.get("event_id") if isinstance(item, dict) else None
        if not isinstance(event_id, str):
            continue  # cannot be matched to a record: that record gets no result
        if event_id in results or event_id in unusable:
            unusable.add(event_id)
            results.pop(event_id, None)
            continue
        status = item.get("status")
        if status not in RESULT_STATUSES:
            unusable.add(event_id)
            continue
        results[event_id] = RecordResult(event_id, status, safe_error_code(item.get("code")))
    return BatchAnswer(results, frozenset(unusable))


def error_code(content_type: str, body: bytes) -> str | None:
    """The server's error code from the contract's error body, if it is a safe machine word.

    The error ``message`` is never read: a server or proxy may echo the record or the
    Authorization header in it.
    """
    if "json" not in content_type.lower() or len(body) > 65536:
        return None
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    error = data.get("error") if isinstance(data, dict) else None
    return safe_error_code(error.get("code")) if isinstance(error, dict) else None


def parse_health(content_type: str, body: bytes) -> tuple[bool, datetime | None]:
    """(is the API's health answer, the server's ``server_time`` if it sent a valid one)."""
    if "json" not in content_type.lower():
        return False, None
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return False, None
    if not isinstance(data, dict) or data.get("status") != "ok":
        return False, None
    server_time = data.get("server_time")
    if isinstance(server_time, str):
        try:
            moment = datetime.fromisoformat(server_time.replace("Z", "+00:00"))
        except ValueError:
            return True, None
        if moment.tzinfo is not None:
            return True, moment
    return True, None


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}
