"""The phone registration server, for real: TLS on loopback, a real SQLite outbox."""

from __future__ import annotations

import contextlib
import logging
import socket
import sqlite3
import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.domain import RegistrationType, Sex, SituationFlag
from kiosk.errors import StorageFullError
from kiosk.records import EventKind
from kiosk.store import RecordStore
from kiosk.webreg.security import FORM_TOKEN_TTL_S, RateLimits
from kiosk.webreg.server import (
    CONNECTION_TIMEOUT_S,
    CONSENT_VERSION,
    MAX_BODY_BYTES,
    MAX_CONNECTIONS_PER_CLIENT,
    SECURITY_HEADERS,
)

from .helpers import VALID, Kiosk, hidden_fields, make_kiosk


def test_a_submission_is_one_check_in_of_type_3_in_the_real_outbox(kiosk: Kiosk) -> None:
    form, hidden = kiosk.get_form("ja")
    assert form.status == 200
    assert "第一小学校 体育館" in form.body  # the shelter, fixed and shown
    answer = kiosk.post(VALID, hidden)
    # http.client does not follow redirects: the answer is the 303 to "registered".
    assert answer.status == 303
    done = kiosk.request("GET", answer.headers["location"])
    assert done.status == 200
    assert "登録しました" in done.body

    # Read back from the SQLite file by a second store object (decrypting through the API).
    with RecordStore(kiosk.path, kiosk.keys, requeue_in_flight=False) as again:
        ids = again.event_ids()
        assert ids == [hidden["sid"]]
        event = again.get_event(ids[0])
        assert again.counts()["pending"] == 1
    assert event is not None
    assert event.kind is EventKind.CHECK_IN
    assert event.registration_type is RegistrationType.QR
    assert event.card_type is None
    assert (event.shelter_id, event.terminal_id) == ("shelter-042", "terminal-a")
    assert event.consent_version == CONSENT_VERSION
    assert event.utc_offset_minutes == 540
    assert event.situation == {SituationFlag.WITH_PET, SituationFlag.NEEDS_ASSISTANCE}
    person = event.person
    assert person is not None
    assert person.name == VALID["name"]
    assert person.address == VALID["address"]
    assert person.sex is Sex.FEMALE
    assert person.birth_date is not None and person.birth_date.isoformat() == "1984-05-06"
    assert person.phone == VALID["phone"]
    assert person.message_to_staff == "犬がいます"
    assert person.reading == "しけん はなこ"


def test_a_double_submit_records_once_even_at_the_same_moment(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form()
    start = threading.Barrier(3)
    statuses: list[int] = []

    def submit() -> None:
        start.wait()
        statuses.append(kiosk.post(VALID, hidden).status)

    threads = [threading.Thread(target=submit) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    # A fourth time later (the back button, then Register again).
    statuses.append(kiosk.post(VALID, hidden).status)
    assert statuses == [303, 303, 303, 303]
    assert kiosk.store.event_ids() == [hidden["sid"]]
    assert kiosk.store.counts()["pending"] == 1


def test_two_forms_are_two_records(kiosk: Kiosk) -> None:
    _, first = kiosk.get_form()
    _, second = kiosk.get_form()
    assert first["sid"] != second["sid"]
    assert kiosk.post(VALID, first).status == 303
    assert kiosk.post({**VALID, "name": "試験　次郎"}, second).status == 303
    assert sorted(kiosk.store.event_ids()) == sorted([first["sid"], second["sid"]])


def test_an_unknown_or_old_token_is_refused_with_ask_staff(kiosk: Kiosk) -> None:
    unknown = kiosk.request("GET", "/r/not-this-opening?lang=en")
    assert unknown.status == 403
    assert "ask staff for the current QR code" in unknown.body
    old_path = kiosk.form_path
    _, hidden = kiosk.get_form("en")
    kiosk.server.new_opening()  # the shelter opened again: a new QR code
    assert kiosk.form_path != old_path
    refused = kiosk.post(VALID, hidden, path=old_path)
    assert refused.status == 403
    assert "ask staff for the current QR code" in refused.body
    # A ticket from the old opening does not work with the new token either.
    assert kiosk.post(VALID, hidden).status == 400
    assert kiosk.store.event_ids() == []


def test_the_new_opening_has_a_new_certificate(kiosk: Kiosk) -> None:
    before = kiosk.server.fingerprint
    kiosk.server.new_opening()
    assert kiosk.server.fingerprint != before
    form, _ = kiosk.get_form()  # served with the new certificate (the client trusts only it)
    assert form.status == 200


def test_rate_limit_per_client_then_refilled(tmp_path: Path) -> None:
    limits = RateLimits(per_client_burst=3, per_client_rate=0.1, global_burst=100)
    for kiosk in make_kiosk(tmp_path, limits):
        _, hidden = kiosk.get_form("en")
        bad = {**VALID, "address": ""}
        assert [kiosk.post(bad, hidden).status for _ in range(3)] == [422, 422, 422]
        refused = kiosk.post(VALID, hidden)
        assert refused.status == 429
        assert refused.headers["retry-after"] == "60"
        assert "Please wait a minute, then press Register again" in refused.body
        # The form comes back with everything typed, for the same submission.
        assert 'value="しけん はなこ"' in refused.body
        assert hidden_fields(refused.body)["sid"] == hidden["sid"]
        assert kiosk.store.event_ids() == []
        kiosk.clock.advance(10)  # one token back
        assert kiosk.post(VALID, hidden_fields(refused.body)).status == 303
        assert kiosk.store.event_ids() == [hidden["sid"]]


def test_rate_limit_global(tmp_path: Path) -> None:
    limits = RateLimits(per_client_burst=100, global_burst=2, global_rate=0.01)
    for kiosk in make_kiosk(tmp_path, limits):
        _, hidden = kiosk.get_form()
        assert kiosk.post(VALID, hidden).status == 303
        assert kiosk.post(VALID, hidden).status == 303
        assert kiosk.post(VALID, hidden).status == 429


def test_an_oversize_body_is_refused_and_nothing_recorded(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form("en")
    big = kiosk.post({**VALID, "message": "x" * MAX_BODY_BYTES}, hidden)
    assert big.status == 413
    assert "too long" in big.body
    # A huge body announced: refused from the headers, before any of it is read.
    huge = _raw_post(kiosk, "Content-Length: 100000000\r\n\r\n")
    assert huge.startswith(b"HTTP/1.1 413")
    # No Content-Length at all (chunked): refused too.
    chunked = _raw_post(kiosk, "Transfer-Encoding: chunked\r\n\r\n5\r\nname=\r\n0\r\n\r\n")
    assert chunked.startswith(b"HTTP/1.1 411")
    assert kiosk.store.event_ids() == []


def _raw_post(kiosk: Kiosk, rest: str) -> bytes:
    with (
        socket.create_connection(("127.0.0.1", kiosk.server.port), timeout=20) as raw,
        kiosk.context().wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        tls.sendall(
            f"POST {kiosk.form_path}?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\n{rest}".encode()
        )
        return tls.recv(200)


def test_errors_are_shown_in_the_language_and_keep_everything_typed(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form("pt_BR")
    typed = {**VALID, "address": "", "birth_date": "2999-01-01", "name": "<b>試験</b>"}
    typed.pop("consent")
    answer = kiosk.post(typed, hidden)
    assert answer.status == 422
    assert 'lang="pt-BR"' in answer.body
    assert "Corrija os itens marcados abaixo" in answer.body
    # The summary names each field, and links to it.
    assert '<a href="#address">Endereço: Este campo é obrigatório.</a>' in answer.body
    assert "Este campo é obrigatório." in answer.body  # address
    assert "Informe uma data de nascimento real" in answer.body
    assert "Marque “Eu concordo”" in answer.body
    # Every field comes back as typed, escaped; the same submission id.
    assert 'value="&lt;b&gt;試験&lt;/b&gt;"' in answer.body
    assert "<b>試験</b>" not in answer.body
    assert 'value="しけん はなこ"' in answer.body
    assert 'value="female" checked' in answer.body
    assert 'value="with_pet" checked' in answer.body
    assert ">犬がいます</textarea>" in answer.body
    assert 'value="2999-01-01"' in answer.body
    assert hidden_fields(answer.body)["sid"] == hidden["sid"]
    assert 'aria-invalid="true"' in answer.body
    assert kiosk.store.event_ids() == []
    # Corrected and sent again from the page that came back: recorded once.
    fixed = {**typed, "address": VALID["address"], "birth_date": "", "consent": "yes"}
    fixed.update({"era": "showa", "era_year": "59", "era_month": "5", "era_day": "6"})
    assert kiosk.post(fixed, hidden_fields(answer.body)).status == 303
    event = kiosk.store.get_event(hidden["sid"])
    assert event is not None and event.person is not None
    assert event.person.birth_date is not None
    assert event.person.birth_date.isoformat() == "1984-05-06"  # 昭和59年5月6日


def test_an_old_form_is_renewed_with_everything_kept(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form("en")
    kiosk.clock.advance(FORM_TOKEN_TTL_S + 1)
    answer = kiosk.post(VALID, hidden)
    assert answer.status == 200
    assert "press Register again" in answer.body
    assert 'value="しけん はなこ"' in answer.body
    renewed = hidden_fields(answer.body)
    assert renewed["sid"] == hidden["sid"]
    assert kiosk.store.event_ids() == []
    assert kiosk.post(VALID, renewed).status == 303
    assert kiosk.store.event_ids() == [hidden["sid"]]


def test_a_forged_ticket_is_refused(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form()
    forged = {**hidden, "mac": "0" * 64}
    assert kiosk.post(VALID, forged).status == 400
    other_sid = {**hidden, "sid": "00000000-0000-4000-8000-000000000000"}
    assert kiosk.post(VALID, other_sid).status == 400
    assert kiosk.store.event_ids() == []


def test_not_ready_without_a_shelter_id(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form("en")
    kiosk.ready[0] = False
    page = kiosk.request("GET", f"{kiosk.form_path}?lang=en")
    assert page.status == 503
    assert "go to the staff desk" in page.body
    assert kiosk.post(VALID, hidden).status == 503
    assert kiosk.store.event_ids() == []


def test_security_headers_on_every_answer(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form()
    answers = [
        kiosk.get_form()[0],
        kiosk.request("GET", "/static/style.css"),
        kiosk.request("GET", "/nothing"),
        kiosk.request("GET", "/r/unknown"),
        kiosk.post(VALID, hidden),
    ]
    assert [a.status for a in answers] == [200, 200, 404, 403, 303]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers[name.lower()] == value
    assert "default-src 'self'" in answers[0].headers["content-security-policy"]
    assert answers[0].headers["cache-control"] == "no-store"


def test_no_external_resource_no_script(kiosk: Kiosk) -> None:
    for lang in ("en", "ja", "ja_easy", "ko"):
        form, _ = kiosk.get_form(lang)
        body = form.body
        assert "<script" not in body
        assert "http://" not in body and "https://" not in body
        assert 'href="/static/style.css"' in body
        assert "《" not in body and "》" not in body  # readings are <ruby>, never marks


def test_the_thank_you_page_echoes_nothing(kiosk: Kiosk) -> None:
    _, hidden = kiosk.get_form("en")
    answer = kiosk.post(VALID, hidden)
    done = kiosk.request("GET", answer.headers["location"])
    assert "You are registered" in done.body
    for value in ("試験", "しけん", "荒尾", "090", "犬", "1984"):
        assert value not in done.body
    # The form it links to is a fresh one.
    again, fresh = kiosk.get_form("en")
    assert 'value=""' in again.body and fresh["sid"] != hidden["sid"]
    assert "試験" not in again.body


def test_plain_http_gets_no_page(kiosk: Kiosk, caplog: pytest.LogCaptureFixture) -> None:
    with socket.create_connection(("127.0.0.1", kiosk.server.port), timeout=20) as raw:
        raw.sendall(f"GET {kiosk.form_path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        try:
            data = raw.recv(200)
        except ConnectionResetError:
            data = b""
    assert b"<form" not in data and b"HTTP/1.1 200" not in data
    # The server goes on serving; a refused handshake is not an error for staff.
    assert kiosk.get_form()[0].status == 200
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_logs_carry_no_personal_data(kiosk: Kiosk, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _, hidden = kiosk.get_form()
    assert kiosk.post({**VALID, "address": ""}, hidden).status == 422
    assert kiosk.post(VALID, hidden).status == 303
    assert "a phone registration was recorded" in caplog.text
    for value in ("試験", "しけん", "荒尾", "090-", "犬", hidden["sid"], kiosk.form_path):
        assert value not in caplog.text


def test_the_qr_code_holds_this_openings_url(kiosk: Kiosk) -> None:
    image = kiosk.server.qr()
    assert image.url == kiosk.server.registration_url()
    assert image.url.startswith(f"https://127.0.0.1:{kiosk.server.port}/r/")
    pixels = cv2.imdecode(np.frombuffer(image.png, np.uint8), cv2.IMREAD_GRAYSCALE)
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(pixels)
    assert decoded == image.url
    assert image.svg.startswith("<svg")
    kiosk.server.new_opening()
    assert kiosk.server.qr().url != image.url


@pytest.mark.parametrize(
    "failure", [StorageFullError("full"), sqlite3.OperationalError("disk I/O error")]
)
def test_the_store_refusing_keeps_the_form(kiosk: Kiosk, failure: Exception) -> None:
    _, hidden = kiosk.get_form("en")
    kiosk.server.store = _Refusing(failure)  # the disk is full, or worse
    answer = kiosk.post(VALID, hidden)
    assert answer.status == 503
    assert "nothing was registered" in answer.body
    assert 'value="しけん はなこ"' in answer.body
    assert hidden_fields(answer.body)["sid"] == hidden["sid"]
    # Room again: the page that came back, sent again, is recorded once.
    kiosk.server.store = kiosk.store
    assert kiosk.post(VALID, hidden_fields(answer.body)).status == 303
    assert kiosk.post(VALID, hidden_fields(answer.body)).status == 303
    assert kiosk.store.event_ids() == [hidden["sid"]]


class _Refusing:
    def __init__(self, failure: Exception) -> None:
        self.failure = failure

    def record(self, event: object) -> None:
        raise self.failure

    def get_event(self, event_id: str) -> None:
        return None


def _get_from(kiosk: Kiosk, source: str) -> bytes:
    with (
        socket.create_connection(
            ("127.0.0.1", kiosk.server.port), timeout=20, source_address=(source, 0)
        ) as raw,
        kiosk.context().wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        tls.sendall(
            f"GET {kiosk.form_path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        return tls.recv(100)


def test_open_connections_per_client_are_capped(kiosk: Kiosk) -> None:
    held = [
        socket.create_connection(("127.0.0.1", kiosk.server.port), timeout=20)
        for _ in range(MAX_CONNECTIONS_PER_CLIENT)
    ]
    try:
        # One more from the same address (accepted after those, in order) is closed at
        # once, before any TLS (not after the idle time-out a held connection gets).
        assert CONNECTION_TIMEOUT_S >= 15
        with (
            socket.create_connection(("127.0.0.1", kiosk.server.port), timeout=8) as extra,
            contextlib.suppress(ConnectionResetError),
        ):
            assert extra.recv(10) == b""
        # Another phone (another address) is served.
        assert _get_from(kiosk, "127.0.0.2").startswith(b"HTTP/1.1 200")
    finally:
        for connection in held:
            connection.close()
    assert kiosk.server.wait_connections(0, 30)
    assert _get_from(kiosk, "127.0.0.1").startswith(b"HTTP/1.1 200")
