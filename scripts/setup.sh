#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for the kiosk: system packages (PC/SC stack with the
# vpcd virtual reader, espeak-ng, Xvfb, CJK fonts, Qt runtime libraries) and a Python virtual
# environment in .venv with the project installed in editable mode.
#
# Idempotent: re-running only installs what is missing. Needs root (or sudo) for apt.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

APT_PACKAGES=(
  # PC/SC: the daemon, the virtual reader driver and pcsc-lite headers for pyscard builds
  pcscd libpcsclite1 libpcsclite-dev vsmartcard-vpcd pcsc-tools swig
  # speech: pyttsx3 drives espeak-ng through libespeak-ng on Linux
  espeak-ng libespeak-ng1 sox
  # GUI tests and screenshots: a virtual X server, fonts that hold every script we ship
  xvfb fonts-noto-cjk fonts-noto-core
  # Qt's xcb and offscreen platform plugins
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0
  # OpenCV / dlib runtime
  libopenblas0 liblapack3
)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # face_recognition declares a dependency on the source-only "dlib" package, which takes
  # a long compile; dlib-bin provides the same module prebuilt, so install it --no-deps.
  .venv/bin/python -m pip install -q -e '.[dev]'
  .venv/bin/python -m pip install -q --no-deps 'face-recognition==1.3.0'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# Translations are compiled from translations/*.ts at set-up so a fresh clone runs.
if [ -f scripts/build_translations.py ]; then
  .venv/bin/python scripts/build_translations.py
fi
echo "setup: ready (.venv)"
