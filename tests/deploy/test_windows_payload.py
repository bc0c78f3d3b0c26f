"""scripts/windows_payload.py's own logic: the PE import tables it follows to put the Windows
DLLs of the stand-in payload together (the measurement itself downloads wheels and runs
makensis: docs/deploy.md gives its figures)."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def payload() -> Any:
    spec = importlib.util.spec_from_file_location(
        "windows_payload", ROOT / "scripts" / "windows_payload.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["windows_payload"] = module
    spec.loader.exec_module(module)
    return module


def make_pe(imports: list[str], delayed: list[str] | None = None) -> bytes:
    """A minimal PE32+ image: one section holding the import and delay-import tables."""
    delayed = delayed or []
    va, raw = 0x1000, 0x200
    delay_at = (len(imports) + 1) * 20
    body = bytearray(delay_at + (len(delayed) + 1) * 32)
    rvas = []
    for name in imports + delayed:
        rvas.append(va + len(body))
        body += name.encode() + b"\0"
    for i, rva in enumerate(rvas[: len(imports)]):
        struct.pack_into("<IIIII", body, 20 * i, 0, 0, 0, rva, 0)
    for i, rva in enumerate(rvas[len(imports) :]):
        struct.pack_into("<II", body, delay_at + 32 * i, 1, rva)
    dos = bytearray(0x40)
    dos[:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 0x40)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x22)
    optional = bytearray(240)
    struct.pack_into("<H", optional, 0, 0x20B)  # PE32+
    struct.pack_into("<I", optional, 108, 16)
    struct.pack_into("<II", optional, 112 + 8 * 1, va, len(imports) * 20)
    if delayed:
        struct.pack_into("<II", optional, 112 + 8 * 13, va + delay_at, len(delayed) * 32)
    section = struct.pack(
        "<8sIIIIIIHHI", b".idata", len(body), va, len(body), raw, 0, 0, 0, 0, 0xC0000040
    )
    head = bytes(dos) + b"PE\0\0" + coff + bytes(optional) + section
    return head.ljust(raw, b"\0") + bytes(body)


def test_pe_imports_reads_import_and_delay_import_tables(payload: Any) -> None:
    image = make_pe(["KERNEL32.dll", "Qt6Core.dll"], delayed=["Qt6Network.dll"])
    assert payload.pe_imports(image) == ["KERNEL32.dll", "Qt6Core.dll", "Qt6Network.dll"]


@pytest.mark.parametrize("data", [b"", b"MZ" + b"\0" * 100, b"\x7fELF" + b"\0" * 100])
def test_pe_imports_of_something_else_is_empty(payload: Any, data: bytes) -> None:
    assert payload.pe_imports(data) == []


def test_closure_follows_imports_into_libs_folders_and_leaves_windows_own_dlls(
    payload: Any, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    files = {
        "cv2/cv2.pyd": make_pe(["numpy_helper.dll", "KERNEL32.dll", "python3.dll"]),
        "cv2.libs/numpy_helper.dll": make_pe(["msvcp140.dll"]),
        "cv2.libs/msvcp140.dll": make_pe(["KERNEL32.dll"]),
        "PySide6/msvcp140.dll": make_pe([]),  # another package's copy: not taken
        "cv2/unused.dll": make_pe([]),
    }
    for rel, data in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(data)
    closure = payload.Closure(site)
    closure.add(site / "cv2" / "cv2.pyd")
    assert {p.relative_to(site).as_posix() for p in closure.files} == {
        "cv2/cv2.pyd",
        "cv2.libs/numpy_helper.dll",
        "cv2.libs/msvcp140.dll",
    }
    assert closure.unresolved == {"kernel32.dll", "python3.dll"}
    assert all(payload._windows_system(n) for n in closure.unresolved)


def test_linux_extension_module_names_map_to_windows_ones(payload: Any) -> None:
    assert payload.windows_name("PySide6/QtCore.abi3.so") == [
        f"PySide6/QtCore.cp{payload.PY}-win_amd64.pyd",
        "PySide6/QtCore.pyd",
    ]
    assert payload.windows_name("_cffi_backend.cpython-311-x86_64-linux-gnu.so")[0] == (
        f"_cffi_backend.cp{payload.PY}-win_amd64.pyd"
    )
