"""The Windows installer's size, measured on Linux: the Windows wheels of what the frozen app
carries, put together as the folder kiosk.spec would make on Windows, packed by makensis with
the real installer script. Prints one JSON object.

    .venv/bin/python scripts/windows_payload.py [--build default|camera|face] [--work DIR]
        [--no-reduce] [--no-installer] [--reuse]

How the stand-in is made (PyInstaller cannot build a Windows bundle on Linux):

1. The Linux bundle of the same build (``KIOSK_BUILD_CAMERA`` / ``KIOSK_BUILD_FACE``) is made
   with kiosk.spec; its COLLECT list says what the spec keeps: data files, Python extension
   modules, binaries.
2. ``pip download --only-binary=:all: --platform win_amd64 --python-version 3.11`` fetches the
   Windows wheels of the same versions (pins from this venv) of every distribution that put a
   binary into the Linux bundle, plus pywin32 (pyttsx3's SAPI5 driver imports ``pythoncom``;
   pip evaluates ``platform_system == "Windows"`` markers against this machine, so
   Windows-only requirements are named here).
3. The payload: data files as they are; each Linux extension module replaced by its Windows
   ``.pyd``; the Qt plug-in types the Linux bundle has (plus ``styles``) from the Windows wheel;
   the DLLs PyInstaller's hooks add on Windows (OpenCV's and onnxruntime's package DLLs, Qt's
   ``opengl32sw.dll``); then every DLL these import, followed through the PE import tables
   (what PyInstaller's dependency analysis does). build/bundle_rules.py drops what the spec
   drops (``--no-reduce`` keeps it, to measure the saving). Linux system libraries (X11, GTK,
   ICU...) are left out: Windows has its own.
4. The Python runtime is the one part not taken from Windows files: the Linux libpython, its
   extension modules and the libraries they need (OpenSSL, SQLite, libffi...), stripped of
   their symbols (about the size of python311.dll, DLLs\\*.pyd, libcrypto-3.dll, sqlite3.dll).
   The two executables are the Linux ones (bootloader + the same PYZ archive of Python
   modules); Windows-only pure-Python packages (comtypes, pywin32-ctypes, colorama) are added
   as a deflated zip of their sources.
5. ``scripts/build_installer.sh --payload`` packs it with build/windows/installer.nsi (solid
   LZMA, as a release).

Goal (issue 12): the installer with the face stack at most 150 MB (decimal megabytes).
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata as md
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = f"{sys.version_info[0]}{sys.version_info[1]}"
PYTHON_VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"
#: Windows-only requirements of what the bundle carries (their markers name Windows).
WINDOWS_ONLY_BINARY = ["pywin32"]
WINDOWS_ONLY_PURE = ["comtypes", "pywin32-ctypes", "colorama"]
#: pyttsx3's SAPI5 driver imports pythoncom: these pywin32 files (PyInstaller's hook).
PYWIN32_FILES = (
    f"pywin32_system32/pythoncom{PY}.dll",
    f"pywin32_system32/pywintypes{PY}.dll",
    "win32/_win32sysloader.pyd",
    "win32/win32api.pyd",
)
#: Packages whose PyInstaller hook collects every DLL of the package (collect_dynamic_libs).
ALL_PACKAGE_DLLS = ("cv2", "onnxruntime")
#: Qt plug-in types PyInstaller adds on Windows for QtWidgets besides those the Linux bundle has.
EXTRA_QT_PLUGIN_TYPES = ("styles",)
#: Linux libraries that stand in for the Windows Python runtime (kept, stripped).
RUNTIME = re.compile(
    r"^(libpython3|libssl|libcrypto|libsqlite3|libffi|libz\.|liblzma|libbz2|libexpat|libmpdec)"
)


def _rules() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bundle_rules", ROOT / "build" / "bundle_rules.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_rules"] = module
    spec.loader.exec_module(module)
    return module


rules = _rules()


# --- PE import tables -------------------------------------------------------------------------


def pe_imports(data: bytes) -> list[str]:
    """The DLL names a Windows binary imports (import and delay-import tables)."""
    if len(data) < 0x40 or data[:2] != b"MZ":
        return []
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        return []
    coff = pe + 4
    (sections_count,) = struct.unpack_from("<H", data, coff + 2)
    (optional_size,) = struct.unpack_from("<H", data, coff + 16)
    optional = coff + 20
    (magic,) = struct.unpack_from("<H", data, optional)
    directories = optional + (112 if magic == 0x20B else 96)
    sections = []
    for i in range(sections_count):
        vsize, va, raw_size, raw_ptr = struct.unpack_from(
            "<IIII", data, optional + optional_size + 40 * i + 8
        )
        sections.append((va, max(vsize, raw_size), raw_ptr))

    def offset(rva: int) -> int | None:
        for va, size, raw in sections:
            if va <= rva < va + size:
                return rva - va + raw
        return None

    def name_at(rva: int) -> str | None:
        at = offset(rva)
        if at is None:
            return None
        return data[at : data.index(b"\0", at)].decode("ascii", "replace")

    names: list[str] = []
    for index, size, name_field in ((1, 20, 12), (13, 32, 4)):
        rva, _ = struct.unpack_from("<II", data, directories + 8 * index)
        at = offset(rva) if rva else None
        while at is not None and at + size <= len(data):
            entry = data[at : at + size]
            if not entry.strip(b"\0"):
                break
            found = name_at(struct.unpack_from("<I", entry, name_field)[0])
            if found:
                names.append(found)
            at += size
    return names


# --- steps ------------------------------------------------------------------------------------


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)


def linux_bundle(build: str, work: Path, reuse: bool) -> tuple[Path, list[tuple[str, str, str]]]:
    dist, pywork = work / f"linux-{build}" / "dist", work / f"linux-{build}" / "work"
    toc = pywork / "kiosk" / "COLLECT-00.toc"
    if not (reuse and toc.exists()):
        env = dict(os.environ, **rules.build_env(build))
        run([sys.executable, "scripts/build_translations.py"], cwd=ROOT)
        run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(dist), "--workpath", str(pywork), "kiosk.spec"],
            cwd=ROOT, env=env,
        )  # fmt: skip
    entries = ast.literal_eval(toc.read_text(encoding="utf-8"))[0]
    return dist / "ShelterKiosk", [tuple(e) for e in entries]


def site_top(src: str) -> str | None:
    """The top-level name under site-packages a Linux bundle file came from."""
    parts = Path(src).parts
    if "site-packages" not in parts:
        return None
    rest = parts[parts.index("site-packages") + 1 :]
    return rest[0] if rest else None


def distributions(tops: Iterable[str]) -> dict[str, str]:
    """Distribution name -> installed version for top-level names (a .libs folder's too)."""
    by_top = md.packages_distributions()
    out: dict[str, str] = {}
    for top in tops:
        name = top.split(".")[0]
        if top.endswith(".libs"):
            name = top[: -len(".libs")]
        for dist in by_top.get(name, []) or ([name] if name else []):
            try:
                out[dist] = md.version(dist)
            except md.PackageNotFoundError:
                continue
    return out


def download(pins: dict[str, str], extra: list[str], wheels: Path) -> list[Path]:
    wheels.mkdir(parents=True, exist_ok=True)
    reqs = [f"{name}=={version}" for name, version in sorted(pins.items())] + extra
    run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
         "--platform", "win_amd64", "--python-version", PYTHON_VERSION, "--implementation", "cp",
         "-d", str(wheels), *reqs],
    )  # fmt: skip
    return sorted(wheels.glob("*.whl"))


def unpack(wheel_files: list[Path], site: Path) -> None:
    for wheel in wheel_files:
        marker = site / ".unpacked" / wheel.name
        if marker.exists():
            continue
        with zipfile.ZipFile(wheel) as z:
            z.extractall(site)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()


def windows_name(linux_dest: str) -> list[str]:
    """Candidate Windows paths for a Linux extension module's destination."""
    folder, _, name = linux_dest.rpartition("/")
    stem = name.split(".")[0]
    prefix = f"{folder}/" if folder else ""
    return [f"{prefix}{stem}.cp{PY}-win_amd64.pyd", f"{prefix}{stem}.pyd"]


class Closure:
    """Windows binaries and every DLL they import that the unpacked wheels hold."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.dlls: dict[str, list[Path]] = {}
        for path in site.rglob("*"):
            if path.suffix.lower() in (".dll", ".pyd") and ".unpacked" not in path.parts:
                self.dlls.setdefault(path.name.lower(), []).append(path)
        self.files: set[Path] = set()
        self.unresolved: set[str] = set()

    def add(self, path: Path) -> None:
        todo = [path]
        while todo:
            current = todo.pop()
            if current in self.files:
                continue
            self.files.add(current)
            for name in pe_imports(current.read_bytes()):
                found = self._resolve(name, current)
                if found is None:
                    self.unresolved.add(name.lower())
                else:
                    todo.append(found)

    def _resolve(self, name: str, importer: Path) -> Path | None:
        candidates = self.dlls.get(name.lower(), [])
        for candidate in candidates:  # next to the importer first, then its package
            if candidate.parent == importer.parent:
                return candidate
        top = importer.relative_to(self.site).parts[0]
        for candidate in candidates:
            if candidate.relative_to(self.site).parts[0] == top:
                return candidate
        return candidates[0] if candidates else None


def strip_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)
    subprocess.run(["strip", "--strip-unneeded", str(dest)], check=False, capture_output=True)


def assemble(build: str, work: Path, reduce: bool, reuse: bool) -> tuple[Path, dict[str, Any]]:
    bundle, entries = linux_bundle(build, work, reuse)
    payload = work / f"payload-{build}{'' if reduce else '-unreduced'}" / "ShelterKiosk"
    if payload.exists():
        shutil.rmtree(payload)
    internal = payload / "_internal"
    internal.mkdir(parents=True)
    site = work / "win-site"

    tops = {site_top(src) for dest, src, kind in entries if kind in ("BINARY", "EXTENSION")}
    tops.discard(None)
    pins = distributions(t for t in tops if t)
    wheel_files = download(pins, WINDOWS_ONLY_BINARY + WINDOWS_ONLY_PURE, work / "wheels")
    unpack(wheel_files, site)
    closure = Closure(site)

    dropped_linux: dict[str, int] = {}
    runtime_bytes = 0
    qt_plugin_types = set(EXTRA_QT_PLUGIN_TYPES)
    missing: list[str] = []
    for dest, src, kind in entries:
        source = Path(src)
        if kind == "EXECUTABLE":
            shutil.copy2(source, payload / f"{dest}.exe")
        elif kind == "DATA":
            target = internal / dest.replace("PySide6/Qt/translations", "PySide6/translations")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(bundle / "_internal" / dest, target)  # as the bundle holds it
        elif kind in ("BINARY", "EXTENSION"):
            base = dest.rsplit("/", 1)[-1]
            if dest.startswith("python3.") or RUNTIME.match(base):
                strip_copy(source, internal / dest)
                runtime_bytes += (internal / dest).stat().st_size
            elif site_top(src) is None:
                dropped_linux[base] = source.stat().st_size  # a system library
            elif "/Qt/plugins/" in f"/{dest}":
                qt_plugin_types.add(dest.split("/Qt/plugins/")[1].split("/")[0])
            elif kind == "EXTENSION":
                found = next((site / c for c in windows_name(dest) if (site / c).exists()), None)
                if found is None:
                    missing.append(dest)
                else:
                    closure.add(found)
    for top in ALL_PACKAGE_DLLS:
        for dll in sorted((site / top).rglob("*.dll")) if top in tops else []:
            closure.add(dll)
    for kind in sorted(qt_plugin_types):
        for dll in sorted((site / "PySide6" / "plugins" / kind).glob("*.dll")):
            closure.add(dll)
    if "PySide6" in tops:
        for extra in ("opengl32sw.dll",):  # PyInstaller's Qt hook, on Windows
            if (site / "PySide6" / extra).exists():
                closure.add(site / "PySide6" / extra)
    for name in PYWIN32_FILES:
        if (site / name).exists():
            closure.add(site / name)

    dropped_windows: dict[str, int] = {}
    parts: dict[str, int] = {}
    for path in sorted(closure.files):
        rel = path.relative_to(site).as_posix()
        if reduce and not rules.kept_binary(rel):
            dropped_windows[rel] = path.stat().st_size
            continue
        target = internal / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        top = rel.split("/")[0]
        parts[top] = parts.get(top, 0) + path.stat().st_size

    pure = internal / "windows-only-modules.zip"
    with zipfile.ZipFile(pure, "w", zipfile.ZIP_DEFLATED) as z:
        for wheel in wheel_files:
            if any(wheel.name.lower().startswith(n.replace("-", "_")) for n in WINDOWS_ONLY_PURE):
                with zipfile.ZipFile(wheel) as w:
                    for item in w.namelist():
                        if item.endswith(".py"):
                            z.writestr(item, w.read(item))

    size, files = tree_size(payload)
    data_parts = {
        name: tree_size(internal / name)[0]
        for name in ("fonts", "rapidocr_onnxruntime", "face_recognition_models")
        if (internal / name).exists()
    }
    system = {
        "unresolved_imports": sorted(n for n in closure.unresolved if not _windows_system(n)),
        "missing_windows_modules": missing,
    }
    info = {
        "build": build,
        "reduced": reduce,
        "payload_mb": mib(size),
        "files": files,
        "python_runtime_stand_in_mb": mib(runtime_bytes),
        "executables_mb": mib(sum(p.stat().st_size for p in payload.glob("*.exe"))),
        "windows_binaries_mb": {k: mib(v) for k, v in sorted(parts.items(), key=lambda kv: -kv[1])},
        "data_mb": {k: mib(v) for k, v in data_parts.items()},
        "dropped_by_rules_mb": {k: mib(v) for k, v in dropped_windows.items()},
        "linux_system_libraries_left_out_mb": mib(sum(dropped_linux.values())),
        "wheels": {p.name: mib(p.stat().st_size) for p in wheel_files},
        **system,
    }
    return payload, info


def _windows_system(name: str) -> bool:
    """DLLs Windows (or the Python runtime stand-in) provides."""
    return (
        name.startswith(("api-ms-win-", "ext-ms-"))
        or name in WINDOWS_DLLS
        or re.fullmatch(r"python3\d*\.dll|vcruntime140(_1)?\.dll", name) is not None
    )


_WINDOWS_DLL_NAMES = """
    kernel32.dll user32.dll gdi32.dll advapi32.dll shell32.dll ole32.dll oleaut32.dll
    ws2_32.dll winmm.dll imm32.dll dwmapi.dll uxtheme.dll version.dll shlwapi.dll comdlg32.dll
    winspool.drv netapi32.dll userenv.dll crypt32.dll bcrypt.dll ncrypt.dll secur32.dll
    iphlpapi.dll dnsapi.dll mpr.dll setupapi.dll cfgmgr32.dll d3d9.dll d3d11.dll d3d12.dll
    dxgi.dll dxva2.dll mf.dll mfplat.dll mfreadwrite.dll evr.dll strmiids.dll dwrite.dll d2d1.dll
    opengl32.dll glu32.dll winscard.dll authz.dll wtsapi32.dll rpcrt4.dll psapi.dll dbghelp.dll
    ntdll.dll msvcrt.dll comctl32.dll shcore.dll propsys.dll oleacc.dll powrprof.dll
    credui.dll netutils.dll srvcli.dll wkscli.dll samcli.dll logoncli.dll dsrole.dll
    userenv.dll wininet.dll winhttp.dll urlmon.dll d3dcompiler_47.dll mfuuid.dll
    mscoree.dll dbgeng.dll odbc32.dll msi.dll wintrust.dll cabinet.dll uiautomationcore.dll
    ncrypt.dll normaliz.dll winusb.dll hid.dll dhcpcsvc.dll fwpuclnt.dll icu.dll
    d3dcompiler_43.dll mfcore.dll ksuser.dll avrt.dll mmdevapi.dll"""
WINDOWS_DLLS = frozenset(_WINDOWS_DLL_NAMES.split())


def tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def mib(n: int) -> float:
    return round(n / 2**20, 1)


def installer(payload: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("ShelterKiosk-setup-*.exe"):
        old.unlink()
    done = run(
        ["bash", "scripts/build_installer.sh", "--payload", str(payload), "--out", str(out)],
        cwd=ROOT,
    )
    return Path(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--build", choices=rules.BUILDS, default="face")
    parser.add_argument("--work", type=Path, default=Path("/var/tmp/kiosk-windows-payload"))
    parser.add_argument(
        "--no-reduce", action="store_true", help="keep what build/bundle_rules.py drops"
    )
    parser.add_argument("--no-installer", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse an earlier Linux build in --work"
    )
    args = parser.parse_args()
    started = time.monotonic()
    payload, info = assemble(args.build, args.work.resolve(), not args.no_reduce, args.reuse)
    if not args.no_installer:
        setup = installer(payload, payload.parent / "out")
        size = setup.stat().st_size
        info["installer"] = str(setup)
        info["installer_mb"] = mib(size)
        info["installer_MB_decimal"] = round(size / 1e6, 1)
        info["goal_MB_decimal_with_face"] = 150
        if args.build == "face":
            info["meets_goal"] = size / 1e6 <= 150
    info["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(info, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
