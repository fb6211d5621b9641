#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing
# (Playwright's own browser download does not work on these machines).
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
echo "chromium not found: installing Debian's chromium package…"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
