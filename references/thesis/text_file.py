"""Reading a plain-text thesis file safely."""

from __future__ import annotations

from pathlib import Path

from references.errors import InputError
from models.messages import Message, Messages

ThesisErrors = Messages("ThesisErrors")


def read_input_bytes(path: Path, *, name: str | Message | None = None, max_bytes: int | None = None) -> bytes:
    """The bytes of a file the user named, or an InputError saying what is wrong (``name``: how to call it)."""
    shown = name or str(path)
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(ThesisErrors.tr("%1 is larger than %2 MB; nothing was imported.", shown, max_bytes // 2**20))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(ThesisErrors.tr("%1: no such file; nothing was imported.", shown)) from None
    except IsADirectoryError:
        raise InputError(ThesisErrors.tr("%1 is a folder, not a file; nothing was imported.", shown)) from None
    except OSError as exc:
        raise InputError(ThesisErrors.tr("%1 cannot be read: %2; nothing was imported.", shown, exc.strerror)) from None


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path``, or an InputError saying what is wrong and where."""
    data = read_input_bytes(path)
    if b"\x00" in data:  # anywhere, not only near the start
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            ThesisErrors.tr(
                "%1 is not a text file: it holds binary data (a NUL byte on line %2). Nothing was "
                "imported.",
                path, line,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            ThesisErrors.tr(
                "%1 is not UTF-8 text: byte 0x%2 on line %3 (offset %4) cannot be decoded. Save the file "
                "as UTF-8 and try again. Nothing was imported.",
                path, format(data[exc.start], "02x"), line, exc.start,
            )
        ) from None
    if not text.strip():
        raise InputError(ThesisErrors.tr("%1 is empty: there is no text to import.", path))
    return text
