"""Everything about one person: posts as a timeline, protocol rank and appearances per month, the people most
often named with them, and their detected changes."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from podium.analysis.coappearance import coappearing
from podium.analysis.feeds import list_changes
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


def person_view(conn: Connection, person_id: str, top: int = 10) -> PersonView:
    person = conn.execute(select(persons).where(persons.c.id == person_id)).mappings().one()
    timeline = [dict(row) for row in conn.execute(
        select(tenures, posts.c.title).join(posts, posts.c.id == tenures.c.post_id)
        .where(tenures.c.person_id == person_id)
        .order_by(tenures.c.first_date, tenures.c.last_date)).mappings()]
    months = [tuple(row) for row in conn.execute(
        select(person_months.c.month, person_months.c.n_reports)
        .where(person_months.c.person_id == person_id).order_by(person_months.c.month))]
    return PersonView(dict(person), timeline, _ranks_by_month(conn, person_id), months,
                      coappearing(conn, person_id, top), list_changes(conn, person_id=person_id))
