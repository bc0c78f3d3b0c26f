"""The background sync worker: drains the outbox to the management server. Qt-free.

A record counts as sent only when the server's JSON answer lists its id as ``accepted`` or
``duplicate``. Everything else keeps the record: a conflict or a permanent rejection
quarantines that one record (``dead``, visible to staff) while the others keep flowing; a
refused token stops sending until staff change the settings; network errors, time-outs, 5xx
and pages that are not the API (captive portals) are retried forever with capped, jittered
back-off.

The UI bridges :attr:`listener` (called on the worker thread) to a Qt signal.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import Clock, SystemClock
from kiosk.errors import StorageError
from kiosk.store.retention import Retention
from kiosk.store.store import ClaimedRecord, RecordStore, RetryDecision
from kiosk.sync.backoff import Backoff
from kiosk.sync.contract import (
    ACKNOWLEDGED,
    CONFLICT,
    REJECTED,
    NotTheApiError,
    RecordResult,
    batch_body,
    error_text,
    parse_batch_answer,
)
from kiosk.sync.transport import HttpAnswer, Transport, TransportError

log = logging.getLogger(__name__)

_META_LAST_SUCCESS = "sync.last_success_at"
_META_LAST_ERROR = "sync.last_error"
#: 4xx answers that reject the request itself, so one record may be to blame: split the batch.
_SPLITTABLE_4XX = frozenset({400, 413, 415, 422})
_STORE_FAILURE_PAUSE_S = 5.0


@dataclass(frozen=True)
class SyncStatus:
    """What staff see: queue counts, last success, the server's own last error text."""

    pending: int = 0
    in_flight: int = 0
    sent: int = 0
    dead: int = 0
    last_success_at: datetime | None = None
    last_error: str = ""
    #: The server refused the token (401/403): nothing is sent until the settings change.
    auth_rejected: bool = False
    #: Whether the management API answered the last attempt; None before the first one.
    reachable: bool | None = None

    @property
    def waiting(self) -> int:
        """Records not yet acknowledged and still being tried."""
        return self.pending + self.in_flight


StatusListener = Callable[[SyncStatus], None]


class SyncWorker:
    """Owns one thread; ``start()``, ``stop()``, ``wake()``, or ``sync_once()`` without it."""

    def __init__(
        self,
        store: RecordStore,
        transport: Transport,
        *,
        clock: Clock | None = None,
        batch_size: int = 200,
        backoff: Backoff | None = None,
        health_interval_s: float = 30.0,
        max_idle_wait_s: float = 60.0,
        retention: Retention | None = None,
        listener: StatusListener | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._store = store
        self._transport = transport
        self._clock = clock or SystemClock()
        self._batch_size = batch_size
        self._limit = batch_size
        self._backoff = backoff or Backoff()
        self._health_interval_s = health_interval_s
        self._max_idle_wait_s = max_idle_wait_s
        self._retention = retention
        self.listener = listener
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cycle_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._retry_now = False
        self._auth_rejected = False
        self._reachable: bool | None = None
        self._consecutive_failures = 0
        self._last_probe_mono: float | None = None
        self._store_failed = False
        self._thread: threading.Thread | None = None

    # -- control -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 15.0) -> None:
        """Stop the thread; an upload in progress finishes (bounded by the HTTP timeout)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self, *, retry_now: bool = False) -> None:
        """Look at the queue now (a record was added). ``retry_now``: the network came back
        or staff pressed "send now": also skip the back-off of waiting records."""
        with self._state_lock:
            self._retry_now = self._retry_now or retry_now
        self._wake.set()

    def set_transport(self, transport: Transport) -> None:
        """New URL or token from the settings: forget a refused token and try again now."""
        with self._state_lock:
            old, self._transport = self._transport, transport
            self._auth_rejected = False
            self._consecutive_failures = 0
            self._reachable = None
        if old is not transport:
            old.close()
        self.wake(retry_now=True)

    def retry_auth(self) -> None:
        """Staff say the token was fixed on the server side: try again."""
        with self._state_lock:
            self._auth_rejected = False
        self.wake(retry_now=True)

    # -- status ------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return read_status(
            self._store, auth_rejected=self._auth_rejected, reachable=self._reachable
        )

    def _publish(self) -> None:
        if self.listener is None:
            return
        try:
            self.listener(self.status())
        except Exception:
            log.exception("sync status listener failed")

    # -- the loop ----------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sync_once()
                timeout = self._seconds_until_next_work()
            except Exception:
                # A bug: logged, and the thread lives on; the queue is safe in SQLite.
                log.exception("sync cycle failed")
                timeout = self._max_idle_wait_s
            self._wake.wait(timeout)
            self._wake.clear()

    def _seconds_until_next_work(self) -> float:
        if self._auth_rejected:
            return self._max_idle_wait_s
        if self._store_failed:
            # The disk is in trouble: do not spin on it; a new record still wakes us.
            return min(self._max_idle_wait_s, _STORE_FAILURE_PAUSE_S)
        wait = self._max_idle_wait_s
        next_due = self._store.next_due_at()
        if next_due is not None:
            wait = min(wait, max(0.0, next_due - self._clock.now().timestamp()))
            if self._reachable is False:
                wait = min(wait, self._health_interval_s)
        return wait

    def sync_once(self) -> SyncStatus:
        """Send every record that is due, batch after batch, until none is due or a
        request fails; then run the retention check. Returns the status."""
        with self._cycle_lock:
            with self._state_lock:
                retry_now, self._retry_now = self._retry_now, False
            try:
                if retry_now:
                    self._store.make_due_now(batch_failures_only=False)
                if not self._auth_rejected:
                    if self._reachable is False:
                        self._maybe_probe_health()
                    while not self._stop.is_set():
                        claimed = self._store.claim_due(self._limit)
                        if not claimed or not self._send_releasing_on_error(claimed):
                            break
                if self._retention is not None:
                    self._retention.maybe_purge()
                self._store_failed = False
            except StorageError as exc:
                log.error("sync: local store failed (%s)", exc.code)
                self._store_failed = True
            self._publish()
            return self.status()

    def _maybe_probe_health(self) -> None:
        now = self._clock.monotonic()
        if (
            self._last_probe_mono is not None
            and now - self._last_probe_mono < self._health_interval_s
        ):
            return
        self._last_probe_mono = now
        try:
            answer = self._transport.health()
        except TransportError:
            return
        if answer.status == 200 and _is_health_json(answer):
            log.info("sync: the management server is reachable again")
            self._reachable = True
            self._store.make_due_now(batch_failures_only=True)

    # -- one request -------------------------------------------------------------------------

    def _send_releasing_on_error(self, claimed: Sequence[ClaimedRecord]) -> bool:
        try:
            return self._send(claimed)
        except StorageError:
            # Recording the answer failed (disk trouble): put the claims back so this
            # process tries again; if even that fails, start-up requeues them. A record the
            # server already has comes back as "duplicate", never twice.
            with contextlib.suppress(StorageError):
                self._store.release([c.event.event_id for c in claimed])
            raise

    def _send(self, claimed: Sequence[ClaimedRecord]) -> bool:
        """Upload one batch; True when the next batch may follow at once."""
        events = [c.event for c in claimed]
        ids = [e.event_id for e in events]
        try:
            answer = self._transport.post_batch(batch_body(events[0].terminal_id, events))
        except TransportError as exc:
            self._batch_failed(claimed, str(exc), reachable=False)
            return False
        except Exception:
            self._store.release(ids)
            raise
        status = answer.status
        if status == 200:
            try:
                parsed = parse_batch_answer(answer.content_type, answer.body)
            except NotTheApiError as exc:
                # A captive portal or proxy page: not an acknowledgement of anything.
                self._batch_failed(claimed, str(exc), reachable=False)
                return False
            self._apply_results(claimed, parsed.results)
            return True
        text = error_text(status, answer.content_type, answer.body)
        if status in (401, 403):
            self._store.record_outcome(
                release=ids, meta={_META_LAST_ERROR: f"the server refused the API token ({text})"}
            )
            self._reachable = True
            with self._state_lock:
                self._auth_rejected = True
            log.warning("sync: token refused (HTTP %d); sending stopped", status)
            return False
        if status in _SPLITTABLE_4XX:
            if len(claimed) > 1:
                # The request as a whole was refused: halve the batch until the record
                # responsible is alone, then quarantine just that one.
                self._store.record_outcome(release=ids, meta={_META_LAST_ERROR: text})
                self._limit = max(1, len(claimed) // 2)
                return True
            self._store.record_outcome(dead=[(ids[0], text)], meta={_META_LAST_ERROR: text})
            self._limit = self._batch_size
            return True
        # 5xx, 408, 429, redirects, 404 (a wrong URL is a setting to fix, not a bad record).
        self._batch_failed(claimed, text, reachable=True, retry_after_s=answer.retry_after_s)
        return False

    def _apply_results(
        self, claimed: Sequence[ClaimedRecord], results: dict[str, RecordResult]
    ) -> None:
        acked: list[str] = []
        dead: list[tuple[str, str]] = []
        retry: list[RetryDecision] = []
        errors: list[str] = []
        for item in claimed:
            eid = item.event.event_id
            result = results.get(eid)
            if result is None:
                msg = "the server did not acknowledge this record"
                retry.append(RetryDecision(eid, self._backoff.delay(item.attempts + 1), msg, False))
                errors.append(msg)
            elif result.status in ACKNOWLEDGED:
                acked.append(eid)
            elif result.status in (CONFLICT, REJECTED):
                msg = f"{result.status}: {result.message or 'no message from the server'}"
                dead.append((eid, msg))
                errors.append(msg)
            else:
                msg = f"retry: {result.message or 'the server asked to try again'}"
                retry.append(RetryDecision(eid, self._backoff.delay(item.attempts + 1), msg, False))
                errors.append(msg)
        meta: dict[str, str | None] = {_META_LAST_ERROR: errors[-1] if errors else None}
        if acked:
            meta[_META_LAST_SUCCESS] = self._clock.now().isoformat()
        self._store.record_outcome(
            sent=acked,
            dead=dead,
            retry=retry,
            # The network is back: records that were waiting out a network back-off go now.
            make_due_batch_failures=self._reachable is not True,
            meta=meta,
        )
        if dead:
            log.warning("sync: %d record(s) quarantined by the server", len(dead))
        self._reachable = True
        self._consecutive_failures = 0
        self._limit = self._batch_size

    def _batch_failed(
        self,
        claimed: Sequence[ClaimedRecord],
        error: str,
        *,
        reachable: bool,
        retry_after_s: float | None = None,
    ) -> None:
        self._consecutive_failures += 1
        failures = max(self._consecutive_failures, max(c.attempts for c in claimed) + 1)
        delay = self._backoff.delay(failures)
        if retry_after_s is not None:
            delay = min(max(delay, retry_after_s), self._backoff.cap_s)
        # Everything else that is due waits as well: one failed request per back-off step,
        # not one per batch in the queue.
        self._store.record_outcome(
            retry=[RetryDecision(c.event.event_id, delay, error, True) for c in claimed],
            defer_due_s=delay,
            meta={_META_LAST_ERROR: error},
        )
        if not reachable:
            # The failed request was as good as a health probe: the next one waits.
            self._last_probe_mono = self._clock.monotonic()
        self._reachable = reachable
        log.info("sync: request failed (%s); next try in %.1f s", error, delay)


def _is_health_json(answer: HttpAnswer) -> bool:
    if "json" not in answer.content_type.lower():
        return False
    try:
        data = json.loads(answer.body)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("status") == "ok"


def read_status(
    store: RecordStore, *, auth_rejected: bool = False, reachable: bool | None = None
) -> SyncStatus:
    """The status from the database alone (used by the CLI, which runs no worker)."""
    counts = store.counts()
    last_success = store.meta_get(_META_LAST_SUCCESS)
    return SyncStatus(
        pending=counts["pending"],
        in_flight=counts["in_flight"],
        sent=counts["sent"],
        dead=counts["dead"],
        last_success_at=datetime.fromisoformat(last_success) if last_success else None,
        last_error=store.meta_get(_META_LAST_ERROR) or "",
        auth_rejected=auth_rejected,
        reachable=reachable,
    )
