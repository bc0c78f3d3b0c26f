"""Packaging: a wheel built from the tree is a working kiosk (issue 12, point 2).

The wheel is built with the venv's own setuptools (no build isolation: the test needs no
network) and installed into a new, empty virtual environment that sees the dependencies of
the project's venv, but not the project itself (the editable install's finder lives in a
.pth file that a plain path entry does not run). ``--self-test --demo`` then runs from
outside the source tree: it must find the seven compiled catalogues and the pictures inside
the installed package.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kiosk import resources
from kiosk.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


#: What a build reads (a copy: an in-tree build leaves build/ and egg-info behind).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "kiosk", "resources")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, tree / name)
    (tree / "translations").mkdir()
    for ts in (ROOT / "translations").glob("*.ts"):
        shutil.copy2(ts, tree / "translations" / ts.name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(tree),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (built,) = out.glob("shelter_kiosk-*.whl")
    return built


def _svgs(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.svg")}


def test_wheel_holds_every_catalogue_and_picture(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for code in LANGUAGES:
        assert f"kiosk/_data/translations/kiosk_{code}.qm" in names
    shipped = {n.removeprefix("kiosk/_data/resources/") for n in names if n.endswith(".svg")}
    assert shipped == _svgs(ROOT / "resources")
    assert "kiosk/cards/virtual/samples/jpki_test_card.json" in names
    # Nothing outside the kiosk package and its metadata: no top-level 'resources' package.
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"kiosk", next(t for t in tops if t.endswith(".dist-info"))}


def test_installed_wheel_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The project venv's packages (PySide6, pyscard, ...) without running its .pth files.
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index"]
    subprocess.run(
        [*install, "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env |= {"KIOSK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [python, "-c", "import kiosk; print(kiosk.__file__)"],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(site), where
    done = subprocess.run(
        [python, "-m", "kiosk", "--self-test", "--demo"],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["translations"]["ok"], checks["translations"]
    assert checks["translations"]["languages"] == list(LANGUAGES)
    assert checks["resources"]["ok"], checks["resources"]
    assert Path(checks["resources"]["folder"]).is_relative_to(site)
    assert checks["resources"]["pictures"] == len(_svgs(ROOT / "resources" / "pictures"))
    assert done.returncode == 0, done.stdout[-3000:]


def test_source_tree_lookup_without_packaged_data() -> None:
    # This run imports kiosk from the tree (editable): the files beside kiosk/ are used.
    assert resources.translations_dir() == ROOT / "translations"
    assert resources.resources_dir() == ROOT / "resources"


def test_frozen_app_lookup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.translations_dir() == tmp_path / "translations"
    assert resources.resources_dir() == tmp_path / "resources"


def test_check_names_a_missing_picture_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "a.svg").write_text("<svg/>")
    with pytest.raises(FileNotFoundError, match="pictures"):
        resources.check()


# kiosk.spec's data collection (everything before the PyInstaller calls) in a Python where
# pkg_resources cannot be imported, as on 3.12+ venvs: it must still find the face models.
SPEC_DATA = """
import json, sys
from pathlib import Path
sys.modules["pkg_resources"] = None
source = open("kiosk.spec", encoding="utf-8").read().split("a = Analysis(")[0]
names = {"SPECPATH": "."}
exec(compile(source, "kiosk.spec", "exec"), names)
print(json.dumps({
    "face_models": sorted(Path(p).name for p, _ in names["face_models"]),
    "version": names["VERSION"],
    "qt_catalogues": sorted(names["qt_catalogues"]),
    "translations": sorted(Path(p).name for p, _ in names["translations"]),
    "fonts": sorted(Path(p).name for p, _ in names["fonts"]),
    "font_licences": len(names["font_licences"]),
    "version_file": Path(names["version_file"]).read_text(encoding="utf-8"),
    "datas": sorted(dest + "/" + Path(src).name for src, dest in names["datas"]),
    "excludes": sorted(names["excludes"]),
    "hiddenimports": sorted(names["hiddenimports"]),
}))
"""


def _spec_data(**env: str) -> dict[str, object]:
    """What kiosk.spec collects before PyInstaller's analysis, for a build's environment."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_BUILD_")}
    done = subprocess.run(
        [sys.executable, "-c", SPEC_DATA],
        cwd=ROOT,
        env=environ | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


@pytest.fixture(scope="module")
def spec_data() -> dict[str, object]:
    return _spec_data()


def test_pyinstaller_spec_collects_data_without_pkg_resources(
    spec_data: dict[str, object],
) -> None:
    from kiosk.face.matcher import model_files_used

    # The models the match opens; never the 68-point landmark model (100 MB, non-commercial
    # training data) that face_recognition would open at import.
    shipped = spec_data["face_models"]
    assert shipped == sorted(p.name for p in model_files_used())
    assert "dlib_face_recognition_resnet_model_v1.dat" in shipped
    assert "shape_predictor_68_face_landmarks.dat" not in shipped


def _pyproject_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def test_one_version_for_package_exe_resource_and_installer(spec_data: dict[str, object]) -> None:
    version = _pyproject_version()
    assert spec_data["version"] == version
    numbers = ", ".join(version.split(".")) + ", 0"
    assert f"filevers=({numbers})" in str(spec_data["version_file"])
    assert f"StringStruct('ProductVersion', '{version}')" in str(spec_data["version_file"])
    # The installer takes it from the build (-DVERSION); no copy of the number anywhere else.
    for name in ("kiosk.spec", "build/windows/installer.nsi", "build/windows/build.ps1"):
        assert version not in (ROOT / name).read_text(encoding="utf-8"), name
    assert "-DVERSION=$VERSION" in (ROOT / "scripts/build_installer.sh").read_text()


def test_spec_ships_only_the_seven_languages_and_the_tested_fonts(
    spec_data: dict[str, object],
) -> None:
    from kiosk import languages

    assert spec_data["translations"] == sorted(lang.qm_name for lang in languages.LANGUAGES)
    # Qt's own catalogues of these languages only (ja_JP -> qtbase_ja.qm); vi has none in Qt.
    assert spec_data["qt_catalogues"] == [
        "qtbase_en.qm",
        "qtbase_ja.qm",
        "qtbase_ko.qm",
        "qtbase_pt_BR.qm",
        "qtbase_zh_CN.qm",
    ]
    assert spec_data["fonts"] == [
        "NotoSans-Bold.ttf",
        "NotoSans-Regular.ttf",
        "NotoSansCJK-Bold.ttc",
        "NotoSansCJK-Regular.ttc",
    ]
    assert spec_data["font_licences"]


def _excluded(module: str, excludes: object) -> bool:
    """PyInstaller's rule: an excluded name leaves out the module and everything below it."""
    assert isinstance(excludes, list)
    return any(module == name or module.startswith(name + ".") for name in excludes)


def test_spec_leaves_demo_parts_out_unless_asked(spec_data: dict[str, object]) -> None:
    assert _excluded("kiosk.cards.virtual.inprocess", spec_data["excludes"])
    assert _excluded("kiosk.mgmt_server.server", spec_data["excludes"])
    assert not any("samples/" in str(d) for d in spec_data["datas"])  # type: ignore[attr-defined]
    demo = _spec_data(KIOSK_BUILD_DEMO="1")
    assert not _excluded("kiosk.mgmt_server.server", demo["excludes"])
    assert "kiosk/cards/virtual/samples/jpki_test_card.json" in demo["datas"]  # type: ignore[operator]


def _module_file(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports_at_import_time(path: Path) -> set[str]:
    """Modules a file imports when it is imported: module level, outside TYPE_CHECKING and
    outside functions (what a frozen app needs before any camera is asked for)."""
    found: set[str] = set()
    todo: list[ast.stmt] = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            todo += node.body + node.orelse
        elif isinstance(node, ast.Try):
            todo += node.body
    return found


def _imported_at_start(roots: list[str]) -> set[str]:
    """Every module (ours and third-party) imported at import time from the entry points."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):  # a module's packages are imported first
            module = ".".join(parts[:depth])
            if module in seen:
                continue
            path = _module_file(module) if module.startswith("kiosk") else None
            if module.startswith("kiosk") and path is None:
                continue  # "from kiosk.x import name": a name, not a module
            seen.add(module)
            if path is not None:
                todo += sorted(_imports_at_import_time(path))
    return seen


@pytest.mark.parametrize(
    "env",
    [{}, {"KIOSK_BUILD_CAMERA": "1"}, {"KIOSK_BUILD_FACE": "1"}, {"KIOSK_BUILD_DEMO": "1"}],
    ids=["default", "camera", "face", "demo"],
)
def test_no_build_excludes_a_module_the_kiosk_imports_at_start(env: dict[str, str]) -> None:
    if env.get("KIOSK_BUILD_CAMERA") or env.get("KIOSK_BUILD_FACE"):
        pytest.importorskip("rapidocr_onnxruntime")
    data = _spec_data(**env)
    roots = ["kiosk.__main__", *(str(h) for h in data["hiddenimports"])]  # type: ignore[attr-defined]
    roots = [r for r in roots if not r.startswith(("pyttsx3", "comtypes", "PySide6"))]
    needed = _imported_at_start(roots)
    # The frozen kiosk died at start when the UI began to import kiosk.camera (numpy) and the
    # default build still left kiosk.camera and numpy out.
    assert {"kiosk.ui.app", "kiosk.flow.machine"} <= needed
    broken = sorted(m for m in needed if _excluded(m, data["excludes"]))
    assert broken == []


def test_default_build_leaves_the_camera_libraries_out(spec_data: dict[str, object]) -> None:
    for heavy in ("cv2", "dlib", "onnxruntime", "rapidocr_onnxruntime", "shapely", "pyclipper"):
        assert _excluded(heavy, spec_data["excludes"]), heavy
    # reached only through imports inside functions (the demo camera, numpy's config printout)
    assert _excluded("PIL", spec_data["excludes"])
    assert _excluded("yaml", spec_data["excludes"])
    demo = _spec_data(KIOSK_BUILD_DEMO="1")  # the demo camera draws the card face with Pillow
    assert not _excluded("PIL", demo["excludes"])
    assert not any("rapidocr" in str(d) for d in spec_data["datas"])  # type: ignore[attr-defined]
    assert not any(".dat" in str(d) for d in spec_data["datas"])  # type: ignore[attr-defined]


def test_camera_build_carries_the_ocr_and_its_models_but_no_face_match() -> None:
    pytest.importorskip("rapidocr_onnxruntime")  # Python < 3.13 (scripts/setup.sh)
    camera = _spec_data(KIOSK_BUILD_CAMERA="1")
    for needed in ("cv2", "numpy", "onnxruntime", "rapidocr_onnxruntime", "kiosk.camera", "PIL"):
        assert not _excluded(needed, camera["excludes"]), needed
    assert not _excluded("yaml", camera["excludes"])  # RapidOCR reads its config with it
    assert "rapidocr_onnxruntime" in camera["hiddenimports"]  # type: ignore[operator]
    assert "rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx" in camera["datas"]  # type: ignore[operator]
    assert "rapidocr_onnxruntime/config.yaml" in camera["datas"]  # type: ignore[operator]
    assert _excluded("dlib", camera["excludes"])
    assert not any(".dat" in str(d) for d in camera["datas"])  # type: ignore[attr-defined]


def test_face_build_is_the_camera_build_plus_dlib_and_its_two_models() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    from kiosk.face.matcher import model_files_used

    face = _spec_data(KIOSK_BUILD_FACE="1")
    for needed in ("dlib", "kiosk.face.matcher", "onnxruntime", "cv2", "kiosk.camera"):
        assert not _excluded(needed, face["excludes"]), needed
    models = sorted(str(d) for d in face["datas"] if str(d).endswith(".dat"))  # type: ignore[attr-defined]
    assert models == sorted(f"face_recognition_models/models/{p.name}" for p in model_files_used())


def _bundle_rules() -> Any:
    spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "build/bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_rules"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Qt's software OpenGL (20 MB): QtWidgets draws with the raster engine
        ("PySide6/opengl32sw.dll", False),
        # OpenCV's FFmpeg plug-in (39 MB): the camera opens by device index (MSMF / DirectShow)
        ("cv2/opencv_videoio_ffmpeg510_64.dll", False),
        ("cv2\\opencv_videoio_ffmpeg4100_64.dll", False),
        # TUIO touch over UDP pulls Qt6Network in; touch screens come through qwindows
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PIL/_avif.cp311-win_amd64.pyd", False),
        ("cv2/cv2.pyd", True),
        ("PySide6/Qt6Core.dll", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),  # the self-test and CI
        ("PySide6/plugins/imageformats/qsvg.dll", True),
        ("PySide6/plugins/iconengines/qsvgicon.dll", True),
        ("onnxruntime/capi/onnxruntime.dll", True),
        ("numpy.libs/libscipy_openblas64_-63c857e7.dll", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ],
)
def test_bundle_rules_drop_only_binaries_the_kiosk_never_loads(dest: str, kept: bool) -> None:
    assert _bundle_rules().kept_binary(dest) is kept


def test_bundle_rules_keep_only_the_kiosks_qt_catalogues_and_never_the_68_point_model() -> None:
    rules = _bundle_rules()
    ours = {"qtbase_ja.qm"}
    assert rules.kept_data("PySide6/Qt/translations/qtbase_ja.qm", ours)
    assert not rules.kept_data("PySide6/Qt/translations/qtbase_de.qm", ours)
    assert not rules.kept_data("PySide6\\translations\\qt_help_de.qm", ours)
    assert rules.kept_data("translations/kiosk_ja.qm", ours)
    assert not rules.kept_data(
        "face_recognition_models/models/shape_predictor_68_face_landmarks.dat", ours
    )


def test_builds_are_chosen_by_environment() -> None:
    rules = _bundle_rules()
    assert rules.build_from_env({}).name == "default"
    assert rules.build_from_env({"KIOSK_BUILD_CAMERA": "1"}).name == "camera"
    face = rules.build_from_env({"KIOSK_BUILD_FACE": "1"})
    assert (face.name, face.camera) == ("face", True)
    for name in rules.BUILDS:
        assert rules.build_from_env(rules.build_env(name)).name == name
    with pytest.raises(ValueError, match="unknown build"):
        rules.build_env("full")


def test_build_installer_refuses_a_malformed_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            "bash",
            str(ROOT / "scripts/build_installer.sh"),
            "--version",
            "1.2",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "version must be X.Y.Z" in done.stderr
