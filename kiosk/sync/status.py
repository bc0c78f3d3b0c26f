"""What staff need to know about sending: typed problems and the one SyncStatus type. Qt-free.

Nothing here holds free text from the server: a problem is a :class:`SyncProblem`, the HTTP
status, the server's error *code* (only when it is a short machine word, see
:func:`kiosk.redaction.safe_error_code`) and, for a quarantined record, its id (a UUID made
on this terminal). The UI turns the problem into words in every language; :func:`summary`
is the English one-liner for logs and the command line.

The status is persisted in the store's ``meta`` table (keys ``sync.*`` below), so that
``python -m kiosk.outbox status --json`` in another process shows what the kiosk's worker saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncProblem(StrEnum):
    """Why records are not (all) delivered; each value gets its own words in the UI."""

    #: No connection at all (refused, network unreachable).
    OFFLINE = "offline"
    #: The server's name could not be resolved.
    DNS_FAILED = "dns_failed"
    #: TLS failed: certificate not trusted (a municipal private CA needs api.ca_file),
    #: expired, wrong host name, or the CA file cannot be read.
    TLS_FAILED = "tls_failed"
    #: No complete answer within the request deadline (api.timeout_s for the whole request).
    TIMEOUT = "timeout"
    #: The connection dropped during the request (possibly after the server stored it).
    CONNECTION_RESET = "connection_reset"
    #: The answer was larger than the contract allows; nothing acknowledged, retried later.
    ANSWER_TOO_LARGE = "answer_too_large"
    #: A 200 answer that is not the API's JSON (captive portal, proxy login page).
    NOT_THE_API = "not_the_api"
    #: 3xx, 404, 405: the URL in the settings is probably wrong.
    WRONG_URL = "wrong_url"
    #: 408 or 429: the server asks to slow down.
    RATE_LIMITED = "rate_limited"
    #: 5xx: the server's own trouble.
    SERVER_ERROR = "server_error"
    #: 401 / 403: the API token was refused; sending stops until the settings change.
    AUTH_REJECTED = "auth_rejected"
    #: The server refuses every record as a whole (4xx): a configuration problem.
    SERVER_REJECTED = "server_rejected"
    #: A record was quarantined because the server holds other content under its id.
    CONFLICT_QUARANTINED = "conflict_quarantined"
    #: A record was quarantined because the server refused it permanently.
    RECORD_REJECTED = "record_rejected"
    #: The server asked to send a record again later (per-record ``retry``).
    RECORD_RETRY = "record_retry"
    #: The server's answer did not acknowledge some records sent (missing or malformed).
    NOT_ACKNOWLEDGED = "not_acknowledged"
    #: The terminal's clock differs from the server's by more than CLOCK_TOLERANCE_MINUTES.
    CLOCK_WRONG = "clock_wrong"
    #: The local disk is full.
    STORAGE_FULL = "storage_full"
    #: The local database failed otherwise.
    STORAGE_FAILED = "storage_failed"
    #: Records claimed by a sender that is gone (killed): they wait for the lease to end or
    #: for ``outbox sync --recover-in-flight`` / a kiosk restart.
    CLAIMS_STRANDED = "claims_stranded"
    #: The URL is plain http to another machine: refused before anything was sent.
    INSECURE_URL = "insecure_url"


#: A terminal clock further than this from the server's is reported as ``clock_wrong``.
CLOCK_TOLERANCE_MINUTES = 5
#: An in-flight claim older than this (seconds) while nothing answers is ``claims_stranded``
#: (far longer than any request may take: api.timeout_s is at most 120 s).
STRANDED_AFTER_S = 300.0

# meta keys (store.meta_get / record_outcome(meta=...)).
META_PROBLEM = "sync.problem"
META_PROBLEM_SINCE = "sync.problem_since"
META_HTTP_STATUS = "sync.http_status"
META_SERVER_CODE = "sync.server_code"
META_PROBLEM_EVENT = "sync.problem_event_id"
META_AUTH_REJECTED = "sync.auth_rejected"
META_SERVER_REJECTED = "sync.server_rejected"
META_CLOCK_OFFSET = "sync.clock_offset_minutes"
META_BATCH_LIMIT = "sync.batch_limit"
META_REACHABLE = "sync.reachable"

_SUMMARIES: dict[SyncProblem, str] = {
    SyncProblem.OFFLINE: "could not connect to the server",
    SyncProblem.DNS_FAILED: "the server's name could not be resolved",
    SyncProblem.TLS_FAILED: "the server's certificate could not be verified",
    SyncProblem.TIMEOUT: "the server did not answer in time",
    SyncProblem.CONNECTION_RESET: "the connection dropped during the request",
    SyncProblem.ANSWER_TOO_LARGE: "the server's answer was too large",
    SyncProblem.NOT_THE_API: "the answer was not the management API's (captive portal?)",
    SyncProblem.WRONG_URL: "the URL does not lead to the management API",
    SyncProblem.RATE_LIMITED: "the server asked to slow down",
    SyncProblem.SERVER_ERROR: "the server had an error",
    SyncProblem.AUTH_REJECTED: "the server refused the API token",
    SyncProblem.SERVER_REJECTED: "the server refused the records as a whole; check the settings",
    SyncProblem.CONFLICT_QUARANTINED: "a record was quarantined: the server has other content"
    " under its id",
    SyncProblem.RECORD_REJECTED: "a record was quarantined: the server refused it",
    SyncProblem.RECORD_RETRY: "the server asked to send a record again later",
    SyncProblem.NOT_ACKNOWLEDGED: "the server did not acknowledge every record",
    SyncProblem.CLOCK_WRONG: "the terminal's clock is wrong",
    SyncProblem.STORAGE_FULL: "the kiosk's storage is full",
    SyncProblem.STORAGE_FAILED: "the kiosk's record database failed",
    SyncProblem.CLAIMS_STRANDED: "records were left in flight by a sender that stopped",
    SyncProblem.INSECURE_URL: "plain http is allowed only to this machine; use https",
}


@dataclass(frozen=True)
class Problem:
    """One problem in safe parts only (no server text)."""

    kind: SyncProblem
    http_status: int | None = None
    server_code: str | None = None
    event_id: str | None = None

    def summary(self) -> str:
        return summary(self.kind, self.http_status, self.server_code)


def summary(
    kind: SyncProblem, http_status: int | None = None, server_code: str | None = None
) -> str:
    """English one-liner for logs and the command line, built from the safe parts alone.

    The record id is not part of it (it is in ``problem_event_id`` and the dead list)."""
    details = [f"HTTP {http_status}" if http_status else "", server_code or ""]
    detail = ", ".join(d for d in details if d)
    return _SUMMARIES[kind] + (f" ({detail})" if detail else "")


@dataclass(frozen=True)
class SyncStatus:
    """What staff see: queue counts, last success and the typed problem (all persisted)."""

    pending: int = 0
    in_flight: int = 0
    sent: int = 0
    dead: int = 0
    last_success_at: datetime | None = None
    #: English summary of the problem (built from the typed parts; never server text).
    last_error: str = ""
    #: The server refused the token (401/403): nothing is sent until the settings change.
    auth_rejected: bool = False
    #: Whether the management API answered the last attempt; None before the first one.
    reachable: bool | None = None
    #: The server refused every record as a whole (4xx: a configuration problem, e.g. the
    #: shelter is not registered): nothing is sent, nothing is quarantined, until staff
    #: press "send now" (wake(retry_now=True)) or the settings change.
    server_rejected: bool = False
    #: The current problem, None when the last attempt went well.
    problem: SyncProblem | None = None
    #: Since when this problem lasts.
    problem_since: datetime | None = None
    #: HTTP status of the answer behind the problem, if there was one.
    http_status: int | None = None
    #: The server's error code (a short machine word), if it sent one.
    server_code: str | None = None
    #: The record concerned (a quarantined record's id), if any.
    problem_event_id: str | None = None
    #: Terminal clock minus server clock, in minutes, when beyond the tolerance; else None.
    clock_offset_minutes: int | None = None
    #: In-flight records whose claim is older than STRANDED_AFTER_S.
    stranded: int = 0

    @property
    def waiting(self) -> int:
        """Records not yet acknowledged and still being tried."""
        return self.pending + self.in_flight

    @property
    def online(self) -> bool | None:
        """The UI's word for ``reachable``."""
        return self.reachable

    @property
    def quarantined(self) -> int:
        """The UI's word for ``dead``: records staff must look at."""
        return self.dead
