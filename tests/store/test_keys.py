"""Where the key lives."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import KeyFileProvider, default_key_provider
from kiosk.store.keys import KEY_BYTES, real_keyring_available


def test_without_an_os_credential_store_the_key_goes_to_an_owner_only_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kiosk.store.keys.real_keyring_available", lambda: False)
    provider = default_key_provider(tmp_path / "data")
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
