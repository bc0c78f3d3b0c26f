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
    s.api.timeout_s = 2.5
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
    s = settings_mod.load(path)
    assert s.ui.default_language == "ja"
    assert (tmp_path / "settings.broken.toml").read_text(encoding="utf-8") == "this is [not toml"


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
