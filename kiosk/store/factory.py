"""Opening the record store the same way everywhere (kiosk, CLI, demo)."""

from __future__ import annotations

from pathlib import Path

from kiosk import paths
from kiosk.clock import Clock
from kiosk.errors import StorageError
from kiosk.settings import Settings
from kiosk.store.keys import KeyProvider, default_key_provider
from kiosk.store.salvage import SalvageReport
from kiosk.store.store import (
    DEFAULT_MAX_BACKOFF_S,
    RecordStore,
    StoreCondition,
    StoreCorruptError,
    StoreKeyLostError,
)


class StoreMissingError(StorageError):
    """There is no record database yet (nothing was ever recorded on this machine)."""

    code = "store_missing"
    needs_staff = False


class _NeverCreate:
    """A key provider that only reads: checking a store must not create its key."""

    def __init__(self, inner: KeyProvider) -> None:
        self._inner = inner

    def load(self) -> bytes | None:
        return self._inner.load()

    def create(self) -> bytes:
        raise StoreKeyLostError(f"no store key yet ({self._inner.describe()})")

    def describe(self) -> str:
        return self._inner.describe()


def store_key_provider() -> KeyProvider:
    """The store key: in the OS credential store, or ``store.key`` in the kiosk's data folder.

    The data folder (not the database's folder) so that the kiosk, its self-test and the
    CLI agree even when ``settings.store.database`` points elsewhere.
    """
    return default_key_provider(paths.data_dir())


def open_store(
    settings: Settings,
    *,
    db_path: Path | None = None,
    clock: Clock | None = None,
    with_key: bool = True,
    requeue_in_flight: bool = True,
    max_backoff_s: float = DEFAULT_MAX_BACKOFF_S,
) -> RecordStore:
    """Open (creating if needed) the store named by the settings or ``db_path``.

    ``with_key=False`` opens it for counting only (status, retry-dead, purge) and never
    creates a key; ``requeue_in_flight=False`` leaves another process's claims alone.
    """
    path = db_path or settings.database_path()
    return RecordStore(
        path,
        store_key_provider() if with_key else None,
        clock,
        requeue_in_flight=requeue_in_flight,
        max_backoff_s=max_backoff_s,
    )


def open_existing(
    settings: Settings,
    *,
    db_path: Path | None = None,
    clock: Clock | None = None,
    with_key: bool = True,
) -> RecordStore:
    """Open the store only if it exists (``--self-test``, status tools): never creates the
    database or a key, never takes back another process's live claims, never moves a
    damaged file (raises StoreCorruptError instead). Raises StoreMissingError when there is
    no database, StoreKeyLostError when ``with_key`` and the key is missing or different.
    """
    path = db_path or settings.database_path()
    if not path.is_file():
        raise StoreMissingError("no record database yet")
    return RecordStore(
        path,
        _NeverCreate(store_key_provider()) if with_key else None,
        clock,
        requeue_in_flight=False,
        recover_corrupt=False,
    )


def recover_damaged(
    settings: Settings, *, db_path: Path | None = None, clock: Clock | None = None
) -> SalvageReport | None:
    """Run the store's recovery on a damaged database now: moved aside (never deleted),
    every readable record salvaged into a fresh file. None when it is not damaged.

    Only while no kiosk uses the data folder: the caller holds its instance lock
    (kiosk.instance_lock). Never creates a key; other senders' claims are left to their
    lease. Raises StoreMissingError without a database, StoreCorruptError when the
    recovery failed, StoreKeyLostError when the salvaged file's key is not here.
    """
    path = db_path or settings.database_path()
    try:
        open_existing(settings, db_path=path, clock=clock, with_key=False).close()
        return None
    except StoreCorruptError:
        pass
    provider = store_key_provider()
    keys = _NeverCreate(provider) if provider.load() is not None else None
    with RecordStore(path, keys, clock, requeue_in_flight=False, recover_corrupt=True) as store:
        if store.condition is not StoreCondition.RECOVERED:
            raise StoreCorruptError("the record database is damaged and could not be recovered")
        return store.salvage_report()
