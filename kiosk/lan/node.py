"""A terminal on the shelter LAN: its peer server, one sender per peer, and how peers are
found (addresses staff typed, mDNS, or a peer saying hello first).

Build it after the store and the sync worker; it only adds destinations and receives
records, it never sends to the management server (the sync worker does, for this
terminal's own records only)::

    keys = load_keys(store)                      # None until staff paired this terminal
    node = LanNode(store, keys, terminal_id=..., shelter_id=..., port=settings.lan.port,
                   addresses=settings.lan.peer_addresses.split(","), discovery=True)
    node.start() ... node.stop()
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Sequence

from kiosk.lan.client import PeerClient, PeerUnavailableError
from kiosk.lan.pairing import SECRET_NAME, ShelterKeys, derive_keys
from kiosk.lan.sender import PeerSender, PeerStatus
from kiosk.lan.server import BeforeAnswer, PeerServer
from kiosk.store.store import RecordStore
from kiosk.sync.backoff import Backoff

log = logging.getLogger(__name__)


def pair(store: RecordStore, code: str, shelter_id: str) -> ShelterKeys:
    """Staff entered the shelter code: derive the keys and keep them (sealed with the store
    key). The code itself is not kept anywhere."""
    keys = derive_keys(code, shelter_id)
    store.seal_secret(SECRET_NAME, keys.to_bytes())
    return keys


def load_keys(store: RecordStore) -> ShelterKeys | None:
    """The pairing keys kept by :func:`pair`, or None (not paired)."""
    data = store.open_secret(SECRET_NAME)
    return ShelterKeys.from_bytes(data) if data is not None else None


def unpair(store: RecordStore) -> None:
    """Forget the keys and every peer's delivery rows (no record is touched)."""
    store.seal_secret(SECRET_NAME, None)
    for peer in store.peers.peers():
        store.peers.remove_peer(peer)


#: The peer server's port unless staff choose another.
DEFAULT_PORT = 8766


def start_node(
    store: RecordStore,
    *,
    terminal_id: str,
    shelter_id: str,
    port: int = DEFAULT_PORT,
    peer_addresses: str = "",
    discovery: bool = True,
    host: str = "0.0.0.0",  # noqa: S104 (the shelter LAN; every request is authenticated)
) -> LanNode | None:
    """What the kiosk calls at start when the LAN is switched on: a running node, or None
    while this terminal is not paired (no keys yet) or has no shelter / terminal id.
    ``peer_addresses``: what staff typed, comma-separated ``host:port``. ``host``: an IP
    address (``lan.listen_address``); one other than "every interface" also limits mDNS to
    that interface and announces that address. Raises OSError when the server cannot
    listen there (port taken, address not on this machine)."""
    keys = load_keys(store)
    if keys is None or not terminal_id or not shelter_id:
        return None
    interfaces = _discovery_interfaces(host) if discovery else None
    node = LanNode(
        store,
        keys,
        terminal_id=terminal_id,
        shelter_id=shelter_id,
        host=host,
        port=port,
        addresses=[a for a in peer_addresses.split(",") if a.strip()],
        discovery=discovery and interfaces != [],
        discovery_interfaces=interfaces or None,
    )
    node.start()
    return node


def _discovery_interfaces(host: str) -> list[str] | None:
    """Where mDNS runs for a server listening on ``host``: every interface (None) when it
    listens on all of them, else that one address, so no other network (the LTE modem, the
    town's office LAN) hears of the terminal. [] when mDNS cannot serve it: the discovery
    announces IPv4 only, and a peer must not be sent to an address nobody listens on."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None  # not an IP literal (a test's "localhost"): as before
    if address.is_unspecified:
        return None
    if address.version == 6:
        log.info("lan: mDNS is off (it announces IPv4 only; the listen address is IPv6)")
        return []
    return [host]


class LanNode:
    def __init__(
        self,
        store: RecordStore,
        keys: ShelterKeys,
        *,
        terminal_id: str,
        shelter_id: str,
        host: str = "0.0.0.0",  # noqa: S104 (the shelter LAN; every request is authenticated)
        port: int = 0,
        addresses: Sequence[str] = (),
        discovery: bool = False,
        discovery_interfaces: Sequence[str] | None = None,
        batch_size: int = 500,
        backoff: Backoff | None = None,
        hello_interval_s: float = 2.0,
        max_idle_wait_s: float = 5.0,
        timeout_s: float = 5.0,
        before_answer: BeforeAnswer | None = None,
    ) -> None:
        self.store = store
        self.keys = keys
        self.terminal_id = terminal_id
        self.shelter_id = shelter_id
        self._typed = [a.strip() for a in addresses if a.strip()]
        self._discovery_wanted = discovery
        self._discovery_interfaces = discovery_interfaces
        self._batch_size = batch_size
        self._backoff = backoff
        self._hello_interval_s = hello_interval_s
        self._max_idle_wait_s = max_idle_wait_s
        self._timeout_s = timeout_s
        self._lock = threading.Lock()
        self._clients: dict[str, PeerClient] = {}
        self._senders: dict[str, PeerSender] = {}
        self._candidates: dict[str, str | None] = dict.fromkeys(self._typed)
        self._stop = threading.Event()
        self._poke = threading.Event()
        self._hello_thread: threading.Thread | None = None
        self._discovery: object | None = None
        self.server = PeerServer(
            store,
            keys,
            terminal_id=terminal_id,
            shelter_id=shelter_id,
            host=host,
            port=port,
            on_peer_seen=self._learn,
            before_answer=before_answer,
        )

    @property
    def port(self) -> int:
        return self.server.port

    def start(self) -> None:
        self.server.start()
        self.store.peers.subscribe(self.wake_all)
        for peer, address in self.store.peers.addresses().items():
            if address is not None:
                with self._lock:
                    self._clients[peer] = PeerClient(
                        address, self.keys, self.terminal_id, timeout_s=self._timeout_s
                    )
                    # Said hello to once at start: a peer that waits in back-off for us
                    # (we were off) sends again at once.
                    self._candidates.setdefault(address, None)
            self._sender(peer)
        self._hello_thread = threading.Thread(
            target=self._hello_loop, name="lan-hello", daemon=True
        )
        self._hello_thread.start()
        if self._discovery_wanted:
            self._start_discovery()

    def stop(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._poke.set()
        if self._discovery is not None:
            self._discovery.stop()  # type: ignore[attr-defined]
        if self._hello_thread is not None:
            self._hello_thread.join(15)
        with self._lock:
            senders, clients = list(self._senders.values()), list(self._clients.values())
        for sender in senders:
            sender.stop()
        for client in clients:
            client.close()
        self.server.stop()

    def wake_all(self) -> None:
        with self._lock:
            senders = list(self._senders.values())
        for sender in senders:
            sender.wake()

    def add_address(self, address: str) -> None:
        """An address staff typed (``host:port``)."""
        with self._lock:
            self._candidates.setdefault(address.strip(), None)
        self._poke.set()

    def statuses(self) -> list[PeerStatus]:
        with self._lock:
            senders = list(self._senders.values())
        return [s.status() for s in senders]

    # -- peers -------------------------------------------------------------------------------

    def _client(self, peer_id: str) -> PeerClient | None:
        with self._lock:
            return self._clients.get(peer_id)

    def _sender(self, peer_id: str) -> PeerSender:
        with self._lock:
            sender = self._senders.get(peer_id)
            if sender is not None:
                return sender
            sender = PeerSender(
                self.store,
                peer_id,
                lambda: self._client(peer_id),
                batch_size=self._batch_size,
                backoff=self._backoff,
                max_idle_wait_s=self._max_idle_wait_s,
            )
            self._senders[peer_id] = sender
        if not self._stop.is_set():
            sender.start()
        return sender

    def _learn(self, peer_id: str, address: str, held: int | None = None) -> None:
        """An authenticated peer and where it listens (it said hello, or answered ours), and
        how many records it holds: fewer than we delivered to it means its database was
        replaced, and everything is queued for it again."""
        if not peer_id or peer_id == self.terminal_id or self._stop.is_set():
            return
        with self._lock:
            current = self._clients.get(peer_id)
            if current is None or current.address != address:
                self._clients[peer_id] = PeerClient(
                    address, self.keys, self.terminal_id, timeout_s=self._timeout_s
                )
                if current is not None:
                    current.close()
            self._candidates[address] = peer_id
        self.store.peers.ensure_peer(peer_id, address)
        if held is not None and held < self.store.peers.counts(peer_id)["sent"]:
            self.store.peers.resend_all(peer_id)
        # It is there now: what waits for it in back-off goes at once.
        self._sender(peer_id).wake(retry_now=True)

    def _found(self, peer_id: str, address: str) -> None:
        """Discovery saw an announcement with our key tag: checked by a hello first."""
        with self._lock:
            self._candidates.setdefault(address, None)
        self._poke.set()

    def _hello_loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                unknown = [a for a, peer in self._candidates.items() if peer is None]
            for address in unknown:
                self._say_hello(address)
            self._poke.wait(self._hello_interval_s)
            self._poke.clear()

    def _say_hello(self, address: str) -> None:
        client = PeerClient(address, self.keys, self.terminal_id, timeout_s=self._timeout_s)
        try:
            peer_id, shelter_id, held = client.hello(self.port, self.store.peers.held_count())
        except PeerUnavailableError as exc:
            log.info("lan: no paired terminal answers at a typed address yet (%s)", exc.code)
            return
        finally:
            client.close()
        if shelter_id != self.shelter_id:
            log.error("lan: a terminal answered for another shelter; ignored")
            return
        self._learn(peer_id, address, held)

    def _start_discovery(self) -> None:
        from kiosk.lan.discovery import Discovery

        discovery = Discovery(
            terminal_id=self.terminal_id,
            key_id=self.keys.key_id,
            port=self.port,
            on_found=self._found,
            interfaces=self._discovery_interfaces,
            announce_address=(
                self._discovery_interfaces[0] if self._discovery_interfaces else None
            ),
        )
        try:
            discovery.start()
        except OSError as exc:
            log.warning("lan: mDNS discovery is not available here (%s)", type(exc).__name__)
            return
        self._discovery = discovery
