"""The changes as an analyst consumes them: rows for a table, JSON, or an Atom feed a reader subscribes to.

Entry ids in the feed are tag URIs built from the change's stable id, so a feed reader that saw a change once
does not show it again after a refresh.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from feedgen.feed import FeedGenerator
from sqlalchemy import Connection, Select, select

from podium.store.schema import changes, persons, posts

FEED_ID = "tag:podium,2024:changes"


def changes_query(*, since: str | None = None, until: str | None = None, body_ids: list[str] | None = None,
                  person_id: str | None = None, kinds: list[str] | None = None) -> Select:
    """The changes that pass the filters, in date order, each with the person's name and the post's title."""
    query = (select(changes, persons.c.name.label("person"), posts.c.title.label("post"))
             .outerjoin(persons, persons.c.id == changes.c.person_id)
             .outerjoin(posts, posts.c.id == changes.c.post_id)
             .order_by(changes.c.date, changes.c.report_id, changes.c.kind, changes.c.person_id))
    if since:
        query = query.where(changes.c.date >= since)
    if until:
        query = query.where(changes.c.date <= until)
    if body_ids is not None:
        query = query.where(changes.c.body_id.in_(body_ids))
    if person_id is not None:
        query = query.where(changes.c.person_id == person_id)
    if kinds:
        query = query.where(changes.c.kind.in_(kinds))
    return query


def list_changes(conn: Connection, **filters) -> list[dict]:
    """Changes in date order (filters as `changes_query` takes them), with names and titles beside the ids."""
    return [dict(row) for row in conn.execute(changes_query(**filters)).mappings()]


def headline(change: dict) -> str:
    """One line: who, what, which post."""
    who = change["person"] or change["person_id"]
    return f"{who}: {change['kind']}" + (f" — {change['post']}" if change["post"] else "")


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def to_atom(rows: list[dict]) -> bytes:
    feed = FeedGenerator()
    feed.id(FEED_ID)
    feed.title("Podium: changes among officials")
    feed.author({"name": "Podium"})
    feed.updated(_at(rows[-1]["date"]) if rows else datetime.now(timezone.utc))
    for row in rows:
        entry = feed.add_entry(order="append")
        entry.id(f"{FEED_ID}:{row['id']}")
        entry.title(f"{row['date']} {headline(row)}")
        entry.updated(_at(row["date"]))
        entry.published(_at(row["date"]))
        detail = f"\n\n{row['detail']}" if row["detail"] else ""
        entry.content(f"{row['evidence']}\n\n(report {row['report_id']}){detail}", type="text")
    return feed.atom_str(pretty=True)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
