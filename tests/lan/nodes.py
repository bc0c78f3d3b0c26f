"""Terminal processes for the LAN tests (kiosk.lan.process)."""

from kiosk.lan.process import CODE, SHELTER, NodeProcess

__all__ = ["CODE", "SHELTER", "NodeProcess"]
