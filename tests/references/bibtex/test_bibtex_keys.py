"""Citation keys: [auth][year] from real entries, Kazakh names, collisions."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from references.bibtex import generate_key, is_valid_key, read_bib_file
from references.bibtex.translit import to_ascii
from tests.conftest import ROOT, SHARED_BIB

BIB_DIR = SHARED_BIB
BUNDLED = ROOT / "resources" / "bibliography.bib"


def test_keys_for_biblatex_examples_entries() -> None:
    result = read_bib_file(BIB_DIR / "biblatex-examples.bib")
    by_key = {entry.key: entry for entry in result.entries}

    def key(name: str) -> str:
        return generate_key(by_key[name].fields, [], result.strings)

    assert key("aksin") == "Aksin2006"  # author = {Aks{\i}n, {\"O}zge ...}, date = {2006}
    assert key("malinowski") == "Malinowski1972"  # Bronis{\l}aw; year = {1972}
    assert key("vangennep") == "Gennep1909"  # {van Gennep, Arnold}: the von part is not the name
    # author = {V{\'a}zques{ de }Parga, Luis ...}: "{ de }" keeps it one last name.
    assert key("vazques-de-parga") == "VazquesdeParga1993"
    # @book{vizedom:related} has no author or editor: the title's first word.
    assert key("vizedom:related") == "Rites1960"  # title = {The Rites of Passage}


def test_kazakh_authors_of_the_bundled_bibliography_are_romanised() -> None:
    result = read_bib_file(BUNDLED)
    by_key = {entry.key: entry for entry in result.entries}
    # ref1: author = {Тоқаев, Қасым-Жомарт}, year = {2019}
    assert generate_key(by_key["ref1"].fields, [], result.strings) == "Toqaev2019"
    # ref2: author = {Назарбаев, Нұрсұлтан}, year = {1992}
    assert generate_key(by_key["ref2"].fields, [], result.strings) == "Nazarbaev1992"
    # ref5: no author; title = {Қазақстан Республикасының 2020-2030 ...}, year = {2020}
    assert generate_key(by_key["ref5"].fields, [], result.strings) == "Qazaqstan2020"


def test_every_generated_key_is_valid_and_unique() -> None:
    taken: list[str] = []
    for path in (BUNDLED, BIB_DIR / "biblatex-examples.bib", BIB_DIR / "xampl.bib"):
        result = read_bib_file(path)
        for entry in result.entries:
            key = generate_key(entry.fields, taken, result.strings)
            assert is_valid_key(key), key
            assert key.lower() not in {existing.lower() for existing in taken}
            taken.append(key)


def test_collisions_get_letter_suffixes_ignoring_case() -> None:
    fields = {"author": "{Smith, John}", "year": "{2010}"}
    assert generate_key(fields, ["smith2010"]) == "Smith2010a"
    taken = ["Smith2010"] + [f"Smith2010{chr(c)}" for c in range(ord("a"), ord("z") + 1)]
    assert generate_key(fields, taken) == "Smith2010aa"


def test_transliteration_of_kazakh_and_russian_letters() -> None:
    assert to_ascii("Сәтбаев") == "Satbaev"
    assert to_ascii("Қасым-Жомарт") == "Qasym-Zhomart"
    assert to_ascii("Ғабит Мүсірепов") == "Gabit Musirepov"
    assert to_ascii("Щукин Юрий") == "Shchukin Yuriy"
    assert to_ascii("Əуезов") == "Auezov"  # Latin schwa from PDF text
    assert to_ascii("Öztürk Łukasz Straße") == "Ozturk Lukasz Strasse"


def test_valid_keys() -> None:
    for good in ("ref1", "baez/article", "knuth:ct:a", "Смит2010", "a-b_c.d"):
        assert is_valid_key(good), good
    for bad in ("", "two words", "a,b", "a{b}", "50%", "a#b", "back\\slash", "a~b", 'q"'):
        assert not is_valid_key(bad), bad


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    author=st.text(max_size=30),
    title=st.text(max_size=30),
    year=st.text(max_size=8),
    taken=st.lists(st.text(max_size=12), max_size=5),
)
def test_any_fields_give_a_valid_new_key(author: str, title: str, year: str, taken: list[str]) -> None:
    fields = {"author": "{" + author + "}", "title": "{" + title + "}", "year": "{" + year + "}"}
    key = generate_key(fields, taken)
    assert is_valid_key(key)
    assert key.lower() not in {existing.lower() for existing in taken}
