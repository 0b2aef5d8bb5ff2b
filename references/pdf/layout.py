"""From a PDF's lines to the text the thesis parser reads, page by page.

What a PDF adds to the text is taken out here, from the geometry:

- running heads and footers: a line in the top or bottom band of the page
  whose text (digits aside) comes back on three pages or more;
- page numbers: a line in those bands that is only a number ("12",
  "- 12 -", "xii", "Page 12 of 40");
- words hyphenated across lines: "politi-" + "cal" is joined to "political"
  when the document writes the word without the hyphen elsewhere, or when
  the document is hyphenated automatically (many lines end in a hyphen)
  and it never writes "politi-cal" with the hyphen mid-line; otherwise the
  hyphen is real and kept ("теке-тірестер").

Paragraphs are then rebuilt from line geometry: a gap wider than the usual
line pitch ends one (written as a blank line), a first line indented from
the left margin starts one (written with a leading space), as the text
import expects (see decision 0005). Each page ends with its number on a
line of its own, the way a printed page number stands in extracted text,
so every block knows the pages it spans (``PageBreak`` rows).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from references.pdf.reading import PdfLine, PdfPage

BAND = 0.09  # top and bottom share of the page where running heads and footers stand
# A line in the top or bottom band that comes back (digits aside) on this many pages is a running
# head or footer; a chapter's own head ("Chapter 2. Methods") comes back on each page of its chapter.
REPEATED_PAGES = 3
HEADING_SIZE = 1.15  # a line in type this much larger than the body's is a heading
_CHAPTER_WORD = re.compile(r"^\s*(?:chapter|глава|бөлім|тарау|part|часть)\s+(\d{1,2})\.?\s*$", re.IGNORECASE)
AUTO_HYPHENATION_SHARE = 0.04  # the bundled thesis (real hyphens only) ends 1.2% of its lines so
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|бет|стр\.?|страница)\s*)?(\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|из|/)\s*\d{1,4})?(?:\s*[-–—])?\s*(?:бет)?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"(\w+)[-\u00ad\u2010]$")
_LEADING_WORD = re.compile(r"^(\w+)(.*)$", re.DOTALL)


@dataclass
class PdfText:
    """The text for the thesis parser, and for each of its lines the page it came from."""

    text: str
    line_pages: list[int]  # line number (1-based) -> page; 0 for blank and page-number lines
    heading_lines: frozenset[int] = frozenset()  # lines set in larger type than the body (1-based)
    removed: list[str] = field(default_factory=list)  # running heads, footers and page numbers taken out
    hyphens_joined: int = 0
    pages: int = 0


def build_text(pages: list[PdfPage]) -> PdfText:
    furniture = _furniture(pages)
    removed: list[str] = []
    kept: list[list[PdfLine]] = []
    for page in pages:
        body = []
        for line in page.lines:
            if _is_furniture(line, page, furniture):
                removed.append(f"page {page.number}: {line.text.strip()}")
            else:
                body.append(line)
        kept.append(body)
    words = _word_forms([line for body in kept for line in body])
    ending = sum(1 for body in kept for line in body if _HYPHENATED.search(line.text))
    total = max(1, sum(len(body) for body in kept))
    auto = ending / total >= AUTO_HYPHENATION_SHARE
    texts = [[line.text for line in body] for body in kept]
    joined = _join_hyphens(kept, texts, words, auto)
    out: list[str] = []
    line_pages: list[int] = []
    headings: set[int] = set()
    pitch = _pitch(kept)
    body_size = _body_size(kept)
    for page, body, lines in zip(pages, kept, texts, strict=True):
        previous: PdfLine | None = None
        left = _left_margin([body]) if body else 0.0  # two-sided layouts move the margin page by page
        _merge_chapter_words(body, lines, body_size)
        for index, (line, text) in enumerate(zip(body, lines, strict=True)):
            if not text.strip():
                previous = line
                continue
            if _lone_number(body, index, pitch):
                removed.append(f"page {page.number}: {text.strip()}")
                continue
            gap = previous.y0 - line.y1 if previous is not None else 0.0
            if gap > 0.9 * pitch:
                blanks = 2 if gap > 2.4 * pitch else 1
                out.extend([""] * blanks)
                line_pages.extend([0] * blanks)
            indent = " " if line.x0 - left > 1.2 * line.size and line.x0 - left < 12 * line.size else ""
            out.append(indent + text.replace("\t", "  "))
            line_pages.append(page.number)
            if line.size >= HEADING_SIZE * body_size and len(text) <= 150:
                headings.add(len(out))
            previous = line
        if page is not pages[-1]:  # the page's number, as extracted text shows it
            out.extend(["", "", str(page.number), ""])
            line_pages.extend([0, 0, 0, 0])
    return PdfText("\n".join(out) + "\n", line_pages, frozenset(headings), removed, joined, len(pages))


def _body_size(kept: list[list[PdfLine]]) -> float:
    """The type size most of the text is set in (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for body in kept:
        for line in body:
            sizes[round(line.size)] += len(line.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _merge_chapter_words(body: list[PdfLine], lines: list[str], body_size: float) -> None:
    """"Chapter 2" over "Methods" (LaTeX's report and book classes) becomes "2 Methods", as numbered titles are."""
    for index in range(len(body) - 1):
        match = _CHAPTER_WORD.match(lines[index])
        if match and body[index].size >= HEADING_SIZE * body_size and body[index + 1].size >= HEADING_SIZE * body_size:
            lines[index] = f"{match.group(1)} {lines[index + 1].strip()}"
            lines[index + 1] = ""


def _lone_number(body: list[PdfLine], index: int, pitch: float) -> bool:
    """A number alone on its line with a gap above and below: a page number printed inside the page."""
    line = body[index]
    if not re.fullmatch(r"\s*\d{1,4}\s*", line.text):
        return False
    above = index == 0 or body[index - 1].y0 - line.y1 > 0.9 * pitch
    below = index == len(body) - 1 or line.y0 - body[index + 1].y1 > 0.9 * pitch
    return above and below


def _furniture(pages: list[PdfPage]) -> set[str]:
    """Texts (digits masked) of band lines that repeat on many pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {_mask(l.text) for l in page.lines if in_band(l, page)}
        counts.update(seen)
    need = min(REPEATED_PAGES, max(2, len(pages)))
    return {text for text, n in counts.items() if n >= need and text}


def in_band(line: PdfLine, page: PdfPage) -> bool:
    return line.y0 > page.height * (1 - BAND) or line.y1 < page.height * BAND


def _is_furniture(line: PdfLine, page: PdfPage, furniture: set[str]) -> bool:
    if not in_band(line, page):
        return False
    return bool(_PAGE_NUMBER.match(line.text)) or _mask(line.text) in furniture


def _mask(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


@dataclass(frozen=True)
class _Words:
    plain: frozenset[str]  # words written inside a line, casefolded
    hyphen_heads: frozenset[str]  # "теке" when "теке-тірес..." is written inside a line


def _word_forms(lines: list[PdfLine]) -> _Words:
    plain: set[str] = set()
    heads: set[str] = set()
    for line in lines:
        for word in re.findall(r"\w+(?:-\w+)*", line.text.rstrip().rstrip("-\u00ad\u2010").casefold()):
            if "-" in word:
                heads.add(word.split("-", 1)[0])
            else:
                plain.add(word)
    return _Words(frozenset(plain), frozenset(heads))


def _join_hyphens(kept: list[list[PdfLine]], texts: list[list[str]], words: _Words, auto: bool) -> int:
    """Join words split by a line-end hyphen onto the first line; returns how many lost their hyphen."""
    flat = [(p, i) for p, body in enumerate(kept) for i in range(len(body))]
    joined = 0
    for (p1, i1), (p2, i2) in zip(flat, flat[1:]):
        first, second = texts[p1][i1], texts[p2][i2]
        end = _HYPHENATED.search(first.rstrip())
        start = _LEADING_WORD.match(second.lstrip())
        if not end or not start or not start.group(1)[:1].islower():
            continue
        head, tail = end.group(1), start.group(1)
        soft = first.rstrip()[-1] == "\u00ad"
        real = head.casefold() in words.hyphen_heads
        plain = f"{head}{tail}".casefold() in words.plain
        if soft or (plain and not real) or (auto and not real):
            texts[p1][i1] = first.rstrip()[:-1] + tail
            joined += 1
        else:
            texts[p1][i1] = first.rstrip() + tail
        texts[p2][i2] = start.group(2).lstrip()
    return joined


def _left_margin(kept: list[list[PdfLine]]) -> float:
    xs = Counter(round(line.x0) for body in kept for line in body)
    return float(xs.most_common(1)[0][0]) if xs else 0.0


def _pitch(kept: list[list[PdfLine]]) -> float:
    """The usual distance between the baselines of two lines of one paragraph."""
    gaps = [
        a.y0 - b.y0
        for body in kept
        for a, b in zip(body, body[1:])
        if 0 < a.y0 - b.y0 < 4 * max(a.size, 1)
    ]
    if not gaps:
        return 14.0
    usual = median(gaps)
    return max(usual - median(l.y1 - l.y0 for body in kept for l in body), 1.0) + 0.5 * usual
