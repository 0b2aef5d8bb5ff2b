"""JabRef's group kinds: kept with their definitions, members computed as JabRef does, tree written back."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from models.db import open_library
from references.library.bib_export import ExportSelection, select_references
from references.bibtex import parse_bib
from references.interchange.jabref_groups import compile_search
from tests.conftest import DATA as TEST_DATA

DATA = TEST_DATA / "interchange"
DYNAMIC = DATA / "jabref5-dynamic-groups.bib"
LEGACY = DATA / "jabref210-windows1252-groupstree.bib"


def _keys(db: Path, group: str) -> set[str]:
    library = open_library(db)
    try:
        with library.session() as s:
            return {ref.key for ref in select_references(s, ExportSelection(group=group))}
    finally:
        library.close()


@pytest.fixture
def dynamic_db(tmp_path: Path) -> Path:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(DYNAMIC)]) == 0
    return db


@pytest.mark.parametrize(
    ("group", "members"),
    [
        ("Reading list", {"Olcott2010", "Cummings2003"}),
        # keywords as a list, any letter case, ',' or ';' between them; no keywords field: not in it
        ("Computer Vision", {"Krizhevsky2012", "Lowe1999", "He2016"}),
        # refining: deep learning AND in Computer Vision (LeCun2015 is deep learning only)
        ("Deep", {"Krizhevsky2012", "He2016"}),
        # a search group: title=kazakhstan or abstract=казахстан (any case)
        ("Kazakhstan", {"Olcott2010", "Cummings2003", "Hanks2009"}),
        # a keyword group with its regex flag: JabRef's regex keyword group
        ("Years 2010s", {"Krizhevsky2012", "He2016", "LeCun2015", "Olcott2010"}),
        ("By keyword", {"Krizhevsky2012", "Lowe1999", "He2016", "LeCun2015", "Olcott2010", "Cummings2003"}),
        ("By author", {"Krizhevsky2012", "Lowe1999", "He2016", "LeCun2015", "Olcott2010", "Cummings2003", "Hanks2009", "Szeliski2022"}),
        ("Chapter 1", set()),  # its .aux file is not on this machine
    ],
)
def test_members_are_computed_as_jabref_does(dynamic_db: Path, group: str, members: set[str]) -> None:
    assert _keys(dynamic_db, group) == members


def test_a_tex_group_holds_the_keys_its_aux_file_cites(tmp_path: Path) -> None:
    aux = tmp_path / "chapter1.aux"
    aux.write_text("\\relax\n\\citation{Lowe1999,He2016}\n\\citation{Hanks2009}\n\\bibdata{refs}\n", encoding="utf-8")
    source = tmp_path / "tex.bib"
    source.write_text(DYNAMIC.read_text(encoding="utf-8").replace("chapter1.aux", str(aux)), encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    main(["--db", str(db), "import-bib", str(source)])
    assert _keys(db, "Chapter 1") == {"Lowe1999", "He2016", "Hanks2009"}


def test_the_group_tree_is_written_back_exactly_also_after_another_file(dynamic_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.bib"
    main(["--db", str(dynamic_db), "export-bib", str(out)])
    assert out.read_bytes() == DYNAMIC.read_bytes()
    main(["--db", str(dynamic_db), "import-bib", str(LEGACY)])
    main(["--db", str(dynamic_db), "export-bib", str(out)])
    text = out.read_text(encoding="utf-8")
    original = DYNAMIC.read_text(encoding="utf-8")
    tree = original[original.index("@Comment{jabref-meta: grouping:") : original.rindex("}")]
    written = text[text.index("@Comment{jabref-meta: grouping:") :]
    # every group line of the first file, as it was (kinds, settings, expanded flags, colours), in order
    assert written.startswith(tree)
    assert text.count("jabref-meta: grouping:") == 1
    groups = parse_bib(text).groups
    assert groups is not None
    cu2o = groups.find("Cu2O")
    assert cu2o is not None and len(cu2o.parameters) == 20  # the JabRef 2.x group keeps its members' keys
    assert groups.find("Computer Vision").kind == "KeywordGroup"


@pytest.mark.parametrize(
    ("expression", "steps"),
    [
        ("author=smith", 1),
        ("a b c", 5),  # and between bare words
        ("not (title=x or title=y) and year==2001", 6),
        ("((((((((((((((((((((deep))))))))))))))))))))", 1),
    ],
)
def test_search_expressions_compile_without_recursion(expression: str, steps: int) -> None:
    assert len(compile_search(expression).steps) == steps


def test_a_deeply_nested_search_expression_does_not_overflow() -> None:
    program = compile_search("(" * 5000 + "vision" + ")" * 5000)
    assert len(program.steps) == 1


def test_the_library_window_filters_and_counts_computed_groups(dynamic_db: Path) -> None:
    from sqlalchemy import select

    from models import SourceGroup
    from references.library.table_queries import ReferenceQuery, count_references, group_counts, reference_page

    library = open_library(dynamic_db)
    try:
        with library.session() as s:
            ids = {name: gid for gid, name in s.execute(select(SourceGroup.id, SourceGroup.name))}
            query = ReferenceQuery(group_id=ids["Computer Vision"])
            assert count_references(s, query) == 3
            assert {row.key for row in reference_page(s, query).rows} == {"Krizhevsky2012", "Lowe1999", "He2016"}
            counts = group_counts(s, None)
            assert counts.by_group[ids["Computer Vision"]] == 3 and counts.by_group[ids["Deep"]] == 2
            assert counts.by_group[ids["Kazakhstan"]] == 3 and counts.by_group[ids["Reading list"]] == 2
    finally:
        library.close()


def _group_id(db: Path, name: str) -> int:
    from sqlalchemy import select

    from models import SourceGroup

    library = open_library(db)
    try:
        with library.session() as s:
            return s.scalars(select(SourceGroup.id).where(SourceGroup.name == name)).one()
    finally:
        library.close()


def test_a_renamed_computed_group_stays_computed_and_undo_gives_the_file_back(dynamic_db: Path, tmp_path: Path) -> None:
    from references.library.group_edits import rename_group

    library = open_library(dynamic_db)
    try:
        with library.session() as s:
            vision = rename_group(s, _group_id(dynamic_db, "Computer Vision"), "Зрение")
            kazakhstan = rename_group(s, _group_id(dynamic_db, "Kazakhstan"), "Казахстан")
            s.commit()
    finally:
        library.close()
    # still a keyword group with its condition (and its refining subgroup still refines it), still a search group
    assert _keys(dynamic_db, "Зрение") == {"Krizhevsky2012", "Lowe1999", "He2016"}
    assert _keys(dynamic_db, "Deep") == {"Krizhevsky2012", "He2016"}
    assert _keys(dynamic_db, "Казахстан") == {"Olcott2010", "Cummings2003", "Hanks2009"}
    out = tmp_path / "out.bib"
    assert main(["--db", str(dynamic_db), "export-bib", str(out)]) == 0
    groups = parse_bib(out.read_text(encoding="utf-8")).groups
    assert groups is not None and groups.find("Computer Vision") is None
    renamed = groups.find("Зрение")
    original = parse_bib(DYNAMIC.read_text(encoding="utf-8")).groups
    assert original is not None
    before = original.find("Computer Vision")
    assert renamed is not None and before is not None
    assert (renamed.kind, renamed.parameters, renamed.context, renamed.color) == (before.kind, before.parameters, before.context, before.color)
    assert groups.find("Казахстан").kind == "SearchGroup"
    library = open_library(dynamic_db)
    try:
        with library.session() as s:
            kazakhstan.undo(s)
            vision.undo(s)
            s.commit()
    finally:
        library.close()
    assert main(["--db", str(dynamic_db), "export-bib", str(out)]) == 0
    assert out.read_bytes() == DYNAMIC.read_bytes()


def test_a_renamed_legacy_group_keeps_its_jabref2_definition(tmp_path: Path) -> None:
    from references.library.group_edits import rename_group

    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(LEGACY)]) == 0
    library = open_library(db)
    try:
        with library.session() as s:
            rename_group(s, _group_id(db, "Cu2O"), "Cuprite")
            s.commit()
    finally:
        library.close()
    out = tmp_path / "out.bib"
    assert main(["--db", str(db), "export-bib", str(out)]) == 0
    groups = parse_bib(out.read_bytes().decode("windows-1252")).groups
    assert groups is not None and groups.find("Cu2O") is None
    cuprite = groups.find("Cuprite")
    assert cuprite is not None and len(cuprite.parameters) == 20
    assert len(_keys(db, "Cuprite")) == 20


def test_computed_groups_are_evaluated_once_per_change_not_once_per_paint(dynamic_db: Path) -> None:
    from sqlalchemy import select

    from models import Reference, SourceGroup
    from references.interchange import jabref_groups
    from references.library.entry_edits import set_reference_field
    from references.library.table_queries import ReferenceQuery, count_references, group_counts, reference_page

    library = open_library(dynamic_db)
    try:
        with library.session() as s:
            ids = {name: gid for gid, name in s.execute(select(SourceGroup.id, SourceGroup.name))}
            before = jabref_groups.evaluations
            for _paint in range(20):  # what a window does each time it paints its tree and table
                counts = group_counts(s, None)
                query = ReferenceQuery(group_id=ids["Computer Vision"])
                count_references(s, query)
                reference_page(s, query)
            assert jabref_groups.evaluations - before == 1
            assert counts.by_group[ids["Computer Vision"]] == 3
            # an edit changes the answer: computed again, once
            szeliski = s.scalars(select(Reference.id).where(Reference.key == "Szeliski2022")).one()
            edit = set_reference_field(s, szeliski, "keywords", "computer vision; textbook")  # the entry editor's path
            for _paint in range(20):
                counts = group_counts(s, None)
            assert jabref_groups.evaluations - before == 2
            assert counts.by_group[ids["Computer Vision"]] == 4
            edit.undo(s)
            assert group_counts(s, None).by_group[ids["Computer Vision"]] == 3  # and back after undo
            assert jabref_groups.evaluations - before == 3
    finally:
        library.close()


def test_the_search_groups_of_jabrefs_own_example_library(tmp_path: Path) -> None:
    """JabRef 6's Chocolate.bib (tests/data/interchange/real): search groups with "!=~" (does not match)."""
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(DATA / "real" / "jabref-chocolate.bib")]) == 0
    sizes = {name: len(_keys(db, name)) for name in
             ("Entries without a group", "Entries without a linked file", "To read", "Skimmed", "Read", "Used")}
    # 15 entries, none with a file; 5 in "Used" (each also read), 3 skimmed: 15 - 8 have no read status
    assert sizes == {"Entries without a group": 10, "Entries without a linked file": 15, "To read": 7,
                     "Skimmed": 3, "Read": 5, "Used": 5}
