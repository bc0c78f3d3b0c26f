"""The THIRD_PARTY_LICENSES folder of a bundle: the licence texts of everything shipped.

kiosk.spec calls :func:`write` after PyInstaller's analysis with the top-level module names
that went into the bundle; each one's distribution (pip metadata) gives its licence files and
its declared licence. Python itself, the Noto fonts (OFL) and the dlib models are added by
name. ``INDEX.txt`` lists every component, its version and its licence; a component whose
distribution carries no licence file is named in the index with its declared licence and
its home page, so nothing shipped goes unmentioned.

Stand-alone use (prints the index for the current environment's kiosk dependencies):

    .venv/bin/python build/third_party_licenses.py OUT_DIR module [module ...]
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
#: Our own package: not third party.
OWN = {"shelter-kiosk", "shelter_kiosk"}
#: What the notices must name by hand (the issue's list): distribution -> licence.
#: Used when a distribution's metadata declares nothing.
KNOWN = {
    "pyside6-essentials": "LGPL-3.0-only (Qt for Python; Qt itself LGPL-3.0)",
    "shiboken6": "LGPL-3.0-only",
    "pyscard": "LGPL-2.1-or-later",
    "pyttsx3": "MPL-2.0",
    "dlib-bin": "BSL-1.0 (dlib)",
    "face-recognition": "MIT",
    "face-recognition-models": "CC0-1.0 / public domain (dlib models, see their README)",
}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions_for(modules: Iterable[str]) -> dict[str, md.Distribution]:
    """The distributions providing these top-level modules (ours left out)."""
    owners = md.packages_distributions()
    found: dict[str, md.Distribution] = {}
    for module in sorted(set(modules)):
        for dist_name in owners.get(module, []):
            key = _normalise(dist_name)
            if key in OWN or key in found:
                continue
            try:
                found[key] = md.distribution(dist_name)
            except md.PackageNotFoundError:  # pragma: no cover - broken metadata
                continue
    return found


def _declared(dist: md.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text:
        licence = (meta.get("License") or "").strip()
        text = licence.splitlines()[0] if licence else ""
    if not text:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []]
        text = ", ".join(c for c in classifiers if "License" in c or "GPL" in c)
    return text or KNOWN.get(_normalise(meta["Name"]), "see the home page")


def _copy_licence_files(dist: md.Distribution, target: Path) -> int:
    copied = 0
    for entry in dist.files or []:
        if not _LICENCE_FILE.search(str(entry)):
            continue
        source = Path(str(dist.locate_file(entry)))
        if source.is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / str(entry).replace("/", "_"))
            copied += 1
    return copied


def write(
    out: Path, modules: Iterable[str], extra: dict[str, tuple[str, list[Path]]] | None = None
) -> list[str]:
    """Fill ``out`` (emptied first) and return the index lines. ``extra``: component name ->
    (licence, files) for what pip does not describe (Python, fonts, models)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines: list[str] = []
    for key, dist in sorted(distributions_for(modules).items()):
        meta = dist.metadata
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []), ""
        )
        files = _copy_licence_files(dist, out / key)
        note = "" if files else f"  (no licence file in the package; {home or 'no home page'})"
        lines.append(f"{meta['Name']} {dist.version}: {_declared(dist)}{note}")
    python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if not python_licence.exists():
        python_licence = (
            Path(sys.base_prefix)
            / "lib"
            / f"python{sys.version_info[0]}.{sys.version_info[1]}"
            / "LICENSE.txt"
        )
    components = {"Python": ("PSF-2.0", [python_licence])} | dict(extra or {})
    for name, (licence, files) in sorted(components.items()):
        folder = out / _normalise(name)
        present = [f for f in files if f.is_file()]
        for f in present:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, folder / f.name)
        lines.append(f"{name}: {licence}" + ("" if present else "  (licence text missing)"))
    (out / "INDEX.txt").write_text(
        "Third-party components shipped with the shelter kiosk, and their licences.\n"
        "Each folder holds the licence files of one component.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return lines


if __name__ == "__main__":
    for line in write(Path(sys.argv[1]), sys.argv[2:]):
        sys.stdout.write(line + "\n")
