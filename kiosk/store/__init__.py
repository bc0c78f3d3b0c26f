"""Offline-first local record store: encrypted personal fields, outbox, retention."""

from kiosk.store.factory import open_store, store_key_provider
from kiosk.store.keys import (
    FakeKeyProvider,
    KeyFileProvider,
    KeyProvider,
    KeyringKeyProvider,
    default_key_provider,
)
from kiosk.store.store import (
    DEAD,
    IN_FLIGHT,
    PENDING,
    SENT,
    STATES,
    ClaimedRecord,
    DeadRecord,
    ExportLogEntry,
    ExportRecord,
    ExportSelection,
    PurgeResult,
    PurgeStatus,
    QuarantineReason,
    RecordStore,
    RetryDecision,
    StoreKeyLostError,
)

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
    "StoreKeyLostError",
    "default_key_provider",
    "open_store",
    "store_key_provider",
]
