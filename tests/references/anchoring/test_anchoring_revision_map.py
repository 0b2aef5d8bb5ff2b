"""The diff that carries offsets from one revision to the next."""

from __future__ import annotations

import pytest

from references.anchoring.projection import Projection, project
from references.anchoring.revision import RevisionMap
from tests.references.anchoring.test_anchoring_revisions import load_document, locate

DOCUMENT = load_document()
# Five real paragraphs from the chapter on Kazakhstan's western partners.
START = DOCUMENT.index("Трансконтиненталды мемлекеттердің географиялық")
PARAGRAPHS = DOCUMENT[START:].split("\n\n")[:5]
OLD = "\n\n".join(PARAGRAPHS)


def mapping(new_text: str) -> tuple[Projection, Projection, RevisionMap]:
    old, new = Projection.of(OLD), Projection.of(new_text)
    return old, new, RevisionMap(old, new)


def projected(projection: Projection, words: str) -> tuple[int, int]:
    return projection.from_text_span(*locate(projection.text, words))


def test_projection_drops_whitespace_and_folds_but_remembers_offsets() -> None:
    old = Projection.of(OLD)
    assert old.chars == project(OLD) and " " not in old.chars and "\n" not in old.chars
    assert "ә" in old.chars and "ə" not in old.chars
    start, end = projected(old, "(UEFA) кіруге жол ашты")
    assert old.chars[start:end] == "(uefa)кіругежолашты"
    assert old.text[slice(*old.to_text_span(start, end))] == "(UEFA) кіруге жол ашты"
    assert len(old.paragraph_starts) == 5


def test_paragraph_inserted_in_front_shifts_everything_exactly() -> None:
    added = "Бұл мəселе келесі тарауда толығырақ қарастырылады."
    old, new, revision = mapping(added + "\n\n" + OLD)
    start, end = projected(old, "Болон процесі арқылы")
    assert revision.unchanged(start, end) == start + len(project(added))
    assert revision.to_new(start) == (start + len(project(added)), True)
    assert len(revision.runs) == 1


def test_word_changed_leaves_the_rest_of_its_paragraph_mapped() -> None:
    changed = locate(OLD, "беделді")
    old, new, revision = mapping(OLD[: changed[0]] + "ықпалды" + OLD[changed[1] :])
    before = projected(old, "Еуропаның осы")
    after = projected(old, "үкіметаралық ұйымына")
    word = projected(old, "беделді")
    assert new.chars[slice(*projected(new, "Еуропаның осы"))] == old.chars[slice(*before)]
    assert revision.unchanged(*before) == projected(new, "Еуропаның осы")[0]
    assert revision.unchanged(*after) == projected(new, "үкіметаралық ұйымына")[0]
    assert revision.unchanged(*word) is None
    assert revision.to_new(word[0])[1] is False
    # A span across the edit is not unchanged, but both its ends still map.
    across = projected(old, "осы беделді үкіметаралық")
    assert revision.unchanged(*across) is None
    assert revision.to_new(across[0])[1] and revision.to_new(across[1] - 1)[1]


@pytest.mark.parametrize("target", [0, 4])
def test_moved_paragraph_is_new_text_and_the_rest_stays_put(target: int) -> None:
    moved = PARAGRAPHS[2]
    rest = PARAGRAPHS[:2] + PARAGRAPHS[3:]
    order = rest[:target] + [moved] + rest[target:]
    old, new, revision = mapping("\n\n".join(order))
    span = projected(old, "Болон процесі арқылы")
    assert span[0] > old.paragraph_starts[2]  # really in the moved paragraph
    new_span = projected(new, "Болон процесі арқылы")
    # The diff keeps the longest common order: the moved paragraph is an insertion...
    assert revision.unchanged(*span) is None
    # ... so finding it there again takes no text from elsewhere.
    assert revision.foreign_share(*new_span, *span) == 0.0


def test_text_that_was_already_elsewhere_is_foreign() -> None:
    old, new, revision = mapping(OLD)
    first = projected(old, "Еуропаның осы беделді")
    second = projected(old, "Болон процесі арқылы")
    assert revision.foreign_share(*second, *first) == 1.0
    assert revision.foreign_share(*first, *first) == 0.0
    # Half inside the span's own old place, half outside.
    half = (first[0] - (first[1] - first[0]), first[1])
    assert revision.foreign_share(*half, *first) == pytest.approx(0.5)
