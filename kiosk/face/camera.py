"""Cameras: frames are returned as arrays and never written anywhere."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any, Protocol

from kiosk.face.matcher import Image

log = logging.getLogger(__name__)


class Camera(Protocol):
    def grab(self) -> Image | None:
        """One RGB frame, or None when no camera works."""

    def close(self) -> None: ...


class NullCamera:
    def grab(self) -> Image | None:
        return None

    def close(self) -> None:
        return None


class StillImageCamera:
    """Serves in-memory frames in turn; for the demo and tests."""

    def __init__(self, frames: Sequence[Image]) -> None:
        self._frames = list(frames)
        self._next = 0

    def grab(self) -> Image | None:
        if not self._frames:
            return None
        frame = self._frames[self._next % len(self._frames)]
        self._next += 1
        return frame

    def close(self) -> None:
        self._frames.clear()


class OpenCvCamera:
    """A USB/built-in camera through OpenCV. Opened lazily, used from one worker thread."""

    def __init__(self, index: int = 0) -> None:
        self._index = index
        self._capture: Any = None
        self._lock = threading.Lock()

    def grab(self) -> Image | None:
        import cv2

        with self._lock:
            if self._capture is None:
                self._capture = cv2.VideoCapture(self._index)
            if not self._capture.isOpened():
                log.warning("camera %d is not available", self._index)
                self._capture.release()
                self._capture = None
                return None
            ok, frame = self._capture.read()
            if not ok or frame is None:
                return None
            rgb: Image = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
            return rgb

    def close(self) -> None:
        with self._lock:
            if self._capture is not None:
                self._capture.release()
                self._capture = None
