"""extracted_by: which version of the extractor made each report's record, so `podium reextract` knows which
records are out of date and can stop and resume anywhere (NULL: made before this was recorded).

Revision ID: 0006_extracted_by
Revises: 0005_post_holder_forms
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0006_extracted_by"
down_revision = "0005_post_holder_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reports", sa.Column("extracted_by", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("extracted_by")
