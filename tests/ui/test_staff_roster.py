"""The roster through the real UI: behind the staff login, the count and the search over
this terminal's records and a paired terminal's copies, the encrypted USB export (plain
only after a second press), training mode (band, records marked, kept apart, purged) and
the staff screens' auto-lock hiding the roster. Real SQLite store, offscreen Qt."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from kiosk import furigana
from kiosk import settings as settings_module
from kiosk.export import ContentType, decrypt
from kiosk.flow.contract import Step
from kiosk.roster import counts
from kiosk.store import RecordStore
from kiosk.ui import i18n, theme
from kiosk.ui.controllers import roster as roster_controller
from kiosk.ui.controllers.roster import RosterController
from kiosk.ui.gallery import Gallery, clipped
from kiosk.ui.staff_roster import RosterScreen
from tests.export.helpers import FAST_KDF
from tests.roster.helpers import check_in, check_out, person
from tests.ui.helpers import check_in_with_pin, fill, first_run_login, open_menu

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90)]

SHELTER = "S-0001"  # tests.ui.helpers.kiosk_settings
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export's scrypt at a test cost (the format is the same; tests/export covers the
    real parameters)."""
    from kiosk.export import roster as roster_export

    monkeypatch.setattr(roster_export, "DEFAULT_KDF", FAST_KDF)
    defaults = list(roster_export.export_roster.__kwdefaults__ or {})
    assert "kdf" in defaults
    monkeypatch.setitem(roster_export.export_roster.__kwdefaults__, "kdf", FAST_KDF)


@pytest.fixture(autouse=True)
def normal_text_size() -> None:
    """Each kiosk starts at the normal text size, whatever an earlier test left (a gallery
    that ended on a larger-text page left the sizes large: the fit test then failed)."""
    theme.reset_text_size()


def _here(event: Any, terminal: str) -> Any:
    return dataclasses.replace(event, shelter_id=SHELTER, terminal_id=terminal)


def _seed(store: RecordStore) -> None:
    """Two people checked in here, one of them out again; one from terminal T-0002 (a peer
    copy) still in; a training record."""
    mine = [
        _here(check_in(person("山田\u3000太郎", reading="やまだ たろう")), "T-0001"),
        _here(check_in(person("佐藤\u3000花子"), minutes=1), "T-0001"),
    ]
    store.record_many([*mine, _here(check_out(mine[1]), "T-0001")])
    store.peers.ensure_peer("T-0002")
    theirs = _here(
        check_in(person("鈴木\u3000一郎", reading="すずき いちろう"), minutes=2), "T-0002"
    )
    store.peers.record_received([theirs], "T-0002", own_terminal="T-0001")
    drill = _here(check_in(person("訓練\u3000次郎"), training=True, minutes=3), "T-0001")
    store.record(drill)


def _open_roster(kiosk: Any) -> Any:
    open_menu(kiosk)
    with kiosk.qtbot.waitSignal(kiosk.app.roster.loaded, timeout=10_000):
        kiosk.click("menu_roster")  # the roster is read on the worker thread
    screen = kiosk.app.roster.screen
    assert kiosk.window.stack.currentWidget() is screen
    return screen


def _click_and_wait(kiosk: Any, name: str, *signals: Any) -> None:
    """Click, then wait for the worker's results (in this order: each is emitted after the
    one before)."""
    with contextlib.ExitStack() as stack:
        for signal in reversed(signals):
            stack.enter_context(kiosk.qtbot.waitSignal(signal, timeout=10_000))
        kiosk.click(name)


def _names(screen: Any) -> list[str]:
    return [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]


def test_the_roster_needs_the_staff_login_and_shows_who_is_in(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    assert not kiosk.holds_text("山田")  # nothing of it before the menu is unlocked
    screen = _open_roster(kiosk)
    assert screen.inside_only.isChecked()
    assert sorted(_names(screen)) == ["山田\u3000太郎", "鈴木\u3000一郎"]
    assert screen.counts.text().splitlines()[0] == "Inside now: 2"
    assert "Checked out: 1" in screen.counts.text()
    assert "訓練\u3000次郎" not in _names(screen)
    # Search by reading (katakana finds hiragana) and by name.
    fill(kiosk, "roster_search", "スズキ")
    assert _names(screen) == ["鈴木\u3000一郎"]
    fill(kiosk, "roster_search", "山田")
    assert _names(screen) == ["山田\u3000太郎"]
    fill(kiosk, "roster_search", "")
    screen.inside_only.setChecked(False)
    assert len(_names(screen)) == 3
    # The same numbers as the plain core function (what the other terminals compute).
    assert counts(kiosk.store, shelter_id=SHELTER).inside == 2


def _at_the_export(make_kiosk: Any, tmp_path: Path) -> tuple[Any, Any, Path]:
    """A kiosk on the roster screen with the USB stick's folder typed: (kiosk, screen, stick)."""
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    screen = _open_roster(kiosk)
    stick = tmp_path / "stick"
    stick.mkdir()
    fill(kiosk, "roster_folder", str(stick))
    return kiosk, screen, stick


def test_export_writes_an_encrypted_file_and_plain_only_after_a_second_press(
    make_kiosk: Any, tmp_path: Path
) -> None:
    kiosk, screen, stick = _at_the_export(make_kiosk, tmp_path)
    fill(kiosk, "roster_passphrase", PASSPHRASE)
    fill(kiosk, "roster_passphrase_again", "another passphrase")
    kiosk.click("roster_export")
    assert screen.message.text() == "The two passphrases differ."
    assert list(stick.iterdir()) == []
    fill(kiosk, "roster_passphrase", PASSPHRASE)
    fill(kiosk, "roster_passphrase_again", PASSPHRASE)
    _click_and_wait(kiosk, "roster_export", kiosk.app.roster.exported)
    (written,) = list(stick.iterdir())
    assert written.suffix == ".skx"
    assert screen.message.text() == f"Saved {written.name}: 3 people, encrypted."
    assert screen.passphrase.text() == "" and screen.passphrase_again.text() == ""
    data = written.read_bytes()
    assert "山田".encode() not in data
    content, plaintext = decrypt(data, PASSPHRASE)
    assert content is ContentType.ROSTER_CSV
    assert plaintext.startswith(b"\xef\xbb\xbf")
    assert "鈴木\u3000一郎" in plaintext.decode("utf-8")
    assert "訓練" not in plaintext.decode("utf-8").split("\r\n", 1)[1]  # no training row
    # Plain: the first press only asks; "No" writes nothing; "Yes" writes the CSV.
    screen.plain.setChecked(True)
    kiosk.click("roster_export")
    assert screen.asking
    kiosk.click("roster_no")
    assert len(list(stick.iterdir())) == 1
    kiosk.click("roster_export")
    _click_and_wait(kiosk, "roster_yes", kiosk.app.roster.exported)
    plain = [p for p in stick.iterdir() if p.suffix == ".csv"]
    assert len(plain) == 1
    assert plain[0].read_bytes().startswith(b"\xef\xbb\xbf")
    assert "NOT encrypted" in screen.message.text()


def test_the_auto_lock_hides_the_roster_and_forgets_it(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True, staff_idle_ms=1000)
    _seed(kiosk.store)
    first_run_login(kiosk)
    screen = _open_roster(kiosk)
    fill(kiosk, "roster_passphrase", PASSPHRASE)
    assert screen.table.rowCount() == 2
    idle = kiosk.window.screen_for(Step.IDLE)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is idle, timeout=3000)
    assert not kiosk.window.staff_mode
    assert screen.table.rowCount() == 0
    assert screen.passphrase.text() == ""
    assert screen.counts.text() == ""
    assert not kiosk.holds_text("山田")
    assert kiosk.app.roster.roster is None  # the decrypted records are dropped too
    # Back in, the password is asked again.
    kiosk.app.open_staff_menu()
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_login


def test_training_mode_band_marked_records_kept_apart_and_purged(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    band: QWidget = kiosk.window.training_band
    assert not band.isVisible()
    screen = _open_roster(kiosk)
    assert screen.purge.isEnabled()  # also after a drill, with training mode off again
    kiosk.click("roster_training")
    _click_and_wait(kiosk, "roster_yes", kiosk.app.roster.loaded)
    assert kiosk.app.settings.shelter.training_mode
    assert band.isVisible()
    assert band.text() == "TRAINING MODE: every new record is a training record"
    # The training roster: only the training record.
    assert _names(screen) == ["訓練\u3000次郎"]
    assert "Training mode" in screen.mode.text()
    # A check-in made now at the kiosk is marked training, and the real count is unchanged.
    kiosk.click("roster_back")
    kiosk.click("menu_back")
    kiosk.wait_step(Step.IDLE)
    assert band.isVisible()  # on the evacuees' screens too
    before = counts(kiosk.store, shelter_id=SHELTER)
    check_in_with_pin(kiosk)
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    newest = kiosk.store.get_event(kiosk.store.event_ids()[-1])
    assert newest is not None and newest.training
    assert counts(kiosk.store, shelter_id=SHELTER) == before
    assert counts(kiosk.store, shelter_id=SHELTER, training=True).inside == 2
    kiosk.remove()
    kiosk.click("ok")
    kiosk.wait_step(Step.IDLE)
    # Purge: the training records of this terminal the server has not acknowledged wait.
    screen = _open_roster(kiosk)
    kiosk.store.mark_sent([c.event.event_id for c in kiosk.store.claim_due(100)])
    kiosk.click("roster_purge")
    assert screen.asking
    _click_and_wait(kiosk, "roster_yes", kiosk.app.roster.purged, kiosk.app.roster.loaded)
    assert screen.message.text() == "2 training records deleted."
    assert _names(screen) == []
    assert counts(kiosk.store, shelter_id=SHELTER).inside == 2  # the real ones untouched
    # Training mode off again: the band goes, the real roster is back.
    kiosk.click("roster_training")
    _click_and_wait(kiosk, "roster_yes", kiosk.app.roster.loaded)
    assert not kiosk.app.settings.shelter.training_mode
    assert not band.isVisible()
    assert sorted(_names(screen)) == ["山田\u3000太郎", "鈴木\u3000一郎"]


def test_the_roster_controller_is_wired_in_the_app(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    assert isinstance(kiosk.app.roster, RosterController)
    assert kiosk.app.roster.screen in kiosk.window.staff_screens


@pytest.mark.parametrize("language", [i18n.PSEUDO, "vi", "ja_easy", "pt_BR"])
def test_the_roster_screen_and_training_band_fit_1280x800(make_kiosk: Any, language: str) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    kiosk.app.roster.set_training(True)
    kiosk.app.set_language(language)
    screen = _open_roster(kiosk)
    kiosk.app.roster.ask_purge()  # the question box and the message take room too
    screen.message.setText(screen.question.text())
    assert screen.asking
    window = kiosk.window
    assert window.training_band.isVisible()
    window.resize(1280, 800)  # the offscreen window starts at its size hint
    kiosk.qtbot.waitUntil(lambda: window.height() <= 800)
    assert (window.width(), window.height()) == (1280, 800)
    # The window no longer grows (its height is the roster's): settle the roster's layout,
    # which waiting for the window to shrink did before.
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert clipped(window) == []
    # Readings only where they are drawn as readings (never 《》 in a field, a box, a table).
    kiosk.click("roster_no")
    marked = [t for t in _undrawn_texts(window) if furigana.has_ruby(t)]
    assert marked == []


def test_the_shown_roster_follows_records_arriving_from_another_terminal(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    screen = _open_roster(kiosk)
    kiosk.app.roster.poll.setInterval(50)
    kiosk.app.roster.poll.start()
    fill(kiosk, "roster_search", "鈴木")
    (theirs,) = kiosk.app.roster.roster.search("鈴木")
    # Suzuki leaves through terminal T-0002's door; its check-out reaches this terminal.
    leave = dataclasses.replace(
        check_out(_stay_event(kiosk.store, theirs.check_in_id)), terminal_id="T-0002"
    )
    kiosk.store.peers.record_received([leave], "T-0002", own_terminal="T-0001")
    kiosk.qtbot.waitUntil(lambda: screen.counts.text().startswith("Inside now: 1"), timeout=3000)
    assert _names(screen) == []  # the search stays; Suzuki is no longer inside
    screen.inside_only.setChecked(False)
    assert _names(screen) == ["鈴木\u3000一郎"]


def _stay_event(store: RecordStore, event_id: str) -> Any:
    event = store.get_event(event_id)
    assert event is not None
    return event


def test_the_capacity_typed_on_the_roster_is_saved_and_gives_the_rate(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    screen = _open_roster(kiosk)
    assert "No capacity set" in screen.counts.text()
    fill(kiosk, "roster_capacity", "4")
    _click_and_wait(kiosk, "roster_set_capacity", kiosk.app.roster.loaded)
    assert screen.message.text() == "Capacity saved."
    assert "Capacity 4: 50% full" in screen.counts.text()
    assert kiosk.app.settings.shelter.capacity == 4
    assert settings_module.load(kiosk_home / "settings.toml").shelter.capacity == 4
    # Leaving by Back drops the decrypted roster as well as what was shown.
    kiosk.click("roster_back")
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    assert kiosk.app.roster.roster is None
    assert screen.table.rowCount() == 0


def _undrawn_texts(window: Any) -> list[str]:
    """Texts of the widgets that cannot draw furigana (their 《》 would show as they are)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableWidget

    from kiosk.ui.ruby import RubyLabel

    shown: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, RubyLabel):
            continue
        if isinstance(widget, QAbstractButton) and widget.findChildren(RubyLabel):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append(widget.text())
        elif isinstance(widget, QLineEdit):
            shown += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                shown.append(header.text() if header is not None else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    shown.append(item.text() if item is not None else "")
    return shown


def _off_the_ui_thread(
    monkeypatch: pytest.MonkeyPatch, name: str, gate: threading.Event | None = None
) -> list[bool]:
    """Wrap the controller's ``name`` (a core function): records whether each call ran on
    the UI thread, and (with ``gate``) holds the call until the test opens the gate."""
    real: Callable[..., Any] = getattr(roster_controller, name)
    on_ui_thread: list[bool] = []

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        if gate is not None:
            assert gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(roster_controller, name, wrapped)
    return on_ui_thread


def test_the_roster_is_read_off_the_ui_thread_and_arrives_by_signal(
    make_kiosk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    gate = threading.Event()
    calls = _off_the_ui_thread(monkeypatch, "roster", gate)
    open_menu(kiosk)
    kiosk.click("menu_roster")  # returns while the read is held
    screen = kiosk.app.roster.screen
    assert kiosk.window.stack.currentWidget() is screen
    assert screen.table.rowCount() == 0
    with kiosk.qtbot.waitSignal(kiosk.app.roster.loaded, timeout=10_000):
        gate.set()
    assert calls and not any(calls)
    assert sorted(_names(screen)) == ["山田\u3000太郎", "鈴木\u3000一郎"]


def test_the_export_derives_its_key_off_the_ui_thread(
    make_kiosk: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    kiosk, screen, stick = _at_the_export(make_kiosk, tmp_path)
    gate = threading.Event()
    calls = _off_the_ui_thread(monkeypatch, "export_roster", gate)
    fill(kiosk, "roster_passphrase", PASSPHRASE)
    fill(kiosk, "roster_passphrase_again", PASSPHRASE)
    kiosk.click("roster_export")  # returns while the export (scrypt, the write) is held
    assert list(stick.iterdir()) == []
    assert screen.passphrase.text() == "" and screen.passphrase_again.text() == ""
    assert not screen.export.isEnabled()  # one export at a time
    with kiosk.qtbot.waitSignal(kiosk.app.roster.exported, timeout=10_000):
        gate.set()
    assert calls == [False]
    (written,) = list(stick.iterdir())
    assert screen.message.text() == f"Saved {written.name}: 3 people, encrypted."
    assert screen.export.isEnabled()


def test_a_read_that_ends_after_the_screen_was_left_is_dropped(
    make_kiosk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staff screens lock (or staff go back) while the roster is being read: what the
    read decrypted is not kept nor shown."""
    kiosk = make_kiosk(staff=True)
    _seed(kiosk.store)
    first_run_login(kiosk)
    gate = threading.Event()
    _off_the_ui_thread(monkeypatch, "roster", gate)
    open_menu(kiosk)
    kiosk.click("menu_roster")
    controller = kiosk.app.roster
    kiosk.click("roster_back")
    with kiosk.qtbot.waitSignal(controller.discarded, timeout=10_000):
        gate.set()
    assert controller.roster is None
    assert controller.screen.table.rowCount() == 0
    assert not kiosk.holds_text("山田")


@pytest.mark.parametrize("language", [i18n.PSEUDO, "ja_easy"])
def test_the_gallery_has_the_roster_pages_with_fake_data_that_fit(qapp: Any, language: str) -> None:
    """The gallery (shared layout and furigana tests, screenshots) shows the roster: the
    list with sample people, the counts, training mode, the question; all of it fits
    1280x800."""
    gallery = Gallery(1280, 800)
    try:
        gallery.set_language(language)
        pages = [p for p in gallery.pages() if p.startswith("roster")]
        assert {"roster", "roster_training", "roster_question"} <= set(pages)
        for page in pages:
            gallery.show(page)
            window = gallery.window
            screen = window.stack.currentWidget()
            assert isinstance(screen, RosterScreen)
            assert screen.training_on == (page == "roster_training")
            assert (window.width(), window.height()) == (1280, 800), page
            assert clipped(window) == [], page
        gallery.show("roster")
        names = _names(screen)
        assert len(names) >= 10
        assert all(name.startswith("見本") for name in names)  # clearly fake people
        assert screen.counts.text()
        gallery.show("roster_question")
        assert screen.asking and screen.question.text()
        gallery.show("idle")
        assert screen.table.rowCount() == 0  # left: the sample is forgotten like real data
    finally:
        gallery.languages.clear()
        gallery.window.close()
