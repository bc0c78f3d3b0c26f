"""What the kiosk calls: start the phone registration server from the settings."""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable
from pathlib import Path

from kiosk.settings import Settings
from kiosk.webreg.server import RegistrationStore, ShelterInfo, WebRegServer
from kiosk.webreg.tls import from_files

log = logging.getLogger(__name__)

#: Listen on every interface: the phones are on the shelter LAN / Wi-Fi.
LISTEN_ALL = "0.0.0.0"  # noqa: S104


def shelter_info(settings: Settings) -> ShelterInfo | None:
    """The shelter a phone record belongs to; None while the kiosk may not record
    (no shelter id or terminal id: the page then says to go to the staff desk)."""
    if settings.recording_blocked_reason() is not None:
        return None
    return ShelterInfo(
        shelter_id=settings.shelter.shelter_id,
        shelter_name=settings.shelter.name or settings.shelter.shelter_id,
        terminal_id=settings.shelter.terminal_id,
        training=settings.shelter.training_mode,
    )


def guess_lan_address() -> str:
    """This machine's address on the network its default route uses (no packet is sent:
    connecting a UDP socket only picks the route). 127.0.0.1 when there is none."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def start_phone_registration(
    store: RegistrationStore,
    settings: Callable[[], Settings],
    *,
    host: str = LISTEN_ALL,
) -> WebRegServer | None:
    """A running server, or None when ``phone_registration.enabled`` is off.

    ``settings`` is called for every page, so a shelter id set by staff later is used at
    once. The QR code: ``server.qr()``; at each shelter opening call ``server.new_opening()``;
    at exit ``server.stop()``. Raises OSError when the port is taken.
    """
    current = settings()
    section = current.phone_registration
    if not section.enabled:
        return None
    certificate = None
    if section.cert_file and section.key_file:
        certificate = from_files(Path(section.cert_file), Path(section.key_file))
    server = WebRegServer(
        store,
        lambda: shelter_info(settings()),
        host=host,
        port=section.port,
        public_host=section.address or guess_lan_address(),
        certificate=certificate,
    )
    server.start()
    log.info("webreg: phone registration is served on port %d", server.port)
    return server
