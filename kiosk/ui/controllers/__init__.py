"""The running kiosk's controllers, one job each, composed by :class:`kiosk.ui.app.KioskApp`.

- :mod:`.card_presence`: the reader and the card on it (a blinking reader is not missing; a
  card left on the reader after a reset is read again or the person is asked to take it).
- :mod:`.language`: the translator and font of the language the flow shows.
- :mod:`.status`: the idle screen's neutral sign and the staff panel's status.
- :mod:`.staff_session`: first account, login, the hidden menu's password, log-out, lock.
- :mod:`.shelter`: the shelter's open / close notices and its lifecycle.
- :mod:`.outbox`: the staff's outbox actions (send now, retry, purge, recovery report).
- :mod:`.settings`: saving and applying new settings (a new flow at the next idle).
- :mod:`.network`: the shelter LAN and the phone registration (idle QR, staff page).
"""
