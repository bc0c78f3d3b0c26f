"""One kiosk per data folder: an OS lock held for the process lifetime (two real processes)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.instance_lock import LOCK_NAME, InstanceLock, InstanceLockedError
from tests.fixtures.processes import lock_held_elsewhere

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    with lock_held_elsewhere(tmp_path / "home") as process:
        yield process


def test_a_second_process_is_refused_and_gets_it_once_the_first_ends(
    holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    lock = InstanceLock(home)
    with pytest.raises(InstanceLockedError) as refused:
        lock.acquire()
    assert refused.value.code == "another_instance_running"
    assert not lock.held
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0
    with lock:  # the OS dropped the lock with the process: nothing stale to clean up
        assert lock.held
    assert not lock.held


def test_the_lock_goes_away_with_a_killed_process(
    holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    holder.kill()
    holder.wait(timeout=30)
    with InstanceLock(tmp_path / "home") as lock:
        assert lock.held
        assert (tmp_path / "home" / LOCK_NAME).read_text().strip() == str(os.getpid())


def test_the_same_process_may_take_it_once_and_release_it(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    first.acquire()
    first.acquire()  # idempotent for the holder
    first.release()
    first.release()
    with InstanceLock(tmp_path) as again:
        assert again.held
