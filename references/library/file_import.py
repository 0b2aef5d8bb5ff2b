"""One way in for every file format: detect it, read it, plan the import as for BibTeX.

``plan_file`` gives the same ``BibImportPlan`` for a .bib, RIS, CSL-JSON,
CSL-YAML, EndNote XML, PubMed, Web of Science or Zotero RDF file, so the
command line and the window's problems-and-preview dialog treat them all
alike and ``apply_bib_import`` writes any of them in one transaction.
A file that is not what the command expects is refused with a sentence
that says what it is.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from references.library.bib_import import BibImportPlan, plan_bib_file, plan_bib_import
from references.bibtex.model import ProblemKind
from references.errors import InputError
from references.interchange.readers import FileFormat, as_bib_result, detect_format, read_items
from references.thesis.text_file import read_text_file
from models.messages import Messages

InterchangeErrors = Messages("InterchangeErrors")

# The command that imports each format, for messages that point the way.
COMMANDS = {
    FileFormat.BIBTEX: "import-bib",
    FileFormat.RIS: "import-ris",
    FileFormat.CSL_JSON: "import-csl-json",
    FileFormat.CSL_YAML: "import-csl-json",
    FileFormat.ENDNOTE_XML: "import-endnote-xml",
    FileFormat.PUBMED: "import-pubmed",
    FileFormat.WOS: "import-wos",
    FileFormat.ZOTERO_RDF: "import-zotero-rdf",
}


def file_format(path: Path) -> FileFormat:
    """What kind of file ``path`` is, from its first bytes (BibTeX when it cannot tell)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except FileNotFoundError:
        raise InputError(InterchangeErrors.tr("%1: no such file.", path)) from None
    except IsADirectoryError:
        raise InputError(InterchangeErrors.tr("%1 is a folder, not a file of references.", path)) from None
    except OSError as exc:
        raise InputError(InterchangeErrors.tr("%1 cannot be read: %2.", path, exc.strerror)) from None
    text = head.decode("utf-8", errors="replace")
    kind = detect_format(text)
    if kind is FileFormat.CSL_JSON or (kind is FileFormat.UNKNOWN and text.lstrip("\ufeff \r\n\t")[:1] in "[{"):
        # JSON needs the whole text to be told from other JSON
        kind = detect_format(path.read_bytes().decode("utf-8", errors="replace"))
    return kind


def plan_file(session: Session, path: Path, expected: FileFormat | None = None) -> BibImportPlan:
    """Plan importing ``path``; ``expected`` refuses a file of another format."""
    kind = file_format(path)
    if expected is not None and kind not in (expected, FileFormat.UNKNOWN):
        same_family = {expected, kind} <= {FileFormat.CSL_JSON, FileFormat.CSL_YAML}
        if not same_family:
            raise InputError(
                InterchangeErrors.tr(
                    "%1 is a %2 file, not %3; import it with `silteme %4` (or `silteme import`, which tells "
                    "the format itself). Nothing was imported.",
                    path.name, kind, expected, COMMANDS[kind],
                )
            )
    if kind in (FileFormat.BIBTEX, FileFormat.UNKNOWN):
        plan = plan_bib_file(session, path)
        not_bibtex = [p for p in plan.problems if p.kind is ProblemKind.NOT_BIBTEX]
        if not_bibtex and not plan.result.entries:
            raise InputError(InterchangeErrors.tr("%1: %2 Nothing was imported.", path.name, not_bibtex[0].message))
        return plan
    read = read_items(read_text_file(path), kind)
    plan = plan_bib_import(session, as_bib_result(read), path.name)
    plan.format = str(kind)
    return plan


__all__ = ["COMMANDS", "file_format", "plan_file"]
