"""``python -m kiosk.outbox inspect``: IT sees the database's shape and counts through
sqlite-utils on a read-only connection, never a record's content, and nothing is written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kiosk import settings as settings_module
from kiosk.records import EventKind
from kiosk.store.factory import open_store
from tests.store.factories import check_in, shelter_notice
from tests.sync.helpers import run_cli


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name.startswith("kiosk")
    }


def test_inspect_counts_tables_read_only_and_shows_no_content(kiosk_home: Path) -> None:
    config = settings_module.load()
    events = [check_in(i) for i in range(3)]
    with open_store(config) as store:
        store.record_many([*events, shelter_notice(EventKind.SHELTER_OPEN)])
        db_path = store.path
    before = _digest(db_path.parent)

    done = run_cli(kiosk_home, "inspect", "--json", "--check")

    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    tables = {t["name"]: t for t in info["tables"]}
    assert tables["events"]["rows"] == 4
    assert tables["outbox"]["rows"] == 4
    assert any(c.startswith("event_id") for c in tables["events"]["columns"])
    assert info["schema_version"] >= 5
    assert info["quick_check"] == "ok"
    # No record content: no name, address or id of any event reaches IT's screen.
    for event in events:
        assert event.person is not None
        assert event.person.name not in done.stdout
        assert event.person.address not in done.stdout
        assert event.event_id not in done.stdout
    # The database file is untouched (a read-only WAL reader may leave an empty -wal/-shm).
    after = _digest(db_path.parent)
    assert after[db_path.name] == before[db_path.name]
    empty = hashlib.sha256(b"").hexdigest()
    assert after.get(db_path.name + "-wal", empty) == before.get(db_path.name + "-wal", empty)


def test_inspect_of_a_file_that_is_no_database_says_so(kiosk_home: Path) -> None:
    path = kiosk_home / "not-a-database.sqlite3"
    path.write_bytes(b"this is not SQLite" * 400)
    done = run_cli(kiosk_home, "--db", str(path), "inspect")
    assert done.returncode == 2
    assert "not a readable record database" in done.stderr
    assert "Traceback" not in done.stderr
