"""Where the store's encryption key lives: never inside the database file.

Chosen by :func:`default_key_provider` (docs/store.md says what each protects against):

- Windows: ``store.key.dpapi`` in the per-machine data folder, wrapped with DPAPI in
  LOCAL_MACHINE scope (any account on *this* machine that can read the file can unwrap it,
  no other machine can), so the first account to start the kiosk (an administrator running
  ``--self-test``) never leaves the kiosk account without the key. The installer restricts
  the folder to administrators and the kiosk account. A key an older version kept in the
  per-user Credential Locker is adopted into that file the first time it is seen.
- Linux: a systemd credential (``$CREDENTIALS_DIRECTORY/shelter-kiosk-store-key``,
  ``LoadCredentialEncrypted=``: sealed with the TPM and/or the host key) when present; else
  an existing ``store.key``; else the Secret Service (the desktop keyring) when it is
  running and unlocked (never one that would pop up an unlock dialog); else ``store.key``
  (0600) in the data folder, beside (not inside) the database, which protects against
  nothing but copying the database file alone.
- macOS: the Keychain through ``keyring``.

Tests inject :class:`FakeKeyProvider`.

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
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from kiosk.atomic import NoHardLinksError, atomic_write_bytes, create_new_file, fsync_dir
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

    def _encode(self, key: bytes) -> bytes:
        """The file's content for ``key`` (subclasses wrap it)."""
        return key

    def _decode(self, data: bytes) -> bytes | None:
        """The key in the file's content, None when it is not one."""
        return data

    def load(self) -> bytes | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        key = self._decode(data)
        if key is None or len(key) != KEY_BYTES:
            # A truncated key is as good as a lost one; never "repair" it with a new key.
            log.error("store key file is damaged or unreadable here; treating the key as lost")
            return None
        return key

    def create(self) -> bytes:
        """Create the key file exclusively; if another process created it first, return
        that key (two kiosk processes starting together on a fresh install agree)."""
        return self._store_new(secrets.token_bytes(KEY_BYTES))

    def _store_new(self, key: bytes) -> bytes:
        """Write ``key`` exclusively; returns the key that is in the file afterwards."""
        try:
            # Complete before it appears: no other process can ever read a half-written key.
            if create_new_file(self.path, self._encode(key), mode=0o600):
                return key
        except NoHardLinksError:
            # No hard links on this file system: exclusive create, then write.
            return self._create_exclusive(key)
        existing = self.load()
        if existing is not None:
            return existing
        # A damaged file (wrong length) that no database depends on yet: the store only
        # creates a key for a database without a key check.
        log.warning("store key file was damaged; replacing it with a new key")
        atomic_write_bytes(self.path, self._encode(key), mode=0o600)
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
            handle.write(self._encode(key))
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
    """True when keyring's active backend is a real OS credential store (macOS Keychain;
    Windows' per-user Credential Locker is only read, to adopt an old key)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    cls = type(backend)
    return cls.__name__ in _REAL_KEYRING_BACKENDS and cls.__module__ in _REAL_KEYRING_MODULES


# -- Windows: DPAPI, machine scope ---------------------------------------------------------

_DPAPI_MAGIC = b"SKDPAPI1"
_CRYPTPROTECT_UI_FORBIDDEN = 0x1
_CRYPTPROTECT_LOCAL_MACHINE = 0x4


class DpapiKeyFileProvider(KeyFileProvider):
    """The key in a file in the per-machine data folder, wrapped with DPAPI in
    LOCAL_MACHINE scope: readable by any account of this machine that the folder's ACL
    lets read the file (administrators and the kiosk account), by no other machine.

    ``protect``/``unprotect`` are injected for tests off Windows; ``legacy`` is where an
    older version kept the key (the per-user Credential Locker): adopted into the file.
    """

    def __init__(
        self,
        path: Path,
        *,
        protect: Callable[[bytes], bytes] | None = None,
        unprotect: Callable[[bytes], bytes] | None = None,
        legacy: KeyProvider | None = None,
    ) -> None:
        super().__init__(path)
        self._protect = protect or _dpapi_protect
        self._unprotect = unprotect or _dpapi_unprotect
        self._legacy = legacy

    def _encode(self, key: bytes) -> bytes:
        return _DPAPI_MAGIC + self._protect(key)

    def _decode(self, data: bytes) -> bytes | None:
        if not data.startswith(_DPAPI_MAGIC):
            return None
        try:
            return self._unprotect(data[len(_DPAPI_MAGIC) :])
        except OSError:
            return None

    def load(self) -> bytes | None:
        key = super().load()
        if key is None and self._legacy is not None and not self.path.exists():
            old = self._legacy.load()
            if old is not None:
                # Copied, not moved: the old entry stays until IT removes it.
                log.warning("store key: adopting the key from the per-user credential store")
                return self._store_new(old)
        return key

    def describe(self) -> str:
        return f"DPAPI (machine) key file {self.path}"


def _dpapi(data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = Blob()
    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
    flags = _CRYPTPROTECT_UI_FORBIDDEN | (_CRYPTPROTECT_LOCAL_MACHINE if protect else 0)
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    ok = call(ctypes.byref(blob_in), None, None, None, None, flags, ctypes.byref(blob_out))
    if not ok:
        raise OSError("DPAPI refused the store key")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        ctypes.windll.kernel32.LocalFree(blob_out.pbData)  # type: ignore[attr-defined]


def _dpapi_protect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=True)


def _dpapi_unprotect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=False)


# -- Linux: systemd credentials, Secret Service ---------------------------------------------

#: The credential name in the unit: ``LoadCredentialEncrypted=shelter-kiosk-store-key:...``.
SYSTEMD_CREDENTIAL = "shelter-kiosk-store-key"


class SystemdCredentialProvider:
    """The key as a systemd credential (32 raw bytes or 64 hex digits), which systemd
    decrypts (TPM2 and/or host key) into ``$CREDENTIALS_DIRECTORY`` for the service only.
    Provisioned by IT (docs/store.md); the kiosk never creates it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> bytes | None:
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        if len(data) == KEY_BYTES:
            return data
        with contextlib.suppress(ValueError):
            key = bytes.fromhex(data.decode("ascii").strip())
            if len(key) == KEY_BYTES:
                return key
        log.error("the store key credential is not 32 bytes; treating the key as lost")
        return None

    def create(self) -> bytes:
        raise StorageError(
            "the store key credential is empty or damaged; IT provisions it (docs/store.md)"
        )

    def describe(self) -> str:
        return f"systemd credential {SYSTEMD_CREDENTIAL}"


class SecretCollection(Protocol):
    """The part of a Secret Service collection (secretstorage) the store uses."""

    def is_locked(self) -> bool: ...

    def search_items(self, attributes: dict[str, str]) -> Iterator[Any]: ...

    def create_item(
        self, label: str, attributes: dict[str, str], secret: bytes, replace: bool = ...
    ) -> Any: ...


_SECRET_ATTRIBUTES = {"application": _KEYRING_SERVICE, "item": _KEYRING_USER}


class SecretServiceKeyProvider:
    """The key in the Secret Service's default collection (GNOME Keyring, KWallet...):
    protected by the user's login password when the keyring is unlocked at login. Never
    unlocks (that would pop up a dialog on the kiosk screen)."""

    def __init__(self, collection: Callable[[], SecretCollection]) -> None:
        self._collection = collection

    def _items(self, collection: SecretCollection) -> list[Any]:
        items = list(collection.search_items(_SECRET_ATTRIBUTES))
        # Two processes that created one each at the same moment agree on the oldest.
        return sorted(items, key=lambda item: (item.get_created(), str(item.item_path)))

    def load(self) -> bytes | None:
        collection = self._collection()
        if collection.is_locked():
            return None
        for item in self._items(collection):
            with contextlib.suppress(ValueError):
                key = bytes.fromhex(bytes(item.get_secret()).decode("ascii"))
                if len(key) == KEY_BYTES:
                    return key
        return None

    def create(self) -> bytes:
        collection = self._collection()
        if collection.is_locked():
            raise StorageError("the desktop keyring is locked; the store key cannot be stored")
        key = secrets.token_bytes(KEY_BYTES)
        collection.create_item(
            "Shelter kiosk record store key", _SECRET_ATTRIBUTES, key.hex().encode(), False
        )
        stored = self.load()
        return stored if stored is not None else key

    def describe(self) -> str:
        return "Secret Service (desktop keyring)"


def _secret_service_collection() -> SecretCollection | None:  # pragma: no cover - desktop only
    """The default collection when a Secret Service runs and is unlocked, else None."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    try:
        import secretstorage

        collection: SecretCollection = secretstorage.get_default_collection(
            secretstorage.dbus_init()
        )
        return None if collection.is_locked() else collection
    except Exception:
        return None


# -- choosing ---------------------------------------------------------------------------------


def default_key_provider(
    data_dir: Path,
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    secret_service: Callable[[], SecretCollection | None] | None = None,
    keyring_available: Callable[[], bool] | None = None,
) -> KeyProvider:
    """The key's place on this machine (see the module docstring; docs/store.md)."""
    env = os.environ if environ is None else environ
    has_keyring = (keyring_available or real_keyring_available)()
    if platform == "win32":
        return DpapiKeyFileProvider(
            data_dir / "store.key.dpapi", legacy=KeyringKeyProvider() if has_keyring else None
        )
    credentials = env.get("CREDENTIALS_DIRECTORY")
    if credentials and (Path(credentials) / SYSTEMD_CREDENTIAL).is_file():
        return SystemdCredentialProvider(Path(credentials) / SYSTEMD_CREDENTIAL)
    key_file = KeyFileProvider(data_dir / "store.key")
    if platform == "darwin" and has_keyring and key_file.load() is None:
        return KeyringKeyProvider()
    if platform.startswith("linux") and not key_file.path.exists():
        collection = (secret_service or _secret_service_collection)()
        if collection is not None:
            return SecretServiceKeyProvider(lambda: collection)
    with contextlib.suppress(OSError):
        data_dir.mkdir(parents=True, exist_ok=True)
        data_dir.chmod(0o700)
    return key_file
