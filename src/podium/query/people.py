"""People: who is named most, and everything the record says about one person."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, func, select

from podium.analysis.evidence import Documents, quote
from podium.analysis.lookup import NotFound, find_persons
from podium.analysis.person_view import person_view
from podium.analysis.questions import history_of
from podium.query.changes import change_item
from podium.query.events import event_id_of
from podium.query.paging import as_dicts, iso_day, page
from podium.query.spans import post_spans
from podium.store.schema import deaths, person_links, persons, report_events, report_people, reports

PERSON_COLUMNS = (persons.c.id, persons.c.name, persons.c.n_reports, persons.c.first_date, persons.c.last_date)
CURRENT_WITHIN_DAYS = 366  # a post is current when its last evidence is this close to the person's last report
POST_EVIDENCE_CHARS = 280  # a post's sentence is cut around the post beyond this: a list of 40 names is one sentence
PERSON_LIST_LIMIT = 50  # events and changes of one person shown by default (the latest); Kim Jong Il attends 300


def people(conn: Connection, *, name: str | None = None, limit: int, offset: int = 0) -> dict:
    """Persons, most reported first; `name` keeps those whose usual name contains it."""
    query = select(*PERSON_COLUMNS).order_by(persons.c.n_reports.desc(), persons.c.name, persons.c.id)
    if name:
        query = query.where(persons.c.name.icontains(name.strip(), autoescape=True))
    return page(conn, query, limit, offset)


def person(conn: Connection, text: str, *, companions: int = 10, since: str | None = None,
           until: str | None = None, limit: int = PERSON_LIST_LIMIT) -> dict:
    """Everything about the person `text` names (an id, a name or a spelling): names, posts with their first
    evidence, rank and appearances per month, events attended, companions, changes; `since` / `until` keep what
    falls in that date range. Events and changes are the latest `limit` of them (`n_events`, `n_changes` say
    how many there are). `history`: the posts reports recall from before; `died`: the death, when known."""
    since, until = iso_day(since, "since"), iso_day(until, "until")
    ids = find_persons(conn, text)
    view = person_view(conn, ids[0], companions, since, until)
    info = view.person
    posts = [_tenure(row, info["last_date"]) for row in view.posts]
    _add_evidence(conn, info["id"], posts)
    attended = _events_attended(conn, info["id"])
    return {
        "id": info["id"], "name": info["name"], "n_reports": info["n_reports"],
        "first_date": info["first_date"], "last_date": info["last_date"],
        "same_name": ids[1:],
        "variants": _variants(conn, info["id"]),
        "current_posts": [post["post_id"] for post in posts if post["current"]],
        "posts": posts,
        "ranks": view.ranks,
        "months": [{"month": month, "reports": count} for month, count in view.months],
        "n_events": len(attended), "events": attended[-limit:],
        "companions": [{"id": other, "name": name, "shared_reports": shared}
                       for other, name, shared in view.coappearing],
        "n_changes": len(view.changes), "changes": [change_item(row) for row in view.changes[-limit:]],
        "history": history_of(conn, info["id"]),
        "died": _death(conn, info["id"]),
    }


def _death(conn: Connection, person_id: str) -> dict | None:
    row = conn.execute(select(deaths.c.died_by, deaths.c.report_id).where(deaths.c.person_id == person_id)).first()
    return dict(row._mapping) if row else None


def _tenure(row: dict, last_seen: str) -> dict:
    gap = (date.fromisoformat(last_seen) - date.fromisoformat(row["last_date"])).days
    return {"post_id": row["post_id"], "title": row["title"], "first_date": row["first_date"],
            "first_report": row["first_report"], "last_date": row["last_date"], "last_report": row["last_report"],
            "n_reports": row["n_reports"], "conferred_date": row["conferred_date"],
            "conferred_report": row["conferred_report"], "ended_date": row["ended_date"],
            "ended_report": row["ended_report"], "end_rule": row.get("end_rule"),
            "current": row["ended_date"] is None and gap <= CURRENT_WITHIN_DAYS,
            "evidence": None, "evidence_start": None}


def _add_evidence(conn: Connection, person_id: str, posts: list[dict]) -> None:
    """The sentence of each post's first report that gives the person that post, and where it starts."""
    spans = post_spans(conn, person_id, {(post["first_report"], post["post_id"]) for post in posts})
    docs = Documents(conn)
    docs.load(post["first_report"] for post in posts)
    for post in posts:
        span = spans.get((post["first_report"], post["post_id"]))
        if span:
            post["evidence"] = quote(docs[post["first_report"]], *span, limit=POST_EVIDENCE_CHARS)
            post["evidence_start"] = span[0]


def _variants(conn: Connection, person_id: str) -> list[dict]:
    """The spellings the reports use for the person, most used first."""
    rows = conn.execute(
        select(report_people.c.name, func.count().label("reports"))
        .join(person_links, (person_links.c.report_id == report_people.c.report_id)
              & (person_links.c.person_no == report_people.c.person_no))
        .where(person_links.c.person_id == person_id)
        .group_by(report_people.c.name).order_by(func.count().desc(), report_people.c.name))
    return [{"name": name, "reports": count} for name, count in rows]


def _events_attended(conn: Connection, person_id: str) -> list[dict]:
    """The meetings of the reports that name the person, with their role and place in the list there, in date
    order. Only the person's reports that name a meeting are joined (a semi-join on `report_events`): Kim Jong
    Il is named in 6,000 reports, 400 of them name a meeting."""
    rows = as_dicts(conn.execute(
        select(report_events.c.name, report_events.c.kind, report_events.c.ordinal, report_events.c.sitting,
               report_events.c.date,
               reports.c.date.label("report_date"), report_events.c.report_id, report_people.c.roles,
               report_people.c.list_pos)
        .join(person_links, person_links.c.report_id == report_events.c.report_id)
        .join(report_people, (report_people.c.report_id == person_links.c.report_id)
              & (report_people.c.person_no == person_links.c.person_no))
        .join(reports, reports.c.id == report_events.c.report_id)
        .where(person_links.c.person_id == person_id,
               person_links.c.report_id.in_(select(report_events.c.report_id)))
        .order_by(reports.c.date, report_events.c.report_id, report_events.c.event_no)))
    attended: dict[str, dict] = {}
    for row in rows:
        key = event_id_of(row["name"], row["date"], row["ordinal"], row["sitting"], row["report_date"])
        entry = attended.setdefault(key, {"event_id": key, "name": row["name"], "kind": row["kind"],
                                          "ordinal": row["ordinal"], "date": row["date"] or row["report_date"],
                                          "roles": [],
                                          "list_pos": None, "report_id": row["report_id"]})
        for role in filter(None, (row["roles"] or "").split(",")):
            if role.strip() not in entry["roles"]:
                entry["roles"].append(role.strip())
        if row["list_pos"] and (entry["list_pos"] is None or row["list_pos"] < entry["list_pos"]):
            entry["list_pos"] = row["list_pos"]
    return list(attended.values())

