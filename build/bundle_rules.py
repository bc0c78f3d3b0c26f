"""What a frozen bundle carries, per build: one place for kiosk.spec and scripts/windows_payload.py.

Three builds (docs/deploy.md, "Which build"):

* ``default``: no camera libraries: the camera path is off (``cards read --code-b-camera``
  says ``camera_not_installed``).
* ``camera`` (``KIOSK_BUILD_CAMERA=1``): the card-face OCR (RapidOCR 1.4.4 on onnxruntime,
  OpenCV, numpy) reads 照合番号B off the card; no face match.
* ``face`` (``KIOSK_BUILD_FACE=1``, implies ``camera``): also the face match (dlib and the two
  model files it opens).

``KIOSK_BUILD_DEMO=1`` adds the demo server and the sample cards to any of them.

Pure Python, no PyInstaller: tests/test_packaging.py checks the rules directly.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Build:
    demo: bool = False
    camera: bool = False
    face: bool = False

    @property
    def name(self) -> str:
        return "face" if self.face else "camera" if self.camera else "default"


BUILDS = ("default", "camera", "face")


def build_from_env(environ: Mapping[str, str]) -> Build:
    face = environ.get("KIOSK_BUILD_FACE") == "1"
    return Build(
        demo=environ.get("KIOSK_BUILD_DEMO") == "1",
        camera=face or environ.get("KIOSK_BUILD_CAMERA") == "1",
        face=face,
    )


def build_env(name: str) -> dict[str, str]:
    """The environment variables that select a build by its name (scripts, benches)."""
    if name not in BUILDS:
        raise ValueError(f"unknown build {name!r}: one of {', '.join(BUILDS)}")
    return {
        "KIOSK_BUILD_CAMERA": "1" if name in ("camera", "face") else "0",
        "KIOSK_BUILD_FACE": "1" if name == "face" else "0",
    }


#: Qt modules the kiosk does not use (size, and fewer DLLs for antivirus to scan).
UNUSED_QT = [
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtCharts",
    "PySide6.QtDesigner",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
]
#: Never in a bundle: test and build tools, face_recognition (the match calls dlib directly;
#: its __init__ opens the 68-point model and exits without pkg_resources), Tesseract (measured,
#: not chosen: docs/camera.md).
NEVER = [
    "face_recognition",
    "tesserocr",
    "tessdata",
    "tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "setuptools",
    "pkg_resources",
    # Pillow's AVIF codec (7.5 MB on Windows): nothing here reads AVIF
    "PIL.AvifImagePlugin",
    "PIL._avif",
]

DEMO_MODULES = ["kiosk.cards.virtual", "kiosk.mgmt_server"]
#: The card-face OCR's libraries. kiosk.camera, kiosk.face and kiosk.flow.camera_work stay in
#: every build (the flow and the UI import them, and numpy, at module level); without these
#: libraries the kiosk finds no camera stack and leaves the camera path off.
CAMERA_MODULES = [
    "rapidocr_onnxruntime",
    "onnxruntime",
    "shapely",
    "pyclipper",
    "cv2",
]
#: The face match's library and models (kiosk.face.matcher loads them lazily: without them
#: every comparison is "unavailable" and the flow offers the PIN or staff).
FACE_MODULES = ["dlib", "_dlib_pybind11", "face_recognition_models"]
#: Pulled in only through imports inside functions: Pillow (kiosk.camera.synthetic draws the
#: demo camera's card face; RapidOCR needs it) and PyYAML (numpy names it for its config
#: printout; RapidOCR reads its config with it).
PIL_MODULES = ["PIL"]
YAML_MODULES = ["yaml"]


def excludes(build: Build) -> list[str]:
    out = UNUSED_QT + NEVER
    if not build.demo:
        out += DEMO_MODULES
    if not build.camera:
        out += CAMERA_MODULES + YAML_MODULES
        if not build.demo:
            out += PIL_MODULES
    if not build.face:
        out += FACE_MODULES
    return out


def hiddenimports(build: Build) -> list[str]:
    out: list[str] = []
    if build.camera:
        # imported by name (importlib) in kiosk/camera/card_face.py
        out += ["kiosk.camera.card_face", "kiosk.camera.device", "rapidocr_onnxruntime"]
    if build.face:
        # kiosk/face/matcher.py finds the models without importing their package
        out += ["kiosk.face.matcher"]
    if build.demo:
        out += ["kiosk.cards.virtual.inprocess", "kiosk.mgmt_server.server"]
    return out


#: Binaries PyInstaller's hooks collect that the kiosk never loads (patterns on the file name).
#: - opengl32sw.dll (20 MB, Qt's software OpenGL): the kiosk draws with QtWidgets' raster
#:   engine; no QOpenGLWidget, no Qt Quick.
#: - opencv_videoio_ffmpeg*.dll (39 MB): OpenCV's FFmpeg plug-in for video files and streams;
#:   the card camera is opened by device index (Media Foundation / DirectShow, inside cv2.pyd).
#:   Image files still decode (cv2.imdecode); video files do not (tests and benches only).
#: - the 68-point and CNN face models are never opened (docs/camera.md).
#: - Qt plug-ins with no use here: TUIO touch over UDP (it alone pulls in Qt6Network; the
#:   tablets' touch screens come through the platform plug-in), the experimental Direct2D
#:   platform, Qt Virtual Keyboard's input context (its library is not in PySide6-Essentials;
#:   the kiosk has its own keyboard), image formats no picture of ours uses (we ship SVG; PNG
#:   is built into QtGui).
DROPPED_BINARIES = (
    "opengl32sw.dll",
    "opencv_videoio_ffmpeg*.dll",
    "_avif.*",
    "d3dcompiler_*.dll",
    "*qtuiotouchplugin*",
    "qdirect2d.dll",
    "*qtvirtualkeyboardplugin*",
    "*qtiff.*",
    "*qwebp.*",
    "*qicns.*",
    "*qtga.*",
    "*qwbmp.*",
    "*qpdf.*",
)
DROPPED_DATA = (
    "shape_predictor_68_face_landmarks.dat",
    "mmod_human_face_detector.dat",
)


def _basename(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1]


def kept_binary(dest: str) -> bool:
    name = _basename(dest).lower()
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_BINARIES)


def kept_data(dest: str, qt_catalogues: set[str]) -> bool:
    """Qt's own translation catalogues only for the kiosk's languages; no unused model."""
    path = "/" + dest.replace("\\", "/")
    name = _basename(dest)
    if "/translations/" in path and "PySide6/" in path:
        return name in qt_catalogues
    return name not in DROPPED_DATA
