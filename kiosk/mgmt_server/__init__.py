"""Reference implementation of the management API (docs/management-api.md)."""

from kiosk.mgmt_server.demo import start_demo_server
from kiosk.mgmt_server.server import Faults, ManagementHTTPServer, ManagementServer, ServerDatabase

__all__ = [
    "Faults",
    "ManagementHTTPServer",
    "ManagementServer",
    "ServerDatabase",
    "start_demo_server",
]
