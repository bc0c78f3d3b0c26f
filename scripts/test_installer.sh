#!/usr/bin/env bash
# Tests the Windows installer's own logic under Wine, with the Linux bundle as a stand-in
# payload (scripts/build_installer.sh --wine-stand-in): silent install with provisioning,
# files, registry, the log-on task, an upgrade that keeps data and settings, and uninstalls
# that keep unsent records (plain, and /PURGE refused) or delete them (/PURGE when everything
# is acknowledged). Exits non-zero on any difference.
#
#   bash scripts/test_installer.sh [--payload DIR]      # default: builds the Linux bundle
#
# Needs makensis, wine (64-bit) and xvfb-run; as root it installs the missing ones with apt.
# Takes several minutes (two installer builds, four installs under Wine): not part of
# .ci/run. WINEPREFIX is a fresh temporary folder; nothing outside it and /tmp is touched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PAYLOAD=""
while [ $# -gt 0 ]; do
  case "$1" in
    --payload) PAYLOAD="$2"; shift 2 ;;
    *) echo "test_installer.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
PY="$ROOT/.venv/bin/python"

need=()
command -v makensis >/dev/null || need+=(nsis)
command -v wine >/dev/null || need+=(wine wine64)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "test_installer.sh: install ${need[*]}" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

WORK="$(mktemp -d /tmp/kiosk-installer-test.XXXXXX)"
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  if [ -n "${KIOSK_TEST_KEEP:-}" ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

FAILS=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

V1="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
V2="$("$PY" -c "a,b,c='$V1'.split('.'); print(f'{a}.{b}.{int(c)+1}')")"
build_args=(--out "$WORK/out" --wine-stand-in --fast)
[ -n "$PAYLOAD" ] && build_args+=(--payload "$PAYLOAD")
bash scripts/build_installer.sh "${build_args[@]}" >/dev/null
# the second build reuses the first one's bundle
[ -n "$PAYLOAD" ] || PAYLOAD="$ROOT/dist/ShelterKiosk"
bash scripts/build_installer.sh --payload "$PAYLOAD" --out "$WORK/out" --wine-stand-in --fast \
  --version "$V2" >/dev/null
SETUP1="$WORK/out/ShelterKiosk-setup-$V1.exe"
SETUP2="$WORK/out/ShelterKiosk-setup-$V2.exe"

echo "== the frozen kiosk: one instance per data folder"
check "a second kiosk on a held data folder exits 3" env KIOSK_HOME="$WORK/lock-home" \
  "$PY" - "$PAYLOAD/ShelterKiosk" <<'PY'
import os, subprocess, sys
from pathlib import Path
from kiosk.instance_lock import InstanceLock
with InstanceLock(Path(os.environ["KIOSK_HOME"])):
    done = subprocess.run([sys.argv[1]], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120)
sys.exit(0 if done.returncode == 3 and "another kiosk" in done.stderr else 1)
PY

W() { xvfb-run -a -s "-screen 0 800x600x24" wine "$@"; }
W wineboot -i >/dev/null 2>&1
wineserver -w

C="$WINEPREFIX/drive_c"
APP="$C/Program Files/ShelterKiosk"
DATA="$C/ProgramData/ShelterKiosk"
TASK="$C/windows/system32/tasks/ShelterKiosk"
KIOSKUSER="kioskuser"
mkdir -p "$C/prov"
cat > "$C/prov/tablet.toml" <<'TOML'
[shelter]
shelter_id = "13101-001"
name = "Installer test school"
[api]
url = "https://shelter-api.example.jp"
token = "installer-test-token-0123456789"
[staff]
user = "it-admin"
password = "correct horse battery staple"
TOML
printf '[shelter]\nshelter_idd = "typo"\n' > "$C/prov/bad.toml"

# run EXE ARGS...: the exit code in $RC; the installer's log shown when it is not 0
run() {
  set +e; W "$@" >"$WORK/last.log" 2>&1; RC=$?; set -e; wineserver -w
  if [ "$RC" != 0 ]; then
    echo "     (exit $RC; install.log and output:)"
    sed 's/^/     | /' "$APP/install.log" "$WORK/last.log" 2>/dev/null | tail -15 || true
  fi
}
reg_value() {  # key value -> the data, or "" when absent
  W reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v { $1 = ""; $2 = ""; sub(/^  /, ""); print }'
}
fingerprint() { (cd "$DATA" && sha256sum settings.toml staff.json terminal_id kiosk.sqlite3 2>/dev/null); }
with_data() { KIOSK_HOME="$DATA" "$PY" - "$@"; }

echo "== silent install $V1 with a provisioning file"
run "$SETUP1" /S "/KIOSKUSER=$KIOSKUSER" '/PROVISION=C:\prov\tablet.toml'
check "install exits 0 (was $RC)" test "$RC" = 0
for f in ShelterKiosk.exe ShelterKiosk-tools.exe Uninstall.exe install.log \
  _internal/THIRD_PARTY_LICENSES/INDEX.txt _internal/fonts/NotoSansCJK-Regular.ttc; do
  check "file $f" test -f "$APP/$f"
done
check "no demo cards in the bundle" test ! -e "$APP/_internal/kiosk/cards/virtual/samples"
UNINST='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ShelterKiosk'
check "registry DisplayVersion $V1" test "$(reg_value "$UNINST" DisplayVersion)" = "$V1"
check "registry QuietUninstallString" grep -q 'Uninstall.exe" /S' <<<"$(reg_value "$UNINST" QuietUninstallString)"
check "registry KioskUser" test "$(reg_value 'HKLM\Software\ShelterKiosk' KioskUser)" = "$KIOSKUSER"
check "registry DataDir" test "$(reg_value 'HKLM\Software\ShelterKiosk' DataDir)" = 'C:\ProgramData\ShelterKiosk'
check "data folder ACL set (icacls, exit 0)" grep -q "icacls data folder for $KIOSKUSER and Administrators: exit 0" "$APP/install.log"
# What the installer registered (kept beside the program) and what Wine's scheduler stored.
# Wine's task scheduler keeps the settings and the description but drops log-on triggers,
# principals and (here) the action, so those are checked in the registered definition; the
# Windows CI job reads them back with schtasks /Query /XML.
check "log-on task registered" test -f "$TASK"
utf16() { (iconv -f UTF-16 -t UTF-8 "$1" 2>/dev/null || cat "$1") | tr -d '\r' || true; }
task="$(utf16 "$APP/ShelterKiosk-task.xml")"
stored="$(cat "$TASK" 2>/dev/null || true)"
check "task: log-on trigger of $KIOSKUSER" grep -q "<LogonTrigger><Enabled>true</Enabled><UserId>$KIOSKUSER</UserId>" <<<"$task"
check "task: runs as $KIOSKUSER, interactive, least privilege" grep -q "<UserId>$KIOSKUSER</UserId><LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel>" <<<"$task"
check "task: starts ShelterKiosk.exe" grep -qF '<Command>"C:\Program Files\ShelterKiosk\ShelterKiosk.exe"</Command>' <<<"$task"
check "task: restarts on failure" grep -q "<RestartOnFailure>" <<<"$task"
check "task stored by the scheduler: this version" grep -q "Shelter check-in kiosk $V1<" <<<"$stored"
check "task stored by the scheduler: no time limit" grep -q "<ExecutionTimeLimit>PT0S</ExecutionTimeLimit>" <<<"$stored"
check "task stored by the scheduler: runs on battery" grep -q "<DisallowStartIfOnBatteries>false" <<<"$stored"
check "provisioning: exit 0 in the log" grep -q "provisioning: exit 0" "$APP/install.log"
check "provisioned settings and first account" with_data <<'PY'
import sys
from kiosk import settings
from kiosk.staff import StaffAccounts
s = settings.load()
assert s.shelter.shelter_id == "13101-001", "shelter id"
assert s.api.url == "https://shelter-api.example.jp", "url"
assert s.api.token == "installer-test-token-0123456789", "token"
assert s.shelter.terminal_id, "terminal id"
StaffAccounts().authenticate("it-admin", "correct horse battery staple")
PY
check "no secret in the install log" bash -c "! grep -q -e installer-test-token -e 'battery staple' '$APP/install.log' '$WORK/last.log'"

# One unsent record: what an uninstall must never delete.
with_data <<'PY'
from datetime import UTC, datetime
from pathlib import Path
import os
from kiosk.records import Event, EventKind
from kiosk.store import FakeKeyProvider, RecordStore
store = RecordStore(Path(os.environ["KIOSK_HOME"]) / "kiosk.sqlite3", FakeKeyProvider(bytes(32)))
event = Event(kind=EventKind.SHELTER_OPEN, shelter_id="13101-001", terminal_id="t",
              occurred_at=datetime.now(UTC), utc_offset_minutes=540)
store.record(event)
store.close()
Path(os.environ["KIOSK_HOME"], "unsent-event-id").write_text(event.event_id)
PY
BEFORE="$(fingerprint)"

echo "== upgrade to $V2 (no provisioning values: settings untouched)"
run "$SETUP2" /S
check "upgrade exits 0 (was $RC)" test "$RC" = 0
check "registry DisplayVersion $V2" test "$(reg_value "$UNINST" DisplayVersion)" = "$V2"
check "upgrade keeps settings, staff, terminal id and records" test "$(fingerprint)" = "$BEFORE"
check "upgrade re-registers the log-on task" grep -q "Shelter check-in kiosk $V2<" "$TASK"

echo "== bad provisioning file: refused, typed exit code, nothing changed"
run "$SETUP2" /S '/PROVISION=C:\prov\bad.toml'
check "bad provisioning exits 4 (was $RC)" test "$RC" = 4
check "bad provisioning changes nothing" test "$(fingerprint)" = "$BEFORE"

# The uninstaller waits and returns its exit code only with _?=<folder>, which NSIS reads
# only unquoted: Wine quotes an argument with a space, so the folder's short name is used.
uninstall() {
  local short
  short="$(winepath -s 'C:\Program Files\ShelterKiosk' 2>/dev/null | tr -d '\r')"
  run "$short\\Uninstall.exe" /S "$@" "_?=$short"
}
echo "== uninstall (no /PURGE): data folder kept"
uninstall
check "uninstall exits 0 (was $RC)" test "$RC" = 0
check "program files gone" test ! -e "$APP/_internal" -a ! -e "$APP/ShelterKiosk.exe"
check "registry entries gone" test -z "$(reg_value "$UNINST" DisplayVersion)"
check "log-on task gone" test ! -e "$TASK"
check "data folder and unsent record kept" test "$(fingerprint)" = "$BEFORE"

echo "== reinstall, uninstall /PURGE with an unsent record: refused, kept"
run "$SETUP2" /S "/KIOSKUSER=$KIOSKUSER"
check "reinstall exits 0 (was $RC)" test "$RC" = 0
uninstall /PURGE
check "/PURGE with an unsent record exits 7 (was $RC)" test "$RC" = 7
check "/PURGE refused keeps the data folder" test "$(fingerprint)" = "$BEFORE"

echo "== reinstall, every record acknowledged, uninstall /PURGE: data folder deleted"
run "$SETUP2" /S "/KIOSKUSER=$KIOSKUSER"
with_data <<'PY'
import os
from pathlib import Path
from kiosk.store import FakeKeyProvider, RecordStore
home = Path(os.environ["KIOSK_HOME"])
store = RecordStore(home / "kiosk.sqlite3", FakeKeyProvider(bytes(32)))
store.mark_sent([(home / "unsent-event-id").read_text()])
store.close()
PY
uninstall /PURGE
check "/PURGE when all acknowledged exits 0 (was $RC)" test "$RC" = 0
check "/PURGE deleted the data folder" test ! -e "$DATA"

if [ "$FAILS" -gt 0 ]; then
  echo "test_installer.sh: $FAILS check(s) failed"
  exit 1
fi
echo "test_installer.sh: every check passed"
