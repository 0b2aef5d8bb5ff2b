"""Alembic environment: runs on the connection Silteme hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import models
from models.base import Base

target_metadata = Base.metadata
_ = models  # import every model so autogenerate sees all tables

# The full-text index and its triggers are created by hand in migrations.
EXCLUDED_TABLES = {"search_index"}


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - alembic's hook signature
    if type_ == "table" and (name in EXCLUDED_TABLES or (name or "").startswith("search_index_")):
        return False
    return True


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
