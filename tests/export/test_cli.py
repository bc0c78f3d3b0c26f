"""``python -m kiosk.outbox export`` as staff run it: clear failures that lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.helpers import PASSPHRASE, open_test_store, record_check_ins, run_outbox

pytestmark = pytest.mark.timeout(120)


def test_a_full_usb_stick_is_reported_and_leaves_no_file(
    kiosk_home: Path, small_stick: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 200)  # ~130 KB of JSON for a 64 KiB stick
    result = run_outbox(
        kiosk_home,
        "export",
        "--out",
        str(small_stick / "shelter.skx"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 2
    assert "export_target_full" in result.stderr
    assert "nothing was written" in result.stderr
    assert list(small_stick.iterdir()) == []
    with open_test_store() as store:
        assert store.counts()["pending"] == 200
        assert store.export_log() == []
    for event in events[:5]:
        assert event.person is not None
        assert event.person.name not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("stdin", "args", "expected"),
    [
        ("too short\n", ("--passphrase-stdin",), "export_passphrase_too_short"),
        ("\n", ("--passphrase-stdin",), "export_passphrase_missing"),
        ("", (), "--passphrase-stdin"),  # no terminal to ask on, so it says how
    ],
)
def test_passphrase_problems_write_nothing(
    kiosk_home: Path, tmp_path: Path, stdin: str, args: tuple[str, ...], expected: str
) -> None:
    with open_test_store() as store:
        record_check_ins(store, 1)
    out = tmp_path / "x.skx"
    result = run_outbox(kiosk_home, "export", "--out", str(out), *args, stdin=stdin)
    assert result.returncode == 2
    assert expected in result.stderr
    assert not out.exists()
    if stdin.strip():
        assert stdin.strip() not in result.stdout + result.stderr


def test_a_missing_stick_folder_is_a_clear_error(kiosk_home: Path, tmp_path: Path) -> None:
    with open_test_store() as store:
        record_check_ins(store, 1)
    result = run_outbox(
        kiosk_home,
        "export",
        "--out",
        str(tmp_path / "media" / "usb0" / "x.skx"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 2
    assert "export_write_failed" in result.stderr and "USB stick" in result.stderr


def test_export_output_says_what_happened_without_personal_data(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        events = record_check_ins(store, 3)
    out = tmp_path / "shelter.skx"
    result = run_outbox(
        kiosk_home, "export", "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert f"exported 3 record(s) to {out} (pending 3)" in result.stdout
    assert "until the server acknowledges them" in result.stdout
    assert PASSPHRASE not in result.stdout + result.stderr
    for event in events:
        assert event.person is not None and event.person.name not in result.stdout
    status = run_outbox(kiosk_home, "status")
    assert "waiting:        3" in status.stdout
    assert "batch, 3 record(s) -> shelter.skx" in status.stdout
