"""``python -m kiosk.lan --phone-port``: the headless terminal also serves the phone page
(for the three-process acceptance test); a real process, a real HTTPS request."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from kiosk.lan.process import CODE, SHELTER

pytestmark = pytest.mark.timeout(90)
REPO = Path(__file__).resolve().parents[2]


def test_the_headless_node_serves_the_phone_page_and_prints_its_url(tmp_path: Path) -> None:
    args = [sys.executable, "-m", "kiosk.lan", "--data", str(tmp_path / "b"), "--terminal"]
    args += ["terminal-B", "--shelter", SHELTER, "--code-stdin", "--phone-port", "0"]
    with subprocess.Popen(
        args, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(CODE + "\n")
        proc.stdin.flush()
        ready = json.loads(proc.stdout.readline())
        url = ready["registration_url"]
        assert ready["ready"] and url.startswith("https://127.0.0.1:") and "/r/" in url
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the per-opening self-signed certificate
        with urllib.request.urlopen(url, context=context, timeout=20) as page:
            assert page.status == 200
            assert b"<form" in page.read()
        proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
        proc.stdin.flush()
        assert proc.wait(30) == 0
