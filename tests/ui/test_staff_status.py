"""The staff status panel in staff words: every sending problem of kiosk.sync (its own
sentence in every language, with the HTTP status, server code and record id), the settings
state (a damaged file set aside, values reset, no shelter id), and a kiosk that cannot record
never queues a shelter notice. Real sync failures come from the reference server on loopback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.mgmt_server.process import ServerProcess
from kiosk.settings import LANGUAGES, Settings
from kiosk.sync.status import SyncProblem, SyncStatus
from kiosk.ui import i18n
from kiosk.ui.app import load_settings
from kiosk.ui.services import build
from kiosk.ui.staff import ConfirmScreen
from tests.ui.helpers import PASSWORD, fill, first_run_login, kiosk_settings

pytestmark = pytest.mark.gui


def problem_row(kiosk: Any) -> str:
    return str(kiosk.app.window.staff_menu.status_rows["problem"].text())


def settings_row(kiosk: Any) -> str:
    return str(kiosk.app.window.staff_menu.status_rows["settings"].text())


def menu_message(kiosk: Any) -> str:
    return str(kiosk.app.window.staff_menu.status_rows["message"].text())


def sentences(kiosk: Any, language: str) -> dict[SyncProblem, str]:
    """The panel's problem row for every SyncProblem in ``language``."""
    kiosk.app.set_language(language)
    menu = kiosk.app.window.staff_menu
    shown = {}
    for problem in SyncProblem:
        menu.set_status(SyncStatus(problem=problem, clock_offset_minutes=-12, stranded=3), "", [])
        shown[problem] = problem_row(kiosk)
    return shown


def test_every_sync_problem_has_its_own_sentence_in_every_language(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    english = sentences(kiosk, "en")
    assert all(english.values())
    assert len(set(english.values())) == len(SyncProblem)  # each its own sentence
    assert "certificate is not trusted" in english[SyncProblem.TLS_FAILED]
    assert "CA file" in english[SyncProblem.TLS_FAILED]
    assert "clock is 12 minutes off" in english[SyncProblem.CLOCK_WRONG]
    assert english[SyncProblem.CLAIMS_STRANDED].startswith("3 records were left")
    for language in LANGUAGES:
        if language == "en":
            continue
        shown = sentences(kiosk, language)
        untranslated = [p.value for p, text in shown.items() if text == english[p]]
        assert not untranslated, f"{language}: English shown for {untranslated}"
        assert len(set(shown.values())) == len(SyncProblem), language
        assert (
            "12" in shown[SyncProblem.CLOCK_WRONG] and "3" in shown[SyncProblem.CLAIMS_STRANDED]
        ), language
    japanese = sentences(kiosk, "ja")
    assert "証明書" in japanese[SyncProblem.TLS_FAILED]
    assert "12分" in japanese[SyncProblem.CLOCK_WRONG]


def test_problem_details_for_it_and_no_row_without_a_problem(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    menu = kiosk.app.window.staff_menu
    kiosk.app.open_staff_menu()  # no staff service here: the menu opens at once
    record = "0b7f3c2e-5d41-4a8e-9c6b-2f1e8d7a6b54"
    menu.set_status(
        SyncStatus(
            problem=SyncProblem.CONFLICT_QUARANTINED,
            http_status=409,
            server_code="conflict",
            problem_event_id=record,
            dead=1,
        ),
        "",
        [],
    )
    text = problem_row(kiosk)
    assert text.startswith("A record is on hold: the server already has a different record")
    assert f"For IT: HTTP 409, server code conflict, record {record}" in text
    assert menu.status_rows["problem"].isVisible()
    menu.set_status(SyncStatus(reachable=True), "", [])
    assert problem_row(kiosk) == ""
    assert not menu.status_rows["problem"].isVisible()


def sending_to(make_kiosk: Any, home: Path, url: str, token: str, needle: str) -> Any:
    """A kiosk wired to ``url`` (the real services) with an open notice to send, its staff
    menu open once the problem row says ``needle``."""
    settings = kiosk_settings(home)
    settings.ui.voice_enabled = False
    settings.api.url = url
    settings.api.token = token
    kiosk = make_kiosk(settings=settings, services=build(settings, demo=True, clock=FakeClock()))
    kiosk.app.open_notice()
    kiosk.app.open_staff_menu()

    def shown() -> bool:
        kiosk.app.sync.refresh()
        return needle in problem_row(kiosk)

    kiosk.qtbot.waitUntil(shown, timeout=10_000)
    return kiosk


def test_a_refused_token_reaches_the_panel_as_its_sentence(
    make_kiosk: Any, kiosk_home: Path, mgmt_server: ServerProcess
) -> None:
    """The reference server on loopback answers 401 to a wrong token."""
    needle = "refused the API token"
    kiosk = sending_to(make_kiosk, kiosk_home, mgmt_server.url, "not-the-token", needle)
    assert problem_row(kiosk).startswith(
        "The server refused the API token. Nothing is sent until the correct token is set"
    )
    assert "HTTP 401" in problem_row(kiosk)
    kiosk.app.set_language("ja")
    assert problem_row(kiosk).startswith("サーバーがAPIトークンを拒否しました。")
    assert kiosk.store.counts()["pending"] == 1  # nothing lost


def test_a_stopped_server_reaches_the_panel_as_offline(make_kiosk: Any, kiosk_home: Path) -> None:
    # Nothing listens on port 9 of this machine.
    needle = "cannot reach the management server"
    kiosk = sending_to(make_kiosk, kiosk_home, "http://127.0.0.1:9", "token", needle)
    assert "Connection: OFFLINE" in kiosk.app.window.staff_menu.status_rows["connection"].text()
    assert "HTTP" not in problem_row(kiosk)


def test_the_idle_sign_reads_the_core_status(make_kiosk: Any, kiosk_home: Path) -> None:
    """The idle screen's small neutral sign: offline and waiting, from kiosk.sync's status."""
    from kiosk.ui.screens import IdleScreen

    needle = "cannot reach the management server"
    kiosk = sending_to(make_kiosk, kiosk_home, "http://127.0.0.1:9", "token", needle)
    kiosk.app.back_to_kiosk()
    idle = kiosk.window.screens[IdleScreen]
    assert idle.status_line.text() == "Registrations are kept safely on this kiosk"
    assert idle.status_line.isVisible()


# -- settings --------------------------------------------------------------------------------


def test_a_damaged_settings_file_is_shown_to_staff(make_kiosk: Any, kiosk_home: Path) -> None:
    """run() loads with load_settings(): the report reaches the staff menu, translated."""
    path = kiosk_home / "settings.toml"
    path.write_text(
        '[shelter]\nshelter_id = "S-0001"\nname = "体育館"\n[ui]\nidle_timeout_s = 1\n'
        "this line is = not [toml\n",
        encoding="utf-8",
    )
    settings, settings_path, report = load_settings(demo=False)
    assert settings_path is None and report.moved_aside_to is not None
    settings.store.database = str(kiosk_home / "kiosk.sqlite3")
    settings.ui.default_language = "en"
    kiosk = make_kiosk(settings=settings, settings_report=report)
    kiosk.app.open_staff_menu()
    text = settings_row(kiosk)
    assert "The settings file was damaged" in text
    assert str(report.moved_aside_to) in text
    assert "Lines that could not be read: 6" in text
    assert "ui.idle_timeout_s" in text  # 1 s is out of range: back at its default
    # The shelter id survived; the terminal id lived only in the damaged file (no
    # terminal_id file here), so none is made up: IT must restore it.
    assert "shelter ID" not in text
    assert "lost its ID" in text
    assert kiosk.app.window.staff_menu.status_rows["settings"].isVisible()
    kiosk.app.set_language("ja")
    assert "設定ファイルが壊れていました" in settings_row(kiosk)


def test_a_clean_settings_file_shows_nothing(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    kiosk.app.open_staff_menu()
    assert settings_row(kiosk) == ""
    assert not kiosk.app.window.staff_menu.status_rows["settings"].isVisible()


def unset_shelter(home: Path) -> Settings:
    settings = kiosk_settings(home)
    settings.shelter.shelter_id = ""
    return settings


def test_staff_login_on_a_fresh_kiosk_queues_no_open_notice(
    make_kiosk: Any, kiosk_home: Path
) -> None:
    kiosk = make_kiosk(settings=unset_shelter(kiosk_home), staff=True)
    screen = kiosk.window.staff_login
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is screen)
    fill(kiosk, "user_id", "staff01")
    fill(kiosk, "password", PASSWORD)
    fill(kiosk, "password_repeat", PASSWORD)
    fill(kiosk, "setup_code", kiosk.setup_code)
    kiosk.click("submit")
    # The menu, not the kiosk: it says why nothing can be recorded.
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.staff_menu)
    kiosk.qtbot.waitUntil(lambda: menu_message(kiosk) != "")
    assert menu_message(kiosk) == "The notice was not recorded: the kiosk cannot record yet."
    assert "cannot record anything until the shelter ID is set" in settings_row(kiosk)
    assert kiosk.store.counts() == dict.fromkeys(kiosk.store.counts(), 0)
    # Staff set the shelter id: the sentence goes and the owed open notice is queued, once.
    fixed = kiosk_settings(kiosk_home)
    assert kiosk.app.save_settings(fixed) is None
    assert "shelter ID" not in settings_row(kiosk)
    kiosk.qtbot.waitUntil(lambda: menu_message(kiosk) == "Shelter open notice queued.")
    assert kiosk.app.save_settings(fixed) is None
    kiosk.qtbot.waitUntil(lambda: kiosk.app.store_worker.idle)
    assert kiosk.store.kind_counts() == {"shelter_open": 1}


def test_no_close_notice_without_a_terminal_id(make_kiosk: Any, kiosk_home: Path) -> None:
    settings = kiosk_settings(kiosk_home)
    settings.shelter.terminal_id = ""
    kiosk = make_kiosk(settings=settings)
    kiosk.app.ask(ConfirmScreen.CLOSE)
    kiosk.app.close_notice()
    assert kiosk.window.stack.currentWidget() is kiosk.window.staff_menu
    assert menu_message(kiosk) == "The notice was not recorded: the kiosk cannot record yet."
    assert "lost its ID" in settings_row(kiosk)
    assert sum(kiosk.store.counts().values()) == 0


def test_first_run_with_a_shelter_id_still_goes_to_the_kiosk(make_kiosk: Any) -> None:
    kiosk = make_kiosk(staff=True)
    first_run_login(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.store.kind_counts().get("shelter_open") == 1)


def test_every_language_has_the_settings_sentences(qapp: Any) -> None:
    from kiosk.settings import SettingsLoadReport, SettingsProblem
    from kiosk.ui.staff import settings_notes

    report = SettingsLoadReport(
        path=Path("settings.toml"),
        moved_aside_to=Path("settings.broken-1.toml"),
        unreadable_lines=(3,),
        reset_keys=("ui.idle_timeout_s",),
    )
    switcher = i18n.LanguageSwitcher(qapp)
    try:
        english: list[str] = []
        for language in LANGUAGES:
            switcher.switch(language)
            for code in ("shelter_id_missing", "terminal_id_missing"):
                notes = settings_notes(report, SettingsProblem(code, "", ""))
                assert len(notes) == 4
                if language == "en":
                    english += notes
                else:
                    assert not set(notes) & set(english), language
    finally:
        switcher.clear()
