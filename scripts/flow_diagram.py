"""Draws the check-in flow's state diagram in docs/flow.md from kiosk/flow/transitions.py.

python scripts/flow_diagram.py            rewrite the diagram between the markers
python scripts/flow_diagram.py --check    exit 1 if the document's diagram is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.flow.diagram import with_diagram

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "docs" / "flow.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    current = DOCUMENT.read_text(encoding="utf-8")
    wanted = with_diagram(current)
    if args.check:
        if wanted != current:
            print(f"{DOCUMENT}: the flow diagram is out of date; run {Path(__file__).name}")
            return 1
        return 0
    if wanted != current:
        DOCUMENT.write_text(wanted, encoding="utf-8")
        print(f"{DOCUMENT}: flow diagram updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
