"""Hostile .bib files: one sentence with the place, never a traceback, nothing recursive
on input depth (item 5 of issue 10), and the fuzz strategies that cover the class."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import app.cli
from models import Reference, SourceGroup
from models.db import open_library
from references.bibtex import read_bib_file
from references.bibtex.groups import MAX_GROUP_DEPTH
from references.bibtex.latex import latex_to_unicode
from references.bibtex.silteme_fields import silteme_number
from tests.conftest import THESIS

BOUNDED = settings(max_examples=80, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def silteme(argv: Sequence[str]) -> int:
    return app.cli.main(list(argv))


def groups_tree(depth: int) -> str:
    lines = ["@comment{jabref-meta: groupstree:", "0 AllEntriesGroup:;"]
    lines += [f"{level} ExplicitGroup:g{level}\\;0\\;a\\;;" for level in range(1, depth + 1)]
    return "\n".join(lines) + "\n}\n"


# Values an adversary nests or chains: braces, accents of accents, commands taking arguments.
nesting = st.integers(1, 5000).flatmap(lambda n: st.sampled_from([
    "{" * n + "x" + "}" * n,
    "\\'" * n + "e",
    "\\textsuperscript" * n + "{x}",
    "{\\'" * n + "e" + "}" * n,
    "{" * n + "x",  # never closed
]))


@BOUNDED
@given(value=nesting)
def test_latex_decoding_is_not_recursive_on_nesting(value: str) -> None:
    assert isinstance(latex_to_unicode(value), str)


@pytest.mark.parametrize("number, expected", [
    ("{57}", 57), ("{²}", None), ("{٣}", None), ("{0}", None), ("{" + str(2**63) + "}", None),
    ("{999999}", 999_999), ("{1000000}", None), ("{ 12 }", 12),
])
def test_only_real_bibliography_numbers_are_taken(number: str, expected: int | None) -> None:
    assert silteme_number({"silteme-number": number}) == expected


HOSTILE_FILES = {
    "braces": "@article{a, title={" + "{" * 1500 + "x" + "}" * 1500 + "}, year={2000}}\n",
    "rot13": "% Encoding: rot13\n@article{a, title={x}}\n",
    "base64": "% Encoding: base64\n@article{a, title={x}}\n",
    "zip": "% Encoding: zip\n@article{a, title={x}}\n",
    "superscript-number": "@article{a, title={x}, silteme-number={²}}\n",
    "huge-number": "@article{a, title={x}, silteme-number={%d}}\n" % 2**63,
    "zero-number": "@article{a, title={x}, silteme-number={0}}\n",
    "deep-groups": "@article{a, title={x}, groups={g2000}}\n\n" + groups_tree(2000),
    "controls": "@article{a, title={bad\x01title}, author={Ab\x1bc, D.}}\n",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_hostile_bib_files_import_into_a_bibliography_and_export(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "lib.sqlite")]
    assert silteme([*db, "import-text", str(THESIS), "--title", "T"]) == 0
    path = tmp_path / f"{case}.bib"
    path.write_text(HOSTILE_FILES[case], encoding="utf-8")
    capsys.readouterr()
    assert silteme([*db, "import-bib", str(path), "--document", "T"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for line in err.splitlines():  # every problem says where
        assert re.match(re.escape(str(path)) + r":\d+: ", line), line
    with open_library(tmp_path / "lib.sqlite").session() as session:
        (number, title) = session.execute(select(Reference.number, Reference.title).where(Reference.key == "a")).one()
        assert number == 229  # a bibliography of 228: the next number, never 0, ² or 2**63
        assert "\x01" not in title
        depth = 0
        for group in session.scalars(select(SourceGroup)):
            level, parent = 1, group.parent
            while parent is not None:
                level, parent = level + 1, parent.parent
            depth = max(depth, level)
        assert depth <= MAX_GROUP_DEPTH
    assert silteme([*db, "export-bib", str(tmp_path / "out.bib")]) == 0
    assert silteme([*db, "export-csl-json", str(tmp_path / "out.json"), "--document", "T"]) == 0


@pytest.mark.parametrize("name", ["rot13", "base64", "zip", "no-such-codec"])
def test_an_encoding_header_that_is_no_text_encoding_is_a_problem_on_its_line(name: str, tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_text(f"% Encoding: {name}\n@article{{a, title={{x}}}}\n", encoding="utf-8")
    result = read_bib_file(path)
    assert result.encoding == "utf-8"
    assert [(p.line, p.kind.value) for p in result.problems] == [(1, "encoding")]
    assert name in result.problems[0].message
