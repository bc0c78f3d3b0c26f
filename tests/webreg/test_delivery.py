"""A phone registration travels like every other record: to the management server (the
real reference server process, through the real sync worker) and to the paired terminals."""

from __future__ import annotations

import json

from kiosk.mgmt_server.process import ServerProcess
from kiosk.sync import HttpTransport, SyncWorker

from .helpers import VALID, Kiosk


def test_the_record_reaches_the_server_once_and_is_queued_for_each_peer(
    kiosk: Kiosk, mgmt_server: ServerProcess
) -> None:
    kiosk.store.peers.ensure_peer("terminal-b")
    _, hidden = kiosk.get_form()
    assert kiosk.post(VALID, hidden).status == 303
    assert kiosk.post(VALID, hidden).status == 303  # a double submit

    # The paired terminal has one delivery row for it, like any local record.
    assert kiosk.store.peers.counts("terminal-b")["pending"] == 1
    assert [e.event_id for e in kiosk.store.peers.claim("terminal-b", 10)] == [hidden["sid"]]

    worker = SyncWorker(
        kiosk.store, HttpTransport(mgmt_server.url, mgmt_server.token), clock=kiosk.clock
    )
    worker.sync_once()
    assert mgmt_server.event_ids() == [hidden["sid"]]
    assert kiosk.store.counts()["sent"] == 1
    payload = json.loads(mgmt_server.payloads()[0])
    # The contract accepted it; its clear fields say what it is.
    assert payload["registration_type"] == 3
    assert payload["kind"] == "check_in"
    assert payload["card_type"] is None
    assert sorted(payload["situation"]) == ["needs_assistance", "with_pet"]
    worker.sync_once()  # nothing more to send
    assert mgmt_server.receipts() == {hidden["sid"]: 1}
