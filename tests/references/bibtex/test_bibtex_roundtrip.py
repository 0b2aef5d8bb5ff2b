"""Parse then write the real .bib files of shared/bib: same text; edits stay local."""

from __future__ import annotations

from pathlib import Path

import pytest

from references.bibtex import (
    BibBlock,
    BlockKind,
    field_value,
    parse_bib,
    read_bib_file,
    write_bib,
)
from tests.conftest import SHARED_BIB

BIB_DIR = SHARED_BIB
BIB_FILES = sorted(BIB_DIR.glob("*.bib"))


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def test_the_corpus_is_there() -> None:
    assert len(BIB_FILES) == 8, f"expected the 8 files of {BIB_DIR}"


@pytest.mark.parametrize("path", BIB_FILES, ids=lambda path: path.name)
def test_unmodified_file_is_written_back_byte_for_byte(path: Path) -> None:
    result = read_bib_file(path)
    assert write_bib(result.blocks).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", BIB_FILES, ids=lambda path: path.name)
def test_block_start_lines_point_at_the_block_text(path: Path) -> None:
    lines = read_text(path).split("\n")
    for block in parse_bib(read_text(path)).blocks:
        raw = block.raw or ""
        if block.kind is BlockKind.TEXT or not raw:
            continue
        first_line = raw.split("\n", 1)[0]
        assert first_line in lines[block.start_line - 1], (block.kind, block.start_line)


@pytest.mark.parametrize("path", BIB_FILES, ids=lambda path: path.name)
def test_changing_one_field_rewrites_only_that_entry(path: Path) -> None:
    text = read_text(path)
    result = parse_bib(text)
    index = next(i for i, block in enumerate(result.blocks) if block.kind is BlockKind.ENTRY)
    edited = result.blocks[index].with_field("note", field_value("note", "Checked 50% & fixed"))
    blocks = [*result.blocks[:index], edited, *result.blocks[index + 1 :]]

    written = write_bib(blocks)

    start = sum(len(block.raw or "") for block in result.blocks[:index])
    end = start + len(result.blocks[index].raw or "")
    assert written[:start] == text[:start]
    assert written[len(written) - (len(text) - end) :] == text[end:]
    changed = written[start : len(written) - (len(text) - end)]
    assert "note = {Checked 50\\% \\& fixed}," in changed
    reparsed = parse_bib(written).entries[0]
    assert (reparsed.key, reparsed.fields) == (edited.key, edited.fields)


def test_a_rewritten_entry_keeps_unknown_fields_in_their_order() -> None:
    # jabref-complex.bib's first entries carry JabRef's own fields (owner, timestamp...).
    result = read_bib_file(BIB_DIR / "jabref-complex.bib")
    entry = result.entries[0]
    names_before = [name for name, _value in entry.fields]
    rewritten = parse_bib(write_bib([entry.with_field("year", "{2099}")])).entries[0]
    assert [name for name, _value in rewritten.fields] == names_before
    for (name, value), (_name, new_value) in zip(entry.fields, rewritten.fields, strict=True):
        if name.lower() != "year":
            assert new_value == value


def test_values_are_kept_exactly_as_written() -> None:
    result = read_bib_file(BIB_DIR / "biblatex-examples.bib")
    by_key = {entry.key: entry for entry in result.entries}
    # Source: `publisher    = dtv # { and Walter de Gruyter},` (entry nietzsche:ksa)
    assert by_key["nietzsche:ksa"].field("publisher") == "dtv # { and Walter de Gruyter}"
    # Source: `journaltitle = jomch,` (entry aksin)
    assert by_key["aksin"].field("journaltitle") == "jomch"
    assert result.strings["jomch"] == "{J.~Organomet. Chem.}"


def test_string_preamble_comments_and_free_text_are_blocks_in_order() -> None:
    result = read_bib_file(BIB_DIR / "jabref-complex.bib")
    kinds = [block.kind for block in result.blocks if block.kind is not BlockKind.TEXT]
    assert kinds[:4] == [BlockKind.PREAMBLE, BlockKind.STRING, BlockKind.STRING, BlockKind.ENTRY]
    assert kinds.count(BlockKind.JABREF_META) == 10
    texts = [block.raw for block in result.blocks if block.kind is BlockKind.TEXT]
    assert texts[0] == "% Encoding: UTF-8\n\n"
    assert "This is some arbitrary user comment that should be preserved" in texts[1]
    assert texts[-1] == "\n\nSome trailing text\n"


def test_biber_comment_lines_are_not_part_of_field_names_or_values() -> None:
    # bibtexparser-biber_comments.bib has "% ..." lines between the fields.
    entry = read_bib_file(BIB_DIR / "bibtexparser-biber_comments.bib").entries[0]
    assert entry.fields == (
        ("title", "{Current title}"),
        ("date", "{2024}"),
        ("url", "{https://example.invalid}"),
    )
    assert "% after all fields" in (entry.raw or "")


def test_malformed_file_keeps_its_valid_entry_and_reports_the_junk_line() -> None:
    path = BIB_DIR / "jabref-bibWithMixedContent.bib"
    result = read_bib_file(path)
    assert [entry.key for entry in result.entries] == ["Fen2010"]
    [problem] = result.problems
    junk_line = read_text(path).split("\n").index("sdjfdsbhfuwefwiuqhfer}}}") + 1
    assert problem.line == junk_line == 13
    assert "sdjfdsbhfuwefwiuqhfer}}}" in problem.message


def test_new_entries_are_appended_after_a_blank_line() -> None:
    text = read_text(BIB_DIR / "bibtexparser-traps.bib")
    blocks = parse_bib(text).blocks
    new = BibBlock(
        BlockKind.ENTRY,
        None,
        entry_type="misc",
        key="new",
        fields=(("title", "{Жаңа}"),),
    )
    written = write_bib([*blocks, new])
    assert written.startswith(text)
    assert written[len(text) :] == "\n@misc{new,\n  title = {Жаңа},\n}\n"
    assert [entry.key for entry in parse_bib(written).entries] == ["Laide2013", "new"]


def test_an_entry_written_without_a_key_is_an_entry() -> None:
    """EndNote's BibTeX export (bbt-endnote-export.bib in the interchange corpus) writes no keys."""
    from references.bibtex.model import BlockKind

    text = "\n\t@article{\n\t  author = {Huang, Y. and Mucke, L.},\n\t  title = {Alzheimer mechanisms},\n\t  year = {2012}\n\t}\n"
    result = parse_bib(text)
    entries = [block for block in result.blocks if block.kind is BlockKind.ENTRY]
    assert len(entries) == 1 and not entries[0].key and entries[0].field("title") == "{Alzheimer mechanisms}"
    assert "".join(block.raw for block in result.blocks) == text
    assert parse_bib("@string{ journal = {Cell}}\n").strings == {"journal": "{Cell}"}  # the same shape, a string


def test_an_entry_commented_out_with_a_percent_sign_is_a_comment_as_biber_reads_it() -> None:
    """biblatex-apa's examples (bbt-plus-field-name-2660.bib in the interchange corpus) comment entries out so."""
    from references.bibtex.model import BlockKind

    text = "%@ARTICLE{old,\n%  TITLE = {Old}\n%}\n\n@ARTICLE{old,\n  TITLE = {New}\n}\n"
    result = parse_bib(text)
    entries = [block for block in result.blocks if block.kind is BlockKind.ENTRY]
    assert [(entry.key, entry.field("title")) for entry in entries] == [("old", "{New}")]
    assert result.problems == [] and "".join(block.raw for block in result.blocks) == text
