"""Converting with LibreOffice, when it is installed (``soffice --headless``).

An OpenDocument text (.odt) is imported by converting it to .docx first.
Each conversion runs with a private, temporary LibreOffice profile, so it
works while the user has LibreOffice open and leaves nothing behind.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from references.errors import InputError
from references.system.programs import find_program
from models.messages import Messages

WordErrors = Messages("WordErrors")

TIMEOUT_SECONDS = 300


def soffice() -> str | None:
    """LibreOffice's program: on PATH, or where its installers put it on Windows, macOS and Linux."""
    found = find_program("libreoffice")
    return str(found) if found is not None else None


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """``source`` converted to ``target_format`` (e.g. "docx", "odt", "pdf") in ``out_dir``."""
    program = soffice()
    if program is None:
        raise InputError(
            WordErrors.tr(
                "%1: opening OpenDocument files needs LibreOffice, which is not installed; install it "
                "(Debian: libreoffice-writer) or save the file as .docx in your word processor.",
                source.name,
            )
        )
    with tempfile.TemporaryDirectory(prefix="silteme-lo-") as profile:
        try:
            result = subprocess.run(  # noqa: S603 - a fixed program and our own arguments
                [program, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                 "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
                capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False,
            )
        except subprocess.TimeoutExpired:
            raise InputError(WordErrors.tr(
                    "%1: LibreOffice did not finish converting it within %2 seconds.",
                    source.name, TIMEOUT_SECONDS,
                )) from None
        except OSError as exc:
            raise InputError(WordErrors.tr("%1: LibreOffice could not be started (%2).", source.name, exc.strerror)) from None
    produced = out_dir / (source.stem + "." + target_format.split(":")[0])
    if result.returncode != 0 or not produced.exists():
        raise InputError(WordErrors.tr(
                "%1: LibreOffice could not convert it to %2 (is it a valid document?).",
                source.name, target_format,
            ))
    return produced
