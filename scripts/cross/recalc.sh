#!/bin/sh
# Recalculate workbooks with LibreOffice Calc (headless) and save them as .xlsx, all in ONE soffice run.
#
# Usage: scripts/cross/recalc.sh OUT_DIR FILE.xlsx...   [FORMAT=xlsx|xls|ods, default xlsx]
#        FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' scripts/cross/recalc.sh ...
#        (any --convert-to argument; with a CSV sheet number LibreOffice names outputs <base>-<sheet>.csv)
# Each FILE is written to OUT_DIR/<basename>.<ext> (basenames must be distinct; OUT_DIR must not be
# the input folder). A fresh private profile (-env:UserInstallation) makes runs independent and safe
# to run in parallel; in it, "recalculate on load: always" is set for OOXML and ODF, so cached values
# written by another program are never kept: LibreOffice computes every formula itself.
# Exits non-zero when soffice is missing, fails, or an expected output file is absent (plain
# `soffice --convert-to` runs sharing the default profile silently drop files when run in parallel).
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUT_DIR FILE..." >&2
  exit 64
fi
out_dir=$1
shift
format=${FORMAT:-xlsx}
if [ -n "${FILTER:-}" ]; then
  filter=$FILTER
  format=${FILTER%%:*}
else
case "$format" in
  xlsx) filter='xlsx:Calc MS Excel 2007 XML' ;;
  xls) filter='xls:MS Excel 97' ;;
  ods) filter='ods:calc8' ;;
  *) echo "unknown FORMAT $format" >&2; exit 64 ;;
esac
fi

soffice_bin=${SOFFICE:-$(command -v soffice || true)}
if [ -z "$soffice_bin" ]; then
  echo "soffice not found (apt-get install -y --no-install-recommends libreoffice-calc-nogui)" >&2
  exit 127
fi

mkdir -p "$out_dir"
profile=$(mktemp -d "${TMPDIR:-/tmp}/xhcntt-lo-XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM
mkdir -p "$profile/user"
# OOXMLRecalcMode / ODFRecalcMode: 0 = always recalculate, 1 = never, 2 = ask.
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU

# HOME too: soffice may touch ~/.config even with a private profile.
HOME="$profile" "$soffice_bin" -env:UserInstallation="file://$profile" --headless --norestore --nologo \
  --nolockcheck --convert-to "$filter" --outdir "$out_dir" "$@" > "$profile/soffice.log" 2>&1 || {
  cat "$profile/soffice.log" >&2
  exit 1
}

ext=${format}
missing=0
for f in "$@"; do
  base=$(basename "$f")
  target="$out_dir/${base%.*}.$ext"
  # A CSV of one chosen sheet is named <base>-<sheet>.csv.
  if [ ! -s "$target" ] && ! ls "$out_dir/${base%.*}-"*".$ext" >/dev/null 2>&1; then
    echo "LibreOffice wrote no $target" >&2
    missing=1
  fi
done
if [ "$missing" -ne 0 ]; then
  cat "$profile/soffice.log" >&2
  exit 1
fi
