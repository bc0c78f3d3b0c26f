"""The terminals of one shelter agree with the WAN down (docs/lan.md).

Each paired peer terminal is one more destination of the outbox (:mod:`kiosk.store.peers`);
this package carries the records between them: pairing keys from the shelter code
(:mod:`~kiosk.lan.pairing`), authenticated and encrypted requests (:mod:`~kiosk.lan.protocol`),
the peer server (:mod:`~kiosk.lan.server`), one sender per peer (:mod:`~kiosk.lan.sender`),
discovery (:mod:`~kiosk.lan.discovery`) and the node that ties them to a store
(:mod:`~kiosk.lan.node`). Qt-free.
"""
