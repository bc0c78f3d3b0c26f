"""The paired peer terminals of one shelter as destinations of the outbox (docs/lan.md).

Every peer has its own delivery row per record in ``peer_outbox``, with the server outbox's
states (pending, in_flight, sent, dead), attempts, wall-clock retry times clamped to the
longest back-off, and a claim lease: a terminal killed mid-exchange takes its claims back at
start (or any claim after the lease), and the peer stores each record once (keyed by its
id), so a resend is answered "duplicate". A record received from a peer is stored with its
origin (``received_from``), encrypted under this store's key like a local one, and gets no
server outbox row: the management server gets every record from the terminal that made it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from kiosk.records import Event
from kiosk.store.database import Database
from kiosk.store.events import EVENT_SELECT, Events, iso, unreadable_reason
from kiosk.store.outbox import _DUE, _ID_CHUNK, STATES, notify_all, put_back_claims

log = logging.getLogger(__name__)


class PeerOutbox:
    """``lan_peers`` and ``peer_outbox``: what each paired terminal still lacks from us."""

    def __init__(
        self, database: Database, events: Events, *, claim_lease_s: float, max_backoff_s: float
    ) -> None:
        self._db = database
        self._events = events
        self._claim_lease_s = claim_lease_s
        self.max_backoff_s = max_backoff_s
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def notify(self) -> None:
        """Tell the LAN senders that records wait for a peer."""
        notify_all(self._listeners)

    # -- peers -------------------------------------------------------------------------------

    def ensure_peer(self, peer_id: str, address: str | None = None) -> int:
        """Make ``peer_id`` a destination: every record it did not make or send us is queued
        for it (once; calling again queues only what is missing). ``address``: where it
        was reached now (kept for the next start). Returns the rows queued."""
        if not peer_id:
            raise ValueError("a peer needs a terminal id")
        now = self._db.clock.now()
        with self._db.write() as c:
            c.execute(
                "INSERT INTO lan_peers (peer_id, added_at, address) VALUES (?, ?, ?)"
                " ON CONFLICT (peer_id) DO UPDATE SET address = coalesce(?, address)",
                (peer_id, iso(now), address, address),
            )
            cur = c.execute(
                "INSERT OR IGNORE INTO peer_outbox (peer_id, event_id, seq, state, attempts,"
                " next_attempt_at, created_at) SELECT ?, event_id, seq, 'pending', 0, ?, ?"
                " FROM events WHERE terminal_id != ? AND coalesce(received_from, '') != ?"
                " AND purged_at IS NULL",
                (peer_id, now.timestamp(), iso(now), peer_id, peer_id),
            )
            queued = int(cur.rowcount)
        if queued:
            self.notify()
        return queued

    def remove_peer(self, peer_id: str) -> None:
        """Unpair: forget the peer and its delivery rows (no record is touched)."""
        with self._db.write() as c:
            c.execute("DELETE FROM peer_outbox WHERE peer_id = ?", (peer_id,))
            c.execute("DELETE FROM lan_peers WHERE peer_id = ?", (peer_id,))

    def peers(self) -> list[str]:
        return list(self.addresses())

    def addresses(self) -> dict[str, str | None]:
        """Every paired peer and the address it was last reached at (None: not yet)."""
        rows = self._db.read("SELECT peer_id, address FROM lan_peers ORDER BY 1")
        return {str(p): (str(a) if a is not None else None) for p, a in rows}

    # -- receiving ---------------------------------------------------------------------------

    def record_received(
        self, events: Sequence[Event], from_peer: str, *, own_terminal: str | None = None
    ) -> list[str]:
        """Store records a peer sent, each once (keyed by id), in one transaction; queue them
        for the other peers. Returns the ids that were new here (the rest: duplicates).

        A record this terminal made itself (``own_terminal``) that it no longer holds (its
        database was replaced) is taken back as its own: queued for the server again (the
        server keeps one copy of an id), since nobody else will ever send it there."""
        cipher = self._events.require_cipher()
        now = self._db.clock.now()
        stamp, due = iso(now), now.timestamp()
        batch: dict[str, Event] = {}
        for event in events:
            batch.setdefault(event.event_id, event)  # an id sent twice: its first copy
        # Encrypted, fingerprinted and sealed outside the write lock, and only what is not
        # held yet (a resend after a lost answer costs no crypto); checked again under it.
        held = self._held(batch, self._db.read)
        rows = {
            event_id: self._events.event_row(event, cipher, stamp)
            for event_id, event in batch.items()
            if event_id not in held
        }
        with self._db.write() as c:
            held = self._held(rows, lambda sql, params: c.execute(sql, params).fetchall())
            new = [event_id for event_id in rows if event_id not in held]
            ours = {
                i for i in new if own_terminal is not None and batch[i].terminal_id == own_terminal
            }
            # One executemany per table, the peer list read once per batch (a catch-up of
            # 10,000 records is 20 batches: per-record statements were most of its SQL).
            c.executemany(
                "INSERT INTO events (event_id, kind, shelter_id, terminal_id,"
                " occurred_at, utc_offset_minutes, registration_type, card_type,"
                " consent_version, refers_to, training, recorded_at, person_fp, seal,"
                " personal, received_from)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*rows[i], None if i in ours else from_peer) for i in new],
            )
            seqs = self._seqs(c, new)
            c.executemany(
                "INSERT INTO outbox (event_id, seq, state, attempts, next_attempt_at,"
                " created_at) VALUES (?, ?, 'pending', 0, ?, ?)",
                [(i, seqs[i], due, stamp) for i in new if i in ours],
            )
            others = [
                str(r[0])
                for r in c.execute("SELECT peer_id FROM lan_peers WHERE peer_id != ?", (from_peer,))
            ]
            # Relayed to the other peers, never back to the one it came from or its origin.
            c.executemany(
                "INSERT OR IGNORE INTO peer_outbox (peer_id, event_id, seq, state, attempts,"
                " next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)",
                [
                    (peer, i, seqs[i], due, stamp)
                    for i in new
                    for peer in others
                    if peer != batch[i].terminal_id
                ],
            )
        if new:
            self.notify()
        return new

    @staticmethod
    def _held(
        ids: Iterable[str], read: Callable[[str, Sequence[str]], Iterable[Sequence[object]]]
    ) -> set[str]:
        """Of ``ids``, those the events table holds (``read``: a query with parameters)."""
        wanted = list(ids)
        held: set[str] = set()
        for start in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[start : start + _ID_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            held.update(
                str(r[0])
                for r in read(
                    f"SELECT event_id FROM events WHERE event_id IN ({marks})",  # noqa: S608
                    chunk,
                )
            )
        return held

    @staticmethod
    def _seqs(c: sqlite3.Connection, ids: Sequence[str]) -> dict[str, int]:
        seqs: dict[str, int] = {}
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            seqs.update(
                (str(i), int(q))
                for i, q in c.execute(
                    f"SELECT event_id, seq FROM events WHERE event_id IN ({marks})",  # noqa: S608
                    chunk,
                )
            )
        return seqs

    def resend_all(self, peer_id: str) -> int:
        """The peer holds fewer records than we delivered to it (its database was replaced):
        queue every record for it again, its own and those it sent us included; it answers
        which ones it lacks, so only those travel. Returns the rows queued again."""
        now = self._db.clock.now()
        with self._db.write() as c:
            c.execute(
                "INSERT OR IGNORE INTO peer_outbox (peer_id, event_id, seq, state, attempts,"
                " next_attempt_at, created_at) SELECT ?, event_id, seq, 'pending', 0, ?, ?"
                " FROM events WHERE purged_at IS NULL",
                (peer_id, now.timestamp(), iso(now)),
            )
            cur = c.execute(
                "UPDATE peer_outbox SET state = 'pending', next_attempt_at = ?, acked_at = NULL"
                " WHERE peer_id = ? AND state IN ('sent', 'dead') AND event_id NOT IN"
                " (SELECT event_id FROM events WHERE purged_at IS NOT NULL)",
                (now.timestamp(), peer_id),
            )
            count = int(cur.rowcount)
        log.warning("lan: a peer lost records; %d record(s) queued for it again", count)
        self.notify()
        return count

    def held_count(self) -> int:
        return int(self._db.read("SELECT count(*) FROM events")[0][0])

    def lacking(self, event_ids: Iterable[str]) -> list[str]:
        """Of these ids, the ones this store does not hold (in the order given)."""
        ids = list(dict.fromkeys(event_ids))
        held = self._held(ids, self._db.read)
        return [i for i in ids if i not in held]

    def origin_counts(self) -> dict[str, int]:
        """How many records this store holds per terminal that made them."""
        rows = self._db.read("SELECT terminal_id, count(*) FROM events GROUP BY terminal_id")
        return {str(t): int(n) for t, n in rows}

    # -- delivery ----------------------------------------------------------------------------

    def requeue_in_flight(self) -> int:
        """Start-up of the kiosk: claims of a process that died go back to pending."""
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            return put_back_claims(c, "peer_outbox", now, lease_s=None)

    def claim(self, peer_id: str, limit: int) -> list[Event]:
        """Move up to ``limit`` due rows of this peer to in_flight, oldest first. A row that
        cannot be read is quarantined for this peer (the queue goes on)."""
        cipher = self._events.require_cipher()
        now = self._db.clock.now().timestamp()
        claimed: list[Event] = []
        broken: list[tuple[str, str]] = []
        with self._db.write() as c:
            put_back_claims(
                c,
                "peer_outbox",
                now,
                lease_s=self._claim_lease_s,
                where=" AND peer_id = ?",
                params=(peer_id,),
            )
            # The batch's ids first, then their records: joining before the LIMIT read every
            # pending record of the peer (10,000 on a new terminal's catch-up) per claim.
            rows = c.execute(
                EVENT_SELECT  # noqa: S608 (constant SQL)
                + " FROM (SELECT event_id, seq FROM peer_outbox o"
                " WHERE o.peer_id = ? AND o.state = 'pending' AND " + _DUE + " ORDER BY o.seq"
                " LIMIT ?) o JOIN events e USING (event_id) ORDER BY o.seq",
                (peer_id, now, now + self.max_backoff_s, limit),
            ).fetchall()
            for row in rows:
                try:
                    claimed.append(self._events.row_to_event(row, cipher))
                except Exception as exc:
                    broken.append((unreadable_reason(exc), str(row[0])))
            stamp = iso(self._db.clock.now())
            c.executemany(
                "UPDATE peer_outbox SET state = 'in_flight', last_attempt_at = ?"
                " WHERE peer_id = ? AND event_id = ?",
                [(stamp, peer_id, e.event_id) for e in claimed],
            )
            c.executemany(
                "UPDATE peer_outbox SET state = 'dead', last_error = ?"
                " WHERE peer_id = ? AND event_id = ?",
                [(reason, peer_id, eid) for reason, eid in broken],
            )
        if broken:
            log.error("%d record(s) for a peer could not be read: quarantined", len(broken))
        return claimed

    def outcome(
        self,
        peer_id: str,
        *,
        sent: Sequence[str] = (),
        dead: Sequence[tuple[str, str]] = (),
        failed: Sequence[str] = (),
        delay_s: float = 0.0,
        error: str = "",
    ) -> None:
        """One peer answer in one transaction. ``failed``: the request failed as a whole
        (network, peer down): those rows and every other due row of this peer wait
        ``delay_s`` (clamped to the longest back-off), so an absent peer costs one request
        per back-off step."""
        now = self._db.clock.now()
        wait = now.timestamp() + min(max(delay_s, 0.0), self.max_backoff_s)
        with self._db.write() as c:
            c.executemany(
                "UPDATE peer_outbox SET state = 'sent', acked_at = ?, last_error = NULL"
                " WHERE peer_id = ? AND event_id = ? AND state IN ('in_flight', 'pending')",
                [(iso(now), peer_id, eid) for eid in sent],
            )
            c.executemany(
                "UPDATE peer_outbox SET state = 'dead', attempts = attempts + 1, last_error = ?"
                " WHERE peer_id = ? AND event_id = ? AND state = 'in_flight'",
                [(code, peer_id, eid) for eid, code in dead],
            )
            if failed:
                c.executemany(
                    "UPDATE peer_outbox SET state = 'pending', attempts = attempts + 1,"
                    " next_attempt_at = ?, last_error = ?"
                    " WHERE peer_id = ? AND event_id = ? AND state = 'in_flight'",
                    [(wait, error, peer_id, eid) for eid in failed],
                )
                c.execute(
                    "UPDATE peer_outbox AS o SET next_attempt_at = ?"  # noqa: S608
                    " WHERE o.peer_id = ? AND o.state = 'pending' AND " + _DUE,
                    (wait, peer_id, now.timestamp(), now.timestamp() + self.max_backoff_s),
                )

    def make_due_now(self, peer_id: str) -> int:
        """The peer was seen again (discovery, an incoming request): send at once."""
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            cur = c.execute(
                "UPDATE peer_outbox SET next_attempt_at = ?"
                " WHERE peer_id = ? AND state = 'pending' AND next_attempt_at > ?",
                (now, peer_id, now),
            )
            return int(cur.rowcount)

    def retry_dead(self, peer_id: str) -> int:
        now = self._db.clock.now().timestamp()
        with self._db.write() as c:
            cur = c.execute(
                "UPDATE peer_outbox SET state = 'pending', next_attempt_at = ?"
                " WHERE peer_id = ? AND state = 'dead'",
                (now, peer_id),
            )
            return int(cur.rowcount)

    def next_due_at(self, peer_id: str) -> float | None:
        now = self._db.clock.now().timestamp()
        rows = self._db.read(
            "SELECT min(CASE WHEN next_attempt_at > ? THEN ? ELSE next_attempt_at END)"
            " FROM peer_outbox WHERE peer_id = ? AND state = 'pending'",
            (now + self.max_backoff_s, now, peer_id),
        )
        return float(rows[0][0]) if rows and rows[0][0] is not None else None

    def delivery_counts(self) -> dict[str, dict[str, int]]:
        """Per paired peer, its delivery rows per state (status tools; works without the
        key, and on a database not yet at schema 5: then no peer)."""
        tables = self._db.read(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('lan_peers', 'peer_outbox')"
        )
        if int(tables[0][0]) != 2:
            return {}
        out = {peer: dict.fromkeys(STATES, 0) for peer in self.addresses()}
        for peer, state, n in self._db.read(
            "SELECT peer_id, state, count(*) FROM peer_outbox GROUP BY peer_id, state"
        ):
            out.setdefault(str(peer), dict.fromkeys(STATES, 0))[str(state)] = int(n)
        return out

    def counts(self, peer_id: str) -> dict[str, int]:
        out = dict.fromkeys(STATES, 0)
        for state, n in self._db.read(
            "SELECT state, count(*) FROM peer_outbox WHERE peer_id = ? GROUP BY state",
            (peer_id,),
        ):
            out[str(state)] = int(n)
        return out
