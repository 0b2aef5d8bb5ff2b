"""Reading a plain-text thesis file safely."""

from __future__ import annotations

from pathlib import Path

from references.errors import InputError


def read_input_bytes(path: Path, *, name: str | None = None, max_bytes: int | None = None) -> bytes:
    """The bytes of a file the user named, or an InputError saying what is wrong (``name``: how to call it)."""
    shown = name or str(path)
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"{shown} is larger than {max_bytes // 2**20} MB; nothing was imported.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file; nothing was imported.") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a folder, not a file; nothing was imported.") from None
    except OSError as exc:
        raise InputError(f"{shown} cannot be read: {exc.strerror}; nothing was imported.") from None


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path``, or an InputError saying what is wrong and where."""
    data = read_input_bytes(path)
    if b"\x00" in data:  # anywhere, not only near the start
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            f"{path} is not a text file: it holds binary data (a NUL byte on line {line}). Nothing was imported."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path} is not UTF-8 text: byte 0x{data[exc.start]:02x} on line {line} "
            f"(offset {exc.start}) cannot be decoded. Save the file as UTF-8 and try again. "
            "Nothing was imported."
        ) from None
    if not text.strip():
        raise InputError(f"{path} is empty: there is no text to import.")
    return text
