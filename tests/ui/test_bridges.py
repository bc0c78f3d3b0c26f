"""The bridges deliver background results and device events on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from kiosk.cards.api import CardEvent, CardEventKind, ReaderInfo
from kiosk.sync.status import SyncStatus
from kiosk.ui.bridges import CardMonitorBridge, Outcome, SyncStatusBridge, Worker


def test_worker_runs_jobs_off_the_gui_thread_and_reports_on_it(qtbot: Any) -> None:
    worker = Worker("test-io")
    gui_thread = threading.get_ident()
    ran_on: list[int] = []
    delivered_on: list[int] = []
    outcomes: list[Outcome] = []

    def job() -> int:
        ran_on.append(threading.get_ident())
        return 42

    def done(outcome: Outcome) -> None:
        delivered_on.append(threading.get_ident())
        outcomes.append(outcome)

    worker.submit(job, done)
    qtbot.waitUntil(lambda: bool(outcomes))
    assert ran_on[0] != gui_thread
    assert delivered_on == [gui_thread]
    assert outcomes[0] == Outcome(value=42)
    assert outcomes[0].result() == 42
    assert worker.idle
    worker.shutdown()


def test_worker_reports_exceptions_as_outcomes(qtbot: Any) -> None:
    worker = Worker("test-io")
    outcomes: list[Outcome] = []

    def fail() -> None:
        raise ValueError("boom")

    worker.submit(fail, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes))
    assert isinstance(outcomes[0].error, ValueError)
    with pytest.raises(ValueError, match="boom"):
        outcomes[0].result()  # the job's own error, never a value of None
    worker.shutdown()
    worker.submit(lambda: 1, outcomes.append)  # after shutdown: dropped, no crash
    assert len(outcomes) == 1


class ThreadedMonitor:
    def __init__(self) -> None:
        self.listener: Any = None

    def start(self, listener: Any) -> None:
        self.listener = listener

    def stop(self) -> None:
        self.listener = None

    def readers(self) -> list[ReaderInfo]:
        return [ReaderInfo("Reader A", False)]

    def fire_from_thread(self, kind: CardEventKind) -> None:
        thread = threading.Thread(target=self.listener, args=(CardEvent(kind, "Reader A"),))
        thread.start()
        thread.join()


def test_card_monitor_events_arrive_on_the_gui_thread(qtbot: Any) -> None:
    monitor = ThreadedMonitor()
    bridge = CardMonitorBridge(monitor)
    bridge.start()
    received: list[tuple[str, int]] = []
    bridge.card_inserted.connect(lambda reader: received.append((reader, threading.get_ident())))
    with qtbot.waitSignal(bridge.card_inserted, timeout=2000):
        monitor.fire_from_thread(CardEventKind.CARD_INSERTED)
    assert received == [("Reader A", threading.get_ident())]
    bridge.stop()


def test_sync_status_bridge_emits_changes_only(qtbot: Any) -> None:
    worker = Worker("store-io")
    statuses = iter([SyncStatus(pending=2), SyncStatus(pending=2), SyncStatus(pending=0)])
    bridge = SyncStatusBridge(lambda: next(statuses), worker, interval_ms=10_000)
    seen: list[SyncStatus] = []
    bridge.status_changed.connect(seen.append)
    with qtbot.waitSignal(bridge.status_changed, timeout=2000):
        bridge.refresh()
    qtbot.waitUntil(lambda: worker.idle)
    bridge.refresh()
    qtbot.waitUntil(lambda: worker.idle)
    with qtbot.waitSignal(bridge.status_changed, timeout=2000):
        bridge.refresh()
    assert [s.waiting for s in seen] == [2, 0]
    worker.shutdown()
