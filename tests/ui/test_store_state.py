"""The record store's typed conditions in staff words: each purge status, each quarantine
reason, a damaged database (repaired: the report until staff have read it; beyond repair:
nothing recorded, call IT), and the transport built with the settings' CA file. Real SQLite
files with flipped bytes, the real UI wiring (kiosk.ui.services.build), a TLS reference server
on 127.0.0.1 with a CA made in the test.
"""

from __future__ import annotations

import copy
import sqlite3
import ssl
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.clock import FakeClock
from kiosk.flow.contract import NoticeCode, Step
from kiosk.mgmt_server import ManagementServer
from kiosk.records import EventKind
from kiosk.settings import LANGUAGES
from kiosk.store import (
    KeyFileProvider,
    PurgeResult,
    PurgeStatus,
    QuarantineReason,
    RecordStore,
    StoreCondition,
    StoreCorruptError,
)
from kiosk.sync.status import SyncProblem
from kiosk.ui import i18n
from kiosk.ui.app import StartupFailure, start_kiosk
from kiosk.ui.screens import IdleScreen
from kiosk.ui.services import SyncControl, build, demo_data_dir
from kiosk.ui.staff import QUARANTINE_REASONS, on_hold_text, purge_message
from tests.store.factories import check_in, raw_sql, shelter_notice
from tests.store.factories import flip_page as _flip_page
from tests.store.factories import pages_of as _pages_of
from tests.ui.helpers import kiosk_settings

pytestmark = pytest.mark.gui


def menu_row(kiosk: Any, key: str) -> str:
    return str(kiosk.app.window.staff_menu.status_rows[key].text())


def idle_sign(kiosk: Any) -> str:
    """The idle screen's neutral sign: its icon ("staff": staff are needed), then its words."""
    idle = kiosk.window.screens[IdleScreen]
    icon = idle.status_icon.icon_name() if idle.status_icon.isVisibleTo(idle) else ""
    return f"{icon} {idle.status_line.text()}"


# -- purge -----------------------------------------------------------------------------------


def purge_sentences() -> dict[PurgeStatus, str]:
    return {
        status: purge_message(PurgeResult.of(status, 3, unsent=2 if status == "unsent" else 0))
        for status in PurgeStatus
    }


def test_every_purge_status_has_its_own_sentence_in_every_language(qapp: Any) -> None:
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        switcher.switch("en")
        english = purge_sentences()
        assert len(set(english.values())) == len(PurgeStatus)
        # Pending: deleted, the file is rewritten shortly (never "not deleted").
        assert english[PurgeStatus.PENDING].startswith("Personal data deleted from 3 records.")
        assert "rewritten" in english[PurgeStatus.PENDING]
        assert english[PurgeStatus.PURGED] == "Personal data deleted from 3 records."
        assert english[PurgeStatus.UNSENT].startswith("Not deleted: 2 records are not yet")
        assert "close notice first" in english[PurgeStatus.NOT_CLOSED]
        assert "waiting time" in english[PurgeStatus.DELAY_NOT_PASSED]
        assert english[PurgeStatus.NOTHING_LEFT] == "No personal data left to delete."
        for language in LANGUAGES:
            if language == "en":
                continue
            switcher.switch(language)
            shown = purge_sentences()
            untranslated = [s.value for s, text in shown.items() if text == english[s]]
            assert not untranslated, f"{language}: English shown for {untranslated}"
            assert len(set(shown.values())) == len(PurgeStatus), language
            assert "3" in shown[PurgeStatus.PENDING] and "2" in shown[PurgeStatus.UNSENT]
        switcher.switch("ja")
        assert "消去しました" in purge_sentences()[PurgeStatus.PENDING]
    finally:
        switcher.clear()


def _closed_and_delivered(store: RecordStore) -> None:
    for event in (
        shelter_notice(EventKind.SHELTER_OPEN, datetime(2026, 8, 31, tzinfo=UTC)),
        check_in(1, when=datetime(2026, 8, 31, 1, tzinfo=UTC)),
        # Closed before the kiosk's clock (FakeClock: 2026-09-01 00:00 UTC).
        shelter_notice(EventKind.SHELTER_CLOSE, datetime(2026, 8, 31, 12, tzinfo=UTC)),
    ):
        store.record(event)
    store.mark_sent([c.event.event_id for c in store.claim_due(100)])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_purge_a_reader_holds_up_is_told_as_done_not_refused(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    """PurgeStatus.PENDING: erased, the file is rewritten once another reader lets go."""
    kiosk = make_kiosk()
    _closed_and_delivered(kiosk.store)
    kiosk.app.services.sync_control = SyncControl(kiosk.store, kiosk.app.settings, kiosk.clock)
    reader = sqlite3.connect(str(kiosk.store.path), isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM events").fetchone()  # holds a read snapshot
        kiosk.app.open_staff_menu()  # no staff service here: the menu opens at once
        kiosk.qtbot.mouseClick(kiosk.window.staff_menu.purge, Qt.MouseButton.LeftButton)
        kiosk.qtbot.mouseClick(kiosk.window.confirm.yes, Qt.MouseButton.LeftButton)
        kiosk.qtbot.waitUntil(lambda: "deleted from 1" in menu_row(kiosk, "message"))
        assert menu_row(kiosk, "message").startswith("Personal data deleted from 1 record.")
        assert "Not deleted" not in menu_row(kiosk, "message")
        assert kiosk.store.purge_pending()
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert kiosk.store.personal_rows() == 0


# -- records on hold -------------------------------------------------------------------------


def test_every_quarantine_reason_has_its_words_in_every_language(qapp: Any) -> None:
    from kiosk.store import DeadRecord

    records = tuple(
        DeadRecord(f"id-{reason.value}", "check_in", "", 1, "", reason)
        for reason in QuarantineReason
    )
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        english: list[str] = []
        for language in LANGUAGES:
            switcher.switch(language)
            lines = on_hold_text(records, len(records) + 4).split("\n")
            assert len(lines) == len(QuarantineReason) + 2  # title, one each, "and 4 more"
            assert "4" in lines[-1]
            reasons = []
            for record, line in zip(records, lines[1:-1], strict=True):
                assert record.event_id in line
                reasons.append(line.split(record.event_id)[1])
            assert len(set(reasons)) == len(QuarantineReason), language
            if language == "en":
                english = lines
            else:
                assert not set(lines) & set(english), language
        assert set(QUARANTINE_REASONS) == set(QuarantineReason)
    finally:
        switcher.clear()


def test_the_on_hold_list_names_each_records_reason(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    store = kiosk.store
    refused, changed = check_in(1), check_in(2)
    store.record_many([refused, changed])
    # Someone edits a clear field behind the store's back: its seal no longer matches.
    raw_sql(
        store.path, "UPDATE events SET shelter_id = 'S-9999' WHERE event_id = ?", changed.event_id
    )
    claimed = store.claim_due(10)  # the changed record is quarantined as it is claimed
    assert [c.event.event_id for c in claimed] == [refused.event_id]
    store.mark_dead([(refused.event_id, "rejected")])
    kiosk.app.open_staff_menu()
    kiosk.app.sync.refresh()
    kiosk.qtbot.waitUntil(lambda: refused.event_id in menu_row(kiosk, "on_hold"))
    text = menu_row(kiosk, "on_hold")
    assert f"record {refused.event_id}: the server refused it" in text
    assert f"record {changed.event_id}: its details do not match their seal" in text
    assert kiosk.app.window.staff_menu.status_rows["on_hold"].isVisible()
    kiosk.app.set_language("ja")
    assert "サーバーが受け取りを拒否" in menu_row(kiosk, "on_hold")


# -- a damaged database ----------------------------------------------------------------------

N = 400


def _damaged_demo_database(clock: FakeClock, *, last_page: bool = False) -> Path:
    """The demo folder's database with N check-ins (the first 100 sent) and one events leaf
    page overwritten (a middle one, or the last one, where the next record goes)."""
    folder = demo_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.sqlite3"
    with RecordStore(path, KeyFileProvider(folder / "store.key"), clock) as s:
        s.record_many([check_in(n) for n in range(N)])
        s.mark_sent([c.event.event_id for c in s.claim_due(100)])
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = _pages_of(path, "events")
    _flip_page(path, pages[-1] if last_page else pages[len(pages) // 2])
    return path


def wired(make_kiosk: Any, kiosk_home: Path, clock: FakeClock) -> Any:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = False
    return make_kiosk(settings=settings, services=build(settings, demo=True, clock=clock))


def test_a_repaired_database_is_told_to_staff_until_they_have_read_it(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    clock = FakeClock()
    path = _damaged_demo_database(clock)
    kiosk = wired(make_kiosk, kiosk_home, clock)
    kiosk.app.services.staff = None  # the menu opens at once (the login: test_staff)
    store = kiosk.store
    assert store.condition is StoreCondition.RECOVERED
    report = store.salvage_report()
    assert report is not None and report.lost and report.lost_ids
    kiosk.qtbot.waitUntil(lambda: idle_sign(kiosk).startswith("staff"))
    kiosk.app.open_staff_menu()
    menu = kiosk.window.staff_menu
    text = menu_row(kiosk, "store")
    assert text.startswith(
        f"The record database was damaged. {report.salvaged} records were saved into a new "
        "database; those not yet sent will be sent."
    )
    assert f"{report.lost} records could not be read (ids: {report.lost_ids[0]}" in text
    assert f"The damaged file was kept as {report.moved_to} for IT." in text
    assert (path.parent / report.moved_to).exists()
    assert menu.acknowledge.isVisible()
    kiosk.app.set_language("ja")
    assert "記録データベース" in menu_row(kiosk, "store") and report.moved_to in menu_row(
        kiosk, "store"
    )
    assert menu.acknowledge.text() == "確認しました"
    kiosk.app.set_language("en")
    kiosk.qtbot.mouseClick(menu.acknowledge, Qt.MouseButton.LeftButton)
    kiosk.qtbot.waitUntil(lambda: not menu.status_rows["store"].isVisible())
    assert store.condition is StoreCondition.OK and not menu.acknowledge.isVisible()
    assert not idle_sign(kiosk).startswith("staff")
    assert (path.parent / report.moved_to).exists()  # kept for IT


def _kiosk_beyond_repair(
    make_kiosk: Any, kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, Path]:
    """A running kiosk whose database is damaged after the start-up check and cannot be moved
    aside (another process holds it); the store's check has met the damage."""
    clock = FakeClock()
    path = _damaged_demo_database(clock)

    def held_by_another_process(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("the file is in use")

    monkeypatch.setattr("kiosk.store.salvage.recover", held_by_another_process)
    monkeypatch.setattr(
        "kiosk.ui.services.open_demo_store",
        lambda folder, clock: RecordStore(
            folder / "kiosk.sqlite3",
            KeyFileProvider(folder / "store.key"),
            clock,
            check_at_open=False,  # the damage appears after the start-up check
        ),
    )
    kiosk = wired(make_kiosk, kiosk_home, clock)
    kiosk.wait_step(Step.IDLE)
    # Whoever meets the damage first (this check, the sync worker, a save) reports it.
    kiosk.app.store_worker.call(kiosk.store.check_integrity, 5)
    assert kiosk.store.condition is StoreCondition.CORRUPT
    kiosk.qtbot.waitUntil(lambda: idle_sign(kiosk).startswith("staff"))
    return kiosk, path


def test_damage_beyond_repair_stops_recording_and_tells_staff_to_call_it(
    make_kiosk: Any, kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damage is met while the kiosk runs and the file cannot be moved aside: staff are
    told what IT does (the person: test_a_database_beyond_repair_reads_no_card)."""
    kiosk, path = _kiosk_beyond_repair(make_kiosk, kiosk_home, monkeypatch)
    kiosk.app.services.staff = None  # the menu opens at once (the login: test_staff)
    kiosk.app.open_staff_menu()
    text = menu_row(kiosk, "store")
    assert "could not be repaired" in text and "cannot record" in text
    assert "python -m kiosk.outbox recover" in text
    assert not kiosk.window.staff_menu.acknowledge.isVisible()
    kiosk.app.set_language("ja")
    assert "python -m kiosk.outbox recover" in menu_row(kiosk, "store")
    assert "IT" in menu_row(kiosk, "store")
    assert list(path.parent.glob("*.damaged-*")) == []  # left where it is, for IT


def test_a_database_beyond_repair_reads_no_card(
    make_kiosk: Any, kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The running kiosk has met damage it cannot repair: the next person's card gets the
    kiosk_not_ready notice at once, and not one APDU reaches it (no PIN asked, no try spent
    on a record that could not be saved); the check-in button says the same."""
    kiosk, _path = _kiosk_beyond_repair(make_kiosk, kiosk_home, monkeypatch)
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice is NoticeCode.KIOSK_NOT_READY
    card = kiosk.cards.reader.card
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    kiosk.click("check_in")  # the card still lies on the reader
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice is NoticeCode.KIOSK_NOT_READY
    kiosk.qtbot.waitUntil(lambda: kiosk.app.card_worker.idle)  # whatever it had queued
    assert card.apdu_count == 0
    # Staff save settings meanwhile: the new machine built at idle knows it too.
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    assert kiosk.app.save_settings(copy.deepcopy(kiosk.app.settings)) is None
    assert kiosk.app.machine.view.step == Step.IDLE  # replaced at once
    kiosk.app.back_to_kiosk()  # the card still lies on the reader: placed again
    kiosk.wait_step(Step.NOTICE)
    assert kiosk.view.notice is NoticeCode.KIOSK_NOT_READY
    kiosk.qtbot.waitUntil(lambda: kiosk.app.card_worker.idle)
    assert card.apdu_count == 0


def test_damage_beyond_repair_at_start_up_says_what_it_does(
    qtbot: Any, kiosk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    _damaged_demo_database(clock)

    def held_by_another_process(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("the file is in use")

    monkeypatch.setattr("kiosk.store.salvage.recover", held_by_another_process)
    settings = kiosk_settings(kiosk_home)
    kiosk = start_kiosk(settings, lambda: build(settings, demo=True, clock=clock))
    assert isinstance(kiosk, StartupFailure)
    qtbot.addWidget(kiosk.window)
    assert kiosk.code == StoreCorruptError.code
    text = kiosk.screen.code.text()
    assert "store_corrupt" in text and "python -m kiosk.outbox recover" in text


# -- the transport -----------------------------------------------------------------------------


def test_the_ca_file_setting_reaches_a_running_worker(
    make_kiosk: Any,
    kiosk_home: Path,
    tmp_path: Path,
    private_ca: tuple[Path, ssl.SSLContext],
) -> None:
    """A TLS server on 127.0.0.1 signed by a CA made here: untrusted until staff's saved
    settings name the CA file; then the waiting record goes out."""
    ca_file, context = private_ca
    server = ManagementServer(tmp_path / "tls.sqlite3", "tls-token", ssl_context=context).start()
    try:
        settings = kiosk_settings(kiosk_home)
        settings.ui.voice_enabled = False
        settings.api.url = server.url
        settings.api.token = "tls-token"
        kiosk = make_kiosk(
            settings=settings, services=build(settings, demo=True, clock=FakeClock())
        )
        kiosk.app.open_notice()
        status = kiosk.app.services.sync_status
        kiosk.qtbot.waitUntil(lambda: status().problem is SyncProblem.TLS_FAILED, timeout=10_000)
        trusted = copy.deepcopy(kiosk.app.settings)
        trusted.api.ca_file = str(ca_file)
        assert kiosk.app.save_settings(trusted) is None
        kiosk.qtbot.waitUntil(lambda: kiosk.store.counts()["sent"] == 1, timeout=10_000)
        assert kiosk.store.counts()["pending"] == 0
    finally:
        server.stop()


def test_an_insecure_url_sends_nothing_and_tells_staff(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: Any
) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.ui.voice_enabled = False
    settings.api.url = mgmt_server.url
    settings.api.token = mgmt_server.token
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=FakeClock()))
    control = kiosk.app.services.sync_control
    insecure = copy.deepcopy(kiosk.app.settings)
    insecure.api.url = "http://mgmt.example.lg.jp/api"  # plain http to another machine
    control.apply(insecure)  # e.g. a settings file edited by hand
    assert control.worker is None
    kiosk.app.open_notice()
    kiosk.app.open_staff_menu()

    def told() -> bool:
        kiosk.app.sync.refresh()
        return "starts with http://" in menu_row(kiosk, "problem")

    kiosk.qtbot.waitUntil(told, timeout=5_000)
    assert "Nothing was sent" in menu_row(kiosk, "problem")
    assert kiosk.store.counts()["pending"] == 1
    assert mgmt_server.event_count() == 0
