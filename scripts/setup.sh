#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for the kiosk: system packages (Python with venv and
# headers, a C compiler for pyscard, the PC/SC stack with the vpcd virtual reader, espeak-ng,
# Xvfb, CJK fonts, Qt runtime libraries) and a Python virtual environment in .venv with the
# project installed in editable mode.
#
# Proven in clean root file systems of Debian 12 and Debian 13 (scripts/prove_fresh_roots.sh),
# as root and as a sudo user, and of Ubuntu 24.04 as root (start.sh). Idempotent: a second
# run installs nothing and changes nothing.
# Needs root, or sudo for apt.
#
# The venv's Python: `python3` unless PYTHON names another interpreter, e.g.
# `PYTHON=/root/.pyenv/versions/3.13.0/bin/python3 scripts/setup.sh` (the way Python 3.12
# and 3.13 were proven: docs/camera.md, "Python versions"). It is read only when .venv is
# made: to change the Python of an existing .venv, remove .venv first.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

# "a|b": the first name the archive has (Debian 13 / Ubuntu 24.04 renamed some libraries
# for the 64-bit time_t transition); installed when any of them is.
# "?name": only when the archive has it (Ubuntu 24.04 ships Chromium only as a snap, which a
# chroot or container cannot install; the one test that drives a browser then skips).
APT_PACKAGES=(
  # Python: the venv module and, for pyscard's build from source, headers and a C compiler
  python3 python3-venv python3-dev gcc libc6-dev ca-certificates
  # PC/SC: the daemon, the virtual reader driver and pcsc-lite headers for pyscard builds
  pcscd libpcsclite1 libpcsclite-dev vsmartcard-vpcd pcsc-tools swig
  # speech: pyttsx3 drives espeak-ng through libespeak-ng on Linux
  espeak-ng libespeak-ng1 sox
  # GUI tests and screenshots: a virtual X server (xvfb-run needs xauth), fonts that hold
  # every script we ship
  xvfb xauth fonts-noto-cjk fonts-noto-core
  # Qt's xcb and offscreen platform plugins; Qt's libraries and lrelease link GSSAPI
  libgssapi-krb5-2 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 'libglib2.0-0t64|libglib2.0-0'
  # OpenCV / dlib runtime
  libopenblas0 liblapack3
  # the phone registration page's real-browser test (tests/webreg/test_browser.py)
  '?chromium' '?chromium-driver'
  # NSIS builds the Windows installer from a stand-in payload (tests/deploy/test_installer.py:
  # the signing hook, the unsigned build's warning); running it under Wine stays opt-in
  '?nsis'
)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "setup: run this as root, or install sudo and give this user sudo rights" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

has_candidate() {
  local candidate
  candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
  [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

missing=()
optional_missing=()
for entry in "${APT_PACKAGES[@]}"; do
  optional=no
  if [ "${entry#\?}" != "$entry" ]; then optional=yes; entry=${entry#\?}; fi
  IFS='|' read -r -a names <<<"$entry"
  have=no
  for name in "${names[@]}"; do
    if installed "$name"; then have=yes; fi
  done
  if [ "$have" = yes ]; then continue; fi
  if [ "$optional" = yes ]; then optional_missing+=("$entry"); else missing+=("$entry"); fi
done
updated=no
if [ ${#missing[@]} -gt 0 ]; then
  "${sudo_cmd[@]}" apt-get update -qq
  updated=yes
fi
# Optional packages the archive lacks are left out without touching apt again (a second run
# settles); on a fresh machine the lists were just updated above.
for entry in "${optional_missing[@]}"; do
  if has_candidate "$entry"; then
    missing+=("$entry")
  else
    echo "setup: $entry is not in this system's package archive: left out"
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$updated" = no ]; then "${sudo_cmd[@]}" apt-get update -qq; fi
  wanted=()
  for entry in "${missing[@]}"; do
    IFS='|' read -r -a names <<<"$entry"
    choice=${names[-1]}
    for name in "${names[@]}"; do
      if has_candidate "$name"; then choice=$name; break; fi
    done
    wanted+=("$choice")
  done
  echo "setup: installing system packages: ${wanted[*]}"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${wanted[@]}"
fi

PY=${PYTHON:-python3}
# A venv is usable when its python runs and has pip. `python3 -m venv` that fails half-way
# (no python3-venv, a full disk, ^C) leaves a .venv without pip that would break every later
# run: such a .venv is removed and made again.
if [ -e .venv ] && ! .venv/bin/python -c 'import pip' >/dev/null 2>&1; then
  echo "setup: .venv is incomplete (a failed earlier set-up): making it again"
  rm -rf .venv
fi
if [ ! -e .venv ]; then
  if ! "$PY" -m venv .venv; then
    rm -rf .venv
    echo "setup: '$PY -m venv' failed (is python3-venv installed?)" >&2
    exit 1
  fi
fi
stamp_inputs=(pyproject.toml)
if [ -f setup.py ]; then stamp_inputs+=(setup.py); fi
stamp=.venv/.installed-$(cat "${stamp_inputs[@]}" | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev,camera]'
  # face_recognition is a test reference only (tests/face/test_parity_with_face_recognition.py:
  # the kiosk calls dlib as it does, with its two model files). It names the source-only
  # "dlib", a long compile; dlib-bin provides the same module prebuilt, so --no-deps.
  .venv/bin/python -m pip install -q --no-deps 'face-recognition==1.3.0'
  # The card-face OCR (see pyproject's "camera" extra for why --no-deps). Its metadata says
  # Python < 3.13, a cap on the versions its author tested, not a need of its code (pure
  # Python; measured on 3.13 in docs/camera.md), hence --ignore-requires-python: with
  # --no-deps and an exact pin it concerns this one wheel only.
  .venv/bin/python -m pip install -q --no-deps --ignore-requires-python \
    'rapidocr-onnxruntime==1.4.4'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# Translations are compiled from translations/*.ts at set-up so a fresh clone runs.
if [ -f scripts/build_translations.py ]; then
  .venv/bin/python scripts/build_translations.py
fi
echo "setup: ready (.venv)"
