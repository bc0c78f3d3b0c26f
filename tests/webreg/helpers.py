"""Helpers of the phone registration tests: a real server on loopback over TLS, with a real
SQLite store (the ``kiosk`` fixture in conftest.py starts one)."""

from __future__ import annotations

import http.client
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from kiosk.clock import FakeClock
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.webreg.security import RateLimits
from kiosk.webreg.server import ShelterInfo, WebRegServer

SHELTER = ShelterInfo("shelter-042", "第一小学校 体育館", "terminal-a", utc_offset_minutes=540)

#: Made-up test data only.
VALID = {
    "name": "試験　花子",
    "reading": "しけん はなこ",
    "sex": "female",
    "birth_date": "1984-05-06",
    "address": "熊本県荒尾市試験町1-2-3",
    "phone": "090-0000-0000",
    "flag": ["with_pet", "needs_assistance"],
    "message": "犬がいます",
    "consent": "yes",
}

_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str


@dataclass
class Kiosk:
    server: WebRegServer
    store: RecordStore
    clock: FakeClock
    path: Path
    keys: FakeKeyProvider
    ready: list[bool] = field(default_factory=lambda: [True])

    def context(self) -> ssl.SSLContext:
        """Trusts exactly this server's certificate (and checks the host name)."""
        context = ssl.create_default_context(cadata=self.server.certificate.cert_pem.decode())
        context.verify_flags &= ~ssl.VERIFY_X509_STRICT
        return context

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.server.port, context=self.context(), timeout=20
        )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Answer(
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read().decode("utf-8"),
            )
        finally:
            connection.close()

    @property
    def form_path(self) -> str:
        return urlsplit(self.server.registration_url()).path

    def get_form(self, lang: str = "ja") -> tuple[Answer, dict[str, str]]:
        answer = self.request("GET", f"{self.form_path}?lang={lang}")
        return answer, dict(_HIDDEN.findall(answer.body))

    def post(
        self, fields: dict[str, object], hidden: dict[str, str], path: str | None = None
    ) -> Answer:
        body = urlencode({**hidden, **fields}, doseq=True).encode()
        return self.request(
            "POST",
            path or f"{self.form_path}?lang={hidden.get('lang', 'ja')}",
            body,
            {"Content-Type": "application/x-www-form-urlencoded"},
        )


def hidden_fields(body: str) -> dict[str, str]:
    return dict(_HIDDEN.findall(body))


def make_kiosk(tmp_path: Path, limits: RateLimits | None = None) -> Iterator[Kiosk]:
    clock = FakeClock()
    path = tmp_path / "kiosk.sqlite3"
    keys = FakeKeyProvider()
    store = RecordStore(path, keys, clock)
    ready = [True]
    server = WebRegServer(
        store,
        lambda: SHELTER if ready[0] else None,
        host="127.0.0.1",
        port=0,
        public_host="127.0.0.1",
        clock=clock,
        limits=limits,
    )
    server.start()
    try:
        yield Kiosk(server, store, clock, path, keys, ready)
    finally:
        server.stop()
        store.close()
