"""``write_back``: the author's own .docx with the library's changes, and nothing else.

The kept original is opened; every block whose text changed since the
import is diffed against its imported text and only the changed characters
are replaced in its paragraphs (``runs.replace_in_paragraph``), so styles,
direct formatting of untouched runs, headers, footers, sections, images,
fields and bookmarks stay as the author made them. The reference list is
regenerated in the library's order: an entry nobody edited keeps its own
paragraph (moved if its number changed, its typed number rewritten), an
edited or added one is formatted (GOST by default). Comments: the file's
own are replaced by the library's annotations, each a Word comment on its
span with its replies as Word replies and its resolved state.
"""

from __future__ import annotations

import bisect
import copy
import difflib
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Reference, WordSource
from references.review.annotations import AnnotationView, list_annotations
from references.review.word_export import DocxReport, export_docx
from references.system.progress import Progress, Steps
from references.storage.safe_write import write_bytes_atomically
from references.formats import EntryRecord, format_bibliography
from references.thesis.reference_fields import plain_fields
from references.word.importer import VERBATIM_FIELD, fields_fingerprint
from references.word.ooxml import W14, W15, W_P, W_PPR, W_R, W_RPR, W_T, paragraph_text, set_text, w
from references.word.package import CT_NS, REL_NS, DocxPackage, open_docx_bytes
from references.word.runs import replace_in_paragraph, xml_text

COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
_DROPPED_COMMENT_PARTS = ("commentsIds", "commentsExtensible")
SILTEME_LINE = "Silteme: "
ROOT_PARA = 0x5A000000
REPLY_PARA = 0x5B000000
EXTRA_PARA = 0x5C000000


@dataclass(frozen=True)
class WriteBackReport:
    paragraphs_changed: int
    paragraphs_added: int
    paragraphs_removed: int
    references: int
    references_formatted: int
    comments: int
    replies: int
    orphaned: int = 0


def has_word_source(session: Session, document_id: int) -> bool:
    return session.scalar(select(WordSource.id).where(WordSource.document_id == document_id)) is not None


def write_back(
    session: Session, document_id: int, out: Path, style: str = "gost-numeric", progress: Progress | None = None
) -> WriteBackReport:
    """Write the author's file back to ``out``; a cancel (``progress``) before the write leaves ``out`` as it was."""
    steps = Steps(progress, 5)
    source = session.scalar(select(WordSource).where(WordSource.document_id == document_id))
    assert source is not None, "only documents imported from Word are written back"
    package = open_docx_bytes(source.data, source.name)
    steps.advance()
    writer = _Writer(session, document_id, package, source.layout, style)
    data = writer.run(steps)
    steps.check()  # the last moment a cancel leaves the file as it was
    write_bytes_atomically(out, data)
    return writer.report()


def export_word_document(
    session: Session, document_id: int, out: Path, style: str = "gost-numeric", progress: Progress | None = None
) -> DocxReport:
    """The author's own file written back when the document came from Word, else a generated one."""
    if not has_word_source(session, document_id):
        return export_docx(session, document_id, out, progress)
    report = write_back(session, document_id, out, style, progress)
    return DocxReport(paragraphs=report.paragraphs_changed, comments=report.comments, orphaned=report.orphaned)


def root_para_id(annotation_id: int) -> str:
    return f"{ROOT_PARA + annotation_id:08X}"


def reply_para_id(reply_id: int) -> str:
    return f"{REPLY_PARA + reply_id:08X}"


class _Writer:
    def __init__(self, session: Session, document_id: int, package: DocxPackage, layout: dict, style: str) -> None:
        self.session = session
        self.document_id = document_id
        self.package = package
        self.layout = layout
        self.style = style
        self.trees: dict[str, etree._Element] = {}
        self.paragraphs: dict[str, list[etree._Element]] = {}
        self.changed = self.added = self.removed = 0
        self.formatted = self.references = self.comments = self.replies = self.orphaned = 0
        # block id -> [(paragraph element, block start, para start, length)] after the edits
        self.places: dict[int, list[tuple[etree._Element, int, int, int]]] = {}
        self.dirty: set[str] = set()

    def touch(self, element: etree._Element) -> None:
        """Remember that the part holding ``element`` changed (only those are written anew)."""
        root = element.getroottree().getroot()
        for name, tree in self.trees.items():
            if tree is root:
                self.dirty.add(name)

    def tree(self, part: str) -> etree._Element:
        if part not in self.trees:
            self.trees[part] = self.package.xml(part)
            self.paragraphs[part] = list(self.trees[part].iter(W_P))
        return self.trees[part]

    def paragraph(self, part: str, index: int) -> etree._Element | None:
        self.tree(part)
        found = self.paragraphs[part]
        return found[index] if 0 <= index < len(found) else None

    def run(self, steps: Steps) -> bytes:
        """The new package's bytes, in four steps (reported to ``steps``)."""
        self.tree(self.package.main)
        for part in {s[0] for b in self.layout.get("blocks", {}).values() for s in b["segments"]}:
            self.tree(part)
        entry_paragraphs = [
            [self.paragraph(self.package.main, i) for i in entry["paragraphs"]] for entry in self.layout.get("entries", [])
        ]
        self._blocks()
        steps.advance()
        self._reference_list(entry_paragraphs)
        steps.advance()
        self._comments()
        steps.advance()
        data = self._serialize()
        steps.advance()
        return data

    def report(self) -> WriteBackReport:
        return WriteBackReport(
            self.changed, self.added, self.removed, self.references, self.formatted, self.comments, self.replies, self.orphaned
        )

    # -- blocks -----------------------------------------------------------------------------

    def _blocks(self) -> None:
        blocks = self.layout.get("blocks", {})
        rows = self.session.execute(
            select(Block.id, Block.text, Block.kind).where(Block.document_id == self.document_id).order_by(Block.position)
        ).all()
        current = {row.id for row in rows}
        previous: etree._Element | None = None
        for row in rows:
            saved = blocks.get(str(row.id))
            if saved is None:
                previous = self._insert_block(row.text, row.kind, previous)
                continue
            segments = [(self.paragraph(s[0], s[1]), s[2], s[3], s[4]) for s in saved["segments"]]
            segments = [s for s in segments if s[0] is not None]
            if row.text != saved["text"] and segments:
                segments = self._edit(saved["text"], row.text, segments)
            self.places[row.id] = segments  # type: ignore[assignment]  # None filtered out above
            if saved["segments"] and saved["segments"][-1][0] == self.package.main and segments:
                previous = segments[-1][0]
        for block_id, saved in blocks.items():
            if int(block_id) not in current:
                self._remove_block(saved)

    def _edit(self, old: str, new: str, segments: list) -> list:
        """Apply old -> new to the segments' paragraphs; the segments' new places."""
        self.changed += 1
        ops = _opcodes(old, new)
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                continue
            first = _segment_for(segments, i1)
            for seg in reversed(segments):
                p, bstart, pstart, length = seg
                lo, hi = max(i1, bstart), min(i2, bstart + length)
                if seg is first:
                    self.touch(p)
                    lo = min(max(i1, bstart), bstart + length)
                    replace_in_paragraph(p, pstart + lo - bstart, pstart + max(lo, hi) - bstart, new[j1:j2])
                elif lo < hi:
                    self.touch(p)
                    replace_in_paragraph(p, pstart + lo - bstart, pstart + hi - bstart, "")
        moved = []
        for p, bstart, pstart, length in segments:
            start = _map_offset(ops, bstart)
            end = _map_offset(ops, bstart + length)
            moved.append((p, start, pstart, max(0, end - start)))
        return moved

    def _insert_block(self, text: str, kind: str, previous: etree._Element | None) -> etree._Element:
        body = self.tree(self.package.main).find(w("body"))
        assert body is not None
        template = previous
        paragraph = etree.Element(W_P)
        if template is not None and kind != "table":
            ppr = template.find(W_PPR)
            if ppr is not None:
                paragraph.append(copy.deepcopy(ppr))
        run = etree.SubElement(paragraph, W_R)
        first_run = template.find(f".//{W_R}") if template is not None else None
        if first_run is not None and first_run.find(W_RPR) is not None:
            run.append(copy.deepcopy(first_run.find(W_RPR)))
        for i, line in enumerate(xml_text(text).split("\n")):
            if i:
                etree.SubElement(run, w("br"))
            set_text(etree.SubElement(run, W_T), line)
        self.dirty.add(self.package.main)
        anchor = _top_level(previous) if previous is not None else None
        if anchor is None:
            body.insert(0, paragraph)
        else:
            anchor.addnext(paragraph)
        self.added += 1
        return paragraph

    def _remove_block(self, saved: dict) -> None:
        for part, index, *_ in saved["segments"]:
            p = self.paragraph(part, index)
            if p is None or p.getparent() is None:
                continue
            self.touch(p)
            if part != self.package.main or saved["kind"] in ("table", "footnote"):
                text = paragraph_text(p).text
                replace_in_paragraph(p, 0, len(text), "")
            else:
                p.getparent().remove(p)
            self.removed += 1

    # -- the reference list --------------------------------------------------------------------

    def _reference_list(self, old_groups: list[list[etree._Element | None]]) -> None:
        entries = self.layout.get("entries", [])
        if not entries:
            return
        refs = list(
            self.session.scalars(
                select(Reference)
                .where(Reference.document_id == self.document_id, Reference.number.is_not(None))
                .order_by(Reference.number)
            )
        )
        by_ref = {e["reference"]: (e, group) for e, group in zip(entries, old_groups, strict=True)}
        template_group = next((g for g in old_groups if g and g[0] is not None), None)
        if template_group is None:
            return
        template = template_group[0]
        anchor = template.getprevious()
        parent = template.getparent()
        unchanged_list = [e["reference"] for e in entries] == [r.id for r in refs]
        new_order: list[list[etree._Element]] = []
        used: set[int] = set()
        for ref in refs:
            self.references += 1
            saved = by_ref.get(ref.id)
            untouched = saved is not None and saved[0]["fingerprint"] == fields_fingerprint(ref.entry_type, ref.fields)
            if untouched:
                entry, group = saved  # type: ignore[misc]  # checked above
                paragraphs = [p for p in group if p is not None]
                if entry["prefix"] and entry["number"] != ref.number:
                    self._renumber_prefix(paragraphs[0], entry["prefix"], entry["number"], ref.number)
                new_order.append(paragraphs)
                used.add(ref.id)
                continue
            self.formatted += 1
            prefix = entries[0]["prefix"]
            text = self._formatted(ref)
            new_order.append([self._entry_paragraph(template, (prefix.replace("{n}", str(ref.number)) if prefix else "") + text)])
        if unchanged_list and len(used) == len(refs):
            return  # same entries in the same order: the paragraphs stay where they are
        self.dirty.add(self.package.main)
        for entry, group in zip(entries, old_groups, strict=True):
            for p in group:
                if p is not None and p.getparent() is not None:
                    p.getparent().remove(p)
        position = anchor
        for paragraphs in new_order:
            for p in paragraphs:
                if position is None:
                    parent.insert(0, p)
                else:
                    position.addnext(p)
                position = p

    def _renumber_prefix(self, paragraph: etree._Element, prefix: str, old: int, new: int) -> None:
        text = paragraph_text(paragraph).text
        written = prefix.replace("{n}", str(old)).strip()
        at = text.find(written)
        if at < 0:
            return
        digits = at + written.find(str(old))
        replace_in_paragraph(paragraph, digits, digits + len(str(old)), str(new))

    def _formatted(self, ref: Reference) -> str:
        fields = plain_fields(ref)
        record = EntryRecord(entry_type=ref.entry_type, key=ref.key, fields={k: v for k, v in fields.items() if k != VERBATIM_FIELD}, number=ref.number)
        has_data = any(k in fields for k in ("title", "author", "editor", "journal", "booktitle"))
        if not has_data:
            return fields.get(VERBATIM_FIELD) or ref.key
        text = format_bibliography([record], style=self.style)[0]  # type: ignore[arg-type]  # a known style name
        return re.sub(r"^\s*\[?\d+[.\]]\s*", "", text)

    def _entry_paragraph(self, template: etree._Element, text: str) -> etree._Element:
        paragraph = etree.Element(W_P)
        ppr = template.find(W_PPR)
        if ppr is not None:
            paragraph.append(copy.deepcopy(ppr))
        run = etree.SubElement(paragraph, W_R)
        first_t = template.find(f".//{W_T}")
        rpr = first_t.getparent().find(W_RPR) if first_t is not None and first_t.getparent() is not None else None
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        set_text(etree.SubElement(run, W_T), xml_text(text))
        return paragraph

    # -- comments ------------------------------------------------------------------------------

    def _comments(self) -> None:
        for part, root in list(self.trees.items()):
            if _strip_comment_marks(root):
                self.dirty.add(part)
        annotations = list_annotations(self.session, self.document_id)
        blocks = self.session.execute(
            select(Block.id, Block.doc_start, Block.text).where(Block.document_id == self.document_id).order_by(Block.position)
        ).all()
        comments_root = etree.Element(w("comments"), nsmap={"w": W_NS_MAP["w"], "w14": W14})
        extended_root = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
        next_id = 0
        first_place = next(((b.id, 0) for b in blocks if b.id in self.places), None)
        starts = [b.doc_start for b in blocks]
        for item in annotations:
            start = _locate(blocks, starts, item.start, False) if item.start is not None and item.anchor != "orphaned" else None
            end = _locate(blocks, starts, item.end, True) if item.end is not None and item.anchor != "orphaned" else None
            start_place = self._place(*start) if start else None
            end_place = self._place(*end) if end else None
            orphaned = start_place is None or end_place is None
            if orphaned:
                self.orphaned += 1
                if first_place is None:
                    continue
                start_place = end_place = self._place(*first_place)
                if start_place is None:
                    continue
            ids = [next_id + i for i in range(1 + len(item.replies))]
            next_id += len(ids)
            for cid in ids:
                self._mark(start_place, end_place, cid)
            self._comment_xml(comments_root, extended_root, ids, item, orphaned)
            self.comments += 1
            self.replies += len(item.replies)
        if self.comments:
            self._set_part("comments", COMMENTS_REL, COMMENTS_TYPE, comments_root)
            self._set_part("commentsExtended", EXTENDED_REL, EXTENDED_TYPE, extended_root)
        else:
            for name in ("comments", "commentsExtended"):
                self._drop_part(name)
        for name in _DROPPED_COMMENT_PARTS:
            self._drop_part(name)

    def _place(self, block_id: int, offset: int) -> tuple[etree._Element, int] | None:
        segments = self.places.get(block_id)
        if not segments:
            return None
        for p, bstart, pstart, length in segments:
            if bstart <= offset <= bstart + length:
                return p, pstart + offset - bstart
        p, bstart, pstart, length = segments[-1] if offset > segments[-1][1] else segments[0]
        return p, pstart + (length if offset > bstart else 0)

    def _mark(self, start: tuple[etree._Element, int], end: tuple[etree._Element, int], cid: int) -> None:
        self.touch(start[0])
        self.touch(end[0])
        _insert_at(end[0], end[1], _element("commentRangeEnd", cid), after=True, reference=cid)
        _insert_at(start[0], start[1], _element("commentRangeStart", cid), after=False)

    def _comment_xml(
        self, root: etree._Element, extended: etree._Element, ids: list[int], item: AnnotationView, orphaned: bool
    ) -> None:
        root_para = root_para_id(item.id)
        body = item.comment.split("\n") if item.comment else [""]
        extra = _silteme_line(item, orphaned)
        if extra:
            body.append(SILTEME_LINE + extra)
        self._comment(root, ids[0], item.author, _utc(item.created), body, root_para)
        ex = etree.SubElement(extended, f"{{{W15}}}commentEx")
        ex.set(f"{{{W15}}}paraId", root_para)
        ex.set(f"{{{W15}}}done", "1" if item.status == "resolved" else "0")
        for cid, reply in zip(ids[1:], item.replies, strict=True):
            para = reply_para_id(reply.id)
            self._comment(root, cid, reply.author, _utc(reply.created), reply.body.split("\n") or [""], para)
            rex = etree.SubElement(extended, f"{{{W15}}}commentEx")
            rex.set(f"{{{W15}}}paraId", para)
            rex.set(f"{{{W15}}}paraIdParent", root_para)
            rex.set(f"{{{W15}}}done", "1" if item.status == "resolved" else "0")

    def _comment(self, root: etree._Element, cid: int, author: str, created, lines: list[str], last_para: str) -> None:  # noqa: ANN001 - a datetime
        comment = etree.SubElement(root, w("comment"))
        comment.set(w("id"), str(cid))
        comment.set(w("author"), xml_text(author or "Silteme"))
        comment.set(w("initials"), xml_text(_initials(author)))
        comment.set(w("date"), created.strftime("%Y-%m-%dT%H:%M:%SZ"))
        for i, line in enumerate(lines):
            p = etree.SubElement(comment, W_P)
            p.set(f"{{{W14}}}paraId", last_para if i == len(lines) - 1 else f"{EXTRA_PARA + (cid * 64 + i) % 0x3FFFFFF:08X}")
            if i == 0:
                annotation_ref = etree.SubElement(etree.SubElement(p, W_R), w("annotationRef"))
                del annotation_ref
            set_text(etree.SubElement(etree.SubElement(p, W_R), W_T), xml_text(line))

    # -- parts -----------------------------------------------------------------------------------

    def _set_part(self, rel_name: str, rel_type: str, content_type: str, root: etree._Element) -> None:
        existing = self.package.related(self.package.main, rel_name)
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if existing:
            self.package.parts[existing] = data
            return
        name = f"word/{rel_name}.xml"
        self.package.parts[name] = data
        rels_name = _rels_name(self.package.main)
        rels = etree.fromstring(self.package.parts[rels_name])
        taken = {r.get("Id") for r in rels}
        rid = next(f"rIdS{i}" for i in range(1, 10_000) if f"rIdS{i}" not in taken)
        rel = etree.SubElement(rels, f"{{{REL_NS}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", rel_type)
        rel.set("Target", f"{rel_name}.xml")
        self.package.parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
        types = etree.fromstring(self.package.parts["[Content_Types].xml"])
        override = etree.SubElement(types, f"{{{CT_NS}}}Override")
        override.set("PartName", "/" + name)
        override.set("ContentType", content_type)
        self.package.parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _drop_part(self, rel_name: str) -> None:
        existing = self.package.related(self.package.main, rel_name)
        if not existing:
            return
        self.package.parts.pop(existing, None)
        rels_name = _rels_name(self.package.main)
        rels = etree.fromstring(self.package.parts[rels_name])
        for rel in list(rels):
            if rel.get("Type", "").endswith("/" + rel_name):
                rels.remove(rel)
        self.package.parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
        types = etree.fromstring(self.package.parts["[Content_Types].xml"])
        for override in list(types):
            if override.get("PartName", "").lstrip("/") == existing:
                types.remove(override)
        self.package.parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
        self.package._rels.clear()  # noqa: SLF001 - our own cache, stale now

    def _serialize(self) -> bytes:
        for part, root in self.trees.items():
            if part not in self.dirty:
                continue
            self.package.parts[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        original = zipfile.ZipFile(io.BytesIO(self.package.data))
        order = [i.filename for i in original.infolist() if i.filename in self.package.parts]
        order += [n for n in self.package.parts if n not in order]
        if "[Content_Types].xml" in order:
            order.remove("[Content_Types].xml")
            order.insert(0, "[Content_Types].xml")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in order:
                target.writestr(name, self.package.parts[name])
        return out.getvalue()


W_NS_MAP = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _rels_name(part: str) -> str:
    folder, base = part.rsplit("/", 1) if "/" in part else ("", part)
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """Character edits old -> new; the common ends are matched first (fast on long paragraphs)."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    mid_old, mid_new = old[head : len(old) - tail], new[head : len(new) - tail]
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, head, 0, head)] if head else []
    if len(mid_old) * len(mid_new) > 4_000_000:
        inner = [("replace", 0, len(mid_old), 0, len(mid_new))]
    else:
        inner = difflib.SequenceMatcher(None, mid_old, mid_new, autojunk=False).get_opcodes()
    ops += [(t, i1 + head, i2 + head, j1 + head, j2 + head) for t, i1, i2, j1, j2 in inner if (i1, i2, j1, j2) != (0, 0, 0, 0)]
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops


def _segment_for(segments: list, offset: int):  # noqa: ANN202 - a segment tuple
    """The segment an edit at ``offset`` belongs to (the next one when it falls on a separator)."""
    for seg in segments:
        if seg[1] <= offset <= seg[1] + seg[3]:
            return seg
    return next((seg for seg in segments if seg[1] > offset), segments[-1])


def _map_offset(ops: list[tuple[str, int, int, int, int]], offset: int) -> int:
    for tag, i1, i2, j1, j2 in ops:
        if i1 <= offset <= i2:
            return j1 + (offset - i1) if tag == "equal" else (j1 if offset == i1 else j2)
    return ops[-1][4] if ops else offset


def _locate(blocks, starts: list[int], offset: int, is_end: bool) -> tuple[int, int]:  # noqa: ANN001 - rows
    index = max(0, min(bisect.bisect_right(starts, offset - (1 if is_end else 0)) - 1, len(blocks) - 1))
    block = blocks[index]
    return block.id, max(0, min(offset - block.doc_start, len(block.text)))


def _top_level(paragraph: etree._Element) -> etree._Element:
    """The body child holding ``paragraph`` (its table, if it is in one)."""
    node = paragraph
    while node.getparent() is not None and node.getparent().tag != w("body"):
        node = node.getparent()
    return node


def _element(tag: str, cid: int) -> etree._Element:
    element = etree.Element(w(tag))
    element.set(w("id"), str(cid))
    return element


def _insert_at(paragraph: etree._Element, offset: int, element: etree._Element, *, after: bool, reference: int | None = None) -> None:
    """Put ``element`` at character ``offset`` of the paragraph, between runs (splitting one if needed)."""
    pieces = paragraph_text(paragraph).pieces
    holder: etree._Element | None = None
    place_after = False
    for piece in pieces:
        end = piece.start + piece.length
        if after and piece.start < offset <= end or not after and piece.start <= offset < end:
            run = piece.element.getparent()
            local = offset - piece.start
            if piece.kind == "t" and 0 < local < piece.length:
                from references.word.runs import _split_run

                _split_run(run, piece.element, local)
                holder, place_after = run, True
            elif after:
                holder, place_after = run, local > 0
            else:
                holder, place_after = run, local > 0
            break
    if holder is None:
        ppr = paragraph.find(W_PPR)
        if after or ppr is None:
            paragraph.append(element)
        else:
            ppr.addnext(element)
        holder, place_after = element, True
    elif place_after:
        holder.addnext(element)
    else:
        holder.addprevious(element)
    if reference is not None:
        run = etree.Element(W_R)
        etree.SubElement(run, w("commentReference")).set(w("id"), str(reference))
        element.addnext(run)


def _strip_comment_marks(root: etree._Element) -> bool:
    """Remove the comment ranges and references; whether there were any."""
    found = False
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for element in list(root.iter(w(tag))):
            element.getparent().remove(element)
            found = True
    for reference in list(root.iter(w("commentReference"))):
        found = True
        run = reference.getparent()
        run.remove(reference)
        if run.tag == W_R and all(c.tag == W_RPR for c in run):
            run.getparent().remove(run)
    return found


def _silteme_line(item: AnnotationView, orphaned: bool = False) -> str:
    parts = [f"its text is gone from this version: «{item.exact[:200]}»"] if orphaned else []
    if item.verdict:
        parts.append(f"verdict {item.verdict.replace('_', ' ')}")
    if item.tags:
        parts.append("tags " + ", ".join(item.tags))
    return "; ".join(parts)


def _initials(name: str) -> str:
    return "".join(word[0] for word in (name or "").split() if word[:1].isalpha())[:4].upper() or "S"


def _utc(moment):  # noqa: ANN001, ANN202
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


__all__ = ["WriteBackReport", "export_word_document", "has_word_source", "write_back"]
