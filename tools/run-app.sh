#!/usr/bin/env bash
# Sets everything up, then opens Silteme (on first start it creates the
# library and imports the bundled thesis). Extra arguments go to `silteme`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: running Silteme on a virtual screen (Xvfb). Close it with Ctrl+C." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/silteme "$@"
fi
exec .venv/bin/silteme "$@"
