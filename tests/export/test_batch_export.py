"""The USB batch export on a real store: what goes in, and that nothing else changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.export.batch import BATCH_FORMAT, export_batch, read_batch
from kiosk.export.envelope import ContentType, ExportFormatError, WeakPassphraseError, decrypt
from kiosk.export.pfif import PfifOptions, export_pfif
from kiosk.records import EventKind
from kiosk.sync.contract import canonical_json, event_to_wire
from tests.export.helpers import FAST_KDF, PASSPHRASE, open_test_store, record_check_ins
from tests.store.factories import shelter_notice


def test_exports_every_unacknowledged_record_in_the_wire_format(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 6)
        store.mark_sent([events[0].event_id])
        claimed = store.claim_due(2)  # events 1 and 2: in flight (another sender)
        store.mark_dead([(claimed[1].event.event_id, "conflict")])
        before = store.counts()
        out = tmp_path / "usb" / "shelter.skx"
        out.parent.mkdir()
        result = export_batch(store, out, PASSPHRASE, terminal_id="terminal-7", kdf=FAST_KDF)
        assert result.records == 5
        assert result.by_state == {"in_flight": 1, "dead": 1, "pending": 3}
        # exporting marks nothing sent and deletes nothing
        assert store.counts() == before
        assert store.personal_rows() == 6
        body = read_batch(out.read_bytes(), PASSPHRASE)
        assert body["terminal_id"] == "terminal-7"
        assert body["export"]["format"] == BATCH_FORMAT
        assert body["export"]["records"] == 5
        # byte for byte what the sync sends: the server's payload hash matches
        expected = [json.loads(canonical_json(event_to_wire(e))) for e in events[1:]]
        assert body["events"] == expected
        log = store.export_log()
        assert [(e.kind, e.records, e.file_name) for e in log] == [("batch", 5, "shelter.skx")]


def test_the_file_holds_no_readable_personal_data(kiosk_home: Path, tmp_path: Path) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 3)
        out = tmp_path / "shelter.skx"
        export_batch(store, out, PASSPHRASE, kdf=FAST_KDF)
    data = out.read_bytes()
    for event in events:
        assert event.person is not None
        assert event.person.name.encode() not in data
        assert event.person.address.encode() not in data
        assert event.event_id.encode() not in data


def test_include_sent_adds_sent_records_that_still_hold_personal_data_only(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        purged = record_check_ins(store, 2)
        store.record(shelter_notice(EventKind.SHELTER_CLOSE))
        store.mark_sent(store.event_ids())
        assert store.purge_personal_data(delay_hours=0).purged == 2
        store.record(shelter_notice(EventKind.SHELTER_OPEN))
        kept = record_check_ins(store, 2, start=10)
        store.mark_sent([kept[0].event_id])
        out = tmp_path / "all.skx"
        plain = read_batch(
            export_batch(store, out, PASSPHRASE, kdf=FAST_KDF).path.read_bytes(), PASSPHRASE
        )
        with_sent = read_batch(
            export_batch(store, out, PASSPHRASE, include_sent=True, kdf=FAST_KDF).path.read_bytes(),
            PASSPHRASE,
        )
    unsent_ids = [e["event_id"] for e in plain["events"]]
    assert len(unsent_ids) == 2 and kept[1].event_id in unsent_ids  # + the open notice
    ids = [e["event_id"] for e in with_sent["events"]]
    assert kept[0].event_id in ids and kept[1].event_id in ids
    assert not {e.event_id for e in purged} & set(ids)
    assert len(ids) == 3


def test_a_short_passphrase_writes_nothing_and_logs_nothing(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        record_check_ins(store, 1)
        with pytest.raises(WeakPassphraseError):
            export_batch(store, tmp_path / "x.skx", "too short", kdf=FAST_KDF)
        assert store.export_log() == []
    assert not (tmp_path / "x.skx").exists()


def test_a_record_that_does_not_decrypt_is_reported_not_exported(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 3)
        # a blob copied onto another row (the AAD is the event id) no longer decrypts
        store.db.conn.execute(
            "UPDATE events SET personal = (SELECT personal FROM events WHERE event_id = ?)"
            " WHERE event_id = ?",
            (events[0].event_id, events[1].event_id),
        )
        result = export_batch(store, tmp_path / "x.skx", PASSPHRASE, kdf=FAST_KDF)
        assert result.records == 2
        assert result.undecryptable == [events[1].event_id]
        assert store.counts()["pending"] == 3


def test_a_pfif_file_is_not_imported_as_a_batch(kiosk_home: Path, tmp_path: Path) -> None:
    with open_test_store() as store:
        record_check_ins(store, 1)
        out = tmp_path / "people.pfif"
        export_pfif(
            store,
            out,
            PfifOptions("kiosk.example.jp", {}),
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
        )
    assert decrypt(out.read_bytes(), PASSPHRASE)[0] is ContentType.PFIF_XML
    with pytest.raises(ExportFormatError, match="PFIF"):
        read_batch(out.read_bytes(), PASSPHRASE)


def test_a_row_this_version_cannot_read_is_reported_not_exported(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 2)
        store.db.conn.execute(
            "UPDATE events SET card_type = 'floppy' WHERE event_id = ?", (events[0].event_id,)
        )
        result = export_batch(store, tmp_path / "x.skx", PASSPHRASE, kdf=FAST_KDF)
        assert (result.records, result.undecryptable) == (1, [events[0].event_id])
        assert store.counts()["pending"] == 2
