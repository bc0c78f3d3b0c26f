"""Finding the other terminals of the shelter on the LAN: mDNS / DNS-SD (python-zeroconf).

Each terminal announces ``<terminal id>._shelter-kiosk._tcp.local.`` with its port and the
public tag of its pairing keys (``ShelterKeys.key_id``: equal for terminals paired with the
same shelter code, and revealing nothing about it). A terminal that finds an announcement
with its own tag reports the address; the node then says hello with an authenticated
request before it sends anything, so a false announcement costs one refused request and
nothing else. Where multicast does not pass (client isolation on a Wi-Fi, another subnet),
staff type an address instead (``lan.peer_addresses``).
"""

from __future__ import annotations

import logging
import queue
import socket
import threading
from collections.abc import Callable, Sequence

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_shelter-kiosk._tcp.local."
#: (peer terminal id, "host:port") of an announcement carrying our key tag.
Found = Callable[[str, str], None]


class Discovery:
    def __init__(
        self,
        *,
        terminal_id: str,
        key_id: str,
        port: int,
        on_found: Found,
        interfaces: Sequence[str] | None = None,
        announce_address: str | None = None,
    ) -> None:
        self._terminal_id = terminal_id
        self._key_id = key_id
        self._port = port
        self._on_found = on_found
        self._interfaces = list(interfaces) if interfaces else None
        self._announce_address = announce_address
        self._names: queue.Queue[str | None] = queue.Queue()
        self._zc: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._info: ServiceInfo | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._interfaces is not None:
            self._zc = Zeroconf(interfaces=self._interfaces, ip_version=IPVersion.V4Only)
        else:
            self._zc = Zeroconf(ip_version=IPVersion.V4Only)
        address = self._announce_address or _own_address()
        self._info = ServiceInfo(
            SERVICE_TYPE,
            f"{self._terminal_id}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(address)],
            port=self._port,
            properties={"k": self._key_id, "t": self._terminal_id},
        )
        self._zc.register_service(self._info, allow_name_change=False)
        self._thread = threading.Thread(target=self._resolve, name="lan-discovery", daemon=True)
        self._thread.start()
        self._browser = ServiceBrowser(self._zc, SERVICE_TYPE, handlers=[self._changed])

    def stop(self) -> None:
        self._names.put(None)
        if self._browser is not None:
            self._browser.cancel()
        if self._zc is not None:
            if self._info is not None:
                self._zc.unregister_service(self._info)
            self._zc.close()
        if self._thread is not None:
            self._thread.join(10)

    def _changed(
        self,
        zeroconf: Zeroconf,
        service_type: str,
        name: str,
        state_change: ServiceStateChange,
    ) -> None:
        if state_change in (ServiceStateChange.Added, ServiceStateChange.Updated):
            self._names.put(name)  # resolved on our own thread: never block zeroconf's

    def _resolve(self) -> None:
        while (name := self._names.get()) is not None:
            zc = self._zc
            if zc is None:
                return
            try:
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=3000)
            except Exception as exc:
                log.warning(
                    "lan discovery: an announcement could not be read (%s)", type(exc).__name__
                )
                continue
            if info is None or info.port is None:
                continue
            props = {bytes(k): bytes(v or b"") for k, v in info.properties.items()}
            peer = props.get(b"t", b"").decode("utf-8", "replace")
            if props.get(b"k", b"").decode() != self._key_id or peer == self._terminal_id:
                continue  # another shelter's terminal, or ourselves
            for address in info.parsed_addresses(IPVersion.V4Only):
                self._on_found(peer, f"{address}:{info.port}")


def _own_address() -> str:
    """The address this machine uses towards the LAN (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: chooses a route, sends nothing
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
