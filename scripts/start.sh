#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh) and starts the kiosk.
#
#   scripts/start.sh                 full screen with the real card reader, or --demo
#                                    (virtual sample cards, local reference server) when no
#                                    hardware reader is found
#   scripts/start.sh --windowed      extra arguments go to `python -m kiosk`
#
# vpcd's "Virtual PCD" slots are not hardware: with only those, the demo mode starts.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

bash scripts/setup.sh

args=("$@")
readers_json=$(.venv/bin/python -m kiosk.cards readers --json 2>/dev/null || true)
hardware=$(printf '%s' "$readers_json" | .venv/bin/python -c '
import json, sys
try:
    readers = json.load(sys.stdin).get("readers", [])
except ValueError:
    readers = []
print(sum(1 for r in readers if not r.get("name", "").startswith("Virtual PCD")))
' 2>/dev/null || echo 0)
if [ "${hardware:-0}" = "0" ]; then
  echo "start: no card reader found; starting the demo (keys 1-9 place sample cards)"
  args=(--demo "${args[@]}")
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "start: no display; running windowed inside Xvfb (see scripts/screenshots.py to look)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m kiosk --windowed "${args[@]}"
fi
exec .venv/bin/python -m kiosk "${args[@]}"
