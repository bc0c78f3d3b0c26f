"""Fixtures of the phone registration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.webreg.helpers import Kiosk, make_kiosk


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    """A running phone registration server with its store."""
    yield from make_kiosk(tmp_path)
