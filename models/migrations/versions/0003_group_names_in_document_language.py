"""group names in the document's language

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

A source group's stored name is in the language of the documents it
sorts (what exports write and a person renames); ``name_en`` holds its
English translation, shown in the English interface. The bundled Kazakh
thesis's groups, stored until now under English names, take the Kazakh
names its introduction gives them; their English names move to name_en.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# English name -> the name the bundled thesis's introduction gives the group
# (resources/source-groups.json); only groups that still carry the sample's
# own Kazakh quotation in name_local are renamed.
SAMPLE_GROUPS = {
    "Legal acts": "Құқықтық актілер",
    "Diplomatic documents": "Дипломатиялық құжаттар",
    "Think-tank reports": "Аналитикалық баяндамалар",
    "Speeches and statements": "Ресми мәлімдемелер мен сөздер",
    "Statistics and reference data": "Анықтамалық материалдар мен ресми деректер",
    "Scholarly literature": "Ғылыми мақалалар мен монографиялар",
    "Western": "Батыстық әдебиеттер",
    "Russian": "Ресейлік әдебиеттер",
    "Kazakhstani": "Қазақстандық зерттеушілер",
}


def upgrade() -> None:
    with op.batch_alter_table("source_groups") as batch:
        batch.add_column(sa.Column("name_en", sa.String(length=250), nullable=False, server_default=""))
    groups = sa.table(
        "source_groups", sa.column("name", sa.String), sa.column("name_en", sa.String), sa.column("name_local", sa.Text)
    )
    for english, kazakh in SAMPLE_GROUPS.items():
        op.execute(
            groups.update()
            .where(groups.c.name == english, groups.c.name_local != "")
            .values(name=kazakh, name_en=english)
        )


def downgrade() -> None:
    groups = sa.table("source_groups", sa.column("name", sa.String), sa.column("name_en", sa.String))
    for english, kazakh in SAMPLE_GROUPS.items():
        op.execute(groups.update().where(groups.c.name == kazakh, groups.c.name_en == english).values(name=english))
    with op.batch_alter_table("source_groups") as batch:
        batch.drop_column("name_en")
