"""Everything about one person: posts as a timeline, protocol rank and appearances per month, and the people
most often named with them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from podium.analysis.coappearance import coappearing
from podium.store.schema import person_links, persons, posts, report_people, reports, tenures


@dataclass
class PersonView:
    person: dict
    posts: list[dict]  # tenures with the post's title, in order of first evidence
    ranks: list[dict]  # per month: lists, best and median protocol position
    months: list[tuple[str, int]]  # (YYYY-MM, reports naming the person)
    coappearing: list[tuple[str, str, int]]


def _ranks_by_month(conn: Connection, person_id: str) -> list[dict]:
    listed = report_people.alias("listed")
    size = (select(func.count()).where(listed.c.report_id == report_people.c.report_id,
                                       listed.c.list_no == report_people.c.list_no).scalar_subquery())
    rows = conn.execute(
        select(func.substr(reports.c.date, 1, 7), report_people.c.list_pos, size)
        .join(person_links, (person_links.c.report_id == report_people.c.report_id)
              & (person_links.c.person_no == report_people.c.person_no))
        .join(reports, reports.c.id == report_people.c.report_id)
        .where(person_links.c.person_id == person_id, report_people.c.list_pos.is_not(None))).all()
    months: dict[str, list[tuple[int, int]]] = {}
    for month, pos, n in rows:
        months.setdefault(month, []).append((pos, n))
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
    month = func.substr(reports.c.date, 1, 7)
    months = [tuple(row) for row in conn.execute(
        select(month, func.count(func.distinct(reports.c.id)))
        .join(person_links, person_links.c.report_id == reports.c.id)
        .where(person_links.c.person_id == person_id).group_by(month).order_by(month))]
    return PersonView(dict(person), timeline, _ranks_by_month(conn, person_id), months,
                      coappearing(conn, person_id, top))
