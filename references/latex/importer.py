"""Importing a LaTeX project: the thesis from its .tex files, the library from its .bib files.

One transaction: the project's files are read and checked first (a missing
file, a circular inclusion, unbalanced braces or an undecodable file stops
everything before the library is touched); then the .bib files are imported
as ``import-bib`` imports them (every entry, byte for byte, problems reported
with line numbers), numbered in the bibliography's order, and the text is
stored with a marker for every citing command, tied to its keys.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import Block, Document, LatexFile, LatexProject, Reference, Section
from references.storage.backups import Reason, backup_before
from references.thesis.text_map import document_text
from references.thesis.citation_links import relink_citations
from references.review.revision import reanchor_annotations
from references.library.bib_import import apply_bib_import, plan_bib_import
from references.bibtex import BibParseResult, plain_value, read_bib_file, split_names
from references.bibtex.model import BlockKind, ProblemKind
from references.errors import InputError
from references.thesis.text_import import store_parsed
from references.latex.bibliography import BibliographyPlan, plan_bibliography, sort_key
from references.latex.body import ScannedBody, scan_body
from references.latex.render import CiteRecord, WorkLabel, render_document
from references.latex.sources import Project, SourceFile, read_project
from references.text.structure import ParsedDocument
from models.messages import Messages

LatexErrors = Messages("LatexErrors")

RANGE_DASH = "–"


@dataclass(frozen=True)
class LatexImportSummary:
    document_id: int
    title: str
    files: int
    sections: int
    blocks: int
    claims: int
    citations: int
    references_added: int
    references_matched: int
    order: str
    order_reason: str
    bib_problems: tuple[str, ...] = ()
    dangling: tuple[str, ...] = ()
    uncited: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    revised: bool = False
    annotations: dict[str, int] = field(default_factory=dict)


@dataclass
class ReadProject:
    """Everything read from disk and parsed, before the library is touched."""

    project: Project
    body: ScannedBody
    plan: BibliographyPlan
    bibs: list[tuple[SourceFile, BibParseResult]]


def read_latex(main: Path) -> ReadProject:
    project = read_project(main)
    body = scan_body(project)
    plan = plan_bibliography(project)
    bibs = []
    for relative in plan.files:
        path = project.root / relative
        try:
            data = path.read_bytes()
        except OSError:
            raise InputError(
                LatexErrors.tr(
                    "%1 (named by \\bibliography or \\addbibresource in %2) does not exist or cannot be read; "
                    "nothing was imported.",
                    relative, project.main,
                )
            ) from None
        result = read_bib_file(path)
        if any(p.kind is ProblemKind.NOT_BIBTEX for p in result.problems):
            raise InputError(LatexErrors.tr("%1 (named in %2): %3", relative, project.main, result.problems[0].message))
        encoding = result.encoding or "utf-8"
        source = SourceFile(relative, data, encoding, data.decode(encoding, errors="replace"), "bib")
        project.files[relative] = source
        bibs.append((source, result))
    if not body.blocks:
        raise InputError(LatexErrors.tr(
                "No text was found in %1 and the files it includes; nothing was imported.",
                project.main,
            ))
    return ReadProject(project, body, plan, bibs)


def import_latex(
    session: Session, main: Path, title: str | None = None, *, as_new: bool = False
) -> LatexImportSummary:
    """Import the project whose main file is ``main`` (caller's transaction).

    A project imported before (the same main file in the same folder) is a
    revision: its document keeps its id, references and annotations; the
    text is replaced and every annotation re-anchored, as ``revise`` does.
    ``as_new`` imports it as another document instead.
    """
    read = read_latex(main)
    earlier = None if as_new else session.scalar(
        select(LatexProject).where(LatexProject.root == str(read.project.root), LatexProject.main == read.project.main)
    )
    if earlier is not None:
        return _revise(session, earlier, read, title)
    project, body = read.project, read.body
    document = Document(
        title=title or body.title or Path(project.main).stem,
        source_name=project.main,
        source_sha256=hashlib.sha256(project.files[project.main].data).hexdigest(),
        language=thesis_language(project.masked),
        range_dash=RANGE_DASH,
    )
    session.add(document)
    session.flush()
    added, matched, problems, key_refs = _import_bibs(session, read, document.id)
    numbers, dangling, uncited = _number(session, read, document.id, key_refs)
    labels = _labels(session, key_refs)
    parsed, records = render_document(body, numbers, labels, RANGE_DASH)
    store_parsed(session, document, parsed)
    _keep_project(session, read, document.id, records, numbers, key_refs, dangling, [b.text for b in parsed.blocks])
    return _summary(document, read, parsed, added, matched, problems, dangling, uncited)


_BABEL = re.compile(r"\\usepackage\s*\[([^\]]*)\]\s*\{babel\}")
_POLYGLOSSIA = re.compile(r"\\setmainlanguage\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_LANGUAGES = {"kazakh": "kk", "russian": "ru", "english": "en", "british": "en", "american": "en",
              "ukrainian": "uk", "german": "de", "ngerman": "de", "french": "fr", "turkish": "tr"}


def thesis_language(preamble: str) -> str:
    """The main language the preamble sets (babel's last option, polyglossia's main language)."""
    main = _POLYGLOSSIA.search(preamble)
    if main:
        return _LANGUAGES.get(main.group(1).strip().lower(), "en")
    babel = _BABEL.search(preamble)
    if babel:
        options = [o.strip().lower() for o in babel.group(1).split(",") if o.strip()]
        for option in reversed(options):
            if option.startswith("main="):
                return _LANGUAGES.get(option[5:], "en")
        for option in reversed(options):
            if option in _LANGUAGES:
                return _LANGUAGES[option]
    return "en"


def _revise(session: Session, earlier: LatexProject, read: ReadProject, title: str | None) -> LatexImportSummary:
    document = session.get(Document, earlier.document_id)
    assert document is not None
    backup_before(session, Reason.REVISION_IMPORT)
    old_text = document_text(session, document.id)
    added, matched, problems, key_refs = _import_bibs(session, read, document.id)
    numbers, dangling, uncited = _number(session, read, document.id, key_refs)
    parsed, records = render_document(read.body, numbers, _labels(session, key_refs), document.range_dash)
    session.execute(delete(Block).where(Block.document_id == document.id))
    session.execute(delete(Section).where(Section.document_id == document.id))
    session.delete(earlier)
    session.flush()
    session.expire(document)
    if title:
        document.title = title
    document.source_sha256 = hashlib.sha256(read.project.files[read.project.main].data).hexdigest()
    store_parsed(session, document, parsed)
    relink_citations(session, document.id)
    _keep_project(session, read, document.id, records, numbers, key_refs, dangling, [b.text for b in parsed.blocks])
    counts = reanchor_annotations(session, document.id, document_text(session, document.id), old_text=old_text)
    return _summary(document, read, parsed, added, matched, problems, dangling, uncited, annotations=counts)


def _summary(
    document: Document,
    read: ReadProject,
    parsed: ParsedDocument,
    added: int,
    matched: int,
    problems: list[str],
    dangling: list[str],
    uncited: list[str],
    *,
    annotations: dict[str, int] | None = None,
) -> LatexImportSummary:
    return LatexImportSummary(
        document_id=document.id,
        title=document.title,
        files=sum(1 for f in read.project.files.values() if f.role == "tex"),
        sections=len(parsed.sections),
        blocks=len(parsed.blocks),
        claims=sum(len(b.claims) for b in parsed.blocks),
        citations=sum(len(b.citations) for b in parsed.blocks),
        references_added=added,
        references_matched=matched,
        order=read.plan.order,
        order_reason=read.plan.reason,
        bib_problems=tuple(problems),
        dangling=tuple(dangling),
        uncited=tuple(uncited),
        warnings=tuple(read.body.warnings),
        revised=annotations is not None,
        annotations=annotations or {},
    )


def _import_bibs(
    session: Session, read: ReadProject, document_id: int
) -> tuple[int, int, list[str], dict[str, int]]:
    """Import every .bib file (and ``\\bibitem`` entries); the reference id of each key of theirs."""
    added = matched = 0
    problems: list[str] = []
    key_refs: dict[str, int] = _bibitem_references(session, read, document_id)
    added += len(key_refs)
    for source, result in read.bibs:
        plan = plan_bib_import(session, result, source.path)
        summary = apply_bib_import(session, plan, document_id=document_id)
        added += summary.added
        matched += summary.matched
        problems += [f"{source.path}:{p.line}: {p.kind}: {p.message}" for p in result.problems]
        stored = dict(
            session.execute(
                select(StoredBlock.position, StoredBlock.reference_id).where(StoredBlock.source_id == summary.source_id)
            ).all()
        )
        for position, block in enumerate(result.blocks):
            if block.kind is BlockKind.ENTRY and block.key and stored.get(position) is not None:
                key_refs.setdefault(block.key, stored[position])  # type: ignore[arg-type]
    return added, matched, problems, key_refs


def _bibitem_references(session: Session, read: ReadProject, document_id: int) -> dict[str, int]:
    """A reference for each ``\\bibitem`` of the thesis's own bibliography, its text kept as a note.

    They are incomplete (a person completes them, as for a plain-text
    thesis); a key the library already has is linked, not copied.
    """
    refs: dict[str, int] = {}
    taken = dict(session.execute(select(Reference.key, Reference.id)).all())
    for item in read.body.bibitems:
        if item.key in refs:
            continue
        if item.key in taken:
            refs[item.key] = taken[item.key]
            continue
        text = item.text.replace("{", "(").replace("}", ")")
        ref = Reference(document_id=document_id, key=item.key, entry_type="misc",
                        fields=[["note", "{" + text + "}"]], raw=None, modified=True, complete=False,
                        title=text[:500])
        session.add(ref)
        session.flush()
        refs[item.key] = ref.id
    return refs


def cited_keys(read: ReadProject) -> list[str]:
    """Every key the thesis cites, in order of first citation (``\\nocite{*}``: all entries there)."""
    all_keys = [b.key for _, r in read.bibs for b in r.blocks if b.kind is BlockKind.ENTRY and b.key]
    order: dict[str, None] = {}
    for use in sorted(read.body.cites, key=lambda u: u.command.start):
        for key in use.command.keys:
            if key == "*" and use.command.nocite:
                order.update(dict.fromkeys(all_keys))
            else:
                order.setdefault(key)
    return list(order)


def _number(
    session: Session, read: ReadProject, document_id: int, key_refs: dict[str, int]
) -> tuple[dict[str, int], list[str], list[str]]:
    """Give the document's references their numbers; the number of every cited key."""
    cited = cited_keys(read)
    own = dict(
        session.execute(select(Reference.id, Reference.document_id).where(Reference.id.in_(list(key_refs.values())))).all()
    )
    usable = {k: r for k, r in key_refs.items() if own.get(r) in (document_id, None)}
    dangling = [k for k in cited if k not in usable and k != "*"]
    uncited = [k for k in key_refs if k not in set(cited) and k in usable]
    if read.plan.order == "list":
        listed = [item.key for item in read.body.bibitems if item.key in usable]
        ordered = list(dict.fromkeys(listed)) + [k for k in uncited if k not in listed] + dangling
    elif read.plan.by_citation:
        # A key missing from the .bib keeps its place in the order, so the
        # numbers after it stay in citation order; its number has no entry.
        ordered = [k for k in cited if k != "*"] + uncited
    else:
        refs = {r.id: r for r in session.scalars(select(Reference).where(Reference.id.in_(list(usable.values()))))}

        def key_of(k: str) -> tuple[str, ...]:
            ref = refs[usable[k]]
            return sort_key(read.plan.order, ref.authors, ref.title, ref.year)

        ordered = sorted((k for k in cited if k in usable), key=key_of) + sorted(uncited, key=key_of) + dangling
    session.execute(update(Reference).where(Reference.document_id == document_id).values(number=None))
    session.flush()
    numbers: dict[str, int] = {}
    for number, key in enumerate(ordered, start=1):
        numbers[key] = number
        if key not in usable:
            continue
        ref = session.get(Reference, usable[key])
        assert ref is not None
        ref.document_id = document_id
        ref.number = number
    session.flush()
    return numbers, dangling, uncited


def _labels(session: Session, key_refs: dict[str, int]) -> dict[str, WorkLabel]:
    refs = {r.id: r for r in session.scalars(select(Reference).where(Reference.id.in_(list(key_refs.values()))))}
    labels: dict[str, WorkLabel] = {}
    for key, ref_id in key_refs.items():
        ref = refs.get(ref_id)
        if ref is None:
            continue
        labels[key] = WorkLabel(_short_authors(ref), ref.year, ref.title)
    return labels


def _short_authors(ref: Reference) -> str:
    raw = ref.field("author") or ref.field("editor") or ""
    try:
        names = [n for n in split_names(raw) if not n.is_others]
    except (ValueError, IndexError):
        return ref.authors
    lasts = [" ".join(p for p in (n.von, n.last) if p) or n.first for n in names]
    if not lasts:
        return plain_value(raw, None, "author") if raw else ""
    if len(lasts) == 1 and len(names) == len(split_names(raw)):
        return lasts[0]
    if len(lasts) == 2 and len(names) == len(split_names(raw)):
        return f"{lasts[0]} and {lasts[1]}"
    return f"{lasts[0]} et al."


def _keep_project(
    session: Session,
    read: ReadProject,
    document_id: int,
    records: list[CiteRecord],
    numbers: dict[str, int],
    key_refs: dict[str, int],
    dangling: list[str],
    texts: list[str],
) -> LatexProject:
    project = read.project
    blocks = []
    for raw, text in zip(read.body.blocks, texts, strict=True):
        file, start = project.locate(raw.flat_start)
        end_file, end = project.locate(max(raw.flat_start, raw.flat_end - 1))
        same = file is not None and end_file == file
        regions = [list(r) for a, b in raw.regions for r in project.spans(a, b)]
        blocks.append({"text": text, "file": file if same else None, "start": start, "end": end + 1,
                       "regions": regions})
    versions = dict(
        session.execute(select(Reference.id, Reference.version).where(Reference.id.in_(list(key_refs.values())))).all()
    )
    citations = []
    for record in records:
        command = read.body.cites[record.use].command
        file, start = project.locate(command.start)
        end_file, end = project.locate(command.end - 1)
        if file is None or end_file != file:
            continue
        citations.append({
            "block": record.block, "text_start": record.text_start, "text_end": record.text_end,
            "marker_start": record.marker_start, "marker_end": record.marker_end,
            "file": file, "start": start, "end": end + 1, "keys": command.keys, "command": command.name,
        })
    stored = LatexProject(
        document_id=document_id,
        main=project.main,
        root=str(project.root),
        layout={
            "order": read.plan.order,
            "order_reason": read.plan.reason,
            "bib_files": list(read.plan.files),
            "citations": citations,
            "blocks": blocks,
            "dangling": {str(numbers[k]): k for k in dangling},
            "reference_versions": {str(k): v for k, v in versions.items()},
            "keys": key_refs,
        },
    )
    for position, source in enumerate(project.files.values()):
        stored.files.append(
            LatexFile(position=position, path=source.path, role=source.role, encoding=source.encoding,
                      sha256=hashlib.sha256(source.data).hexdigest(), data=source.data)
        )
    session.add(stored)
    session.flush()
    return stored
