"""The kiosk's settings, declared once and typed.

Stored as TOML in the data folder, written atomically, owner-only, with a schema version and
upgrade steps. Nothing else in the code base reads or writes settings files; the UI edits a
copy and hands it back to :func:`save`.

A damaged file never changes the kiosk's identity or loses a value without a copy:

- The terminal id is also kept in its own small file (``terminal_id`` next to the settings),
  written once, exclusively and atomically, and preferred over the settings file. A new id is
  made only on a fresh install: never when a settings file was damaged (a damaged file that
  held the only copy leaves the id empty, so recording is blocked until IT restores it).
- An unreadable file (bad TOML, bad UTF-8) is moved aside under a new name (never over an
  earlier one) and every line that can still be read is kept; the kept values become the new
  file. A readable file with wrong-typed or out-of-range values is not rewritten by loading:
  those values are back at their defaults in memory only. Every save first copies the file
  it replaces to ``settings.previous.toml``, and a file with problems also to a new
  ``settings.broken-*.toml`` that later saves never overwrite.
- :func:`load_with_report` says what happened (:class:`SettingsLoadReport`) so staff see it;
  :meth:`Settings.recording_blocked_reason` says why the kiosk must not record (no shelter id,
  no terminal id).

The API token lives here (owner-only file) because staff type it into the settings menu; it
is never logged (``Settings.__repr__`` redacts it).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import ipaddress
import logging
import os
import re
import tomllib
import unicodedata
import uuid
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from kiosk import languages, paths
from kiosk.atomic import atomic_write_bytes, atomic_write_text, create_new_file

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
#: The kiosk's language codes (kiosk/languages.py is the registry).
LANGUAGES = languages.CODES
#: The terminal id's own file, next to the settings file.
TERMINAL_ID_FILE = "terminal_id"
#: The copy of the settings file every save replaces.
PREVIOUS_FILE = "settings.previous.toml"
#: Prefix of the files set aside (damaged, or with values that were not usable).
BROKEN_PREFIX = "settings.broken"
MAX_TERMINAL_ID_LENGTH = 64


@dataclass
class ShelterSettings:
    name: str = ""
    shelter_id: str = ""
    #: Generated once per installation; identifies this terminal to the management system.
    #: Its own file (TERMINAL_ID_FILE) wins over this copy.
    terminal_id: str = ""
    #: 訓練モード: every new record is marked training (kept apart from the real roster and
    #: counts, sent to the server marked so, purged on staff's demand: kiosk.roster).
    training_mode: bool = False
    #: How many people the shelter holds (収容人数) for the 収容率 on the roster; 0 = not set.
    capacity: int = 0
    #: What comes next after a check-in (reception, blankets, where families sit), shown on
    #: the result screen under a translated title, as staff wrote it. "" = the translated
    #: default ("Please go to the reception desk ..."). At most SHELTER_TEXT_MAX characters.
    after_checkin_text: str = ""
    #: Where the staff are, on every notice that sends the person to staff. "" = the
    #: translated default ("Staff are at the desk near the entrance.").
    staff_desk_text: str = ""


@dataclass
class ApiSettings:
    url: str = ""
    #: Bearer token for the management API; kept out of every repr.
    token: str = field(default="", repr=False)
    #: Seconds per request (bounded: 5..120).
    timeout_s: float = 10.0
    #: Records per batch (bounded: 1..500, the contract's maximum).
    batch_size: int = 200
    #: PEM bundle of a municipal private CA; "" = the system's trust store.
    ca_file: str = ""


@dataclass
class UiSettings:
    default_language: str = "ja"
    voice_enabled: bool = True
    show_era_screen: bool = True
    #: Seconds without a touch before "Do you need more time?".
    idle_timeout_s: int = 30
    #: Countdown on the "more time?" question before everything is cleared.
    more_time_countdown_s: int = 20
    #: How long the result screen stays; the reference product's was found too short.
    result_display_s: int = 12


@dataclass
class CardSettings:
    #: Refuse a 照合番号B VERIFY when this many tries or fewer are left (PIN: always 1).
    code_b_min_tries_left: int = 2
    reader_name: str = ""
    #: A driver's licence whose holder set no PIN is opened with the default PIN "****"
    #: (UNCONFIRMED, see docs/cards.md); False refuses such licences before any VERIFY.
    licence_default_pin_enabled: bool = True
    #: Seconds a whole card read may take before it is given up (bounded: 2..30).
    read_deadline_s: float = 8.0


class CameraMode(StrEnum):
    """How the kiosk uses its cameras (settings ``camera.mode``; docs/camera.md)."""

    OFF = "off"  # no camera: the PIN and the typed 照合番号B
    CARD_FACE = "card_face"  # read 照合番号B off the card face (no PIN, no typing)
    CARD_FACE_AND_FACE = "card_face_and_face"  # ... and match the face with the card photo
    PIN_THEN_FACE = "pin_then_face"  # the PIN, then match the face with the card photo


@dataclass
class CameraSettings:
    """The camera path (issue 11). Cameras are OpenCV device indexes ("0") or device names
    ("/dev/video2"); "" = none."""

    #: A :class:`CameraMode` value.
    mode: str = CameraMode.OFF.value
    #: The card camera (looks at the card; "hold the front of your card up to the camera").
    card_camera: str = "0"
    #: The face camera; "" = the card camera serves both roles.
    face_camera: str = ""

    @property
    def camera_mode(self) -> CameraMode:
        """The mode (OFF for an unknown value: ``Settings.problems`` reports it)."""
        try:
            return CameraMode(self.mode)
        except ValueError:
            return CameraMode.OFF

    @property
    def face_camera_source(self) -> str:
        """The face camera's device, the card camera's when none of its own is set."""
        return self.face_camera or self.card_camera


@dataclass
class StoreSettings:
    database: str = ""
    #: Hours after the shelter closed (and everything was acknowledged) before personal
    #: data is purged from this terminal.
    retention_delay_hours: float = 72.0


@dataclass
class PhoneRegistrationSettings:
    """Smartphone registration served by the kiosk on the shelter LAN (docs/webreg.md)."""

    enabled: bool = False
    #: HTTPS port the phones reach (bounded: 1024..65535).
    port: int = 8443
    #: The address the QR code names; "" = this machine's address on its default route.
    address: str = ""
    #: PEM files of a certificate IT provisioned; "" (both) = self-signed per opening.
    cert_file: str = ""
    key_file: str = ""


@dataclass
class LanSettings:
    """The terminals of one shelter on its LAN (docs/lan.md). The shelter code is never a
    setting: the keys derived from it are sealed in the record store."""

    enabled: bool = False
    #: The peer server's port (bounded: 1024..65535).
    port: int = 8766
    #: Addresses staff typed when mDNS does not pass: comma-separated ``host:port``.
    peer_addresses: str = ""
    #: Where the peer server and the phone page listen: an IP address of this machine
    #: (IPv4 or IPv6, e.g. the shelter Wi-Fi's on a tablet that also has an LTE modem);
    #: "" = every interface. IT's setting (settings.toml), not on the staff screen.
    listen_address: str = ""
    #: Announce and find terminals by mDNS; off where the network forbids multicast (staff
    #: then type ``peer_addresses``).
    discovery: bool = True

    @property
    def listen_host(self) -> str:
        """Where the servers bind: ``listen_address``, else every IPv4 interface (as before
        the setting existed)."""
        return self.listen_address or "0.0.0.0"  # noqa: S104 (the shelter LAN: docs/lan.md)


@dataclass(frozen=True)
class SettingsProblem:
    """One problem, for staff. ``message`` is English and never holds the value (a token)."""

    #: unreadable_file, wrong_type, out_of_range, invalid_value, unknown_key,
    #: shelter_id_missing, terminal_id_missing, terminal_id_unreadable
    code: str
    #: "table.key" ("" for the whole file).
    key: str
    message: str


class InvalidSettingsError(ValueError):
    """:func:`save` refused settings with problems (``problems`` says which)."""

    def __init__(self, problems: list[SettingsProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class SettingsLoadReport:
    """What :func:`load_with_report` found and did; ``clean`` when nothing needs staff."""

    path: Path
    #: Where an unreadable settings file was moved (None: it was readable or absent).
    moved_aside_to: Path | None = None
    #: Line numbers of an unreadable file that could not be kept (their values are lost
    #: from the new file but stay in the file moved aside).
    unreadable_lines: tuple[int, ...] = ()
    #: "table.key" of every value now at its default because the file's was not usable.
    reset_keys: tuple[str, ...] = ()
    problems: tuple[SettingsProblem, ...] = ()
    #: A new terminal id was made (fresh install).
    terminal_id_created: bool = False

    @property
    def clean(self) -> bool:
        return self.moved_aside_to is None and not self.problems


@dataclass(frozen=True)
class _Bound:
    low: float
    high: float | None = None
    unit: str = ""


#: Numeric limits: (table, key) -> bounds (inclusive).
_BOUNDS: dict[tuple[str, str], _Bound] = {
    ("ui", "idle_timeout_s"): _Bound(3, unit=" seconds"),
    ("ui", "more_time_countdown_s"): _Bound(3, unit=" seconds"),
    ("ui", "result_display_s"): _Bound(3, unit=" seconds"),
    ("cards", "code_b_min_tries_left"): _Bound(1),
    ("cards", "read_deadline_s"): _Bound(2, 30, " seconds"),
    ("api", "batch_size"): _Bound(1, 500),
    ("api", "timeout_s"): _Bound(5, 120, " seconds"),
    ("store", "retention_delay_hours"): _Bound(0, unit=" hours"),
    ("shelter", "capacity"): _Bound(0, 100_000, " people"),
    ("phone_registration", "port"): _Bound(1024, 65535),
    ("lan", "port"): _Bound(1024, 65535),
}


@dataclass
class Settings:
    shelter: ShelterSettings = field(default_factory=ShelterSettings)
    api: ApiSettings = field(default_factory=ApiSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    cards: CardSettings = field(default_factory=CardSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    phone_registration: PhoneRegistrationSettings = field(default_factory=PhoneRegistrationSettings)
    lan: LanSettings = field(default_factory=LanSettings)
    camera: CameraSettings = field(default_factory=CameraSettings)

    def __repr__(self) -> str:
        api = dataclasses.replace(self.api, token="<redacted>" if self.api.token else "")
        return (
            f"Settings(shelter={self.shelter!r}, api={api!r}, ui={self.ui!r}, "
            f"cards={self.cards!r}, store={self.store!r}, "
            f"phone_registration={self.phone_registration!r}, lan={self.lan!r}, "
            f"camera={self.camera!r})"
        )

    def database_path(self) -> Path:
        return Path(self.store.database) if self.store.database else paths.database_file()

    def validate(self) -> list[str]:
        """Human-readable problems, empty when the settings are usable."""
        return [problem.message for problem in self.problems()]

    def problems(self) -> list[SettingsProblem]:
        """Every invalid value, typed."""
        problems: list[SettingsProblem] = []
        if self.ui.default_language not in LANGUAGES:
            problems.append(_invalid("ui.default_language", "unknown default language"))
        if self.api.url and not _is_acceptable_api_url(self.api.url):
            problems.append(
                _invalid(
                    "api.url", "API URL must be https:// (plain http:// only for this machine)"
                )
            )
        if self.api.ca_file and not _is_readable_file(self.api.ca_file):
            problems.append(_invalid("api.ca_file", "the CA file is not a readable file"))
        if not _are_peer_addresses(self.lan.peer_addresses):
            problems.append(
                _invalid(
                    "lan.peer_addresses",
                    "peer addresses must be host:port, comma-separated (port 1024-65535)",
                )
            )
        if not _is_listen_address(self.lan.listen_address):
            problems.append(
                _invalid(
                    "lan.listen_address",
                    "the listen address must be an IPv4 or IPv6 address, or empty",
                )
            )
        if self.camera.mode not in {mode.value for mode in CameraMode}:
            problems.append(_invalid("camera.mode", "unknown camera mode"))
        if self.camera.camera_mode is not CameraMode.OFF and not self.camera.card_camera.strip():
            problems.append(_invalid("camera.card_camera", "the camera path needs a card camera"))
        for name in ("after_checkin_text", "staff_desk_text"):
            if not _is_shelter_text(getattr(self.shelter, name)):
                problems.append(
                    _invalid(
                        f"shelter.{name}",
                        f"{name} must be at most {SHELTER_TEXT_MAX} characters of plain text",
                    )
                )
        for (table, name), bound in _BOUNDS.items():
            value = getattr(getattr(self, table), name)
            if value < bound.low or (bound.high is not None and value > bound.high):
                if bound.high is None:
                    wanted = f"at least {bound.low:g}{bound.unit}"
                else:
                    wanted = f"between {bound.low:g} and {bound.high:g}{bound.unit}"
                problems.append(
                    SettingsProblem("out_of_range", f"{table}.{name}", f"{name} must be {wanted}")
                )
        return problems

    def recording_blocked_reason(self) -> SettingsProblem | None:
        """Why the kiosk must not record anything now (None: it may). Every record carries
        the shelter id and the terminal id; a record without them cannot be placed."""
        if not self.shelter.shelter_id.strip():
            return SettingsProblem(
                "shelter_id_missing",
                "shelter.shelter_id",
                "no shelter id is set: staff must set it before anyone can check in",
            )
        if not self.shelter.terminal_id.strip():
            return SettingsProblem(
                "terminal_id_missing",
                "shelter.terminal_id",
                "this terminal has lost its id (damaged settings): IT must restore the "
                f"{TERMINAL_ID_FILE} file",
            )
        return None

    def with_invalid_values_reset(self) -> Settings:
        """A copy in which every invalid value is back at its default (logged, not raised)."""
        fixed, _ = _reset_invalid(self)
        return fixed


def _invalid(key: str, message: str) -> SettingsProblem:
    return SettingsProblem("invalid_value", key, message)


def _reset_invalid(settings: Settings) -> tuple[Settings, list[SettingsProblem]]:
    fixed = copy.deepcopy(settings)
    problems = fixed.problems()
    for problem in problems:
        table, name = problem.key.split(".")
        section = getattr(fixed, table)
        setattr(section, name, getattr(type(section)(), name))
        log.warning("settings: %s reset to its default (%s)", problem.key, problem.code)
    return fixed, problems


#: Longest text the shelter may show under a title (result screen, staff desk line).
SHELTER_TEXT_MAX = 300


def _is_shelter_text(text: str) -> bool:
    """Plain text for a screen: line breaks allowed, no other control or format character
    (a bidi override would reorder what the next person reads)."""
    return len(text) <= SHELTER_TEXT_MAX and all(
        ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in text
    )


_PEER_ADDRESS = re.compile(
    r"^(\[[0-9A-Fa-f:.%\w]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{4,5})$"
)


def _are_peer_addresses(text: str) -> bool:
    """Comma-separated ``host:port`` (a name, an IPv4 address or ``[IPv6]``), or empty."""
    for address in (part.strip() for part in text.split(",")):
        if not address:
            continue
        match = _PEER_ADDRESS.match(address)
        if match is None or not 1024 <= int(match.group(2)) <= 65535:
            return False
    return True


def _is_listen_address(text: str) -> bool:
    """An IP literal or empty: a name could resolve to an address elsewhere, or to another
    one tomorrow, and the phone page's QR code must name where the server listens."""
    if not text:
        return True
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _is_readable_file(name: str) -> bool:
    return Path(name).is_file() and os.access(name, os.R_OK)


def _is_acceptable_api_url(url: str) -> bool:
    """https anywhere; plain http only to this machine (the demo's reference server).

    The bearer token and evacuees' names travel in these requests: never in clear text
    over a shelter's Wi-Fi or a mobile router.
    """
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


_T = TypeVar("_T")


def _type_ok(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def _from_table(cls: type[_T], name: str, table: Any) -> tuple[_T, list[SettingsProblem]]:
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        problems.append(SettingsProblem("wrong_type", name, f"[{name}] is not a table"))
        table = {}
    kwargs: dict[str, Any] = {}
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    for key in sorted(set(table) - known):
        problems.append(SettingsProblem("unknown_key", f"{name}.{key}", f"unknown setting {key}"))
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in table:
            continue
        value = table[f.name]
        default = getattr(cls(), f.name)
        if not _type_ok(default, value):
            problems.append(
                SettingsProblem("wrong_type", f"{name}.{f.name}", f"{f.name} has the wrong type")
            )
            continue
        kwargs[f.name] = float(value) if isinstance(default, float) else value
    return cls(**kwargs), problems


_SECTIONS: dict[str, type[Any]] = {
    "shelter": ShelterSettings,
    "api": ApiSettings,
    "ui": UiSettings,
    "cards": CardSettings,
    "store": StoreSettings,
    "phone_registration": PhoneRegistrationSettings,
    "lan": LanSettings,
    "camera": CameraSettings,
}


#: Keys older files may hold that no longer mean anything: dropped on load, no problem for
#: staff (``ui.face_match_enabled``: the card tool's old switch, now ``camera.mode``).
_RETIRED = {"ui": frozenset({"face_match_enabled"})}


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's tables up to SCHEMA_VERSION, one step at a time."""
    for name, keys in _RETIRED.items():
        table = data.get(name)
        if isinstance(table, dict):
            data[name] = {k: v for k, v in table.items() if k not in keys}
    version = data.get("schema_version", 1)
    # Step functions go here as the schema changes: if version == 1: ...; version = 2
    data["schema_version"] = version
    return data


def _checked(data: dict[str, Any]) -> tuple[Settings, list[SettingsProblem]]:
    """Settings from a parsed file, every unusable value at its default, and why."""
    data = _upgrade(dict(data))
    problems: list[SettingsProblem] = []
    sections: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        sections[name], found = _from_table(cls, name, data.get(name, {}))
        problems.extend(found)
    for key in sorted(set(data) - set(_SECTIONS) - {"schema_version"}):
        problems.append(SettingsProblem("unknown_key", key, f"unknown setting {key}"))
    settings, invalid = _reset_invalid(Settings(**sections))
    return settings, problems + invalid


def from_dict(data: dict[str, Any]) -> Settings:
    """Settings from a parsed file; unusable values are at their defaults (see _checked)."""
    return _checked(data)[0]


def to_dict(settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in fields(settings):
        out[f.name] = dataclasses.asdict(getattr(settings, f.name))
    return out


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    escaped = "".join(
        ch if ch.isprintable() and ch not in '"\\' else f"\\u{ord(ch):04x}" for ch in text
    )
    return f'"{escaped}"'


def to_toml(settings: Settings) -> str:
    data = to_dict(settings)
    lines = [f"schema_version = {data.pop('schema_version')}"]
    for table, values in data.items():
        lines.append("")
        lines.append(f"[{table}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in values.items())
    return "\n".join(lines) + "\n"


# -- reading a damaged file ----------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_UNTRUSTED = "\0"  # the table name after a damaged header: its keys are not kept


def _salvage(text: str) -> tuple[dict[str, Any], list[int], list[str]]:
    """Every line of a damaged file that still reads as one ``key = value`` under a readable
    table header: (data, unreadable line numbers, "table.key" of values that were lost)."""
    data: dict[str, Any] = {}
    bad_lines: list[int] = []
    lost: list[str] = []
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER.match(line)
        if header:
            table = header.group(1)
            continue
        if stripped.startswith("["):
            table = _UNTRUSTED
            bad_lines.append(number)
            continue
        item: dict[str, Any] | None = None
        if table != _UNTRUSTED and "\ufffd" not in line:
            with contextlib.suppress(tomllib.TOMLDecodeError):
                item = tomllib.loads(line)
        if item is None or len(item) != 1:
            bad_lines.append(number)
            key = _KEY.match(line)
            if key and table != _UNTRUSTED:
                lost.append(f"{table}.{key.group(1)}" if table else key.group(1))
            continue
        target = data.setdefault(table, {}) if table else data
        if isinstance(target, dict):
            target.update(item)
    return data, bad_lines, lost


def _keep_copy(path: Path, data: bytes) -> Path:
    target = paths.set_aside_name(path.parent, BROKEN_PREFIX, ".toml")
    atomic_write_bytes(target, data)
    return target


# -- the terminal id ------------------------------------------------------------------------------


def _valid_terminal_id(value: str) -> bool:
    return (
        0 < len(value) <= MAX_TERMINAL_ID_LENGTH
        and value.isprintable()
        and not any(ch.isspace() for ch in value)
    )


def _read_terminal_id(path: Path) -> str | None:
    """The stored id; None when there is no file. Raises ValueError when it is damaged."""
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        raise ValueError("terminal id file is not text") from exc
    if not _valid_terminal_id(value):
        raise ValueError("terminal id file holds no valid id")
    return value


def _write_terminal_id_once(path: Path, value: str) -> str:
    """Create the terminal id file exclusively (complete before it appears); if another
    process made it first, that one wins."""
    if create_new_file(path, (value + "\n").encode("utf-8")):
        return value
    existing = _read_terminal_id(path)
    if existing is None:  # pragma: no cover - removed between link and read
        raise FileExistsError(str(path))
    return existing


def _resolve_terminal_id(
    settings: Settings, folder: Path, *, damaged: bool, create: bool
) -> tuple[list[SettingsProblem], bool]:
    """Put the installation's terminal id into ``settings``: (problems, created)."""
    id_file = folder / TERMINAL_ID_FILE
    problems: list[SettingsProblem] = []
    try:
        stored = _read_terminal_id(id_file)
    except (OSError, ValueError) as exc:
        log.error("settings: the terminal id file is unreadable (%s)", type(exc).__name__)
        problems.append(
            SettingsProblem(
                "terminal_id_unreadable", "shelter.terminal_id", "the terminal id file is damaged"
            )
        )
        stored = None
        create = False  # never replace it: IT decides
    from_settings = settings.shelter.terminal_id.strip()
    if stored:
        if from_settings and from_settings != stored:
            log.warning("settings: terminal id in the settings file ignored; its own file wins")
        settings.shelter.terminal_id = stored
        return problems, False
    if from_settings and _valid_terminal_id(from_settings):
        settings.shelter.terminal_id = from_settings
        if create:
            try:
                settings.shelter.terminal_id = _write_terminal_id_once(id_file, from_settings)
            except OSError as exc:
                log.warning("settings: could not store the terminal id (%s)", type(exc).__name__)
        return problems, False
    settings.shelter.terminal_id = ""
    earlier_damage = any(folder.glob(f"{BROKEN_PREFIX}*"))
    if damaged or earlier_damage or problems:
        # The only copy may have been in the damaged file: a new id would make this terminal
        # look like another one to the management system. Recording is blocked instead.
        log.error("settings: the terminal id is lost with a damaged file; no new one is made")
        return problems, False
    new_id = str(uuid.uuid4())
    if not create:
        return problems, False
    try:
        settings.shelter.terminal_id = _write_terminal_id_once(id_file, new_id)
    except OSError as exc:
        # A read-only data folder still gets a working kiosk (with an id for this run).
        settings.shelter.terminal_id = new_id
        log.warning("settings: could not store the new terminal id (%s)", type(exc).__name__)
    return problems, True


# -- load and save --------------------------------------------------------------------------------


def load(path: Path | None = None) -> Settings:
    """Read the settings (see :func:`load_with_report`)."""
    return load_with_report(path)[0]


def load_with_report(
    path: Path | None = None, *, create: bool = True
) -> tuple[Settings, SettingsLoadReport]:
    """Read the settings and say what was wrong with them.

    A missing file gives defaults (with a new terminal id on a fresh install). ``create=False``
    writes nothing at all (no terminal id file, nothing moved aside): the self-test's mode.
    """
    path = path or paths.settings_file()
    problems: list[SettingsProblem] = []
    moved: Path | None = None
    bad_lines: list[int] = []
    lost: list[str] = []
    damaged = False
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raw = None
    data: dict[str, Any] = {}
    if raw is not None:
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            damaged = True
            data, bad_lines, lost = _salvage(raw.decode("utf-8", errors="replace"))
            problems.append(SettingsProblem("unreadable_file", "", "the settings file was damaged"))
            log.error(
                "settings file was unreadable (%s); %d line(s) could not be kept",
                type(exc).__name__,
                len(bad_lines),
            )
    settings, found = _checked(data)
    problems.extend(found)
    id_problems, created = _resolve_terminal_id(
        settings, path.parent, damaged=damaged, create=create
    )
    problems.extend(id_problems)
    if damaged and create:
        try:
            moved = paths.set_aside(path, BROKEN_PREFIX, ".toml")
            atomic_write_text(path, to_toml(settings))
            log.error("settings: the damaged file was moved aside; the readable values kept")
        except OSError as exc:
            log.error("settings: could not set the damaged file aside (%s)", type(exc).__name__)
    reset = [p.key for p in found if p.code in ("wrong_type", "out_of_range", "invalid_value")]
    report = SettingsLoadReport(
        path=path,
        moved_aside_to=moved,
        unreadable_lines=tuple(bad_lines),
        reset_keys=tuple(dict.fromkeys(reset + lost)),
        problems=tuple(problems),
        terminal_id_created=created,
    )
    return settings, report


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings; the file replaced is kept first (see the module's notes).
    Raises :class:`InvalidSettingsError` (a ValueError) for invalid settings."""
    problems = settings.problems()
    if problems:
        raise InvalidSettingsError(problems)
    path = path or paths.settings_file()
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = None
    if old is not None:
        if not _reads_cleanly(old):
            _keep_copy(path, old)
        atomic_write_bytes(path.parent / PREVIOUS_FILE, old)
    atomic_write_text(path, to_toml(settings))


def _reads_cleanly(raw: bytes) -> bool:
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False
    return not _checked(data)[1]
