"""Reading reports back: list and search them (FTS5), fetch one with its duplicates."""
from __future__ import annotations

import re

from sqlalchemy import Connection, RowMapping, column, func, literal_column, select, table
from sqlalchemy.exc import OperationalError

from podium.store.schema import duplicates, reports

MAX_SEARCH_TERMS = 64  # FTS5 cost grows with the terms of a query (1,000 OR-ed words took 84 s)
_TERM = re.compile(r'"[^"]*"|[^\s()"]+')  # a phrase counts as one term
_OPERATORS = frozenset({"OR", "AND", "NOT", "NEAR"})

# The FTS5 index of migration 0002, seen by SQLAlchemy as a plain table: its rowid is the report's rowid.
reports_fts = table("reports_fts", column("rowid"), column("rank"), column("reports_fts"))


class SearchError(ValueError):
    """The search words are not a valid full-text query."""


def find_reports(conn: Connection, *, since: str | None = None, until: str | None = None,
                 search: str | None = None, limit: int | None = 20) -> tuple[int, list[RowMapping]]:
    """(how many reports match, the first `limit` of them): newest first, or most relevant first when
    searching. `search` is an SQLite FTS5 query over title and text: words, "a phrase", OR, NOT, prefix*."""
    query = select(reports.c.id, reports.c.date, reports.c.title, func.length(reports.c.text).label("chars"))
    if since:
        query = query.where(reports.c.date >= since)
    if until:
        query = query.where(reports.c.date <= until)
    if search:
        terms = sum(term not in _OPERATORS for term in _TERM.findall(search))
        if terms > MAX_SEARCH_TERMS:
            raise SearchError(f"a search may hold at most {MAX_SEARCH_TERMS} terms; this one has {terms:,}")
        query = (query.select_from(reports.join(reports_fts, reports_fts.c.rowid == literal_column("reports.rowid")))
                 .where(reports_fts.c.reports_fts.op("MATCH")(search)).order_by(reports_fts.c.rank))
    else:
        query = query.order_by(reports.c.date.desc(), reports.c.id)
    try:
        total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar()
        rows = conn.execute(query.limit(limit)).mappings().all()
    except OperationalError as error:  # with a valid query nothing else here fails: it is the MATCH text
        if search:
            raise SearchError(f"not a valid search: {search!r} ({error.orig})") from None
        raise
    return total, rows


def report_by_id(conn: Connection, report_id: str) -> tuple[RowMapping | None, list[RowMapping]]:
    """(the report stored under `report_id`, or the one it duplicates; the duplicates linked to that report)."""
    target = conn.execute(select(duplicates.c.duplicate_of).where(duplicates.c.id == report_id)).scalar()
    report = conn.execute(select(reports).where(reports.c.id == (target or report_id))).mappings().first()
    if report is None:
        return None, []
    linked = conn.execute(select(duplicates).where(duplicates.c.duplicate_of == report["id"])
                          .order_by(duplicates.c.id)).mappings().all()
    return report, linked
