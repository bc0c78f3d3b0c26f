"""The bottom of every card session: a deadline per operation, and what the card received.

:class:`CardLink` sits right above the raw transport (PC/SC or the in-process emulator):

* **Deadline.** Each operation (identify, ``status()``, a read) must finish within
  ``deadline_s``. Every command runs on the link's worker thread (started on demand, gone
  after :data:`WORKER_IDLE_S` without work or once the link is closed); when the deadline
  passes first, the caller gets :class:`~kiosk.cards.api.CardTimeoutError` at once and the
  link refuses every further command (nothing is retried). The command already on its way
  cannot be taken back (pcsc-lite's ``SCardCancel`` does not cancel ``SCardTransmit``), so
  ``close()`` is deferred to the worker: the moment the card answers (or is pulled) the raw
  transport is closed, which resets the card. Meanwhile the connection stays exclusive, so
  no other program can reach the card.
* **Counting.** ``apdus_sent`` is what the card received: the raw transport's own count when
  it keeps one (PC/SC and in-process count GET RESPONSE and ``6Cxx`` resends), else one per
  command.
* **Secrets.** The worker sends its own copy of the command, wiped after the transmit, so a
  caller wiping its VERIFY buffer after a timeout cannot change what is on its way; a command
  the worker had not started when the deadline passed is never sent.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from kiosk.cards.apdu import Response, Transport, wipe
from kiosk.cards.api import CardRemovedError, CardTimeoutError

#: Seconds one card operation (identify, status, a read) may take; a real read takes < 1 s.
DEFAULT_DEADLINE_S = 8.0
#: How long opening a session waits for the reader's previous stuck command to end.
BUSY_WAIT_S = 2.0
#: The worker thread ends after this long without a command (a new one starts on demand).
WORKER_IDLE_S = 30.0


class _Call:
    __slots__ = ("apdu", "done", "error", "response", "started")

    def __init__(self, apdu: bytes | bytearray) -> None:
        self.apdu = bytearray(apdu)
        self.done = threading.Event()
        self.started = False
        self.response: Response | None = None
        self.error: BaseException | None = None


class CardLink:
    """Deadline, counting and a close that always happens once the card is free."""

    def __init__(self, raw: Transport, *, deadline_s: float | None = DEFAULT_DEADLINE_S) -> None:
        if deadline_s is not None and deadline_s <= 0:
            raise ValueError("the card deadline must be positive")
        self._raw = raw
        self._deadline_s = deadline_s
        self._deadline: float | None = None
        self._lock = threading.Lock()
        self._in_flight: _Call | None = None
        self._timed_out = False
        self._closed = False
        self._close_pending = False
        self._own_count = 0
        self._released = threading.Event()
        #: Set while no command is in flight.
        self._idle = threading.Event()
        self._idle.set()
        self._jobs: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None

    @property
    def apdus_sent(self) -> int:
        counted = getattr(self._raw, "apdus_sent", None)
        return counted if isinstance(counted, int) else self._own_count

    @contextmanager
    def operation(self) -> Iterator[None]:
        """Bound the commands sent inside the block by one deadline (nested: the outer one)."""
        if self._deadline is not None or self._deadline_s is None:
            yield
            return
        self._deadline = time.monotonic() + self._deadline_s
        try:
            yield
        finally:
            self._deadline = None

    def transmit(self, apdu: bytes | bytearray) -> Response:
        with self._lock:
            if self._timed_out:
                raise CardTimeoutError("the card stopped answering in time")
            if self._closed:
                raise CardRemovedError("the connection is closed")
        self._own_count += 1
        if self._deadline_s is None:
            return self._raw.transmit(apdu)
        deadline = self._deadline or time.monotonic() + self._deadline_s
        call = _Call(apdu)
        with self._lock:
            self._in_flight = call
            self._idle.clear()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="card-io", daemon=True)
                self._worker.start()
            self._jobs.put(call)
        if not call.done.wait(max(deadline - time.monotonic(), 0.0)):
            with self._lock:
                if not call.done.is_set():
                    self._timed_out = True
                    if not call.started:  # never sent: drop it (and its copy of the secret)
                        wipe(call.apdu)
                        self._in_flight = None
                        self._idle.set()
                    raise CardTimeoutError("the card did not answer in time")
        if call.error is not None:
            raise call.error
        assert call.response is not None
        return call.response

    def _work(self) -> None:
        while True:
            try:
                call = self._jobs.get(timeout=WORKER_IDLE_S)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._worker = None
                        return
                continue
            if call is None:
                return
            self._run(call)

    def _stop_worker(self) -> None:
        with self._lock:
            if self._worker is not None:
                self._worker = None
                self._jobs.put(None)

    def _run(self, call: _Call) -> None:
        with self._lock:
            if self._timed_out:  # the caller gave up before this command started
                call.done.set()
                return
            call.started = True
        try:
            call.response = self._raw.transmit(call.apdu)
        except BaseException as exc:  # handed to the caller, or dropped after a timeout
            call.error = exc
        finally:
            wipe(call.apdu)
            with self._lock:
                self._in_flight = None
                close_now = self._close_pending
                self._close_pending = False
                if not close_now:
                    self._idle.set()  # before done: the caller's next command clears it
                call.done.set()
            if close_now:
                self._release()
                self._idle.set()

    def close(self) -> None:
        """Close now, or as soon as the command in flight returns (the card is reset then)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._in_flight is not None:
                self._close_pending = True
                return
        self._release()

    def _release(self) -> None:
        try:
            self._raw.close()
        finally:
            self._released.set()
            self._stop_worker()

    def wait_released(self, timeout_s: float) -> bool:
        """Block until the raw transport was closed (card reset or gone); False on timeout."""
        return self._released.wait(timeout_s)

    @property
    def busy(self) -> bool:
        """A command is still on its way to (or stuck in) the card."""
        return not self._idle.is_set()

    def wait_idle(self, timeout_s: float) -> bool:
        """Block until no command is in flight (and a pending close is done); False on
        timeout."""
        return self._idle.wait(timeout_s)


class ReaderLinks:
    """The last link per reader, so a service does not open a new session on a reader whose
    previous command is still stuck in the card: that open fails with CardTimeoutError
    (take the card, place it again) instead of a sharing violation read as "no reader"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._links: dict[str, CardLink] = {}

    def check(self, reader: str) -> None:
        """CardTimeoutError if the reader's previous command is still stuck (after waiting
        up to :data:`BUSY_WAIT_S`: a card just pulled frees its stuck command at once)."""
        with self._lock:
            previous = self._links.get(reader)
        if previous is not None and not previous.wait_idle(BUSY_WAIT_S):
            raise CardTimeoutError("the card is still busy with an earlier command")

    def link(self, reader: str, raw: Transport, deadline_s: float | None) -> CardLink:
        link = CardLink(raw, deadline_s=deadline_s)
        with self._lock:
            self._links[reader] = link
        return link
