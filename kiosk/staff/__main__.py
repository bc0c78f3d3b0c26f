"""Entry point: ``python -m kiosk.staff add-user USER`` (see kiosk/staff/cli.py)."""

from __future__ import annotations

import sys

from kiosk.staff.cli import main

if __name__ == "__main__":
    sys.exit(main())
