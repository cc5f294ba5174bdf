"""Everything about one person: posts as a timeline, protocol rank and appearances per month, the people most
often named with them, and their detected changes."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from podium.analysis.coappearance import coappearing
from podium.analysis.feeds import list_changes
from podium.analysis.questions import companions
from podium.store.schema import person_months, persons, posts, protocol_ranks, tenures


@dataclass
class PersonView:
    person: dict
    posts: list[dict]  # tenures with the post's title, in order of first evidence
    ranks: list[dict]  # per month: lists, best and median protocol position
    months: list[tuple[str, int]]  # (YYYY-MM, reports naming the person)
    coappearing: list[tuple[str, str, int]]
    changes: list[dict]


def _ranks_by_month(conn: Connection, person_id: str) -> list[dict]:
    rows = conn.execute(select(func.substr(protocol_ranks.c.date, 1, 7), protocol_ranks.c.list_pos,
                               protocol_ranks.c.list_size).where(protocol_ranks.c.person_id == person_id)).all()
    months: dict[str, list[tuple[int, int]]] = {}
    for month, pos, size in rows:
        months.setdefault(month, []).append((pos, size))
    return [{"month": month, "lists": len(places), "best": min(p for p, _ in places),
             "median": sorted(p for p, _ in places)[len(places) // 2],
             "median_size": sorted(n for _, n in places)[len(places) // 2]}
            for month, places in sorted(months.items())]


def person_view(conn: Connection, person_id: str, top: int = 10, since: str | None = None,
                until: str | None = None) -> PersonView:
    """Everything about one person; `since` / `until` keep what falls in that date range (posts held in it,
    its months, its changes, the people named with them in it)."""
    person = conn.execute(select(persons).where(persons.c.id == person_id)).mappings().one()
    query = (select(tenures, posts.c.title).join(posts, posts.c.id == tenures.c.post_id)
             .where(tenures.c.person_id == person_id).order_by(tenures.c.first_date, tenures.c.last_date))
    if since:
        query = query.where(tenures.c.last_date >= since)
    if until:
        query = query.where(tenures.c.first_date <= until)
    timeline = [dict(row) for row in conn.execute(query).mappings()]
    months = [(month, n) for month, n in conn.execute(
        select(person_months.c.month, person_months.c.n_reports)
        .where(person_months.c.person_id == person_id).order_by(person_months.c.month))
        if (not since or month >= since[:7]) and (not until or month <= until[:7])]
    ranks = [row for row in _ranks_by_month(conn, person_id)
             if (not since or row["month"] >= since[:7]) and (not until or row["month"] <= until[:7])]
    company = ([(row["person_id"], row["name"], row["reports"])
                for row in companions(conn, person_id, since=since, until=until, top=top)]
               if since or until else coappearing(conn, person_id, top))
    return PersonView(dict(person), timeline, ranks, months, company,
                      list_changes(conn, person_id=person_id, since=since, until=until))
