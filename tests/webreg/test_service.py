"""Starting the phone registration from the settings ([phone_registration])."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path
from typing import Any

from kiosk import settings as settings_module
from kiosk.settings import Settings
from kiosk.store import FakeKeyProvider, RecordStore
from kiosk.webreg import service, start_phone_registration
from kiosk.webreg.service import shelter_info
from kiosk.webreg.tls import self_signed

from .helpers import Kiosk


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _settings(port: int, **section: object) -> Settings:
    settings = Settings()
    settings.shelter = dataclasses.replace(
        settings.shelter, shelter_id="shelter-042", terminal_id="terminal-a", name="体育館"
    )
    settings.phone_registration = dataclasses.replace(
        settings.phone_registration, enabled=True, port=port, address="127.0.0.1", **section
    )
    return settings


def test_the_section_defaults_off_and_checks_its_port() -> None:
    assert Settings().phone_registration.enabled is False
    loaded, problems = settings_module._checked(
        {"phone_registration": {"enabled": True, "port": 80, "address": "192.168.1.20"}}
    )
    assert loaded.phone_registration.enabled is True
    assert loaded.phone_registration.port == 8443  # 80 is below 1024: back to the default
    assert [(p.code, p.key) for p in problems] == [("out_of_range", "phone_registration.port")]
    text = settings_module.to_toml(loaded)
    assert "[phone_registration]" in text
    assert settings_module.from_dict(settings_module.to_dict(loaded)) == loaded


def test_disabled_starts_nothing(tmp_path: Path) -> None:
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider()) as store:
        assert start_phone_registration(store, Settings) is None


def test_no_shelter_id_no_record() -> None:
    settings = _settings(8443)
    assert shelter_info(settings) is not None
    settings.shelter = dataclasses.replace(settings.shelter, shelter_id="")
    assert shelter_info(settings) is None


def test_started_from_the_settings_it_follows_them(tmp_path: Path) -> None:
    current = [_settings(_free_port())]
    current[0].shelter = dataclasses.replace(current[0].shelter, shelter_id="")
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider()) as store:
        server = start_phone_registration(store, lambda: current[0], host="127.0.0.1")
        assert server is not None
        try:
            assert server.port == current[0].phone_registration.port
            assert server.registration_url().startswith(f"https://127.0.0.1:{server.port}/r/")
            kiosk = Kiosk(server, store, None, tmp_path, FakeKeyProvider())  # type: ignore[arg-type]
            assert kiosk.get_form("en")[0].status == 503  # no shelter id yet
            current[0].shelter = dataclasses.replace(current[0].shelter, shelter_id="s-1")
            form, _ = kiosk.get_form("en")
            assert form.status == 200
            assert "体育館" in form.body
        finally:
            server.stop()


def test_a_certificate_it_provisioned_is_used(tmp_path: Path) -> None:
    certificate = self_signed(["127.0.0.1"])
    (tmp_path / "cert.pem").write_bytes(certificate.cert_pem)
    (tmp_path / "key.pem").write_bytes(certificate.key_pem)
    settings = _settings(
        _free_port(), cert_file=str(tmp_path / "cert.pem"), key_file=str(tmp_path / "key.pem")
    )
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider()) as store:
        server = start_phone_registration(store, lambda: settings, host="127.0.0.1")
        assert server is not None
        try:
            assert server.fingerprint == certificate.fingerprint
            server.new_opening()  # a new token, but IT's certificate stays
            assert server.fingerprint == certificate.fingerprint
            kiosk = Kiosk(server, store, None, tmp_path, FakeKeyProvider())  # type: ignore[arg-type]
            assert kiosk.get_form()[0].status == 200
        finally:
            server.stop()


def test_the_qr_code_names_only_an_address_the_page_listens_on(monkeypatch: Any) -> None:
    monkeypatch.setattr(service, "guess_lan_address", lambda: "192.168.10.4")
    cases = [
        # (phone_registration.address, where the server listens) -> the QR code's host
        (("", "0.0.0.0"), "192.168.10.4"),  # every interface: the default route's address
        (("10.0.0.9", "0.0.0.0"), "10.0.0.9"),
        (("fd00::2", "0.0.0.0"), "192.168.10.4"),  # an IPv4 socket takes no IPv6
        (("fd00::2", "::"), "fd00::2"),
        (("", "127.0.0.1"), "127.0.0.1"),  # lan.listen_address: that address
        (("10.0.0.9", "127.0.0.1"), "127.0.0.1"),  # not what the server listens on
        (("10.0.0.9", "10.0.0.9"), "10.0.0.9"),
        (("0:0::1", "::1"), "0:0::1"),  # the same address, spelt otherwise
        (("kiosk.shelter.lan", "10.0.0.9"), "kiosk.shelter.lan"),  # IT's name (and certificate)
    ]
    assert [service.qr_host(*given) for given, _ in cases] == [wanted for _, wanted in cases]


def test_it_listens_where_lan_listen_address_says_and_its_qr_names_it(tmp_path: Path) -> None:
    settings = _settings(_free_port())
    settings.phone_registration.address = ""
    settings.lan = dataclasses.replace(settings.lan, listen_address="127.0.0.1")
    with RecordStore(tmp_path / "k.sqlite3", FakeKeyProvider()) as store:
        server = start_phone_registration(store, lambda: settings)  # no host: the settings'
        assert server is not None
        try:
            assert server.server_address[0] == "127.0.0.1"
            assert server.registration_url().startswith(f"https://127.0.0.1:{server.port}/r/")
        finally:
            server.stop()
