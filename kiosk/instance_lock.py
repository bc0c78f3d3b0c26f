"""One kiosk per data folder: an OS lock on ``<data folder>/kiosk.lock``, held for the
process lifetime.

Two kiosk processes on one data folder would both record, both sync and both purge. The lock
is the operating system's (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so it
goes away with the process however it ends (crash, power loss, kill): there is never a stale
lock to clean up. The lock file itself stays; only the lock on it matters. Its descriptor is
not inherited by child processes (PEP 446), so a helper process the kiosk starts cannot keep
the lock alive after the kiosk is gone.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from kiosk import paths
from kiosk.errors import KioskError

LOCK_NAME = "kiosk.lock"


class InstanceLockedError(KioskError):
    """Another kiosk process already holds this data folder."""

    code = "another_instance_running"
    needs_staff = True

    def __init__(self, folder: Path) -> None:
        super().__init__(f"another kiosk is already running on the data folder {folder}")
        self.folder = folder


class InstanceLock:
    """``with InstanceLock(folder):`` or ``lock.acquire()`` / ``lock.release()``."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir()
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`InstanceLockedError` at once (never waits)."""
        if self._fd is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise InstanceLockedError(self.folder) from None
        self._fd = fd
        # For people looking at the folder: which process holds it (no personal data).
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # raises OSError when another process holds it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when held elsewhere

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
