"""One sender thread per paired peer: drains that peer's delivery rows (kiosk.store.peers).

Each cycle claims a batch for the peer (in_flight, with the store's lease), asks the peer
which of those ids it lacks, sends only those, and records the answer in one transaction:
held or accepted → ``sent`` for that peer; refused with a code → ``dead`` for that peer
(staff see it; the record itself is untouched and still goes to the server); a failed
exchange → the batch and every due row of that peer wait a back-off step (full jitter, no
retry cap; while the peer is away, each attempt claims one record). A process killed
between the claim and the answer leaves ``in_flight`` rows that the next start (or the
lease) puts back; the peer stores each record once, so a resend is answered ``duplicate``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.lan.client import PeerClient, PeerUnavailableError
from kiosk.store.store import RecordStore
from kiosk.sync.backoff import Backoff

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeerStatus:
    """What staff may see about one peer (no personal data)."""

    peer_id: str
    address: str | None
    reachable: bool
    waiting: int
    problem: str | None = None
    clock_offset_s: float | None = None


class PeerSender:
    def __init__(
        self,
        store: RecordStore,
        peer_id: str,
        client_for: Callable[[], PeerClient | None],
        *,
        batch_size: int = 500,
        backoff: Backoff | None = None,
        max_idle_wait_s: float = 5.0,
        parallel: int = 2,
    ) -> None:
        self.peer_id = peer_id
        self._store = store
        self._client_for = client_for
        self._batch_size = batch_size
        self._backoff = backoff or Backoff(base_s=1.0, cap_s=30.0)
        self._max_idle_wait_s = max_idle_wait_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._failures = 0
        self._problem: str | None = None
        self._clock_offset: float | None = None
        self._threads: list[threading.Thread] = []
        self._parallel = parallel

    def start(self) -> None:
        # Two exchanges at a time: one batch is claimed and encrypted here while the peer
        # decrypts and stores the previous one (claims are atomic and answers are per id, so
        # the two never touch the same row).
        self._threads = [
            threading.Thread(target=self._run, name=f"lan-sender-{self.peer_id}", daemon=True)
            for _ in range(self._parallel)
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(15)

    def wake(self, *, retry_now: bool = False) -> None:
        if retry_now:
            self._store.peers.make_due_now(self.peer_id)
        self._wake.set()

    def status(self) -> PeerStatus:
        client = self._client_for()
        return PeerStatus(
            peer_id=self.peer_id,
            address=client.address if client else None,
            reachable=client is not None and self._failures == 0,
            waiting=self._store.peers.counts(self.peer_id)["pending"],
            problem=self._problem,
            clock_offset_s=self._clock_offset,
        )

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.send_once()
            except Exception as exc:  # a bug or a store problem: logged, the loop goes on
                log.error("lan: sending to a peer failed (%s)", type(exc).__name__)
                busy = False
            if busy:
                continue
            self._wake.wait(self._idle_wait())
            self._wake.clear()

    def _idle_wait(self) -> float:
        due = self._store.peers.next_due_at(self.peer_id)
        if due is None:
            return self._max_idle_wait_s
        return min(max(due - time.time(), 0.05), self._max_idle_wait_s)

    def send_once(self) -> bool:
        """One exchange; True when all it claimed went and more may wait."""
        client = self._client_for()
        if client is None:
            return False  # no address yet: discovery or a typed address will bring one
        peers = self._store.peers
        # While the peer does not answer, one record per attempt: a terminal that is away
        # costs a small request per back-off step, not the claim (and decryption) of a whole
        # batch; once it answers, full batches again.
        limit = self._batch_size if self._failures == 0 else 1
        events = peers.claim(self.peer_id, limit)
        if not events:
            return False
        ids = [e.event_id for e in events]
        try:
            lacking = client.lack(ids)
            answer = client.push([e for e in events if e.event_id in lacking]) if lacking else None
        except Exception as exc:
            # Unreachable, refused, or an answer this version cannot use: the claimed rows
            # go back to pending at once (never left in flight until the lease runs out).
            code = exc.code if isinstance(exc, PeerUnavailableError) else "peer_error"
            self._failures += 1
            self._problem = code
            self._clock_offset = getattr(exc, "clock_offset_s", None)
            delay = self._backoff.delay(self._failures)
            peers.outcome(self.peer_id, failed=ids, delay_s=delay, error=code)
            if self._failures == 1:
                log.warning("lan: a peer is not answering (%s)", code)
            return False
        self._failures = 0
        self._problem = None
        self._clock_offset = None
        held = [i for i in ids if i not in lacking]
        if answer is None:
            peers.outcome(self.peer_id, sent=held)
        else:
            refused = {i for i, _ in answer.rejected}
            peers.outcome(
                self.peer_id,
                sent=held + answer.accepted + answer.duplicate,
                dead=answer.rejected,
                # Neither acknowledged nor refused (an answer missing ids): sent again.
                failed=sorted(lacking - refused - set(answer.accepted) - set(answer.duplicate)),
                delay_s=self._backoff.base_s,
                error="not_acknowledged",
            )
            if answer.rejected:
                log.error("lan: a peer refused %d record(s)", len(answer.rejected))
        return len(events) == limit
