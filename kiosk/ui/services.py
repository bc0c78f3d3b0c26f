"""Builds the real (or demo) services for the composition root.

Kept apart from app.py so tests can hand KioskApp their own Services, and so every heavy
import (pyscard, pyttsx3, requests) happens here, once, at start-up.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.clock import SystemClock
from kiosk.settings import Settings
from kiosk.ui.app import Services
from kiosk.ui.bridges import SyncStatus

log = logging.getLogger(__name__)


def sync_status_from(worker_status: Any, configured: bool) -> SyncStatus:
    """Adapts kiosk.sync's status to what the staff panel shows."""
    last = worker_status.last_success_at
    return SyncStatus(
        online=worker_status.reachable if configured else None,
        waiting=worker_status.waiting,
        quarantined=worker_status.dead,
        last_sync=last.astimezone().strftime("%Y-%m-%d %H:%M:%S") if last else "",
        last_error=worker_status.last_error,
    )


def open_store(settings: Settings, clock: Any) -> Any:
    from kiosk.store import RecordStore, default_key_provider

    return RecordStore(settings.database_path(), default_key_provider(paths.data_dir()), clock)


def start_sync(
    store: Any, url: str, token: str, settings: Settings, clock: Any
) -> tuple[Any, Callable[[], SyncStatus]]:
    from kiosk.sync.transport import HttpTransport
    from kiosk.sync.worker import SyncWorker, read_status

    if not url:
        return None, lambda: sync_status_from(read_status(store), configured=False)
    transport = HttpTransport(url, token, timeout_s=settings.api.timeout_s)
    worker = SyncWorker(store, transport, clock=clock, batch_size=settings.api.batch_size)
    store.subscribe(worker.wake)
    worker.start()
    return worker, lambda: sync_status_from(worker.status(), configured=True)


def start_demo_server() -> tuple[Any, str, str]:
    """A reference management server on loopback, for demo mode without an API URL."""
    from kiosk.mgmt_server.server import ManagementServer

    token = secrets.token_urlsafe(16)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-demo-server-"))
    server = ManagementServer(folder / "server.sqlite3", token, host="127.0.0.1").start()
    log.info("demo: reference management server on %s", server.url)
    return server, server.url, token


def speaker(settings: Settings) -> Any:
    from kiosk.speech import NullSpeaker, SpeechWorker

    if not settings.ui.voice_enabled:
        return NullSpeaker()
    try:
        return SpeechWorker()
    except Exception:
        log.exception("speech unavailable; continuing without voice")
        return NullSpeaker()


def staff_accounts() -> Any:
    from kiosk.staff import StaffAccounts

    return StaffAccounts()


def card_services(settings: Settings, demo: bool) -> tuple[Any, Any, Any]:
    """(CardReaderService, CardMonitor, DemoCards | None)."""
    from kiosk.ui import demo as demo_cards

    if demo:
        return demo_cards.in_process(settings)
    return demo_cards.pcsc(settings)


class SyncControl:
    """The sync worker for the current settings: started, re-pointed or left off on change."""

    def __init__(self, store: Any, settings: Settings, clock: Any) -> None:
        self.store = store
        self.clock = clock
        self.worker: Any = None
        self._status: Callable[[], SyncStatus] = SyncStatus
        self.apply(settings.api.url, settings.api.token, settings)

    def apply(self, url: str, token: str, settings: Settings) -> None:
        if self.worker is not None and url:
            from kiosk.sync.transport import HttpTransport

            self.worker.set_transport(HttpTransport(url, token, timeout_s=settings.api.timeout_s))
            return
        if self.worker is None:
            self.worker, self._status = start_sync(self.store, url, token, settings, self.clock)

    def status(self) -> SyncStatus:
        return self._status()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()


def build(settings: Settings, *, demo: bool, log_tail: Callable[[], list[str]] = list) -> Services:
    clock = SystemClock()
    cards, monitor, demo_control = card_services(settings, demo)
    store = open_store(settings, clock)
    server = None
    url, token = settings.api.url, settings.api.token
    if demo and not url:
        server, url, token = start_demo_server()
    sync = SyncControl(store, settings, clock)
    if server is not None:
        sync.apply(url, token, settings)
    voice = speaker(settings)
    # Shutdown order: stop sending, close the database, then the demo server and the voice.
    closers: list[Callable[[], None]] = [sync.stop, store.close]
    if server is not None:
        closers.append(server.stop)
    closers.append(voice.close)

    def settings_changed(new: Settings) -> None:
        if new.api.url:
            sync.apply(new.api.url, new.api.token, new)

    return Services(
        cards=cards,
        monitor=monitor,
        recorder=store,
        staff=staff_accounts(),
        speaker=voice,
        clock=clock,
        sync_status=sync.status,
        demo=demo_control,
        log_tail=log_tail,
        closers=closers,
        settings_changed=settings_changed,
    )
