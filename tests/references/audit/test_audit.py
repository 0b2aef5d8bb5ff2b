"""The citation audit on the bundled thesis.

Expected numbers are computed here from the thesis text and the bundled
data files, independently of the program.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Claim, Document, Reference
from models.db import Library
from references.audit.citation_audit import KINDS, AuditOptions, Finding, audit_to_json, run_audit
from references.audit.checks import missing_required_fields
from references.thesis.text_map import document_text
from references.thesis.editing import replace_block_text
from references.errors import InputError
from references.numbers import parse_number_list
from tests.conftest import ROOT

THESIS = ROOT / "resources" / "dissertation-kk.txt"
GROUPS = ROOT / "resources" / "source-groups.json"
BIBLIOGRAPHY = ROOT / "resources" / "bibliography.bib"
FORMAT_DOC = ROOT / "docs" / "audit-format.md"
MARKER = re.compile(r"\[(\d+)\s*(?:[-–]\s*(\d+))?\]")


def thesis_markers() -> list[list[int]]:
    """The numbers of each marker of the thesis, in reading order."""
    return [
        list(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))
        for m in MARKER.finditer(THESIS.read_text(encoding="utf-8"))
    ]


def _document(session: Session) -> Document:
    return session.scalars(select(Document)).one()


def _of(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def test_uncited_references_are_exactly_the_numbers_the_text_never_cites(sample_library: Library) -> None:
    cited = {n for numbers in thesis_markers() for n in numbers}
    never = sorted(set(range(1, 229)) - cited)
    assert len(never) == 44 and never[:5] == [50, 53, 54, 55, 154]
    with sample_library.session() as session:
        findings = _of(run_audit(session, _document(session).id), "uncited-reference")
    assert [f.data["number"] for f in findings] == never
    assert all(f.location is None and f.data["key"] == f"ref{f.data['number']}" for f in findings)


def test_first_citation_order_reports_17_numbers_cited_after_a_larger_one(sample_library: Library) -> None:
    first_seen: dict[int, int] = {}
    for index, numbers in enumerate(n for marker in thesis_markers() for n in marker):
        first_seen.setdefault(numbers, index)
    late = sorted(n for n in first_seen if any(m > n and first_seen[m] < first_seen[n] for m in first_seen))
    assert len(late) == 17
    with sample_library.session() as session:
        document = _document(session)
        findings = _of(run_audit(session, document.id), "first-citation-order")
        text = document_text(session, document.id)
    assert sorted(f.data["number"] for f in findings) == late
    by_number = {f.data["number"]: f for f in findings}
    assert {57, 58} <= set(by_number[52].data["cited_before"])
    assert by_number[181].data["cited_before"] == [189]
    # Each finding points at the number's first marker in the document text.
    for finding in findings:
        location = finding.location
        assert location is not None
        assert text[location.document_start : location.document_end] == location.marker
        assert finding.data["number"] in parse_number_list(location.marker.strip("[]"))


def test_long_ranges_follow_the_threshold(sample_library: Library) -> None:
    sizes = [len(numbers) for numbers in thesis_markers()]
    with sample_library.session() as session:
        document_id = _document(session).id
        default = _of(run_audit(session, document_id), "long-range")
        strict = _of(run_audit(session, document_id, AuditOptions(long_range=5)), "long-range")
        lenient = _of(run_audit(session, document_id, AuditOptions(long_range=20)), "long-range")
    assert sorted(f.data["count"] for f in default) == sorted(s for s in sizes if s > 10) == [12, 20]
    assert {f.location.marker for f in default if f.location} == {"[81–100]", "[80-91]"}
    assert sorted(f.data["count"] for f in strict) == sorted(s for s in sizes if s > 5)
    assert lenient == []  # [81–100] cites 20, not more than 20


def test_a_marker_citing_a_missing_number_is_an_error_at_its_place(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        assert _of(run_audit(session, document.id), "dangling-marker") == []
        block = session.scalars(select(Block).where(Block.citations.any()).order_by(Block.position)).first()
        assert block is not None
        replace_block_text(session, block.id, len(block.text), len(block.text), " Тағы [7, 229].")
        findings = _of(run_audit(session, document.id), "dangling-marker")
        text = document_text(session, document.id)
        section = block.section.label if block.section else ""
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity == "error" and finding.data["numbers"] == [229]
    assert finding.location is not None and finding.location.marker == "[7, 229]"
    assert text[finding.location.document_start : finding.location.document_end] == "[7, 229]"
    assert finding.location.section == section
    assert finding.location.excerpt.endswith("Тағы [7, 229]")


def test_incomplete_references_are_counted_per_group(sample_library: Library) -> None:
    declared = json.loads(GROUPS.read_text(encoding="utf-8"))["groups"]
    legal = next(g for g in declared if g["name_en"] == "Legal acts")
    # No entry of the bundled bibliography is marked complete yet.
    assert "silteme-complete = {true}" not in BIBLIOGRAPHY.read_text(encoding="utf-8")
    with sample_library.session() as session:
        findings = _of(run_audit(session, _document(session).id), "incomplete-reference")
        ref2, ref3 = (session.scalars(select(Reference).where(Reference.number == n)).one() for n in (2, 3))
        assert (ref2.entry_type, missing_required_fields(ref2)) == ("article", [])
        assert (ref3.entry_type, missing_required_fields(ref3)) == ("misc", ["year or date"])
    assert sum(f.data["count"] for f in findings) == 228
    assert all(f.data["count"] == f.data["total"] == f.data["not_marked_complete"] for f in findings)
    legal_finding = next(f for f in findings if f.data["group"] == legal["name"])
    assert [r["number"] for r in legal_finding.data["references"]] == parse_number_list(legal["numbers"])
    assert {f.data["group"] for f in findings} >= {
        "Ғылыми мақалалар мен монографиялар > Батыстық әдебиеттер",
        "Анықтамалық материалдар мен ресми деректер",
    }


def test_claims_in_named_sections_need_a_primary_source(sample_library: Library) -> None:
    declared = json.loads(GROUPS.read_text(encoding="utf-8"))["groups"]
    primary_names = {"Legal acts", "Diplomatic documents", "Speeches and statements", "Statistics and reference data"}
    primary = {n for g in declared if g["name_en"] in primary_names for n in parse_number_list(g["numbers"])}
    with sample_library.session() as session:
        document = _document(session)
        introduction = [
            c for c in session.scalars(select(Claim).join(Block).order_by(Block.position, Claim.start))
            if c.block.section is not None and c.block.section.title.strip() == "КІРІСПЕ"
        ]
        expected = [c.id for c in introduction if not {t.number for m in c.citations for t in m.targets} & primary]
        options = AuditOptions(primary_in=("КІРІСПЕ",))
        findings = _of(run_audit(session, document.id, options), "claim-without-primary-source")
        assert _of(run_audit(session, document.id), "claim-without-primary-source") == []
        with pytest.raises(InputError, match=r"No section '9\.9'.*1\.2 "):
            run_audit(session, document.id, AuditOptions(primary_in=("9.9",)))
    assert 0 < len(expected) < len(introduction)
    assert [f.data["claim_id"] for f in findings] == expected
    for finding in findings:
        assert finding.location is not None
        assert (finding.location.marker, finding.location.section) == (None, "КІРІСПЕ")


def test_the_json_form_follows_the_documented_schema(sample_library: Library) -> None:
    schema_text = re.search(r"```json schema\n(.*?)```", FORMAT_DOC.read_text(encoding="utf-8"), re.S)
    assert schema_text is not None
    schema = json.loads(schema_text.group(1))
    jsonschema.Draft202012Validator.check_schema(schema)
    options = AuditOptions(primary_in=("1.2",))
    with sample_library.session() as session:
        document = _document(session)
        findings = run_audit(session, document.id, options)
        report = json.loads(json.dumps(audit_to_json(document, options, findings), ensure_ascii=False))
    jsonschema.validate(report, schema)
    assert report["format"] == 1
    assert {f["kind"] for f in report["findings"]} == set(KINDS) - {"dangling-marker"}
    assert report["summary"] == {"error": 0, "warning": len(findings), "info": 0}
    located = [f["location"]["document_start"] for f in report["findings"] if f["location"]]
    assert located == sorted(located)
