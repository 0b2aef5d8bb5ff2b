#!/usr/bin/env bash
# Builds the wheel that users install with pipx (or uv tool install):
#   bash tools/build-wheel.sh [OUT]       -> OUT/silteme-<version>-py3-none-any.whl (default dist/)
# The set-up compiles the window's translations (.qm) first, so the wheel
# carries them; everything else it carries is in the packages already.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
bash tools/setup.sh
rm -rf build  # setuptools' staging area: an old one would leak removed files into the wheel
.venv/bin/python -m pip wheel -q --no-deps -w "$out" .
ls "$out"/silteme-*.whl
