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

Every text that comes from the server is sanitised (kiosk.store.redact) before it is
logged or stored: a server that echoes field values must not leak them.

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
from kiosk.store.redact import sanitize_server_text
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
    NotTheApiError,
    RecordResult,
    batch_body,
    error_text,
    parse_batch_answer,
)
from kiosk.sync.transport import HttpAnswer, Transport, TransportError

log = logging.getLogger(__name__)

_META_LAST_SUCCESS = META_SYNC_LAST_SUCCESS
_META_LAST_ERROR = META_SYNC_LAST_ERROR
#: 4xx answers that reject the request itself, so one record may be to blame: split the batch.
_SPLITTABLE_4XX = frozenset({400, 413, 415, 422})
_STORE_FAILURE_PAUSE_S = 5.0
_MAX_SPLIT_THRESHOLD = 96


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
    #: The server refused every record as a whole (4xx: a configuration problem, e.g. the
    #: shelter is not registered): nothing is sent, nothing is quarantined, until staff
    #: press "send now" (wake(retry_now=True)) or the settings change. Text in last_error.
    server_rejected: bool = False

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
        split_after_server_errors: int = 3,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if split_after_server_errors < 1:
            raise ValueError("split_after_server_errors must be at least 1")
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
        # A whole-batch 4xx that recurs down to single records, with nothing accepted.
        self._server_rejected = False
        # Per sync cycle: did the server accept anything; which records it refused alone
        # while it had accepted nothing (one more record is tried before deciding whether
        # the record or the configuration is at fault).
        self._cycle_accepted = False
        self._lone_rejections: list[str] = []
        self._lone_rejection_text = ""
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
        self.wake(retry_now=True)

    def retry_auth(self) -> None:
        """Staff say the token was fixed on the server side: try again."""
        with self._state_lock:
            self._auth_rejected = False
        self.wake(retry_now=True)

    # -- status ------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return read_status(
            self._store,
            auth_rejected=self._auth_rejected,
            reachable=self._reachable,
            server_rejected=self._server_rejected,
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
        return wait

    def sync_once(self) -> SyncStatus:
        """Send every record that is due, batch after batch, until none is due or a
        request fails; then run the retention check. Returns the status."""
        with self._cycle_lock:
            with self._state_lock:
                retry_now, self._retry_now = self._retry_now, False
                if retry_now:
                    # Staff pressed "send now" (or the network came back): ask again.
                    self._server_rejected = False
            self._cycle_accepted = False
            self._lone_rejections = []
            self._bisected_this_cycle = False
            self._isolated_this_cycle = None
            try:
                if retry_now:
                    self._store.make_due_now(batch_failures_only=False)
                if not self._auth_rejected and not self._server_rejected:
                    if self._reachable is False:
                        self._maybe_probe_health()
                    self._send_due()
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

    def _send_due(self) -> None:
        while not self._stop.is_set():
            exclude = set(self._isolated)
            if not self._cycle_accepted:
                exclude.update(self._lone_rejections)
            claimed = self._store.claim_due(self._limit, exclude=sorted(exclude))
            if not claimed:
                break
            if not self._send_releasing_on_error(claimed):
                return
        if self._stop.is_set():
            return
        if self._lone_rejections and not self._cycle_accepted:
            # The server refused a record alone and there was nothing else it accepted:
            # a configuration problem as far as anyone can tell.
            self._stop_server_rejected(self._lone_rejection_text, release=())
            return
        self._send_isolated()

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
        text = sanitize_server_text(error_text(status, answer.content_type, answer.body))
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
            return self._request_refused(ids, text)
        if 500 <= status < 600:
            return self._server_failed(claimed, text, answer.retry_after_s)
        # 408, 429, redirects, 404 (a wrong URL is a setting to fix, not a bad record).
        self._batch_failed(claimed, text, reachable=True, retry_after_s=answer.retry_after_s)
        return False

    def _request_refused(self, ids: Sequence[str], text: str) -> bool:
        """A whole-batch 4xx: one bad record, or a server that refuses everything?"""
        self._bisecting = None
        self._reachable = True
        if len(ids) > 1:
            # Halve the batch until the record responsible is alone.
            self._store.record_outcome(release=ids, meta={_META_LAST_ERROR: text})
            self._limit = max(1, len(ids) // 2)
            return True
        eid = ids[0]
        if self._cycle_accepted:
            # The server took other records in this cycle and refuses this one alone: this
            # record is at fault. Quarantined (staff see it), the others keep flowing.
            self._store.record_outcome(dead=[(eid, text)], meta={_META_LAST_ERROR: text})
            if eid in self._lone_rejections:
                self._lone_rejections.remove(eid)
            log.warning("sync: the server refused one record alone; it was quarantined")
            self._limit = 1 if self._lone_rejections else self._batch_size
            return True
        if not self._lone_rejections:
            # Nothing accepted yet: try one other record alone before deciding.
            self._lone_rejections.append(eid)
            self._lone_rejection_text = text
            self._store.record_outcome(release=[eid], meta={_META_LAST_ERROR: text})
            self._limit = 1
            return True
        # A second record refused alone and none accepted: the server refuses everything
        # (shelter not registered, contract mismatch). Not the records' fault: keep them.
        self._stop_server_rejected(text, release=[eid])
        return False

    def _stop_server_rejected(self, text: str, *, release: Sequence[str]) -> None:
        message = f"the server refused the records as a whole ({text}); check the settings"
        self._store.record_outcome(release=release, meta={_META_LAST_ERROR: message})
        with self._state_lock:
            self._server_rejected = True
        self._reachable = True
        self._limit = self._batch_size
        log.warning("sync: the server refuses every record (%s); sending stopped", text)

    def _server_failed(
        self, claimed: Sequence[ClaimedRecord], text: str, retry_after_s: float | None
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
            return self._isolate(claimed[0], text)
        if self._bisecting is not None:
            self._bisecting = set(ids)
            self._store.record_outcome(release=ids, meta={_META_LAST_ERROR: text})
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
                return self._isolate(claimed[0], text)
            log.warning(
                "sync: the server failed %d times in a row on the same batch; splitting it",
                self._server_error_streak,
            )
            self._bisecting = set(ids)
            self._store.record_outcome(release=ids, meta={_META_LAST_ERROR: text})
            self._limit = max(1, len(ids) // 2)
            return True
        self._batch_failed(claimed, text, reachable=True, retry_after_s=retry_after_s)
        return False

    def _isolate(self, item: ClaimedRecord, text: str) -> bool:
        eid = item.event.event_id
        self._isolated.add(eid)
        self._isolated_this_cycle = eid
        self._bisecting = None
        self._server_error_streak, self._server_error_head = 0, None
        self._limit = self._batch_size
        self._reachable = True
        delay = self._backoff.delay(item.attempts + 1)
        # batch_failure=False: it waits out its own back-off, even when the network returns.
        self._store.record_outcome(
            retry=[RetryDecision(eid, delay, f"the server fails on this record: {text}", False)],
            meta={_META_LAST_ERROR: text},
        )
        log.warning("sync: the server fails on one record; it waits %.0f s alone", delay)
        return True

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
                server_text = sanitize_server_text(result.message)
                msg = f"{result.status}: {server_text or 'no message from the server'}"
                dead.append((eid, msg))
                errors.append(msg)
            else:
                server_text = sanitize_server_text(result.message)
                msg = f"retry: {server_text or 'the server asked to try again'}"
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
        self._server_error_streak, self._server_error_head = 0, None
        answered = {c.event.event_id for c in claimed}
        self._isolated -= answered
        if acked:
            self._cycle_accepted = True
            self._isolated_this_cycle = None  # the others flow: the isolation was right
            self._split_threshold = self._split_after
        self._limit = self._batch_size
        if self._bisecting is not None:
            # The half that went through did not hold the record the server fails on: the
            # other half goes next, alone (it is the oldest part of the queue).
            remaining = self._bisecting - answered
            self._bisecting = remaining or None
            if remaining:
                self._limit = len(remaining)
        if acked and self._lone_rejections:
            # A record refused alone is now tried alone again, next to an accepted one.
            self._limit = 1

    def _batch_failed(
        self,
        claimed: Sequence[ClaimedRecord],
        error: str,
        *,
        reachable: bool,
        retry_after_s: float | None = None,
    ) -> None:
        error = sanitize_server_text(error)
        self._bisecting = None
        self._limit = self._batch_size
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
    store: RecordStore,
    *,
    auth_rejected: bool = False,
    reachable: bool | None = None,
    server_rejected: bool = False,
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
        server_rejected=server_rejected,
    )
