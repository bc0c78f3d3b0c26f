"""Records an old demo swallowed (issue 8 point 1): sent to a local demo server in
``<data>/demo-server/server.sqlite3`` and marked sent, the municipality never got them.
``python -m kiosk.outbox requeue-demo-delivered`` puts them back in the queue; a real sync
then delivers each record exactly once. Real servers on 127.0.0.1, real processes."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.instance_lock import InstanceLock
from kiosk.records import EventKind
from kiosk.store.factory import open_store
from tests.fixtures.server import ServerProcess
from tests.store.factories import check_in, shelter_notice
from tests.sync.helpers import run_cli

pytestmark = pytest.mark.timeout(120)


def _sync(home: Path, server: ServerProcess) -> None:
    result = run_cli(
        home, "sync", "--once", "--token-stdin", "--url", server.url, stdin=server.token
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _record(n: int, start: int) -> list[str]:
    with open_store(settings_module.load()) as store:
        events = [check_in(i) for i in range(start, start + n)]
        store.record_many(events)
    return [e.event_id for e in events]


def test_records_the_old_demo_swallowed_reach_the_real_server_exactly_once(
    kiosk_home: Path, mgmt_server_factory: Callable[..., ServerProcess]
) -> None:
    real = mgmt_server_factory(name="municipality")
    demo = mgmt_server_factory(name="kiosk-home/demo-server")  # where the old demo kept it
    assert demo.db_path == kiosk_home / "demo-server" / "server.sqlite3"
    delivered = _record(2, 0)
    _sync(kiosk_home, real)
    swallowed = _record(4, 2)
    _sync(kiosk_home, demo)  # the old demo mode: marked sent, never delivered
    demo.stop()
    waiting = _record(1, 6)
    assert sorted(real.event_ids()) == sorted(delivered)

    with InstanceLock(kiosk_home):  # the kiosk is running
        refused = run_cli(kiosk_home, "requeue-demo-delivered")
        assert refused.returncode == 2
        assert "kiosk is running" in refused.stderr
    result = run_cli(kiosk_home, "requeue-demo-delivered")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 record(s) queued again" in result.stdout
    assert "delete" in result.stdout and str(demo.db_path) in result.stdout
    assert demo.db_path.exists()  # never deleted: IT does it after delivery
    status = json.loads(run_cli(kiosk_home, "status", "--json").stdout)
    assert status["counts"]["pending"] == 5 and status["counts"]["sent"] == 2

    _sync(kiosk_home, real)
    assert sorted(real.event_ids()) == sorted(delivered + swallowed + waiting)
    assert set(real.receipts().values()) == {1}  # each exactly once
    # Run again by mistake: sent again, and the server keeps each record once.
    again = run_cli(kiosk_home, "requeue-demo-delivered")
    assert again.returncode == 0
    _sync(kiosk_home, real)
    assert real.event_count() == 7
    assert {real.receipts()[i] for i in swallowed} == {2}


def test_a_named_demo_database_and_purged_records(
    kiosk_home: Path, mgmt_server_factory: Callable[..., ServerProcess], tmp_path: Path
) -> None:
    demo = mgmt_server_factory(name="elsewhere")
    ids = _record(3, 0)
    with open_store(settings_module.load()) as store:
        store.record(shelter_notice(EventKind.SHELTER_CLOSE, datetime.now(UTC)))
    _sync(kiosk_home, demo)
    demo.stop()
    with open_store(settings_module.load()) as store:
        assert store.purge_personal_data(delay_hours=0).purged == 3
    missing = run_cli(kiosk_home, "requeue-demo-delivered")
    assert missing.returncode == 2
    assert "no demo database" in missing.stderr
    result = run_cli(kiosk_home, "requeue-demo-delivered", "--demo-db", str(demo.db_path))
    # Purged records cannot be sent complete again: named by id, left as they are.
    assert result.returncode == 1
    assert "1 record(s) queued again" in result.stdout  # the close notice
    for event_id in ids:
        assert event_id in result.stdout
    not_a_demo = tmp_path / "other.sqlite3"
    not_a_demo.write_bytes(b"not a database at all")
    bad = run_cli(kiosk_home, "requeue-demo-delivered", "--demo-db", str(not_a_demo))
    assert bad.returncode == 2
    assert "not a demo server database" in bad.stderr
