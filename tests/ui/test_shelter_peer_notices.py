"""A shelter closed on one terminal is closed on every paired terminal (issue 13, "the whole
shelter"): the running kiosk B follows the latest open / close record it holds, whoever made
it. A paired terminal A (a real LAN node with its own store, on 127.0.0.1) records a close
notice; it reaches B's store by the LAN, B's idle screen becomes the shelter_closed notice, a
card placed is not read, B's staff login says the shelter is closed; A's open notice then
opens B again, with no notice of B's own."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.cards.api import CardSession
from kiosk.clock import FakeClock
from kiosk.flow.contract import NoticeCode, Step
from kiosk.flow.shelter import NoticeOrigin, ShelterState, shelter_notice
from kiosk.lan.node import pair
from kiosk.lan.pairing import generate_code
from kiosk.records import EventKind
from kiosk.settings import LanSettings, Settings
from kiosk.staff import LoginMode
from kiosk.store import FakeKeyProvider, KeyFileProvider, RecordStore
from kiosk.ui.controllers import shelter as shelter_controller
from kiosk.ui.screens import NoticeScreen
from kiosk.ui.services import ShelterNetwork
from tests.ui.helpers import first_run_login, free_port, kiosk_settings, open_menu, staff_services

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

CODE = generate_code()
#: LAN delivery and B's next state read, with room for a loaded machine.
ARRIVAL_MS = 30000


@dataclasses.dataclass
class Shelter:
    kiosk: Any  # B, the running kiosk under test
    opened: list[int]  # card sessions B's reader service opened (each is card I/O)
    peer_store: RecordStore  # A's store
    peer_origin: NoticeOrigin


@pytest.fixture
def shelter(
    make_kiosk: Any, kiosk_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Shelter]:
    # B reads its state every 5 s in service; the test does not wait that long each time.
    monkeypatch.setattr(shelter_controller, "STATE_POLL_MS", 100)
    b_port = free_port()
    settings = kiosk_settings(kiosk_home)
    settings.lan = LanSettings(enabled=True, port=b_port)
    clock = FakeClock()
    store = RecordStore(settings.database_path(), KeyFileProvider(kiosk_home / "store.key"), clock)
    pair(store, CODE, settings.shelter.shelter_id)
    network = ShelterNetwork(store, lambda: settings, host="127.0.0.1", discovery=False)
    network.start()
    services, setup_code = staff_services(
        store, kiosk_home, clock, network=network, closers=[network.stop]
    )
    opened: list[int] = []
    real_open = services.cards.open

    def counting_open(reader: str | None = None) -> CardSession:
        opened.append(1)
        return real_open(reader)

    services.cards.open = counting_open  # type: ignore[method-assign]
    kiosk = make_kiosk(settings=settings, services=services, staff=True)
    kiosk.setup_code = setup_code
    first_run_login(kiosk)  # B's own opening: its open notice
    kiosk.qtbot.waitUntil(lambda: kiosk.app.shelter.state is ShelterState.OPEN)

    a_settings: Settings = dataclasses.replace(settings)
    a_settings.shelter = dataclasses.replace(settings.shelter, terminal_id="T-0002")
    a_settings.lan = LanSettings(True, free_port(), f"127.0.0.1:{b_port}")
    with RecordStore(tmp_path / "a.sqlite3", FakeKeyProvider()) as a_store:
        peer = ShelterNetwork(a_store, lambda: a_settings, host="127.0.0.1", discovery=False)
        try:
            peer.pair(CODE)
            yield Shelter(kiosk, opened, a_store, NoticeOrigin("S-0001", "T-0002"))
        finally:
            peer.stop()


def peer_notice(shelter: Shelter, kind: EventKind) -> None:
    """A staff member on terminal A sends a notice: A records it, the LAN carries it to B."""
    kiosk = shelter.kiosk
    kiosk.clock.advance(60)
    notice = shelter_notice(kind, shelter.peer_origin, kiosk.clock.now())
    shelter.peer_store.record(notice)
    kiosk.qtbot.waitUntil(
        lambda: kiosk.store.get_event(notice.event_id) is not None, timeout=ARRIVAL_MS
    )


def shows_closed(kiosk: Any) -> bool:
    screen = kiosk.window.screens[NoticeScreen]
    return (
        kiosk.view.step == Step.NOTICE
        and kiosk.view.notice == NoticeCode.SHELTER_CLOSED
        and kiosk.window.stack.currentWidget() is screen
    )


def b_open_notices(kiosk: Any) -> int:
    events = [kiosk.store.get_event(event_id) for event_id in kiosk.store.event_ids()]
    return sum(
        1
        for event in events
        if event is not None
        and event.kind is EventKind.SHELTER_OPEN
        and event.terminal_id == "T-0001"
    )


def test_a_peers_close_closes_the_running_kiosk_and_its_open_opens_it_again(
    shelter: Shelter,
) -> None:
    kiosk = shelter.kiosk
    assert kiosk.view.step == Step.IDLE and b_open_notices(kiosk) == 1

    peer_notice(shelter, EventKind.SHELTER_CLOSE)
    kiosk.qtbot.waitUntil(lambda: shows_closed(kiosk), timeout=ARRIVAL_MS)
    assert kiosk.app.shelter.state is ShelterState.CLOSED
    screen = kiosk.window.screens[NoticeScreen]
    assert screen.title.text() == "This shelter is closed"
    assert screen.body.text() == (
        "This kiosk takes no registrations now. Please go to the staff desk."
    )
    assert not screen.ok.isVisible()  # it stays until the shelter is opened again
    # B's staff login words itself by the state: "closed, log in to open it".
    login = kiosk.window.staff_login
    assert login.shelter_state is ShelterState.CLOSED
    login.set_mode(LoginMode.LOGIN)
    assert login.title.text() == "The shelter is closed"
    login.set_mode(LoginMode.UNLOCK)

    # A card placed at B: nothing is read from it (no session opened, no try spent).
    kiosk.insert("jpki_test_card")
    kiosk.qtbot.waitUntil(lambda: kiosk.app.card_present)
    kiosk.clock.advance(3600)  # and the notice does not time out to a reading idle screen
    kiosk.qtbot.wait(300)  # ticks (10 ms) and state reads (100 ms) go on meanwhile
    assert shows_closed(kiosk) and shelter.opened == []
    kiosk.remove()

    # A reopens: B is open again without a notice of its own, its idle screen is back.
    peer_notice(shelter, EventKind.SHELTER_OPEN)
    kiosk.wait_step(Step.IDLE, timeout=ARRIVAL_MS)
    assert kiosk.app.shelter.state is ShelterState.OPEN
    assert login.shelter_state is ShelterState.OPEN
    assert b_open_notices(kiosk) == 1
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    assert len(shelter.opened) == 1


def test_staff_on_the_closed_kiosk_open_it_again_from_the_menu(shelter: Shelter) -> None:
    kiosk = shelter.kiosk
    peer_notice(shelter, EventKind.SHELTER_CLOSE)
    kiosk.qtbot.waitUntil(lambda: shows_closed(kiosk), timeout=ARRIVAL_MS)

    open_menu(kiosk)
    menu = kiosk.window.staff_menu
    assert menu.message.startswith("The shelter is closed: evacuees cannot check in.")
    with kiosk.qtbot.waitSignal(kiosk.app.shelter.new_opening, timeout=5000):
        kiosk.click("menu_open")
    assert kiosk.app.shelter.state is ShelterState.OPEN and b_open_notices(kiosk) == 2
    kiosk.app.back_to_kiosk()
    kiosk.wait_step(Step.IDLE)
