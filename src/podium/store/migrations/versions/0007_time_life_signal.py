"""Time, life and signal: `statement_times` (when each post and role a report states is about), `deaths`,
`history` (recalled posts), how a tenure ended (`tenures.end_rule`, `successor_id`) and how much a change
matters (`changes.significance`, `signal`), written by `podium.analysis.refresh`.

Revision ID: 0007_time_life_signal
Revises: 0006_extracted_by
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0007_time_life_signal"
down_revision = "0006_extracted_by"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("statement_times",
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("person_no", sa.Integer(), nullable=False),
                    sa.Column("kind", sa.String(), nullable=False),
                    sa.Column("what", sa.Text(), nullable=False),
                    sa.Column("about", sa.String(length=10), nullable=False),
                    sa.Column("recalled", sa.Integer(), nullable=False),
                    sa.Column("rule", sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint("report_id", "person_no", "kind", "what"))
    op.create_table("deaths",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("died_by", sa.String(length=10), nullable=False),
                    sa.Column("about", sa.String(length=10), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("evidence", sa.Text(), nullable=False),
                    sa.Column("rule", sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id"))
    op.create_table("history",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("post_id", sa.String(), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("about", sa.String(length=10), nullable=False),
                    sa.Column("rule", sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "post_id", "report_id"))
    with op.batch_alter_table("tenures") as batch:
        batch.add_column(sa.Column("end_rule", sa.String(), nullable=True))
        batch.add_column(sa.Column("successor_id", sa.String(), nullable=True))
    with op.batch_alter_table("changes") as batch:
        batch.add_column(sa.Column("significance", sa.Float(), nullable=False, server_default="1.0"))
        batch.add_column(sa.Column("signal", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("signal")
        batch.drop_column("significance")
    with op.batch_alter_table("tenures") as batch:
        batch.drop_column("successor_id")
        batch.drop_column("end_rule")
    for table in ("history", "deaths", "statement_times"):
        op.drop_table(table)
