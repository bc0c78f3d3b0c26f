"""USB export -> server import -> network sync: every record on the server exactly once.

Real processes throughout: ``python -m kiosk.outbox`` on a real SQLite store, the reference
server process on 127.0.0.1, ``scripts/mgmt_server.py import`` on the server's file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from kiosk.sync.contract import BATCH_PATH, canonical_json, event_to_wire
from tests.export.helpers import (
    PASSPHRASE,
    open_test_store,
    record_check_ins,
    run_import,
    run_outbox,
)
from tests.fixtures.server import ServerProcess

pytestmark = pytest.mark.timeout(180)


def _sync_once(home: Path, server: ServerProcess) -> None:
    result = run_outbox(
        home, "sync", "--once", "--token-stdin", "--url", server.url, stdin=server.token + "\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _export(home: Path, out: Path, *extra: str) -> str:
    result = run_outbox(
        home, "export", "--out", str(out), "--passphrase-stdin", *extra, stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _import_counts(
    home: Path, server: ServerProcess, source: Path, *, as_module: bool = False
) -> dict[str, int]:
    result = run_import(home, server.db_path, source, PASSPHRASE, "--json", as_module=as_module)
    assert result.returncode == 0, result.stdout + result.stderr
    counts: dict[str, int] = json.loads(result.stdout)["counts"]
    return counts


def test_export_import_then_sync_stores_each_record_once(
    kiosk_home: Path, mgmt_server: ServerProcess, tmp_path: Path
) -> None:
    store = open_test_store()
    early = record_check_ins(store, 10)
    _sync_once(kiosk_home, mgmt_server)  # the network worked for a while ...
    late = record_check_ins(store, 25, start=10)  # ... then never came back
    names = [e.person.name for e in early + late if e.person]
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / "shelter-042.skx"

    output = _export(kiosk_home, out)
    assert "exported 25 record(s)" in output
    assert store.counts() == {"pending": 25, "in_flight": 0, "sent": 10, "dead": 0}

    # at the municipality: the file is imported, twice by mistake
    assert _import_counts(kiosk_home, mgmt_server, out) == {
        "accepted": 25,
        "duplicate": 0,
        "conflict": 0,
        "rejected": 0,
    }
    assert _import_counts(kiosk_home, mgmt_server, out, as_module=True)["duplicate"] == 25
    assert mgmt_server.event_count() == 35

    # the network comes back after all: the kiosk sends the same records again
    _sync_once(kiosk_home, mgmt_server)
    assert store.counts() == {"pending": 0, "in_flight": 0, "sent": 35, "dead": 0}
    assert sorted(mgmt_server.event_ids()) == sorted(e.event_id for e in early + late)
    receipts = mgmt_server.receipts()
    assert all(receipts[e.event_id] == 3 for e in late)  # import, import, sync: one row
    assert all(receipts[e.event_id] == 1 for e in early)

    # and a staff export of everything still holding personal data adds nothing either
    _export(kiosk_home, out, "--include-sent")
    assert _import_counts(kiosk_home, mgmt_server, out)["duplicate"] == 35
    assert mgmt_server.event_count() == 35

    status = json.loads(run_outbox(kiosk_home, "status", "--json").stdout)
    assert [(e["kind"], e["records"], e["file_name"]) for e in status["exports"]] == [
        ("batch", 35, "shelter-042.skx"),
        ("batch", 25, "shelter-042.skx"),
    ]
    assert "last export:" in run_outbox(kiosk_home, "status").stdout
    store.close()
    for text in (output, json.dumps(status)):
        assert PASSPHRASE not in text
        for name in names:
            assert name not in text


def test_a_conflict_is_reported_by_id_and_the_rest_is_stored(
    kiosk_home: Path, mgmt_server: ServerProcess, tmp_path: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 4)
    # the server already holds event 0 with different content (e.g. another terminal's bug)
    changed = event_to_wire(events[0])
    changed["person"]["phone"] = "000-0000-0000"
    session = requests.Session()
    session.trust_env = False
    answer = session.post(
        mgmt_server.url + BATCH_PATH,
        data=canonical_json({"terminal_id": "terminal-7", "events": [changed]}),
        headers={"Authorization": f"Bearer {mgmt_server.token}"},
        timeout=10,
    )
    assert answer.status_code == 200
    out = tmp_path / "x.skx"
    _export(kiosk_home, out)
    result = run_import(kiosk_home, mgmt_server.db_path, out)
    assert result.returncode == 1
    assert "accepted 3, duplicate 0, conflict 1, rejected 0" in result.stdout
    assert f"conflict {events[0].event_id}: an event with this id" in result.stdout
    assert mgmt_server.event_count() == 4
    for event in events:
        assert event.person is not None and event.person.name not in result.stdout


def test_a_wrong_passphrase_or_a_damaged_file_imports_nothing(
    kiosk_home: Path, mgmt_server: ServerProcess, tmp_path: Path
) -> None:
    with open_test_store() as store:
        record_check_ins(store, 2)
    out = tmp_path / "x.skx"
    _export(kiosk_home, out)
    wrong = run_import(kiosk_home, mgmt_server.db_path, out, "not the passphrase")
    assert wrong.returncode == 2
    assert "export_decrypt_failed" in wrong.stderr
    damaged = tmp_path / "damaged.skx"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    assert run_import(kiosk_home, mgmt_server.db_path, damaged).returncode == 2
    assert mgmt_server.event_count() == 0
