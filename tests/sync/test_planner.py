"""The pure batch planner: table-driven (state, outcome) -> (decision, next state), and a
property that no record sent is ever dropped or named twice in a decision."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from kiosk.sync.contract import BatchAnswer, RecordResult
from kiosk.sync.planner import (
    GROW_AFTER_FULL_BATCHES,
    MAX_SPLIT_THRESHOLD,
    Answered,
    AuthRefused,
    BatchRetry,
    Claim,
    Decision,
    Failed,
    LoneVerdict,
    Outcome,
    PlanState,
    RecordRetry,
    Refused,
    Sent,
    ServerFailed,
    Stop,
    Unreachable,
    decide,
    hold,
    lone_verdict,
    more_isolated,
    new_cycle,
    new_settings,
    next_claim,
    outcome_of,
    quarantine,
)
from kiosk.sync.status import Problem, SyncProblem
from kiosk.sync.transport import HttpAnswer

P = SyncProblem
#: batch size 8, bisect after 3 server errors in a row on the same batch.
S0 = PlanState.initial(8, 3)
ACCEPTED = replace(S0, cycle_accepted=True)
STOPPED = Problem(P.SERVER_REJECTED, 400, "bad")


def sent(n: int, attempts: int = 0, first: int = 1) -> tuple[Sent, ...]:
    return tuple(Sent(f"e{i}", attempts) for i in range(first, first + n))


def ids(n: int, first: int = 1) -> tuple[str, ...]:
    return tuple(f"e{i}" for i in range(first, first + n))


QUARANTINE = ("conflict", "rejected")


def answered(*statuses: str | None, extra: tuple[str, ...] = ()) -> Answered:
    """Results for e1, e2, ... in order (None: no result for that record)."""
    results = {
        f"e{i}": RecordResult(
            f"e{i}", status, "why" if status in ("conflict", "rejected") else None
        )
        for i, status in enumerate(statuses, start=1)
        if status is not None
    }
    results |= {eid: RecordResult(eid, "accepted") for eid in extra}
    return Answered(BatchAnswer(results))


def quarantined(kind: SyncProblem, eid: str, status: int | None = None) -> Problem:
    code = "why" if status is None else None
    return Problem(kind, status, code, eid)


def waits(n: int, failures: int, problem: Problem, after: float | None = None) -> Decision:
    """The n records sent wait one shared back-off; the server was reached."""
    retry = BatchRetry(ids(n), failures, after)
    return Decision(batch_retry=retry, problem=problem, go_on=False)


def too_large(n: int, limit: int) -> Decision:
    note = f"sync: the server refused {n} records as too large; batches of {limit} now"
    return Decision(release=ids(n), problem=Problem(P.RECORD_REJECTED, 413), notes=(note,))


def alone(failures: int, status: int) -> Decision:
    """e1 failed alone with a 5xx: it waits alone."""
    problem = Problem(P.SERVER_ERROR, status, None, "e1")
    note = "sync: the server fails on record e1; it waits alone"
    return Decision(retry=(RecordRetry("e1", failures, problem),), problem=problem, notes=(note,))


# (name, state, sent, outcome, decision, fields of the next state that must hold)
CASES: list[tuple[str, PlanState, tuple[Sent, ...], Outcome, Decision, dict[str, Any]]] = [
    (
        "all acknowledged",
        replace(S0, consecutive_failures=4, server_error_streak=2, server_error_head="e1"),
        sent(3),
        answered("accepted", "duplicate", "accepted"),
        Decision(sent=ids(3), answered=True),
        {
            "cycle_accepted": True,
            "consecutive_failures": 0,
            "server_error_streak": 0,
            "server_error_head": None,
            "limit": 8,
        },
    ),
    (
        "conflict and rejected are quarantined, the conflict is the problem shown",
        S0,
        sent(3),
        answered("rejected", "accepted", "conflict"),
        Decision(
            sent=("e2",),
            dead=(
                ("e1", quarantined(P.RECORD_REJECTED, "e1")),
                ("e3", quarantined(P.CONFLICT_QUARANTINED, "e3")),
            ),
            problem=quarantined(P.CONFLICT_QUARANTINED, "e3"),
            answered=True,
            notes=("sync: 2 record(s) quarantined by the server",),
        ),
        {"cycle_accepted": True},
    ),
    (
        "retry and no result: each waits its own back-off; nothing acknowledged",
        S0,
        sent(2, attempts=4),
        answered("retry", None),
        Decision(
            retry=(
                RecordRetry("e1", 5, Problem(P.RECORD_RETRY, event_id="e1")),
                RecordRetry("e2", 5, Problem(P.NOT_ACKNOWLEDGED, event_id="e2")),
            ),
            problem=Problem(P.NOT_ACKNOWLEDGED, event_id="e2"),
            answered=True,
        ),
        {"cycle_accepted": False},
    ),
    (
        "ids the answer names that were not sent are ignored",
        S0,
        sent(1),
        answered("accepted", extra=("x9",)),
        Decision(
            sent=("e1",),
            answered=True,
            notes=("sync: the answer named 1 record(s) that were not sent; ignored",),
        ),
        {},
    ),
    (
        "network error: the batch waits one shared back-off",
        replace(S0, consecutive_failures=2, bisecting=frozenset(ids(4)), limit=2),
        sent(2, attempts=1),
        Unreachable(Problem(P.OFFLINE)),
        Decision(
            batch_retry=BatchRetry(ids(2), 3),
            problem=Problem(P.OFFLINE),
            go_on=False,
            reachable=False,
        ),
        {"consecutive_failures": 3, "bisecting": None, "limit": 8},
    ),
    (
        "the back-off step is at least the records' own attempts",
        S0,
        sent(2, attempts=6),
        Unreachable(Problem(P.NOT_THE_API)),
        Decision(
            batch_retry=BatchRetry(ids(2), 7),
            problem=Problem(P.NOT_THE_API),
            go_on=False,
            reachable=False,
        ),
        {"consecutive_failures": 1},
    ),
    (
        "429 with Retry-After: reachable, shared back-off",
        S0,
        sent(2),
        Failed(Problem(P.RATE_LIMITED, 429), 30.0),
        waits(2, 1, Problem(P.RATE_LIMITED, 429), 30.0),
        {"consecutive_failures": 1},
    ),
    (
        "refused token: all put back, sending stops",
        S0,
        sent(3),
        AuthRefused(401, "bad_token"),
        Decision(
            release=ids(3),
            problem=Problem(P.AUTH_REJECTED, 401, "bad_token"),
            stop=Stop.AUTH_REJECTED,
            go_on=False,
            notes=("sync: token refused (HTTP 401); sending stopped",),
        ),
        {"limit": 8},
    ),
    (
        "409 for a batch: halve it",
        replace(S0, bisecting=frozenset(ids(4))),
        sent(4),
        Refused(409),
        Decision(release=ids(4), problem=Problem(P.CONFLICT_QUARANTINED, 409)),
        {"limit": 2, "bisecting": None, "accepted_limit": 8},
    ),
    (
        "413 for 8: batches of 4 from now on, never 8 again",
        S0,
        sent(8),
        Refused(413),
        too_large(8, 4),
        {"limit": 4, "accepted_limit": 4, "refused_size": 8},
    ),
    (
        "413 after 6 went through: batches of 6",
        replace(S0, largest_accepted=6, full_batches=3),
        sent(8),
        Refused(413),
        too_large(8, 6),
        {"limit": 4, "accepted_limit": 6, "full_batches": 0},
    ),
    (
        "refused alone after others were accepted: that record is quarantined",
        ACCEPTED,
        sent(1),
        Refused(422, "invalid"),
        Decision(
            dead=(("e1", Problem(P.RECORD_REJECTED, 422, "invalid", "e1")),),
            problem=Problem(P.RECORD_REJECTED, 422, "invalid", "e1"),
            notes=("sync: the server refused record e1 alone; it was quarantined",),
        ),
        {"limit": 8},
    ),
    (
        "too large even alone: quarantined, the learnt size is forgotten",
        replace(ACCEPTED, accepted_limit=2, refused_size=4, limit=1),
        sent(1),
        Refused(413),
        Decision(
            dead=(("e1", Problem(P.RECORD_REJECTED, 413, None, "e1")),),
            problem=Problem(P.RECORD_REJECTED, 413, None, "e1"),
            batch_limit=8,
            notes=("sync: the server refused record e1 alone; it was quarantined",),
        ),
        {"accepted_limit": 8, "refused_size": None, "limit": 8},
    ),
    (
        "refused alone, nothing accepted yet: put back, one other record is tried alone",
        S0,
        sent(1),
        Refused(400, "bad"),
        Decision(release=("e1",), problem=Problem(P.RECORD_REJECTED, 400, "bad")),
        {
            "lone_rejections": ("e1",),
            "lone_rejection": Problem(P.RECORD_REJECTED, 400, "bad"),
            "limit": 1,
        },
    ),
    (
        "a second record refused alone, nothing accepted: server_rejected, nothing lost",
        replace(S0, lone_rejections=("e1",), limit=1),
        sent(1, first=2),
        Refused(400, "bad"),
        Decision(
            release=("e2",),
            problem=STOPPED,
            stop=Stop.SERVER_REJECTED,
            go_on=False,
            notes=(
                f"sync: the server refuses every record ({STOPPED.summary()}); sending stopped",
            ),
        ),
        {"limit": 8},
    ),
    (
        "5xx once: shared back-off, the streak starts",
        S0,
        sent(4),
        ServerFailed(503, None, 10.0),
        waits(4, 1, Problem(P.SERVER_ERROR, 503), 10.0),
        {"server_error_streak": 1, "server_error_head": "e1"},
    ),
    (
        "5xx again on another head: the streak starts again",
        replace(S0, server_error_streak=2, server_error_head="e9"),
        sent(4),
        ServerFailed(500),
        waits(4, 1, Problem(P.SERVER_ERROR, 500)),
        {"server_error_streak": 1, "server_error_head": "e1"},
    ),
    (
        "5xx the third time on the same batch: bisect it",
        replace(S0, server_error_streak=2, server_error_head="e1"),
        sent(4),
        ServerFailed(500),
        Decision(
            release=ids(4),
            problem=Problem(P.SERVER_ERROR, 500),
            reachable=None,
            notes=("sync: the server failed 3 times in a row on the same batch; splitting it",),
        ),
        {"bisecting": frozenset(ids(4)), "limit": 2, "bisected_this_cycle": True},
    ),
    (
        "at most one bisection per cycle",
        replace(S0, server_error_streak=2, server_error_head="e1", bisected_this_cycle=True),
        sent(4),
        ServerFailed(500),
        waits(4, 1, Problem(P.SERVER_ERROR, 500)),
        {"bisecting": None, "server_error_streak": 3},
    ),
    (
        "5xx on the first half while bisecting: halve again",
        replace(S0, bisecting=frozenset(ids(4)), limit=2),
        sent(2),
        ServerFailed(500),
        Decision(release=ids(2), problem=Problem(P.SERVER_ERROR, 500), reachable=None),
        {"bisecting": frozenset(ids(2)), "limit": 1},
    ),
    (
        "5xx on one record while bisecting: it waits alone (isolated)",
        replace(S0, bisecting=frozenset(ids(2)), limit=1, server_error_streak=3),
        sent(1, attempts=2),
        ServerFailed(500),
        alone(3, 500),
        {
            "isolated": frozenset({"e1"}),
            "isolated_this_cycle": "e1",
            "bisecting": None,
            "server_error_streak": 0,
            "limit": 8,
        },
    ),
    (
        "a single record failing the third time is isolated at once",
        replace(S0, server_error_streak=2, server_error_head="e1"),
        sent(1),
        ServerFailed(502),
        alone(1, 502),
        {"isolated": frozenset({"e1"}), "bisected_this_cycle": True},
    ),
    (
        "the batch after an isolated record fails too: an outage, undo, split less eagerly",
        replace(S0, isolated=frozenset({"e9"}), isolated_this_cycle="e9"),
        sent(3),
        ServerFailed(500),
        waits(3, 1, Problem(P.SERVER_ERROR, 500)),
        {"isolated": frozenset(), "isolated_this_cycle": None, "split_threshold": 6},
    ),
    (
        "the split threshold doubles up to its cap",
        replace(S0, isolated=frozenset({"e9"}), isolated_this_cycle="e9", split_threshold=80),
        sent(3),
        ServerFailed(500),
        waits(3, 1, Problem(P.SERVER_ERROR, 500)),
        {"split_threshold": MAX_SPLIT_THRESHOLD},
    ),
    (
        "success after a bisection: the other half goes next, alone",
        replace(S0, bisecting=frozenset(ids(4)), limit=2, split_threshold=12),
        sent(2),
        answered("accepted", "accepted"),
        Decision(sent=ids(2), answered=True),
        {"bisecting": frozenset(ids(2, first=3)), "limit": 2, "split_threshold": 3},
    ),
    (
        "success of an isolated record: it is isolated no more",
        replace(S0, isolated=frozenset({"e1", "e7"}), isolated_this_cycle="e7"),
        sent(1),
        answered("accepted"),
        Decision(sent=("e1",), answered=True),
        {"isolated": frozenset({"e7"}), "isolated_this_cycle": None},
    ),
    (
        "a record refused alone is tried alone again next to an accepted one",
        replace(S0, lone_rejections=("e9",)),
        sent(2),
        answered("accepted", "accepted"),
        Decision(sent=ids(2), answered=True),
        {"limit": 1, "cycle_accepted": True},
    ),
    (
        "a full batch at the learnt size counts towards growing",
        replace(S0, accepted_limit=4, limit=4, full_batches=3),
        sent(4),
        answered(*["accepted"] * 4),
        Decision(sent=ids(4), answered=True, batch_limit=4),
        {"full_batches": 4, "accepted_limit": 4, "largest_accepted": 4},
    ),
    (
        "a short batch does not count towards growing",
        replace(S0, accepted_limit=4, limit=4, full_batches=3),
        sent(3),
        answered(*["accepted"] * 3),
        Decision(sent=ids(3), answered=True, batch_limit=4),
        {"full_batches": 3},
    ),
    (
        "enough full batches: the accepted size grows by 1/8 (at least 1)",
        replace(S0, accepted_limit=4, limit=4, full_batches=GROW_AFTER_FULL_BATCHES - 1),
        sent(4),
        answered(*["accepted"] * 4),
        Decision(sent=ids(4), answered=True, batch_limit=5),
        {"full_batches": 0, "accepted_limit": 5, "limit": 5},
    ),
    (
        "growing back to the configured size clears the stored limit",
        replace(S0, accepted_limit=7, limit=7, full_batches=GROW_AFTER_FULL_BATCHES - 1),
        sent(7),
        answered(*["accepted"] * 7),
        Decision(sent=ids(7), answered=True, batch_limit=8),
        {"accepted_limit": 8},
    ),
    (
        "never grow to a size refused in this run",
        replace(
            S0,
            accepted_limit=4,
            limit=4,
            refused_size=5,
            full_batches=GROW_AFTER_FULL_BATCHES - 1,
        ),
        sent(4),
        answered(*["accepted"] * 4),
        Decision(sent=ids(4), answered=True, batch_limit=4),
        {"full_batches": 0, "accepted_limit": 4},
    ),
    (
        "a partly acknowledged batch does not count towards growing",
        replace(S0, accepted_limit=2, limit=2, full_batches=GROW_AFTER_FULL_BATCHES - 1),
        sent(2),
        answered("accepted", "retry"),
        Decision(
            sent=("e1",),
            retry=(RecordRetry("e2", 1, Problem(P.RECORD_RETRY, event_id="e2")),),
            problem=Problem(P.RECORD_RETRY, event_id="e2"),
            answered=True,
            batch_limit=2,
        ),
        {"full_batches": GROW_AFTER_FULL_BATCHES - 1, "largest_accepted": 0},
    ),
]


@pytest.mark.parametrize(
    ("state", "batch", "outcome", "decision", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_decide(
    state: PlanState,
    batch: tuple[Sent, ...],
    outcome: Outcome,
    decision: Decision,
    expected: dict[str, Any],
) -> None:
    got, after = decide(state, batch, outcome)
    assert got == decision
    assert {key: getattr(after, key) for key in expected} == expected
    assert sorted(got.named_ids()) == sorted(s.event_id for s in batch)


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (
            HttpAnswer(200, "application/json", b'{"results": []}'),
            Answered(BatchAnswer({})),
        ),
        (HttpAnswer(200, "text/html", b"<html>"), Unreachable(Problem(P.NOT_THE_API))),
        (
            HttpAnswer(401, "application/json", b'{"error": {"code": "bad_token"}}'),
            AuthRefused(401, "bad_token"),
        ),
        (HttpAnswer(403), AuthRefused(403)),
        *[(HttpAnswer(s), Refused(s)) for s in (400, 409, 413, 415, 422)],
        (HttpAnswer(503, retry_after_s=5.0), ServerFailed(503, None, 5.0)),
        (HttpAnswer(500), ServerFailed(500)),
        (HttpAnswer(429, retry_after_s=9.0), Failed(Problem(P.RATE_LIMITED, 429), 9.0)),
        (HttpAnswer(408), Failed(Problem(P.RATE_LIMITED, 408))),
        (HttpAnswer(404), Failed(Problem(P.WRONG_URL, 404))),
        (HttpAnswer(302), Failed(Problem(P.WRONG_URL, 302))),
    ],
    ids=lambda v: str(getattr(v, "status", "")) or None,
)
def test_outcome_of(answer: HttpAnswer, outcome: Outcome) -> None:
    assert outcome_of(answer) == outcome


@pytest.mark.parametrize(
    ("state", "claim"),
    [
        pytest.param(S0, Claim(8, ()), id="fresh"),
        pytest.param(
            replace(S0, isolated=frozenset({"i2", "i1"}), held=frozenset({"h"}), limit=3),
            Claim(3, ("h", "i1", "i2")),
            id="isolated and held close notices wait",
        ),
        pytest.param(
            replace(S0, lone_rejections=("r",)),
            Claim(8, ("r",)),
            id="refused alone: another record is tried first",
        ),
        pytest.param(
            replace(ACCEPTED, lone_rejections=("r",), limit=1),
            Claim(1, ()),
            id="refused alone: tried again once something was accepted",
        ),
    ],
)
def test_next_claim(state: PlanState, claim: Claim) -> None:
    assert next_claim(state) == claim


@pytest.mark.parametrize(
    ("state", "verdict"),
    [
        pytest.param(S0, None, id="nothing refused alone"),
        pytest.param(replace(ACCEPTED, lone_rejections=("r",)), None, id="something was accepted"),
        pytest.param(
            replace(S0, lone_rejections=("r",), lone_rejection=Problem(P.RECORD_REJECTED, 422)),
            LoneVerdict(Problem(P.RECORD_REJECTED, 422)),
            id="the only record refused alone, 422: the configuration",
        ),
        pytest.param(
            replace(
                S0, lone_rejections=("r",), lone_rejection=Problem(P.CONFLICT_QUARANTINED, 409)
            ),
            LoneVerdict(Problem(P.CONFLICT_QUARANTINED, 409), "r"),
            id="the only record refused alone, 409: that record",
        ),
    ],
)
def test_lone_verdict(state: PlanState, verdict: LoneVerdict | None) -> None:
    assert lone_verdict(state) == verdict


def test_quarantine_of_a_lone_refusal_tries_the_next_alone() -> None:
    state = replace(S0, lone_rejections=("a", "b"), limit=1)
    decision, after = quarantine(state, "a", Problem(P.CONFLICT_QUARANTINED, 409))
    assert decision.dead == (("a", Problem(P.CONFLICT_QUARANTINED, 409, None, "a")),)
    assert decision.reachable is None
    assert (after.lone_rejections, after.limit) == (("b",), 1)


@pytest.mark.parametrize(
    ("state", "eid", "more"),
    [
        pytest.param(replace(S0, isolated=frozenset({"a", "b"})), "a", False, id="outage?"),
        pytest.param(replace(S0, isolated=frozenset({"b"})), "a", True, id="it went"),
        pytest.param(replace(ACCEPTED, isolated=frozenset({"a", "b"})), "a", True, id="flowing"),
        pytest.param(replace(ACCEPTED, isolated=frozenset()), "a", False, id="none left"),
    ],
)
def test_more_isolated(state: PlanState, eid: str, more: bool) -> None:
    assert more_isolated(state, eid) is more


def test_cycle_and_settings_resets() -> None:
    busy = replace(
        S0,
        cycle_accepted=True,
        lone_rejections=("r",),
        held=frozenset({"h"}),
        bisected_this_cycle=True,
        isolated_this_cycle="i",
        isolated=frozenset({"i"}),
        consecutive_failures=5,
    )
    fresh = new_cycle(busy)
    assert fresh == replace(
        busy,
        cycle_accepted=False,
        lone_rejections=(),
        held=frozenset(),
        bisected_this_cycle=False,
        isolated_this_cycle=None,
    )
    assert new_settings(busy).consecutive_failures == 0
    assert hold(S0, "h").held == {"h"}


@pytest.mark.parametrize(
    ("args", "limit"), [((8, 3, None), 8), ((8, 3, 5), 5), ((8, 3, 50), 8), ((8, 3, 0), 1)]
)
def test_initial_state(args: tuple[int, int, int | None], limit: int) -> None:
    state = PlanState.initial(*args)
    assert (state.accepted_limit, state.limit, state.split_threshold) == (limit, limit, 3)


@pytest.mark.parametrize("args", [(0, 3), (8, 0)])
def test_initial_state_refuses_nonsense(args: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        PlanState.initial(*args)


# -- property: no id is ever dropped -----------------------------------------------------------

POOL = [f"r{i}" for i in range(12)]
_STATUSES = st.sampled_from(["accepted", "duplicate", "conflict", "rejected", "retry", None])
_OUTCOMES = st.one_of(
    st.lists(_STATUSES, min_size=len(POOL), max_size=len(POOL)).map(lambda s: ("answer", s)),
    st.sampled_from([P.OFFLINE, P.TIMEOUT, P.NOT_THE_API]).map(lambda k: Unreachable(Problem(k))),
    st.sampled_from([401, 403]).map(AuthRefused),
    st.sampled_from([400, 409, 413, 415, 422]).map(Refused),
    st.sampled_from([500, 502, 503]).map(ServerFailed),
    st.sampled_from([408, 429, 404]).map(lambda s: Failed(Problem(P.RATE_LIMITED, s))),
)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), batch_size=st.integers(1, 6), split_after=st.integers(1, 3))
def test_no_id_is_ever_dropped(data: st.DataObject, batch_size: int, split_after: int) -> None:
    """A random walk through the planner: every decision names each id sent exactly once,
    as acknowledged, retried, quarantined or put back for later."""
    state = PlanState.initial(batch_size, split_after)
    for _ in range(data.draw(st.integers(1, 40), label="steps")):
        if data.draw(st.integers(0, 9), label="new cycle?") == 0:
            state = new_cycle(state)
        claim = next_claim(state)
        assert 1 <= claim.limit <= batch_size
        assert 1 <= state.accepted_limit <= batch_size
        free = [eid for eid in POOL if eid not in claim.exclude]
        if not free:
            state = new_cycle(replace(state, isolated=frozenset()))
            continue
        take = data.draw(st.integers(1, min(claim.limit, len(free))), label="taken")
        batch = [Sent(eid, data.draw(st.integers(0, 30), label="attempts")) for eid in free[:take]]
        drawn = data.draw(_OUTCOMES, label="outcome")
        outcome: Outcome
        if isinstance(drawn, tuple):
            statuses = dict(zip(POOL, drawn[1], strict=True))
            outcome = Answered(
                BatchAnswer(
                    {
                        s.event_id: RecordResult(s.event_id, str(statuses[s.event_id]))
                        for s in batch
                        if statuses[s.event_id] is not None
                    }
                )
            )
        else:
            outcome = drawn
        decision, state = decide(state, batch, outcome)
        for reached, label in (
            (state.bisecting, "bisecting"),
            (state.isolated, "isolated"),
            (state.lone_rejections, "refused alone"),
            (decision.stop, "stopped"),
            (state.accepted_limit < batch_size, "learnt a smaller batch"),
        ):
            if reached:
                event(label)
        named = decision.named_ids()
        assert sorted(named) == sorted(s.event_id for s in batch), (outcome, decision)
        verdict = lone_verdict(state)
        if verdict is not None and verdict.quarantine is not None:
            decision, state = quarantine(state, verdict.quarantine, verdict.problem)
            assert decision.named_ids() == [verdict.quarantine]
