#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for this project: system packages used by the tests
# (Chromium for the task-pane tests, LibreOffice and openpyxl for the cross-engine tests; LibreOffice
# Writer, poppler-utils and Liberation fonts 2 (metric twin of Times New Roman, with Vietnamese) for
# the Word documents' tests), then npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libreoffice-calc-nogui python3-openpyxl libreoffice-writer-nogui poppler-utils fonts-liberation2)
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)

if [ "${#missing[@]}" -gt 0 ]; then
  sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  echo "Cài gói hệ thống: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
: "${packages[@]}"

npm ci --no-audit --no-fund
