"""Pages of a long answer: every list question takes a limit and an offset and says how many there are."""
from __future__ import annotations

from sqlalchemy import Connection, Select, func, select

from podium.query.errors import BadQuery
from podium.sources.checks import iso_date

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000


def page(conn: Connection, query: Select, limit: int, offset: int) -> dict:
    """{"total", "limit", "offset", "items"} for `query` (rows as dicts)."""
    total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    items = [dict(row) for row in conn.execute(query.limit(limit).offset(offset)).mappings()]
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
