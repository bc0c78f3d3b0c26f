"""Building the sync worker from the settings (the UI and the CLI use the same wiring)."""

from __future__ import annotations

from kiosk.clock import Clock
from kiosk.settings import Settings
from kiosk.store.retention import Retention
from kiosk.store.store import RecordStore
from kiosk.sync.transport import HttpTransport
from kiosk.sync.worker import StatusListener, SyncWorker

#: How often the worker asks /v1/health for the server's time (clock_wrong warning).
CLOCK_CHECK_INTERVAL_S = 3600.0


def build_transport(settings: Settings, *, url: str, token: str) -> HttpTransport:
    """The HTTP transport for ``url`` with the settings' timeout and private CA (if any).

    Raises kiosk.sync.InsecureUrlError for plain http to another machine.
    """
    return HttpTransport(
        url,
        token,
        timeout_s=settings.api.timeout_s,
        ca_file=settings.api.ca_file,
    )


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

    Raises kiosk.sync.InsecureUrlError for plain http to another machine (nothing is sent).
    The store's record listener wakes the worker, so a new check-in goes out at once.
    Records written by another process are only seen every ``max_idle_wait_s``.
    """
    base_url = url or settings.api.url
    if not base_url:
        return None
    transport = build_transport(
        settings, url=base_url, token=token if token is not None else settings.api.token
    )
    worker = SyncWorker(
        store,
        transport,
        clock=clock,
        batch_size=settings.api.batch_size,
        retention=Retention(store, delay_hours=settings.store.retention_delay_hours, clock=clock),
        listener=listener,
        max_idle_wait_s=max_idle_wait_s,
        clock_check_interval_s=CLOCK_CHECK_INTERVAL_S,
    )
    store.subscribe(worker.wake)
    return worker
