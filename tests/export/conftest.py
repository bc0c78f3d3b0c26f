"""A small, real file system standing in for a USB stick that fills up."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs mounted in the test's folder (needs root); skipped where mounting is
    not allowed. test_files.py covers the same path with RLIMIT_FSIZE everywhere."""
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount_point)],
        check=False,
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount permission)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False, capture_output=True)
