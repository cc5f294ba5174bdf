"""Who held a post on a date."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, select

from podium.analysis.holders import holders_on
from podium.analysis.lookup import find_post
from podium.query.errors import BadQuery
from podium.query.paging import iso_day
from podium.store.schema import posts


def holders(conn: Connection, post: str, on: str) -> dict:
    """The post `post` names (any written form or its id) and its holders on the ISO date `on`."""
    day = iso_day(on, "on")
    if day is None:
        raise BadQuery("on: a date YYYY-MM-DD is needed")
    post_id = find_post(conn, post)
    row = conn.execute(select(posts.c.title, posts.c.body_id).where(posts.c.id == post_id)).one()
    return {"post_id": post_id, "title": row.title, "body_id": row.body_id, "on": day,
            "holders": [asdict(holder) for holder in holders_on(conn, post_id, day)]}
