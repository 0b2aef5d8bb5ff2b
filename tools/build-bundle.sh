#!/usr/bin/env bash
# Builds a one-folder bundle of Silteme with PyInstaller: dist/bundle/silteme/
# (or OUT/silteme/), whose `silteme` (silteme.exe on Windows) runs without
# Python installed.
#   bash tools/build-bundle.sh [OUT]
# Uses the project's .venv (tools/setup.sh makes it) and adds PyInstaller to it.
# On Windows and macOS run the same steps with that platform's Python; the
# bundle is built for the platform it is built on.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-$root/dist/bundle}
mkdir -p "$out"
out=$(cd "$out" && pwd)

bash tools/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[bundle]"
fi

sep=":"
extra=()
# The team library's driver is imported by name at run time, so name it.
if .venv/bin/python -c "import psycopg" 2>/dev/null; then
  extra+=(--hidden-import sqlalchemy.dialects.postgresql.psycopg --collect-submodules psycopg)
fi

.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --name silteme --onedir \
  --distpath "$out" --workpath "$out/.build" --specpath "$out/.build" \
  --icon "$root/resources/icons/silteme-256.png" \
  --collect-data resources \
  --collect-data app \
  --collect-data citeproc \
  --add-data "$root/models/migrations${sep}models/migrations" \
  --collect-submodules app.commands \
  --collect-submodules sqlalchemy.dialects.sqlite \
  --copy-metadata silteme \
  "${extra[@]}" \
  "$root/tools/bundle_entry.py"

rm -rf "$out/.build"
size=$(du -sh "$out/silteme" | cut -f1)
echo "Built $out/silteme ($size); run: $out/silteme/silteme"
