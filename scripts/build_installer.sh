#!/usr/bin/env bash
# Builds the Windows installer (NSIS) from a frozen bundle folder.
#
#   bash scripts/build_installer.sh [--payload DIR] [--out DIR] [--version X.Y.Z] [--wine-stand-in]
#
#   --payload DIR     the bundle (dist/ShelterKiosk from kiosk.spec). Without it the Linux
#                     bundle is built here with PyInstaller (build/pyinstaller, dist/).
#   --out DIR         where ShelterKiosk-setup-X.Y.Z.exe goes (default: dist/)
#   --version X.Y.Z   only for tests of an upgrade; the default and the rule is pyproject.toml's
#                     version (one number for the package, the .exe resource and the installer)
#   --fast            zlib instead of solid LZMA (tests: the same installer logic, built in a
#                     fraction of the time; releases never use it)
#   --wine-stand-in   the payload is the LINUX bundle, packed so that the installer can be
#                     tested under Wine (scripts/test_installer.sh): Wine starts Linux programs
#                     as Unix processes but cannot return their exit codes, so
#                     ShelterKiosk-tools.exe becomes a small Windows adapter
#                     (build/windows/wine_adapter.nsi) that runs ShelterKiosk-tools-unix.exe (Windows
#                     paths -> Unix with winepath, then the real frozen ShelterKiosk-tools) and
#                     exits with its exit code. Never for real tablets.
#
# Signing hook: KIOSK_SIGN_COMMAND (e.g. 'signtool sign /fd sha256 /a /tr http://ts.example /td sha256')
# is run with each file to sign appended: the executables before packing, then the
# uninstaller and the installer (NSIS !finalize). Unset: nothing is signed (said on stderr).
# makensis comes from Debian's nsis package (installed here with apt when missing, as root).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PAYLOAD=""
OUT="$ROOT/dist"
VERSION=""
STAND_IN=0
FAST=0
while [ $# -gt 0 ]; do
  case "$1" in
    --payload) PAYLOAD="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    --wine-stand-in) STAND_IN=1; shift ;;
    --fast) FAST=1; shift ;;
    *) echo "build_installer.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
if [ -z "$VERSION" ]; then
  VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
fi
if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "build_installer.sh: version must be X.Y.Z (got '$VERSION')" >&2
  exit 2
fi

if ! command -v makensis >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "build_installer.sh: makensis is missing: sudo apt-get install nsis" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nsis >/dev/null
fi

if [ -z "$PAYLOAD" ]; then
  "$ROOT/.venv/bin/python" -c 'import PyInstaller' 2>/dev/null \
    || "$ROOT/.venv/bin/pip" install -q -e '.[build]'
  "$ROOT/.venv/bin/python" scripts/build_translations.py >/dev/null
  "$ROOT/.venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$ROOT/dist" \
    --workpath "$ROOT/build/pyinstaller" kiosk.spec
  PAYLOAD="$ROOT/dist/ShelterKiosk"
fi
[ -d "$PAYLOAD/_internal" ] || { echo "build_installer.sh: $PAYLOAD is not a bundle" >&2; exit 2; }

sign() {
  if [ -n "${KIOSK_SIGN_COMMAND:-}" ]; then
    # shellcheck disable=SC2086 - the command is a command line
    $KIOSK_SIGN_COMMAND "$@"
  fi
}

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -a "$PAYLOAD/." "$STAGE/"
if [ "$STAND_IN" = 1 ]; then
  [ -f "$STAGE/ShelterKiosk-tools" ] || { echo "--wine-stand-in needs the Linux bundle" >&2; exit 2; }
  mv "$STAGE/ShelterKiosk" "$STAGE/ShelterKiosk.exe"
  # Wine cannot hand a Linux process's exit code back to the installer: a small Windows
  # program (build/windows/wine_adapter.nsi) runs this script and waits for its status file.
  cat > "$STAGE/ShelterKiosk-tools-unix.exe" <<'ADAPTER'
#!/bin/sh
# Wine stand-in adapter (scripts/build_installer.sh --wine-stand-in): Windows paths -> Unix.
here="$(dirname "$(readlink -f "$0")")"
unix() { case "$1" in [A-Za-z]:\\*) winepath -u "$1" 2>/dev/null ;; *) printf '%s' "$1" ;; esac; }
status="$(unix "$1")"; shift
[ -n "$KIOSK_HOME" ] && KIOSK_HOME="$(unix "$KIOSK_HOME")" && export KIOSK_HOME
for a in "$@"; do set -- "$@" "$(unix "$a")"; shift; done
# NSIS keeps no Unix modes: the frozen Linux tool arrives without its executable bit.
[ -x "$here/ShelterKiosk-tools" ] || chmod +x "$here/ShelterKiosk-tools"
"$here/ShelterKiosk-tools" "$@"
echo "$?" > "$status.tmp" && mv "$status.tmp" "$status"
ADAPTER
  chmod +x "$STAGE/ShelterKiosk-tools-unix.exe"
  makensis -V1 "-DOUTFILE=$STAGE/ShelterKiosk-tools.exe" "$ROOT/build/windows/wine_adapter.nsi"
else
  for exe in "$STAGE/ShelterKiosk.exe" "$STAGE/ShelterKiosk-tools.exe"; do
    [ -f "$exe" ] || { echo "build_installer.sh: $exe missing (a Windows bundle?)" >&2; exit 2; }
  done
  if [ -n "${KIOSK_SIGN_COMMAND:-}" ]; then
    sign "$STAGE/ShelterKiosk.exe"
    sign "$STAGE/ShelterKiosk-tools.exe"
  fi
fi
[ -n "${KIOSK_SIGN_COMMAND:-}" ] || echo "build_installer.sh: KIOSK_SIGN_COMMAND unset: not signed" >&2

mkdir -p "$OUT"
SETUP="$OUT/ShelterKiosk-setup-$VERSION.exe"
args=(-V2 -INPUTCHARSET UTF8 "-DVERSION=$VERSION" "-DPAYLOAD=$STAGE" "-DOUTFILE=$SETUP")
[ -n "${KIOSK_SIGN_COMMAND:-}" ] && args+=("-DSIGN_COMMAND=$KIOSK_SIGN_COMMAND")
[ "$FAST" = 1 ] && args+=("-XSetCompressor /FINAL zlib")
makensis "${args[@]}" "$ROOT/build/windows/installer.nsi"
echo "$SETUP"
