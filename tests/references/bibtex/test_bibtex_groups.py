"""JabRef group trees: the exact serialised form, legacy trees, and round trips."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from references.bibtex import (
    BlockKind,
    GroupNode,
    format_groups_comment,
    format_groups_field,
    parse_bib,
    parse_groups_field,
    read_bib_file,
    write_bib,
)
from references.bibtex.groups import new_root, same_tree, serialize_group_tree
from tests.conftest import ROOT, SHARED_BIB

BIB_DIR = SHARED_BIB
BUNDLED = ROOT / "resources" / "bibliography.bib"


def sample_tree() -> GroupNode:
    root = new_root()
    legal = GroupNode("Legal acts", color="0x8a8a8aff")
    legal.children.append(GroupNode("Laws; 1995\\2020", expanded=False, description="a;b"))
    root.children += [legal, GroupNode("Western", context=2, icon="BOOK")]
    return root


def test_lines_are_exactly_what_jabref_writes() -> None:
    # The line for a coloured static group, as JabRef's GroupSerializer and
    # MetaDataSerializer produce it.
    lines = serialize_group_tree(sample_tree())
    assert lines[0] == "0 AllEntriesGroup:;"
    assert lines[1] == "1 StaticGroup:Legal acts\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;"
    # Name units escape ";" and "\" once, then the whole line is escaped again.
    assert lines[2] == (
        "2 StaticGroup:Laws\\\\\\; 1995\\\\\\\\2020\\;0\\;0\\;\\;\\;a\\\\\\;b\\;;"
    )
    assert lines[3] == "1 StaticGroup:Western\\;2\\;1\\;\\;BOOK\\;\\;;"
    assert format_groups_comment(sample_tree()) == (
        "@Comment{jabref-meta: grouping:\n" + "".join(line + "\n" for line in lines) + "}"
    )


def test_tree_survives_a_file_round_trip() -> None:
    text = "@misc{a, title = {T}, groups = {Legal acts, Western}}\n\n"
    text += format_groups_comment(sample_tree()) + "\n"
    result = parse_bib(text)
    assert result.problems == []
    assert result.groups is not None
    assert same_tree(result.groups.root, sample_tree())
    assert result.groups.membership == {"a": ["Legal acts", "Western"]}
    nested = result.groups.find("Laws; 1995\\2020")
    assert nested is not None and nested.description == "a;b" and not nested.expanded


def test_legacy_groupstree_of_jabref_complex() -> None:
    # jabref-complex.bib lines 293-297 (groupsversion 3):
    # 1 ExplicitGroup:StaticGroup\;0\;1137631\;1233448\;1314293\;;
    # 1 KeywordGroup:DynamicGroup\;0\;author\;Churchill\;0\;0\;;
    result = read_bib_file(BIB_DIR / "jabref-complex.bib")
    assert result.groups is not None
    root = result.groups.root
    static, dynamic = root.children
    assert (static.kind, static.name, static.parameters) == (
        "ExplicitGroup",
        "StaticGroup",
        ("1137631", "1233448", "1314293"),
    )
    assert (dynamic.kind, dynamic.name, dynamic.parameters) == (
        "KeywordGroup",
        "DynamicGroup",
        ("author", "Churchill", "0", "0"),
    )
    assert result.groups.membership["1233448"] == ["StaticGroup"]
    meta = next(b for b in result.blocks if b.kind is BlockKind.JABREF_META and b.key == "groupstree")
    assert meta.value is not None
    assert serialize_group_tree(root) == [line for line in meta.value.split("\n") if line]


def test_write_bib_keeps_an_unchanged_tree_and_rewrites_a_changed_one() -> None:
    path = BIB_DIR / "jabref-complex.bib"
    original = path.read_text(encoding="utf-8")
    result = read_bib_file(path)
    assert result.groups is not None
    assert write_bib(result.blocks, groups=result.groups.root) == original

    result.groups.root.children.append(GroupNode("Новая группа"))
    written = write_bib(result.blocks, groups=result.groups.root)
    assert "1 StaticGroup:Новая группа\\;0\\;1\\;\\;\\;\\;;\n}" in written
    before, after = original.split("@Comment{jabref-meta: groupstree:")
    assert written.startswith(before)
    assert written.endswith(after[after.index("}") + 1 :])
    reread = parse_bib(written).groups
    assert reread is not None and same_tree(reread.root, result.groups.root)


def test_a_tree_is_added_to_a_file_that_had_none() -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    result = parse_bib(text)
    written = write_bib(result.blocks, groups=sample_tree())
    assert written.startswith(text)
    assert written[len(text) :] == "\n" + format_groups_comment(sample_tree()) + "\n"


def test_groups_field_of_the_bundled_bibliography() -> None:
    # resources/bibliography.bib, ref1: groups = {Ресми мәлімдемелер мен сөздер} (the thesis's own words)
    result = read_bib_file(BUNDLED)
    assert result.groups is not None
    assert result.groups.membership["ref1"] == ["Ресми мәлімдемелер мен сөздер"]
    assert parse_groups_field("{Scholarly literature, Western}") == [
        "Scholarly literature",
        "Western",
    ]
    assert format_groups_field(["Legal acts", " Western ", "Legal acts"]) == "{Legal acts, Western}"


def test_unreadable_group_lines_are_problems_on_their_own_line() -> None:
    text = (
        "@Comment{jabref-meta: grouping:\n"
        "0 AllEntriesGroup:;\n"
        "1 StaticGroup:Fine\\;0\\;1\\;\\;\\;\\;;\n"
        "x StaticGroup:Broken\\;0\\;;\n"
        "}\n"
    )
    result = parse_bib(text)
    [problem] = result.problems
    assert problem.line == 4
    assert "Broken" in problem.message
    assert result.groups is not None
    assert [node.name for _level, node in result.groups.root.walk()] == ["", "Fine"]


def test_names_a_bib_file_cannot_hold_are_refused() -> None:
    for bad in ("A {B", "A}", "Line\nbreak", "Legal, acts", " "):
        root = new_root()
        root.children.append(GroupNode(bad))
        with pytest.raises(ValueError):
            format_groups_comment(root)


names = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="{},"),
    min_size=1,
    max_size=12,
).filter(str.strip)


@st.composite
def trees(draw: st.DrawFn) -> GroupNode:
    root = new_root()
    parents = [root]
    for _ in range(draw(st.integers(0, 8))):
        node = GroupNode(
            name=draw(names),
            context=draw(st.sampled_from([0, 1, 2])),
            expanded=draw(st.booleans()),
            color=draw(st.sampled_from([None, "0x8a8a8aff", "0xff0000ff"])),
            description=draw(names | st.just("")),
        )
        draw(st.sampled_from(parents)).children.append(node)
        parents.append(node)
    return root


@settings(max_examples=200, deadline=None, derandomize=True)
@given(trees())
def test_any_tree_round_trips_through_its_comment(root: GroupNode) -> None:
    result = parse_bib(format_groups_comment(root) + "\n")
    assert result.groups is not None
    assert same_tree(result.groups.root, root)
