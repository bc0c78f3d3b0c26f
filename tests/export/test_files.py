"""Atomic export files: a full or pulled stick leaves no partial file under the name."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.export.files import (
    ExportTargetFullError,
    ExportWriteError,
    remove_stale_partials,
    write_export_file,
)
from tests.fixtures.server import REPO


def test_writes_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.skx"
    write_export_file(target, b"x" * 100_000)
    assert target.read_bytes() == b"x" * 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["export.skx"]


def test_replaces_an_older_export_whole(tmp_path: Path) -> None:
    target = tmp_path / "export.skx"
    write_export_file(target, b"old")
    write_export_file(target, b"new")
    assert target.read_bytes() == b"new"


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError, match="USB stick"):
        write_export_file(tmp_path / "not-mounted" / "export.skx", b"data")


def test_leftovers_of_an_interrupted_export_are_cleaned_up(tmp_path: Path) -> None:
    target = tmp_path / "export.skx"
    (tmp_path / ".export.skx.abc123.partial").write_bytes(b"half")
    (tmp_path / ".other.skx.abc123.partial").write_bytes(b"not ours")
    assert remove_stale_partials(target) == 1
    write_export_file(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.skx.abc123.partial", "export.skx"]


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kiosk.export.files import write_export_file
    from kiosk.errors import KioskError
    try:
        write_export_file(Path(sys.argv[1]), b"y" * 200_000)
    except KioskError as exc:
        print(exc.code)
    """
)


def _limit_file_size() -> None:
    # The kernel refuses to grow any file past 64 KiB (EFBIG), like a stick with that much
    # room left; SIGXFSZ ignored so the write fails instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))


def test_file_size_limit_is_reported_as_a_full_target_with_no_partial_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "export.skx"
    target.write_bytes(b"previous export")
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_file_size,
        check=False,
    )
    assert child.stdout.strip() == "export_target_full", child.stderr[-2000:]
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.skx"]


def test_a_really_full_file_system_is_a_full_target(small_stick: Path) -> None:
    target = small_stick / "export.skx"
    with pytest.raises(ExportTargetFullError) as caught:
        write_export_file(target, b"z" * 200_000)
    assert caught.value.code == "export_target_full"
    assert "nothing was written" in str(caught.value)
    assert list(small_stick.iterdir()) == []


_CRASH_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from kiosk.export import files

    real_fsync = os.fsync

    def fsync_then_hang(fd):
        real_fsync(fd)
        print("written", flush=True)
        sys.stdin.read()  # the parent pulls the plug (SIGKILL) here, before the rename

    files.os.fsync = fsync_then_hang
    files.write_export_file(Path(sys.argv[1]), b"n" * 100_000)
    """
)


def test_a_writer_killed_before_the_rename_leaves_no_file_under_the_name(
    tmp_path: Path,
) -> None:
    target = tmp_path / "export.skx"
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASH_CHILD, str(target)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline() == b"written\n"
        child.kill()
        child.wait(30)
    finally:
        child.stdout.close()
        child.stdin.close()
    assert not target.exists()
    leftovers = list(tmp_path.glob(".export.skx.*.partial"))
    assert len(leftovers) == 1
    write_export_file(target, b"whole")  # the next export cleans up after the crash
    assert [p.name for p in tmp_path.iterdir()] == ["export.skx"]
