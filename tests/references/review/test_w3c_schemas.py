"""Exports checked with the W3C Web Annotation test suite's own JSON schemas.

Each assertion schema of a suite ``.test`` file is applied on its own, as the
W3C harness does. See tests/data/w3c/SOURCES.md for where they come from.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource

from references.anchoring import describe
from references.review.w3c import AnnotationRecord, ReplyRecord, collection_jsonld, to_jsonld_thread
from tests.references.anchoring.test_anchoring_revisions import load_document, locate
from tests.conftest import DATA

SUITE = DATA / "w3c"

# Optional assertions for features Silteme exports, each listed in one of the
# suite's optional .test files.
IMPLEMENTED = {
    "annotations/annotationOptionals.test": [
        "annotations/3.1-bodyKeyFound.json",
        "annotations/3.3.1-annotationCreatedImplemented.json",
        "annotations/3.3.1-annotationModifiedImplemented.json",
        "annotations/3.3.1-annotationSingleCreatorImplemented.json",
        "annotations/3.3.5-annotationMotivationImplemented.json",
        "annotations/3.3.5-annotationSingleMotivationImplemented.json",
        "annotations/bodiesTargets/3.2.1-bodyFormat.json",
        "annotations/bodiesTargets/3.2.4-bodyETB.json",
        "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
        "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
        "annotations/bodiesTargets/4-targSpecificResource.json",
        "annotations/specificResource/4.2-selectorFound.json",
        "annotations/specificResource/4.2.4-textQuoteSelector.json",
        "annotations/specificResource/4.2.4-prefix.json",
        "annotations/specificResource/4.2.4-suffix.json",
        "annotations/specificResource/4.2.5-textPositionSelector.json",
    ],
    "annotations/annotationsAgentOptionals.test": [
        "annotations/3.3.1-annotationCreatorImplemented.json",
        "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
        "annotations/3.3.2-annotationCreatorAgentNameImplemented.json",
        "annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json",
    ],
}


def load(relative: str) -> Any:
    return json.loads((SUITE / relative).read_text(encoding="utf-8"))


@cache
def registry() -> Registry:
    # Every "$ref" names a definitions file by its bare file name, which is
    # also its draft-04 "id", so registering them under that name is enough.
    return Registry().with_resources(
        (path.name, Resource.from_contents(load(f"definitions/{path.name}")))
        for path in sorted((SUITE / "definitions").glob("*.json"))
    )


def failed(document: dict[str, Any], assertions: list[str]) -> list[str]:
    """The assertions (with their messages) that ``document`` does not meet."""
    out = []
    for relative in assertions:
        schema = load(relative)
        validator = Draft4Validator(
            schema, registry=registry(), format_checker=Draft4Validator.FORMAT_CHECKER
        )
        if validator.is_valid(document) != (schema.get("expectedResult", "valid") == "valid"):
            out.append(f"{relative}: {schema.get('errorMessage')}")
    return out


MUSTS: list[str] = load("annotations/annotationMusts.test")["assertions"]
DOCUMENT = load_document()
SOURCE = "urn:uuid:0b6e7c8a-3f7e-4c53-9a57-8d2f0f6a1c11"


def reviewed(words: str, **fields: Any) -> AnnotationRecord:
    quote, position = describe(DOCUMENT, *locate(DOCUMENT, words))
    return AnnotationRecord(source=SOURCE, quote=quote, position=position, **fields)


RECORDS = [
    reviewed(
        "Қазақстанға ЕҚЫҰ 2010 жылы төрағалық етіп",
        id="urn:uuid:6a1f4c2e-8d3b-4e7a-b1c9-0f2d3e4a5b6c",
        comment="Дереккөз көрсетілмеген: **ЕҚЫҰ** құжатына сілтеме қажет.",
        comment_format="text/markdown",
        verdict="needs_source",
        tags=["дереккөз", "ЕҚЫҰ"],
        color="#f4b400",
        author="Reviewer A",
        created="2025-03-02T09:15:00Z",
        modified="2025-03-04T17:40:12+05:00",
        claim="urn:uuid:9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
        replies=[
            ReplyRecord(
                id="urn:uuid:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                author="Author",
                author_role="author",
                body="Сілтеме [34] қосылды.",
                created="2025-03-05T08:00:00Z",
                modified="2025-03-05T08:00:00Z",
            )
        ],
    ),
    # The least an annotation can carry: a quote, nothing said about it yet.
    reviewed(
        "Болон процесі арқылы",
        id="https://reviews.example.org/annotations/17",
        created="2025-03-02T09:20:00Z",
        modified="2025-03-02T09:20:00Z",
    ),
    reviewed(
        "көпвекторлы сыртқы саясат",
        id="urn:uuid:2d3e4f50-6172-4839-a4b5-c6d7e8f90a1b",
        comment="Термин бірізді қолданылмаған.",
        verdict="partly_supported",
        status="resolved",
        author="Reviewer B",
        created="2025-03-03T11:00:00.250Z",
        modified="2025-03-06T10:00:00Z",
    ),
]


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    return [document for record in RECORDS for document in to_jsonld_thread(record)]


def test_the_format_checks_are_active() -> None:
    """Without rfc3339-validator and rfc3986-validator jsonschema silently
    skips "uri" and "date-time", and the MUST checks below would miss bad ids
    and times (install jsonschema[format-nongpl])."""
    good = to_jsonld_thread(RECORDS[1])[0]
    assert failed(good, MUSTS) == []
    assert failed({**good, "created": "2025-03-02 09:20"}, MUSTS) == [
        "annotations/3.3.1-annotationCreatedValidated.json: "
        + load("annotations/3.3.1-annotationCreatedValidated.json")["errorMessage"]
    ]
    assert failed({**good, "id": "not an iri"}, MUSTS) == [
        "annotations/3.1-annotationIdValidated.json: "
        + load("annotations/3.1-annotationIdValidated.json")["errorMessage"]
    ]


def test_every_exported_annotation_and_reply_meets_all_54_musts(
    documents: list[dict[str, Any]],
) -> None:
    assert len(MUSTS) == 54 and len(documents) == 4
    for document in documents:
        assert failed(document, MUSTS) == [], document["id"]


def test_the_suite_sees_the_optional_features_silteme_exports(
    documents: list[dict[str, Any]],
) -> None:
    for test_file, assertions in IMPLEMENTED.items():
        listed = load(test_file)["assertions"]
        assert set(assertions) <= set(listed)
        assert failed(documents[0], assertions) == []


def test_a_reply_is_an_annotation_replying_to_its_parent(documents: list[dict[str, Any]]) -> None:
    reply = documents[1]
    assert reply["motivation"] == "replying" and reply["target"] == RECORDS[0].id
    assert failed(reply, IMPLEMENTED["annotations/annotationsAgentOptionals.test"]) == []


def test_collection_has_a_valid_first_page_and_valid_items() -> None:
    collection = collection_jsonld(RECORDS, "urn:uuid:7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b")
    checks = [
        "annotationCollectionTypeValueFound",
        "totalFound",
        "firstFound",
        "firstRequiredIfTotalMoreThanZero",
    ]
    for name in checks:
        schema = {"$ref": f"collections.json#/definitions/{name}"}
        validator = Draft4Validator(
            schema, registry=registry(), format_checker=Draft4Validator.FORMAT_CHECKER
        )
        assert validator.is_valid(collection), name
    page = collection["first"]
    for name in ("annotationPageTypeValueFound", "startIndexFound", "itemsFound"):
        schema = {"$ref": f"collections.json#/definitions/{name}"}
        assert Draft4Validator(schema, registry=registry()).is_valid(page), name
    assert collection["total"] == len(page["items"]) == 4
    # Items inherit the collection's context; alone, each is a valid annotation.
    for item in page["items"]:
        assert "@context" not in item
        assert failed({"@context": collection["@context"], **item}, MUSTS) == []
