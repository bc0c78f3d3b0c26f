"""Background sync of the outbox to the management API (Qt-free)."""

from kiosk.sync.backoff import Backoff
from kiosk.sync.factory import build_worker
from kiosk.sync.transport import FakeTransport, HttpAnswer, HttpTransport, Transport, TransportError
from kiosk.sync.worker import StatusListener, SyncStatus, SyncWorker, read_status

__all__ = [
    "Backoff",
    "FakeTransport",
    "HttpAnswer",
    "HttpTransport",
    "StatusListener",
    "SyncStatus",
    "SyncWorker",
    "Transport",
    "TransportError",
    "build_worker",
    "read_status",
]
