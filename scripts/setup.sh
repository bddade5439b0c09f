#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for this project: system packages used by the tests
# (Chromium for the task-pane tests, LibreOffice and openpyxl for the cross-engine tests), then npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libreoffice-calc-nogui python3-openpyxl)
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)

if [ "${#missing[@]}" -gt 0 ]; then
  sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  echo "Cài gói hệ thống: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
: "${packages[@]}"

npm ci --no-audit --no-fund
