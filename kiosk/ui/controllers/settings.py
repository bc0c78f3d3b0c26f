"""Saving the staff's new settings and applying them: the voice at once, the sync worker at
once (a new URL / token / CA file), the flow when the kiosk is next at the idle screen (a new
machine built from them takes over there)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from kiosk import settings as settings_module
from kiosk.clock import Clock
from kiosk.flow.contract import FlowView, Step
from kiosk.flow.machine import CheckInFlow, CodeBBuilder, FlowConfig
from kiosk.settings import Settings
from kiosk.ui.bridges import SpeechBridge
from kiosk.ui.host import FlowHost

log = logging.getLogger(__name__)


def new_machine(settings: Settings, clock: Clock, code_b: CodeBBuilder | None) -> CheckInFlow:
    """A check-in flow built from ``settings``."""
    # The consent version of the settings' camera mode (kiosk.flow.consent).
    config = FlowConfig.from_settings(settings)
    return CheckInFlow(config, clock, build_code_b=code_b)


class SettingsController(QObject):
    def __init__(
        self,
        settings: Settings,
        path: Path | None,
        host: FlowHost,
        speech: SpeechBridge,
        *,
        clock: Clock,
        code_b: CodeBBuilder | None,
        applied: Callable[[Settings], None] | None,
        can_record: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._path = path
        self._host = host
        self._speech = speech
        self._clock = clock
        self._code_b = code_b
        self._applied = applied
        self._can_record = can_record
        #: New settings wait for the idle screen to reach the flow.
        self.flow_outdated = False

    def machine(self) -> CheckInFlow:
        return new_machine(self.settings, self._clock, self._code_b)

    def save(self, new: Settings) -> str | None:
        """None when saved and applied, else the reason it was not saved (translated)."""
        if new.api.url and new.api.url != self.settings.api.url and not new.api.token:
            # The saved token belongs to the old URL: it is never sent anywhere else.
            return QCoreApplication.translate(
                "Settings", "Not saved: type the API token for the new API URL."
            )
        try:
            settings_module.save(new, self._path)
        except ValueError as exc:
            return QCoreApplication.translate("Settings", "Not saved: {problem}").format(
                problem=str(exc)
            )
        except OSError:
            log.exception("saving settings failed")
            return QCoreApplication.translate(
                "Settings", "Not saved: the settings file could not be written."
            )
        self.settings = new
        self._speech.enabled = new.ui.voice_enabled
        if self._applied is not None:
            try:
                self._applied(new)
            except Exception:
                log.exception("applying the new settings failed")
        self.flow_outdated = True
        if self._host.machine.view.step == Step.IDLE:
            self._replace_machine()
        return None

    def at_view(self, view: FlowView) -> FlowView:
        """Before ``view`` is shown: at idle, outdated settings give way to a new flow."""
        if self.flow_outdated and view.step == Step.IDLE:
            self._replace_machine()
            return self._host.view
        return view

    def _replace_machine(self) -> None:
        self.flow_outdated = False
        self._host.machine = self.machine()
        self._host.send(CheckInFlow.recording_available, self._can_record())
        self._host.send(CheckInFlow.start)
