"""Background sync of the outbox to the management API (Qt-free)."""

from kiosk.sync.backoff import Backoff
from kiosk.sync.factory import build_transport, build_worker
from kiosk.sync.status import Problem, SyncProblem, SyncStatus
from kiosk.sync.transport import (
    FakeTransport,
    HttpAnswer,
    HttpTransport,
    InsecureUrlError,
    Transport,
    TransportError,
)
from kiosk.sync.worker import StatusListener, SyncWorker, read_status

__all__ = [
    "Backoff",
    "FakeTransport",
    "HttpAnswer",
    "HttpTransport",
    "InsecureUrlError",
    "Problem",
    "StatusListener",
    "SyncProblem",
    "SyncStatus",
    "SyncWorker",
    "Transport",
    "TransportError",
    "build_transport",
    "build_worker",
    "read_status",
]
