"""Claims over the whole bundled thesis: every marker in exactly one sentence."""

from __future__ import annotations


import pytest

from references.text import ParsedDocument, parse_thesis
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_thesis(SOURCE)


def claim_text_with(doc: ParsedDocument, marker: str, near: str) -> str:
    for block in doc.blocks:
        for claim in block.claims:
            text = block.text[claim.start : claim.end]
            if near in text and any(block.citations[i].marker == marker for i in claim.citation_indexes):
                return text
    raise AssertionError(f"no claim with {marker} near {near!r}")


def test_every_marker_belongs_to_exactly_one_claim(doc: ParsedDocument) -> None:
    for block in doc.blocks:
        linked = sorted(i for claim in block.claims for i in claim.citation_indexes)
        assert linked == list(range(len(block.citations))), block.first_line


def test_every_claim_carries_its_markers_and_stays_in_its_block(doc: ParsedDocument) -> None:
    for block in doc.blocks:
        previous_end = 0
        for claim in block.claims:
            assert claim.citation_indexes, block.first_line
            assert previous_end <= claim.start < claim.end <= len(block.text)
            for index in claim.citation_indexes:
                citation = block.citations[index]
                assert claim.start <= citation.start and citation.end <= claim.end
                assert block.text[citation.start : citation.end] == citation.marker
            previous_end = claim.end


def test_claims_are_whole_sentences(doc: ParsedDocument) -> None:
    for block in doc.blocks:
        for claim in block.claims:
            text = block.text[claim.start : claim.end]
            assert text[0].isupper() or text[0].isdigit() or text[0] in "«\"", text[:50]
            assert text.endswith((".", "]")), text[-50:]


def test_the_sentence_before_a_marker_on_its_own_line(doc: ParsedDocument) -> None:
    # Lines 32-35: "Елдің мұндай ұстанымы ... көрсетеді \n[1]."
    assert claim_text_with(doc, "[1]", "Елдің") == (
        "Елдің мұндай ұстанымы мемлекетті орта держава ретінде қалыптасып, халықаралық қатынастарда "
        "тұрақтылық пен диалогты алға тартатын жауапты акторға айналғанын көрсетеді [1]."
    )


def test_a_marker_glued_to_the_next_sentence(doc: ParsedDocument) -> None:
    # Lines 52-55: "... тұжырымдамасы ұсынылды [2].Қазақстанның"
    assert claim_text_with(doc, "[2]", "1992 жылдың мамыр") == (
        "1992 жылдың мамыр айында Қазақстанның Тұңғыш Президенті Нұрсұлтан Назарбаевтың «Қазақстанның "
        "егеменді мемлекет ретінде қалыптасуы мен дамуының стратегиясы» атты мақаласында алғаш рет "
        "көпвекторлы сыртқы саясат тұжырымдамасы ұсынылды [2]."
    )


def test_one_claim_for_a_sentence_with_several_markers(doc: ParsedDocument) -> None:
    # Lines 161-168: three ranges in one sentence.
    text = claim_text_with(doc, "[24–27]", "Қазақстан Президенті")
    assert "[28–31]" in text and "[32–35]" in text
    assert text.endswith("стратегиялық бағыт-бағдарын анықтауға негіз болды.")


def test_claim_counts_for_the_thesis(doc: ParsedDocument) -> None:
    claims = [claim for block in doc.blocks for claim in block.claims]
    citations = [c for block in doc.blocks for c in block.citations]
    assert len(citations) == 235
    # Fewer claims than markers: lists of works such as "Лаумулин М. [81], Акимбеков С. [82], ..."
    # are single sentences.
    assert len(claims) < len(citations)
    assert max(len(c.citation_indexes) for c in claims) == 7  # lines 409-412 ([81] to [87]) and 421-423 ([88] to [94])
