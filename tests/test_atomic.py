"""The exclusive create shared by the terminal id file and the store key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.atomic import NoHardLinksError, create_new_file
from kiosk.store.keys import KEY_BYTES, KeyFileProvider


def test_the_first_creator_wins_and_the_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "id"
    assert create_new_file(path, b"first")
    assert not create_new_file(path, b"second")
    assert path.read_bytes() == b"first"
    assert path.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in path.parent.iterdir()) == ["id"]  # no temp file left


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system that refuses hard links (some FAT or network shares)."""

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("kiosk.atomic.os.link", refuse)


@pytest.mark.usefixtures("no_hard_links")
def test_a_refused_link_is_told_apart_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(NoHardLinksError):
        create_new_file(tmp_path / "id", b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("no_hard_links")
def test_the_key_file_falls_back_to_an_exclusive_open_without_hard_links(tmp_path: Path) -> None:
    provider = KeyFileProvider(tmp_path / "store.key")
    key = provider.create()
    assert len(key) == KEY_BYTES
    assert provider.load() == key
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.key"]
