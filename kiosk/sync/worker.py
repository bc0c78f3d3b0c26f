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

The decisions (what to claim next, what an answer means for each record sent, the 413
limit, the 409/4xx and 5xx isolation) are made by the pure :mod:`kiosk.sync.planner`; this
module does the I/O, the threading, the timing (back-off delays, health probes, the clock
check) and the persistence, and applies the planner's decisions in one store write each.

The UI bridges :attr:`listener` (called on the worker thread) to a Qt signal.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

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
from kiosk.sync import planner
from kiosk.sync.backoff import Backoff
from kiosk.sync.contract import (
    batch_body,
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

_STORE_FAILURE_PAUSE_S = 5.0
_HOLD_RECHECK_S = 5.0
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
        self._store = store
        self._transport = transport
        self._clock = clock or SystemClock()
        # The batch decisions; the batch size the server accepts is persisted.
        self._plan = planner.PlanState.initial(
            batch_size, split_after_server_errors, _stored_limit(store, batch_size)
        )
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
        self._new_settings = False
        self._auth_rejected = False
        self._reachable: bool | None = None
        self._last_probe_mono: float | None = None
        self._store_failed = False
        self._thread: threading.Thread | None = None
        # A whole-batch 4xx that recurs down to single records, with nothing accepted.
        self._server_rejected = False
        # The current problem as persisted (since when it lasts survives restarts).
        self._problem, self._problem_since = _stored_problem(store)
        if self._problem is None and _meta(store, META_SYNC_LAST_ERROR) is not None:
            # An older version stored the server's own words here: drop them.
            with contextlib.suppress(StorageError):
                store.meta_set({META_SYNC_LAST_ERROR: None})
        self._clock_check_interval_s = clock_check_interval_s
        self._last_clock_check_mono: float | None = None
        self._clock_offset: str | None = _meta(store, META_CLOCK_OFFSET)

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
            self._new_settings = True  # the back-off starts again
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
        if self._plan.held:
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
                new_settings, self._new_settings = self._new_settings, False
            self._plan = planner.new_cycle(self._plan)
            if new_settings:
                self._plan = planner.new_settings(self._plan)
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
            claim = planner.next_claim(self._plan)
            claimed = self._store.claim_due(claim.limit, exclude=list(claim.exclude))
            if not claimed:
                break
            claimed = self._close_notice_last(claimed)
            if not claimed:
                continue
            if not self._send_releasing_on_error(claimed):
                return
        if self._stop.is_set():
            return
        verdict = planner.lone_verdict(self._plan)
        if verdict is not None:
            if verdict.quarantine is None:
                self._apply(*planner.stop_rejected(self._plan, verdict.problem, release=()))
                return
            if self._store.claim_due(1, only=[verdict.quarantine]):
                self._apply(*planner.quarantine(self._plan, verdict.quarantine, verdict.problem))
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
            try:
                earlier_waiting = self._store.waiting_before(item.event.event_id)
            except StorageError:
                # Unknown: the notice must not overtake; the claims go back for next time.
                with contextlib.suppress(StorageError):
                    self._store.release([c.event.event_id for c in claimed])
                raise
            if earlier_waiting:
                self._store.release([c.event.event_id for c in claimed])
                self._plan = planner.hold(self._plan, item.event.event_id)
                log.info("sync: the close notice waits for earlier records")
                return []
        return claimed

    def _send_isolated(self) -> None:
        """Records the server failed on alone go last and one by one, so they never hold
        up the others; while nothing was accepted in this cycle (an outage?) only one
        such request is made."""
        while self._plan.isolated and not self._stop.is_set():
            claimed = self._store.claim_due(1, only=list(planner.isolated_claim(self._plan)))
            if not claimed or not self._send_releasing_on_error(claimed):
                return
            if not planner.more_isolated(self._plan, claimed[0].event.event_id):
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
        outcome: planner.Outcome
        try:
            answer = self._transport.post_batch(batch_body(events[0].terminal_id, events))
        except TransportError as exc:
            outcome = planner.Unreachable(Problem(exc.problem))
        except Exception:
            self._store.release([e.event_id for e in events])
            raise
        else:
            self._note_server_time(answer.server_date)
            outcome = planner.outcome_of(answer)
        sent = [planner.Sent(c.event.event_id, c.attempts) for c in claimed]
        decision, plan = planner.decide(self._plan, sent, outcome)
        self._apply(decision, plan)
        return decision.go_on

    def _apply(self, decision: planner.Decision, plan: planner.PlanState) -> None:
        """Write what the planner decided (one store write), then take its next state."""
        meta = self._problem_meta(decision.problem)
        if decision.stop is planner.Stop.AUTH_REJECTED:
            meta[META_AUTH_REJECTED] = "1"
        elif decision.stop is planner.Stop.SERVER_REJECTED:
            meta[META_SERVER_REJECTED] = "1"
        if decision.sent:
            meta[META_SYNC_LAST_SUCCESS] = self._clock.now().isoformat()
        if decision.batch_limit is not None:
            limit = decision.batch_limit
            meta[META_BATCH_LIMIT] = None if limit >= plan.batch_size else str(limit)
        retry = [
            RetryDecision(r.event_id, self._backoff.delay(r.failures), r.problem.summary(), False)
            for r in decision.retry
        ]
        defer: float | None = None
        batch = decision.batch_retry
        if batch is not None:
            defer = self._backoff.delay(batch.failures)
            if batch.retry_after_s is not None:
                defer = min(max(defer, batch.retry_after_s), self._backoff.cap_s)
            retry += [RetryDecision(eid, defer, _text(decision), True) for eid in batch.event_ids]
        self._store.record_outcome(
            sent=decision.sent,
            dead=[(eid, problem.summary()) for eid, problem in decision.dead],
            retry=retry,
            release=decision.release,
            # Everything else that is due waits as well after a failed request: one failed
            # request per back-off step, not one per batch in the queue.
            defer_due_s=defer,
            # The network is back: records that were waiting out a network back-off go now.
            make_due_batch_failures=decision.answered and self._reachable is not True,
            meta=meta,
        )
        self._plan = plan
        if decision.stop is not None:
            with self._state_lock:  # after the write: status never shows half of it
                if decision.stop is planner.Stop.AUTH_REJECTED:
                    self._auth_rejected = True
                else:
                    self._server_rejected = True
        if decision.reachable is not None:
            self._reachable = decision.reachable
        for note in decision.notes:
            log.warning("%s", note)
        if batch is not None:
            if not decision.reachable:
                # The failed request was as good as a health probe: the next one waits.
                self._last_probe_mono = self._clock.monotonic()
            log.info("sync: request failed (%s); next try in %.1f s", _text(decision), defer)

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


def _text(decision: planner.Decision) -> str:
    return decision.problem.summary() if decision.problem else ""


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


def stranded_claims(store: RecordStore, now: datetime, older_than_s: float) -> int:
    """In-flight records claimed more than ``older_than_s`` ago (their sender is gone or
    hangs)."""
    return store.claimed_before(now - timedelta(seconds=older_than_s))


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
