"""A quote whose text is gone must be orphaned, never moved onto a look-alike.

The thesis itself provides the look-alikes: it repeats a whole passage with
small changes ("Бұл онжылдықта ..." in one chapter, "Алғашқы онжылдықта ..."
some 5,000 characters later), and the phrase "Қазақстанның көпвекторлы сыртқы
саясаты" occurs dozens of times.
"""

from __future__ import annotations

import pytest

from references.anchoring import TextQuote, anchor, anchor_all, describe
from tests.references.anchoring.test_anchoring_revisions import Revision, load_document, locate

FIRST = (
    "Бұл онжылдықта Қазақстанның көпвекторлы сыртқы саясаты кемелденіп, елдің экономикалық "
    "əлеуеті артқан сайын сыртқы саясатта экономикалық мүдделерді алдыңғы қатарға қою үрдісі "
    "байқалды ."
)
TWIN = (
    "Алғашқы онжылдықта Қазақстанның көпвекторлы сыртқы саясаты кемелденіп, елдің экономикалық "
    "əлеуеті артқан сайын сыртқы саясатта экономикалық мүдделерді алдыңғы қатарға қою үрдісі "
    "байқалды."
)

BOTH = pytest.mark.parametrize("with_old_text", [True, False], ids=["old text", "no old text"])


@pytest.fixture(scope="module")
def document() -> str:
    return load_document()


@pytest.fixture(scope="module")
def first(document: str) -> tuple[int, int]:
    span = locate(document, FIRST)
    twin = locate(document, TWIN)
    assert span[1] < twin[0]  # both copies really are in the thesis
    return span


def orphaned(text: str, old_text: str, span: tuple[int, int], with_old_text: bool) -> bool:
    quote, position = describe(old_text, *span)
    result = anchor_all(text, [(quote, position)], old_text=old_text if with_old_text else None)[0]
    return result.orphaned and result.start is None and result.score == 0.0


@BOTH
def test_deleted_sentence_is_orphaned_though_its_twin_remains(
    document: str, first: tuple[int, int], with_old_text: bool
) -> None:
    revision = Revision(document)
    revision.replace([(*first, "")])
    assert locate(revision.text, TWIN)

    assert orphaned(revision.text, document, first, with_old_text)


@BOTH
def test_edited_sentence_stays_in_its_place_and_does_not_jump_to_its_twin(
    document: str, first: tuple[int, int], with_old_text: bool
) -> None:
    revision = Revision(document)
    revision.replace([(*locate(document, "кемелденіп,", first[0]), "нығайып,")])
    truth = revision.truth(*first)

    quote, position = describe(document, *first)
    result = anchor_all(
        revision.text, [(quote, position)], old_text=document if with_old_text else None
    )[0]

    assert truth is not None
    assert (result.method, result.start, result.end) == ("fuzzy", *truth)


@BOTH
@pytest.mark.parametrize("side", ["after", "before"])
def test_deleted_sentence_next_to_a_lookalike_neighbour_is_orphaned(
    document: str, first: tuple[int, int], with_old_text: bool, side: str
) -> None:
    # An author kept two wordings side by side, then deleted the annotated one:
    # the neighbour slides into its place, with the same text on one side.
    start, end = first
    draft = Revision(document)
    if side == "after":
        draft.replace([(end, end, " " + TWIN)])
        annotated = first
    else:
        draft.replace([(start, start, TWIN + " ")])
        annotated = (start + len(TWIN) + 1, end + len(TWIN) + 1)
    old_text = draft.text
    revision = Revision(old_text)
    revision.replace([(*annotated, "")])

    assert orphaned(revision.text, old_text, annotated, with_old_text)


@BOTH
@pytest.mark.parametrize(
    ("words", "edited"),
    [
        ("көпвекторлы сыртқы", "көпвекторлық сыртқы"),  # 182 times in the thesis
        ("Болон процесі", "Болония процесі"),  # again 30 characters later
        ("мол табиғи", "мол табиғат"),
        ("ұлттық мүддені", "ұлттық мүдделерді"),
    ],
)
def test_short_quote_is_never_placed_fuzzily(
    document: str, words: str, edited: str, with_old_text: bool
) -> None:
    span = locate(document, words)  # the first time, in the introduction
    revision = Revision(document)
    revision.replace([(*span, edited)])
    # The unedited words are still in the text, elsewhere.
    assert locate(revision.text, words)

    assert orphaned(revision.text, document, span, with_old_text)


def test_word_of_a_deleted_sentence_is_orphaned_though_the_word_is_everywhere(
    document: str, first: tuple[int, int]
) -> None:
    # With the old text the diff knows the twin's "кемелденіп" was there all
    # along. (Without it, the twin has the very same words on both sides and
    # nothing tells them apart.)
    span = locate(document, "кемелденіп", first[0])
    revision = Revision(document)
    revision.replace([(*first, "")])

    assert orphaned(revision.text, document, span, with_old_text=True)


def test_quote_that_never_was_in_the_text_is_orphaned(document: str) -> None:
    # A sentence that reuses the thesis's favourite words but is not in it.
    quote = TextQuote(
        exact="Қазақстанның көпвекторлы сыртқы саясаты Антарктидамен ынтымақтастыққа негізделеді.",
        prefix="Қазақстанның көпвекторлы сыртқы саясаты ",
        suffix=" Қазақстанның көпвекторлы сыртқы саясаты",
    )
    assert anchor(document, quote).orphaned
    assert anchor(document, TextQuote(exact=" \n ")).orphaned
