"""Full-text search over reports (SQLite FTS5): `reports_fts` indexes title and clean text, kept in step by
triggers, as an external-content table so the text is stored once and datasette finds it for `reports`.

On PostgreSQL this migration does nothing; search there will use its own full-text index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CREATE = [
    """CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content="reports", content_rowid="rowid",
       tokenize="porter unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
         INSERT INTO reports_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
       END""",
    """CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
         INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
       END""",
    """CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, text ON reports BEGIN
         INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
         INSERT INTO reports_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
       END""",
    "INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')",
]
_DROP = ["DROP TRIGGER reports_fts_update", "DROP TRIGGER reports_fts_delete", "DROP TRIGGER reports_fts_insert",
         "DROP TABLE reports_fts"]


def _run(statements: list[str]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in statements:
            op.execute(statement)


def upgrade() -> None:
    _run(_CREATE)


def downgrade() -> None:
    _run(_DROP)
