"""Building the sync worker from the settings (the UI and the CLI use the same wiring)."""

from __future__ import annotations

from kiosk.clock import Clock
from kiosk.settings import Settings
from kiosk.store.retention import Retention
from kiosk.store.store import RecordStore
from kiosk.sync.transport import HttpTransport
from kiosk.sync.worker import StatusListener, SyncWorker


def build_worker(
    settings: Settings,
    store: RecordStore,
    *,
    token: str | None = None,
    url: str | None = None,
    clock: Clock | None = None,
    listener: StatusListener | None = None,
    max_idle_wait_s: float = 60.0,
) -> SyncWorker | None:
    """A worker for the configured server, or None when no API URL is set.

    The store's record listener wakes the worker, so a new check-in goes out at once.
    Records written by another process are only seen every ``max_idle_wait_s``.
    """
    base_url = url or settings.api.url
    if not base_url:
        return None
    transport = HttpTransport(
        base_url,
        token if token is not None else settings.api.token,
        timeout_s=settings.api.timeout_s,
    )
    worker = SyncWorker(
        store,
        transport,
        clock=clock,
        batch_size=settings.api.batch_size,
        retention=Retention(store, delay_hours=settings.store.retention_delay_hours, clock=clock),
        listener=listener,
        max_idle_wait_s=max_idle_wait_s,
    )
    store.subscribe(worker.wake)
    return worker
