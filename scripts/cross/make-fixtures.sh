#!/bin/sh
# Regenerates the fixtures under test/fixtures/returned/{openpyxl,libreoffice}/ and their manifest
# entries in expected.json (the READER's manifest; other entries are kept). Not run in CI: the files are committed, so tests never depend on the
# versions of LibreOffice or openpyxl installed. Needs (Debian):
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-openpyxl python3-uno
# Usage: scripts/cross/make-fixtures.sh     (from anywhere; builds the CLI first)
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
npm run --silent build:cli
rm -f test/fixtures/returned/openpyxl/* test/fixtures/returned/libreoffice/*
/usr/bin/python3 scripts/cross/make_fixtures.py
