"""Cameras as devices: open, read frames (RGB arrays, in memory only), close.

Every camera raises typed errors, never returns a half frame:

* :class:`CameraUnavailableError` (``camera_unavailable`` / ``camera_off``): the camera could
  not be opened, or no camera is configured. The kiosk falls back to the PIN and typed paths.
* :class:`CameraUnpluggedError` (``camera_unplugged``): a camera that was working stopped
  giving frames (pulled out mid-stream, or a file camera's frames ran out).

Frames are never written anywhere: the file camera *reads* files through OpenCV's decoders
(``cv2.imdecode`` on the bytes, ``cv2.VideoCapture`` on a video file) and keeps nothing.
"""

from __future__ import annotations

import glob
import logging
import threading
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

#: An RGB (height, width, 3) uint8 image held in memory.
Frame = npt.NDArray[np.uint8]

#: Video containers the file camera plays through cv2.VideoCapture; anything else is decoded
#: as a still image with cv2.imdecode.
VIDEO_SUFFIXES = frozenset({".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mjpeg"})


class CameraErrorCode(StrEnum):
    UNAVAILABLE = "camera_unavailable"  # could not be opened (missing, busy, no driver)
    OFF = "camera_off"  # no camera configured for this role
    UNPLUGGED = "camera_unplugged"  # stopped giving frames after it worked
    NOT_OPEN = "camera_not_open"  # read before open / after close (a programming error)


class CameraError(Exception):
    """A camera problem with a stable code; the text never holds image data or paths."""

    def __init__(self, code: CameraErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


class CameraUnavailableError(CameraError):
    """The camera could not be opened (or none is configured)."""


class CameraUnpluggedError(CameraError):
    """The camera stopped giving frames after it had opened."""


class Camera(Protocol):
    """A source of RGB frames. ``open`` then ``read`` any number of times, then ``close``.

    ``read`` raises :class:`CameraUnpluggedError` when the stream stops and
    :class:`CameraUnavailableError` when the camera cannot be used at all."""

    def open(self) -> None: ...

    def read(self) -> Frame: ...

    def close(self) -> None: ...


class _CameraBase:
    """Context-manager support shared by the cameras."""

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def frames_of(camera: Camera) -> Iterator[Frame]:
    """The frames of an open ``camera`` until it stops (a camera error ends the iteration:
    unplugged, or a file camera's frames ran out)."""
    while True:
        try:
            frame = camera.read()
        except CameraError:
            return
        yield frame


def _bgr_to_rgb(image: Any) -> Frame:
    import cv2

    if image.ndim == 2:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_GRAY2RGB), dtype=np.uint8)
    if image.shape[2] == 4:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGRA2RGB), dtype=np.uint8)
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), dtype=np.uint8)


class NullCamera(_CameraBase):
    """The camera of a role that has none: opens, but every read is ``camera_off``."""

    def open(self) -> None:
        return None

    def read(self) -> Frame:
        raise CameraUnavailableError(CameraErrorCode.OFF, "no camera is configured")

    def close(self) -> None:
        return None


class OpenCvCamera(_CameraBase):
    """A USB or built-in camera through ``cv2.VideoCapture``.

    ``source`` is a device index (``0``) or a device name/path (``/dev/video2`` on Linux).
    The resolution is asked for; the driver may give another (``read`` returns what it gives).
    Thread-safe: one lock around the capture object.
    """

    def __init__(
        self, source: int | str = 0, *, width: int | None = 1280, height: int | None = 720
    ) -> None:
        if isinstance(source, bool) or not isinstance(source, int | str):
            raise TypeError("camera source is a device index or a device name")
        self._source = source
        self._width = width
        self._height = height
        self._capture: Any = None
        self._lock = threading.Lock()

    def open(self) -> None:
        import cv2

        with self._lock:
            if self._capture is not None:
                return
            capture = cv2.VideoCapture(self._source)
            if not capture.isOpened():
                capture.release()
                raise CameraUnavailableError(
                    CameraErrorCode.UNAVAILABLE, "the camera could not be opened"
                )
            if self._width:
                capture.set(cv2.CAP_PROP_FRAME_WIDTH, self._width)
            if self._height:
                capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self._height)
            self._capture = capture

    def read(self) -> Frame:
        with self._lock:
            if self._capture is None:
                raise CameraError(CameraErrorCode.NOT_OPEN, "the camera is not open")
            ok, frame = self._capture.read()
            if not ok or frame is None:
                # A camera that opened and now gives nothing has gone away.
                self._capture.release()
                self._capture = None
                log.warning("camera stopped giving frames")
                raise CameraUnpluggedError(
                    CameraErrorCode.UNPLUGGED, "the camera stopped giving frames"
                )
            return _bgr_to_rgb(frame)

    def close(self) -> None:
        with self._lock:
            if self._capture is not None:
                self._capture.release()
                self._capture = None


def _expand(sources: str | Path | Sequence[str | Path]) -> list[Path]:
    if isinstance(sources, str | Path):
        text = str(sources)
        if glob.has_magic(text):
            return [Path(p) for p in sorted(glob.glob(text))]  # noqa: PTH207 - absolute globs
        return [Path(text)]
    return [Path(p) for p in sources]


def decode_image_bytes(data: bytes) -> Frame:
    """An encoded image (JPEG, PNG, JPEG 2000, ...) decoded in memory to RGB.

    ValueError when the bytes are not an image OpenCV can read."""
    import cv2

    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ValueError("not a readable image")
    return _bgr_to_rgb(image)


class FileCamera(_CameraBase):
    """Plays image files (a glob or a list) or video files through OpenCV's decoders.

    For tests, the demo and the bench. ``loop`` starts again after the last frame; without
    it the end of the frames is ``camera_unplugged``. ``fail_after`` makes the camera behave
    as if unplugged after that many frames (tests of a camera pulled out mid-stream).
    """

    def __init__(
        self,
        sources: str | Path | Sequence[str | Path],
        *,
        loop: bool = True,
        fail_after: int | None = None,
    ) -> None:
        self._paths = _expand(sources)
        self._loop = loop
        self._fail_after = fail_after
        self._served = 0
        self._index = 0
        self._video: Any = None
        self._open = False
        self._lock = threading.Lock()

    def open(self) -> None:
        with self._lock:
            if not self._paths or not all(p.is_file() for p in self._paths):
                raise CameraUnavailableError(
                    CameraErrorCode.UNAVAILABLE, "the camera's frame files are missing"
                )
            self._open = True
            self._served = 0
            self._index = 0

    def read(self) -> Frame:
        with self._lock:
            if not self._open:
                raise CameraError(CameraErrorCode.NOT_OPEN, "the camera is not open")
            if self._fail_after is not None and self._served >= self._fail_after:
                self._release_video()
                self._open = False
                raise CameraUnpluggedError(
                    CameraErrorCode.UNPLUGGED, "the camera stopped giving frames"
                )
            frame = self._next_frame()
            self._served += 1
            return frame

    def _next_frame(self) -> Frame:
        # Bounded: at most one pass over the files finds a frame or proves there is none.
        for _ in range(len(self._paths) + 1):
            if self._index >= len(self._paths):
                if not self._loop:
                    break
                self._index = 0
            path = self._paths[self._index]
            if path.suffix.lower() in VIDEO_SUFFIXES:
                frame = self._video_frame(path)
                if frame is not None:
                    return frame
                self._index += 1
                continue
            self._index += 1
            try:
                return decode_image_bytes(path.read_bytes())
            except (OSError, ValueError) as exc:
                self._open = False
                raise CameraUnpluggedError(
                    CameraErrorCode.UNPLUGGED, "a frame file could not be decoded"
                ) from exc
        self._open = False
        raise CameraUnpluggedError(CameraErrorCode.UNPLUGGED, "the camera's frames ran out")

    def _video_frame(self, path: Path) -> Frame | None:
        import cv2

        if self._video is None:
            self._video = cv2.VideoCapture(str(path))
            if not self._video.isOpened():
                self._release_video()
                return None
        ok, frame = self._video.read()
        if not ok or frame is None:
            self._release_video()
            return None
        return _bgr_to_rgb(frame)

    def _release_video(self) -> None:
        if self._video is not None:
            self._video.release()
            self._video = None

    def close(self) -> None:
        with self._lock:
            self._release_video()
            self._open = False
