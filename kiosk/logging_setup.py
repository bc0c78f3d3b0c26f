"""Logging for the kiosk: size-capped rotating files plus an in-memory tail for staff.

Policy: log events and codes, never personal data (names, addresses, birth dates, card
bytes, secrets). As a second line of defence a filter masks long digit runs (PINs,
照合番号B, phone numbers) in every message before it is written anywhere.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import threading
from pathlib import Path

from kiosk import paths
from kiosk.redaction import mask_digit_runs

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MAX_BYTES = 1_000_000
_BACKUPS = 5


class DigitMaskingFilter(logging.Filter):
    """Masks runs of 4+ digits, which could be a PIN, 照合番号B or a phone number.

    UUIDs keep their shape (hex groups) but their digit runs are masked too; record ids in
    logs are therefore logged as the first 8 characters only by convention.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_digit_runs(message)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info:
            # Tracebacks end in the exception's message, which standard-library errors fill
            # with the offending value (e.g. a bad date string): format, mask, and keep text.
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = mask_digit_runs(text)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = mask_digit_runs(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_digit_runs(record.stack_info)
        return True


class MemoryTail(logging.Handler):
    """Keeps the last ``capacity`` formatted lines for the staff status screen."""

    def __init__(self, capacity: int = 200) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lock_tail = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        with self._lock_tail:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._lock_tail:
            return list(self._lines)


def configure(
    log_directory: Path | None = None, *, level: int = logging.INFO, console: bool = False
) -> MemoryTail:
    """Set up the root logger once at start-up and return the in-memory tail."""
    directory = log_directory or paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    masking = DigitMaskingFilter()

    file_handler = logging.handlers.RotatingFileHandler(
        directory / "kiosk.log", maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    tail = MemoryTail()
    handlers: list[logging.Handler] = [file_handler, tail]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(masking)
        root.addHandler(handler)
    logging.captureWarnings(True)
    return tail
