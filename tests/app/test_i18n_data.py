"""Data in the document's language (issue 17): the language a thesis is
written in, GOST terms in that language, alphabetical order by language,
and search folding that holds in every interface language."""

from __future__ import annotations

import functools
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCollator, QLocale, Qt

from models import Document
from models.db import Library
from references.formats import format_bibliography
from references.formats.record import EntryRecord
from references.thesis.search import search
from references.text.collation import collation_key
from references.text.language import detect_language
from tests.conftest import ROOT

SILTEME = Path(sys.executable).with_name("silteme")
CSL = Path(str(resources.files("resources.csl")))
NS = {"cs": "http://purl.org/net/xbiblio/csl"}

RUSSIAN_TEXT = (
    "Внешняя политика Казахстана строится на принципах многовекторности. "
    "Этот подход описан в работах Лаумулина и Токаева [1], а также в концепции 2020 года [2-4]."
)
ENGLISH_TEXT = "Kazakhstan's multi-vector foreign policy balances Russia, China and the West [1]."


# --- the language of a thesis --------------------------------------------------------


def test_the_bundled_thesis_is_kazakh_and_other_texts_are_told_apart() -> None:
    thesis = (ROOT / "resources" / "dissertation-kk.txt").read_text(encoding="utf-8")
    assert detect_language(thesis) == "kk"
    assert detect_language(RUSSIAN_TEXT) == "ru"
    assert detect_language(RUSSIAN_TEXT + " Сыртқы саясат тұжырымдамасы.") == "ru"  # one Kazakh title quoted
    assert detect_language(ENGLISH_TEXT) == "en"
    # A Kazakh text typed with the Latin ə and without other Kazakh letters is still Kazakh.
    assert detect_language("Бұл əдебиеттер тізімі " * 5) == "kk"


def test_imports_record_the_language_and_the_command_line_can_change_it(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    text = tmp_path / "thesis-ru.txt"
    text.write_text("1 ВВЕДЕНИЕ\n\n" + RUSSIAN_TEXT + "\n", encoding="utf-8")
    assert run("--db", db, "import-text", str(text)).returncode == 0
    assert run("--db", db, "language").stdout.strip() == "ru"
    changed = run("--lang", "en", "--db", db, "language", "kk")
    assert changed.returncode == 0 and "(it was ru)" in changed.stdout
    assert run("--db", db, "language").stdout.strip() == "kk"
    refused = run("--db", db, "language", "de")
    assert refused.returncode == 2 and "invalid choice" in refused.stderr


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SILTEME), *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


# --- GOST in the thesis's language ---------------------------------------------------------


BOOK = EntryRecord(
    "book", "nazarbayev",
    {"author": "Назарбаев, Нұрсұлтан", "title": "Қазақстан жолы", "address": "Астана", "publisher": "Елорда",
     "year": "2006", "pagetotal": "372", "edition": "2", "editor": "Оспанов, Б."},
    1,
)
ARTICLE = EntryRecord(
    "article", "laumulin",
    {"author": "Лаумулин, Мурат", "title": "Центральная Азия в зарубежной политологии", "journal": "Казахстан-Спектр",
     "year": "2009", "volume": "3", "number": "49", "pages": "5--20"},
    2,
)
WEB = EntryRecord(
    "online", "mfa",
    {"title": "Сыртқы саясат тұжырымдамасы", "url": "https://www.gov.kz/memleket/entities/mfa", "urldate": "2025-11-30"},
    3,
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", ["2-ші бас. / ред. Оспанов Б.", "372 б.", "Т. 3, № 49. Б. 5–20", "[Электрондық ресурс]", "(қаралған күні: 30.11.2025)"]),
        ("ru", ["2-е изд. / под ред. Оспанов Б.", "372 с.", "Т. 3, № 49. С. 5–20", "[Электронный ресурс]", "(дата обращения: 30.11.2025)"]),
        ("en", ["2nd ed. / ed. Оспанов Б.", "372 p.", "Vol. 3, № 49. P. 5–20", "[Electronic resource]", "(accessed: 30.11.2025)"]),
    ],
)
def test_gost_terms_follow_the_documents_language(language: str, expected: list[str]) -> None:
    text = "\n".join(format_bibliography([BOOK, ARTICLE, WEB], "gost-numeric", "text", language=language))
    for piece in expected:
        assert piece in text, (language, piece, text)


def test_kazakh_ordinals_follow_the_numeral() -> None:
    editions = {"1": "1-ші", "3": "3-ші", "6": "6-шы", "9": "9-шы", "10": "10-шы", "25": "25-ші"}
    for edition, expected in editions.items():
        record = EntryRecord("book", "b", {**BOOK.fields, "edition": edition}, 1)
        assert f"{expected} бас." in format_bibliography([record], "gost-numeric", language="kk")[0]


def gost_terms() -> set[tuple[str, str | None]]:
    """Every (term, form) the GOST style asks for, its labels included."""
    style = etree.parse(str(CSL / "gost-r-7-0-5-2008-numeric.csl"))
    wanted = {(e.get("term"), e.get("form")) for e in style.iterfind(".//cs:text[@term]", NS)}
    for label in style.iterfind(".//cs:label", NS):
        variables = (label.get("variable") or "").split() or ["editor", "translator"]  # a names label
        wanted |= {(v if v != "locator" else "page", label.get("form")) for v in variables}
    wanted |= {("ordinal", None), ("et-al", None), ("and others", None), ("accessed", None)}
    return wanted


def test_the_kazakh_locale_defines_every_term_the_gost_style_uses() -> None:
    locale = etree.parse(str(CSL / "locales-kk-KZ.xml"))
    defined = {(t.get("name"), t.get("form")) for t in locale.iterfind(".//cs:term", NS)}
    style = etree.parse(str(CSL / "gost-r-7-0-5-2008-numeric.csl"))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    general = [loc for loc in style.iterfind("./cs:locale", NS) if loc.get(lang) is None]  # the style's own, any language
    in_style = {(t.get("name"), t.get("form")) for loc in general for t in loc.iterfind(".//cs:term", NS)}
    missing = gost_terms() - defined - in_style
    assert missing == set()
    assert {t.text for t in locale.iterfind(".//cs:term[@name='page'][@form='short']/cs:single", NS)} == {"б."}
    assert {t.text for t in locale.iterfind(".//cs:term[@name='volume'][@form='short']/cs:single", NS)} == {"т."}


def test_a_documents_bibliography_uses_its_language_through_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    thesis = tmp_path / "thesis.txt"
    thesis.write_text("КІРІСПЕ\n\nҚазақстанның сыртқы саясаты көпвекторлы [1], оны зерттеушілер талдаған [2].\n", encoding="utf-8")
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@book{a, author={Назарбаев, Нұрсұлтан}, title={Қазақстан жолы}, address={Астана}, publisher={Елорда},"
        " year={2006}, pagetotal={372}}\n"
        "@article{b, author={Лаумулин, Мурат}, title={Центральная Азия}, journal={Казахстан-Спектр}, year={2009},"
        " volume={3}, pages={5--20}}\n",
        encoding="utf-8",
    )
    assert run("--db", db, "import-text", str(thesis)).returncode == 0
    assert run("--db", db, "import-bib", str(bib), "--document", "1").returncode == 0
    kazakh = run("--db", db, "bibliography", "-", "--document", "1").stdout
    # A Kazakh thesis: its Kazakh entry in Kazakh terms; the Russian article keeps
    # Russian ones, as GOST 7.0.100 describes each source in its own language.
    assert "372 б." in kazakh and "Т. 3. — С. 5–20" in kazakh
    assert "Т. 3. — Б. 5–20" in run("--db", db, "bibliography", "-", "--document", "1", "--language", "kk").stdout
    assert "372 с." in run("--db", db, "bibliography", "-", "--document", "1", "--language", "ru").stdout
    assert run("--db", db, "language", "en").returncode == 0
    # The document's language is for entries that do not show their own; a Kazakh
    # entry stays Kazakh, and --language makes every entry speak one language.
    assert "372 б." in run("--db", db, "bibliography", "-", "--document", "1").stdout
    assert "372 p." in run("--db", db, "bibliography", "-", "--document", "1", "--language", "en").stdout


# --- alphabetical order ----------------------------------------------------------------------


NAMES = [
    "Zhang", "Абай", "Әлихан", "Бекмұханбетов", "Ғабит", "Қасым", "Кенесары", "Лаумулин", "Ұлы", "Үмбетов",
    "Ілияс", "Ыбырай", "Юдин", "Smith", "Ахмет", "Ерлан", "Ёлкин", "Hanks", "Ілеуова", "Шаймерденов", "Һарун",
    "Ңа", "Өмір", "Оспанов", "Яковлев", "Иванов", "Йосиф", "Қазақстан республикасы", "Қазақстанның егемендігі",
]


@pytest.mark.parametrize(("language", "locale"), [("kk", "kk_KZ"), ("ru", "ru_RU"), ("en", "en_US")])
def test_the_domain_sorts_as_icu_does_for_each_language(language: str, locale: str) -> None:
    collator = QCollator(QLocale(locale))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    icu = sorted(NAMES, key=functools.cmp_to_key(collator.compare))
    assert sorted(NAMES, key=lambda name: collation_key(name, language)) == icu


def test_kazakh_letters_take_their_places_and_cyrillic_comes_before_latin() -> None:
    kazakh = sorted(["Лаумулин", "Қасым", "Кенесары", "Adams", "Әлихан", "Ахмет", "Бек"], key=collation_key)
    assert kazakh == ["Ахмет", "Әлихан", "Бек", "Кенесары", "Қасым", "Лаумулин", "Adams"]
    # The Latin ə typed for ә sorts as ә.
    assert sorted(["Бек", "əлеуметтік", "Ахмет"], key=collation_key) == ["Ахмет", "əлеуметтік", "Бек"]
    assert sorted(["Ахмет", "Adams"], key=lambda n: collation_key(n, "en")) == ["Adams", "Ахмет"]


# --- search folds ə/ә and case in every interface language ---------------------------------


@pytest.mark.parametrize("query", ["әдебиет", "ӘДЕБИЕТ", "əдебиет", "Әдебиет"])
def test_search_folds_the_two_schwas_and_case(sample_library: Library, query: str) -> None:
    with sample_library.session() as session:
        document = session.query(Document).one()
        found = search(session, document.id, query)
        baseline = search(session, document.id, "әдебиет")
    assert len(found.hits) == len(baseline.hits) > 5
