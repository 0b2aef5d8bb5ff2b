"""Every sentence the domain says to a person can be translated (issue 17).

The domain raises ``LibraryError`` and its subclasses; the app shows their
sentences in Kazakh, Russian or English. So no error may be built from an
English f-string: it carries a ``Message`` made by ``XErrors.tr("... %1",
value)`` on a ``Messages("XErrors")`` object of its module, which
``pyside6-lupdate`` extracts. This walks the source of references/ and
models/, so a new English-only raise fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.errors import LibraryError
from models.messages import Message, Messages, fill
from references.errors import InputError
from tests.conftest import ROOT

DOMAIN = ("references", "models")


def domain_files() -> list[Path]:
    return sorted(p for folder in DOMAIN for p in (ROOT / folder).rglob("*.py"))


def parsed() -> Iterator[tuple[Path, ast.Module]]:
    for path in domain_files():
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def error_classes(trees: list[tuple[Path, ast.Module]]) -> tuple[set[str], set[str]]:
    """Names of LibraryError and every class derived from it (by name, across the
    domain), and those of them that build their own message in ``__init__``."""
    family = {"LibraryError"}
    own_init: set[str] = set()
    classes = [node for _path, tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if node.name not in family and bases & family:
                family.add(node.name)
                changed = True
    for node in classes:
        if node.name in family and any(
            isinstance(item, ast.FunctionDef) and item.name == "__init__" for item in node.body
        ):
            own_init.add(node.name)
    return family, own_init


def messages_objects(tree: ast.Module) -> dict[str, str]:
    """``LatexErrors = Messages("LatexErrors")`` at module level -> {"LatexErrors": "LatexErrors"}."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and call_name(node.value) == "Messages"
        ):
            argument = node.value.args[0]
            found[node.targets[0].id] = argument.value if isinstance(argument, ast.Constant) else ""
    return found


def returns_message(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """Functions of the domain declared to return a Message (e.g. group_name_problem)."""
    return {
        node.name
        for _path, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.returns is not None and "Message" in ast.unparse(node.returns)
    }


def enclosing_functions(tree: ast.Module) -> dict[ast.AST, ast.AST]:
    """Each node's innermost enclosing function (ast.walk goes outer first, so inner ones win)."""
    owner: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                owner[inner] = node
    return owner


def is_message(node: ast.AST, scope: ast.AST | None, objects: dict[str, str], makers: set[str]) -> bool:
    """Whether ``node`` is surely a Message: a ``XErrors.tr(...)`` call, a call of a
    function returning one, a choice between such, or a local name only ever
    assigned such values."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            return func.value.id in objects
        return call_name(node) in makers
    if isinstance(node, ast.IfExp):
        return all(is_message(n, scope, objects, makers) for n in (node.body, node.orelse))
    if isinstance(node, ast.Name) and scope is not None:
        values = [
            assign.value
            for assign in ast.walk(scope)
            if isinstance(assign, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == node.id for t in assign.targets)
        ]
        return bool(values) and all(is_message(v, scope, objects, makers) for v in values)
    return False


def test_every_error_of_the_domain_carries_a_translatable_message() -> None:
    trees = list(parsed())
    family, own_init = error_classes(trees)
    makers = returns_message(trees)
    # The walk sees the real classes: a renamed or moved base would empty it.
    assert {"InputError", "NotFoundError", "ConcurrentEditError", "BackupError", "StaleEditError"} <= family
    checked, problems = 0, []
    for path, tree in trees:
        objects = messages_objects(tree)
        owner = enclosing_functions(tree)
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = call_name(node)
            if name in family and name not in own_init:
                said = node.args[0] if node.args else None
            elif name == "__init__" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call) \
                    and call_name(node.func.value) == "super" and path.name != "errors.py":
                # The sentence of a class that builds its own (StaleEditError, StaleParagraphError).
                said = node.args[0] if node.args else None
                scope = owner.get(node)
                if scope is None or not any(
                    isinstance(c, ast.ClassDef) and c.name in family and scope in c.body for c in ast.walk(tree)
                ):
                    continue
            else:
                continue
            checked += 1
            if said is None or not is_message(said, owner.get(node), objects, makers):
                problems.append(f"{where}:{node.lineno}: {ast.unparse(node)[:120]}")
    assert checked > 200
    assert not problems, "errors built from text that cannot be translated:\n" + "\n".join(problems)


def leftmost(node: ast.AST) -> ast.AST:
    """Where an expression starts: ``", ".join(x)`` starts with the literal ", "."""
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, (ast.Attribute, ast.Subscript)):
            node = node.value
        elif isinstance(node, ast.BinOp):
            node = node.left
        else:
            return node


def test_every_message_is_filed_under_its_objects_name() -> None:
    """lupdate files ``X.tr("...")`` under the context X: the object must be named as its
    context, the template must be one string literal, and no string literal may come
    second, nor an expression that starts with one such as ``", ".join(...)`` (lupdate
    would take it for a disambiguation the app never passes)."""
    problems, templates = [], 0
    for path, tree in parsed():
        objects = messages_objects(tree)
        where = path.relative_to(ROOT)
        for variable, context in objects.items():
            if variable != context:
                problems.append(f"{where}: {variable} = Messages({context!r})")
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"):
                continue
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id.endswith("Errors")):
                continue
            templates += 1
            if receiver.id not in objects:
                problems.append(f"{where}:{node.lineno}: {receiver.id} is not a Messages object of this module")
            if not node.args or not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                problems.append(f"{where}:{node.lineno}: the template is not one string literal")
            elif len(node.args) > 1 and isinstance(leftmost(node.args[1]), (ast.Constant, ast.JoinedStr)):
                problems.append(f"{where}:{node.lineno}: the first value starts with a string literal")
    assert templates > 200
    assert not problems, "\n".join(problems)


# --- the message itself ------------------------------------------------------------

Sample = Messages("Sample")


def test_str_of_an_error_is_the_english_sentence_for_logs() -> None:
    error = InputError(Sample.tr("%1 is a folder, not a file; nothing was imported.", Path("/tmp/x")))
    assert str(error) == "/tmp/x is a folder, not a file; nothing was imported."
    assert isinstance(error.message, Message) and error.message.args == (Path("/tmp/x"),)
    assert isinstance(error, LibraryError)


def test_values_are_filled_once_and_nested_messages_are_rendered() -> None:
    inner = Sample.tr("the group %1", "'%2'")
    outer = Sample.tr("Cannot bring back %1: %2.", inner, "50%1 done")
    assert str(outer) == "Cannot bring back the group '%2': 50%1 done."
    shouted = outer.render(lambda context, template: template.upper())
    assert shouted == "CANNOT BRING BACK THE GROUP '%2': 50%1 done."


@pytest.mark.parametrize("template", ["%1 of %2", "%2 before %1"])
def test_fill_keeps_the_translators_order(template: str) -> None:
    assert fill(template, "a", "b") == template.replace("%1", "a").replace("%2", "b")
