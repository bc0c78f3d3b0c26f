"""Requests to one peer terminal (authenticated, encrypted: :mod:`kiosk.lan.protocol`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import requests

from kiosk.lan import protocol
from kiosk.lan.pairing import ShelterKeys
from kiosk.lan.protocol import ProtocolError
from kiosk.records import Event


class PeerUnavailableError(Exception):
    """The peer could not be reached or did not answer usably; ``code`` says why (typed,
    no content): ``unreachable``, ``timeout``, ``unauthenticated`` (it does not hold our
    shelter code), ``clock_skew`` (its clock differs from ours by more than the replay
    window), ``answer_not_authentic``, ``peer_error``."""

    def __init__(self, code: str, *, clock_offset_s: float | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.clock_offset_s = clock_offset_s


@dataclass(frozen=True)
class PushAnswer:
    accepted: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


class PeerClient:
    def __init__(
        self, address: str, keys: ShelterKeys, terminal_id: str, *, timeout_s: float = 5.0
    ) -> None:
        self.address = address
        self._keys = keys
        self._terminal_id = terminal_id
        self._timeout_s = timeout_s
        self._session = requests.Session()
        self._session.trust_env = False  # never a proxy: the peer is on this LAN

    def close(self) -> None:
        self._session.close()

    def call(self, path: str, payload: Any) -> Any:
        headers, body, nonce = protocol.seal_request(
            self._keys, self._terminal_id, "POST", path, payload
        )
        try:
            response = self._session.post(
                f"http://{self.address}{path}", data=body, headers=headers, timeout=self._timeout_s
            )
        except requests.Timeout as exc:
            raise PeerUnavailableError("timeout") from exc
        except requests.RequestException as exc:
            raise PeerUnavailableError("unreachable") from exc
        if response.status_code == 401:
            code = _refusal_code(response)
            offset = None
            peer_time = response.headers.get(protocol.H_PEER_TIME)
            if code == "clock_skew" and peer_time is not None:
                try:
                    offset = float(peer_time) - float(headers[protocol.H_TIME])
                except ValueError:
                    offset = None
            raise PeerUnavailableError(code, clock_offset_s=offset)
        try:
            answer = protocol.open_response(
                self._keys, nonce, response.status_code, response.headers, response.content
            )
        except (ProtocolError, ValueError) as exc:
            raise PeerUnavailableError("answer_not_authentic") from exc
        if response.status_code != 200:
            raise PeerUnavailableError("peer_error")
        return answer

    def hello(self, own_port: int, held: int) -> tuple[str, str, int | None]:
        """(the peer's terminal id, its shelter id, how many records it holds); we tell it
        where we listen and how many records we hold."""
        answer = self.call(protocol.HELLO_PATH, {"port": own_port, "held": held})
        peer_held = answer.get("held")
        return (
            str(answer["terminal_id"]),
            str(answer["shelter_id"]),
            peer_held if isinstance(peer_held, int) else None,
        )

    def lack(self, event_ids: Sequence[str]) -> set[str]:
        return set(self.call(protocol.LACK_PATH, {"ids": list(event_ids)})["lack"])

    def push(self, events: Sequence[Event]) -> PushAnswer:
        answer = self.call(
            protocol.EVENTS_PATH, {"events": [protocol.event_to_lan(e) for e in events]}
        )
        return PushAnswer(
            accepted=[str(i) for i in answer.get("accepted", [])],
            duplicate=[str(i) for i in answer.get("duplicate", [])],
            rejected=[(str(i), str(c)) for i, c in answer.get("rejected", [])],
        )

    def summary(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.call(protocol.SUMMARY_PATH, {})["origins"].items()}


def _refusal_code(response: requests.Response) -> str:
    try:
        code = response.json().get("error")
    except ValueError:
        return "unauthenticated"
    return code if code in ("clock_skew", "replayed", "unauthenticated") else "unauthenticated"
