"""One search box over people, posts, bodies, meetings and report text; results grouped by kind."""
from __future__ import annotations

from sqlalchemy import Connection, func, select

from podium.query.events import events
from podium.query.errors import BadQuery
from podium.query.reports import reports
from podium.store.schema import bodies, persons, post_forms, posts

KINDS = ("people", "posts", "bodies", "events", "reports")


def search(conn: Connection, text: str, *, limit: int) -> dict:
    """Up to `limit` results of each kind for `text`: names, post titles and body names that contain it, and
    the reports whose words match it (full-text, most relevant first)."""
    text = (text or "").strip()
    if not text:
        raise BadQuery("q: give something to search for")
    like = {"autoescape": True}
    people = [dict(row) for row in conn.execute(
        select(persons.c.id, persons.c.name, persons.c.n_reports, persons.c.first_date, persons.c.last_date)
        .where(persons.c.name.icontains(text, **like))
        .order_by(persons.c.n_reports.desc(), persons.c.id).limit(limit)).mappings()]
    titled = select(posts.c.id).where(posts.c.title.icontains(text, **like)).union(
        select(post_forms.c.post_id).where(post_forms.c.form.icontains(text, **like)))
    found_posts = [dict(row) for row in conn.execute(
        select(posts.c.id, posts.c.title, posts.c.body_id).where(posts.c.id.in_(titled))
        .order_by(func.length(posts.c.title), posts.c.title).limit(limit)).mappings()]
    found_bodies = [dict(row) for row in conn.execute(
        select(bodies.c.id, bodies.c.name, bodies.c.kind).where(bodies.c.name.icontains(text, **like))
        .order_by(func.length(bodies.c.name), bodies.c.name).limit(limit)).mappings()]
    return {"q": text, "people": people, "posts": found_posts, "bodies": found_bodies,
            "events": events(conn, name=text, limit=limit)["items"],
            "reports": _report_hits(conn, text, limit)}


def _report_hits(conn: Connection, text: str, limit: int) -> list[dict]:
    """Reports matching the words as a full-text query; a text that is not a valid query is searched as a phrase."""
    try:
        return reports(conn, search=text, limit=limit)["items"]
    except BadQuery:
        return reports(conn, search='"' + text.replace('"', " ") + '"', limit=limit)["items"]
