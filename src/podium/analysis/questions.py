"""Questions an analyst asks, each a function of the store that returns plain data (lists of dicts), so the
CLI, the web pages and the API share them: a body's members on a date, a person's companions by role and date
range. (An event and its roster are `podium.query.events`: one rule for which mentions are one event.)
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Select, func, select

from podium.analysis.holders import holders_on
from podium.store.schema import bodies, coappearances, companion_reports, persons, posts

MENTIONED = "mentioned"  # named in passing: no role that makes a companion
ANY_ROLE = "any"  # as the person's role: the reports where they did something, not only named in passing
MEMBER_OFFICES = {"member": "full", "alternate member": "alternate", "candidate member": "alternate"}


def members(conn: Connection, body_id: str, on: str) -> dict[str, list[dict]]:
    """The full and alternate members of a body on a date (the holders of its member posts), in protocol
    order, and the holders of its other posts (chairman, secretary...) under "other". A full member is no
    longer an alternate (a promotion is rarely announced as the end of the candidacy)."""
    found: dict[str, list[dict]] = {"full": [], "alternate": [], "other": []}
    for post_id, office, title in conn.execute(select(posts.c.id, posts.c.office, posts.c.title)
                                               .where(posts.c.body_id == body_id).order_by(posts.c.id)):
        group = MEMBER_OFFICES.get(office, "other")
        for holder in holders_on(conn, post_id, on):
            found[group].append({"person_id": holder.person_id, "name": holder.name, "post": title,
                                 "protocol_place": holder.protocol_place, "first_date": holder.first_date,
                                 "last_date": holder.last_date, "reports": holder.n_reports})
    full = {row["person_id"] for row in found["full"]}
    found["alternate"] = [row for row in found["alternate"] if row["person_id"] not in full]  # promoted since
    return found


def _has_role(roles: ColumnElement, role: str) -> ColumnElement[bool]:
    """Whether `role` is one of the comma-separated `roles`: the whole role, so "sent" is not found in "present"."""
    return func.instr("," + roles + ",", "," + role + ",") > 0


def companion_rows(person_id: str, *, role: str | None = None, their_role: str | None = None,
                   since: str | None = None, until: str | None = None) -> Select:
    """The person's rows of `companion_reports` (other_id, report_id, other_roles) within the filters: in the
    reports (dated `since` to `until`) where the person has `role` (ANY_ROLE: any role but being named in
    passing), the others with `their_role`. The refresh wrote one row per pair of appearances keyed by person
    and date, so this is a range scan of the person's rows however often they are named."""
    rows = companion_reports.c
    query = select(rows.other_id, rows.report_id, rows.other_roles).where(rows.person_id == person_id)
    if role:
        query = query.where(rows.roles != MENTIONED if role == ANY_ROLE else _has_role(rows.roles, role))
    if their_role:
        query = query.where(_has_role(rows.other_roles, their_role))
    if since:
        query = query.where(rows.date >= since)
    if until:
        query = query.where(rows.date <= until)
    return query


def companions_query(person_id: str, *, role: str | None = None, their_role: str | None = None,
                     since: str | None = None, until: str | None = None) -> Select:
    """Who appears with a person, as a query of (person_id, name, reports), most shared reports first: in the
    reports (between `since` and `until`) where the person has `role` (e.g. "guided": field guidance; ANY_ROLE:
    any but being named in passing), the other people, counted per report, with `their_role` when given (e.g.
    "present": those accompanying). Without roles this is plain co-mention within the dates; over all dates it
    is read from `coappearances`, where the refresh counted it already."""
    if not (role or their_role or since or until):
        return (select(coappearances.c.other_id.label("person_id"), persons.c.name,
                       coappearances.c.n_reports.label("reports"))
                .join(persons, persons.c.id == coappearances.c.other_id)
                .where(coappearances.c.person_id == person_id)
                .order_by(coappearances.c.n_reports.desc(), persons.c.name, coappearances.c.other_id))
    counted = (companion_rows(person_id, role=role, their_role=their_role, since=since, until=until)
               .with_only_columns(companion_reports.c.other_id,
                                  func.count(companion_reports.c.report_id.distinct()).label("reports"))
               .group_by(companion_reports.c.other_id).subquery())
    return (select(counted.c.other_id.label("person_id"), persons.c.name, counted.c.reports)
            .join(persons, persons.c.id == counted.c.other_id)
            .order_by(counted.c.reports.desc(), persons.c.name, counted.c.other_id))


def companions(conn: Connection, person_id: str, *, role: str | None = None, their_role: str | None = None,
               since: str | None = None, until: str | None = None, top: int = 20) -> list[dict]:
    """The first `top` rows of `companions_query`, as dicts."""
    query = companions_query(person_id, role=role, their_role=their_role, since=since, until=until)
    return [dict(row) for row in conn.execute(query.limit(top)).mappings()]


def body_name(conn: Connection, body_id: str) -> str:
    return conn.execute(select(bodies.c.name).where(bodies.c.id == body_id)).scalar_one()
