"""The store's one database object: opening fails with clear errors and leaves nothing open."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.errors import StorageError
from kiosk.store import FakeKeyProvider, RecordStore


def test_a_path_that_cannot_be_a_database_is_a_storage_error(tmp_path: Path) -> None:
    folder = tmp_path / "kiosk.sqlite3"
    folder.mkdir()  # a folder where the file should be: SQLite cannot open it
    with pytest.raises(StorageError, match="cannot open the record database"):
        RecordStore(folder, FakeKeyProvider())


def test_a_data_folder_that_is_a_file_fails_with_the_os_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(OSError, match="data"):
        RecordStore(tmp_path / "data" / "kiosk.sqlite3", FakeKeyProvider())
