"""Where the key lives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.errors import StorageError
from kiosk.store import (
    FakeKeyProvider,
    KeyFileProvider,
    KeyProvider,
    RecordStore,
    default_key_provider,
)
from kiosk.store.keys import (
    KEY_BYTES,
    SYSTEMD_CREDENTIAL,
    DpapiKeyFileProvider,
    SecretServiceKeyProvider,
    SystemdCredentialProvider,
    real_keyring_available,
)
from tests.store.factories import check_in


def test_without_an_os_credential_store_the_key_goes_to_an_owner_only_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kiosk.store.keys.real_keyring_available", lambda: False)
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setattr("kiosk.store.keys._secret_service_collection", lambda: None)
    provider = default_key_provider(tmp_path / "data", secret_service=lambda: None)
    assert isinstance(provider, KeyFileProvider)
    assert provider.path.parent == tmp_path / "data"
    assert provider.load() is None
    key = provider.create()
    assert len(key) == KEY_BYTES
    assert provider.load() == key
    assert provider.path.stat().st_mode & 0o077 == 0
    assert "store.key" in provider.describe()


def test_a_truncated_key_file_counts_as_lost_not_repaired(tmp_path: Path) -> None:
    provider = KeyFileProvider(tmp_path / "store.key")
    provider.create()
    provider.path.write_bytes(provider.path.read_bytes()[:10])
    assert provider.load() is None


def test_the_fail_backend_is_not_a_credential_store() -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert real_keyring_available() is False
    finally:
        keyring.set_keyring(previous)


# -- choosing the key's place (issue 8 points 3 and 4) -----------------------------------------


def _no_secret_service() -> None:
    return None


def _linux(tmp_path: Path, **env: str) -> KeyProvider:
    return default_key_provider(
        tmp_path / "data",
        platform="linux",
        environ=env,
        secret_service=_no_secret_service,
        keyring_available=lambda: False,
    )


def test_a_systemd_credential_wins_on_linux_and_is_never_created(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    key = bytes(range(32))
    (credentials / SYSTEMD_CREDENTIAL).write_text(key.hex() + "\n")
    provider = _linux(tmp_path, CREDENTIALS_DIRECTORY=str(credentials))
    assert isinstance(provider, SystemdCredentialProvider)
    assert provider.load() == key
    # A store opened with it never writes a key file beside the database.
    with RecordStore(tmp_path / "data" / "kiosk.sqlite3", provider) as s:
        s.record(check_in(1))
    assert not (tmp_path / "data" / "store.key").exists()
    (credentials / SYSTEMD_CREDENTIAL).write_bytes(b"short")
    assert provider.load() is None
    with pytest.raises(StorageError):
        provider.create()


def test_without_a_credential_file_the_directory_alone_is_not_used(tmp_path: Path) -> None:
    provider = _linux(tmp_path, CREDENTIALS_DIRECTORY=str(tmp_path / "empty"))
    assert isinstance(provider, KeyFileProvider)


class _FakeItem:
    def __init__(self, secret: bytes, created: int, path: str) -> None:
        self.secret, self.created, self.item_path = secret, created, path

    def get_secret(self) -> bytes:
        return self.secret

    def get_created(self) -> int:
        return self.created


class _FakeCollection:
    """Stands in for a secretstorage collection (no Secret Service daemon here)."""

    def __init__(self, *, locked: bool = False) -> None:
        self.locked = locked
        self.items: list[tuple[dict[str, str], _FakeItem]] = []

    def is_locked(self) -> bool:
        return self.locked

    def search_items(self, attributes: dict[str, str]) -> Iterator[_FakeItem]:
        return iter([item for attrs, item in self.items if attrs == attributes])

    def create_item(
        self, label: str, attributes: dict[str, str], secret: bytes, replace: bool = False
    ) -> _FakeItem:
        item = _FakeItem(secret, len(self.items), f"/item/{len(self.items)}")
        self.items.append((attributes, item))
        return item


def test_an_unlocked_secret_service_is_used_when_no_key_file_exists(tmp_path: Path) -> None:
    collection = _FakeCollection()
    provider = default_key_provider(
        tmp_path / "data",
        platform="linux",
        environ={},
        secret_service=lambda: collection,
        keyring_available=lambda: False,
    )
    assert isinstance(provider, SecretServiceKeyProvider)
    assert provider.load() is None
    key = provider.create()
    assert provider.load() == key
    # A second process that also created one agrees on the oldest.
    SecretServiceKeyProvider(lambda: collection).create()
    assert provider.load() == key
    collection.locked = True  # never unlocked by the kiosk (that would prompt)
    assert provider.load() is None
    with pytest.raises(StorageError):
        provider.create()


def test_an_existing_key_file_keeps_being_used_on_linux(tmp_path: Path) -> None:
    KeyFileProvider(tmp_path / "data" / "store.key").create()
    provider = default_key_provider(
        tmp_path / "data",
        platform="linux",
        environ={},
        secret_service=_FakeCollection,
        keyring_available=lambda: False,
    )
    assert isinstance(provider, KeyFileProvider)


def _fake_dpapi() -> tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]]:
    """A reversible stand-in for CryptProtectData/CryptUnprotectData (not Windows here)."""
    mask = bytes(range(100, 132))

    def protect(data: bytes) -> bytes:
        return b"machine:" + bytes(a ^ b for a, b in zip(data, mask, strict=True))

    def unprotect(data: bytes) -> bytes:
        if not data.startswith(b"machine:"):
            raise OSError("not this machine")
        return bytes(a ^ b for a, b in zip(data[8:], mask, strict=True))

    return protect, unprotect


def test_windows_uses_a_machine_scope_dpapi_file_in_the_data_folder(tmp_path: Path) -> None:
    provider = default_key_provider(tmp_path / "data", platform="win32", environ={},
                                    keyring_available=lambda: False)  # fmt: skip
    assert isinstance(provider, DpapiKeyFileProvider)
    assert provider.path == tmp_path / "data" / "store.key.dpapi"
    assert "DPAPI" in provider.describe()


def test_the_first_account_to_start_leaves_the_key_readable_for_the_kiosk_account(
    tmp_path: Path,
) -> None:
    protect, unprotect = _fake_dpapi()
    path = tmp_path / "ProgramData" / "store.key.dpapi"
    admin = DpapiKeyFileProvider(path, protect=protect, unprotect=unprotect)
    key = admin.create()  # IT runs --self-test (or the kiosk) first
    assert key not in path.read_bytes()  # wrapped, not the key itself
    kiosk_account = DpapiKeyFileProvider(path, protect=protect, unprotect=unprotect)
    assert kiosk_account.load() == key  # machine scope: any account here, same key
    path.write_bytes(path.read_bytes()[:8] + b"other machine")
    assert kiosk_account.load() is None  # a copy taken elsewhere does not unwrap


def test_a_key_an_old_version_kept_per_user_is_adopted_into_the_machine_file(
    tmp_path: Path,
) -> None:
    protect, unprotect = _fake_dpapi()
    old = FakeKeyProvider(bytes(range(32)))
    path = tmp_path / "ProgramData" / "store.key.dpapi"
    provider = DpapiKeyFileProvider(path, protect=protect, unprotect=unprotect, legacy=old)
    assert provider.load() == old.load()
    assert path.exists()
    old.forget()  # the per-user entry is out of reach for the kiosk account
    assert DpapiKeyFileProvider(path, protect=protect, unprotect=unprotect).load() == bytes(
        range(32)
    )
