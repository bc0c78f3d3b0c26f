"""Bridges between blocking/background services and the GUI thread.

* :class:`Worker` owns one thread for one blocking library (the card reader, the store).
  Jobs run there in order; their outcome comes back to the GUI thread by a queued signal.
* :class:`CardMonitorBridge` re-emits the card monitor's callbacks (made on the monitor's own
  thread) as Qt signals.
* :class:`SyncStatusBridge` polls the outbox/sync status (kiosk.sync's one
  :class:`~kiosk.sync.status.SyncStatus`) on the store worker and emits it.
* :class:`StoreStateBridge` reads the record database's condition (kiosk.store
  StoreCondition, the last repair's report) and the records on hold on the store worker,
  when the store reports a change and whenever asked.
* :class:`SpeechBridge` hands prompts to the speech service (which owns its own thread).

No widget is ever touched off the GUI thread, and nothing calls ``processEvents()``.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.cards.api import CardEvent, CardEventKind, CardMonitor, ReaderInfo
from kiosk.flow.contract import Prompt
from kiosk.services import Speaker, StoreView
from kiosk.speech import NullSpeaker
from kiosk.store import DeadRecord, SalvageReport, StoreCondition
from kiosk.sync.status import SyncStatus

log = logging.getLogger(__name__)

__all__ = ["NullSpeaker", "Speaker", "StoreView"]  # re-exported for older imports


T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a background job produced: a value or the exception it raised."""

    value: T | None = None
    error: BaseException | None = None

    def result(self) -> T:
        """The job's return value (call it once ``error`` is None); raises the job's error."""
        if self.error is not None:
            raise self.error
        # No error: ``value`` is what the job returned (None when the job returns None).
        return cast(T, self.value)


class Worker(QObject):
    """One background thread; :meth:`submit` runs a callable there and reports on the GUI thread.

    The thread emits ``_finished`` with a job number only; Qt queues the call to ``_deliver``
    onto the thread this QObject lives in (the GUI thread), which looks up the callback and
    the outcome. (Plain ints cross threads; Python objects stay in Python.)

    The thread is a daemon and every wait on it is bounded: a card transmit that never
    returns cannot hang the kiosk's shutdown.
    """

    _finished = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._lock = threading.Lock()
        self._next_job = 0
        #: The numbers of the jobs whose result handler has not run yet.
        self._waiting: set[int] = set()
        #: Job number -> its result handler bound to its outcome, once the job has run.
        self._outcomes: dict[int, Callable[[], None]] = {}
        self._shut_down = False
        self._finished.connect(self._deliver)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job()

    def submit(self, job: Callable[[], T], on_done: Callable[[Outcome[T]], None]) -> None:
        if self._shut_down:
            log.info("%s: shut down, job dropped", self.name)
            return
        with self._lock:
            self._next_job += 1
            number = self._next_job
            self._waiting.add(number)
            first = len(self._waiting) == 1
        if first:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                outcome = Outcome(value=job())
            except BaseException as exc:
                outcome = Outcome[T](error=exc)
            with self._lock:
                self._outcomes[number] = lambda: on_done(outcome)
            self._finished.emit(number)

        self._jobs.put(run)

    def call(self, job: Callable[[], T], timeout_s: float | None = None) -> T:
        """Run ``job`` on this worker's thread and wait (start-up and shutdown only).
        Raises TimeoutError when it takes longer than ``timeout_s``."""
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(job())
            except BaseException as exc:
                future.set_exception(exc)

        self._jobs.put(run)
        try:
            return future.result(timeout_s)
        except FutureTimeout:
            raise TimeoutError(f"{self.name}: job still running after {timeout_s} s") from None

    @property
    def idle(self) -> bool:
        with self._lock:
            return not self._waiting

    @Slot(int)
    def _deliver(self, number: int) -> None:
        with self._lock:
            waited = number in self._waiting
            self._waiting.discard(number)
            deliver = self._outcomes.pop(number, None)
            idle = not self._waiting
        if not waited or deliver is None:
            return  # shut down meanwhile
        if idle:
            self.busy_changed.emit(False)
        try:
            deliver()
        except Exception:
            log.exception("%s: result handler failed", self.name)

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Drop waiting jobs, let the running one finish within ``timeout_s``. False when the
        thread is still stuck (it is a daemon: it does not keep the process alive)."""
        self._shut_down = True
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        self._jobs.put(None)
        self._thread.join(timeout_s)
        with self._lock:
            self._waiting.clear()
            self._outcomes.clear()
        if self._thread.is_alive():
            log.error("%s: still busy after %s s; not waiting any longer", self.name, timeout_s)
            return False
        return True


class CardMonitorBridge(QObject):
    """Re-emits :class:`CardMonitor` events (monitor thread) as signals (GUI thread)."""

    card_inserted = Signal(str)
    card_removed = Signal(str)
    reader_attached = Signal(str)
    reader_detached = Signal(str)

    def __init__(self, monitor: CardMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._monitor.start(self._on_event)
            self._started = True

    def stop(self) -> None:
        if self._started:
            self._monitor.stop()
            self._started = False

    def readers(self) -> list[ReaderInfo]:
        try:
            return self._monitor.readers()
        except Exception:
            log.exception("card monitor: listing readers failed")
            return []

    def _on_event(self, event: CardEvent) -> None:
        # Runs on the monitor's thread: only emit, never touch widgets here.
        signal = {
            CardEventKind.CARD_INSERTED: self.card_inserted,
            CardEventKind.CARD_REMOVED: self.card_removed,
            CardEventKind.READER_ATTACHED: self.reader_attached,
            CardEventKind.READER_DETACHED: self.reader_detached,
        }[event.kind]
        signal.emit(event.reader)


class SyncStatusSource(Protocol):
    def __call__(self) -> SyncStatus: ...


class SyncStatusBridge(QObject):
    """Polls a status source on the store worker every few seconds; emits on change."""

    status_changed = Signal(object)

    def __init__(
        self,
        source: Callable[[], SyncStatus],
        worker: Worker,
        interval_ms: int = 3000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._worker = worker
        self.status = SyncStatus()
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self._worker.submit(self._source, self._on_status)

    def _on_status(self, outcome: Outcome[SyncStatus]) -> None:
        self._in_flight = False
        if outcome.error is not None:
            log.warning("sync status unavailable: %s", type(outcome.error).__name__)
            return
        status = outcome.result()
        if status != self.status:
            self.status = status
            self.status_changed.emit(self.status)


@dataclass(frozen=True)
class StoreState:
    """The record database as staff see it: its condition, the last repair's report (until
    staff have read it) and the first records on hold (ids and typed reasons only)."""

    condition: StoreCondition = StoreCondition.OK
    report: SalvageReport | None = None
    on_hold: tuple[DeadRecord, ...] = field(default_factory=tuple)

    @property
    def can_record(self) -> bool:
        """False while the database is damaged beyond repair (the flow then reads no card)."""
        return self.condition is not StoreCondition.CORRUPT


#: Records on hold listed on the staff panel (the total is in the sync status).
ON_HOLD_SHOWN = 20


def read_store_state(store: StoreView) -> StoreState:
    """On the store worker: the condition, the report and the records on hold. A damaged
    database met while reading is reported by the store itself (its condition changes)."""
    condition = store.condition
    if condition is StoreCondition.CORRUPT:
        return StoreState(condition)  # nothing more is read from a damaged file
    report = store.salvage_report() if condition is StoreCondition.RECOVERED else None
    on_hold = tuple(store.dead_records(ON_HOLD_SHOWN))
    return StoreState(store.condition, report, on_hold)


class StoreStateBridge(QObject):
    """Emits :class:`StoreState` on the GUI thread: at start, when the store reports a new
    condition (from whichever thread met the damage), and on :meth:`refresh`."""

    state_changed = Signal(object)
    _condition_reported = Signal()

    def __init__(
        self, store: StoreView | None, worker: Worker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._worker = worker
        self.state = StoreState()
        self._in_flight = False
        self._again = False
        self._condition_reported.connect(self.refresh)  # queued: emitted off the GUI thread
        if store is not None:
            store.subscribe_condition(lambda _condition: self._condition_reported.emit())

    def refresh(self) -> None:
        if self._store is None:
            return
        if self._in_flight:
            self._again = True  # a change came while reading: read once more after
            return
        self._in_flight = True
        store = self._store
        self._worker.submit(lambda: read_store_state(store), self._on_state)

    def _on_state(self, outcome: Outcome[StoreState]) -> None:
        self._in_flight = False
        if outcome.error is not None:
            log.warning("store state unavailable: %s", type(outcome.error).__name__)
        elif outcome.result() != self.state:
            self.state = outcome.result()
            self.state_changed.emit(self.state)
        if self._again:
            self._again = False
            self.refresh()


class SpeechBridge(QObject):
    """Speaks prompts when voice is on. Only fixed, translated prompts: never personal data."""

    spoken = Signal(object, str)  # the Prompt, its language (for tests and the staff panel)

    def __init__(self, speaker: Speaker, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self.enabled = enabled

    def speak(self, prompt: Prompt, text: str, language: str) -> None:
        if not self.enabled or not text:
            return
        try:
            self._speaker.speak(text, language)
            self.spoken.emit(prompt, language)
        except Exception:
            log.exception("speech failed")

    def stop(self) -> None:
        try:
            self._speaker.stop()
        except Exception:
            log.exception("stopping speech failed")
