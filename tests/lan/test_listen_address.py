"""Where the kiosk's LAN node and phone page listen: ``[lan] listen_address`` and
``discovery`` as ShelterNetwork reads them (no host / discovery passed in), with real stores
and real sockets on this machine's own addresses."""

from __future__ import annotations

import contextlib
import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lan.node import _discovery_interfaces
from kiosk.lan.pairing import generate_code
from kiosk.settings import LanSettings, PhoneRegistrationSettings, Settings, ShelterSettings
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.ui.services import ShelterNetwork
from kiosk.webreg.service import guess_lan_address
from tests.fixtures.server import wait_until
from tests.store.factories import check_in

pytestmark = pytest.mark.timeout(60)
SHELTER = "shelter-042"
#: TEST-NET-2 (RFC 5737): never an address of this machine.
NOT_HERE = "198.51.100.7"


def _free_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _has_ipv6_loopback() -> bool:
    try:
        _free_port("::1")
    except OSError:
        return False
    return True


def _loopback(listen: str) -> str:
    """Where a free port is looked for (a test never listens on another address)."""
    return "::1" if ":" in listen else "127.0.0.1"


def _reachable(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.settimeout(5)
        try:
            probe.connect((host, port))
        except OSError:  # refused: nothing listens there
            return False
    return True


def _settings(terminal: str, listen: str, *, peers: str = "", discovery: bool = False) -> Settings:
    settings = Settings()
    settings.shelter = ShelterSettings(shelter_id=SHELTER, terminal_id=terminal)
    settings.lan = LanSettings(
        enabled=True,
        port=_free_port(_loopback(listen)),
        peer_addresses=peers,
        listen_address=listen,
        discovery=discovery,
    )
    # No phone_registration.address: the QR code names where the page listens.
    settings.phone_registration = PhoneRegistrationSettings(
        enabled=True, port=_free_port(_loopback(listen))
    )
    return settings


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider()) as opened:
        yield opened


@contextlib.contextmanager
def _running(store: RecordStore, settings: list[Settings]) -> Iterator[ShelterNetwork]:
    network = ShelterNetwork(store, lambda: settings[0])  # everything from the settings
    network.pair(generate_code())
    network.start()
    try:
        yield network
    finally:
        network.stop()


def test_both_listen_on_the_settings_address_only_and_the_qr_names_it(
    store: RecordStore,
) -> None:
    settings = _settings("terminal-A", "127.0.0.1")
    lan_port, phone_port = settings.lan.port, settings.phone_registration.port
    with _running(store, [settings]) as network:
        assert network.problems == []
        assert network.node is not None and network.webreg is not None
        assert network.node.server.server_address[0] == "127.0.0.1"
        assert network.webreg.server_address[0] == "127.0.0.1"
        assert _reachable("127.0.0.1", lan_port) and _reachable("127.0.0.1", phone_port)
        qr = network.phone_qr()
        assert qr is not None and qr.url.startswith(f"https://127.0.0.1:{phone_port}/r/")
        assert network.node._discovery is None  # lan.discovery = false: no mDNS at all
        other = guess_lan_address()
        if other == "127.0.0.1":
            pytest.skip("this machine has no address but loopback: the other half needs one")
        assert not _reachable(other, lan_port)
        assert not _reachable(other, phone_port)


def test_an_address_not_on_this_machine_is_a_typed_problem_and_the_kiosk_runs_on(
    store: RecordStore,
) -> None:
    current = [_settings("terminal-A", NOT_HERE)]
    with _running(store, current) as network:
        codes = [p.code for p in network.problems]
        assert codes == ["lan_unavailable", "phone_registration_unavailable"]
        assert all(p.needs_staff and NOT_HERE not in str(p) for p in network.problems)
        assert network.phone_qr() is None and network.statuses() == [] and network.paired()
        # IT corrects the address; the settings are applied: both start.
        current[0] = dataclasses.replace(
            current[0], lan=dataclasses.replace(current[0].lan, listen_address="127.0.0.1")
        )
        network.apply(current[0])
        assert network.problems == [] and _reachable("127.0.0.1", current[0].lan.port)
        qr = network.phone_qr()
        assert qr is not None and qr.url.startswith("https://127.0.0.1:")


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback here")
def test_an_ipv6_address_two_terminals_share_records_and_the_qr_brackets_it(
    tmp_path: Path, store: RecordStore
) -> None:
    a_settings = _settings("terminal-A", "::1")
    # B knows A's address (typed); A learns B's from B's hello: an IPv6 source, bracketed.
    b_settings = _settings("terminal-B", "::1", peers=f"[::1]:{a_settings.lan.port}")
    with (
        RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider()) as b_store,
        _running(store, [a_settings]) as a,
    ):
        b = ShelterNetwork(b_store, lambda: b_settings)
        code = generate_code()
        a.pair(code)
        b.pair(code)
        b.start()
        try:
            assert a.problems == [] and b.problems == []
            assert a.node is not None and a.node.server.server_address[0] == "::1"
            assert not _reachable("127.0.0.1", a_settings.lan.port)
            qr = a.phone_qr()
            assert qr is not None
            assert qr.url.startswith(f"https://[::1]:{a_settings.phone_registration.port}/r/")
            arrival = dataclasses.replace(check_in(1, shelter_id=SHELTER), terminal_id="terminal-A")
            store.record(arrival)
            assert wait_until(lambda: b_store.get_event(arrival.event_id) is not None, 20)
            back = dataclasses.replace(check_in(2, shelter_id=SHELTER), terminal_id="terminal-B")
            b_store.record(back)
            assert wait_until(lambda: store.get_event(back.event_id) is not None, 20)
        finally:
            b.stop()


def test_mdns_runs_only_where_the_node_listens() -> None:
    assert _discovery_interfaces("0.0.0.0") is None  # every interface, as before
    assert _discovery_interfaces("::") is None
    assert _discovery_interfaces("192.168.10.4") == ["192.168.10.4"]  # the shelter Wi-Fi only
    assert _discovery_interfaces("fd00::2") == []  # announcements are IPv4: none at all
