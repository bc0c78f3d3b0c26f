"""The app's shutdown stops the staff pages' own workers before the store closes: a roster or
open-check-in read still running would otherwise reach a closed store."""

from __future__ import annotations

from typing import Any


def test_shutdown_stops_the_registration_reader_and_the_roster_poll(make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    app = kiosk.app
    app.roster.poll.start()  # as while staff look at the roster
    reader_thread = app.registration._reader._thread
    assert reader_thread.is_alive()
    app.shutdown()
    assert not reader_thread.is_alive()
    assert not app.roster.poll.isActive()
