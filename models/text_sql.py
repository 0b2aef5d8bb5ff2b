"""Text matching and folded sorting in SQL, the same on SQLite and PostgreSQL.

Both take the folded ``search_text`` of a row (models.folding) and the
folded word tokens of a query; they differ only in how the database finds
the tokens:

- SQLite: the FTS5 index ``search_index`` (migration 0001), tokens quoted,
  so no FTS5 operator can come from a user.
- PostgreSQL: a regular expression on ``search_text`` whose word boundary is
  "not a letter or digit" under ICU's ``und-x-icu`` collation, so Cyrillic
  and Latin letters count as letters whatever the server's locale. This is
  what FTS5's unicode61 tokenizer calls a token, so the same rows match.

``folded(column)`` sorts by ``silteme_fold(column)``: a Python function on
SQLite connections, a SQL function that migration 0001 creates on PostgreSQL,
compared code point by code point (``COLLATE "C"``) as SQLite compares.

``Collated(column)`` sorts in the Kazakh alphabet's order (issue 17): on
SQLite by ``silteme_collate(column)``, a Python function giving
``references.text.collation``'s key; on PostgreSQL by ICU's Kazakh collation
(``kk-x-icu``, which initdb imports from ICU on a server built with it, as
Debian's is) over the folded text with punctuation left out and spaces
collapsed, which is what the key compares: Kazakh letters in their places,
Cyrillic before Latin, word by word, case and punctuation not counted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, String, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

FOLD_FUNCTION = "silteme_fold"
ICU_COLLATION = "und-x-icu"
KAZAKH_COLLATION = "kk-x-icu"
COLLATE_FUNCTION = "silteme_collate"
_NOT_WORD = "[^[:alnum:]]"


class TokenMatch(ColumnElement[bool]):
    """True for rows whose text holds the query's tokens.

    ``phrase``: the tokens in a row, the last one as a prefix (the search
    dock). Otherwise every token as the prefix of some word (the library's
    filter).
    """

    inherit_cache = False
    type = Boolean()

    def __init__(
        self,
        id_column: ColumnElement[Any],
        text_column: ColumnElement[Any],
        kind: str,
        tokens: list[str],
        *,
        phrase: bool,
        document_id: int | None = None,
    ) -> None:
        if not tokens or not all(t.isalnum() for t in tokens):
            raise ValueError("tokens must be non-empty runs of letters and digits")
        self.id_column = id_column
        self.text_column = text_column
        self.kind = kind
        self.tokens = tokens
        self.phrase = phrase
        self.document_id = document_id


@compiles(TokenMatch)
def _fts5(element: TokenMatch, compiler: SQLCompiler, **kw: Any) -> str:
    if element.phrase:
        expression = '"' + " ".join(element.tokens) + '"*'
    else:
        expression = " ".join(f'"{token}"*' for token in element.tokens)
    where = f"search_index MATCH {compiler.process(bindparam(None, expression, type_=String()), **kw)}"
    where += f" AND kind = '{element.kind}'"
    if element.document_id is not None:
        where += f" AND document_id = {compiler.process(bindparam(None, element.document_id), **kw)}"
    column = compiler.process(element.id_column, **kw)
    return f"{column} IN (SELECT row_id FROM search_index WHERE {where})"


@compiles(TokenMatch, "postgresql")
def _regex(element: TokenMatch, compiler: SQLCompiler, **kw: Any) -> str:
    column = f'{compiler.process(element.text_column, **kw)} COLLATE "{ICU_COLLATION}"'
    if element.phrase:
        # Separators after every token but the last make those whole words.
        patterns = [f"(^|{_NOT_WORD})" + f"{_NOT_WORD}+".join(element.tokens)]
    else:
        patterns = [f"(^|{_NOT_WORD}){token}" for token in element.tokens]
    tests = [f"{column} ~ {compiler.process(bindparam(None, p, type_=String()), **kw)}" for p in patterns]
    return "(" + " AND ".join(tests) + ")"


class Folded(FunctionElement[str]):
    """``column`` folded for sorting: case and Kazakh look-alikes ignored."""

    name = FOLD_FUNCTION
    inherit_cache = True
    type = String()


@compiles(Folded)
def _folded_sqlite(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_function(element, **kw)


@compiles(Folded, "postgresql")
def _folded_postgres(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f'{compiler.visit_function(element, **kw)} COLLATE "C"'


class Collated(FunctionElement[str]):
    """``column`` for sorting in the Kazakh alphabet's order (ties: equal values)."""

    name = COLLATE_FUNCTION
    inherit_cache = True
    type = String()


@compiles(Collated)
def _collated_sqlite(element: Collated, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_function(element, **kw)


@compiles(Collated, "postgresql")
def _collated_postgres(element: Collated, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = element.clauses
    text = f'{FOLD_FUNCTION}({compiler.process(column, **kw)}) COLLATE "{ICU_COLLATION}"'
    letters = f"regexp_replace({text}, '[^[:alnum:][:space:]]+', '', 'g')"
    words = f"btrim(regexp_replace({letters}, '[[:space:]]+', ' ', 'g'))"
    return f'{words} COLLATE "{KAZAKH_COLLATION}"'


def create_fold_function_sql() -> str:
    """PostgreSQL's ``silteme_fold``: what models.folding.fold does, in SQL."""
    from models.folding import LOOKALIKE_PAIRS

    source = "".join(a for a, _ in LOOKALIKE_PAIRS).replace("'", "''")
    target = "".join(b for _, b in LOOKALIKE_PAIRS).replace("'", "''")
    return (
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT translate(lower(value COLLATE \"{ICU_COLLATION}\"), '{source}', '{target}') $$"
    )
