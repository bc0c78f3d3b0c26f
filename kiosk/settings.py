"""The kiosk's settings, declared once and typed.

Stored as TOML in the data folder, written atomically, owner-only, with a schema version and
upgrade steps. Nothing else in the code base reads or writes settings files; the UI edits a
copy and hands it back to :func:`save`.

The API token lives here (owner-only file) because staff type it into the settings menu; it
is never logged (``Settings.__repr__`` redacts it).
"""

from __future__ import annotations

import copy
import dataclasses
import ipaddress
import logging
import tomllib
import uuid
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from kiosk import paths
from kiosk.atomic import atomic_write_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
LANGUAGES = ("ja", "en", "zh_CN", "ko", "vi", "pt_BR", "ja_easy")


@dataclass
class ShelterSettings:
    name: str = ""
    shelter_id: str = ""
    #: Generated once per installation; identifies this terminal to the management system.
    terminal_id: str = ""
    training_mode: bool = False


@dataclass
class ApiSettings:
    url: str = ""
    #: Bearer token for the management API; kept out of every repr.
    token: str = field(default="", repr=False)
    timeout_s: float = 10.0
    batch_size: int = 200


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
    face_match_enabled: bool = False


@dataclass
class CardSettings:
    #: Refuse a 照合番号B VERIFY when this many tries or fewer are left (PIN: always 1).
    code_b_min_tries_left: int = 2
    reader_name: str = ""
    #: A driver's licence whose holder set no PIN is opened with the default PIN "****"
    #: (UNCONFIRMED, see docs/cards.md); False refuses such licences before any VERIFY.
    licence_default_pin_enabled: bool = True


@dataclass
class StoreSettings:
    database: str = ""
    #: Hours after the shelter closed (and everything was acknowledged) before personal
    #: data is purged from this terminal.
    retention_delay_hours: float = 72.0


@dataclass
class Settings:
    shelter: ShelterSettings = field(default_factory=ShelterSettings)
    api: ApiSettings = field(default_factory=ApiSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    cards: CardSettings = field(default_factory=CardSettings)
    store: StoreSettings = field(default_factory=StoreSettings)

    def __repr__(self) -> str:
        api = dataclasses.replace(self.api, token="<redacted>" if self.api.token else "")
        return (
            f"Settings(shelter={self.shelter!r}, api={api!r}, ui={self.ui!r}, "
            f"cards={self.cards!r}, store={self.store!r})"
        )

    def database_path(self) -> Path:
        return Path(self.store.database) if self.store.database else paths.database_file()

    def validate(self) -> list[str]:
        """Human-readable problems, empty when the settings are usable."""
        return [problem for _, _, problem in self._problems()]

    def _problems(self) -> list[tuple[str, str, str]]:
        """(table, field, problem) for every invalid value."""
        problems: list[tuple[str, str, str]] = []
        if self.ui.default_language not in LANGUAGES:
            problems.append(("ui", "default_language", "unknown default language"))
        if self.api.url and not _is_acceptable_api_url(self.api.url):
            problems.append(
                ("api", "url", "API URL must be https:// (plain http:// only for this machine)")
            )
        for name in ("idle_timeout_s", "more_time_countdown_s", "result_display_s"):
            if getattr(self.ui, name) < 3:
                problems.append(("ui", name, f"{name} must be at least 3 seconds"))
        if self.cards.code_b_min_tries_left < 1:
            problems.append(("cards", "code_b_min_tries_left", "must be at least 1"))
        if self.api.batch_size < 1:
            problems.append(("api", "batch_size", "batch_size must be at least 1"))
        if self.api.timeout_s <= 0:
            problems.append(("api", "timeout_s", "timeout_s must be positive"))
        if self.store.retention_delay_hours < 0:
            problems.append(("store", "retention_delay_hours", "must not be negative"))
        return problems

    def with_invalid_values_reset(self) -> Settings:
        """A copy in which every invalid value is back at its default (logged, not raised)."""
        fixed = copy.deepcopy(self)
        for table, name, problem in self._problems():
            section = getattr(fixed, table)
            setattr(section, name, getattr(type(section)(), name))
            log.warning("settings: %s.%s reset to its default (%s)", table, name, problem)
        return fixed


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


def _from_table(cls: type[_T], table: dict[str, Any]) -> _T:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in table:
            continue
        value = table[f.name]
        default = getattr(cls(), f.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        if ok:
            kwargs[f.name] = value
        else:
            log.warning("settings: ignoring %s.%s with the wrong type", cls.__name__, f.name)
    return cls(**kwargs)


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's tables up to SCHEMA_VERSION, one step at a time."""
    version = data.get("schema_version", 1)
    # Step functions go here as the schema changes: if version == 1: ...; version = 2
    data["schema_version"] = version
    return data


def from_dict(data: dict[str, Any]) -> Settings:
    data = _upgrade(dict(data))
    return Settings(
        shelter=_from_table(ShelterSettings, data.get("shelter", {})),
        api=_from_table(ApiSettings, data.get("api", {})),
        ui=_from_table(UiSettings, data.get("ui", {})),
        cards=_from_table(CardSettings, data.get("cards", {})),
        store=_from_table(StoreSettings, data.get("store", {})),
    )


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


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing file gives defaults with a fresh terminal id."""
    path = path or paths.settings_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        # Keep the kiosk usable: a broken file is set aside for staff, never silently lost.
        broken = path.with_suffix(".broken.toml")
        path.replace(broken)
        log.error(
            "settings file was unreadable (%s); moved aside, using defaults", type(exc).__name__
        )
        data = {}
    settings = from_dict(data).with_invalid_values_reset()
    if not settings.shelter.terminal_id:
        # The terminal id must stay the same for the life of the installation, so it is
        # written as soon as it is made; a read-only data folder still gets a working kiosk.
        settings.shelter.terminal_id = str(uuid.uuid4())
        try:
            save(settings, path)
        except OSError as exc:
            log.warning("settings: could not store the new terminal id (%s)", type(exc).__name__)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    problems = settings.validate()
    if problems:
        raise ValueError("; ".join(problems))
    atomic_write_text(path or paths.settings_file(), to_toml(settings))
