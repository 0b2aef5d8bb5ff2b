"""Claims: the sentences of a block that carry citation markers."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from references.text.sentences import split_sentences
from references.text.structure import ParsedCitation, ParsedClaim


def find_claims(text: str, citations: Sequence[ParsedCitation]) -> list[ParsedClaim]:
    """One claim per sentence of ``text`` holding a marker, linked to its markers.

    Every marker lands in exactly one claim: the sentence its first character
    is in. ``citations`` must be in text order.
    """
    if not citations:
        return []
    sentences = split_sentences(text)
    starts = [start for start, _ in sentences]
    cited: dict[int, list[int]] = {}
    for index, citation in enumerate(citations):
        sentence = max(bisect.bisect_right(starts, citation.start) - 1, 0)
        cited.setdefault(sentence, []).append(index)
    claims = []
    for sentence, indexes in sorted(cited.items()):
        start, end = sentences[sentence]
        # A sentence never ends inside a marker, but keep the promise anyway.
        end = max(end, max(citations[i].end for i in indexes))
        claims.append(ParsedClaim(start, end, indexes))
    return claims
