"""Where the kiosk keeps its files on each platform. Overridable with KIOSK_HOME for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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


def settings_file() -> Path:
    return data_dir() / "settings.toml"


def database_file() -> Path:
    return data_dir() / "kiosk.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"
