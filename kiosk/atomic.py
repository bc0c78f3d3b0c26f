"""Crash-safe file replacement: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def _finished_temp(path: Path, data: bytes, mode: int) -> Iterator[Path]:
    """A temp file next to ``path`` holding ``data``, fsynced, with ``mode``; removed on the
    way out unless the body moved it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` via a temp file, fsync and ``os.replace``.

    ``mode`` defaults to owner-only: these files hold tokens, password hashes and keys.
    """
    with _finished_temp(path, data, mode) as tmp:
        tmp.replace(path)
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


class NoHardLinksError(OSError):
    """The file system refused the hard link an exclusive create needs (some FAT or network
    shares): the caller chooses its fallback."""


def create_new_file(path: Path, data: bytes, *, mode: int = 0o600) -> bool:
    """Create ``path`` holding ``data`` unless it exists: True when this call made it, False
    when it was there already (left as it is).

    The file appears complete or not at all (a hard link of a finished, fsynced temp file is
    an exclusive create like O_EXCL), so a process starting at the same moment never reads
    half of it and two processes never both win. :class:`NoHardLinksError` when the link
    itself fails for another reason.
    """
    with _finished_temp(path, data, mode) as tmp:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as exc:
            raise NoHardLinksError(exc.errno, exc.strerror, str(path)) from exc
    fsync_dir(path.parent)
    return True


def fsync_dir(directory: Path) -> None:
    """Make a new or renamed directory entry durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
