"""Sample records for the format tests, and checks of where their facts come from.

``THESIS_RECORDS`` hold only what the bundled thesis itself says about a
work it cites (a name, a title, a year) under the number it cites it
with; the tests here check that every phrase is in the thesis text. They
are as incomplete as the thesis's references mostly are.

``BRZEZINSKI_1997`` and ``BRZEZINSKI_1998`` are complete records of
widely held books: Z. Brzezinski, *The Grand Chessboard* (New York:
Basic Books, 1997) and its Russian translation *Великая шахматная доска*
(Москва: Международные отношения, 1998), the work the thesis cites as
"Шахмат тақтасы".

``bib_records`` reads real entries from the shared .bib corpus
(``shared/bib`` beside the checkout, ``tests.conftest.SHARED_BIB``; see SOURCES.md there) with bibtexparser, so that
these tests do not depend on Silteme's own BibTeX reader.
"""

from __future__ import annotations

import bibtexparser
import pytest

from references.formats.record import EntryRecord
from references.normalize import fold_compact
from tests.conftest import SHARED_BIB, THESIS

NAZARBAYEV_TITLE = "Қазақстанның егеменді мемлекет ретінде қалыптасуы мен дамуының стратегиясы"
CONSTITUTION_TITLE = "Қазақстан Республикасының Ата заңы"
TREATIES_LAW_TITLE = "Қазақстан Республикасының халықаралық шарттары туралы заңы"

THESIS_RECORDS: list[EntryRecord] = [
    EntryRecord(
        "article",
        "nazarbayev1992",
        {"author": "Назарбаев, Нұрсұлтан", "title": NAZARBAYEV_TITLE, "year": "1992"},
        number=2,
    ),
    EntryRecord("legislation", "constitution", {"title": CONSTITUTION_TITLE}, number=6),
    EntryRecord("legislation", "treatieslaw", {"title": TREATIES_LAW_TITLE}, number=7),
    EntryRecord("misc", "trenin", {"author": "Тренин, Д."}, number=46),
    EntryRecord("misc", "schatz", {"author": "Шац, Эдуард"}, number=65),
    EntryRecord("misc", "anceschi", {"author": "Анчески, Лука"}, number=71),
    EntryRecord("misc", "hill", {"author": "Хилл, Ф."}, number=72),
    EntryRecord(
        "book", "brzezinski-kk", {"author": "Бжезинский, З.", "title": "Шахмат тақтасы"}, number=73
    ),
]

#: The phrase in the thesis that each thesis record is taken from.
THESIS_EVIDENCE: dict[str, str] = {
    "nazarbayev1992": (
        "1992 жылдың мамыр айында Қазақстанның Тұңғыш Президенті Нұрсұлтан "
        f"Назарбаевтың «{NAZARBAYEV_TITLE}» атты мақаласында"
    ),
    "constitution": f"{CONSTITUTION_TITLE} [6]",
    "treatieslaw": f"{TREATIES_LAW_TITLE} [7]",
    "trenin": "Тренин .Д [46]",
    "schatz": "Эдуард Шац[65]",
    "anceschi": "Лука Анчески [71]",
    "hill": "Хилл. Ф. [72]",
    "brzezinski-kk": 'З.Бжезинскийдің "Шахмат тақтасы" еңбегіне сілтеме береді [73]',
}

BRZEZINSKI_1997 = EntryRecord(
    "book",
    "brzezinski1997",
    {
        "author": "Brzezinski, Zbigniew",
        "title": "The Grand Chessboard",
        "subtitle": "American Primacy and Its Geostrategic Imperatives",
        "publisher": "Basic Books",
        "address": "New York",
        "year": "1997",
        "language": "english",
    },
)
BRZEZINSKI_1998 = EntryRecord(
    "book",
    "brzezinski1998",
    {
        "author": "Бжезинский, Збигнев",
        "title": "Великая шахматная доска",
        "subtitle": "господство Америки и его геостратегические императивы",
        "publisher": "Международные отношения",
        "address": "Москва",
        "year": "1998",
        "language": "russian",
    },
)


def bib_records(file_name: str) -> list[EntryRecord]:
    """Entries of a shared .bib file, fields as bibtexparser gives them."""
    library = bibtexparser.parse_file(str(SHARED_BIB / file_name))
    return [
        EntryRecord(
            entry.entry_type.lower(),
            entry.key,
            {name.lower(): str(f.value) for name, f in entry.fields_dict.items()},
        )
        for entry in library.entries
    ]


def test_every_thesis_record_is_taken_from_the_thesis_text() -> None:
    thesis = fold_compact(THESIS.read_text(encoding="utf-8"))
    for record in THESIS_RECORDS:
        evidence = THESIS_EVIDENCE[record.key]
        assert fold_compact(evidence) in thesis, record.key
        assert f"{record.number}]" in evidence or record.key == "nazarbayev1992"
        for value in record.fields.values():
            # titles and years whole; for names, the family name (Kazakh adds case endings)
            assert fold_compact(value.split(",")[0]) in thesis


def test_the_nazarbayev_article_is_cited_as_number_2() -> None:
    thesis = fold_compact(THESIS.read_text(encoding="utf-8"))
    start = thesis.index(fold_compact(THESIS_EVIDENCE["nazarbayev1992"]))
    assert "[2]" in thesis[start : start + 300]


@pytest.mark.parametrize("file_name", ["xampl.bib", "biblatex-examples.bib"])
def test_shared_bib_files_read_completely(file_name: str) -> None:
    records = bib_records(file_name)
    assert len(records) == {"xampl.bib": 36, "biblatex-examples.bib": 92}[file_name]
    assert all(r.key and r.entry_type for r in records)
