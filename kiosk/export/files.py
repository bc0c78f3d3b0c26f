"""Writing an export file to a USB stick: all of it or nothing under the file's name.

The bytes go to a temporary file beside the target, are fsynced, then renamed over the
target and the folder is fsynced: a stick pulled at any moment leaves either no file (or
the previous one) or the whole new one under the name staff chose. A full stick is a
:class:`ExportTargetFullError` and the temporary file is removed.

No chmod: USB sticks are usually FAT/exFAT, where Linux refuses permission changes; the
temporary file is created owner-only (mkstemp) wherever the file system keeps modes, and the
content is encrypted anyway.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from kiosk.atomic import fsync_dir
from kiosk.export.envelope import ExportError

_TMP_SUFFIX = ".partial"
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class ExportTargetFullError(ExportError):
    code = "export_target_full"


class ExportWriteError(ExportError):
    code = "export_write_failed"


def _tmp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_stale_partials(path: Path) -> int:
    """Delete temporary files an earlier, interrupted export of ``path`` left behind."""
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(_tmp_prefix(path) + "*" + _TMP_SUFFIX):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def write_export_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably; typed errors, no partial file."""
    directory = path.parent
    if not directory.is_dir():
        raise ExportWriteError(f"the folder {directory} does not exist (is the USB stick in?)")
    if path.is_dir():
        raise ExportWriteError(f"{path} is a folder; give a file name")
    remove_stale_partials(path)
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_tmp_prefix(path), suffix=_TMP_SUFFIX, dir=directory)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
        tmp = None
        fsync_dir(directory)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if exc.errno in _FULL_ERRNOS:
            raise ExportTargetFullError(
                f"not enough space in {directory} for the export ({len(data)} bytes needed);"
                " nothing was written"
            ) from exc
        raise ExportWriteError(
            f"the export could not be written to {directory}: {exc.strerror or exc}"
        ) from exc
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
