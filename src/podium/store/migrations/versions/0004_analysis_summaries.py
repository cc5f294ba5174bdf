"""The analysis summaries: coappearances, person_months and protocol_ranks, precomputed by
`podium.analysis.refresh` so that the person view and the graph answer from one range scan each.

Revision ID: 0004_analysis
Revises: 0003
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_analysis"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("coappearances",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("other_id", sa.String(), nullable=False),
                    sa.Column("n_reports", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "other_id"))
    op.create_table("person_months",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("month", sa.String(length=7), nullable=False),
                    sa.Column("n_reports", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "month"))
    op.create_table("protocol_ranks",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("list_no", sa.Integer(), nullable=False),
                    sa.Column("date", sa.String(length=10), nullable=False),
                    sa.Column("list_pos", sa.Integer(), nullable=False),
                    sa.Column("list_size", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "report_id", "list_no"))


def downgrade() -> None:
    op.drop_table("protocol_ranks")
    op.drop_table("person_months")
    op.drop_table("coappearances")
