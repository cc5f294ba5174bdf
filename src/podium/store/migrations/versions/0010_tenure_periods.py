"""A person may hold a post in several periods (`podium.analysis.tenures`: a post named in 2012 and again in
2021, with nothing in the record between, is two tenures): the key of `tenures` becomes (person, post, first
date). The table is derived data, rewritten whole by every refresh, so it is made anew with the new key and its
rows copied over (each (person, post) had one row, so the copy keeps them all).

Revision ID: 0010_tenure_periods
Revises: 0009_person_summaries
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

revision = "0010_tenure_periods"
down_revision = "0009_person_summaries"
branch_labels = None
depends_on = None

COLUMNS = ("person_id, post_id, first_date, last_date, first_report, last_report, n_reports, conferred_date, "
           "conferred_report, ended_date, ended_report, end_rule, successor_id")


def _remake(*key: str) -> None:
    """Make `tenures` anew with the primary key `key`, keeping its rows (the first of each key, by first date)."""
    op.rename_table("tenures", "tenures_old")
    op.drop_index("ix_tenures_post_id", "tenures_old")
    op.create_table("tenures",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("post_id", sa.String(), nullable=False),
                    sa.Column("first_date", sa.String(length=10), nullable=False),
                    sa.Column("last_date", sa.String(length=10), nullable=False),
                    sa.Column("first_report", sa.String(), nullable=False),
                    sa.Column("last_report", sa.String(), nullable=False),
                    sa.Column("n_reports", sa.Integer(), nullable=False),
                    sa.Column("conferred_date", sa.String(length=10), nullable=True),
                    sa.Column("conferred_report", sa.String(), nullable=True),
                    sa.Column("ended_date", sa.String(length=10), nullable=True),
                    sa.Column("ended_report", sa.String(), nullable=True),
                    sa.Column("end_rule", sa.String(), nullable=True),
                    sa.Column("successor_id", sa.String(), nullable=True),
                    sa.PrimaryKeyConstraint(*key))
    op.create_index("ix_tenures_post_id", "tenures", ["post_id"])
    # Plain SQL, for SQLite and a database server alike (no "INSERT OR IGNORE"): a row is copied unless an earlier
    # period of its (person, post) is (upgrading, none is: each pair had one row).
    op.execute(f"INSERT INTO tenures ({COLUMNS}) SELECT {COLUMNS} FROM tenures_old t WHERE NOT EXISTS (SELECT 1 FROM "
               "tenures_old o WHERE o.person_id = t.person_id AND o.post_id = t.post_id AND o.first_date < t.first_date)")
    op.drop_table("tenures_old")


def upgrade() -> None:
    _remake("person_id", "post_id", "first_date")


def downgrade() -> None:
    _remake("person_id", "post_id")
