"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24

The first schema: documents, sections, blocks, page breaks, claims,
citations, references, source groups, kept .bib blocks, annotations; and
on SQLite the full-text index (FTS5) kept in step by triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations.search_index import create_search_index, drop_search_index
from models.text_sql import FOLD_FUNCTION, create_fold_function_sql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "sqlite":
        create_search_index()
    if op.get_bind().dialect.name == "postgresql":
        # Search matches search_text itself there (models.text_sql); sorting
        # needs the fold function SQLite gets from Python per connection.
        op.execute(create_fold_function_sql())


def _create_tables() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('range_dash', sa.String(length=1), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    op.create_table('source_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=250), nullable=False),
    sa.Column('name_local', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['source_groups.id'], name=op.f('fk_source_groups_parent_id_source_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_groups')),
    sa.UniqueConstraint('parent_id', 'name', name=op.f('uq_source_groups_parent_id'))
    )
    op.create_table('bib_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('groups_snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_bib_sources_document_id_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bib_sources'))
    )
    op.create_table('references',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=250), nullable=False),
    sa.Column('entry_type', sa.String(length=64), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('raw', sa.Text(), nullable=True),
    sa.Column('modified', sa.Boolean(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('authors', sa.Text(), nullable=False),
    sa.Column('year', sa.String(length=32), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_references_document_id_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_references')),
    sa.UniqueConstraint('document_id', 'number', name=op.f('uq_references_document_id')),
    sa.UniqueConstraint('key', name=op.f('uq_references_key'))
    )
    with op.batch_alter_table('references', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_references_document_id'), ['document_id'], unique=False)

    op.create_table('sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_sections_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['sections.id'], name=op.f('fk_sections_parent_id_sections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections'))
    )
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.create_index('ix_sections_document_position', ['document_id', 'position'], unique=False)

    op.create_table('bib_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reference_id'], ['references.id'], name=op.f('fk_bib_blocks_reference_id_references'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['bib_sources.id'], name=op.f('fk_bib_blocks_source_id_bib_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bib_blocks')),
    sa.UniqueConstraint('source_id', 'position', name=op.f('uq_bib_blocks_source_id'))
    )
    with op.batch_alter_table('bib_blocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bib_blocks_reference_id'), ['reference_id'], unique=False)

    op.create_table('blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('doc_start', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_blocks_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_blocks_section_id_sections'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blocks')),
    sa.UniqueConstraint('document_id', 'position', name=op.f('uq_blocks_document_id'))
    )
    with op.batch_alter_table('blocks', schema=None) as batch_op:
        batch_op.create_index('ix_blocks_section', ['section_id'], unique=False)

    op.create_table('reference_groups',
    sa.Column('reference_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['source_groups.id'], name=op.f('fk_reference_groups_group_id_source_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reference_id'], ['references.id'], name=op.f('fk_reference_groups_reference_id_references'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('reference_id', 'group_id', name=op.f('pk_reference_groups'))
    )
    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['blocks.id'], name=op.f('fk_claims_block_id_blocks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_block_start', ['block_id', 'start'], unique=False)

    op.create_table('page_breaks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('offset', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['blocks.id'], name=op.f('fk_page_breaks_block_id_blocks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_page_breaks'))
    )
    with op.batch_alter_table('page_breaks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_breaks_block_id'), ['block_id'], unique=False)

    op.create_table('annotations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uri', sa.String(length=300), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('exact', sa.Text(), nullable=False),
    sa.Column('prefix', sa.Text(), nullable=False),
    sa.Column('suffix', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('anchor', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('comment_format', sa.String(length=32), nullable=False),
    sa.Column('verdict', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('author_role', sa.String(length=16), nullable=False),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified', sa.DateTime(timezone=True), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_annotations_claim_id_claims'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_annotations_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotations')),
    sa.UniqueConstraint('uri', name=op.f('uq_annotations_uri'))
    )
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotations_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index('ix_annotations_document_start', ['document_id', 'start'], unique=False)

    op.create_table('citations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('marker', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['blocks.id'], name=op.f('fk_citations_block_id_blocks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_citations_claim_id_claims'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations'))
    )
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.create_index('ix_citations_block_start', ['block_id', 'start'], unique=False)
        batch_op.create_index(batch_op.f('ix_citations_claim_id'), ['claim_id'], unique=False)

    op.create_table('annotation_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uri', sa.String(length=300), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('author_role', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_annotation_replies_annotation_id_annotations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotation_replies')),
    sa.UniqueConstraint('uri', name=op.f('uq_annotation_replies_uri'))
    )
    with op.batch_alter_table('annotation_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotation_replies_annotation_id'), ['annotation_id'], unique=False)

    op.create_table('annotation_tags',
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_annotation_tags_annotation_id_annotations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('annotation_id', 'tag', name=op.f('pk_annotation_tags'))
    )
    op.create_table('citation_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('citation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['citation_id'], ['citations.id'], name=op.f('fk_citation_targets_citation_id_citations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reference_id'], ['references.id'], name=op.f('fk_citation_targets_reference_id_references'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citation_targets'))
    )
    with op.batch_alter_table('citation_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citation_targets_citation_id'), ['citation_id'], unique=False)
        batch_op.create_index('ix_citation_targets_reference', ['reference_id'], unique=False)



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        drop_search_index()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FOLD_FUNCTION}(text)")
    with op.batch_alter_table('citation_targets', schema=None) as batch_op:
        batch_op.drop_index('ix_citation_targets_reference')
        batch_op.drop_index(batch_op.f('ix_citation_targets_citation_id'))

    op.drop_table('citation_targets')
    op.drop_table('annotation_tags')
    with op.batch_alter_table('annotation_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotation_replies_annotation_id'))

    op.drop_table('annotation_replies')
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citations_claim_id'))
        batch_op.drop_index('ix_citations_block_start')

    op.drop_table('citations')
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.drop_index('ix_annotations_document_start')
        batch_op.drop_index(batch_op.f('ix_annotations_claim_id'))

    op.drop_table('annotations')
    with op.batch_alter_table('page_breaks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_page_breaks_block_id'))

    op.drop_table('page_breaks')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_block_start')

    op.drop_table('claims')
    op.drop_table('reference_groups')
    with op.batch_alter_table('blocks', schema=None) as batch_op:
        batch_op.drop_index('ix_blocks_section')

    op.drop_table('blocks')
    with op.batch_alter_table('bib_blocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bib_blocks_reference_id'))

    op.drop_table('bib_blocks')
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.drop_index('ix_sections_document_position')

    op.drop_table('sections')
    with op.batch_alter_table('references', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_references_document_id'))

    op.drop_table('references')
    op.drop_table('bib_sources')
    op.drop_table('source_groups')
    op.drop_table('documents')
