"""New settings are applied on the network worker, which may drop the sync worker (a URL
refused as insecure) while the GUI thread asks for the status or staff press "send now"."""

from __future__ import annotations

from typing import Any

from kiosk.ui.services import SyncControl


class _Worker:
    def __init__(self) -> None:
        self.woken = 0

    def status(self) -> str:
        return "worker status"

    def wake(self, *, retry_now: bool = False) -> None:
        self.woken += 1


class _DroppedBetweenReads(SyncControl):
    """The network worker sets ``worker`` to None right after the first read."""

    def __init__(self, worker: _Worker) -> None:  # no store, no settings: only the race
        self._reads = 0
        self._worker = worker
        self.refused = None

    @property  # type: ignore[override]
    def worker(self) -> Any:
        self._reads += 1
        return self._worker if self._reads == 1 else None


def test_status_reads_the_worker_once() -> None:
    control = _DroppedBetweenReads(_Worker())
    assert control.status() == "worker status"


def test_send_now_reads_the_worker_once() -> None:
    worker = _Worker()
    _DroppedBetweenReads(worker).send_now()
    assert worker.woken == 1
