"""The sync worker's batch decisions as a pure planner: no I/O, no threads, no clock, no Qt.

The worker asks :func:`next_claim` what to take from the queue, sends it, turns the
transport's answer into a typed :data:`Outcome` (:func:`outcome_of`) and asks :func:`decide`
what that answer means for every record sent. It gets a :class:`Decision` (applied in one
store write) and the next :class:`PlanState`. Every record sent is named in the decision
exactly once: acknowledged (``sent``), quarantined (``dead``), retried after a back-off
(``retry`` / ``batch_retry``) or put back unchanged for later (``release``: split, isolated,
refused alone while deciding who is at fault, refused token).

The heuristics kept here:

* per-record results: acknowledged, conflict/rejected (quarantine), retry or no result
  (its own back-off);
* network trouble, time-outs, captive portals, 408/429/404/redirects: the whole batch waits
  one shared back-off (``Retry-After`` respected), the rest of the queue with it;
* a whole-batch 4xx (400/409/413/415/422): halve the batch until one record is alone; a
  record refused alone is quarantined when the server took others in this cycle; while it
  took nothing, one more record is tried alone, and a second refusal stops sending as
  ``server_rejected`` (a configuration problem, nothing quarantined) -- unless the only
  record refused alone got a 409, a verdict on that record;
* 413: the batch size the server accepts is remembered, and grown by 1/8 after
  :data:`GROW_AFTER_FULL_BATCHES` full batches, never back to a size refused in this run;
* 5xx on the same batch :attr:`PlanState.split_threshold` times in a row: bisect it; the
  record it fails on alone waits alone (isolated) and goes last, one by one; a bisection
  that turns out to have been an outage doubles the threshold (up to
  :data:`MAX_SPLIT_THRESHOLD`), a success resets it;
* 401/403: stop as ``auth_rejected``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from kiosk.sync.contract import (
    ACKNOWLEDGED,
    CONFLICT,
    REJECTED,
    BatchAnswer,
    NotTheApiError,
    error_code,
    parse_batch_answer,
)
from kiosk.sync.status import Problem, SyncProblem

if TYPE_CHECKING:
    from kiosk.sync.transport import HttpAnswer

__all__ = [
    "GROW_AFTER_FULL_BATCHES",
    "MAX_SPLIT_THRESHOLD",
    "SPLITTABLE_4XX",
    "Answered",
    "AuthRefused",
    "BatchRetry",
    "Claim",
    "Decision",
    "Failed",
    "LoneVerdict",
    "Outcome",
    "PlanState",
    "RecordRetry",
    "Refused",
    "Sent",
    "ServerFailed",
    "Stop",
    "Unreachable",
    "decide",
    "hold",
    "isolated_claim",
    "lone_verdict",
    "more_isolated",
    "new_cycle",
    "new_settings",
    "next_claim",
    "outcome_of",
    "quarantine",
    "stop_rejected",
]

#: 4xx answers that reject the request itself, so one record may be to blame: split the batch.
SPLITTABLE_4XX = frozenset({400, 409, 413, 415, 422})
MAX_SPLIT_THRESHOLD = 96
#: After a 413: this many full batches in a row at the learnt size before it grows by 1/8.
GROW_AFTER_FULL_BATCHES = 25


# -- what was sent and what came back ---------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """One record of a request: its id and how often it was tried before."""

    event_id: str
    attempts: int = 0


@dataclass(frozen=True)
class Answered:
    """A 200 answer in the contract's shape: per-record results."""

    answer: BatchAnswer


@dataclass(frozen=True)
class Unreachable:
    """No answer from the API: network error, time-out, a captive portal's page."""

    problem: Problem


@dataclass(frozen=True)
class AuthRefused:
    """401/403: the token is refused."""

    http_status: int
    code: str | None = None


@dataclass(frozen=True)
class Refused:
    """A whole-batch 4xx that may be one record's fault (:data:`SPLITTABLE_4XX`)."""

    http_status: int
    code: str | None = None


@dataclass(frozen=True)
class ServerFailed:
    """5xx: usually the server's trouble, perhaps one record's."""

    http_status: int
    code: str | None = None
    retry_after_s: float | None = None


@dataclass(frozen=True)
class Failed:
    """The server answered but took nothing, for no record's fault (408, 429, 404, 3xx)."""

    problem: Problem
    retry_after_s: float | None = None


Outcome = Answered | Unreachable | AuthRefused | Refused | ServerFailed | Failed


def outcome_of(answer: HttpAnswer) -> Outcome:
    """The typed outcome of one HTTP answer to a batch (pure: parses the body only)."""
    status = answer.status
    if status == 200:
        try:
            return Answered(parse_batch_answer(answer.content_type, answer.body))
        except NotTheApiError:
            # A captive portal or proxy page: not an acknowledgement of anything.
            return Unreachable(Problem(SyncProblem.NOT_THE_API))
    code = error_code(answer.content_type, answer.body)
    if status in (401, 403):
        return AuthRefused(status, code)
    if status in SPLITTABLE_4XX:
        return Refused(status, code)
    if 500 <= status < 600:
        return ServerFailed(status, code, answer.retry_after_s)
    # 408, 429, redirects, 404 (a wrong URL is a setting to fix, not a bad record).
    kind = SyncProblem.RATE_LIMITED if status in (408, 429) else SyncProblem.WRONG_URL
    return Failed(Problem(kind, status, code), answer.retry_after_s)


# -- the planner's state -----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanState:
    """Everything the batch decisions depend on. Only the accepted limit is persisted (by
    the worker); the rest lives for this run (isolated records are found again)."""

    #: The configured batch size (the most ever sent at once).
    batch_size: int
    #: 5xx in a row on the same batch before it is bisected (the configured value).
    split_after: int
    #: The batch size the server accepts (learnt from 413, grown slowly).
    accepted_limit: int
    #: How many records the next claim takes.
    limit: int
    full_batches: int = 0
    refused_size: int | None = None
    largest_accepted: int = 0
    #: Failed requests in a row (network, 5xx, 429 ...): the shared back-off step.
    consecutive_failures: int = 0
    # Per sync cycle: did the server accept anything; which records it refused alone while
    # it had accepted nothing (one more record is tried before deciding whether the record
    # or the configuration is at fault).
    cycle_accepted: bool = False
    lone_rejections: tuple[str, ...] = ()
    lone_rejection: Problem = field(default_factory=lambda: Problem(SyncProblem.SERVER_REJECTED))
    #: Close notices held back in this cycle because earlier records still wait.
    held: frozenset[str] = frozenset()
    # 5xx on the same batch: after split_threshold in a row, bisect it.
    server_error_streak: int = 0
    server_error_head: str | None = None
    bisecting: frozenset[str] | None = None
    bisected_this_cycle: bool = False
    #: Doubles each time a bisection turns out to have been an outage (the next batch failed
    #: as well), back to split_after at the next success.
    split_threshold: int = 1
    isolated_this_cycle: str | None = None
    #: Records the server failed on alone (5xx): sent alone and last whenever they are due.
    isolated: frozenset[str] = frozenset()

    @classmethod
    def initial(
        cls, batch_size: int, split_after: int, accepted_limit: int | None = None
    ) -> PlanState:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if split_after < 1:
            raise ValueError("split_after_server_errors must be at least 1")
        limit = batch_size if accepted_limit is None else max(1, min(batch_size, accepted_limit))
        return cls(batch_size, split_after, limit, limit, split_threshold=split_after)


def new_cycle(state: PlanState) -> PlanState:
    """A sync cycle begins: forget what held only for the last one."""
    return replace(
        state,
        cycle_accepted=False,
        lone_rejections=(),
        held=frozenset(),
        bisected_this_cycle=False,
        isolated_this_cycle=None,
    )


def new_settings(state: PlanState) -> PlanState:
    """New URL or token: the back-off starts again."""
    return replace(state, consecutive_failures=0)


def hold(state: PlanState, event_id: str) -> PlanState:
    """A close notice waits for earlier records: not claimed again in this cycle."""
    return replace(state, held=state.held | {event_id})


@dataclass(frozen=True)
class Claim:
    """What to take from the queue next: the oldest ``limit`` due records not excluded."""

    limit: int
    exclude: tuple[str, ...]


def next_claim(state: PlanState) -> Claim:
    exclude = set(state.isolated) | state.held
    if not state.cycle_accepted:
        exclude.update(state.lone_rejections)
    return Claim(state.limit, tuple(sorted(exclude)))


def isolated_claim(state: PlanState) -> tuple[str, ...]:
    """The isolated records, one of which goes alone after the queue (none: stop)."""
    return tuple(sorted(state.isolated))


def more_isolated(state: PlanState, event_id: str) -> bool:
    """After sending isolated ``event_id`` alone: may another isolated record follow? Not
    while nothing was accepted in this cycle (an outage?) and it failed again."""
    return bool(state.isolated) and (state.cycle_accepted or event_id not in state.isolated)


@dataclass(frozen=True)
class LoneVerdict:
    """At the end of the queue, records refused alone with nothing accepted: quarantine
    ``quarantine`` (a lone 409), else (None) stop as server_rejected."""

    problem: Problem
    quarantine: str | None = None


def lone_verdict(state: PlanState) -> LoneVerdict | None:
    if not state.lone_rejections or state.cycle_accepted:
        return None
    lone = state.lone_rejection
    if lone.http_status == 409 and len(state.lone_rejections) == 1:
        # The only record that was tried conflicts with what the server holds: a verdict
        # on that record (409 says so), not on the configuration.
        return LoneVerdict(lone, state.lone_rejections[0])
    # The server refused a record alone and there was nothing else it accepted: a
    # configuration problem as far as anyone can tell.
    return LoneVerdict(lone)


# -- the decision ------------------------------------------------------------------------------


class Stop(Enum):
    AUTH_REJECTED = "auth_rejected"
    SERVER_REJECTED = "server_rejected"


@dataclass(frozen=True)
class RecordRetry:
    """One record waits its own back-off (the ``failures``-th step), even when the network
    returns."""

    event_id: str
    failures: int
    problem: Problem


@dataclass(frozen=True)
class BatchRetry:
    """The whole request failed: its records wait one shared back-off (the ``failures``-th
    step, at least ``retry_after_s``), and so does everything else that is due."""

    event_ids: tuple[str, ...]
    failures: int
    retry_after_s: float | None = None


@dataclass(frozen=True)
class Decision:
    sent: tuple[str, ...] = ()
    dead: tuple[tuple[str, Problem], ...] = ()
    retry: tuple[RecordRetry, ...] = ()
    batch_retry: BatchRetry | None = None
    #: Put back unchanged (split, refused alone for now, refused token, held).
    release: tuple[str, ...] = ()
    #: The problem to persist now (None: there is none any more).
    problem: Problem | None = None
    stop: Stop | None = None
    #: The next batch may follow at once.
    go_on: bool = True
    #: Whether the server was reached (None: unchanged).
    reachable: bool | None = True
    #: The accepted batch size to persist (None: unchanged).
    batch_limit: int | None = None
    #: The server answered per record: records waiting out a network back-off go now.
    answered: bool = False
    #: Warnings for the log (ids and counts only).
    notes: tuple[str, ...] = ()

    def named_ids(self) -> list[str]:
        """Every id the decision names, once per mention."""
        batch = self.batch_retry.event_ids if self.batch_retry else ()
        return [
            *self.sent,
            *(eid for eid, _ in self.dead),
            *(r.event_id for r in self.retry),
            *batch,
            *self.release,
        ]


def decide(state: PlanState, sent: Sequence[Sent], outcome: Outcome) -> tuple[Decision, PlanState]:
    """What ``outcome`` means for the records ``sent`` (oldest first, at least one)."""
    ids = tuple(s.event_id for s in sent)
    match outcome:
        case Answered(answer):
            return _answered(state, sent, answer)
        case Unreachable(problem):
            return _batch_failed(state, sent, problem, reachable=False)
        case AuthRefused(status, code):
            problem = Problem(SyncProblem.AUTH_REJECTED, status, code)
            note = f"sync: token refused (HTTP {status}); sending stopped"
            decision = Decision(
                release=ids, problem=problem, stop=Stop.AUTH_REJECTED, go_on=False, notes=(note,)
            )
            return decision, state
        case Refused(status, code):
            return _refused(state, ids, status, code)
        case ServerFailed(status, code, retry_after_s):
            problem = Problem(SyncProblem.SERVER_ERROR, status, code)
            return _server_failed(state, sent, problem, retry_after_s)
        case Failed(problem, retry_after_s):
            return _batch_failed(state, sent, problem, reachable=True, retry_after_s=retry_after_s)


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


def _answered(
    state: PlanState, sent: Sequence[Sent], answer: BatchAnswer
) -> tuple[Decision, PlanState]:
    acked: list[str] = []
    dead: list[tuple[str, Problem]] = []
    retry: list[RecordRetry] = []
    for item in sent:
        eid = item.event_id
        result = answer.results.get(eid)
        if result is None:
            # No result, a malformed one or the id named twice: not acknowledged.
            problem = Problem(SyncProblem.NOT_ACKNOWLEDGED, event_id=eid)
            retry.append(RecordRetry(eid, item.attempts + 1, problem))
        elif result.status in ACKNOWLEDGED:
            acked.append(eid)
        elif result.status in (CONFLICT, REJECTED):
            kind = (
                SyncProblem.CONFLICT_QUARANTINED
                if result.status == CONFLICT
                else SyncProblem.RECORD_REJECTED
            )
            dead.append((eid, Problem(kind, server_code=result.code, event_id=eid)))
        else:
            problem = Problem(SyncProblem.RECORD_RETRY, server_code=result.code, event_id=eid)
            retry.append(RecordRetry(eid, item.attempts + 1, problem))
    sent_ids = frozenset(s.event_id for s in sent)
    notes: list[str] = []
    unknown = len(set(answer.results) - sent_ids) + len(answer.unusable - sent_ids)
    if unknown:
        notes.append(f"sync: the answer named {unknown} record(s) that were not sent; ignored")
    if dead:
        notes.append(f"sync: {len(dead)} record(s) quarantined by the server")
    grew = False
    if acked and len(acked) == len(sent):
        state = replace(state, largest_accepted=max(state.largest_accepted, len(sent)))
        state, grew = _grow_after_success(state, len(sent))
    persist = grew or state.accepted_limit < state.batch_size
    state = replace(
        state,
        consecutive_failures=0,
        server_error_streak=0,
        server_error_head=None,
        isolated=state.isolated - sent_ids,
        limit=state.accepted_limit,
    )
    if acked:
        # The others flow: an isolation in this cycle was right.
        state = replace(
            state, cycle_accepted=True, isolated_this_cycle=None, split_threshold=state.split_after
        )
    if state.bisecting is not None:
        # The half that went through did not hold the record the server fails on: the
        # other half goes next, alone (it is the oldest part of the queue).
        remaining = state.bisecting - sent_ids
        state = replace(state, bisecting=remaining or None)
        if remaining:
            state = replace(state, limit=min(len(remaining), state.accepted_limit))
    if acked and state.lone_rejections:
        # A record refused alone is now tried alone again, next to an accepted one.
        state = replace(state, limit=1)
    all_problems = [p for _, p in dead] + [r.problem for r in retry]
    decision = Decision(
        sent=tuple(acked),
        dead=tuple(dead),
        retry=tuple(retry),
        problem=_most_important(all_problems),
        batch_limit=state.accepted_limit if persist else None,
        answered=True,
        notes=tuple(notes),
    )
    return decision, state


def _grow_after_success(state: PlanState, size: int) -> tuple[PlanState, bool]:
    """Full batches at the learnt size: after a while, try a little more."""
    if state.accepted_limit >= state.batch_size or size < state.accepted_limit:
        return state, False
    full = state.full_batches + 1
    if full < GROW_AFTER_FULL_BATCHES:
        return replace(state, full_batches=full), False
    limit = state.accepted_limit
    grown = min(state.batch_size, limit + max(1, limit // 8))
    if state.refused_size is not None and grown >= state.refused_size:
        return replace(state, full_batches=0), False  # refused before in this run: stay below
    return replace(state, full_batches=0, accepted_limit=grown), True


def _batch_failed(
    state: PlanState,
    sent: Sequence[Sent],
    problem: Problem,
    *,
    reachable: bool,
    retry_after_s: float | None = None,
) -> tuple[Decision, PlanState]:
    failures = state.consecutive_failures + 1
    state = replace(
        state, bisecting=None, limit=state.accepted_limit, consecutive_failures=failures
    )
    steps = max(failures, max(s.attempts for s in sent) + 1)
    batch = BatchRetry(tuple(s.event_id for s in sent), steps, retry_after_s)
    return Decision(batch_retry=batch, problem=problem, go_on=False, reachable=reachable), state


def _refused(
    state: PlanState, ids: tuple[str, ...], status: int, code: str | None
) -> tuple[Decision, PlanState]:
    """A whole-batch 4xx: one bad record, or a server that refuses everything?

    409 means a record in the batch conflicts with what the server holds; 413 that the batch
    is too large (the size that works is remembered)."""
    state = replace(state, bisecting=None)
    kind = SyncProblem.CONFLICT_QUARANTINED if status == 409 else SyncProblem.RECORD_REJECTED
    problem = Problem(kind, status, code)
    if len(ids) > 1:
        # Halve the batch until the record responsible is alone.
        notes: tuple[str, ...] = ()
        if status == 413:
            state = _learn_too_large(state, len(ids))
            notes = (
                f"sync: the server refused {len(ids)} records as too large;"
                f" batches of {state.accepted_limit} now",
            )
        state = replace(state, limit=max(1, len(ids) // 2))
        return Decision(release=ids, problem=problem, notes=notes), state
    eid = ids[0]
    if state.cycle_accepted:
        # The server took other records in this cycle and refuses this one alone: this
        # record is at fault. Quarantined (staff see it), the others keep flowing.
        decision, state = quarantine(state, eid, problem)
        return replace(decision, reachable=True), state
    if not state.lone_rejections:
        # Nothing accepted yet: try one other record alone before deciding.
        state = replace(state, lone_rejections=(eid,), lone_rejection=problem, limit=1)
        return Decision(release=ids, problem=problem), state
    # A second record refused alone and none accepted: the server refuses everything
    # (shelter not registered, contract mismatch). Not the records' fault: keep them.
    return stop_rejected(state, problem, release=ids)


def _learn_too_large(state: PlanState, size: int) -> PlanState:
    """413 for ``size`` records: from now on send the largest size accepted so far, else half
    as many; never grow to ``size`` again in this run."""
    refused = size if state.refused_size is None else min(size, state.refused_size)
    good = state.largest_accepted if state.largest_accepted < size else 0
    limit = max(1, min(state.accepted_limit, max(good, size // 2)))
    return replace(state, refused_size=refused, accepted_limit=limit, full_batches=0)


def quarantine(state: PlanState, eid: str, problem: Problem) -> tuple[Decision, PlanState]:
    """The server refused ``eid`` alone: it is at fault, quarantined; the others flow."""
    problem = Problem(problem.kind, problem.http_status, problem.server_code, eid)
    batch_limit = None
    if problem.http_status == 413:
        # One record too large even alone: the halvings that found it taught nothing about
        # batch sizes. Back to the configured size (re-learnt if need be).
        state = replace(state, accepted_limit=state.batch_size, refused_size=None, full_batches=0)
        batch_limit = state.batch_size
    lone = tuple(e for e in state.lone_rejections if e != eid)
    state = replace(state, lone_rejections=lone, limit=1 if lone else state.accepted_limit)
    note = f"sync: the server refused record {eid} alone; it was quarantined"
    decision = Decision(
        dead=((eid, problem),),
        problem=problem,
        reachable=None,
        batch_limit=batch_limit,
        notes=(note,),
    )
    return decision, state


def stop_rejected(
    state: PlanState, refused: Problem, *, release: Sequence[str]
) -> tuple[Decision, PlanState]:
    """The server refuses every record: stop sending until staff act; keep the records."""
    problem = Problem(SyncProblem.SERVER_REJECTED, refused.http_status, refused.server_code)
    note = f"sync: the server refuses every record ({problem.summary()}); sending stopped"
    decision = Decision(
        release=tuple(release),
        problem=problem,
        stop=Stop.SERVER_REJECTED,
        go_on=False,
        notes=(note,),
    )
    return decision, replace(state, limit=state.accepted_limit)


def _server_failed(
    state: PlanState, sent: Sequence[Sent], problem: Problem, retry_after_s: float | None
) -> tuple[Decision, PlanState]:
    """5xx. Usually the server's trouble (back off); but when it keeps failing on the same
    batch, one record may be what makes it fail: bisect to find that record, let it wait
    alone (it stays pending: a 5xx is no verdict on it) and send the others."""
    ids = tuple(s.event_id for s in sent)
    if state.isolated_this_cycle is not None and state.bisecting is None:
        # The batch after the isolated record failed too: more likely the server is down
        # than that one record breaks it. Undo the isolation, split less eagerly.
        state = replace(
            state,
            isolated=state.isolated - {state.isolated_this_cycle},
            isolated_this_cycle=None,
            split_threshold=min(state.split_threshold * 2, MAX_SPLIT_THRESHOLD),
        )
    if len(sent) == 1 and (state.bisecting is not None or ids[0] in state.isolated):
        return _isolate(state, sent[0], problem)
    if state.bisecting is not None:
        return _bisect(state, ids, problem, ())
    if ids[0] == state.server_error_head:
        state = replace(state, server_error_streak=state.server_error_streak + 1)
    else:
        state = replace(state, server_error_head=ids[0], server_error_streak=1)
    if state.server_error_streak >= state.split_threshold and not state.bisected_this_cycle:
        # At most one bisection per cycle: during a real outage every request fails, and
        # this must not turn into a burst of requests.
        state = replace(state, bisected_this_cycle=True)
        if len(sent) == 1:
            return _isolate(state, sent[0], problem)
        note = (
            f"sync: the server failed {state.server_error_streak} times in a row on the same"
            " batch; splitting it"
        )
        return _bisect(state, ids, problem, (note,))
    return _batch_failed(state, sent, problem, reachable=True, retry_after_s=retry_after_s)


def _bisect(
    state: PlanState, ids: tuple[str, ...], problem: Problem, notes: tuple[str, ...]
) -> tuple[Decision, PlanState]:
    state = replace(state, bisecting=frozenset(ids), limit=max(1, len(ids) // 2))
    return Decision(release=ids, problem=problem, reachable=None, notes=notes), state


def _isolate(state: PlanState, item: Sent, problem: Problem) -> tuple[Decision, PlanState]:
    eid = item.event_id
    state = replace(
        state,
        isolated=state.isolated | {eid},
        isolated_this_cycle=eid,
        bisecting=None,
        server_error_streak=0,
        server_error_head=None,
        limit=state.accepted_limit,
    )
    problem = Problem(problem.kind, problem.http_status, problem.server_code, eid)
    note = f"sync: the server fails on record {eid}; it waits alone"
    retry = (RecordRetry(eid, item.attempts + 1, problem),)
    return Decision(retry=retry, problem=problem, notes=(note,)), state
