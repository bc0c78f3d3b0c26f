"""Fixtures that run the real kiosk UI offscreen: real screens, host, machine, SQLite store,
staff accounts file; the card is the in-process virtual reader (or pcscd + vpcd in the
``pcsc`` tests). Time is a FakeClock: timeouts happen when a test advances it, never by sleep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.cards.virtual.inprocess import InProcessCardMonitor, InProcessCardReaderService
from kiosk.clock import FakeClock
from kiosk.settings import Settings, SettingsLoadReport
from kiosk.staff import StaffAccounts
from kiosk.store import KeyFileProvider, RecordStore
from kiosk.ui.app import KioskApp, Services
from kiosk.ui.services import stored_status
from tests.fixtures.common import delete_now
from tests.ui.helpers import CHEAP, Kiosk, kiosk_settings


@pytest.fixture
def make_kiosk(qtbot: Any, tmp_path: Path, kiosk_home: Path) -> Iterator[Callable[..., Kiosk]]:
    created: list[KioskApp] = []
    stores: list[RecordStore] = []

    def make(
        *,
        settings: Settings | None = None,
        staff: bool = False,
        cards: Any = None,
        monitor: Any = None,
        clock: FakeClock | None = None,
        size: tuple[int, int] = (1280, 800),
        backend: str = "inprocess",
        services: Services | None = None,
        staff_idle_ms: int | None = None,
        demo: bool = False,
        settings_report: SettingsLoadReport | None = None,
    ) -> Kiosk:
        """``services``: the app's own wiring (kiosk.ui.services.build); its clock must be
        a FakeClock, and its closers close its store at shutdown. ``staff``: with a staff
        account file, for which IT has issued a set-up code (``Kiosk.setup_code``)."""
        setup_code = ""
        settings = settings or kiosk_settings(kiosk_home)
        if services is not None:
            assert isinstance(services.clock, FakeClock)
            clock, service, store = services.clock, services.cards, services.recorder
            assert isinstance(store, RecordStore)
        else:
            clock = clock or FakeClock()
            service = cards or InProcessCardReaderService(
                code_b_min_tries_left=settings.cards.code_b_min_tries_left,
                licence_default_pin=settings.cards.licence_default_pin_enabled,
            )
            card_monitor = monitor or InProcessCardMonitor(service)
            store = RecordStore(
                settings.database_path(), KeyFileProvider(kiosk_home / "store.key"), clock
            )
            stores.append(store)
            accounts = (
                StaffAccounts(kiosk_home / "staff.json", clock, cost=CHEAP) if staff else None
            )
            if accounts is not None:
                setup_code = accounts.issue_setup_code()
            services = Services(
                cards=service,
                monitor=card_monitor,
                recorder=store,
                staff=accounts,
                clock=clock,
                sync_status=lambda: stored_status(store),
                store_view=store,
            )
        app = KioskApp(
            settings,
            services,
            settings_path=kiosk_home / "settings.toml",
            height=size[1],
            require_login=staff,
            tick_ms=10,
            staff_idle_ms=staff_idle_ms,
            demo=demo,
            settings_report=settings_report,
        )
        created.append(app)
        qtbot.addWidget(app.window)
        app.window.allow_close = True
        app.window.resize(*size)
        app.window.show()
        app.start()
        return Kiosk(
            app=app,
            cards=service,
            store=store,
            clock=clock,
            qtbot=qtbot,
            backend=backend,
            setup_code=setup_code,
        )

    yield make
    for app in created:
        app.shutdown()
        app.window.allow_close = True
    for store in stores:
        store.close()
    # The app and its window hold each other: left alone they wait for Python's garbage
    # collector (pytest-qt's deleteLater runs only in a later test's event loop), which can
    # crash freeing a live widget tree (test_gc_teardown.py). Qt deletes them now.
    delete_now(*(app.window for app in created), *created)


@pytest.fixture(params=["inprocess", pytest.param("pcsc", marks=pytest.mark.pcsc)])
def card_kiosk(
    request: pytest.FixtureRequest, make_kiosk: Callable[..., Kiosk], kiosk_home: Path
) -> Kiosk:
    """A kiosk whose card is the in-process virtual reader, or a virtual card behind pcscd
    and vpcd (the real PC/SC stack). ``kiosk.insert(sample)`` / ``kiosk.remove()`` work on
    both; with PC/SC the kiosk is bound to the vpcd slot the card program got."""
    if request.param == "inprocess":
        return make_kiosk()
    from kiosk.cards.pcsc import PcscCardMonitor, PcscCardReaderService

    virtual_card = request.getfixturevalue("virtual_card")
    pcscd_readers = request.getfixturevalue("pcscd")

    def place(name: str, slot: int) -> Any:
        try:
            return virtual_card(name, slot=slot)
        except RuntimeError:
            # vpcd sometimes misses a card program that connects right after the previous
            # one left the slot; that is the test rig, not the kiosk: place it once more.
            return virtual_card(name, slot=slot)

    # Find the slot for this kiosk: start a card program, then take it out again. Slot 1:
    # slot 0 is where card programs started by hand (without the slot lock) connect by
    # default; the lock still keeps parallel test processes apart.
    first = place("jpki_test_card", 1)
    slot, reader = first.slot, first.reader
    first.remove()
    assert reader in pcscd_readers
    settings = kiosk_settings(kiosk_home)
    settings.cards.reader_name = reader
    service = PcscCardReaderService(reader, code_b_min_tries_left=2)
    kiosk = make_kiosk(
        settings=settings,
        cards=service,
        monitor=PcscCardMonitor(wait_ms=500),
        backend="pcsc",
    )
    cards: list[Any] = []

    def insert(name: str) -> None:
        cards.append(place(name, slot))

    def remove() -> None:
        cards[-1].remove()

    def remove_all() -> None:
        # Before the virtual_card fixture's own teardown, which waits for an empty slot.
        for card in reversed(cards):
            if card.process.poll() is None:
                card.remove()

    request.addfinalizer(remove_all)
    kiosk.insert_card = insert
    kiosk.remove_card = remove
    return kiosk
