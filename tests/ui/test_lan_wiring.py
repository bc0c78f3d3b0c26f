"""The shelter LAN and the phone registration as the kiosk starts them
(kiosk.ui.services.ShelterNetwork): real stores, real nodes and servers on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lan.pairing import InvalidShelterCodeError, generate_code
from kiosk.services import NetworkUnavailableError
from kiosk.settings import LanSettings, PhoneRegistrationSettings, Settings, ShelterSettings
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.ui.services import ShelterNetwork
from tests.fixtures.server import wait_until
from tests.store.factories import check_in
from tests.ui.helpers import free_port

pytestmark = pytest.mark.timeout(60)
SHELTER = "shelter-042"


def terminal_settings(
    terminal: str, lan_port: int, peers: str = "", phone_port: int | None = None
) -> Settings:
    settings = Settings()
    settings.shelter = ShelterSettings(shelter_id=SHELTER, terminal_id=terminal)
    settings.lan = LanSettings(enabled=True, port=lan_port, peer_addresses=peers)
    if phone_port is not None:
        settings.phone_registration = PhoneRegistrationSettings(
            enabled=True, port=phone_port, address="127.0.0.1"
        )
    return settings


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[RecordStore, RecordStore]]:
    with (
        RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider()) as a,
        RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider()) as b,
    ):
        yield a, b


def test_two_paired_terminals_share_records_and_unpairing_stops_the_node(
    stores: tuple[RecordStore, RecordStore],
) -> None:
    a_store, b_store = stores
    a_port, b_port = free_port(), free_port()
    a_settings = terminal_settings("terminal-A", a_port)
    b_settings = terminal_settings("terminal-B", b_port, f"127.0.0.1:{a_port}")
    a = ShelterNetwork(a_store, lambda: a_settings, host="127.0.0.1", discovery=False)
    b = ShelterNetwork(b_store, lambda: b_settings, host="127.0.0.1", discovery=False)
    try:
        a.start()
        b.start()
        assert a.node is None and not a.paired()  # enabled, but not paired: nothing runs
        assert a.problems == [] and a.phone_qr() is None and a.fingerprint() is None
        with pytest.raises(InvalidShelterCodeError):
            a.pair("not a code")
        assert not a.paired()
        code = generate_code()
        a.pair(code)
        b.pair(code.lower())
        assert a.paired() and a.node is not None and a.node.port == a_port
        running = a.node
        with pytest.raises(InvalidShelterCodeError):
            a.pair("ACDE")  # a wrong code typed later: the node and its keys stay
        assert a.node is running and a.paired()
        arrival = dataclasses.replace(check_in(1, shelter_id=SHELTER), terminal_id="terminal-A")
        a_store.record(arrival)
        assert wait_until(lambda: b_store.get_event(arrival.event_id) is not None, timeout_s=20)
        assert wait_until(lambda: [s.peer_id for s in a.statuses()] == ["terminal-B"])
        assert wait_until(lambda: [s.peer_id for s in b.statuses()] == ["terminal-A"])
        a.unpair()
        assert not a.paired() and a.node is None and a.statuses() == []
        assert a_store.get_event(arrival.event_id) is not None  # no record is touched
    finally:
        a.stop()
        b.stop()


def test_a_taken_port_is_a_typed_problem_and_the_rest_runs(
    stores: tuple[RecordStore, RecordStore],
) -> None:
    store, _ = stores
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        settings = terminal_settings("terminal-A", port, phone_port=port)
        network = ShelterNetwork(store, lambda: settings, host="127.0.0.1", discovery=False)
        network.pair(generate_code())  # the node cannot listen: a problem, not a crash
        network.start()
        try:
            codes = [p.code for p in network.problems]
            assert codes == ["lan_unavailable", "phone_registration_unavailable"]
            assert all(isinstance(p, NetworkUnavailableError) for p in network.problems)
            assert all(p.needs_staff for p in network.problems)
            assert network.node is None and network.statuses() == []
            assert network.phone_qr() is None
            # Staff free the port (here: another port in the settings) and save: it starts.
            settings.phone_registration = dataclasses.replace(
                settings.phone_registration, port=free_port()
            )
            network.apply(settings)
            assert [p.code for p in network.problems] == ["lan_unavailable"]
            qr = network.phone_qr()
            assert qr is not None and qr.png.startswith(b"\x89PNG")
            before = qr.url
            network.new_opening()
            after = network.phone_qr()
            assert after is not None and after.url != before
            assert network.fingerprint()
        finally:
            network.stop()
    assert network.phone_qr() is None
