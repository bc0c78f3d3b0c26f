"""Packaging: a wheel built from the tree is a working kiosk (issue 12, point 2).

The wheel is built with the venv's own setuptools (no build isolation: the test needs no
network) and installed into a new, empty virtual environment that sees the dependencies of
the project's venv, but not the project itself (the editable install's finder lives in a
.pth file that a plain path entry does not run). ``--self-test --demo`` then runs from
outside the source tree: it must find the seven compiled catalogues and the pictures inside
the installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

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
import sys
sys.modules["pkg_resources"] = None
source = open("kiosk.spec", encoding="utf-8").read().split("hiddenimports = [")[0]
names = {"SPECPATH": "."}
exec(compile(source, "kiosk.spec", "exec"), names)
print("FACE-MODELS", len(names["face_models"]))
"""


def test_pyinstaller_spec_collects_data_without_pkg_resources() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SPEC_DATA],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "FACE-MODELS 4" in done.stdout
