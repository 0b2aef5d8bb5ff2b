"""What every subcommand shares: opening the library named by --db."""

from __future__ import annotations

import argparse
import json
import sys

from models.db import Library
from references.library import open_or_create


def library_from(args: argparse.Namespace, *, seed: bool | None = None) -> Library:
    """The library named by --db. The per-user library gets the bundled sample
    on its first start; a library file named with --db starts empty for
    scripting, unless ``seed`` says otherwise (the window always seeds)."""
    return open_or_create(args.db, seed=args.db is None if seed is None else seed)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
