"""Opening a .docx: the zip, its parts, and the refusals of what is not one.

A .docx is a zip (OPC package) whose ``[Content_Types].xml`` names a main
document part, found through ``_rels/.rels``. Anything else gets one
sentence that says what the file is instead: a Word 97-2003 .doc or an
encrypted .docx (both OLE compound files), a zip that is not a Word
document, a truncated file, an empty file.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from references.errors import InputError
from models.messages import Messages

WordErrors = Messages("WordErrors")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
# A part bigger than this is not text a thesis has; refuse before lxml reads it.
MAX_PART_BYTES = 512 * 1024 * 1024
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


@dataclass
class DocxPackage:
    """The parts of a .docx as bytes, and the main document part's name."""

    name: str
    data: bytes
    parts: dict[str, bytes]
    main: str  # e.g. "word/document.xml"
    _rels: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def xml(self, part: str) -> etree._Element:
        try:
            return etree.fromstring(self.parts[part], _PARSER)
        except etree.XMLSyntaxError as exc:
            raise InputError(WordErrors.tr(
                    "%1: the part %2 is not well-formed XML (%3); the file is damaged.",
                    self.name, part, exc.msg,
                )) from None

    def related(self, source: str, rel_type_suffix: str) -> str | None:
        """The part that ``source`` links to with a relationship type ending in ``rel_type_suffix``."""
        for _rid, (rtype, target) in self.relationships(source).items():
            if rtype.endswith("/" + rel_type_suffix):
                return target
        return None

    def relationships(self, source: str) -> dict[str, tuple[str, str]]:
        """rId -> (type, target part name) of a part's relationships (internal targets only)."""
        if source not in self._rels:
            folder, base = posixpath.split(source)
            rels_name = posixpath.join(folder, "_rels", base + ".rels")
            found: dict[str, tuple[str, str]] = {}
            if rels_name in self.parts:
                root = self.xml(rels_name)
                for rel in root.iter(f"{{{REL_NS}}}Relationship"):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = rel.get("Target", "")
                    resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                    found[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
            self._rels[source] = found
        return self._rels[source]


def read_docx(path: Path) -> DocxPackage:
    """The package at ``path``, or an ``InputError`` that says why it cannot be one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(WordErrors.tr("%1: no such file.", path)) from None
    except IsADirectoryError:
        raise InputError(WordErrors.tr("%1 is a folder, not a Word document.", path)) from None
    except OSError as exc:
        raise InputError(WordErrors.tr("%1: cannot read it (%2).", path, exc.strerror)) from None
    return open_docx_bytes(data, path.name)


def open_docx_bytes(data: bytes, name: str) -> DocxPackage:
    if not data:
        raise InputError(WordErrors.tr("%1 is empty (0 bytes); it is not a Word document.", name))
    if data.startswith(OLE_MAGIC):
        raise InputError(
            WordErrors.tr(
                "%1 is an encrypted .docx or an old Word 97-2003 .doc; remove the password or save it as "
                "a Word document (.docx) and import that.",
                name,
            )
        )
    if not data.startswith(ZIP_MAGIC):
        raise InputError(WordErrors.tr("%1 is not a Word document (.docx): it is not a zip package.", name))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = _read_parts(archive, name)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile):
        raise InputError(WordErrors.tr("%1 is damaged or truncated: its zip directory cannot be read.", name)) from None
    except (zlib_error(), ValueError, NotImplementedError) as exc:
        raise InputError(WordErrors.tr("%1 is damaged: a part of it cannot be unpacked (%2).", name, exc)) from None
    main = _main_part(parts, name)
    return DocxPackage(name=name, data=data, parts=parts, main=main)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _read_parts(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.file_size > MAX_PART_BYTES:
            raise InputError(WordErrors.tr(
                    "%1: the part %2 is too large (%3 bytes) for a document.",
                    name, info.filename, info.file_size,
                ))
        parts[info.filename] = archive.read(info)
    return parts


def _main_part(parts: dict[str, bytes], name: str) -> str:
    if "[Content_Types].xml" not in parts:
        raise InputError(WordErrors.tr("%1 is a zip file but not a Word document: it has no [Content_Types].xml.", name))
    package = DocxPackage(name=name, data=b"", parts=parts, main="")
    main = None
    for _rid, (rtype, target) in package.relationships("").items():
        if rtype in (OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT):
            main = target
    if main is None or main not in parts:
        raise InputError(WordErrors.tr("%1 is a zip file but not a Word document: it names no main document part.", name))
    root = package.xml("[Content_Types].xml")
    content_type = ""
    for override in root.iter(f"{{{CT_NS}}}Override"):
        if override.get("PartName", "").lstrip("/") == main:
            content_type = override.get("ContentType", "")
    if "wordprocessingml" not in content_type:
        if "spreadsheetml" in content_type:
            problem = WordErrors.tr("%1 is an Office file but a spreadsheet; import a Word document (.docx).", name)
        elif "presentationml" in content_type:
            problem = WordErrors.tr("%1 is an Office file but a presentation; import a Word document (.docx).", name)
        else:
            problem = WordErrors.tr("%1 is an Office file but not a Word document; import a Word document (.docx).", name)
        raise InputError(problem)
    return main
