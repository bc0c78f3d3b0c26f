"""scripts/test_installer.sh: the Windows installer's logic under Wine (install, provisioning,
registry, log-on task, upgrade, uninstall keeping unsent records). It takes several minutes
and needs makensis, wine and xvfb-run, so it runs only when asked: KIOSK_TEST_INSTALLER=1
(optionally KIOSK_TEST_INSTALLER_PAYLOAD=<a Linux bundle> to skip the PyInstaller build)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

UNDER_WINE = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("KIOSK_TEST_INSTALLER") != "1",
        reason="several minutes under Wine: KIOSK_TEST_INSTALLER=1",
    ),
    pytest.mark.skipif(
        not all(shutil.which(t) for t in ("makensis", "wine", "xvfb-run")),
        reason="needs makensis, wine and xvfb-run (apt: nsis wine wine64 xvfb)",
    ),
]


@UNDER_WINE[0]
@UNDER_WINE[1]
@UNDER_WINE[2]
@pytest.mark.timeout(1800)
def test_installer_under_wine() -> None:
    command = ["bash", str(ROOT / "scripts/test_installer.sh")]
    payload = os.environ.get("KIOSK_TEST_INSTALLER_PAYLOAD")
    if payload:
        command += ["--payload", payload]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "every check passed" in done.stdout
    assert "FAIL" not in done.stdout


NEEDS_MAKENSIS = pytest.mark.skipif(
    not shutil.which("makensis"), reason="needs makensis (apt: nsis)"
)


def _build_stand_in(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """build_installer.sh over a tiny stand-in bundle (the files' content does not matter to
    makensis), zlib for speed."""
    payload = tmp_path / "bundle"
    (payload / "_internal").mkdir(parents=True)
    for name in ("ShelterKiosk.exe", "ShelterKiosk-tools.exe", "_internal/base_library.zip"):
        (payload / name).write_bytes(b"stand-in " + name.encode())
    script = str(ROOT / "scripts/build_installer.sh")
    return subprocess.run(
        ["bash", script, "--payload", str(payload), "--out", str(tmp_path / "out"), "--fast"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@NEEDS_MAKENSIS
def test_signing_hook_signs_executables_uninstaller_and_installer(tmp_path: Path) -> None:
    """KIOSK_SIGN_COMMAND is run with each file to sign: both executables before packing,
    then the uninstaller and the installer (NSIS !uninstfinalize / !finalize)."""
    log = tmp_path / "signed.log"
    signer = tmp_path / "sign.sh"
    signer.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n')
    signer.chmod(0o755)
    done = _build_stand_in(tmp_path, dict(os.environ, KIOSK_SIGN_COMMAND=str(signer)))
    assert done.returncode == 0, done.stderr[-3000:]
    signed = log.read_text().splitlines()
    assert [Path(line).name for line in signed[:2]] == [
        "ShelterKiosk.exe",
        "ShelterKiosk-tools.exe",
    ]
    (setup,) = (tmp_path / "out").glob("ShelterKiosk-setup-*.exe")
    assert signed[-1] == str(setup)  # the installer, once it is written
    assert len(signed) == 4  # and the uninstaller inside it
    assert "not signed" not in done.stderr


@NEEDS_MAKENSIS
def test_unsigned_build_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_SIGN_COMMAND"}
    done = _build_stand_in(tmp_path, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "KIOSK_SIGN_COMMAND unset: not signed" in done.stderr
