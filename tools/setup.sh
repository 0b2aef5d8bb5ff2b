#!/usr/bin/env bash
# Sets up everything Silteme needs on a Debian machine with Python 3.11:
# the system libraries Qt needs to start and draw (and a font with Kazakh
# letters), then a virtualenv in .venv with the pinned Python packages.
# Safe to run again: it only installs what is missing.
#   tools/setup.sh          the app
#   tools/setup.sh --test   the app and what the tests need (Xvfb, biber, LibreOffice, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# Offscreen Qt needs the first line; a real X window adds the xcb libraries;
# fonts-dejavu-core has the Cyrillic Kazakh letters (ә ғ қ ң ө ұ ү һ і).
apt_packages="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1"
if [ "$want_tests" = 1 ]; then
  # Real clients check our exports: biber reads the .bib, LibreOffice opens the .docx;
  # desktop-file-validate and appstreamcli check the desktop entry and metainfo.
  # Team libraries are tested on a real PostgreSQL server that the tests start
  # themselves (tests/pg_server.py: initdb in a temporary folder, as the
  # postgres user when run as root); psql plays each role in the role tests.
  apt_packages="$apt_packages biber libreoffice-writer-nogui desktop-file-utils appstream postgresql postgresql-client"
fi

if [ "$(id -u)" = 0 ]; then sudo_cmd=""; elif command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else sudo_cmd=""; fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $apt_packages; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
fi
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  if [ "$(id -u)" != 0 ] && [ -z "$sudo_cmd" ]; then
    echo "Please install these Debian packages as root, then run this again:$missing" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    # Debian's own Python keeps venv (ensurepip) in a separate package.
    rm -rf .venv
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    echo "Installing Debian's python${version}-venv"
    ${sudo_cmd-} apt-get update -qq
    ${sudo_cmd-} apt-get install -y -qq --no-install-recommends "python${version}-venv" >/dev/null
    "$python" -m venv .venv
  fi
fi
# Reinstall only when the project's requirements changed.
stamp=.venv/.silteme-installed
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]"
  echo "$want" > "$stamp"
fi
# The window's Kazakh and Russian catalogues: Qt Linguist sources (.ts) -> .qm.
.venv/bin/python -m app.i18n.build release >/dev/null
