"""Per-person aggregates for the person and companions questions: the spellings a person is named by
(`person_spellings`), the meetings of the reports naming them (`person_meetings`), their history by post
(`person_history`), every pair of people named in one report with both their roles and the report's date (`companion_reports`), and coappearances indexed most
shared first. Written by `podium.analysis.refresh`; Kim Jong Il's answers read a few thousand rows by key
instead of joining his 6,000 reports. A store upgraded here gets them filled at once from its links (the
statements below, frozen as of this revision, are what the refresh writes), so its answers do not change.

Revision ID: 0009_person_summaries
Revises: 0008_tree_indexes
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0009_person_summaries"
down_revision = "0008_tree_indexes"
branch_labels = None
depends_on = None

APPEARANCE = "JOIN report_people rp ON rp.report_id = pl.report_id AND rp.person_no = pl.person_no"
FILL = (
    f"INSERT INTO person_spellings SELECT pl.person_id, rp.name, count(*) FROM person_links pl {APPEARANCE} "
    "GROUP BY pl.person_id, rp.name",
    "INSERT INTO person_meetings SELECT pl.person_id, r.date, e.report_id, e.event_no, pl.person_no, e.name, e.kind, "
    f"e.ordinal, e.sitting, e.date, rp.roles, rp.list_pos FROM report_events e "
    f"JOIN person_links pl ON pl.report_id = e.report_id {APPEARANCE} JOIN reports r ON r.id = e.report_id",
    "INSERT INTO person_history SELECT person_id, post_id, n_reports, about, about_last, rule, report_id FROM "
    "(SELECT person_id, post_id, rule, report_id, about, count(*) OVER by_post AS n_reports, "
    "max(about) OVER by_post AS about_last, row_number() OVER (by_post ORDER BY about, report_id) AS place "
    "FROM history WINDOW by_post AS (PARTITION BY person_id, post_id)) WHERE place = 1",
    "INSERT INTO companion_reports SELECT pl.person_id, r.date, pl.report_id, pl.person_no, o.person_no, o.person_id, "
    "rp.roles, ro.roles FROM person_links pl JOIN person_links o ON o.report_id = pl.report_id "
    f"AND o.person_id != pl.person_id {APPEARANCE} "
    "JOIN report_people ro ON ro.report_id = o.report_id AND ro.person_no = o.person_no "
    "JOIN reports r ON r.id = pl.report_id",
)


def upgrade() -> None:
    op.create_table("person_spellings",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("name", sa.String(), nullable=False),
                    sa.Column("n_reports", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "name"), sqlite_with_rowid=False)
    op.create_table("person_meetings",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("report_date", sa.String(length=10), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("event_no", sa.Integer(), nullable=False),
                    sa.Column("person_no", sa.Integer(), nullable=False),
                    sa.Column("name", sa.Text(), nullable=False),
                    sa.Column("kind", sa.String(), nullable=False),
                    sa.Column("ordinal", sa.Integer()),
                    sa.Column("sitting", sa.Integer()),
                    sa.Column("date", sa.String()),
                    sa.Column("roles", sa.String(), nullable=False),
                    sa.Column("list_pos", sa.Integer()),
                    sa.PrimaryKeyConstraint("person_id", "report_date", "report_id", "event_no", "person_no"),
                    sqlite_with_rowid=False)
    op.create_table("person_history",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("post_id", sa.String(), nullable=False),
                    sa.Column("n_reports", sa.Integer(), nullable=False),
                    sa.Column("about_first", sa.String(length=10), nullable=False),
                    sa.Column("about_last", sa.String(length=10), nullable=False),
                    sa.Column("rule", sa.Text(), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "post_id"), sqlite_with_rowid=False)
    op.create_table("companion_reports",
                    sa.Column("person_id", sa.String(), nullable=False),
                    sa.Column("date", sa.String(length=10), nullable=False),
                    sa.Column("report_id", sa.String(), nullable=False),
                    sa.Column("person_no", sa.Integer(), nullable=False),
                    sa.Column("other_no", sa.Integer(), nullable=False),
                    sa.Column("other_id", sa.String(), nullable=False),
                    sa.Column("roles", sa.String(), nullable=False),
                    sa.Column("other_roles", sa.String(), nullable=False),
                    sa.PrimaryKeyConstraint("person_id", "date", "report_id", "person_no", "other_no"),
                    sqlite_with_rowid=False)
    op.create_index("ix_coappearances_ranked", "coappearances", ["person_id", "n_reports"])
    for statement in FILL:
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_coappearances_ranked", "coappearances")
    op.drop_table("companion_reports")
    op.drop_table("person_history")
    op.drop_table("person_meetings")
    op.drop_table("person_spellings")
