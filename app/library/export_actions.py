"""What an export produces: plain jobs for the window's worker (no Qt here).

A job reads the selected references in its own session, makes the text
(BibTeX, RIS, CSL-JSON, or a GOST/APA bibliography as HTML or plain text)
and, when a file was chosen, writes it atomically, so a failure leaves no
half-written file. The clipboard is filled on the GUI thread afterwards.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

# The writers (BibTeX, RIS, CSL-JSON, citeproc) load in the export's worker.
if TYPE_CHECKING:
    from references.library.bib_export import ExportSelection


class ExportFormat(StrEnum):
    BIBTEX = "bibtex"
    RIS = "ris"
    CSL_JSON = "csl-json"
    BIBLIOGRAPHY = "bibliography"


class BibliographyStyle(StrEnum):
    GOST = "gost-numeric"
    APA = "apa"


class Output(StrEnum):
    FILE = "file"  # BibTeX, RIS, CSL-JSON
    CLIPBOARD = "clipboard"
    HTML = "html"
    TEXT = "text"


#: The usual file name ending of each kind of output.
SUFFIXES = {
    ExportFormat.BIBTEX: ".bib",
    ExportFormat.RIS: ".ris",
    ExportFormat.CSL_JSON: ".json",
    Output.HTML: ".html",
    Output.TEXT: ".txt",
}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: ExportFormat
    selection: ExportSelection
    style: BibliographyStyle = BibliographyStyle.GOST
    output: Output = Output.FILE
    path: Path | None = None  # None: the clipboard


@dataclass(frozen=True, slots=True)
class ExportResult:
    count: int  # references exported
    text: str
    html: str | None  # the bibliography as HTML, for the clipboard's rich text
    path: Path | None


def export_job(request: ExportRequest) -> Callable[[Session], ExportResult]:
    def job(session: Session) -> ExportResult:
        from references.library.bib_export import declared_encoding, select_references
        from references.storage.safe_write import write_bytes_atomically

        count = len(select_references(session, request.selection))
        text, rich = _content(session, request) if count else ("", None)
        if request.path is not None and count:
            # A .bib file goes back in the encoding its "% Encoding:" line declares.
            encoding = (declared_encoding(text) or "utf-8") if request.format is ExportFormat.BIBTEX else "utf-8"
            write_bytes_atomically(request.path, text.encode(encoding))
        return ExportResult(count, text, rich, request.path)

    return job


def _content(session: Session, request: ExportRequest) -> tuple[str, str | None]:
    from references.library.bib_export import export_bib_file
    from references.library.exchange_records import export_csl_json, export_ris, formatted_bibliography

    selection = request.selection
    if request.format is ExportFormat.BIBTEX:
        return export_bib_file(session, selection).text, None
    if request.format is ExportFormat.RIS:
        return export_ris(session, selection), None
    if request.format is ExportFormat.CSL_JSON:
        return json.dumps(export_csl_json(session, selection), ensure_ascii=False, indent=2) + "\n", None
    entries_html = formatted_bibliography(session, selection, request.style, True)
    fragment = "\n".join(f"<p>{entry}</p>" for entry in entries_html)
    if request.output is Output.HTML:
        return _html_page(fragment, request.style), fragment
    entries = formatted_bibliography(session, selection, request.style, False)
    return "\n".join(entries) + "\n", fragment


def _html_page(fragment: str, style: BibliographyStyle) -> str:
    title = {BibliographyStyle.GOST: "GOST R 7.0.100-2018", BibliographyStyle.APA: "APA 7"}[style]
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )
