"""Suite-wide settings. Device fixtures live in tests/fixtures/ and are loaded as plugins."""

from __future__ import annotations

import os

# Qt must never try to open a real display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.common",
    "tests.fixtures.server",
    "tests.fixtures.pcsc",
    "tests.fixtures.tls",
]
