"""Where the kiosk keeps its files on each platform. Overridable with KIOSK_HOME for tests."""

from __future__ import annotations

import os
import secrets
import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk.atomic import fsync_dir


def data_dir() -> Path:
    """The kiosk's private data folder (settings, database, key file, logs)."""
    override = os.environ.get("KIOSK_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        # Per-machine: shelter tablets are shared, and IT installs for every user at once.
        base = os.environ.get("PROGRAMDATA") or os.environ.get("LOCALAPPDATA") or "C:/ProgramData"
        return Path(base) / "ShelterKiosk"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "shelter-kiosk"


def demo_data_dir() -> Path:
    """The demo's own data folder, beside the kiosk's: ``shelter-kiosk-demo`` next to
    ``shelter-kiosk`` (``ShelterKiosk-demo`` on Windows, ``$KIOSK_HOME-demo``)."""
    real = data_dir()
    return real.with_name(real.name + "-demo")


def settings_file() -> Path:
    return data_dir() / "settings.toml"


def database_file() -> Path:
    return data_dir() / "kiosk.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"


def set_aside_name(folder: Path, stem: str, suffix: str) -> Path:
    """A new ``<stem>-<UTC time><suffix>`` in ``folder`` for a file kept aside for staff
    (a damaged settings or staff file); never the name of an existing file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = folder / f"{stem}-{stamp}{suffix}"
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{secrets.token_hex(3)}{suffix}"
    return candidate


def set_aside(path: Path, stem: str, suffix: str) -> Path:
    """Move ``path`` to a new :func:`set_aside_name` next to it (a hard link first, so an
    existing file is never replaced) and return where it went."""
    target = set_aside_name(path.parent, stem, suffix)
    os.link(path, target)
    path.unlink()
    fsync_dir(path.parent)
    return target
