"""Retry counters and the one VERIFY: the lock guard shared by every card reader.

* :func:`read_counter` asks the card for a secret's tries left with an empty VERIFY (no try is
  used) and decides whether the kiosk may VERIFY it at all;
* :func:`refuse_unsafe` raises the typed refusal for a secret the kiosk will not VERIFY;
* :func:`verify_once` sends the one VERIFY (never retried) and turns its status word into a
  typed error.

Only ``63Cx`` is a count and ``6984`` a lock; any other answer to the empty VERIFY
(``9000``, ``6983``, ``6300``, ``6A82``, ...) reports no count, and the secret is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.cards.apdu import SW_BLOCKED, CountingTransport, Response, verify_sfi, wipe
from kiosk.cards.api import (
    BadCardDataError,
    CardLockedError,
    LastTryRefusedError,
    SecretKind,
    SecretStatus,
    TriesUnreadableError,
    WrongSecretError,
)


def counter_of(response: Response) -> tuple[int | None, bool]:
    """(tries left or None if not reported, locked) from an empty VERIFY's answer."""
    tries = response.tries_left
    if tries is not None:
        return tries, tries == 0
    if response.sw == SW_BLOCKED:
        return 0, True
    return None, False


class CounterHistory:
    """The lowest tries-left each secret has shown on this connection.

    Within one exclusive connection a counter rises only after a successful VERIFY, and the
    kiosk sends a VERIFY only while the counter is above the threshold. A counter that rises
    otherwise is a card (or reader) not to be trusted: once a reading at or below the
    threshold, or a lock, was seen, no VERIFY for that secret is sent on this connection.
    """

    def __init__(self) -> None:
        self._lowest: dict[SecretKind, int] = {}

    def note(self, kind: SecretKind, tries: int | None, *, locked: bool = False) -> None:
        value = 0 if locked else tries
        if value is not None:
            self._lowest[kind] = min(self._lowest.get(kind, value), value)

    def at_or_below(self, kind: SecretKind, threshold: int) -> bool:
        lowest = self._lowest.get(kind)
        return lowest is not None and lowest <= threshold


def read_counter(
    transport: CountingTransport,
    sfi: int,
    kind: SecretKind,
    history: CounterHistory,
    threshold: int,
) -> SecretStatus:
    """The secret's status from an empty VERIFY (no try used); ``refused`` when its count is
    unknown, at or below ``threshold``, locked, or was so earlier on this connection."""
    tries, locked = counter_of(transport.transmit(verify_sfi(sfi)))
    history.note(kind, tries, locked=locked)
    refused = locked or tries is None or tries <= threshold or history.at_or_below(kind, threshold)
    return SecretStatus(kind, tries, locked, refused)


def unreadable_everywhere(secrets: tuple[SecretStatus, ...]) -> None:
    """TriesUnreadableError when no secret of the card reported a count and none is locked:
    nothing can be tried here, and the card is not locked either (see staff)."""
    if all(s.tries_left is None and not s.locked for s in secrets):
        raise TriesUnreadableError("the card does not report how many tries are left")


def refuse_unsafe(current: SecretStatus, locked_message: str) -> None:
    """Raise the typed refusal for a secret the kiosk will not VERIFY (checked in this order:
    locked, count unreadable, at or below the threshold)."""
    if current.locked:
        raise CardLockedError(locked_message)
    if current.tries_left is None:
        raise TriesUnreadableError("the card does not report how many tries are left")
    if current.refused:
        raise LastTryRefusedError(current.tries_left)


def verify_once(
    transport: CountingTransport,
    sfi: int,
    digits: bytearray,
    *,
    kind: SecretKind,
    history: CounterHistory,
    locked_message: str,
    wrong_message: Callable[[int], str] | None = None,
) -> None:
    """The one VERIFY of ``digits`` (never retried). The APDU buffer is wiped after the
    transmit. A wrong secret is :class:`WrongSecretError`, a lock :class:`CardLockedError`,
    anything else but ``90 00`` :class:`BadCardDataError`."""
    apdu = verify_sfi(sfi, digits)
    try:
        response = transport.transmit(apdu)
    finally:
        wipe(apdu)
    if response.ok:
        return
    tries = response.tries_left
    history.note(kind, tries, locked=response.sw == SW_BLOCKED)
    if response.sw == SW_BLOCKED or tries == 0:
        raise CardLockedError(locked_message)
    if tries is not None:
        raise WrongSecretError(tries, wrong_message(tries) if wrong_message else None)
    raise BadCardDataError("unexpected answer to VERIFY")
