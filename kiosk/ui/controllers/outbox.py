"""The staff's actions on the outbox and the record database: send now, retry the records
on hold, delete personal data now, "I have read this" under a repair report. Each runs on
the store worker; its outcome is a sentence on the staff menu and the status is read again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.services import Services
from kiosk.store import PurgeResult
from kiosk.ui.bridges import Outcome, StoreStateBridge, SyncStatusBridge, Worker
from kiosk.ui.staff import purge_message
from kiosk.ui.window import MainWindow

log = logging.getLogger(__name__)

T = TypeVar("T")


class OutboxActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        store_worker: Worker,
        sync: SyncStatusBridge,
        store_state: StoreStateBridge,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._store_worker = store_worker
        self._sync = sync
        self._store_state = store_state

    def send_now(self) -> None:
        control = self._services.sync_control
        if control is not None:
            control.send_now()
        self._window.staff_menu.set_message(QCoreApplication.translate("Staff", "Sending now."))
        self._sync.refresh()

    def retry_quarantined(self) -> None:
        control = self._services.sync_control
        if control is None:
            return

        def done(count: int) -> str:
            log.info("%d quarantined record(s) queued again", count)
            return QCoreApplication.translate(
                "Staff", "Quarantined records queued again: {count}"
            ).format(count=count)

        self._job(control.retry_quarantined, "retry of quarantined records", done)

    def purge_personal_data(self) -> None:
        """Same rule as ``python -m kiosk.outbox purge``: only after the close notice and
        when the server has acknowledged every record; says why when it refuses."""
        control = self._services.sync_control
        if control is None:
            return

        def done(result: PurgeResult) -> str:
            log.info("manual purge: %d record(s), %s", result.purged, result.status.value)
            return purge_message(result)

        self._job(control.purge_now, "purge", done)

    def acknowledge_recovery(self) -> None:
        """Staff have read the repaired database's report: it leaves the panel (the damaged
        file stays where it is, for IT)."""
        view = self._services.store_view
        if view is None:
            return

        def done(_result: None) -> None:
            log.info("staff acknowledged the record database recovery report")

        self._job(view.acknowledge_recovery, "acknowledging the recovery", done)

    def _job(self, job: Callable[[], T], what: str, done: Callable[[T], str | None]) -> None:
        """``job`` on the store worker; then ``done``'s message (None: the message stays) or
        "did not work" on the menu, and the status read again."""

        def finish(outcome: Outcome[T]) -> None:
            if outcome.error is not None:
                log.error("%s failed: %s", what, error_code(outcome.error))
                message: str | None = QCoreApplication.translate(
                    "Staff", "That did not work. Please try again."
                )
            else:
                message = done(outcome.result())
            if message is not None:
                self._window.staff_menu.set_message(message)
            self._sync.refresh()
            self._store_state.refresh()

        self._store_worker.submit(job, finish)


def error_code(error: BaseException) -> str:
    """For the log: a KioskError's code, else the exception's type (never its text)."""
    return str(getattr(error, "code", type(error).__name__))
