"""What the kiosk calls: start the phone registration server from the settings."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
from collections.abc import Callable
from pathlib import Path

from kiosk.settings import Settings
from kiosk.webreg.server import RegistrationStore, ShelterInfo, WebRegServer
from kiosk.webreg.tls import from_files

log = logging.getLogger(__name__)


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


def qr_host(named: str, host: str) -> str:
    """The host the QR code's URL names, for a server listening on ``host``: never an
    address it does not listen on.

    ``named`` is ``phone_registration.address``. Listening on every interface: that address,
    else this machine's on its default route. Listening on one address
    (``lan.listen_address``): that address, whatever IP address ``named`` holds (logged);
    a name in ``named`` is kept, as IT's certificate may be for it (IT's DNS must then
    point it at the listen address)."""
    try:
        listen = ipaddress.ip_address(host)
    except ValueError:
        return named or host  # not an IP literal (a test's "localhost")
    if not named:
        return guess_lan_address() if listen.is_unspecified else host
    try:
        literal = ipaddress.ip_address(named)
    except ValueError:
        return named
    # An IPv6 socket on every interface takes IPv4 too; an IPv4 one takes no IPv6.
    everywhere = listen.is_unspecified and (listen.version == 6 or literal.version == 4)
    if everywhere or literal == listen:
        return named
    log.warning("webreg: the QR code names the listen address, not phone_registration.address")
    return guess_lan_address() if listen.is_unspecified else host


def start_phone_registration(
    store: RegistrationStore,
    settings: Callable[[], Settings],
    *,
    host: str | None = None,
) -> WebRegServer | None:
    """A running server, or None when ``phone_registration.enabled`` is off.

    ``settings`` is called for every page, so a shelter id set by staff later is used at
    once. ``host``: where it listens; None = ``lan.listen_address`` (every interface when
    empty). The QR code: ``server.qr()``; at each shelter opening call
    ``server.new_opening()``; at exit ``server.stop()``. Raises OSError when the server cannot
    listen (port taken, address not on this machine).
    """
    current = settings()
    section = current.phone_registration
    if not section.enabled:
        return None
    if host is None:
        host = current.lan.listen_host
    certificate = None
    if section.cert_file and section.key_file:
        certificate = from_files(Path(section.cert_file), Path(section.key_file))
    server = WebRegServer(
        store,
        lambda: shelter_info(settings()),
        host=host,
        port=section.port,
        public_host=qr_host(section.address, host),
        certificate=certificate,
    )
    server.start()
    log.info("webreg: phone registration is served on port %d", server.port)
    return server
