"""Pages of a long answer: every list question takes a limit and an offset and says how many there are."""
from __future__ import annotations

from sqlalchemy import Connection, Result, Select, func, select

from podium.query.errors import BadQuery
from podium.sources.checks import iso_date

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000


def page(conn: Connection, query: Select, limit: int, offset: int, *, count: Select | None = None) -> dict:
    """{"total", "limit", "offset", "items"} for `query` (rows as dicts); `count`, a cheaper query of the same
    number of rows, counts them when given."""
    total = conn.execute(count).scalar_one() if count is not None else _count(conn, query)
    return _rows(conn, query, total, limit, offset)


def last_page(conn: Connection, query: Select, limit: int) -> dict:
    """The last `limit` rows of `query` (in its order), as `page` gives them: the latest of a dated list."""
    total = _count(conn, query)
    return _rows(conn, query, total, limit, max(0, total - limit))


def _count(conn: Connection, query: Select) -> int:
    return conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def as_dicts(result: Result) -> list[dict]:
    """The rows of `result` as dicts, its column names read once: SQLAlchemy's row mappings look the names up
    again for every row, which cost more than the query itself on long answers (5,000 meeting mentions)."""
    names = list(result.keys())
    return [dict(zip(names, row)) for row in result]


def _rows(conn: Connection, query: Select, total: int, limit: int, offset: int) -> dict:
    items = as_dicts(conn.execute(query.limit(limit).offset(offset)))
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def page_of(items: list, limit: int, offset: int) -> dict:
    """The same shape for an answer already computed in full."""
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


def iso_day(value: str | None, name: str) -> str | None:
    """`value` when it is a real ISO date (YYYY-MM-DD), else BadQuery naming the parameter."""
    if value is None:
        return None
    if iso_date(value) != value:  # exactly YYYY-MM-DD: no week dates ("2012-W01-1"), no "20120103"
        raise BadQuery(f"{name}: {value!r} is not a date YYYY-MM-DD")
    return value
