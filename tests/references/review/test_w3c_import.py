"""Reading annotations other tools wrote, and refusing what cannot be read."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

import pytest

from references.anchoring import TextPosition, TextQuote
from references.review.w3c import AnnotationRecord, W3CFormatError, from_jsonld, to_jsonld_thread
from tests.references.review.test_w3c_schemas import RECORDS

# An annotation as another tool writes it, in the style of the examples of the
# Web Annotation Data Model (section 4.2.4, Text Quote Selector): a linked
# body, one target with one selector, nothing Silteme-specific.
W3C_EXAMPLE: dict[str, Any] = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "http://example.org/anno23",
    "type": "Annotation",
    "body": "http://example.org/comment1",
    "target": {
        "source": "http://example.org/page1",
        "selector": {
            "type": "TextQuoteSelector",
            "exact": "anotation",
            "prefix": "this is an ",
            "suffix": " that has some",
        },
    },
}


def foreign(**changes: Any) -> dict[str, Any]:
    """The W3C example with a textual body instead of a link, and ``changes``."""
    document = copy.deepcopy(W3C_EXAMPLE)
    document["body"] = {"type": "TextualBody", "value": "A typo.", "format": "text/plain"}
    document.update(changes)
    return {k: v for k, v in document.items() if v is not None}


def test_a_plain_w3c_annotation_is_read_with_defaults_for_what_it_lacks() -> None:
    [record] = from_jsonld(foreign())
    assert record == AnnotationRecord(
        id="http://example.org/anno23",
        source="http://example.org/page1",
        quote=TextQuote("anotation", "this is an ", " that has some"),
        comment="A typo.",
    )
    assert (record.status, record.author_role, record.created, record.verdict) == (
        "open",
        "reviewer",
        "",
        None,
    )


def test_shorthand_forms_are_understood() -> None:
    document = foreign(
        bodyValue="Short comment",
        body=None,
        type=["Annotation"],
        creator=[{"type": "Person", "nickname": "pat"}],
        motivation=["commenting"],
        created="2015-10-13T13:00:00Z",
    )
    document["target"]["selector"] = [
        {"type": "TextPositionSelector", "start": 412, "end": 795},
        document["target"]["selector"],
    ]
    [record] = from_jsonld([document])
    assert (record.comment, record.comment_format, record.author) == (
        "Short comment",
        "text/plain",
        "pat",
    )
    assert record.position == TextPosition(412, 795) and record.created == "2015-10-13T13:00:00Z"


def test_tags_and_another_tools_assessment_are_kept() -> None:
    document = foreign(
        body=[
            {"type": "TextualBody", "purpose": "tagging", "value": "methodology"},
            {"type": "TextualBody", "purpose": "assessing", "value": "Partly supported"},
            {"type": "TextualBody", "value": "**Check** the table.", "format": "text/markdown"},
            {"type": "TextualBody", "purpose": "assessing", "value": "Dubious"},
        ]
    )
    [record] = from_jsonld(document)
    assert record.tags == ["methodology"]
    assert (record.comment, record.comment_format) == ("**Check** the table.", "text/markdown")
    # The last assessment wins; words that name no Silteme verdict are "other".
    assert record.verdict == "other"
    document["body"].pop()
    assert from_jsonld(document)[0].verdict == "partly_supported"


def test_collection_page_and_replies_in_any_order() -> None:
    items = [d for record in RECORDS for d in to_jsonld_thread(record)]
    reply = items.pop(1)
    page = {"type": "AnnotationPage", "items": [reply, *items]}  # the reply first
    assert from_jsonld(page) == RECORDS
    second_page = {"type": "AnnotationPage", "items": items[1:]}
    collection = {
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [reply, items[0]], "next": second_page},
    }
    assert from_jsonld(collection) == RECORDS
    assert from_jsonld({"type": "AnnotationCollection", "total": 0}) == []


def test_a_reply_to_a_reply_joins_the_thread() -> None:
    parent, reply = to_jsonld_thread(RECORDS[0])
    answer = {**reply, "id": "urn:uuid:00000000-0000-4000-8000-000000000001", "target": reply["id"]}
    [record] = from_jsonld([parent, reply, answer])
    assert [r.id for r in record.replies] == [reply["id"], answer["id"]]


def bad(number: int, broken: object) -> list[object]:
    """A valid export with item ``number`` (1-based) replaced by ``broken``."""
    items: list[object] = [d for record in RECORDS for d in to_jsonld_thread(record)]
    items[number - 1] = broken
    return items


TARGET = W3C_EXAMPLE["target"]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("annotations", "document: expected a JSON object or array"),
        (
            bad(3, foreign(target={"source": "http://example.org/page1"})),
            "item 3: target has no TextQuoteSelector",
        ),
        (
            bad(3, foreign(target="http://example.org/page1")),
            "item 3: target has no TextQuoteSelector",
        ),
        (bad(2, foreign(target=None)), "item 2: has no target"),
        (bad(1, foreign(id=None)), "item 1: has no id"),
        (bad(1, foreign(id="anno 23")), "item 1: id 'anno 23' is not an absolute IRI"),
        (bad(4, ["not", "an", "object"]), "item 4: is not a JSON object"),
        (
            foreign(body=W3C_EXAMPLE["body"]),
            "item 1: body 1 is not a TextualBody with a text value",
        ),
        (foreign(type="Note"), "item 1: is not an Annotation (type 'Note')"),
        (
            foreign(created="13/10/2015"),
            "item 1: created '13/10/2015' is not an ISO 8601 date-time",
        ),
        (
            foreign(created="2015-10-13T13:00:00"),
            "item 1: created '2015-10-13T13:00:00' is not an ISO",
        ),
        (
            foreign(body={"type": "TextualBody", "value": "<b>x</b>", "format": "text/html"}),
            "item 1: comment format text/html is neither text/plain nor text/markdown",
        ),
        (
            foreign(target={**TARGET, "selector": {"type": "TextQuoteSelector", "prefix": "a"}}),
            "item 1: TextQuoteSelector has no exact text",
        ),
        (
            foreign(
                target={
                    **TARGET,
                    "selector": [
                        TARGET["selector"],
                        {"type": "TextPositionSelector", "start": 9, "end": 9},
                    ],
                }
            ),
            "item 1: TextPositionSelector 9..9 is not a non-empty span",
        ),
        (
            foreign(
                target={
                    **TARGET,
                    "selector": [
                        TARGET["selector"],
                        {"type": "TextPositionSelector", "start": "9"},
                    ],
                }
            ),
            "item 1: TextPositionSelector start and end must be integers",
        ),
        (foreign(target={**TARGET, "source": None}), "item 1: target has no source"),
        (
            foreign(**{"silteme:status": "closed"}),
            "item 1: silteme:status 'closed' is neither open nor resolved",
        ),
        (
            foreign(creator={"name": "X", "silteme:role": "editor"}),
            "item 1: creator has unknown silteme:role",
        ),
        (
            foreign(
                body={
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "value": "x",
                    "silteme:verdict": "maybe",
                }
            ),
            "item 1: body 1 has unknown silteme:verdict 'maybe'",
        ),
        (
            bad(
                2,
                {
                    **to_jsonld_thread(RECORDS[0])[1],
                    "target": "urn:uuid:00000000-0000-4000-8000-00000000dead",
                },
            ),
            "item 2: replies to urn:uuid:00000000-0000-4000-8000-00000000dead, which is not among",
        ),
        (
            bad(3, to_jsonld_thread(RECORDS[0])[0]),
            "item 3: id urn:uuid:6a1f4c2e-8d3b-4e7a-b1c9-0f2d3e4a5b6c was used before",
        ),
        (
            {"type": "AnnotationCollection", "first": "https://example.org/page0"},
            "collection: its first page",
        ),
        (
            {"type": "AnnotationPage", "items": [], "next": "https://example.org/page2"},
            "page 1: its next page https://example.org/page2 is not in this file",
        ),
    ],
)
def test_bad_input_is_refused_saying_what_and_where(document: object, message: str) -> None:
    with pytest.raises(W3CFormatError) as raised:
        from_jsonld(document)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(
    "change",
    [
        {"verdict": "maybe"},
        {"status": "closed"},
        {"comment_format": "text/html"},
        {"created": "2025-03-02"},
        {"modified": "2025-03-02T25:00:00Z"},
        {"claim": "claim 7"},
        {"tags": ["ok", " "]},
        {"quote": TextQuote("")},
        {"color": ""},
    ],
)
def test_records_refuse_values_outside_the_model(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        replace(RECORDS[1], **change)
