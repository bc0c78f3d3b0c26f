"""``python -m kiosk.cards`` takes its defaults from the kiosk's settings (``[cards]``);
command-line flags override them. Run in process (``main(argv)``) against a private
KIOSK_HOME; the PC/SC case goes through pcscd + vpcd."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk import settings as kiosk_settings
from kiosk.cards.__main__ import main
from kiosk.cards.code_b import build_code_b
from tests.fixtures.pcsc import VirtualCardHandle


def _code_b_of_one_try_left() -> str:
    """The 照合番号B of the ``one_try_left`` sample (2 tries left)."""
    secret = build_code_b(date(1964, 10, 10), 2030, "1010")
    with secret.exposed() as digits:
        return digits.decode("ascii")


def _configure(home: Path, **cards: Any) -> None:
    settings = kiosk_settings.Settings()
    for name, value in cards.items():
        setattr(settings.cards, name, value)
    kiosk_settings.save(settings, home / "settings.toml")


def _run(
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str = "",
) -> tuple[int, dict[str, Any]]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = main([*argv, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return rc, data


def _error_code(data: dict[str, Any]) -> str | None:
    error = data.get("error")
    return error["code"] if isinstance(error, dict) else None


def test_code_b_threshold_comes_from_settings(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    read = ["read", "--virtual", "one_try_left", "--code-b-stdin"]
    secret = _code_b_of_one_try_left() + "\n"
    rc, data = _run(read, monkeypatch, capsys, secret)  # no settings file: threshold 2
    assert rc == 1 and _error_code(data) == "refused_last_try"
    _configure(kiosk_home, code_b_min_tries_left=1)
    rc, data = _run(read, monkeypatch, capsys, secret)
    assert rc == 0 and data["name"] == "鈴木　一郎"
    rc, data = _run([*read, "--code-b-min-tries-left", "2"], monkeypatch, capsys, secret)
    assert rc == 1 and _error_code(data) == "refused_last_try"  # the flag wins


def test_licence_default_pin_setting_and_flag(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    read = ["read", "--virtual", "licence_no_pin", "--pin-stdin"]
    rc, data = _run(read, monkeypatch, capsys, "1234\n")
    assert rc == 0 and data["card_type"] == "driver_license"
    rc, data = _run([*read, "--no-licence-default-pin"], monkeypatch, capsys, "1234\n")
    assert rc == 1 and _error_code(data) == "refused_default_pin"
    _configure(kiosk_home, licence_default_pin_enabled=False)
    rc, data = _run(read, monkeypatch, capsys, "1234\n")
    assert rc == 1 and _error_code(data) == "refused_default_pin"


def test_threshold_flag_below_one_is_rejected(
    kiosk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["status", "--virtual", "jpki_test_card", "--code-b-min-tries-left", "0"])
    assert done.value.code == 2
    assert "at least 1" in capsys.readouterr().err


@pytest.mark.pcsc
def test_reader_name_comes_from_settings(
    kiosk_home: Path,
    virtual_card: Callable[..., VirtualCardHandle],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    card = virtual_card("jpki_test_card")
    _configure(kiosk_home, reader_name="No Such Reader 00 00")
    rc, data = _run(["status"], monkeypatch, capsys)
    assert rc == 1 and _error_code(data) == "no_reader"  # the configured reader, not any
    rc, data = _run(["status", "--reader", card.reader], monkeypatch, capsys)
    assert rc == 0 and data["card_type"] == "mynumber"  # the flag wins
    _configure(kiosk_home, reader_name=card.reader)
    rc, data = _run(["status"], monkeypatch, capsys)
    assert rc == 0 and data["secrets"][0]["tries_left"] == 3


def test_read_deadline_comes_from_settings(
    kiosk_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``cards.read_deadline_s``: a card slower than it ends in card_timeout."""
    profile = tmp_path / "slow.json"
    profile.write_text(json.dumps({"type": "mynumber", "slow_at": [3], "answer_delay_ms": 3000}))
    _configure(kiosk_home, read_deadline_s=2.0)
    read = ["read", "--virtual", str(profile), "--pin-stdin"]
    rc, data = _run(read, monkeypatch, capsys, "1234\n")
    assert rc == 1 and _error_code(data) == "card_timeout"


def card_sessions_opened(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The reader names of every card session the in-process reader opens from now on: a
    read refused before the card is touched leaves it empty."""
    from kiosk.cards.virtual.inprocess import InProcessCardReaderService

    opened: list[str | None] = []
    real_open = InProcessCardReaderService.open

    def counting_open(self: InProcessCardReaderService, reader: str | None = None) -> object:
        opened.append(reader)
        return real_open(self, reader)

    monkeypatch.setattr(InProcessCardReaderService, "open", counting_open)
    return opened


@pytest.mark.parametrize(
    ("missing", "extra"),
    [
        ("cv2", []),  # the default build: no camera at all
        ("rapidocr_onnxruntime", []),
        ("dlib", ["--face-frames", "unused-*.png"]),  # the camera build: no face match
    ],
)
def test_camera_read_without_the_camera_stack_says_so_and_touches_no_card(
    missing: str,
    extra: list[str],
    kiosk_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The installer's default build leaves OpenCV out, its camera build dlib: IT gets a
    typed error, not an ImportError after the card was read, and no card session is opened."""
    import importlib.util

    real_find_spec = importlib.util.find_spec

    def without_cv2(name: str, package: str | None = None) -> object:
        return None if name == missing else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", without_cv2)
    opened = card_sessions_opened(monkeypatch)
    rc = main(["read", "--virtual", "jpki_test_card", "--code-b-camera", *extra, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc != 0
    assert out["error"]["code"] == "camera_not_installed"
    assert opened == []


def test_a_face_read_on_a_cpu_without_avx_says_so_and_touches_no_card(
    kiosk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """dlib-bin needs AVX: the tool said nothing until the face match, after the card was
    read, and then died of an illegal instruction (or CpuWithoutAvxError's traceback)."""
    from kiosk.face import matcher

    monkeypatch.setattr(matcher, "cpu_has_avx", lambda: False)
    opened = card_sessions_opened(monkeypatch)
    argv = ["read", "--virtual", "jpki_test_card", "--code-b-camera", "--face-frames", "x-*.png"]
    rc = main([*argv, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc != 0
    assert out["error"]["code"] == "face_match_unavailable"
    assert "AVX" in out["error"]["message"]
    assert opened == []
