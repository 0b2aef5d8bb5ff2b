"""Alembic migrations, run when a library is opened.

Opening a library upgrades it to the newest schema this Silteme knows. A
database stamped with a revision we do not know was written by a newer
Silteme: it is refused and left untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from models.errors import NewerDatabaseError, NotALibraryError, shown_url
from models.messages import Messages, listing

StorageErrors = Messages("StorageErrors")

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions that use it: importing this
# package (for instance for ``models.migrations.head``) must not load it,
# since opening an up-to-date library needs no migration machinery.

MIGRATIONS_DIR = Path(__file__).resolve().parent


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001 - alembic's hook
    """Autogenerate ignores the FTS5 index: migrations create it by hand."""
    return not (type_ == "table" and (name or "").startswith("search_index"))


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def pending(engine: Engine) -> bool:
    """True when opening this library would change its schema."""
    return current_revision(engine) != head_revision()


# Tables every Silteme schema has had: a database without them is someone else's.
SILTEME_TABLES = frozenset({"documents", "blocks", "references", "annotations"})


def check_version(engine: Engine, url: str) -> str | None:
    """The library's revision, after refusing databases we must not touch."""
    from alembic.script import ScriptDirectory

    tables = set(inspect(engine).get_table_names())
    script = ScriptDirectory.from_config(alembic_config(url))
    if tables and "alembic_version" not in tables:
        raise NotALibraryError(
            StorageErrors.tr(
                      "%1 holds tables of another program (%2); it is not a Silteme library. Nothing was "
                      "changed.",
                      shown_url(url), listing(sorted(tables)[:5]),
                  )
        )
    revision = current_revision(engine)
    ours = SILTEME_TABLES <= tables
    if revision is None and tables - {"alembic_version"}:
        # An empty alembic_version beside tables: creating the schema would fail on
        # "table documents already exists", and stamping it would be a guess.
        what = (StorageErrors.tr("Silteme's tables") if ours
                else StorageErrors.tr("tables of another program (%1)", listing(sorted(tables)[:5])))
        raise NotALibraryError(
            StorageErrors.tr(
                      "%1 holds %2 but no schema version (its alembic_version table is empty), so Silteme "
                      "cannot tell which schema it has. Restore a backup of it (silteme restore). Nothing was "
                      "changed.",
                      url, what,
                  )
        )
    if revision is not None:
        try:
            script.get_revision(revision)
        except Exception as exc:
            if not ours:
                raise NotALibraryError(
                    StorageErrors.tr(
                              "%1 is another program's database (its tables: %2; schema %3); it is not a Silteme "
                              "library. Nothing was changed.",
                              url, listing(sorted(tables)[:5]), revision,
                          )
                ) from exc
            raise NewerDatabaseError(
                StorageErrors.tr(
                          "%1 was written by a newer version of Silteme (schema %2); this version knows schemas up "
                          "to %3. Update Silteme to open it. Nothing was changed.",
                          shown_url(url), revision, script.get_current_head(),
                      )
            ) from exc
    return revision


def ensure_current(engine: Engine, url: str, before_upgrade: object = None) -> None:
    """Create or upgrade the schema of the library behind ``engine``."""
    revision = check_version(engine, url)
    if revision == head_revision():
        return
    if revision is not None and callable(before_upgrade):
        before_upgrade(revision)
    from alembic import command

    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
