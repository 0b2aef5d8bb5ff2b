"""record -> JSON-LD -> record gives back every field."""

from __future__ import annotations

import json
import string
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from references.anchoring import TextPosition, TextQuote
from references.review.w3c import (
    AnnotationRecord,
    ReplyRecord,
    collection_jsonld,
    from_jsonld,
    to_jsonld,
    to_jsonld_thread,
)
from tests.references.review.test_w3c_schemas import RECORDS

iris = st.uuids().map(lambda u: f"urn:uuid:{u}") | st.integers(1, 10**6).map(
    lambda n: f"https://reviews.example.org/annotations/{n}"
)
zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-3, minutes=-30))]
)
times = st.builds(
    lambda moment, zone, fraction: moment.replace(tzinfo=zone).isoformat(
        timespec="milliseconds" if fraction else "seconds"
    ),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    zones,
    st.booleans(),
) | st.just("")
texts = st.text(st.characters(codec="utf-8"), max_size=80)  # any text JSON can carry
words = st.text(string.ascii_letters + "әіңғүұқөһ -", min_size=1, max_size=20).filter(str.strip)
roles = st.sampled_from(["author", "reviewer"])

replies = st.builds(
    ReplyRecord, id=iris, author=texts, author_role=roles, body=texts, created=times, modified=times
)
positions = st.none() | st.integers(0, 900_000).flatmap(
    lambda start: st.builds(TextPosition, st.just(start), st.integers(start + 1, start + 5000))
)
records = st.builds(
    AnnotationRecord,
    id=iris,
    source=iris,
    quote=st.builds(TextQuote, texts.filter(bool), texts, texts),
    position=positions,
    comment=texts,
    comment_format=st.sampled_from(["text/plain", "text/markdown"]),
    verdict=st.none()
    | st.sampled_from(["supported", "partly_supported", "not_supported", "needs_source", "other"]),
    status=st.sampled_from(["open", "resolved"]),
    tags=st.lists(words, max_size=4),
    color=st.none() | st.sampled_from(["#f4b400", "yellow", "rgb(10, 20, 30)"]),
    author=texts,
    author_role=roles,
    created=times,
    modified=times,
    claim=st.none() | iris,
    replies=st.lists(replies, max_size=3, unique_by=lambda r: r.id),
)


def through_json(document: object) -> object:
    return json.loads(json.dumps(document, ensure_ascii=False))


@settings(max_examples=200, deadline=None)
@given(record=records)
def test_round_trip_is_identity_for_every_field(record: AnnotationRecord) -> None:
    alone = from_jsonld(through_json(to_jsonld(record)))
    assert alone == [replace(record, replies=[])]
    assert from_jsonld(through_json(to_jsonld_thread(record))) == [record]


@settings(max_examples=50, deadline=None)
@given(batch=st.lists(records, max_size=5, unique_by=lambda r: r.id))
def test_collection_round_trip_keeps_order_and_threads(batch: list[AnnotationRecord]) -> None:
    ids = [r.id for r in batch] + [reply.id for r in batch for reply in r.replies]
    assume(len(set(ids)) == len(ids))
    collection = collection_jsonld(batch, "urn:uuid:7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b")
    assert from_jsonld(through_json(collection)) == batch


def test_real_review_survives_the_round_trip() -> None:
    collection = collection_jsonld(RECORDS, "https://reviews.example.org/collections/thesis")
    assert from_jsonld(through_json(collection)) == RECORDS
    exported = json.dumps(collection, ensure_ascii=False)
    assert "Дереккөз көрсетілмеген" in exported  # Kazakh kept as text, not escapes
