"""Smartphone registration served by the kiosk on the shelter LAN (registration type 3).

Qt-free. :class:`~kiosk.webreg.server.WebRegServer` serves the form over HTTPS and records a
check-in of registration type 3 into the same outbox as every other record;
:func:`start_phone_registration` is what the kiosk calls (docs/webreg.md).
"""

from kiosk.webreg.qr import QrImage
from kiosk.webreg.server import CONSENT_VERSION, ShelterInfo, WebRegServer
from kiosk.webreg.service import shelter_info, start_phone_registration

__all__ = [
    "CONSENT_VERSION",
    "QrImage",
    "ShelterInfo",
    "WebRegServer",
    "shelter_info",
    "start_phone_registration",
]
