"""Adding reports: their rows and their full-text index entries, in the caller's transaction.

Reports enter the store only through `add_reports`, so a report is never stored without being searchable, and
a batch is indexed with one statement (per-row triggers cost three times as much on the corpus).
"""
from __future__ import annotations

from sqlalchemy import Connection, func, literal_column, select

from podium.store.schema import reports


def add_reports(conn: Connection, rows: list[dict]) -> None:
    """Insert `rows` into `reports` and index their title and text for full-text search."""
    if not rows:
        return
    last_rowid = conn.execute(select(func.coalesce(func.max(literal_column("rowid")), 0))
                              .select_from(reports)).scalar()
    conn.execute(reports.insert(), rows)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO reports_fts(rowid, title, text) "
                             "SELECT rowid, title, text FROM reports WHERE rowid > ?", (last_rowid,))
