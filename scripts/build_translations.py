"""Builds the kiosk's compiled translations (the .ts files are the authority).

    python scripts/build_translations.py            compile translations/*.ts -> *.qm
    python scripts/build_translations.py --update   extract the code's texts into the .ts
    python scripts/build_translations.py --check    fail if the .ts are not up to date

The same as ``scripts/translations.py compile | extract | check`` (kept for set-up,
kiosk.spec and habits). The texts are written in English in the code; ``pyside6-lupdate``
extracts them into ``translations/kiosk_<code>.ts``; ``pyside6-lrelease`` compiles those.
See translations/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kiosk_translations_tool", Path(__file__).with_name("translations.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()
compile_all = tool.compile_all


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--update", action="store_true", help="extract the texts into the .ts")
    parser.add_argument("--check", action="store_true", help="fail if the .ts are stale")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="where .qm files go")
    args = parser.parse_args()
    if args.update and tool.main(["extract"]) != 0:
        return 1
    if args.check:
        return int(tool.main(["check"]))
    return int(tool.main(["compile", "--out", str(args.out)]))


if __name__ == "__main__":
    sys.exit(main())
