"""Questions an analyst asks, each a function of the store that returns plain data (lists of dicts), so the
CLI, the web pages and the API share them: a body's members on a date, a person's companions by role and date
range. (An event and its roster are `podium.query.events`: one rule for which mentions are one event.)
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Select, func, select

from podium.analysis.holders import holders_on
from podium.store.schema import bodies, coappearances, person_links, persons, posts, report_people, reports

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


def _appearance(table=person_links):
    """The join of a person link to its appearance (whose `roles` say what the person did in the report)."""
    return (report_people.c.report_id == table.c.report_id) & (report_people.c.person_no == table.c.person_no)


def has_role(role) -> ColumnElement[bool]:
    """Whether the appearance has `role` (a string or a column) among its comma-separated roles: the whole role,
    so "sent" is not found in "present"."""
    return func.instr("," + report_people.c.roles + ",", "," + role + ",") > 0


def _reports_with(person_id: str, role: str | None, since: str | None, until: str | None) -> Select:
    """The reports (between `since` and `until`) that name the person, with `role` there when given (ANY_ROLE:
    any role but being named in passing)."""
    mine = select(person_links.c.report_id).where(person_links.c.person_id == person_id)
    if role:
        mine = mine.join(report_people, _appearance()).where(
            report_people.c.roles != MENTIONED if role == ANY_ROLE else has_role(role))
    if since or until:
        mine = mine.join(reports, reports.c.id == person_links.c.report_id)
    if since:
        mine = mine.where(reports.c.date >= since)
    if until:
        mine = mine.where(reports.c.date <= until)
    return mine


def companions_query(person_id: str, *, role: str | None = None, their_role: str | None = None,
                     since: str | None = None, until: str | None = None) -> Select:
    """Who appears with a person, as a query of (person_id, name, reports), most shared reports first: in the
    reports (between `since` and `until`) where the person has `role` (e.g. "guided": field guidance; ANY_ROLE:
    any but being named in passing), the other
    people, counted per report, with `their_role` when given (e.g. "present": those accompanying). Without
    roles this is plain co-mention within the dates. Counted in SQL (Kim Jong Il shares reports with 2,000
    people); plain co-mention over all dates is read from `coappearances`, where ingest counted it already."""
    if not (role or their_role or since or until):
        return (select(coappearances.c.other_id.label("person_id"), persons.c.name,
                       coappearances.c.n_reports.label("reports"))
                .join(persons, persons.c.id == coappearances.c.other_id)
                .where(coappearances.c.person_id == person_id)
                .order_by(coappearances.c.n_reports.desc(), persons.c.name, coappearances.c.other_id))
    others = (select(person_links.c.person_id, func.count(person_links.c.report_id.distinct()).label("reports"))
              .where(person_links.c.report_id.in_(_reports_with(person_id, role, since, until)),
                     person_links.c.person_id != person_id)
              .group_by(person_links.c.person_id))
    if their_role:
        others = others.join(report_people, _appearance()).where(has_role(their_role))
    counted = others.subquery()
    return (select(counted.c.person_id, persons.c.name, counted.c.reports)
            .join(persons, persons.c.id == counted.c.person_id)
            .order_by(counted.c.reports.desc(), persons.c.name, counted.c.person_id))


def companions(conn: Connection, person_id: str, *, role: str | None = None, their_role: str | None = None,
               since: str | None = None, until: str | None = None, top: int = 20) -> list[dict]:
    """The first `top` rows of `companions_query`, as dicts."""
    query = companions_query(person_id, role=role, their_role=their_role, since=since, until=until)
    return [dict(row) for row in conn.execute(query.limit(top)).mappings()]


def body_name(conn: Connection, body_id: str) -> str:
    return conn.execute(select(bodies.c.name).where(bodies.c.id == body_id)).scalar_one()
