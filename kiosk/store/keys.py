"""Where the store's encryption key lives: never inside the database file.

On Windows the key goes into the Credential Locker through ``keyring``; where no real OS
credential store exists (a headless Linux kiosk, CI) it goes into an owner-only key file in
the data folder, beside (not inside) the database. Tests inject :class:`FakeKeyProvider`.

Losing the key makes every personal field still in the database unreadable: see
docs/store.md. The store notices (a key check value is kept in the database) and refuses to
mix a new key with rows written under the old one.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sys
from pathlib import Path
from typing import Protocol

from kiosk.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

KEY_BYTES = 32
_KEYRING_SERVICE = "shelter-kiosk"
_KEYRING_USER = "record-store-key"
# Backends that store secrets in the operating system itself. Anything else keyring may pick
# (the "fail" backend, plaintext or encrypted-file third-party backends, a desktop Secret
# Service that pops up an unlock dialog on a kiosk) is not used.
_REAL_KEYRING_BACKENDS = ("WinVaultKeyring", "Keyring")  # Windows Credential Locker, macOS
_REAL_KEYRING_MODULES = ("keyring.backends.Windows", "keyring.backends.macOS")


class KeyProvider(Protocol):
    """Loads the store key, or creates it when told the database is new."""

    def load(self) -> bytes | None:
        """The key, or None when none has been stored yet (or it was lost)."""

    def create(self) -> bytes:
        """Generate, store durably and return a new key."""

    def describe(self) -> str:
        """Where the key lives, for staff (never the key itself)."""


class FakeKeyProvider:
    """In-memory key for tests; ``forget()`` simulates a lost key."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key

    def load(self) -> bytes | None:
        return self._key

    def create(self) -> bytes:
        self._key = secrets.token_bytes(KEY_BYTES)
        return self._key

    def forget(self) -> None:
        self._key = None

    def describe(self) -> str:
        return "in-memory test key"


class KeyFileProvider:
    """A 32-byte key in an owner-only (0600) file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> bytes | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if len(data) != KEY_BYTES:
            # A truncated key is as good as a lost one; never "repair" it with a new key.
            log.error("store key file has the wrong length; treating the key as lost")
            return None
        return data

    def create(self) -> bytes:
        key = secrets.token_bytes(KEY_BYTES)
        atomic_write_bytes(self.path, key, mode=0o600)
        return key

    def describe(self) -> str:
        return f"key file {self.path}"


class KeyringKeyProvider:
    """The key in the OS credential store (Windows Credential Locker), hex-encoded."""

    def __init__(self, service: str = _KEYRING_SERVICE, user: str = _KEYRING_USER) -> None:
        self._service = service
        self._user = user

    def load(self) -> bytes | None:
        import keyring

        value = keyring.get_password(self._service, self._user)
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def create(self) -> bytes:
        import keyring

        key = secrets.token_bytes(KEY_BYTES)
        keyring.set_password(self._service, self._user, key.hex())
        return key

    def describe(self) -> str:
        return f"OS credential store ({self._service}/{self._user})"


def real_keyring_available() -> bool:
    """True when keyring's active backend is a real OS credential store."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    cls = type(backend)
    return cls.__name__ in _REAL_KEYRING_BACKENDS and cls.__module__ in _REAL_KEYRING_MODULES


def default_key_provider(data_dir: Path) -> KeyProvider:
    """Credential Locker on Windows when it works, else ``<data_dir>/store.key`` (0600)."""
    key_file = KeyFileProvider(data_dir / "store.key")
    if real_keyring_available():
        provider = KeyringKeyProvider()
        # An installation that started with a key file keeps using it.
        if key_file.load() is None:
            return provider
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            data_dir.mkdir(parents=True, exist_ok=True)
            data_dir.chmod(0o700)
    return key_file
