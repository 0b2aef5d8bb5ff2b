"""The bundled sample: a Kazakh PhD thesis, its bibliography and source groups.

A new user sees a real thesis on first launch. Everything is read from
``resources/``: the text, the BibTeX bibliography (each entry holds only
what the thesis says about the source, marked incomplete) and the source
groups as the thesis's introduction declares them.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from sqlalchemy.orm import Session

from references.library.bib_import import apply_bib_import, plan_bib_import
from references.bibtex import read_bib_file
from references.library.source_groups import assign_declared_numbers, create_group_tree, load_declaration
from references.thesis.text_import import ImportSummary, import_text
from references.thesis.citation_links import relink_citations
from references.system.progress import Progress, Steps

RESOURCES = Path(str(resources.files("resources")))
SAMPLE_TEXT = RESOURCES / "dissertation-kk.txt"
SAMPLE_BIB = RESOURCES / "bibliography.bib"
SAMPLE_GROUPS = RESOURCES / "source-groups.json"
SAMPLE_TITLE = "Қазақстанның көпвекторлы сыртқы саясаты (PhD диссертация)"


def create_sample_library(session: Session, progress: Progress | None = None) -> ImportSummary:
    """Import the bundled thesis with its references and groups (caller's transaction).

    ``progress`` hears of its five steps (groups, text, bibliography, numbers,
    links); a Cancel between them raises ``Cancelled`` and the caller's
    transaction leaves the library as it was."""
    steps = Steps(progress, 5)
    specs = load_declaration(SAMPLE_GROUPS)
    create_group_tree(session, specs)
    steps.advance()
    summary = import_text(
        session,
        SAMPLE_TEXT.read_text(encoding="utf-8"),
        title=SAMPLE_TITLE,
        source_name=SAMPLE_TEXT.name,
        create_references=False,
    )
    steps.advance()
    result = read_bib_file(SAMPLE_BIB)
    apply_bib_import(session, plan_bib_import(session, result, SAMPLE_BIB.name), document_id=summary.document_id)
    steps.advance()
    assign_declared_numbers(session, specs, summary.document_id)
    steps.advance()
    relink_citations(session, summary.document_id)
    steps.advance()
    return summary
