"""Fixtures of the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.store import FakeKeyProvider, RecordStore


@pytest.fixture
def store(tmp_path: Path, fake_clock: FakeClock) -> Iterator[RecordStore]:
    """A real record store in a file under the test's folder, on the fake clock."""
    s = RecordStore(tmp_path / "kiosk.sqlite3", FakeKeyProvider(), fake_clock)
    yield s
    s.close()
