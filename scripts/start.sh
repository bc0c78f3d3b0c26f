#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh) and starts the kiosk.
#
#   scripts/start.sh                 full screen with the card reader
#   scripts/start.sh --demo          the demo: virtual sample cards, its own data folder
#                                    (<data folder>-demo), a local reference server
#   scripts/start.sh --windowed      extra arguments go to `python -m kiosk`
#
# The demo starts by itself only on a machine that has no card reader AND has never been set
# up (no settings, staff file or database in the data folder). A kiosk that has been set up
# always starts for real: without its reader it shows "reader missing" to staff, and its
# records are never handed to the demo.
# vpcd's "Virtual PCD" slots are not hardware.
#
# START_DRY_RUN=1: no set-up; print the command instead of running it (tests).
# START_SMOKE_SECONDS=N: set up, run `--self-test` (must pass), then start the kiosk as usual,
#   wait up to N seconds until its log says the first screen is up (the language applied) with
#   no ERROR/CRITICAL line, check it still runs, stop it and exit 0 (else exit 1). For proving
#   a fresh machine without a person in front of it (scripts/prove_fresh_roots.sh).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

if [ -z "${START_DRY_RUN:-}" ]; then
  bash scripts/setup.sh
fi

args=("$@")
demo=no
for arg in "${args[@]}"; do
  if [ "$arg" = "--demo" ]; then demo=yes; fi
done

if [ "$demo" = no ]; then
  readers_json=$(.venv/bin/python -m kiosk.cards readers --json 2>/dev/null || true)
  hardware=$(printf '%s' "$readers_json" | .venv/bin/python -c '
import json, sys
try:
    readers = json.load(sys.stdin).get("readers", [])
except ValueError:
    readers = []
print(sum(1 for r in readers if not r.get("name", "").startswith("Virtual PCD")))
' 2>/dev/null || echo 0)
  data_dir=$(.venv/bin/python -c 'from kiosk import paths; print(paths.data_dir())')
  set_up=no
  for name in settings.toml staff.json kiosk.sqlite3; do
    if [ -e "$data_dir/$name" ]; then set_up=yes; fi
  done
  if [ "${hardware:-0}" = "0" ] && [ "$set_up" = no ]; then
    echo "start: no card reader and this kiosk is not set up yet: starting the DEMO"
    echo "start: (sample cards, keys 1-9; its own data folder ${data_dir}-demo)"
    args=(--demo "${args[@]}")
  elif [ "${hardware:-0}" = "0" ]; then
    echo "start: no card reader found; starting the kiosk, which shows 'reader missing'"
    echo "start: (plug the reader in; for the demo: scripts/start.sh --demo)"
  fi
fi

command=(.venv/bin/python -m kiosk "${args[@]}")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "start: no display; running windowed inside Xvfb (see scripts/screenshots.py to look)"
  command=(xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m kiosk --windowed "${args[@]}")
fi
if [ -n "${START_DRY_RUN:-}" ]; then
  echo "start: would run: ${command[*]}"
  exit 0
fi
if [ -n "${START_SMOKE_SECONDS:-}" ]; then
  self_test=(.venv/bin/python -m kiosk --self-test)
  logs='paths.log_dir()'
  case " ${args[*]} " in
    *" --demo "*) self_test+=(--demo) && logs='paths.demo_data_dir() / "logs"' ;;
  esac
  echo "start: smoke: ${self_test[*]}"
  "${self_test[@]}"
  log_file=$(.venv/bin/python -c "from kiosk import paths; print($logs / 'kiosk.log')")
  lines_before=$( (cat "$log_file" 2>/dev/null || true) | wc -l)
  setsid "${command[@]}" &
  kiosk_pid=$!
  up=no
  for _ in $(seq 1 "$START_SMOKE_SECONDS"); do
    if ! kill -0 "$kiosk_pid" 2>/dev/null; then break; fi
    if tail -n +"$((lines_before + 1))" "$log_file" 2>/dev/null | grep -q ' kiosk.ui.i18n .*language: '; then
      up=yes
      break
    fi
    sleep 1
  done
  sleep 3 # a crash right after the first screen shows too
  alive=no
  if kill -0 "$kiosk_pid" 2>/dev/null; then alive=yes; fi
  kill -TERM -- "-$kiosk_pid" 2>/dev/null || true
  wait "$kiosk_pid" 2>/dev/null || true
  errors=$(tail -n +"$((lines_before + 1))" "$log_file" 2>/dev/null | grep -c -E ' (ERROR|CRITICAL) ' || true)
  echo "start: smoke: first screen up: $up; still running: $alive; error lines: $errors ($log_file)"
  if [ "$up" = yes ] && [ "$alive" = yes ] && [ "$errors" = 0 ]; then exit 0; fi
  exit 1
fi
exec "${command[@]}"
