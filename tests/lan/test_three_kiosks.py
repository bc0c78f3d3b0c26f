"""Issue 13's acceptance with three REAL kiosk processes (tests/lan/kiosk_driver.py: the
kiosk built as ``python -m kiosk --windowed`` builds it, offscreen Qt, each with its own data
folder, settings file, staff account and LAN port on 127.0.0.1), paired with one shelter code
through their staff pages, the management server down:

1. a person checks in on kiosk A with a My Number card (consent, PIN, confirm) and checks out
   on kiosk B with the same card: B's flow offers the check-out of the check-in made on A;
4. someone scans the QR code on B's idle screen and registers on B's phone page in a real
   browser (Chromium; this step is left out where Debian's Chromium is not installed);
3. staff on C register a family of three on the staff registration page, and
6. C is killed (-9) while it sends them: A keeps back its answer to C's "which do you lack?",
   B stores the family and keeps back its answer (kiosk.lan's hold, set on the kiosks' own
   peer servers); C is started again on the same data folder;
2. the roster screen of C (staff login, staff menu, roster) shows the same counts as A's and
   B's roster screens;
5. the server comes back (staff press "Send now"): every record reaches it exactly once,
   each from the kiosk that made it.

Cards: the real PC/SC stack (pcscd + vpcd + the virtual card program), kiosk A bound to vpcd's
first slot, B to its second; C has no reader (vpcd has two slots; C's staff work needs none).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import settings as settings_module
from kiosk.lan.process import CODE, SHELTER, NodeProcess
from kiosk.staff import StaffAccounts
from tests.fixtures.browser import CHROMEDRIVER, CHROMIUM, chromium, wait
from tests.fixtures.pcsc import VPCD_READERS
from tests.fixtures.server import ServerProcess, wait_until
from tests.ui.helpers import PASSWORD, free_port

#: Where Debian's Chromium is missing (Ubuntu has only a snap), the phone step is left out.
BROWSER = Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()

pytestmark = [pytest.mark.pcsc, pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(300)]

USER = "staff01"
CARD = "jpki_test_card"
PIN = "1234"  # the sample card's test PIN


class KioskProcess(NodeProcess):
    """A real kiosk process (tests.lan.kiosk_driver) on its own data folder."""

    def start(self, timeout_s: float = 90.0) -> KioskProcess:
        env = {**os.environ, "KIOSK_HOME": str(self.data), "QT_QPA_PLATFORM": "offscreen"}
        self.spawn([sys.executable, "-m", "tests.lan.kiosk_driver"], env)
        ready = self._read(timeout_s)
        if not ready.get("ready"):
            raise RuntimeError(f"{self.terminal} did not start: {ready}")
        self.ready = ready
        return self

    def ok(self, op: str, **fields: Any) -> dict[str, Any]:
        answer = self.ask(op, **fields)
        assert "error" not in answer, (self.terminal, op, fields.get("name"), answer)
        return answer

    def screen(self) -> dict[str, Any]:
        return self.ask("screen")

    def wait_for(self, test: Callable[[dict[str, Any]], bool], timeout_s: float = 30.0) -> None:
        seen: list[dict[str, Any]] = []

        def shown() -> bool:
            seen[:] = [self.screen()]
            return test(seen[0])

        assert wait_until(shown, timeout_s=timeout_s), (self.terminal, seen)

    def wait_step(self, step: str, timeout_s: float = 30.0) -> None:
        self.wait_for(lambda s: s["step"] == step and s["screen"] != "StaffLoginScreen", timeout_s)

    def wait_screen(self, name: str, timeout_s: float = 30.0) -> None:
        self.wait_for(lambda s: s["screen"] == name, timeout_s)

    def wait_text(self, name: str, start: str, timeout_s: float = 30.0) -> None:
        def shows() -> bool:
            answer = self.ask("text", name=name)
            return str(answer.get("text", "")).startswith(start)

        assert wait_until(shows, timeout_s=timeout_s), (self.terminal, name, start)

    def ids(self) -> set[str]:
        return set(self.ask("ids")["ids"])

    def own(self) -> set[str]:
        """The ids of the records this kiosk made (not received from another)."""
        return set(self.ask("own")["ids"])

    # -- staff's touches -------------------------------------------------------------------

    def log_in(self) -> None:
        """The staff login the kiosk shows at its start; then the idle screen."""
        self.wait_screen("StaffLoginScreen", 60)
        self.ok("fill", name="user_id", text=USER)
        self.ok("fill", name="password", text=PASSWORD)
        self.ok("click", name="submit")
        self.wait_at_kiosk()

    def wait_at_kiosk(self) -> None:
        """Back at the evacuees' screens (idle; C, without a reader, says so on a notice)."""
        self.wait_for(lambda s: not s["staff_mode"] and s["screen"] != "StaffLoginScreen")

    def open_menu(self) -> None:
        """The long press in the corner, the password, the staff menu."""
        self.ok("corner")
        self.wait_screen("StaffLoginScreen")
        self.ok("fill", name="user_id", text=USER)
        self.ok("fill", name="password", text=PASSWORD)
        self.ok("click", name="submit")
        self.wait_screen("StaffMenuScreen")

    def pair(self, code: str) -> None:
        self.open_menu()
        self.ok("click", name="menu_settings")
        self.ok("click", name="settings_lan")
        self.wait_text("lan_state", "Not paired")
        self.ok("fill", name="lan_code_field", text=code)
        self.ok("click", name="lan_pair")
        self.wait_text("lan_state", "This terminal is paired.")
        self.ok("click", name="lan_back")
        self.ok("click", name="menu_back")
        self.wait_at_kiosk()

    def roster(self) -> dict[str, Any]:
        """What the roster screen shows: staff open it from the menu."""
        self.open_menu()
        self.ok("click", name="menu_roster")
        found: list[dict[str, Any]] = []

        def shown() -> bool:
            found[:] = [self.ask("roster")]
            return bool(found[0]["shown"])

        assert wait_until(shown, timeout_s=30), self.terminal
        self.ok("click", name="roster_back")
        self.ok("click", name="menu_back")
        return found[0]

    def send_now(self) -> None:
        self.open_menu()
        self.ok("click", name="menu_send_now")
        self.ok("click", name="menu_back")


def _settings(
    name: str,
    home: Path,
    ports: dict[str, int],
    api: ServerProcess,
    reader: str,
    phone_port: int = 0,
) -> None:
    settings = settings_module.Settings()
    settings.shelter.name = "市立第一小学校 体育館"
    settings.shelter.shelter_id = SHELTER
    settings.shelter.terminal_id = name
    settings.ui.default_language = "en"
    settings.ui.voice_enabled = False  # three kiosks on two cores: no voice
    settings.api.url = api.url
    settings.api.token = api.token
    settings.cards.reader_name = reader
    settings.lan.enabled = True
    settings.lan.port = ports[name]
    settings.lan.peer_addresses = ",".join(
        f"127.0.0.1:{port}" for other, port in ports.items() if other != name
    )
    # The phone page. No phone_registration.address: its QR code names where it listens, the
    # lan.listen_address the driver writes (127.0.0.1).
    if phone_port:
        settings.phone_registration.enabled = True
        settings.phone_registration.port = phone_port
    settings_module.save(settings, home / "settings.toml")
    # IT made the staff account (python -m kiosk.staff add-user).
    StaffAccounts(home / "staff.json").create_account(USER, PASSWORD)


@pytest.fixture
def kiosks(tmp_path: Path) -> Iterator[list[KioskProcess]]:
    started: list[KioskProcess] = []
    yield started
    for kiosk in started:
        with contextlib.suppress(Exception):
            kiosk.stop()


def _check_in_then_out(a: KioskProcess, b: KioskProcess, place: Callable[[int], Any]) -> None:
    """A card check-in on A; the same card's check-out on B, which knows A's check-in.
    What is new is read from each kiosk's own records: the others' open notices (each
    kiosk recorded one at its staff login, before it was paired) may still be arriving."""
    before = a.own() | b.own()
    card = place(0)
    a.wait_step("consent")
    a.ok("click", name="agree")
    a.wait_step("enter_pin")
    a.ok("digits", digits=PIN)
    a.wait_step("era_choice")
    a.ok("click", name="calendar_japanese")
    a.wait_step("confirm")
    a.ok("click", name="correct")
    a.wait_step("done")
    card.remove()
    a.ok("click", name="ok")
    a.wait_step("idle")
    arrival = a.own() - before
    assert len(arrival) == 1
    assert wait_until(lambda: arrival <= b.ids(), timeout_s=30)
    card = place(1)
    b.wait_step("consent")
    b.ok("click", name="agree")
    b.wait_step("enter_pin")
    b.ok("digits", digits=PIN)
    b.wait_step("checkout_offer")  # B found the open check-in made on A
    b.ok("click", name="check_out")
    b.wait_step("done")
    card.remove()
    b.ok("click", name="ok")
    b.wait_step("idle")
    leaving = b.own() - before
    assert len(leaving) == 1


def _register_by_phone(b: KioskProcess, profile: Path) -> None:
    """Someone scans the QR code on B's idle screen and registers in a real browser
    (Chromium, the page in English, the birth date in the Western calendar)."""
    from selenium.webdriver.common.by import By

    found: list[Any] = []
    assert wait_until(lambda: bool(found.append(b.ask("qr")["url"]) or found[-1]), 30)
    url = str(found[-1])
    assert url.startswith("https://127.0.0.1:")
    with chromium(profile, lang="en") as driver:
        driver.get(url)
        for field, text in (
            ("name", "Phone Hanako"),
            ("reading", "でんわ はなこ"),
            ("address", "熊本県荒尾市電話町5-6"),
            ("phone", "090-1111-2222"),
        ):
            driver.find_element(By.ID, field).send_keys(text)
        birth = driver.find_element(By.ID, "birth_date")
        driver.execute_script("arguments[0].value = '1990-03-04'", birth)  # the date picker
        driver.find_element(By.CSS_SELECTOR, "input[name=sex][value=female]").click()
        driver.find_element(By.ID, "consent").click()
        driver.find_element(By.ID, "submit").click()
        wait(driver).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "Registered")


def _register_family(c: KioskProcess) -> None:
    """Staff on C register a family of three on the registration page (without saving)."""
    c.open_menu()
    c.ok("click", name="menu_registration")
    c.ok("click", name="reg_home_register")
    members = (
        ("家族\u3000一郎", "かぞく いちろう", ("1980", "4", "1"), "reg_sex_male"),
        ("家族\u3000花子", "かぞく はなこ", ("1982", "5", "2"), "reg_sex_female"),
        ("家族\u3000次郎", "かぞく じろう", ("2015", "6", "3"), "reg_sex_male"),
    )
    for number, (name, reading, (year, month, day), sex) in enumerate(members):
        if number:
            c.ok("click", name="reg_add_member")
        c.ok("fill", name="reg_name", text=name)
        c.ok("fill", name="reg_reading", text=reading)
        if number:
            c.ok("click", name="reg_copy_address")
        else:
            c.ok("fill", name="reg_address", text="熊本県荒尾市家族町7-8")
        c.ok("fill", name="reg_year", text=year)
        c.ok("fill", name="reg_month", text=month)
        c.ok("fill", name="reg_day", text=day)
        c.ok("click", name=sex)


def _idle(kiosk: KioskProcess) -> bool:
    """Nothing waits or is in flight from this kiosk to the others."""
    peers = kiosk.ask("counts")["peers"].values()
    return all(rows["pending"] == 0 and rows["in_flight"] == 0 for rows in peers)


def test_three_real_kiosks_agree_with_the_server_down_and_a_kill_9_loses_nothing(
    kiosks: list[KioskProcess],
    mgmt_server: ServerProcess,
    tmp_path: Path,
    pcscd: list[str],
    virtual_card: Any,
) -> None:
    # This test's two vpcd slots, held (file locks) before the kiosks watch them.
    for slot in (0, 1):
        virtual_card(CARD, slot=slot).remove()
    mgmt_server.kill()  # the WAN is down; the same port comes back later
    names = ("kiosk-A", "kiosk-B", "kiosk-C")
    ports = {name: free_port() for name in names}
    readers = (VPCD_READERS[0], VPCD_READERS[1], "no reader at this terminal")
    homes = {name: tmp_path / name for name in names}
    for name, reader in zip(names, readers, strict=True):
        homes[name].mkdir()
        phone = free_port() if name == "kiosk-B" else 0
        _settings(name, homes[name], ports, mgmt_server, reader, phone)
    a, b, c = (KioskProcess(homes[name], name) for name in names)
    for kiosk in (a, b, c):
        kiosks.append(kiosk.start())
    for kiosk in (a, b, c):
        kiosk.log_in()
        kiosk.pair(CODE)
    for kiosk in (a, b, c):
        assert kiosk.ask("lan")["paired"]

    # 1. A check-in on A, its check-out on B.
    _check_in_then_out(a, b, lambda slot: virtual_card(CARD, slot=slot))

    # 4. A phone registration on B, by its QR code, in a real browser.
    if BROWSER:
        before = b.own()
        _register_by_phone(b, tmp_path / "chromium-profile")
        assert len(b.own() - before) == 1

    # 3 and 6. Staff on C register a family; C is killed while it sends it.
    so_far = a.ids() | b.ids() | c.ids()
    assert wait_until(lambda: all(k.ids() == so_far for k in (a, b, c)), 60)
    assert wait_until(lambda: _idle(c), 60)
    _register_family(c)
    assert a.ok("hold", peer="kiosk-C", request="lack") == {"held": 0}
    assert b.ok("hold", peer="kiosk-C", request="events") == {"held": 0}
    c.ok("click", name="reg_save")
    family = c.ids() - so_far
    assert len(family) == 3
    assert wait_until(lambda: a.ask("held")["held"] >= 1 and b.ask("held")["held"] >= 1, 60)
    assert family <= b.ids()  # stored by B, never acknowledged
    waiting = c.ask("counts")["peers"]  # (C waits 5 s for an answer: it is still waiting)
    assert waiting["kiosk-A"]["in_flight"] == waiting["kiosk-B"]["in_flight"] == 3
    c.kill()
    assert a.ok("release")["held"] >= 1 and b.ok("release")["held"] >= 1
    c = KioskProcess(homes["kiosk-C"], "kiosk-C")
    kiosks.append(c.start())
    c.log_in()
    every = so_far | family
    assert wait_until(lambda: all(k.ids() == every for k in (a, b, c)), 90)
    assert wait_until(lambda: all(_idle(k) for k in (a, b, c)), 60)
    for kiosk in (a, b, c):
        assert all(rows["dead"] == 0 for rows in kiosk.ask("counts")["peers"].values())

    # 2. The roster screens agree: C's shows what A's and B's show.
    seen = [k.roster() for k in (a, b, c)]
    assert seen[0]["counts"] == seen[1]["counts"] == seen[2]["counts"]
    assert seen[0]["lines"] == seen[1]["lines"] == seen[2]["lines"]
    assert seen[0]["rows"] == seen[1]["rows"] == seen[2]["rows"]
    inside = 3 + BROWSER  # the family and the phone's person; the card holder left
    assert seen[2]["counts"]["inside"] == seen[2]["rows"] == inside
    assert seen[2]["counts"]["checked_out"] == 1

    # 5. The server comes back: each record once, from the kiosk that made it.
    own = {k.terminal: k.own() for k in (a, b, c)}
    assert set().union(*own.values()) == every
    assert sum(len(ids) for ids in own.values()) == len(every)
    assert mgmt_server.event_count() == 0
    mgmt_server.start()
    for kiosk in (a, b, c):
        kiosk.send_now()

    def all_sent() -> bool:
        return all(k.ask("counts")["outbox"]["sent"] == len(own[k.terminal]) for k in (a, b, c))

    assert wait_until(all_sent, timeout_s=120)
    assert sorted(mgmt_server.event_ids()) == sorted(every)  # each record stored once
    for payload in mgmt_server.payloads():
        event = json.loads(payload)
        assert event["event_id"] in own[event["terminal_id"]]
    for kiosk in (a, b, c):
        outbox = kiosk.ask("counts")["outbox"]
        assert outbox == {"pending": 0, "in_flight": 0, "sent": len(own[kiosk.terminal]), "dead": 0}
