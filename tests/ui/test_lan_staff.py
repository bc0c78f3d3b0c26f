"""The shelter LAN and the phone registration in the running kiosk: the idle screen's QR
code (refreshed at each opening), the staff's "Shelter LAN and phones" page (pair with a
new code, a typed code refused, the peer list from a second real node, unpair), and a taken
port shown to staff while the kiosk runs on. Real stores, real nodes and servers on
127.0.0.1."""

from __future__ import annotations

import dataclasses
import re
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from kiosk.clock import FakeClock
from kiosk.lan.node import pair
from kiosk.lan.pairing import generate_code
from kiosk.services import NetworkUnavailableReason
from kiosk.settings import LanSettings, PhoneRegistrationSettings, Settings
from kiosk.store import FakeKeyProvider, KeyFileProvider, RecordStore
from kiosk.ui.screens import IdleScreen
from kiosk.ui.services import ShelterNetwork
from tests.store.factories import check_in
from tests.ui.helpers import (
    fill,
    first_run_login,
    free_port,
    kiosk_settings,
    open_menu,
    staff_services,
)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90)]


def network_kiosk(
    make_kiosk: Any,
    home: Path,
    settings: Settings,
    *,
    staff: bool = True,
    paired: bool = False,
    host: str | None = "127.0.0.1",
) -> tuple[Any, ShelterNetwork]:
    clock = FakeClock()
    store = RecordStore(settings.database_path(), KeyFileProvider(home / "store.key"), clock)
    current = [settings]  # as kiosk.ui.services.build: saved settings reach the network
    # host None: where [lan] listen_address says, as in the kiosk.
    network = ShelterNetwork(store, lambda: current[0], host=host, discovery=False)
    if paired:
        pair(store, generate_code(), settings.shelter.shelter_id)
    network.start()

    def settings_changed(new: Settings) -> None:
        current[0] = new
        network.apply(new)

    services, setup_code = staff_services(
        store,
        home,
        clock,
        staff=staff,
        network=network,
        closers=[network.stop],
        settings_changed=settings_changed,
    )
    kiosk = make_kiosk(settings=settings, services=services, staff=staff)
    kiosk.setup_code = setup_code
    return kiosk, network


def lan_settings(home: Path, lan_port: int, phone_port: int) -> Settings:
    settings = kiosk_settings(home)
    settings.lan = LanSettings(enabled=True, port=lan_port)
    settings.phone_registration = PhoneRegistrationSettings(
        enabled=True, port=phone_port, address="127.0.0.1"
    )
    return settings


def pair_and_wait(kiosk: Any, button: str) -> None:
    """Press a pairing button: the work runs off the UI thread, its end comes by signal."""
    with kiosk.qtbot.waitSignal(kiosk.app.network.pairing_done, timeout=20000):
        kiosk.click(button)


def ui_thread_ticks(kiosk: Any) -> None:
    """The UI thread is free: a timer of its own fires five times (in a few seconds)."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    kiosk.qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=4000)
    timer.stop()


def idle_screen(kiosk: Any) -> IdleScreen:
    idle = kiosk.window.screens[IdleScreen]
    assert isinstance(idle, IdleScreen)
    return idle


def test_the_qr_code_the_pairing_page_and_a_second_terminal(
    make_kiosk: Any, kiosk_home: Path, tmp_path: Path
) -> None:
    a_port = free_port()
    settings = lan_settings(kiosk_home, a_port, free_port())
    kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings)
    idle = idle_screen(kiosk)
    assert network.webreg is not None
    first_url = network.webreg.registration_url()
    assert not idle.phone_qr.pixmap().isNull()
    assert idle.phone_text.text() == "No card? Register with your phone"
    first_image = idle.phone_qr.pixmap().toImage()
    # The staff login opens the shelter: a new token, a new QR code on the idle screen.
    with kiosk.qtbot.waitSignal(kiosk.app.shelter.new_opening, timeout=5000):
        first_run_login(kiosk)
    assert network.webreg.registration_url() != first_url
    assert idle.phone.isVisible()
    assert idle.phone_qr.pixmap().toImage() != first_image

    open_menu(kiosk)
    kiosk.click("menu_settings")
    kiosk.click("settings_lan")
    page = kiosk.window.lan_screen
    assert kiosk.window.stack.currentWidget() is page
    # The page's state is read off the UI thread and comes by signal.
    kiosk.qtbot.waitUntil(lambda: page.state.text().startswith("Not paired"))
    assert network.fingerprint() and network.fingerprint() in page.fingerprint.text()
    assert page.peers.text() == "No other terminal found yet."
    pair_and_wait(kiosk, "lan_new_code")
    code = page.code.text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code) and page.code.isVisible()
    assert network.paired() and network.node is not None
    kiosk.qtbot.waitUntil(lambda: page.state.text().startswith("This terminal is paired."))

    page.code_field.setText("not a code")
    pair_and_wait(kiosk, "lan_pair")
    assert page.error.text() == "That is not a shelter code: 12 letters and digits, as shown."
    assert page.code_field.text() == "" and network.paired()

    # A second terminal, paired with the code the page showed, finds A by its address.
    b_settings = dataclasses.replace(settings)
    b_settings.shelter = dataclasses.replace(settings.shelter, terminal_id="T-0002")
    b_settings.lan = LanSettings(True, free_port(), f"127.0.0.1:{a_port}")
    b_settings.phone_registration = PhoneRegistrationSettings()
    with RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider()) as b_store:
        b = ShelterNetwork(b_store, lambda: b_settings, host="127.0.0.1", discovery=False)
        try:
            b.pair(code.lower().replace("-", " "))
            arrival = dataclasses.replace(check_in(1, shelter_id="S-0001"), terminal_id="T-0001")
            kiosk.store.record(arrival)
            kiosk.qtbot.waitUntil(lambda: "T-0002: connected" in page.peers.text(), timeout=20000)
            kiosk.qtbot.waitUntil(lambda: b_store.get_event(arrival.event_id) is not None)
        finally:
            b.stop()
    assert "T-0002" not in page.fingerprint.text()

    pair_and_wait(kiosk, "lan_unpair")
    assert not network.paired() and network.node is None
    kiosk.qtbot.waitUntil(lambda: page.state.text().startswith("Not paired"))
    assert not page.code.isVisible()
    assert page.peers.text() == "No other terminal found yet."
    pair_and_wait(kiosk, "lan_new_code")
    assert page.code.text() and page.code.text() != code
    kiosk.click("lan_back")
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    assert page.code.text() == ""  # the code shown is not kept once staff leave the page


def test_a_taken_port_is_shown_to_staff_and_the_kiosk_runs_on(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        settings = lan_settings(kiosk_home, port, port)
        kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings)
        assert [p.code for p in network.problems] == ["phone_registration_unavailable"]
        idle = idle_screen(kiosk)
        assert idle.phone.isHidden()  # no phone page: no QR code
        first_run_login(kiosk)
        open_menu(kiosk)
        kiosk.click("menu_settings")
        kiosk.click("settings_lan")
        page = kiosk.window.lan_screen
        pair_and_wait(kiosk, "lan_new_code")  # paired: the node cannot listen on the port
        assert network.paired() and network.node is None
        kiosk.qtbot.waitUntil(lambda: "The shelter LAN could not start" in page.state.text())
        text = page.state.text()
        assert "The shelter LAN could not start: its port is in use." in text
        assert "The phone registration could not start: its port is in use." in text
        assert page.fingerprint.text() == "The phone registration is off."
        kiosk.click("lan_back")
        kiosk.click("menu_back")
        assert kiosk.window.stack.currentWidget() is idle


def test_a_listen_address_not_on_this_terminal_tells_staff_to_ask_it(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    """Not 'its port is in use' (the only text before): changing the port would not help,
    and the address is in the settings file only IT edits."""
    settings = lan_settings(kiosk_home, free_port(), free_port())
    settings.lan = dataclasses.replace(
        settings.lan, listen_address="203.0.113.7"
    )  # TEST-NET-3: nobody's
    kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings, paired=True, host=None)
    assert [(p.code, p.reason) for p in network.problems] == [
        ("lan_unavailable", NetworkUnavailableReason.ADDRESS_NOT_HERE),
        ("phone_registration_unavailable", NetworkUnavailableReason.ADDRESS_NOT_HERE),
    ]
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    kiosk.click("settings_lan")
    page = kiosk.window.lan_screen
    kiosk.qtbot.waitUntil(lambda: "The shelter LAN could not start" in page.state.text())
    text = page.state.text()
    assert "port is in use" not in text
    for part in ("The shelter LAN", "The phone registration"):
        assert (
            f"{part} could not start: the listen address in the settings file is not this "
            "terminal's. Ask IT to correct it."
        ) in text


def test_no_qr_code_while_the_kiosk_may_not_record(make_kiosk: Any, kiosk_home: Path) -> None:
    settings = lan_settings(kiosk_home, free_port(), free_port())
    settings.lan = LanSettings()
    settings.shelter.shelter_id = ""
    kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings, staff=False)
    assert network.webreg is not None and network.phone_qr() is not None
    assert idle_screen(kiosk).phone.isHidden()


def test_pairing_and_the_peer_list_run_off_the_ui_thread(make_kiosk: Any, kiosk_home: Path) -> None:
    settings = lan_settings(kiosk_home, free_port(), free_port())
    kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings)
    threads: dict[str, set[int]] = {"pair": set(), "statuses": set()}
    # The pairing is held until the test has seen the UI thread at work meanwhile.
    release = threading.Event()
    for name in threads:
        real = getattr(network, name)

        def spy(*args: Any, _real: Any = real, _name: str = name) -> Any:
            threads[_name].add(threading.get_ident())
            if _name == "pair":
                release.wait(20)
            return _real(*args)

        setattr(network, name, spy)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    page = kiosk.window.lan_screen
    with kiosk.qtbot.waitSignal(kiosk.app.network.refreshed, timeout=10000):
        kiosk.click("settings_lan")
    kiosk.click("lan_new_code")
    # The click returned at once: the page says so and waits, the code is not there yet
    # (the answer needs the UI thread's event loop, which the pairing does not hold).
    assert page.busy.text() == "Pairing..."
    assert not page.new_code.isEnabled() and not page.pair.isEnabled()
    assert page.code.text() == ""
    # While the pairing runs, the UI thread goes on: its timers fire, the page is drawn.
    ui_thread_ticks(kiosk)
    assert page.busy.text() == "Pairing..." and not release.is_set()
    with kiosk.qtbot.waitSignal(kiosk.app.network.pairing_done, timeout=20000) as done:
        release.set()
    assert done.args == [None]
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", page.code.text())
    assert page.busy.text() == "" and page.new_code.isEnabled()
    with kiosk.qtbot.waitSignal(kiosk.app.network.refreshed, timeout=10000):
        pass
    ui_thread = threading.get_ident()
    assert threads["pair"] and ui_thread not in threads["pair"]
    assert threads["statuses"] and ui_thread not in threads["statuses"]


def test_the_lan_and_phone_settings_are_edited_on_the_settings_screen(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    lan_port, phone_port = free_port(), free_port()
    settings = lan_settings(kiosk_home, lan_port, phone_port)
    settings.lan = LanSettings()  # off
    kiosk, _ = network_kiosk(make_kiosk, kiosk_home, settings)
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    screen = kiosk.window.settings_screen
    assert not screen.network.lan_enabled.isChecked()
    assert screen.network.phone_enabled.isChecked()
    assert screen.network.phone_port.text() == str(phone_port)
    assert screen.captions["lan_peers"].text().startswith("Other terminals' addresses")
    # A port below 1024 is refused with a message; nothing is saved.
    screen.network.lan_enabled.setChecked(True)
    fill(kiosk, "setting_lan_port", "80")
    kiosk.click("save")
    assert "port must be between 1024 and 65535" in screen.error.text()
    assert not kiosk.app.settings.lan.enabled
    new_port = free_port()
    fill(kiosk, "setting_lan_port", str(new_port))
    fill(kiosk, "setting_lan_peers", " 127.0.0.1:9001 ,, kiosk-b.local:8766 ")
    fill(kiosk, "setting_phone_address", "192.168.1.20")
    kiosk.click("save")
    saved = kiosk.app.settings
    assert saved.lan == LanSettings(True, new_port, "127.0.0.1:9001,kiosk-b.local:8766")
    assert saved.phone_registration.address == "192.168.1.20"
    assert saved.phone_registration.port == phone_port and saved.phone_registration.enabled


def test_saving_settings_starts_and_stops_the_lan_node_off_the_ui_thread(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    """Stopping the node joins its threads (up to seconds while a peer is mid-request):
    the save returns at once, the UI thread goes on meanwhile, the QR code follows."""
    settings = lan_settings(kiosk_home, free_port(), free_port())
    kiosk, network = network_kiosk(make_kiosk, kiosk_home, settings, paired=True)
    assert network.node is not None
    ran_on: set[int] = set()
    release = threading.Event()
    real_stop = network.stop_lan

    def held_stop() -> None:  # a peer mid-request holds the node's stop
        ran_on.add(threading.get_ident())
        release.wait(5)
        real_stop()

    network.stop_lan = held_stop  # type: ignore[method-assign]
    first_run_login(kiosk)
    open_menu(kiosk)
    kiosk.click("menu_settings")
    screen = kiosk.window.settings_screen
    screen.network.lan_enabled.setChecked(False)
    screen.network.phone_enabled.setChecked(False)
    kiosk.click("save")
    # The save returned with the node still running: the stop waits on the worker.
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    assert not release.is_set() and network.node is not None
    ui_thread_ticks(kiosk)
    assert not release.is_set()
    with kiosk.qtbot.waitSignal(kiosk.app.network.settings_applied, timeout=20000):
        release.set()
    assert ran_on and threading.get_ident() not in ran_on
    assert network.node is None and network.webreg is None
    assert idle_screen(kiosk).phone.isHidden()  # the phone page stopped: no QR code
    # Switched on again: started on the worker as well.
    kiosk.click("menu_settings")
    screen.network.lan_enabled.setChecked(True)
    with kiosk.qtbot.waitSignal(kiosk.app.network.settings_applied, timeout=20000):
        kiosk.click("save")
    assert network.node is not None
