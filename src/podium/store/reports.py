"""Adding what came in: reports with their full-text index entries, duplicates and rejects.

Reports enter the store only through `add_reports`, so a report is never stored without being searchable, and
a batch is indexed with one statement (per-row triggers cost three times as much on the corpus). Duplicates and
rejects are links and notes that a re-run finds again: `add_once` keeps the first and ignores the rest.
"""
from __future__ import annotations

from sqlalchemy import Connection, Table, func, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite

from podium.store.schema import reports

_INSERT_OR_IGNORE = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


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


def add_once(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert `rows` into `table`, skipping those whose key (or unique index) is already there."""
    if rows:
        conn.execute(_INSERT_OR_IGNORE[conn.dialect.name](table).on_conflict_do_nothing(), rows)
