"""Problems are reported at the right 1-based line, in words, and nothing is lost."""

from __future__ import annotations

from references.bibtex import BlockKind, ProblemKind, parse_bib, read_bib_file, write_bib
from tests.conftest import SHARED_BIB

BIB_DIR = SHARED_BIB


def line_of(text: str, marker: str) -> int:
    """1-based line of the first occurrence of ``marker`` in ``text``."""
    return text[: text.index(marker)].count("\n") + 1


def test_unclosed_entry_is_reported_where_it_starts_and_the_next_entry_survives() -> None:
    text = (
        "@article{first,\n"
        "  title = {Closed},\n"
        "}\n"
        "\n"
        "@book{broken,\n"
        "  title = {Never closed,\n"
        "  year = 1999,\n"
        "\n"
        "@misc{last,\n"
        "  title = {Still read},\n"
        "}\n"
    )
    result = parse_bib(text)
    assert [entry.key for entry in result.entries] == ["first", "last"]
    [problem] = result.problems
    assert problem.kind is ProblemKind.UNBALANCED_BRACES
    assert problem.line == line_of(text, "@book{broken")
    assert f"line {line_of(text, '@misc{last')}" in problem.message
    assert write_bib(result.blocks) == text
    [invalid] = [block for block in result.blocks if block.kind is BlockKind.INVALID]
    assert invalid.raw is not None and invalid.raw.startswith("@book{broken")


def test_entry_cut_off_by_the_end_of_the_file() -> None:
    text = "@misc{ok, title = {A}}\n\n@article{cut,\n  title = {No end"
    result = parse_bib(text)
    [problem] = result.problems
    assert problem.kind is ProblemKind.UNBALANCED_BRACES
    assert problem.line == 3
    assert "file ends" in problem.message
    assert write_bib(result.blocks) == text


def test_missing_comma_after_the_key() -> None:
    text = "% header\n@article{nokey title = {T}}\n"
    [problem] = parse_bib(text).problems
    assert problem.kind is ProblemKind.MALFORMED_ENTRY
    assert problem.line == 2
    assert "comma" in problem.message


def test_duplicate_keys_exact_and_by_letter_case() -> None:
    text = (
        "@misc{Smith2010, title = {A}}\n"
        "@misc{Smith2010, title = {B}}\n"
        "@misc{smith2010, title = {C}}\n"
    )
    result = parse_bib(text)
    assert len(result.entries) == 3  # all kept; the user decides
    problems = [(p.line, p.kind) for p in result.problems]
    assert problems == [(2, ProblemKind.DUPLICATE_KEY), (3, ProblemKind.DUPLICATE_KEY)]
    assert "already used by the entry on line 1" in result.problems[0].message
    assert "differs only in letter case" in result.problems[1].message


def test_duplicate_field_names_any_case_at_the_second_field_line() -> None:
    text = "@book{k,\n  Title = {One},\n  year = 2001,\n  title = {Two},\n}\n"
    result = parse_bib(text)
    [problem] = result.problems
    assert problem.kind is ProblemKind.DUPLICATE_FIELD
    assert problem.line == 4
    assert "lines 2 and 4" in problem.message
    assert result.entries[0].fields == (("Title", "{One}"), ("year", "2001"), ("title", "{Two}"))


def test_value_with_an_escaped_brace_is_unbalanced_for_bibtex() -> None:
    text = "@misc{k,\n  title = {Set \\{ open},\n}\n"
    [problem] = parse_bib(text).problems
    assert problem.kind is ProblemKind.UNBALANCED_BRACES
    assert problem.line == 2


def test_duplicate_string_macro() -> None:
    text = '@string{acm = "ACM"}\n@STRING{ACM = "Association"}\n'
    result = parse_bib(text)
    [problem] = result.problems
    assert (problem.line, problem.kind) == (2, ProblemKind.DUPLICATE_STRING)
    assert result.strings == {"acm": '"Association"'}


def test_unbracketed_comment_line_matches_the_line_biber_reports() -> None:
    # biber 2.18 on this file: "ERROR - BibTeX subsystem: ..., line 27, syntax error:
    # found "this", expected one of: start of entry".
    path = BIB_DIR / "jabref-bibWithUserComments.bib"
    text = path.read_text(encoding="utf-8")
    [problem] = read_bib_file(path).problems
    assert problem.kind is ProblemKind.JUNK
    assert problem.line == 27 == line_of(text, "@Comment this in an unbracketed comment")


def test_entry_without_key_and_a_field_name_with_a_space() -> None:
    text = "@misc{,\n  title = {T},\n}\n@misc{k,\n  bad name = {x},\n}\n"
    problems = parse_bib(text).problems
    assert [(p.line, p.kind) for p in problems] == [
        (1, ProblemKind.MALFORMED_ENTRY),
        (5, ProblemKind.MALFORMED_ENTRY),
    ]
    assert "no citation key" in problems[0].message
    assert "'bad name'" in problems[1].message


def test_clean_real_files_have_no_problems() -> None:
    for name in (
        "biblatex-examples.bib",
        "xampl.bib",
        "bibtexparser-traps.bib",
        "bibtexparser-article_with_strings.bib",
        "bibtexparser-biber_comments.bib",
        "jabref-complex.bib",
    ):
        assert read_bib_file(BIB_DIR / name).problems == [], name


def test_line_numbers_stay_right_after_a_line_ending_in_a_backslash() -> None:
    # bibtexparser 2.1 loses a line count at "\\" + newline; ours come from offsets.
    text = "@misc{a,\n  note = {one \\\\\n two},\n}\n@misc{a,\n  title = {T},\n}\n"
    [problem] = parse_bib(text).problems
    assert problem.line == 5
