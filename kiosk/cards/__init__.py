"""The card layer: My Number card and driver's licence over PC/SC (see docs/cards.md).

Import the public types from :mod:`kiosk.cards.api`; the PC/SC service is in
:mod:`kiosk.cards.pcsc`, the in-process virtual reader in :mod:`kiosk.cards.virtual.inprocess`.
"""
