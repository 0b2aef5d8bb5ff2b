"""Alembic environment: runs on the connection Silteme hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import models
from models import Base  # every model, so the metadata holds every table
from models.migrations import include_object

target_metadata = Base.metadata
_ = models  # import every model so autogenerate sees all tables

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
