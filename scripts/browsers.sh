#!/usr/bin/env bash
# Installs the headless browser the browser tests drive (Debian `chromium`, plus DejaVu for Arabic glyphs),
# unless it is already there.
# Called by `make test`; needs root (or sudo) and Debian's package archive.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
echo "browsers.sh: /usr/bin/chromium is missing; installing Debian's chromium" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
[ -x /usr/bin/chromium ] || { echo "browsers.sh: chromium did not install; browser tests will skip" >&2; exit 1; }
