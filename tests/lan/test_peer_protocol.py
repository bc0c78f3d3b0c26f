"""Pairing keys, the authenticated and encrypted exchange, and a device without the code:
a real peer server on 127.0.0.1 with a real store, real HTTP, a capturing TCP relay."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kiosk.domain import SituationFlag
from kiosk.lan import protocol
from kiosk.lan.client import PeerClient, PeerUnavailableError
from kiosk.lan.node import load_keys, pair, unpair
from kiosk.lan.pairing import InvalidShelterCodeError, derive_keys, generate_code, normalize_code
from kiosk.lan.protocol import ProtocolError, ReplayGuard
from kiosk.lan.server import PeerServer
from kiosk.records import FaceCheck
from kiosk.store import FakeKeyProvider, RecordStore
from tests.lan.nodes import CODE, SHELTER
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(60)
KEYS = derive_keys(CODE, SHELTER)


def test_the_code_is_read_as_staff_type_it_and_salted_with_the_shelter() -> None:
    code = generate_code()
    assert len(code) == 14 and normalize_code(code.lower().replace("-", " ")) == code.replace(
        "-", ""
    )
    assert normalize_code("ａｃｄｅ－ＦＧＨＪ ｋｍｎｐ") == "ACDEFGHJKMNP"  # full-width input
    assert derive_keys("acde fghj kmnp", SHELTER) == KEYS
    assert derive_keys(CODE, "shelter-043").auth_key != KEYS.auth_key  # salt = shelter id
    assert KEYS.auth_key != KEYS.data_key
    for wrong in ("ACDE-FGHJ-KMN", "ACDE-FGHJ-KMNO", ""):
        with pytest.raises(InvalidShelterCodeError):
            derive_keys(wrong, SHELTER)
    assert CODE not in repr(KEYS) and "redacted" in repr(KEYS)


def test_the_keys_are_kept_sealed_by_the_store_and_never_the_code(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    with RecordStore(path, FakeKeyProvider(b"s" * 32)) as store:
        pair(store, CODE, SHELTER)
        store.peers.ensure_peer("terminal-B")
    with RecordStore(path, FakeKeyProvider(b"s" * 32)) as store:
        assert load_keys(store) == KEYS
        unpair(store)
        assert load_keys(store) is None and store.peers.peers() == []
    raw = path.read_bytes()
    assert KEYS.auth_key not in raw and KEYS.data_key not in raw
    assert CODE.encode() not in raw and CODE.replace("-", "").encode() not in raw


def test_a_request_is_refused_when_altered_replayed_late_or_made_without_the_code() -> None:
    guard = ReplayGuard()
    headers, body, nonce = protocol.seal_request(KEYS, "terminal-A", "POST", "/p", {"x": 1})
    _, payload = protocol.open_request(KEYS, guard, "POST", "/p", headers=headers, body=body)
    assert payload == {"x": 1}
    cases = {
        "replayed": (KEYS, "/p", headers, body, None),
        "unauthenticated": (KEYS, "/other", headers, body, None),
    }
    flipped = body[:-1] + bytes([body[-1] ^ 1])
    cases["unauthenticated "] = (KEYS, "/p", headers, flipped, None)
    other = derive_keys("QRTU-VWXY-3467", SHELTER)
    h2, b2, _ = protocol.seal_request(other, "terminal-X", "POST", "/p", {"x": 2})
    cases["unauthenticated  "] = (KEYS, "/p", h2, b2, None)
    h3, b3, _ = protocol.seal_request(KEYS, "terminal-A", "POST", "/p", {"x": 3})
    cases["clock_skew"] = (KEYS, "/p", h3, b3, float(h3[protocol.H_TIME]) + 600)
    for expected, (keys, path, h, b, now) in cases.items():
        with pytest.raises(ProtocolError) as caught:
            protocol.open_request(keys, guard, "POST", path, headers=h, body=b, now=now)
        assert caught.value.code == expected.strip()
    # An answer is bound to its request: replayed to another request, it is refused.
    reply_headers, reply = protocol.seal_response(KEYS, nonce, 200, {"ok": True})
    assert protocol.open_response(KEYS, nonce, 200, reply_headers, reply) == {"ok": True}
    with pytest.raises(ProtocolError):
        protocol.open_response(KEYS, "0" * 32, 200, reply_headers, reply)


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[PeerServer]:
    store = RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider(b"a" * 32))
    server = PeerServer(
        store, KEYS, terminal_id="terminal-A", shelter_id=SHELTER, host="127.0.0.1", port=0
    )
    server.start()
    yield server
    server.stop()
    store.close()


class _CapturingRelay:
    """A TCP relay on 127.0.0.1 that keeps every byte the peer server receives."""

    def __init__(self, target_port: int) -> None:
        self.received = bytearray()
        self._target = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, capture: bool) -> None:
        with src, dst:
            while data := src.recv(65536):
                if capture:
                    self.received += data
                dst.sendall(data)

    def close(self) -> None:
        self._listener.close()


def test_nothing_personal_crosses_the_lan_in_clear_and_a_replay_stores_nothing(
    peer: PeerServer,
) -> None:
    relay = _CapturingRelay(peer.port)
    client = PeerClient(f"127.0.0.1:{relay.port}", KEYS, "terminal-B")
    arrival = dataclasses.replace(check_in(3), terminal_id="terminal-B")
    assert arrival.person is not None
    try:
        assert client.lack([arrival.event_id]) == {arrival.event_id}
        answer = client.push([arrival])
        assert answer.accepted == [arrival.event_id]
        assert client.push([arrival]).duplicate == [arrival.event_id]  # idempotent
        assert client.summary() == {"terminal-B": 1}
    finally:
        client.close()
        relay.close()
    wire = bytes(relay.received)
    person = arrival.person
    for clear in (person.name, person.address, person.phone, arrival.event_id, SHELTER):
        assert clear.encode() not in wire
    assert str(person.birth_date).encode() not in wire
    assert peer.store.get_event(arrival.event_id) == arrival
    # The captured exchange sent again, byte for byte: refused, nothing more stored.
    first = wire[: wire.index(b"\r\n\r\n") + 4]
    length = int(first.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    request = wire[: len(first) + length]
    with socket.create_connection(("127.0.0.1", peer.port)) as raw:
        raw.sendall(request)
        assert b" 401 " in raw.recv(65536).split(b"\r\n")[0] + b" "


def test_a_device_without_the_code_can_neither_read_nor_inject(peer: PeerServer) -> None:
    stranger = PeerClient(
        f"127.0.0.1:{peer.port}", derive_keys("QRTU-VWXY-3467", SHELTER), "terminal-X"
    )
    try:
        for attempt in (
            stranger.summary,
            lambda: stranger.lack(["x"]),
            lambda: stranger.push([dataclasses.replace(check_in(1), terminal_id="terminal-X")]),
        ):
            with pytest.raises(PeerUnavailableError) as caught:
                attempt()
            assert caught.value.code == "unauthenticated"
    finally:
        stranger.close()
    # Plain JSON (no MAC, no encryption) is refused too.
    response = requests.post(
        f"http://127.0.0.1:{peer.port}{protocol.EVENTS_PATH}",
        json={"events": [protocol.event_to_lan(check_in(2))]},
        timeout=5,
    )
    assert response.status_code == 401 and response.json() == {"error": "unauthenticated"}
    assert peer.store.event_ids() == []


def test_another_shelters_record_and_an_invalid_one_are_refused_by_id(peer: PeerServer) -> None:
    client = PeerClient(f"127.0.0.1:{peer.port}", KEYS, "terminal-B")
    elsewhere = check_in(1, shelter_id="shelter-999")
    good = dataclasses.replace(check_in(2), terminal_id="terminal-B")
    try:
        answer = client.push([elsewhere, good])
    finally:
        client.close()
    assert answer.rejected == [(elsewhere.event_id, "other_shelter")]
    assert answer.accepted == [good.event_id]
    assert peer.store.event_ids() == [good.event_id]


@pytest.mark.parametrize("face", list(FaceCheck))
def test_a_record_crosses_the_lan_unchanged_its_face_check_included(face: FaceCheck) -> None:
    """What a peer stores is the origin's record, field for field (the camera path's
    face_check too: the server compares a resent record's payload with the one it holds)."""
    base = check_in(4)
    assert base.person is not None
    made = dataclasses.replace(
        base,
        terminal_id="terminal-B",
        face_check=face,
        training=True,
        situation=frozenset({SituationFlag.WITH_PET, SituationFlag.PREGNANT}),
        person=dataclasses.replace(base.person, reading="しけん たろう", household_id="h-1"),
    )
    wire = json.loads(protocol.canonical_json({"events": [protocol.event_to_lan(made)]}))
    assert protocol.event_from_lan(wire["events"][0]) == made


@pytest.mark.parametrize("value", ["maybe", 1, None])
def test_a_peer_record_with_an_unknown_face_check_is_refused_typed(value: object) -> None:
    """A face_check no kiosk writes is the typed invalid_event (the value not quoted), never
    read as not_used."""
    wire = json.loads(protocol.canonical_json({"events": [protocol.event_to_lan(check_in(4))]}))
    obj = wire["events"][0] | {"face_check": value}
    with pytest.raises(ProtocolError) as caught:
        protocol.event_from_lan(obj)
    assert caught.value.code == "invalid_event" and str(caught.value) == "invalid_event"
