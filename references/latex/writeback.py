"""Writing a LaTeX thesis back: only the citing commands that changed are rewritten.

The project's files were stored byte for byte when it was imported, with
where each citing command stands in them and where its marker stood in the
text. To write back, each block's text now is compared with its text then:

- a marker in a stretch that did not change leaves its command as written;
- a marker that now cites other references gets its key argument rewritten
  (command, star, prenote and postnote kept);
- a marker that is gone takes its command (and the ``~`` or space before
  it) out of the source;
- a marker that is new is written as a citing command after the word it
  follows in the text, in the command the thesis uses most.

Every other byte of every file is the byte that was imported, so a project
imported and written back unchanged is identical file by file. The .bib
files are written as imported unless one of their entries was edited (or
deleted) in Silteme; then the file is written again with the edited
entries from their fields, every other block as it was.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import BibBlock, BibSource, Block, Citation, CitationTarget, LatexProject, Reference
from references.bibtex import format_entry
from references.errors import InputError, NotFoundError
from references.storage.safe_write import write_bytes_atomically
from references.latex.cites import COMMANDS, read_cite
from models.messages import Messages

LatexErrors = Messages("LatexErrors")

# Letters only: "case¹" (a footnote mark) ends in the word "case".
_LETTER = "[^\\W\\d_\u00b2\u00b3\u00b9\u2070-\u209f]"
_WORD = re.compile(f"{_LETTER}+")


@dataclass
class WriteBack:
    """What writing the project back would write: each file's bytes and what changed in it."""

    files: dict[str, bytes] = field(default_factory=dict)  # path -> bytes, in the project's order
    changed: dict[str, list[str]] = field(default_factory=dict)  # path -> one line per change
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str
    note: str


def latex_project(session: Session, document_id: int) -> LatexProject:
    project = session.scalar(
        select(LatexProject).where(LatexProject.document_id == document_id).options(selectinload(LatexProject.files))
    )
    if project is None:
        raise NotFoundError(LatexErrors.tr(
                "Document %1 was not imported from a LaTeX project; there is nothing to write back.",
                document_id,
            ))
    return project


def plan_write_back(session: Session, document_id: int) -> WriteBack:
    project = latex_project(session, document_id)
    layout = project.layout
    edits = _citation_edits(session, document_id, layout)
    result = WriteBack()
    bib_files = set(layout.get("bib_files", []))
    for stored in project.files:
        if stored.role == "bib" or stored.path in bib_files:
            data, notes = _bib_file(session, document_id, stored.path, stored.data, stored.encoding, layout)
        else:
            file_edits = sorted(edits.get(stored.path, []), key=lambda e: e.start)
            data, notes = _apply(stored.data, stored.encoding, file_edits)
        result.files[stored.path] = data
        if notes:
            result.changed[stored.path] = notes
    return result


def export_latex(session: Session, document_id: int, folder: Path) -> WriteBack:
    """Write the project into ``folder`` (made if missing); each file atomically."""
    plan = plan_write_back(session, document_id)
    library = _library_file(session)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(LatexErrors.tr("%1 is a file; name a folder to write the LaTeX project into.", folder))
    targets: dict[str, Path] = {}
    for relative in plan.files:
        if PurePosixPath(relative).is_absolute() or ".." in PurePosixPath(relative).parts:
            plan.skipped.append(relative)
            continue
        target = folder / relative
        if library is not None and target.resolve() == library:
            raise InputError(LatexErrors.tr("%1 is the library itself; choose another folder. Nothing was written.", target))
        targets[relative] = target
    for relative, target in targets.items():
        if target.is_file() and _same_bytes(target, plan.files[relative]):
            continue  # written back into the project's own folder: untouched files keep their dates
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(LatexErrors.tr("Cannot make the folder %1: %2.", target.parent, exc.strerror)) from None
        write_bytes_atomically(target, plan.files[relative])
    return plan


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _library_file(session: Session) -> Path | None:
    url = session.get_bind().url
    return Path(url.database).resolve() if url.get_backend_name() == "sqlite" and url.database else None


# -- citations -------------------------------------------------------------------


def _citation_edits(session: Session, document_id: int, layout: dict[str, Any]) -> dict[str, list[_Edit]]:
    blocks = {
        b.position: b
        for b in session.scalars(
            select(Block).where(Block.document_id == document_id).options(
                selectinload(Block.citations).selectinload(Citation.targets).selectinload(CitationTarget.reference)
            )
        )
    }
    dangling = {int(n): k for n, k in layout.get("dangling", {}).items()}
    by_block: dict[int, list[dict[str, Any]]] = {}
    for record in layout.get("citations", []):
        by_block.setdefault(record["block"], []).append(record)
    command = _usual_command(session, layout)
    edits: dict[str, list[_Edit]] = {}
    for position, original in enumerate(layout.get("blocks", [])):
        block = blocks.get(position)
        if block is None or block.text == original["text"]:
            continue
        for edit_file, edit in _block_edits(session, original, block, by_block.get(position, []), dangling, command):
            edits.setdefault(edit_file, []).append(edit)
    return edits


def _block_edits(
    session: Session,
    original: dict[str, Any],
    block: Block,
    records: list[dict[str, Any]],
    dangling: dict[int, str],
    command: str,
) -> list[tuple[str, _Edit]]:
    old, new = original["text"], block.text
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    out: list[tuple[str, _Edit]] = []
    claimed: set[int] = set()
    for record in records:
        if record["marker_start"] < 0:
            continue
        start, end = record["marker_start"], record["marker_end"]
        moved = _map(opcodes, start, end)
        current = _citation_near(block, moved, claimed)
        if moved is not None and current is not None and _unchanged(opcodes, start, end):
            claimed.add(current.id)
            continue
        source = _source_text(session, block.document_id, record["file"])
        written = source[record["start"] : record["end"]]
        if current is None:
            gap = _space_before(source, record["start"], record["end"])
            out.append((record["file"], _Edit(gap, record["end"], "", f"removed {written}")))
            continue
        claimed.add(current.id)
        keys = _keys_of(current, dangling)
        if sorted(keys) == sorted(record["keys"]):
            continue
        rewritten = _with_keys(written, keys)
        out.append((record["file"], _Edit(record["start"], record["end"], rewritten, f"{written} -> {rewritten}")))
    for citation in block.citations:
        if citation.id in claimed:
            continue
        placed = _insertion(session, original, block, citation, opcodes, dangling, command)
        if placed is not None:
            out.append(placed)
    return out


def _map(opcodes: list[tuple[str, int, int, int, int]], start: int, end: int) -> int | None:
    """Where old offset ``start`` is in the new text, if its stretch survived in some form."""
    for tag, i1, i2, j1, j2 in opcodes:
        if i1 <= start < i2 or (start == i1 and tag == "insert"):
            if tag == "equal":
                return j1 + (start - i1)
            if tag == "delete":
                return None
            return j1
    return None


def _unchanged(opcodes: list[tuple[str, int, int, int, int]], start: int, end: int) -> bool:
    return any(tag == "equal" and i1 <= start and end <= i2 for tag, i1, i2, _, _ in opcodes)


def _citation_near(block: Block, offset: int | None, claimed: set[int]) -> Citation | None:
    if offset is None:
        return None
    for citation in block.citations:
        if citation.id not in claimed and citation.start <= offset <= citation.end:
            return citation
    return None


def _keys_of(citation: Citation, dangling: dict[int, str]) -> list[str]:
    keys: list[str] = []
    for target in citation.targets:
        if target.reference is not None:
            keys.append(target.reference.key)
        elif target.number in dangling:
            keys.append(dangling[target.number])
    return list(dict.fromkeys(keys))


def _with_keys(written: str, keys: list[str]) -> str:
    """The command as written with its keys replaced; notes, star and command kept.

    In a multicite (``\\cites``) each group keeps the keys still cited, a
    group left with none goes (with its notes), and new keys join the first.
    """
    match = COMMANDS.match(written)
    command = read_cite(written, match) if match else None
    if command is None:
        return written
    wanted = list(dict.fromkeys(keys))
    kept_elsewhere = {k for g in command.groups[1:] for k in g.keys if k in wanted}
    first = [k for k in wanted if k not in kept_elsewhere]
    out: list[str] = []
    position = 0
    for index, group in enumerate(command.groups):
        group_keys = first if index == 0 else [k for k in group.keys if k in wanted]
        if not group_keys and len(command.groups) > 1:
            out.append(written[position : group.start])
            position = group.end
            continue
        out.append(written[position : group.keys_start])
        out.append(",".join(group_keys))
        position = group.keys_end
    out.append(written[position:])
    return "".join(out)


def _space_before(source: str, start: int, end: int) -> int:
    """Where a removed command's cut starts: the ``~`` or spaces before it go too.

    A line break before it goes as well when punctuation follows the command
    ("both\\n\\citep{x}." becomes "both."), never a blank line.
    """
    i = start
    if i > 0 and source[i - 1] == "~":
        return i - 1
    while i > 0 and source[i - 1] in " \t":
        i -= 1
    punctuation_after = end < len(source) and source[end] in ".,;:!?)"
    if punctuation_after and i > 0 and source[i - 1] == "\n" and not source[:i - 1].endswith("\n"):
        i -= 1
        while i > 0 and source[i - 1] in " \t":
            i -= 1
    return i if i > 0 else start


def _insertion(
    session: Session,
    original: dict[str, Any],
    block: Block,
    citation: Citation,
    opcodes: list[tuple[str, int, int, int, int]],
    dangling: dict[int, str],
    command: str,
) -> tuple[str, _Edit] | None:
    """A new marker: a citing command after the word it follows, found in the block's source."""
    keys = _keys_of(citation, dangling)
    if not keys:
        return None
    before = block.text[: citation.start].rstrip()
    words = _WORD.findall(before)
    if not words:
        return None
    word = words[-1]
    # the word's place in the old text: map back through the diff
    new_offset = len(before)
    old_offset = None
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal" and j1 < new_offset <= j2:
            old_offset = i1 + (new_offset - j1)
    if old_offset is None:
        return None
    pattern = re.compile(f"(?<!{_LETTER}){re.escape(word)}(?!{_LETTER})")
    occurrence = len(pattern.findall(original["text"][:old_offset]))
    if occurrence == 0:
        return None
    for path, start, end in original.get("regions", []):
        source = _source_text(session, block.document_id, path)
        for found in pattern.finditer(source, start, end):
            occurrence -= 1
            if occurrence == 0:
                text = f"~\\{command}{{{','.join(keys)}}}"
                return path, _Edit(found.end(), found.end(), text, f"inserted {text[1:]}")
    return None


def _usual_command(session: Session, layout: dict[str, Any]) -> str:
    names: Counter[str] = Counter()
    for record in layout.get("citations", []):
        names[record.get("command", "cite")] += 1
    common = [n for n, _ in names.most_common() if n not in ("nocite", "citeauthor", "citeyear", "textcite", "citet")]
    return common[0] if common else "cite"


def _source_text(session: Session, document_id: int, path: str) -> str:
    project = latex_project(session, document_id)
    cache = session.info.setdefault("latex-sources", {})
    if (project.id, path) not in cache:
        for stored in project.files:
            if stored.path == path:
                cache[(project.id, path)] = stored.data.decode(stored.encoding)
                break
        else:
            raise NotFoundError(LatexErrors.tr("%1 is not a file of the LaTeX project of document %2.", path, document_id))
    return cache[(project.id, path)]


def _apply(data: bytes, encoding: str, edits: list[_Edit]) -> tuple[bytes, list[str]]:
    if not edits:
        return data, []
    text = data.decode(encoding)
    parts: list[str] = []
    position = 0
    notes: list[str] = []
    for edit in edits:
        if edit.start < position:
            continue  # overlapping edits: the first wins
        parts.append(text[position : edit.start])
        parts.append(edit.text)
        position = edit.end
        line = text.count("\n", 0, edit.start) + 1
        notes.append(f"line {line}: {edit.note}")
    parts.append(text[position:])
    try:
        return "".join(parts).encode(encoding), notes
    except UnicodeEncodeError as exc:
        raise InputError(LatexErrors.tr(
                "The new text cannot be written in the file's encoding (%1): %2.",
                encoding, exc.reason,
            )) from None


# -- .bib files -------------------------------------------------------------------


def _bib_file(
    session: Session, document_id: int, path: str, data: bytes, encoding: str, layout: dict[str, Any]
) -> tuple[bytes, list[str]]:
    versions = {int(k): v for k, v in layout.get("reference_versions", {}).items()}
    source = session.scalar(
        select(BibSource)
        .where(BibSource.document_id == document_id, BibSource.name == path)
        .order_by(BibSource.id.desc())
        .limit(1)
    )
    if source is None:
        return data, []
    stored_blocks = list(session.scalars(select(BibBlock).where(BibBlock.source_id == source.id).order_by(BibBlock.position)))
    ids = [b.reference_id for b in stored_blocks if b.reference_id is not None]
    refs = {r.id: r for r in session.scalars(select(Reference).where(Reference.id.in_(ids)))}
    changed = [i for i in ids if i not in refs or refs[i].version != versions.get(i, refs[i].version)]
    if not changed:
        return data, []
    parts: list[str] = []
    notes: list[str] = []
    for stored in stored_blocks:
        ref = refs.get(stored.reference_id) if stored.reference_id is not None else None
        if stored.reference_id is not None and ref is None:
            notes.append(f"removed the entry deleted in Silteme (block {stored.position + 1})")
            continue
        if ref is not None and ref.id in changed:
            parts.append(format_entry(ref.entry_type, ref.key, [tuple(f) for f in ref.fields]))  # type: ignore[misc]
            notes.append(f"rewrote @{ref.entry_type}{{{ref.key}, ...}} from its edited fields")
            continue
        parts.append(stored.raw)
    return "".join(parts).encode(encoding, errors="xmlcharrefreplace"), notes
