"""The reference server speaks exactly the contract (real HTTP on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.mgmt_server import ManagementServer
from kiosk.records import EventKind
from kiosk.sync.contract import BATCH_PATH, HEALTH_PATH, MAX_BATCH, canonical_json, event_to_wire
from tests.fixtures.server import ServerProcess
from tests.store.factories import check_in, shelter_notice

TOKEN = "test-token-1234"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ManagementServer]:
    srv = ManagementServer(tmp_path / "server.sqlite3", TOKEN, test_faults=True).start()
    yield srv
    srv.stop()


@pytest.fixture
def http() -> Iterator[requests.Session]:
    session = requests.Session()
    session.trust_env = False
    yield session
    session.close()


def post(
    http: requests.Session, server: ManagementServer, path: str, body: Any, token: str = TOKEN
) -> requests.Response:
    data = body if isinstance(body, bytes) else canonical_json(body)
    return http.post(
        server.url + path,
        data=data,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=10,
    )


def batch(*events: Any) -> dict[str, Any]:
    return {"terminal_id": "terminal-7", "events": list(events)}


def test_binds_to_loopback_by_default(server: ManagementServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")


def test_health_needs_no_token_and_is_json(
    server: ManagementServer, http: requests.Session
) -> None:
    response = http.get(server.url + HEALTH_PATH, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"
    assert response.json()["api_version"] == "1"


@pytest.mark.parametrize("token", ["", "wrong"])
def test_batch_without_the_right_token_is_401_with_an_error_body(
    server: ManagementServer, http: requests.Session, token: str
) -> None:
    response = post(http, server, BATCH_PATH, batch(event_to_wire(check_in(1))), token=token)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert server.database.stats()["events"] == 0


def test_batch_answers_per_record(server: ManagementServer, http: requests.Session) -> None:
    first, second = event_to_wire(check_in(1)), event_to_wire(check_in(2))
    invalid = event_to_wire(check_in(3)) | {"registration_type": 9}
    response = post(http, server, BATCH_PATH, batch(first, second, invalid))
    assert response.status_code == 200
    statuses = [(r["event_id"], r["status"]) for r in response.json()["results"]]
    assert statuses == [
        (first["event_id"], "accepted"),
        (second["event_id"], "accepted"),
        (invalid["event_id"], "rejected"),
    ]
    assert "registration_type" in response.json()["results"][2]["message"]
    # Same id, same payload (keys in another order): a duplicate, which is success.
    reordered = dict(reversed(list(first.items())))
    changed = second | {"consent_version": "other"}
    again = post(http, server, BATCH_PATH, batch(reordered, changed)).json()["results"]
    assert [r["status"] for r in again] == ["duplicate", "conflict"]
    assert server.database.stats() == {"events": 2, "receipts": 3}


def test_registration_type_codes_and_training_flag_are_accepted(
    server: ManagementServer, http: requests.Session
) -> None:
    events = [event_to_wire(check_in(n)) | {"registration_type": n} for n in (1, 2, 3, 4)]
    events[0]["training"] = True
    results = post(http, server, BATCH_PATH, batch(*events)).json()["results"]
    assert {r["status"] for r in results} == {"accepted"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        ({"events": []}, 400),
        ({"terminal_id": "t"}, 400),
    ],
)
def test_malformed_requests_get_the_error_body(
    server: ManagementServer, http: requests.Session, body: Any, status: int
) -> None:
    response = post(http, server, BATCH_PATH, body)
    assert response.status_code == status
    assert set(response.json()["error"]) == {"code", "message"}


def test_too_many_events_is_413(server: ManagementServer, http: requests.Session) -> None:
    wire = event_to_wire(check_in(1))
    response = post(http, server, BATCH_PATH, batch(*[wire] * (MAX_BATCH + 1)))
    assert response.status_code == 413


def test_shelter_notice_endpoint(server: ManagementServer, http: requests.Session) -> None:
    notice = event_to_wire(shelter_notice(EventKind.SHELTER_OPEN))
    path = f"/v1/shelters/{notice['shelter_id']}/notices"
    assert post(http, server, path, notice).json()["results"][0]["status"] == "accepted"
    assert post(http, server, path, notice).json()["results"][0]["status"] == "duplicate"
    conflict = post(http, server, path, notice | {"utc_offset_minutes": 0})
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "conflict"
    wrong_place = post(http, server, "/v1/shelters/elsewhere/notices", notice)
    assert wrong_place.status_code == 422
    not_a_notice = post(http, server, path, event_to_wire(check_in(1)))
    assert not_a_notice.status_code == 422


def test_unknown_path_is_404_json(server: ManagementServer, http: requests.Session) -> None:
    response = post(http, server, "/v1/nothing", {})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_admin_faults_need_the_token(server: ManagementServer, http: requests.Session) -> None:
    assert post(
        http, server, "/_admin/faults", {"captive_portal": True}, token="x"
    ).status_code == (401)
    assert post(http, server, "/_admin/faults", {"error_rate": 2}).status_code == 400
    assert post(http, server, "/_admin/faults", {"captive_portal": True}).status_code == 200
    portal = http.get(server.url + HEALTH_PATH, timeout=10)
    assert portal.status_code == 200
    assert portal.headers["Content-Type"].startswith("text/html")


def test_error_rate_answers_503_with_error_body(
    server: ManagementServer, http: requests.Session
) -> None:
    post(http, server, "/_admin/faults", {"error_rate": 1.0})
    response = post(http, server, BATCH_PATH, batch(event_to_wire(check_in(1))))
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "unavailable"
    assert server.database.stats()["events"] == 0


def test_script_refuses_an_empty_token_file(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path / "srv")
    server.token_file.write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError, match="token file is empty"):
        server.start()


def test_demo_server_starts_in_process_and_keeps_its_token(
    tmp_path: Path, http: requests.Session
) -> None:
    from kiosk.mgmt_server import start_demo_server

    first = start_demo_server(tmp_path)
    token = first.httpd.token
    assert first.url.startswith("http://127.0.0.1:")
    assert http.get(first.url + HEALTH_PATH, timeout=10).json()["status"] == "ok"
    first.stop()
    second = start_demo_server(tmp_path)
    assert second.httpd.token == token
    second.stop()


def test_the_script_wrapper_starts_the_server(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.fixtures.server import REPO

    (tmp_path / "token").write_text(TOKEN, encoding="utf-8")
    (tmp_path / "token").chmod(0o600)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "scripts" / "mgmt_server.py"),
            "--port",
            "0",
            "--db",
            str(tmp_path / "s.sqlite3"),
            "--token-file",
            str(tmp_path / "token"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_command_line_binds_to_loopback_unless_told_otherwise() -> None:
    from kiosk.mgmt_server.cli import build_parser

    args = build_parser().parse_args(["--db", "x", "--token-file", "y"])
    assert args.host == "127.0.0.1"


# -- safe beyond loopback (issue 8 point 11) ----------------------------------------------------


def test_the_token_is_checked_before_any_body_is_read(server: ManagementServer) -> None:
    import socket

    host, port = server.httpd.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as conn:
        # Announce 15 MiB and send none of it: a stranger must not make the server wait.
        conn.sendall(
            b"POST " + BATCH_PATH.encode() + b" HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer wrong\r\nContent-Type: application/json\r\n"
            b"Content-Length: 15728640\r\n\r\n"
        )
        answer = conn.recv(4096)
    assert answer.startswith(b"HTTP/1.1 401")


def test_connections_are_bounded(tmp_path: Path, http: requests.Session) -> None:
    import socket

    srv = ManagementServer(tmp_path / "s.sqlite3", TOKEN, max_connections=2).start()
    host, port = srv.httpd.server_address[:2]
    idle = [socket.create_connection((host, port), timeout=5) for _ in range(2)]
    try:
        busy = http.get(srv.url + HEALTH_PATH, timeout=10)
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "busy"
    finally:
        for conn in idle:
            conn.close()
        srv.stop()


@pytest.fixture
def no_bind_beyond_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Binding to anything but loopback fails the test before it happens."""
    import ipaddress
    import socket

    real_bind = socket.socket.bind

    def guarded(self: socket.socket, address: Any) -> None:
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise AssertionError(f"bind to {address[0]} attempted")
        real_bind(self, address)

    monkeypatch.setattr(socket.socket, "bind", guarded)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.7", "::"])
def test_a_non_loopback_address_without_tls_is_refused(
    tmp_path: Path, host: str, no_bind_beyond_loopback: None
) -> None:
    from kiosk.mgmt_server.server import InsecureBindError

    with pytest.raises(InsecureBindError):
        ManagementServer(tmp_path / "s.sqlite3", TOKEN, host=host)


def test_the_command_line_refuses_a_public_address_without_tls(
    tmp_path: Path, no_bind_beyond_loopback: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.mgmt_server.cli import main

    token = tmp_path / "token"
    token.write_text(TOKEN, encoding="utf-8")
    token.chmod(0o600)
    args = ["--host", "0.0.0.0", "--port", "0", "--db", str(tmp_path / "s.sqlite3")]
    assert main([*args, "--token-file", str(token)]) == 2
    assert "without TLS" in capsys.readouterr().err


def test_the_database_is_readable_by_its_owner_only(
    server: ManagementServer, tmp_path: Path
) -> None:
    import stat

    files = [p for p in tmp_path.iterdir() if p.name.startswith("server.sqlite3")]
    assert files
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


@pytest.mark.parametrize("mode", [0o640, 0o644, 0o604])
def test_a_token_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    server = ServerProcess(tmp_path / "srv")
    server.token_file.chmod(mode)
    try:
        with pytest.raises(RuntimeError, match="readable by others"):
            server.start()
    finally:
        server.stop()


def test_fault_switches_exist_only_for_tests(
    tmp_path: Path, http: requests.Session, no_bind_beyond_loopback: None
) -> None:
    from kiosk.mgmt_server.cli import main

    plain = ManagementServer(tmp_path / "p.sqlite3", TOKEN).start()
    try:
        answer = post(http, plain, "/_admin/faults", {"error_rate": 1.0})
        assert answer.status_code == 404
        assert post(http, plain, BATCH_PATH, batch(event_to_wire(check_in(1)))).status_code == 200
    finally:
        plain.stop()
    token = tmp_path / "token"
    token.write_text(TOKEN, encoding="utf-8")
    token.chmod(0o600)
    args = ["--port", "0", "--db", str(tmp_path / "c.sqlite3"), "--token-file", str(token)]
    assert main([*args, "--error-rate", "0.5"]) == 2


def test_a_body_that_is_not_json_is_refused_with_415(
    server: ManagementServer, http: requests.Session
) -> None:
    response = http.post(
        server.url + BATCH_PATH,
        data=canonical_json(batch(event_to_wire(check_in(1)))),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
        timeout=10,
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"
    assert server.database.stats()["events"] == 0
