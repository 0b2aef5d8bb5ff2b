"""The entry point PyInstaller freezes (tools/build-bundle.sh): `silteme` itself."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
