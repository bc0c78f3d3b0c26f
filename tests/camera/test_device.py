"""Cameras as devices: the file camera through OpenCV's decoders, typed errors when a camera
is missing or goes away, the null camera."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.camera.device import (
    Camera,
    CameraError,
    CameraErrorCode,
    CameraUnavailableError,
    CameraUnpluggedError,
    FileCamera,
    NullCamera,
    OpenCvCamera,
    decode_image_bytes,
)


def _write_images(folder: Path, colours: list[tuple[int, int, int]]) -> list[Path]:
    paths = []
    for n, (r, g, b) in enumerate(colours):
        bgr = np.zeros((24, 32, 3), dtype=np.uint8)
        bgr[:] = (b, g, r)
        path = folder / f"frame{n}.png"
        assert cv2.imwrite(str(path), bgr)
        paths.append(path)
    return paths


def test_file_camera_plays_a_glob_in_order_as_rgb(tmp_path: Path) -> None:
    _write_images(tmp_path, [(255, 0, 0), (0, 255, 0)])
    protocol_check: Camera = FileCamera(str(tmp_path / "*.png"))
    assert protocol_check is not None
    with FileCamera(str(tmp_path / "*.png")) as camera:
        first, second, third = camera.read(), camera.read(), camera.read()
    assert first.shape == (24, 32, 3) and first.dtype == np.uint8
    assert tuple(first[0, 0]) == (255, 0, 0)  # RGB, not OpenCV's BGR
    assert tuple(second[0, 0]) == (0, 255, 0)
    assert tuple(third[0, 0]) == (255, 0, 0)  # loops by default


def test_file_camera_unplugged_after_n_frames(tmp_path: Path) -> None:
    paths = _write_images(tmp_path, [(1, 2, 3)])
    with FileCamera(paths, fail_after=3) as camera:
        for _ in range(3):
            camera.read()
        with pytest.raises(CameraUnpluggedError) as caught:
            camera.read()
        assert caught.value.code is CameraErrorCode.UNPLUGGED
        # Once gone it stays gone until opened again.
        with pytest.raises(CameraError) as again:
            camera.read()
        assert again.value.code is CameraErrorCode.NOT_OPEN


def test_file_camera_without_loop_ends_as_unplugged(tmp_path: Path) -> None:
    paths = _write_images(tmp_path, [(1, 2, 3), (4, 5, 6)])
    with FileCamera(paths, loop=False) as camera:
        camera.read()
        camera.read()
        with pytest.raises(CameraUnpluggedError):
            camera.read()


def test_file_camera_plays_a_video(tmp_path: Path) -> None:
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 5, (64, 48))
    assert writer.isOpened()
    for shade in (40, 120, 200):
        writer.write(np.full((48, 64, 3), shade, dtype=np.uint8))
    writer.release()
    with FileCamera(path, loop=False) as camera:
        shades = [int(camera.read()[24, 32, 0]) for _ in range(3)]
        with pytest.raises(CameraUnpluggedError):
            camera.read()
    assert shades[0] < shades[1] < shades[2]


def test_file_camera_with_missing_files_is_unavailable(tmp_path: Path) -> None:
    for sources in (str(tmp_path / "*.png"), tmp_path / "absent.jpg"):
        with pytest.raises(CameraUnavailableError) as caught:
            FileCamera(sources).open()
        assert caught.value.code is CameraErrorCode.UNAVAILABLE


def test_file_camera_with_a_broken_file_is_a_typed_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    with FileCamera(broken) as camera, pytest.raises(CameraUnpluggedError):
        camera.read()


def test_read_before_open_is_a_typed_error(tmp_path: Path) -> None:
    paths = _write_images(tmp_path, [(1, 2, 3)])
    with pytest.raises(CameraError) as caught:
        FileCamera(paths).read()
    assert caught.value.code is CameraErrorCode.NOT_OPEN


def test_opencv_camera_on_a_missing_device_is_unavailable() -> None:
    for source in (97, "/dev/video-no-such-camera"):
        camera = OpenCvCamera(source)
        with pytest.raises(CameraUnavailableError) as caught:
            camera.open()
        assert caught.value.code is CameraErrorCode.UNAVAILABLE
        with pytest.raises(CameraError):
            camera.read()
        camera.close()


def test_opencv_camera_refuses_a_bad_source_type() -> None:
    with pytest.raises(TypeError):
        OpenCvCamera(True)
    with pytest.raises(TypeError):
        OpenCvCamera(1.5)  # type: ignore[arg-type]


def test_null_camera_reads_nothing() -> None:
    with NullCamera() as camera, pytest.raises(CameraUnavailableError) as caught:
        camera.read()
    assert caught.value.code is CameraErrorCode.OFF


def test_decode_image_bytes() -> None:
    ok, buffer = cv2.imencode(".png", np.zeros((5, 7, 3), dtype=np.uint8))
    assert ok
    assert decode_image_bytes(buffer.tobytes()).shape == (5, 7, 3)
    with pytest.raises(ValueError, match="not a readable image"):
        decode_image_bytes(b"nothing")
