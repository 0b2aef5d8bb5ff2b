"""Fuzz: random and mutated real .bib input never makes the parser raise.

For every input: ``parse_bib`` returns; its blocks give the input back
exactly; every problem has a line number inside the input. Mutations start
from windows of the real files (cut at random points, braces and quotes
removed or added, ``@`` and ``%`` inserted, bytes replaced at random).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from references.bibtex import parse_bib, read_bib_file
from tests.conftest import ROOT, SHARED_BIB

BIB_DIR = SHARED_BIB
CORPUS = [path.read_bytes() for path in sorted(BIB_DIR.glob("*.bib"))]
CORPUS.append((ROOT / "resources" / "bibliography.bib").read_bytes())

FUZZ = settings(
    max_examples=3000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SYNTAX = "@{}()\"=,#%\\\n \t"
# Hostile pieces (N: a depth, {* and }*: that many braces), from the adversarial test
# of issue 10: nesting that once overflowed the stack, controls, numbers int() refuses.
HOSTILE_PIECES = [
    "{*x}*", "{*x", "\\'" * 40 + "e", "\x01\x0b\x1f", "silteme-number = {²},", "silteme-number = {0},",
    "silteme-number = {" + str(2**63) + "},", "% Encoding: rot13\n", "groups = {g, g, g},",
]


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """A window of a real file, then a few edits where BibTeX is most fragile."""
    source = draw(st.sampled_from(CORPUS)).decode("utf-8")
    start = draw(st.integers(0, len(source)))
    text = source[start : start + draw(st.integers(0, 4000))]
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "cut", "drop-brace", "hostile"]))
        if action == "hostile":  # what an adversary writes: deep nesting, controls, odd numbers
            piece = draw(st.sampled_from(HOSTILE_PIECES))
            depth = draw(st.integers(1, 3000))
            text = text[:position] + piece.replace("N", str(depth)).replace("{*", "{" * depth).replace(
                "}*", "}" * depth) + text[position:]
        elif action == "insert":
            piece = draw(st.text(alphabet=SYNTAX + "ab1Қә", min_size=1, max_size=4))
            text = text[:position] + piece + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 20)) :]
        elif action == "cut":
            text = text[:position]
        else:
            brace = text.find(draw(st.sampled_from("{}\"")), position)
            if brace >= 0:
                text = text[:brace] + text[brace + 1 :]
    return text


def check(text: str) -> None:
    result = parse_bib(text)
    assert "".join(block.raw or "" for block in result.blocks) == text
    last_line = text.count("\n") + 1
    for problem in result.problems:
        assert 1 <= problem.line <= last_line, problem
        assert problem.message
    for block in result.blocks:
        assert 1 <= block.start_line <= last_line


@FUZZ
@given(mutated_text())
def test_mutated_real_files(text: str) -> None:
    check(text)


@settings(FUZZ, max_examples=2000)
@given(st.text(alphabet=st.sampled_from(SYNTAX + "abkeytitl019Қә"), max_size=300))
def test_random_bibtex_shaped_text(text: str) -> None:
    check(text)


@settings(FUZZ, max_examples=1000)
@given(
    source=st.sampled_from(CORPUS),
    start=st.integers(0, 70_000),
    length=st.integers(0, 3000),
    noise=st.binary(min_size=1, max_size=16),
    at=st.integers(0, 3000),
)
def test_random_bytes_in_files(
    source: bytes, start: int, length: int, noise: bytes, at: int
) -> None:
    window = source[start : start + length]
    data = window[:at] + noise + window[at:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.bib"
        path.write_bytes(data)
        result = read_bib_file(path)
    last_line = data.count(b"\n") + 1
    for problem in result.problems:
        assert 1 <= problem.line <= last_line, problem
