from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk import settings as settings_mod


def test_missing_file_gives_defaults_and_a_stable_terminal_id(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    first = settings_mod.load(path)
    assert first.shelter.terminal_id
    assert settings_mod.load(path).shelter.terminal_id == first.shelter.terminal_id


def test_round_trip_keeps_every_value_including_japanese_text(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = settings_mod.load(path)
    s.shelter.name = '第一小学校 体育館 "東"'
    s.api.url = "https://mgmt.example.lg.jp/api"
    s.api.token = "tok\\en"
    s.ui.voice_enabled = False
    s.ui.result_display_s = 20
    s.api.timeout_s = 7.5
    (tmp_path / "city-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    s.api.ca_file = str(tmp_path / "city-ca.pem")
    s.cards.read_deadline_s = 12.5
    settings_mod.save(s, path)
    again = settings_mod.load(path)
    assert again == s


def test_file_is_owner_only_and_repr_hides_the_token(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = settings_mod.load(path)
    s.api.token = "very-secret-token"
    settings_mod.save(s, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "very-secret-token" not in repr(s)


def test_invalid_values_are_refused_on_save(tmp_path: Path) -> None:
    s = settings_mod.Settings()
    s.ui.default_language = "xx"
    with pytest.raises(ValueError, match="language"):
        settings_mod.save(s, tmp_path / "s.toml")


def test_wrong_types_fall_back_to_defaults() -> None:
    s = settings_mod.from_dict({"ui": {"voice_enabled": "yes", "idle_timeout_s": 45}})
    assert s.ui.voice_enabled is True
    assert s.ui.idle_timeout_s == 45


def test_corrupt_file_is_moved_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("this is [not toml", encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert s.ui.default_language == "ja"
    assert report.moved_aside_to is not None
    assert report.moved_aside_to.parent == tmp_path
    assert report.moved_aside_to.read_text(encoding="utf-8") == "this is [not toml"
    assert "unreadable_file" in {p.code for p in report.problems}
    assert not report.clean


def test_api_token_is_hidden_in_the_api_section_repr_too() -> None:
    s = settings_mod.Settings()
    s.api.token = "very-secret-token"
    assert "very-secret-token" not in repr(s.api)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://mgmt.example.lg.jp/api", True),
        ("http://127.0.0.1:8765", True),
        ("http://localhost:8765/", True),
        ("http://[::1]:8765/", True),
        ("http://mgmt.example.lg.jp/api", False),
        ("http://192.168.1.10/api", False),
        ("ftp://mgmt.example.lg.jp", False),
        ("https://", False),
    ],
)
def test_plain_http_only_to_this_machine(url: str, ok: bool) -> None:
    s = settings_mod.Settings()
    s.api.url = url
    assert (s.validate() == []) is ok


def test_invalid_values_on_disk_are_reset_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "[ui]\nidle_timeout_s = 1\ndefault_language = 'xx'\nresult_display_s = 15\n"
        "[api]\nurl = 'http://example.com/'\n",
        encoding="utf-8",
    )
    s = settings_mod.load(path)
    assert s.ui.idle_timeout_s == settings_mod.UiSettings().idle_timeout_s
    assert s.ui.default_language == "ja"
    assert s.ui.result_display_s == 15
    assert s.api.url == ""
    assert s.shelter.terminal_id
    assert settings_mod.load(path).shelter.terminal_id == s.shelter.terminal_id


def test_unwritable_folder_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(settings_mod, "atomic_write_text", refuse)
    s = settings_mod.load(tmp_path / "settings.toml")
    assert s.shelter.terminal_id
    assert not (tmp_path / "settings.toml").exists()


# ---------------------------------------------------------------------------------------------
# A broken settings file never changes the kiosk's identity (issue 7 point 13)


def configured(path: Path) -> settings_mod.Settings:
    s = settings_mod.load(path)
    s.shelter.shelter_id = "SH-0042"
    s.shelter.name = "第一小学校"
    s.api.url = "https://mgmt.example.lg.jp/api"
    s.api.token = "tok-123"
    settings_mod.save(s, path)
    return s


def test_a_damaged_file_keeps_the_terminal_id_and_every_readable_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    before = configured(path)
    original = path.read_text(encoding="utf-8")
    damaged = original.replace("[api]\n", "[api]\nthis line is = = not toml\n")
    path.write_text(damaged, encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert s.shelter.terminal_id == before.shelter.terminal_id
    assert s.shelter.shelter_id == "SH-0042" and s.shelter.name == "第一小学校"
    assert (s.api.url, s.api.token) == ("https://mgmt.example.lg.jp/api", "tok-123")
    assert s.recording_blocked_reason() is None
    assert report.moved_aside_to is not None
    assert report.moved_aside_to.read_text(encoding="utf-8") == damaged
    assert report.unreadable_lines == (damaged.splitlines().index("this line is = = not toml") + 1,)
    # The salvaged settings are the file now: the next start is the same kiosk.
    again, clean = settings_mod.load_with_report(path)
    assert again == s and clean.clean
    assert "tok-123" not in repr(report)


def test_a_second_damaged_file_never_overwrites_the_first_one_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("first [broken", encoding="utf-8")
    first = settings_mod.load_with_report(path)[1].moved_aside_to
    path.write_text("second [broken", encoding="utf-8")
    second = settings_mod.load_with_report(path)[1].moved_aside_to
    assert first is not None and second is not None and first != second
    assert first.read_text(encoding="utf-8") == "first [broken"
    assert second.read_text(encoding="utf-8") == "second [broken"


def test_the_terminal_id_is_kept_in_its_own_file_and_wins(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s, report = settings_mod.load_with_report(path)
    assert report.terminal_id_created
    id_file = tmp_path / settings_mod.TERMINAL_ID_FILE
    assert id_file.read_text(encoding="utf-8").strip() == s.shelter.terminal_id
    assert stat.S_IMODE(id_file.stat().st_mode) == 0o600
    path.write_text('[shelter]\nterminal_id = "someone-else"\n', encoding="utf-8")
    assert settings_mod.load(path).shelter.terminal_id == s.shelter.terminal_id
    path.write_bytes(b"\xff\xfe garbage \x00")
    again, report = settings_mod.load_with_report(path)
    assert again.shelter.terminal_id == s.shelter.terminal_id
    assert not report.terminal_id_created


def test_an_older_install_keeps_its_terminal_id_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[shelter]\nterminal_id = "legacy-T1"\nshelter_id = "S"\n', "utf-8")
    assert settings_mod.load(path).shelter.terminal_id == "legacy-T1"
    assert (tmp_path / settings_mod.TERMINAL_ID_FILE).read_text("utf-8").strip() == "legacy-T1"


def test_a_damaged_older_install_file_never_yields_a_new_terminal_id(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\x00\x01 [[[ nothing readable")
    s, report = settings_mod.load_with_report(path)
    assert s.shelter.terminal_id == ""
    assert not report.terminal_id_created
    assert not (tmp_path / settings_mod.TERMINAL_ID_FILE).exists()
    reason = s.recording_blocked_reason()
    assert reason is not None and reason.code == "shelter_id_missing"
    s.shelter.shelter_id = "S"
    reason = s.recording_blocked_reason()
    assert reason is not None and reason.code == "terminal_id_missing"
    # ... but a readable terminal id line in the damaged file is kept.
    path.write_text('[shelter\nterminal_id = "legacy-T2"\n[ui]\nvoice_enabled = false\n', "utf-8")
    (tmp_path / settings_mod.TERMINAL_ID_FILE).unlink(missing_ok=True)
    s, report = settings_mod.load_with_report(path)
    assert s.shelter.terminal_id == ""  # under a broken table header: not trusted
    assert s.ui.voice_enabled is False


def test_no_recording_without_a_shelter_id(tmp_path: Path) -> None:
    s = settings_mod.load(tmp_path / "settings.toml")
    reason = s.recording_blocked_reason()
    assert reason is not None
    assert (reason.code, reason.key) == ("shelter_id_missing", "shelter.shelter_id")
    s.shelter.shelter_id = "   "
    assert s.recording_blocked_reason() is not None
    s.shelter.shelter_id = "SH-1"
    assert s.recording_blocked_reason() is None


def test_wrong_typed_values_stay_on_disk_and_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    text = (
        '[shelter]\nshelter_id = "SH-7"\n[ui]\nidle_timeout_s = "soon"\nresult_display_s = 15\n'
        "[api]\nbatch_size = 100000\nnot_a_setting = 1\n"
    )
    path.write_text(text, encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert s.shelter.shelter_id == "SH-7" and s.ui.result_display_s == 15
    assert s.ui.idle_timeout_s == settings_mod.UiSettings().idle_timeout_s
    assert s.api.batch_size == settings_mod.ApiSettings().batch_size
    assert set(report.reset_keys) == {"ui.idle_timeout_s", "api.batch_size"}
    codes = {(p.key, p.code) for p in report.problems}
    assert ("ui.idle_timeout_s", "wrong_type") in codes
    assert ("api.batch_size", "out_of_range") in codes
    assert ("api.not_a_setting", "unknown_key") in codes
    assert report.moved_aside_to is None
    assert path.read_text(encoding="utf-8") == text  # loading never rewrites it
    # Saving rewrites it, but only after a backup that keeps the old values.
    settings_mod.save(s, path)
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("settings.") and p != path]
    assert text in [b.read_text(encoding="utf-8") for b in backups]
    assert all(stat.S_IMODE(b.stat().st_mode) == 0o600 for b in backups)


def test_every_save_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = configured(path)
    first = path.read_text(encoding="utf-8")
    s.shelter.name = "second"
    settings_mod.save(s, path)
    assert (tmp_path / "settings.previous.toml").read_text(encoding="utf-8") == first


# ---------------------------------------------------------------------------------------------
# Bounds (issue 7 point 17)


@pytest.mark.parametrize(
    ("section", "name", "value", "ok"),
    [
        ("api", "batch_size", 1, True),
        ("api", "batch_size", 500, True),
        ("api", "batch_size", 501, False),
        ("api", "batch_size", 100000, False),
        ("api", "batch_size", 0, False),
        ("api", "timeout_s", 5.0, True),
        ("api", "timeout_s", 120.0, True),
        ("api", "timeout_s", 4.9, False),
        ("api", "timeout_s", 0.001, False),
        ("api", "timeout_s", 121.0, False),
        ("cards", "read_deadline_s", 2.0, True),
        ("cards", "read_deadline_s", 30.0, True),
        ("cards", "read_deadline_s", 1.5, False),
        ("cards", "read_deadline_s", 31.0, False),
    ],
)
def test_bounded_values(section: str, name: str, value: float, ok: bool) -> None:
    s = settings_mod.Settings()
    setattr(getattr(s, section), name, value)
    problems = s.problems()
    assert (problems == []) is ok
    if not ok:
        assert [(p.key, p.code) for p in problems] == [(f"{section}.{name}", "out_of_range")]
        with pytest.raises(settings_mod.InvalidSettingsError, match=name):
            settings_mod.save(s, Path("/nonexistent/never-written.toml"))


def test_defaults_of_the_new_values() -> None:
    s = settings_mod.Settings()
    assert s.api.ca_file == "" and s.cards.read_deadline_s == 8.0
    assert s.problems() == []


def test_ca_file_must_be_a_readable_file_when_set(tmp_path: Path) -> None:
    s = settings_mod.Settings()
    s.api.ca_file = str(tmp_path / "missing.pem")
    assert [(p.key, p.code) for p in s.problems()] == [("api.ca_file", "invalid_value")]
    s.api.ca_file = str(tmp_path)  # a folder
    assert s.problems() != []
    pem = tmp_path / "city-ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    s.api.ca_file = str(pem)
    assert s.problems() == []


def test_lan_section_defaults_off_and_types_its_values(tmp_path: Path) -> None:
    lan = settings_mod.Settings().lan
    assert (lan.enabled, lan.port, lan.peer_addresses) == (False, 8766, "")
    path = tmp_path / "settings.toml"
    text = (
        '[shelter]\nshelter_id = "SH-7"\n'
        '[lan]\nenabled = true\nport = 80\npeer_addresses = "10.0.0.5:8766, not an address"\n'
    )
    path.write_text(text, encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert s.lan.enabled is True and s.shelter.shelter_id == "SH-7"
    assert s.lan.port == 8766  # 80 is below 1024: back to the default
    assert s.lan.peer_addresses == ""  # one address is not host:port: the list is reset
    codes = {(p.key, p.code) for p in report.problems}
    assert codes == {("lan.port", "out_of_range"), ("lan.peer_addresses", "invalid_value")}
    assert "10.0.0.5" not in " ".join(p.message for p in report.problems)
    assert path.read_text(encoding="utf-8") == text  # nothing lost on disk
    good = settings_mod.Settings()
    good.lan = settings_mod.LanSettings(
        True, 9000, "10.0.0.5:8766,kiosk-b.local:8767, [fe80::1]:8766"
    )
    assert good.problems() == []
    assert "lan=LanSettings(enabled=True, port=9000" in repr(good)
    assert settings_mod.from_dict(settings_mod.to_dict(good)) == good
    for bad in ("10.0.0.5", "10.0.0.5:80", "10.0.0.5:99999", "host:port", ":8766"):
        good.lan.peer_addresses = bad
        assert [(p.key, p.code) for p in good.problems()] == [
            ("lan.peer_addresses", "invalid_value")
        ], bad


def test_lan_listen_address_and_discovery_are_checked_and_round_trip(tmp_path: Path) -> None:
    lan = settings_mod.Settings().lan
    assert (lan.listen_address, lan.discovery, lan.listen_host) == ("", True, "0.0.0.0")
    path = tmp_path / "settings.toml"
    good = settings_mod.Settings()
    good.shelter.shelter_id = "SH-7"
    for address in ("", "192.168.10.4", "0.0.0.0", "::", "::1", "fd00::2", "fe80::1%eth0"):
        good.lan = settings_mod.LanSettings(listen_address=address, discovery=False)
        assert good.problems() == [], address
        settings_mod.save(good, path)  # atomic, owner-only: the same path as every key
        back, report = settings_mod.load_with_report(path)
        assert report.clean and back.lan == good.lan, address
        assert back.lan.listen_host == (address or "0.0.0.0")
    for bad in ("kiosk-b.local", "192.168.10.4:8766", "192.168.10.400", " 10.0.0.5", "[::1]"):
        good.lan = settings_mod.LanSettings(listen_address=bad)
        problems = good.problems()
        assert [(p.key, p.code) for p in problems] == [("lan.listen_address", "invalid_value")]
        assert bad.strip() not in problems[0].message, bad
        with pytest.raises(settings_mod.InvalidSettingsError):
            settings_mod.save(good, path)
    assert settings_mod.load(path).lan.listen_address == "fe80::1%eth0"  # the last good save
    # A file IT wrote by hand: the bad address is back at "every interface", the file kept.
    text = '[lan]\nenabled = true\nlisten_address = "wifi0"\ndiscovery = "no"\n'
    path.write_text(text, encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert (s.lan.enabled, s.lan.listen_address, s.lan.discovery) == (True, "", True)
    codes = {(p.key, p.code) for p in report.problems}
    assert codes == {("lan.listen_address", "invalid_value"), ("lan.discovery", "wrong_type")}
    assert "wifi0" not in " ".join(p.message for p in report.problems)
    assert path.read_text(encoding="utf-8") == text


def test_camera_section_defaults_off_round_trips_and_checks_the_mode(tmp_path: Path) -> None:
    camera = settings_mod.Settings().camera
    assert (camera.mode, camera.card_camera, camera.face_camera) == ("off", "0", "")
    assert camera.camera_mode is settings_mod.CameraMode.OFF
    path = tmp_path / "settings.toml"
    good = settings_mod.Settings()
    good.shelter.shelter_id = "SH-7"
    good.camera = settings_mod.CameraSettings("card_face_and_face", "/dev/video2", "")
    settings_mod.save(good, path)
    back = settings_mod.load(path)
    assert back.camera == good.camera and back.camera.face_camera_source == "/dev/video2"
    assert back.camera.camera_mode is settings_mod.CameraMode.CARD_FACE_AND_FACE
    assert "camera=" in repr(back)
    path.write_text('[camera]\nmode = "selfie"\ncard_camera = "1"\n', encoding="utf-8")
    loaded, report = settings_mod.load_with_report(path)
    assert loaded.camera.mode == "off" and loaded.camera.card_camera == "1"
    assert {(p.key, p.code) for p in report.problems} == {("camera.mode", "invalid_value")}
    none = settings_mod.Settings()
    none.camera = settings_mod.CameraSettings("card_face", " ", "")
    assert [p.key for p in none.problems()] == ["camera.card_camera"]


def test_an_older_file_with_the_retired_face_match_switch_loads_cleanly(tmp_path: Path) -> None:
    """``ui.face_match_enabled`` (read only by the card tool, replaced by ``camera.mode``) is
    dropped from older files without a problem for staff; a save no longer writes it."""
    path = tmp_path / "settings.toml"
    text = '[shelter]\nshelter_id = "SH-7"\n[ui]\nface_match_enabled = true\nidle_timeout_s = 40\n'
    path.write_text(text, encoding="utf-8")
    s, report = settings_mod.load_with_report(path)
    assert report.problems == () and report.clean
    assert s.shelter.shelter_id == "SH-7" and s.ui.idle_timeout_s == 40
    assert not hasattr(s.ui, "face_match_enabled")
    assert s.camera.camera_mode is settings_mod.CameraMode.OFF  # no guess from the old switch
    assert path.read_text(encoding="utf-8") == text  # loading never rewrites it
    settings_mod.save(s, path)
    assert "face_match_enabled" not in path.read_text(encoding="utf-8")
    again, clean = settings_mod.load_with_report(path)
    assert clean.problems == () and again.ui.idle_timeout_s == 40
