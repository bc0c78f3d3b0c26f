"""Which consent text a person agreed to: the version that goes with every record
(``Event.consent_version``; the server stores it, docs/management-api.md). Defined here
only: the consent screen shows it, the flow puts it on the records.

v3: one text per card type and action (the record's card type and kind say which), and
since the camera path one line naming the camera's use per camera mode: each mode's text is
a version of its own. (v2 carried no camera line.)
"""

from __future__ import annotations

from kiosk.settings import CameraMode

#: The consent text without a camera line (camera mode ``off``).
CONSENT_VERSION = "2026-12-v3"

#: The versions with the camera's line (kiosk.ui.texts.CAMERA_CONSENT), per camera mode.
CAMERA_CONSENT_VERSIONS: dict[CameraMode, str] = {
    CameraMode.OFF: CONSENT_VERSION,
    CameraMode.CARD_FACE: f"{CONSENT_VERSION}-camera-card",
    CameraMode.CARD_FACE_AND_FACE: f"{CONSENT_VERSION}-camera-card-face",
    CameraMode.PIN_THEN_FACE: f"{CONSENT_VERSION}-camera-pin-face",
}


def consent_version(camera_mode: CameraMode) -> str:
    """The version of the consent text shown in ``camera_mode``."""
    return CAMERA_CONSENT_VERSIONS[camera_mode]
