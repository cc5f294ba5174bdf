"""Who held a post on a date."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, func, select

from podium.analysis.holders import holders_on, tenure_ends
from podium.analysis.lookup import find_post
from podium.query.paging import iso_day
from podium.store.schema import bodies, posts, tenures


def holders(conn: Connection, post: str, on: str | None = None) -> dict:
    """The post `post` names (any written form or its id), its body (id and name) and its holders on the ISO
    date `on` (default: the last date any report gives the post), in protocol order; `ended`: the tenures that ended by then, and how
    (stated, death, or inferred from a successor on a single-holder post)."""
    day = iso_day(on, "on")
    post_id = find_post(conn, post, day)
    day = day or conn.execute(select(func.max(tenures.c.last_date))
                                            .where(tenures.c.post_id == post_id)).scalar()
    row = conn.execute(select(posts.c.title, posts.c.body_id, bodies.c.name.label("body"))
                       .outerjoin(bodies, bodies.c.id == posts.c.body_id).where(posts.c.id == post_id)).one()
    return {"post_id": post_id, "title": row.title, "body_id": row.body_id, "body": row.body, "on": day,
            "holders": [asdict(holder) for holder in holders_on(conn, post_id, day)] if day else [],
            "ended": [asdict(holder) for holder in tenure_ends(conn, post_id) if day and holder.ended_date <= day]}
