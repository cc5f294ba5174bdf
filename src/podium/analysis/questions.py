"""Questions an analyst asks, each a function of the store that returns plain data (lists of dicts), so the
CLI, the web pages and the API share them: an event's roster, the events of a series, a body's members on a
date, a person's companions by role and date range.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from sqlalchemy import ColumnElement, Connection, Select, func, or_, select

from podium.analysis.holders import holders_on
from podium.store.schema import (bodies, coappearances, history, person_links, persons, post_forms,
                                 post_holder_forms, posts, report_events, report_people, report_posts, reports)

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ORDINAL = re.compile(r"(?:the\s+)?(?P<word>" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+", re.I)
MENTIONED = "mentioned"  # named in passing: no role that makes a companion
MEMBER_OFFICES = {"member": "full", "alternate member": "alternate", "candidate member": "alternate"}


def events(conn: Connection, text: str | None = None, kind: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 50, report_id_only: str | None = None) -> list[dict]:
    """Events whose name or report headline contains `text` (or of `kind`), with their report and date, newest
    first; one row per (report, event); `report_id_only`: the events of that report. The events of a series
    are those that share a name: search by the name."""
    query = (select(report_events.c.report_id, report_events.c.event_no, report_events.c.name,
                    report_events.c.kind, report_events.c.ordinal, report_events.c.sitting,
                    func.coalesce(report_events.c.date, reports.c.date).label("date"),
                    reports.c.date.label("report_date"), reports.c.title)
             .join(reports, reports.c.id == report_events.c.report_id)
             .order_by(reports.c.date.desc(), report_events.c.report_id, report_events.c.event_no).limit(limit))
    if report_id_only:
        query = query.where(report_events.c.report_id == report_id_only)
    if text:
        ordinal, words = _ordinal(text)
        if ordinal:
            query = query.where(report_events.c.ordinal == ordinal)
        query = query.where(or_(report_events.c.name.ilike(f"%{words}%"), reports.c.title.ilike(f"%{text}%")))
    if kind:
        query = query.where(report_events.c.kind == kind)
    if since:
        query = query.where(reports.c.date >= since)
    if until:
        query = query.where(reports.c.date <= until)
    return [dict(row) for row in conn.execute(query).mappings()]


def _ordinal(text: str) -> tuple[int | None, str]:
    """("Fourth Conference of the WPK") -> (4, "Conference of the WPK"): events keep their ordinal apart."""
    match = _ORDINAL.match(text.strip())
    if not match:
        return None, text.strip()
    word = match["word"].lower()
    number = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.index(word) + 1
    return number, text.strip()[match.end():]


def series(conn: Connection, text: str) -> list[dict]:
    """The series of events whose name contains `text`: each distinct name and kind, with its reports' dates."""
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in events(conn, text, limit=10_000):
        grouped[row["name"], row["kind"]].append(row["report_date"])
    return [{"name": name, "kind": kind, "reports": len(days), "first": min(days), "last": max(days)}
            for (name, kind), days in sorted(grouped.items(), key=lambda item: min(item[1]))]


def roster(conn: Connection, report_id: str) -> list[dict]:
    """The people of one report in protocol order (their place in its list of officials first, then in order
    of mention), each with their roles and their posts as resolved."""
    post_id = func.coalesce(post_holder_forms.c.post_id, post_forms.c.post_id)
    posts_of: dict[int, list[str]] = defaultdict(list)
    for person_no, title in conn.execute(
            select(report_posts.c.person_no, posts.c.title)
            .join(post_forms, post_forms.c.form == report_posts.c.post)
            .outerjoin(post_holder_forms, (post_holder_forms.c.report_id == report_posts.c.report_id)
                       & (post_holder_forms.c.person_no == report_posts.c.person_no)
                       & (post_holder_forms.c.post == report_posts.c.post))
            .join(posts, posts.c.id == post_id)
            .where(report_posts.c.report_id == report_id).order_by(report_posts.c.start)):
        if title not in posts_of[person_no]:
            posts_of[person_no].append(title)
    rows = conn.execute(
        select(report_people.c.person_no, report_people.c.name, report_people.c.roles, report_people.c.list_no,
               report_people.c.list_pos, person_links.c.person_id)
        .outerjoin(person_links, (person_links.c.report_id == report_people.c.report_id)
                   & (person_links.c.person_no == report_people.c.person_no))
        .where(report_people.c.report_id == report_id)).mappings().all()
    ordered = sorted(rows, key=lambda r: (r["list_no"] is None, r["list_no"] or 0, r["list_pos"] or 0,
                                          r["person_no"]))
    return [{"place": row["list_pos"], "list": row["list_no"], "name": row["name"], "person_id": row["person_id"],
             "roles": [r for r in row["roles"].split(",") if r], "posts": posts_of[row["person_no"]]}
            for row in ordered]


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
    """The reports (between `since` and `until`) that name the person, with `role` there when given."""
    mine = select(person_links.c.report_id).where(person_links.c.person_id == person_id)
    if role:
        mine = mine.join(report_people, _appearance()).where(has_role(role))
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
    reports (between `since` and `until`) where the person has `role` (e.g. "guided": field guidance), the other
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


def companions_by_role(conn: Connection, person_id: str, *, role: str | None = None, since: str | None = None,
                       until: str | None = None, top: int = 10) -> dict[str, dict]:
    """`companions` for every role the others have, at once (the person page shows them side by side):
    {their role: {"total": how many people, "items": the first `top`}}, most people first. The same rule as
    `companions_query` with `their_role`, counted here from one read of the appearances with a role in the
    person's reports (a query per role took 200 ms for Kim Jong Il)."""
    rows = conn.execute(
        select(person_links.c.person_id, persons.c.name, person_links.c.report_id, report_people.c.roles)
        .join(report_people, _appearance()).join(persons, persons.c.id == person_links.c.person_id)
        .where(person_links.c.report_id.in_(_reports_with(person_id, role, since, until)),
               person_links.c.person_id != person_id, report_people.c.roles != MENTIONED))
    shared: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for other, name, report_id, roles in rows:
        for their_role in filter(None, roles.split(",")):
            shared[their_role][other, name].add(report_id)
    found = {}
    for their_role, people in sorted(shared.items(), key=lambda item: -len(item[1])):
        ranked = sorted(people.items(), key=lambda item: (-len(item[1]), item[0][1], item[0][0]))
        found[their_role] = {"total": len(ranked), "items": [
            {"person_id": other, "name": name, "reports": len(reports_)} for (other, name), reports_ in ranked[:top]]}
    return found


def body_name(conn: Connection, body_id: str) -> str:
    return conn.execute(select(bodies.c.name).where(bodies.c.id == body_id)).scalar_one()


def history_of(conn: Connection, person_id: str) -> list[dict]:
    """Posts the reports give the person for an earlier time (recalled, or after death), by post: how often,
    the earliest and latest time they are about, and why they are history."""
    rows = conn.execute(select(history.c.post_id, posts.c.title, history.c.about, history.c.rule,
                               history.c.report_id)
                        .join(posts, posts.c.id == history.c.post_id)
                        .where(history.c.person_id == person_id).order_by(history.c.about)).mappings().all()
    grouped: dict[str, dict] = {}
    for row in rows:
        entry = grouped.setdefault(row["post_id"], {"post": row["title"], "reports": 0, "about_first": row["about"],
                                                    "about_last": row["about"], "rule": row["rule"],
                                                    "report_id": row["report_id"]})
        entry["reports"] += 1
        entry["about_last"] = row["about"]
    return sorted(grouped.values(), key=lambda e: e["about_first"])

