"""latex and pdf sources

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

A document imported from a LaTeX project keeps the project's files and
where its citations stand in them; a document imported from a PDF keeps
the PDF and the page of each block. Only new tables: nothing stored changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "latex_projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("main", sa.String(length=500), nullable=False),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("layout", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_latex_projects_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_latex_projects")),
        sa.UniqueConstraint("document_id", name=op.f("uq_latex_projects_document_id")),
    )
    op.create_table(
        "latex_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["latex_projects.id"], name=op.f("fk_latex_files_project_id_latex_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_latex_files")),
    )
    with op.batch_alter_table("latex_files") as batch:
        batch.create_index(batch.f("ix_latex_files_project_id"), ["project_id"], unique=False)
    op.create_table(
        "pdf_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("layout", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_pdf_sources_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pdf_sources")),
        sa.UniqueConstraint("document_id", name=op.f("uq_pdf_sources_document_id")),
    )


def downgrade() -> None:
    op.drop_table("pdf_sources")
    with op.batch_alter_table("latex_files") as batch:
        batch.drop_index(batch.f("ix_latex_files_project_id"))
    op.drop_table("latex_files")
    op.drop_table("latex_projects")
