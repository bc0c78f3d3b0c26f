"""A peer that goes away before its answer (killed, its cable out, or it gave up waiting):
the peer server says so in one line of the kiosk's log, never with a traceback on stderr
(socketserver's default, found by tests/lan/test_three_kiosks.py's kill -9). Real store,
a real peer server and client on 127.0.0.1."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest

from kiosk.lan.client import PeerClient, PeerUnavailableError
from kiosk.lan.pairing import derive_keys
from kiosk.lan.server import PeerServer
from kiosk.store import FakeKeyProvider, RecordStore
from tests.lan.nodes import CODE, SHELTER

pytestmark = pytest.mark.timeout(60)


class _Watched(PeerServer):
    """Says when each request's handling is over (answered or failed)."""

    done = threading.Event()

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        self.done.set()


def test_an_answer_to_a_peer_that_went_away_is_one_log_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    keys = derive_keys(CODE, SHELTER)
    gone = threading.Event()
    with RecordStore(tmp_path / "b.sqlite3", FakeKeyProvider()) as store:
        server = _Watched(
            store,
            keys,
            terminal_id="terminal-B",
            shelter_id=SHELTER,
            host="127.0.0.1",
            port=0,
            before_answer=lambda _peer, _path: gone.wait(10),
        )
        server.done = threading.Event()
        server.start()
        try:
            client = PeerClient(f"127.0.0.1:{server.port}", keys, "terminal-A", timeout_s=0.3)
            with pytest.raises(PeerUnavailableError):
                client.lack(["an-id"] * 2000)  # gives up before the answer
            client.close()
            capsys.readouterr()
            with caplog.at_level(logging.INFO, logger="kiosk.lan.server"):
                gone.set()  # the answer leaves now, for a peer that is not there
                assert server.done.wait(10)
        finally:
            server.stop()
    assert capsys.readouterr().err == ""
    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.lan.server"]
    assert len(lines) == 1
    assert lines[0].startswith("lan: a peer went away before its answer (")  # Pipe or Reset
