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
import os
import secrets
import sys
import tempfile
from pathlib import Path
from typing import Protocol

from kiosk.atomic import atomic_write_bytes, fsync_dir
from kiosk.errors import StorageError

log = logging.getLogger(__name__)

KEY_BYTES = 32
_KEYRING_SERVICE = "shelter-kiosk"
_KEYRING_USER = "record-store-key"
# Backends that store secrets in the operating system itself. Anything else keyring may pick
# (the "fail" backend, plaintext or encrypted-file third-party backends, a desktop Secret
# Service that pops up an unlock dialog on a kiosk) is not used.
_REAL_KEYRING_BACKENDS = ("WinVaultKeyring", "Keyring")  # Windows Credential Locker, macOS
_REAL_KEYRING_MODULES = ("keyring.backends.Windows", "keyring.backends.macOS")
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


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
        """Create the key file exclusively; if another process created it first, return
        that key (two kiosk processes starting together on a fresh install agree)."""
        key = secrets.token_bytes(KEY_BYTES)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(key)
                handle.flush()
                os.fsync(handle.fileno())
            tmp.chmod(0o600)
            try:
                # A hard link is an exclusive create (like O_EXCL) of a file that is already
                # complete: no other process can ever read a half-written key.
                os.link(tmp, self.path)
            except FileExistsError:
                existing = self.load()
                if existing is not None:
                    return existing
                # A damaged file (wrong length) that no database depends on yet: the store
                # only creates a key for a database without a key check.
                log.warning("store key file was damaged; replacing it with a new key")
                atomic_write_bytes(self.path, key, mode=0o600)
                return key
            except OSError:
                # No hard links on this file system: exclusive create, then write.
                return self._create_exclusive(key)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        fsync_dir(self.path.parent)
        return key

    def _create_exclusive(self, key: bytes) -> bytes:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
        except FileExistsError:
            existing = self.load()
            if existing is None:
                raise StorageError(
                    "the store key file is incomplete or damaged; see docs/store.md"
                ) from None
            return existing
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        fsync_dir(self.path.parent)
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
        # The credential store has no exclusive create: return what it holds now, so a
        # process that lost a race with another one at least uses the surviving key (the
        # store's key check refuses a mismatch rather than mixing keys).
        stored = self.load()
        return stored if stored is not None else key

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
