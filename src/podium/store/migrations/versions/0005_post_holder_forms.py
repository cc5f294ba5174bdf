"""post_holder_forms: the post a written form names for one person of one report, where it depends on the holder
(a bare "premier" of a foreign person is not the DPRK Cabinet's), written by `podium.resolve.refresh`.

Revision ID: 0005_post_holder_forms
Revises: 0004_analysis
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_post_holder_forms"
down_revision = "0004_analysis"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("post_holder_forms",
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("person_no", sa.Integer(), nullable=False),
                    sa.Column("post", sa.Text(), nullable=False),
                    sa.Column("post_id", sa.String(), nullable=False),
                    sa.ForeignKeyConstraint(["post_id"], ["posts.id"]),
                    sa.PrimaryKeyConstraint("report_id", "person_no", "post"))


def downgrade() -> None:
    op.drop_table("post_holder_forms")
