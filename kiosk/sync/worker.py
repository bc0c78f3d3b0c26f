"""The background sync worker: drains the outbox to the management server. Qt-free.

A record counts as sent only when the server's JSON answer lists its id as ``accepted`` or
``duplicate``. Everything else keeps the record: a conflict or a permanent rejection
quarantines that one record (``dead``, visible to staff) while the others keep flowing; a
refused token stops sending until staff change the settings, and so does a server that
refuses every record as a whole (a configuration problem such as an unregistered shelter:
nothing is quarantined for it); network errors, time-outs, 5xx and pages that are not the
API (captive portals) are retried forever with capped, jittered back-off, and a batch the
server keeps failing on (5xx) is split to find the one record it cannot take, which then
waits alone.

No text from the server is ever kept: what is stored, logged and shown is a typed
:class:`~kiosk.sync.status.SyncProblem`, the HTTP status and the server's error *code* when
it is a short machine word (a server or proxy that echoes the record or the token in its
error text leaks nothing). The problem, since when, and the refused-token / refused-records
flags are persisted in the store's meta table, so ``outbox status`` in another process shows
them. A 409 for a whole batch is split down to the conflicting record, which is quarantined;
a 413 teaches the worker the batch size the server accepts (persisted, grown slowly).

The UI bridges :attr:`listener` (called on the worker thread) to a Qt signal.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.clock import Clock, SystemClock
from kiosk.errors import StorageError, StorageFullError
from kiosk.records import EventKind
from kiosk.redaction import safe_error_code
from kiosk.store.retention import Retention
from kiosk.store.store import (
    META_SYNC_LAST_ERROR,
    META_SYNC_LAST_SUCCESS,
    ClaimedRecord,
    RecordStore,
    RetryDecision,
)
from kiosk.sync.backoff import Backoff
from kiosk.sync.contract import (
    ACKNOWLEDGED,
    CONFLICT,
    REJECTED,
    BatchAnswer,
    NotTheApiError,
    batch_body,
    error_code,
    parse_batch_answer,
    parse_health,
)
from kiosk.sync.status import (
    CLOCK_TOLERANCE_MINUTES,
    META_AUTH_REJECTED,
    META_BATCH_LIMIT,
    META_CLOCK_OFFSET,
    META_HTTP_STATUS,
    META_PROBLEM,
    META_PROBLEM_EVENT,
    META_PROBLEM_SINCE,
    META_SERVER_CODE,
    META_SERVER_REJECTED,
    STRANDED_AFTER_S,
    Problem,
    SyncProblem,
    SyncStatus,
    summary,
)
from kiosk.sync.transport import Transport, TransportError

log = logging.getLogger(__name__)

#: 4xx answers that reject the request itself, so one record may be to blame: split the batch.
_SPLITTABLE_4XX = frozenset({400, 409, 413, 415, 422})
_STORE_FAILURE_PAUSE_S = 5.0
_HOLD_RECHECK_S = 5.0
_MAX_SPLIT_THRESHOLD = 96
#: After a 413: this many full batches in a row at the learnt size before it grows by 1/8.
_GROW_AFTER_FULL_BATCHES = 25
#: Free bytes below which a storage failure is reported as a full disk.
_DISK_NEARLY_FULL = 8 * 1024 * 1024

__all__ = ["StatusListener", "SyncStatus", "SyncWorker", "read_status"]

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
        split_after_server_errors: int = 3,
        clock_check_interval_s: float | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if split_after_server_errors < 1:
            raise ValueError("split_after_server_errors must be at least 1")
        self._store = store
        self._transport = transport
        self._clock = clock or SystemClock()
        self._batch_size = batch_size
        # The batch size the server accepts (learnt from 413, persisted, grown slowly).
        self._accepted_limit = _stored_limit(store, batch_size)
        self._limit = self._accepted_limit
        self._full_batches = 0
        self._refused_size: int | None = None
        self._largest_accepted = 0
        self._backoff = backoff or Backoff()
        # One cap: the store treats a wait longer than this as a clock stepped back (due
        # now), and clamps every delay to it. Any other value would send a record early
        # (a smaller clamp) or leave it stranded after a clock step (a larger one).
        store.max_backoff_s = self._backoff.cap_s
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
        # A whole-batch 4xx that recurs down to single records, with nothing accepted.
        self._server_rejected = False
        # Per sync cycle: did the server accept anything; which records it refused alone
        # while it had accepted nothing (one more record is tried before deciding whether
        # the record or the configuration is at fault).
        self._cycle_accepted = False
        self._lone_rejections: list[str] = []
        self._lone_rejection = Problem(SyncProblem.SERVER_REJECTED)
        # Close notices held back in this cycle because earlier records still wait.
        self._held: set[str] = set()
        # The current problem as persisted (since when it lasts survives restarts).
        self._problem, self._problem_since = _stored_problem(store)
        if self._problem is None and _meta(store, META_SYNC_LAST_ERROR) is not None:
            # An older version stored the server's own words here: drop them.
            with contextlib.suppress(StorageError):
                store.meta_set({META_SYNC_LAST_ERROR: None})
        self._clock_check_interval_s = clock_check_interval_s
        self._last_clock_check_mono: float | None = None
        self._clock_offset: str | None = _meta(store, META_CLOCK_OFFSET)
        # 5xx on the same batch: after split_after_server_errors in a row, bisect it.
        self._split_after = split_after_server_errors
        self._server_error_streak = 0
        self._server_error_head: str | None = None
        self._bisecting: set[str] | None = None
        self._bisected_this_cycle = False
        # Doubles each time a bisection turns out to have been an outage (the next batch
        # failed as well), back to split_after_server_errors at the next success: a long
        # outage costs only a few bisections.
        self._split_threshold = split_after_server_errors
        self._isolated_this_cycle: str | None = None
        # Records the server failed on alone (5xx): sent alone whenever they are due, so
        # they never hold up a batch again. In memory only: after a restart they are found
        # again the same way.
        self._isolated: set[str] = set()

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
            self._server_rejected = False
            self._consecutive_failures = 0
            self._reachable = None
        if old is not transport:
            old.close()
        self._forget_refusals()
        self.wake(retry_now=True)

    def retry_auth(self) -> None:
        """Staff say the token was fixed on the server side: try again."""
        with self._state_lock:
            self._auth_rejected = False
        self._forget_refusals()
        self.wake(retry_now=True)

    def _forget_refusals(self) -> None:
        with contextlib.suppress(StorageError):
            self._store.meta_set({META_AUTH_REJECTED: None, META_SERVER_REJECTED: None})

    # -- status ------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        status = read_status(self._store, reachable=self._reachable)
        if self._store_failed and self._problem is not None:
            # The disk may be too full to persist it: what this process knows wins.
            status = replace(status, problem=self._problem.kind, last_error=self._problem.summary())
        return replace(
            status, auth_rejected=self._auth_rejected, server_rejected=self._server_rejected
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
        if self._auth_rejected or self._server_rejected:
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
        if self._held:
            # A held-back close notice is due but must wait: look again, without spinning.
            wait = max(wait, min(self._max_idle_wait_s, _HOLD_RECHECK_S))
        return wait

    def sync_once(self) -> SyncStatus:
        """Send every record that is due, batch after batch, until none is due or a
        request fails; then run the retention check. Returns the status."""
        with self._cycle_lock:
            with self._state_lock:
                retry_now, self._retry_now = self._retry_now, False
                if retry_now and self._server_rejected:
                    # Staff pressed "send now" (or the network came back): ask again.
                    self._server_rejected = False
                    with contextlib.suppress(StorageError):
                        self._store.meta_set({META_SERVER_REJECTED: None})
            self._cycle_accepted = False
            self._lone_rejections = []
            self._held = set()
            self._bisected_this_cycle = False
            self._isolated_this_cycle = None
            try:
                if retry_now:
                    self._store.make_due_now(batch_failures_only=False)
                if not self._auth_rejected and not self._server_rejected:
                    if self._reachable is False:
                        self._maybe_probe_health()
                    else:
                        self._maybe_check_clock()
                    self._send_due()
                if self._retention is not None:
                    self._retention.maybe_purge()
                self._store_failed = False
            except StorageError as exc:
                self._storage_failed(exc)
            self._publish()
            return self.status()

    def _storage_failed(self, exc: StorageError) -> None:
        full = isinstance(exc, StorageFullError) or _disk_nearly_full(self._store)
        problem = Problem(SyncProblem.STORAGE_FULL if full else SyncProblem.STORAGE_FAILED)
        log.error("sync: local store failed (%s)", problem.kind.value)
        self._store_failed = True
        meta = self._problem_meta(problem)
        with contextlib.suppress(StorageError):
            self._store.meta_set(meta)  # may fail too when the disk is full

    def _maybe_probe_health(self) -> None:
        now = self._clock.monotonic()
        if (
            self._last_probe_mono is not None
            and now - self._last_probe_mono < self._health_interval_s
        ):
            return
        self._last_probe_mono = now
        if self._probe_health():
            log.info("sync: the management server is reachable again")
            self._reachable = True
            self._store.make_due_now(batch_failures_only=True)

    def _maybe_check_clock(self) -> None:
        """Now and then ask /v1/health for the server's time, to warn of a wrong clock."""
        interval = self._clock_check_interval_s
        now = self._clock.monotonic()
        if interval is None or (
            self._last_clock_check_mono is not None and now - self._last_clock_check_mono < interval
        ):
            return
        self._last_clock_check_mono = now
        self._probe_health()

    def _probe_health(self) -> bool:
        """GET /v1/health; True when it is the API's answer. Notes the server's time."""
        try:
            answer = self._transport.health()
        except TransportError:
            return False
        ok, server_time = parse_health(answer.content_type, answer.body)
        if answer.status != 200 or not ok:
            return False
        self._note_server_time(server_time or answer.server_date)
        return True

    def _note_server_time(self, server_time: datetime | None) -> None:
        """Persist the clock offset when it is beyond the tolerance (cleared when fine)."""
        if server_time is None:
            return
        offset = (self._clock.now() - server_time) / timedelta(minutes=1)
        value = str(round(offset)) if abs(offset) >= CLOCK_TOLERANCE_MINUTES else None
        if value == self._clock_offset:
            return
        if value is not None:
            log.warning("sync: the terminal's clock differs from the server's by %s min", value)
        with contextlib.suppress(StorageError):  # disk trouble shows in the outcome write
            self._store.meta_set({META_CLOCK_OFFSET: value})
            self._clock_offset = value

    def _send_due(self) -> None:
        while not self._stop.is_set():
            exclude = set(self._isolated) | self._held
            if not self._cycle_accepted:
                exclude.update(self._lone_rejections)
            claimed = self._store.claim_due(self._limit, exclude=sorted(exclude))
            if not claimed:
                break
            claimed = self._close_notice_last(claimed)
            if not claimed:
                continue
            if not self._send_releasing_on_error(claimed):
                return
        if self._stop.is_set():
            return
        if self._lone_rejections and not self._cycle_accepted:
            lone = self._lone_rejection
            if lone.http_status == 409 and len(self._lone_rejections) == 1:
                # The only record that was tried conflicts with what the server holds: a
                # verdict on that record (409 says so), not on the configuration.
                self._quarantine_alone(self._lone_rejections[0], lone)
            else:
                # The server refused a record alone and there was nothing else it accepted:
                # a configuration problem as far as anyone can tell.
                self._stop_server_rejected(lone, release=())
                return
        self._send_isolated()

    def _close_notice_last(self, claimed: list[ClaimedRecord]) -> list[ClaimedRecord]:
        """A shelter_close notice never overtakes the records recorded before it: the batch
        ends before the notice, and the notice itself goes only when no earlier record waits
        any more (else it is held back for this cycle and looked at again shortly)."""
        for k, item in enumerate(claimed):
            if item.event.kind is not EventKind.SHELTER_CLOSE:
                continue
            if k > 0:
                self._store.release([c.event.event_id for c in claimed[k:]])
                return claimed[:k]
            if _earlier_waiting(self._store, item.event.event_id):
                self._store.release([c.event.event_id for c in claimed])
                self._held.add(item.event.event_id)
                log.info("sync: the close notice waits for earlier records")
                return []
        return claimed

    def _quarantine_alone(self, eid: str, problem: Problem) -> None:
        claimed = self._store.claim_due(1, only=[eid])
        if claimed:
            self._quarantine(eid, problem)

    def _send_isolated(self) -> None:
        """Records the server failed on alone go last and one by one, so they never hold
        up the others; while nothing was accepted in this cycle (an outage?) only one
        such request is made."""
        while self._isolated and not self._stop.is_set():
            claimed = self._store.claim_due(1, only=sorted(self._isolated))
            if not claimed or not self._send_releasing_on_error(claimed):
                return
            if claimed[0].event.event_id in self._isolated and not self._cycle_accepted:
                return

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
            self._batch_failed(claimed, Problem(exc.problem), reachable=False)
            return False
        except Exception:
            self._store.release(ids)
            raise
        self._note_server_time(answer.server_date)
        status = answer.status
        if status == 200:
            try:
                parsed = parse_batch_answer(answer.content_type, answer.body)
            except NotTheApiError:
                # A captive portal or proxy page: not an acknowledgement of anything.
                self._batch_failed(claimed, Problem(SyncProblem.NOT_THE_API), reachable=False)
                return False
            self._apply_results(claimed, parsed)
            return True
        code = error_code(answer.content_type, answer.body)
        if status in (401, 403):
            meta = self._problem_meta(Problem(SyncProblem.AUTH_REJECTED, status, code))
            meta[META_AUTH_REJECTED] = "1"
            self._store.record_outcome(release=ids, meta=meta)
            with self._state_lock:  # after the write: status never shows half of it
                self._auth_rejected = True
            self._reachable = True
            log.warning("sync: token refused (HTTP %d); sending stopped", status)
            return False
        if status in _SPLITTABLE_4XX:
            return self._request_refused(ids, status, code)
        if 500 <= status < 600:
            problem = Problem(SyncProblem.SERVER_ERROR, status, code)
            return self._server_failed(claimed, problem, answer.retry_after_s)
        # 408, 429, redirects, 404 (a wrong URL is a setting to fix, not a bad record).
        kind = SyncProblem.RATE_LIMITED if status in (408, 429) else SyncProblem.WRONG_URL
        self._batch_failed(
            claimed, Problem(kind, status, code), reachable=True, retry_after_s=answer.retry_after_s
        )
        return False

    def _request_refused(self, ids: Sequence[str], status: int, code: str | None) -> bool:
        """A whole-batch 4xx: one bad record, or a server that refuses everything?

        409 means a record in the batch conflicts with what the server holds; 413 that the
        batch is too large (the size that works is remembered)."""
        self._bisecting = None
        self._reachable = True
        kind = SyncProblem.CONFLICT_QUARANTINED if status == 409 else SyncProblem.RECORD_REJECTED
        problem = Problem(kind, status, code)
        if len(ids) > 1:
            # Halve the batch until the record responsible is alone.
            if status == 413:
                self._learn_too_large(len(ids))
            self._store.record_outcome(release=ids, meta=self._problem_meta(problem))
            self._limit = max(1, len(ids) // 2)
            return True
        eid = ids[0]
        if self._cycle_accepted:
            # The server took other records in this cycle and refuses this one alone: this
            # record is at fault. Quarantined (staff see it), the others keep flowing.
            self._quarantine(eid, problem)
            return True
        if not self._lone_rejections:
            # Nothing accepted yet: try one other record alone before deciding.
            self._lone_rejections.append(eid)
            self._lone_rejection = problem
            self._store.record_outcome(release=[eid], meta=self._problem_meta(problem))
            self._limit = 1
            return True
        # A second record refused alone and none accepted: the server refuses everything
        # (shelter not registered, contract mismatch). Not the records' fault: keep them.
        self._stop_server_rejected(problem, release=[eid])
        return False

    def _quarantine(self, eid: str, problem: Problem) -> None:
        problem = Problem(problem.kind, problem.http_status, problem.server_code, eid)
        meta = self._problem_meta(problem)
        if problem.http_status == 413:
            # One record too large even alone: the halvings that found it taught nothing
            # about batch sizes. Back to the configured size (re-learnt if need be).
            self._accepted_limit, self._refused_size, self._full_batches = self._batch_size, None, 0
            meta[META_BATCH_LIMIT] = None
        self._store.record_outcome(dead=[(eid, problem.summary())], meta=meta)
        if eid in self._lone_rejections:
            self._lone_rejections.remove(eid)
        log.warning("sync: the server refused record %s alone; it was quarantined", eid)
        self._limit = 1 if self._lone_rejections else self._accepted_limit

    def _stop_server_rejected(self, refused: Problem, *, release: Sequence[str]) -> None:
        problem = Problem(SyncProblem.SERVER_REJECTED, refused.http_status, refused.server_code)
        meta = self._problem_meta(problem)
        meta[META_SERVER_REJECTED] = "1"
        self._store.record_outcome(release=release, meta=meta)
        with self._state_lock:  # after the write: status never shows half of it
            self._server_rejected = True
        self._reachable = True
        self._limit = self._accepted_limit
        log.warning(
            "sync: the server refuses every record (%s); sending stopped", problem.summary()
        )

    def _learn_too_large(self, size: int) -> None:
        """413 for ``size`` records: from now on send the largest size accepted so far, else
        half as many (persisted); never grow to ``size`` again in this run."""
        self._refused_size = size if self._refused_size is None else min(size, self._refused_size)
        good = self._largest_accepted if self._largest_accepted < size else 0
        self._accepted_limit = max(1, min(self._accepted_limit, max(good, size // 2)))
        self._full_batches = 0
        log.warning(
            "sync: the server refused %d records as too large; batches of %d now",
            size,
            self._accepted_limit,
        )

    def _grow_after_success(self, size: int) -> dict[str, str | None]:
        """Full batches at the learnt size: after a while, try a little more (meta to write)."""
        if self._accepted_limit >= self._batch_size or size < self._accepted_limit:
            return {}
        self._full_batches += 1
        if self._full_batches < _GROW_AFTER_FULL_BATCHES:
            return {}
        self._full_batches = 0
        grown = min(self._batch_size, self._accepted_limit + max(1, self._accepted_limit // 8))
        if self._refused_size is not None and grown >= self._refused_size:
            return {}  # refused before in this run: stay below
        self._accepted_limit = grown
        return {META_BATCH_LIMIT: None if grown >= self._batch_size else str(grown)}

    def _server_failed(
        self, claimed: Sequence[ClaimedRecord], problem: Problem, retry_after_s: float | None
    ) -> bool:
        """5xx. Usually the server's trouble (back off); but when it keeps failing on the
        same batch, one record may be what makes it fail: bisect to find that record, let
        it wait alone (it stays pending: a 5xx is no verdict on it) and send the others."""
        ids = [c.event.event_id for c in claimed]
        if self._isolated_this_cycle is not None and self._bisecting is None:
            # The batch after the isolated record failed too: more likely the server is
            # down than that one record breaks it. Undo the isolation, split less eagerly.
            self._isolated.discard(self._isolated_this_cycle)
            self._isolated_this_cycle = None
            self._split_threshold = min(self._split_threshold * 2, _MAX_SPLIT_THRESHOLD)
        if len(claimed) == 1 and (self._bisecting is not None or ids[0] in self._isolated):
            return self._isolate(claimed[0], problem)
        if self._bisecting is not None:
            self._bisecting = set(ids)
            self._store.record_outcome(release=ids, meta=self._problem_meta(problem))
            self._limit = max(1, len(ids) // 2)
            return True
        if ids[0] == self._server_error_head:
            self._server_error_streak += 1
        else:
            self._server_error_head, self._server_error_streak = ids[0], 1
        if self._server_error_streak >= self._split_threshold and not self._bisected_this_cycle:
            # At most one bisection per cycle: during a real outage every request fails,
            # and this must not turn into a burst of requests.
            self._bisected_this_cycle = True
            if len(claimed) == 1:
                return self._isolate(claimed[0], problem)
            log.warning(
                "sync: the server failed %d times in a row on the same batch; splitting it",
                self._server_error_streak,
            )
            self._bisecting = set(ids)
            self._store.record_outcome(release=ids, meta=self._problem_meta(problem))
            self._limit = max(1, len(ids) // 2)
            return True
        self._batch_failed(claimed, problem, reachable=True, retry_after_s=retry_after_s)
        return False

    def _isolate(self, item: ClaimedRecord, problem: Problem) -> bool:
        eid = item.event.event_id
        self._isolated.add(eid)
        self._isolated_this_cycle = eid
        self._bisecting = None
        self._server_error_streak, self._server_error_head = 0, None
        self._limit = self._accepted_limit
        self._reachable = True
        delay = self._backoff.delay(item.attempts + 1)
        problem = Problem(problem.kind, problem.http_status, problem.server_code, eid)
        # batch_failure=False: it waits out its own back-off, even when the network returns.
        self._store.record_outcome(
            retry=[RetryDecision(eid, delay, problem.summary(), False)],
            meta=self._problem_meta(problem),
        )
        log.warning("sync: the server fails on record %s; it waits %.0f s alone", eid, delay)
        return True

    def _apply_results(self, claimed: Sequence[ClaimedRecord], answer: BatchAnswer) -> None:
        acked: list[str] = []
        dead: list[tuple[str, str]] = []
        retry: list[RetryDecision] = []
        problems: list[Problem] = []
        results = answer.results
        for item in claimed:
            eid = item.event.event_id
            result = results.get(eid)
            if result is None:
                # No result, a malformed one or the id named twice: not acknowledged.
                problem = Problem(SyncProblem.NOT_ACKNOWLEDGED, event_id=eid)
                delay = self._backoff.delay(item.attempts + 1)
                retry.append(RetryDecision(eid, delay, problem.summary(), False))
                problems.append(problem)
            elif result.status in ACKNOWLEDGED:
                acked.append(eid)
            elif result.status in (CONFLICT, REJECTED):
                kind = (
                    SyncProblem.CONFLICT_QUARANTINED
                    if result.status == CONFLICT
                    else SyncProblem.RECORD_REJECTED
                )
                problem = Problem(kind, server_code=result.code, event_id=eid)
                dead.append((eid, problem.summary()))
                problems.append(problem)
            else:
                problem = Problem(SyncProblem.RECORD_RETRY, server_code=result.code, event_id=eid)
                delay = self._backoff.delay(item.attempts + 1)
                retry.append(RetryDecision(eid, delay, problem.summary(), False))
                problems.append(problem)
        sent_ids = {c.event.event_id for c in claimed}
        unknown = len(set(results) - sent_ids) + len(answer.unusable - sent_ids)
        if unknown:
            log.warning("sync: the answer named %d record(s) that were not sent; ignored", unknown)
        meta = self._problem_meta(_most_important(problems))
        if acked:
            meta[META_SYNC_LAST_SUCCESS] = self._clock.now().isoformat()
            if len(acked) == len(claimed):
                self._largest_accepted = max(self._largest_accepted, len(claimed))
                meta |= self._grow_after_success(len(claimed))
        if self._accepted_limit < self._batch_size:
            meta[META_BATCH_LIMIT] = str(self._accepted_limit)
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
        self._server_error_streak, self._server_error_head = 0, None
        self._isolated -= sent_ids
        if acked:
            self._cycle_accepted = True
            self._isolated_this_cycle = None  # the others flow: the isolation was right
            self._split_threshold = self._split_after
        self._limit = self._accepted_limit
        if self._bisecting is not None:
            # The half that went through did not hold the record the server fails on: the
            # other half goes next, alone (it is the oldest part of the queue).
            remaining = self._bisecting - sent_ids
            self._bisecting = remaining or None
            if remaining:
                self._limit = min(len(remaining), self._accepted_limit)
        if acked and self._lone_rejections:
            # A record refused alone is now tried alone again, next to an accepted one.
            self._limit = 1

    def _batch_failed(
        self,
        claimed: Sequence[ClaimedRecord],
        problem: Problem,
        *,
        reachable: bool,
        retry_after_s: float | None = None,
    ) -> None:
        self._bisecting = None
        self._limit = self._accepted_limit
        self._consecutive_failures += 1
        failures = max(self._consecutive_failures, max(c.attempts for c in claimed) + 1)
        delay = self._backoff.delay(failures)
        if retry_after_s is not None:
            delay = min(max(delay, retry_after_s), self._backoff.cap_s)
        text = problem.summary()
        # Everything else that is due waits as well: one failed request per back-off step,
        # not one per batch in the queue.
        self._store.record_outcome(
            retry=[RetryDecision(c.event.event_id, delay, text, True) for c in claimed],
            defer_due_s=delay,
            meta=self._problem_meta(problem),
        )
        if not reachable:
            # The failed request was as good as a health probe: the next one waits.
            self._last_probe_mono = self._clock.monotonic()
        self._reachable = reachable
        log.info("sync: request failed (%s); next try in %.1f s", text, delay)

    # -- the persisted problem ---------------------------------------------------------------

    def _problem_meta(self, problem: Problem | None) -> dict[str, str | None]:
        """The meta values that record ``problem`` (None: no problem), written together with
        the outcome, so counts and problem never disagree. "Since" keeps its first moment
        while the same kind of problem lasts."""
        if problem is None:
            since = None
        elif self._problem is not None and self._problem.kind == problem.kind:
            since = self._problem_since or self._clock.now()
        else:
            since = self._clock.now()
        self._problem, self._problem_since = problem, since
        return {
            META_PROBLEM: problem.kind.value if problem else None,
            META_PROBLEM_SINCE: since.isoformat() if since else None,
            META_HTTP_STATUS: str(problem.http_status) if problem and problem.http_status else None,
            META_SERVER_CODE: problem.server_code if problem else None,
            META_PROBLEM_EVENT: problem.event_id if problem else None,
            META_SYNC_LAST_ERROR: problem.summary() if problem else None,
            META_AUTH_REJECTED: "1" if self._auth_rejected else None,
            META_SERVER_REJECTED: "1" if self._server_rejected else None,
        }


_PRIORITY = (
    SyncProblem.CONFLICT_QUARANTINED,
    SyncProblem.RECORD_REJECTED,
    SyncProblem.NOT_ACKNOWLEDGED,
    SyncProblem.RECORD_RETRY,
)


def _most_important(problems: Sequence[Problem]) -> Problem | None:
    for kind in _PRIORITY:
        for problem in problems:
            if problem.kind == kind:
                return problem
    return None


def _meta(store: RecordStore, key: str) -> str | None:
    try:
        return store.meta_get(key)
    except StorageError:
        return None


def _stored_limit(store: RecordStore, batch_size: int) -> int:
    value = _meta(store, META_BATCH_LIMIT) or ""
    return min(batch_size, max(1, int(value))) if value.isdigit() else batch_size


def _stored_problem(store: RecordStore) -> tuple[Problem | None, datetime | None]:
    kind = _problem_kind(_meta(store, META_PROBLEM))
    if kind is None:
        return None, None
    return Problem(kind), _datetime(_meta(store, META_PROBLEM_SINCE))


def _problem_kind(value: str | None) -> SyncProblem | None:
    try:
        return SyncProblem(value) if value else None
    except ValueError:
        return None  # written by a newer version


def _datetime(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


def _disk_nearly_full(store: RecordStore) -> bool:
    try:
        return shutil.disk_usage(store.path.parent).free < _DISK_NEARLY_FULL
    except OSError:
        return False


def _count(store: RecordStore, sql: str, params: Sequence[object]) -> int:
    """One count from the outbox through a separate read-only connection (the store's own
    connection and lock are not touched); 0 when it cannot be read."""
    try:
        # as_uri(): a file: URI that also holds for Windows paths and odd characters.
        uri = Path(store.path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=2)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def stranded_claims(store: RecordStore, now: datetime, older_than_s: float) -> int:
    """In-flight records claimed more than ``older_than_s`` ago (their sender is gone or
    hangs)."""
    cutoff = (now - timedelta(seconds=older_than_s)).astimezone(UTC)
    return _count(
        store,
        "SELECT count(*) FROM outbox WHERE state = 'in_flight'"
        " AND (last_attempt_at IS NULL OR last_attempt_at < ?)",
        (cutoff.isoformat(timespec="microseconds"),),
    )


def _earlier_waiting(store: RecordStore, event_id: str) -> bool:
    """Whether a record recorded before ``event_id`` is still unacknowledged (not sent, not
    quarantined)."""
    sql = (
        "SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"
        " AND seq < (SELECT seq FROM outbox WHERE event_id = ?)"
    )
    return _count(store, sql, (event_id,)) > 0


def read_status(
    store: RecordStore, *, reachable: bool | None = None, clock: Clock | None = None
) -> SyncStatus:
    """The status from the database alone (the CLI runs no worker): counts, last success,
    the persisted problem, refusal flags, clock offset and stranded claims."""
    counts = store.counts()
    values = {
        key: store.meta_get(key)
        for key in (
            META_SYNC_LAST_SUCCESS,
            META_PROBLEM,
            META_PROBLEM_SINCE,
            META_HTTP_STATUS,
            META_SERVER_CODE,
            META_PROBLEM_EVENT,
            META_AUTH_REJECTED,
            META_SERVER_REJECTED,
            META_CLOCK_OFFSET,
        )
    }
    problem = _problem_kind(values[META_PROBLEM])
    clock_offset = _int(values[META_CLOCK_OFFSET])
    stranded = 0
    if counts["in_flight"]:
        stranded = stranded_claims(store, (clock or SystemClock()).now(), STRANDED_AFTER_S)
    http_status = _int(values[META_HTTP_STATUS])
    server_code = safe_error_code(values[META_SERVER_CODE])
    # Built from the typed parts, never read back as text: a text stored by an older
    # version (which kept the server's words) is not shown.
    last_error = summary(problem, http_status, server_code) if problem else ""
    if problem is None and stranded:
        problem, last_error = SyncProblem.CLAIMS_STRANDED, f"{stranded} record(s) stranded"
    elif problem is None and clock_offset is not None:
        problem = SyncProblem.CLOCK_WRONG
        last_error = f"the terminal's clock is off by {clock_offset} min"
    return SyncStatus(
        pending=counts["pending"],
        in_flight=counts["in_flight"],
        sent=counts["sent"],
        dead=counts["dead"],
        last_success_at=_datetime(values[META_SYNC_LAST_SUCCESS]),
        last_error=last_error,
        auth_rejected=values[META_AUTH_REJECTED] == "1",
        reachable=reachable,
        server_rejected=values[META_SERVER_REJECTED] == "1",
        problem=problem,
        problem_since=_datetime(values[META_PROBLEM_SINCE]),
        http_status=http_status,
        server_code=server_code,
        problem_event_id=values[META_PROBLEM_EVENT],
        clock_offset_minutes=clock_offset,
        stranded=stranded,
    )
