"""Offline-first local record store: encrypted personal fields, outbox, retention."""

from kiosk.store.database import StoreCondition, StoreCorruptError
from kiosk.store.events import StoreKeyLostError
from kiosk.store.exports import ExportLogEntry, ExportRecord, ExportSelection
from kiosk.store.factory import StoreMissingError, open_existing, open_store, store_key_provider
from kiosk.store.keys import (
    FakeKeyProvider,
    KeyFileProvider,
    KeyProvider,
    KeyringKeyProvider,
    default_key_provider,
)
from kiosk.store.outbox import (
    DEAD,
    IN_FLIGHT,
    PENDING,
    SENT,
    STATES,
    ClaimedRecord,
    DeadRecord,
    QuarantineReason,
    RetryDecision,
)
from kiosk.store.retention import PurgeResult, PurgeStatus
from kiosk.store.salvage import SalvageReport
from kiosk.store.store import RecordStore

__all__ = [
    "DEAD",
    "IN_FLIGHT",
    "PENDING",
    "SENT",
    "STATES",
    "ClaimedRecord",
    "DeadRecord",
    "ExportLogEntry",
    "ExportRecord",
    "ExportSelection",
    "FakeKeyProvider",
    "KeyFileProvider",
    "KeyProvider",
    "KeyringKeyProvider",
    "PurgeResult",
    "PurgeStatus",
    "QuarantineReason",
    "RecordStore",
    "RetryDecision",
    "SalvageReport",
    "StoreCondition",
    "StoreCorruptError",
    "StoreKeyLostError",
    "StoreMissingError",
    "default_key_provider",
    "open_existing",
    "open_store",
    "store_key_provider",
]
