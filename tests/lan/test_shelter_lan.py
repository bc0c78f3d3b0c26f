"""Three terminals of one shelter as real processes on loopback ports (separate data folders),
the management server down: they agree (check-in, check-out, phone registration in a real
browser, staff proxy registration of a family, roster counts); when it comes back, each
record reaches it exactly once, from the terminal that made it; a kill -9 mid-exchange loses
and duplicates nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.domain import Sex
from kiosk.records import Event, Person
from tests.fixtures.browser import chromium, needs_chromium, wait
from tests.fixtures.server import ServerProcess, wait_until
from tests.lan.nodes import NodeProcess
from tests.store.factories import check_in, check_out, person

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def started(tmp_path: Path) -> Iterator[Callable[..., NodeProcess]]:
    nodes: list[NodeProcess] = []

    def start(name: str, **kwargs: object) -> NodeProcess:
        node = NodeProcess(tmp_path / name, name, **kwargs)  # type: ignore[arg-type]
        nodes.append(node)
        return node.start()

    yield start
    for node in nodes:
        node.stop()


def _made_on(terminal: str, event: Event) -> Event:
    return dataclasses.replace(event, terminal_id=terminal)


def _assert_only_own_records_wait(own: dict[NodeProcess, int], server: ServerProcess) -> None:
    """Each terminal has queued exactly its own records for the server, none sent yet."""
    for n, count in own.items():
        outbox = n.counts()["outbox"]
        # (in flight: its sync worker is trying the server that is down at this moment)
        assert outbox["pending"] + outbox["in_flight"] == count and outbox["sent"] == 0
    assert server.event_count() == 0


def test_three_terminals_agree_with_the_server_down_then_it_gets_each_record_once(
    started: Callable[..., NodeProcess], mgmt_server: ServerProcess
) -> None:
    mgmt_server.kill()  # the WAN is down; the same port comes back later
    api = {"api_url": mgmt_server.url, "api_token_file": mgmt_server.token_file}
    a = started("terminal-A", **api)
    b = started("terminal-B", peers=[a.address], **api)
    c = started("terminal-C", peers=[a.address, b.address], **api)
    nodes = (a, b, c)

    arrival = _made_on("terminal-A", check_in(1))
    a.record(arrival)
    assert wait_until(lambda: all(arrival.event_id in n.ids() for n in (b, c)), timeout_s=60)
    # Terminal B finds the open check-in made on A, and checks the person out.
    assert b.open_check_in(person(1)) == arrival.event_id
    leaving = _made_on("terminal-B", check_out(arrival))
    b.record(leaving)
    others = [_made_on("terminal-C", check_in(i)) for i in range(2, 6)]
    c.record(*others)
    every = {arrival.event_id, leaving.event_id, *(e.event_id for e in others)}
    assert wait_until(lambda: all(n.ids() == every for n in nodes), timeout_s=60)
    for n in nodes:
        assert n.open_check_in(person(1)) is None  # closed everywhere
        assert n.open_check_in(person(2)) == others[0].event_id
    # Each terminal queues only its own records for the server.
    own = {a: 1, b: 1, c: 4}
    _assert_only_own_records_wait(own, mgmt_server)

    mgmt_server.start()
    assert wait_until(lambda: mgmt_server.event_count() == len(every), timeout_s=60)
    assert wait_until(lambda: all(n.counts()["outbox"]["sent"] == own[n] for n in nodes), 60)
    assert set(mgmt_server.event_ids()) == every
    assert sorted(mgmt_server.event_ids()) == sorted(every)  # each stored once
    # Sent only by the terminal that made it: nobody queued another terminal's record (above),
    # and each terminal's own are all acknowledged. (A retry after a slow answer from the
    # server that has just come back may count as a second receipt, stored once.)
    for n, count in own.items():
        assert n.counts()["outbox"] == {"pending": 0, "in_flight": 0, "sent": count, "dead": 0}


def _idle(node: NodeProcess) -> bool:
    """Nothing waits or is in flight from this terminal to its peers."""
    peers = node.counts()["peers"].values()
    return all(rows["pending"] == 0 and rows["in_flight"] == 0 for rows in peers)


def _register_by_phone(url: str, profile: Path) -> None:
    """A person fills B's phone page in a real browser (Chromium), in Japanese."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    typed = {
        "name": "電話\u3000花子",
        "reading": "でんわ はなこ",
        "era_year": "2",  # 平成2年3月4日
        "era_month": "3",
        "era_day": "4",
        "address": "熊本県荒尾市電話町5-6",
        "phone": "090-1111-2222",
    }
    with chromium(profile) as driver:
        driver.get(url)
        Select(driver.find_element(By.ID, "era")).select_by_value("heisei")
        for field, text in typed.items():
            driver.find_element(By.ID, field).send_keys(text)
        driver.find_element(By.CSS_SELECTOR, "input[name=sex][value=female]").click()
        driver.find_element(By.ID, "consent").click()
        driver.find_element(By.ID, "submit").click()
        wait(driver).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "登録しました")


def _family(surname: str) -> list[Person]:
    """Three people of one household (staff register them together)."""
    return [
        Person(
            name=f"{surname}\u3000{given}",
            address="熊本県荒尾市家族町7-8",
            birth_date=born,
            sex=sex,
            phone="090-3333-4444" if given == "一郎" else "",
            message_to_staff="",
        )
        for given, born, sex in (
            ("一郎", date(1980, 4, 1), Sex.MALE),
            ("花子", date(1982, 5, 2), Sex.FEMALE),
            ("次郎", date(2015, 6, 3), Sex.MALE),
        )
    ]


@pytest.mark.slow
@needs_chromium
def test_the_whole_shelter_with_the_server_down_phone_and_proxy_registration_and_a_kill_9(
    started: Callable[..., NodeProcess], mgmt_server: ServerProcess, tmp_path: Path
) -> None:
    """Issue 13's "Done when": three terminal processes (own data folders, loopback ports),
    the management server down. A check-in on A is checked out on B; a browser registers a
    person on B's phone page; staff register a family of three by proxy on C, which is
    killed (-9) while it sends them (deterministically: A and B keep their answers back)
    and started again; C's roster and counts agree with A's
    and B's; when the server is back, it stores every record exactly once."""
    mgmt_server.kill()
    api = {"api_url": mgmt_server.url, "api_token_file": mgmt_server.token_file}
    a = started("terminal-A", **api)
    b = started("terminal-B", peers=[a.address], extra=("--phone-port", "0"), **api)
    # C waits long for an answer: the kill below must find its exchanges still in flight.
    patient = ("--timeout", "120")
    c = started("terminal-C", peers=[a.address, b.address], extra=patient, **api)
    nodes = (a, b, c)

    arrival = _made_on("terminal-A", check_in(1))
    a.record(arrival)
    assert wait_until(lambda: b.open_check_in(person(1)) == arrival.event_id, timeout_s=60)
    leaving = _made_on("terminal-B", check_out(arrival))
    b.record(leaving)

    _register_by_phone(b.ready["registration_url"], tmp_path / "chromium-profile")
    by_phone = b.ids() - {arrival.event_id, leaving.event_id}
    assert len(by_phone) == 1

    # Every earlier record everywhere, and C sending nothing: only the family will travel.
    so_far = {arrival.event_id, leaving.event_id, *by_phone}
    assert wait_until(lambda: all(n.ids() == so_far for n in nodes) and _idle(c), 60)
    # C is killed mid-exchange with both: A keeps back its answer to C's question "which of
    # these do you lack?" (nothing sent yet); B stores the family C sends and keeps back its
    # answer (stored, never acknowledged).
    assert a.ask("hold", peer="terminal-C", request="lack") == {"held": 0}
    assert b.ask("hold", peer="terminal-C", request="events") == {"held": 0}
    family = c.register_household(*_family("家族"))
    assert len(family) == 3
    assert wait_until(lambda: a.ask("held")["held"] == 1 and b.ask("held")["held"] == 1, 60)
    assert set(family) <= b.ids()
    waiting = c.counts()["peers"]
    assert waiting["terminal-A"]["in_flight"] == waiting["terminal-B"]["in_flight"] == 3
    c.kill()
    assert a.ask("release") == b.ask("release") == {"held": 1}
    c = started("terminal-C", peers=[a.address, b.address], port=c.port, **api)
    nodes = (a, b, c)

    every = {*so_far, *family}
    assert wait_until(lambda: all(n.ids() == every for n in nodes), timeout_s=90)
    # C's deliveries, taken back at its start, all acknowledged (B's as held); none refused.
    assert wait_until(lambda: all(_idle(n) for n in nodes), 60)
    for n in nodes:
        assert all(rows["dead"] == 0 for rows in n.counts()["peers"].values())
    today = date.today()
    seen = [n.roster_counts(today) for n in nodes]
    assert seen[0] == seen[1] == seen[2]
    assert seen[0]["inside"] == 4  # the phone's person and the family; A's arrival left
    assert seen[0]["checked_out"] == 1
    for n in nodes:
        assert n.open_check_in(person(1)) is None
    own = {a: 1, b: 2, c: 3}
    _assert_only_own_records_wait(own, mgmt_server)

    mgmt_server.start()
    assert wait_until(lambda: all(n.counts()["outbox"]["sent"] == own[n] for n in nodes), 90)
    assert sorted(mgmt_server.event_ids()) == sorted(every)  # each record stored once
    for n, count in own.items():
        assert n.counts()["outbox"] == {"pending": 0, "in_flight": 0, "sent": count, "dead": 0}


def test_kill_9_of_either_terminal_mid_exchange_loses_and_duplicates_nothing(
    started: Callable[..., NodeProcess],
) -> None:
    small_batches = ("--batch-size", "25")
    a = started("terminal-A", extra=small_batches)
    records = [_made_on("terminal-A", check_in(i)) for i in range(1500)]
    for start in range(0, len(records), 500):
        a.record(*records[start : start + 500])
    wanted = {e.event_id for e in records}
    # B keeps back its answer to A's first batch (stored): from its start, so not all the
    # records can have crossed before.
    b = started(
        "terminal-B", peers=[a.address], extra=(*small_batches, "--hold", "terminal-A:events")
    )

    def b_holds() -> int:
        return int(b.ask("origins")["origins"].get("terminal-A", 0))

    # The sender dies mid-exchange (some records across, not all) ...
    assert wait_until(lambda: b.ask("held")["held"] >= 1)
    a.kill()
    b.ask("release")
    assert 0 < b_holds() < len(records)
    # ... then the receiver does, with A's next batch after its restart stored and its
    # answer kept back.
    assert b.ask("hold", peer="terminal-A", request="events") == {"held": 0}
    a = started("terminal-A", port=a.port, extra=small_batches)  # same data folder
    assert wait_until(lambda: b.ask("held")["held"] >= 1)
    b.kill()
    b = started("terminal-B", port=b.port, extra=small_batches)
    assert wait_until(lambda: b.ids() == wanted, timeout_s=60)
    assert len(b.ask("ids")["ids"]) == len(records)  # no duplicate
    assert wait_until(lambda: a.counts()["peers"]["terminal-B"]["sent"] == len(records))
    counts = a.counts()
    assert counts["peers"]["terminal-B"]["in_flight"] == 0
    assert counts["outbox"]["pending"] == len(records)  # still all waiting for the server
