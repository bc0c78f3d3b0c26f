"""Checking the store (self-test, status) never creates a database or a key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import paths
from kiosk.settings import Settings
from kiosk.store import (
    StoreKeyLostError,
    StoreMissingError,
    open_existing,
    open_store,
    store_key_provider,
)
from tests.store.factories import check_in


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setattr("kiosk.store.keys._secret_service_collection", lambda: None)
    monkeypatch.setattr("kiosk.store.keys.real_keyring_available", lambda: False)
    return tmp_path / "home"


def _created(home: Path) -> list[str]:
    return sorted(p.name for p in home.rglob("*")) if home.exists() else []


def test_no_database_gives_store_missing_and_creates_nothing(home: Path) -> None:
    with pytest.raises(StoreMissingError) as caught:
        open_existing(Settings())
    assert caught.value.code == "store_missing"
    assert [n for n in _created(home) if "sqlite" in n or "key" in n] == []
    assert store_key_provider().load() is None


def test_an_existing_store_opens_and_a_missing_key_is_reported_not_created(home: Path) -> None:
    settings = Settings()
    with open_store(settings) as s:
        s.record(check_in(1))
    with open_existing(settings) as s:
        assert s.counts()["pending"] == 1 and s.has_key
    key_file = paths.data_dir() / "store.key"
    key_file.unlink()
    with pytest.raises(StoreKeyLostError):
        open_existing(settings)
    assert not key_file.exists()
    with open_existing(settings, with_key=False) as s:
        assert s.counts()["pending"] == 1
