"""Bodies: the tree of them, and one body's members on a date with its membership changes."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, func, select

from podium.analysis.holders import holders_on
from podium.analysis.feeds import list_changes
from podium.analysis.lookup import body_and_below
from podium.query.changes import change_item
from podium.query.paging import iso_day
from podium.store.schema import bodies as bodies_table, posts, tenures


def bodies(conn: Connection, *, kind: str | None = None) -> dict:
    """Every body (of `kind`: party, state, military, mass organisation, foreign, other) with its parent, depth
    and the number of posts the record knows in it, in tree order."""
    counts = dict(conn.execute(select(posts.c.body_id, func.count()).group_by(posts.c.body_id)).all())
    query = select(bodies_table).order_by(bodies_table.c.name)
    if kind:
        query = query.where(bodies_table.c.kind == kind)
    rows = [dict(row) for row in conn.execute(query).mappings()]
    known = {row["id"] for row in rows}
    for row in rows:  # a body whose parent is of another kind is a root of this kind's tree
        if row["parent_id"] not in known:
            row["parent_id"] = None
    children: dict[str | None, list[dict]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    ordered: list[dict] = []

    def walk(parent: str | None, depth: int) -> None:
        for row in children.get(parent, []):
            ordered.append({**row, "depth": depth, "n_posts": counts.get(row["id"], 0)})
            walk(row["id"], depth + 1)

    walk(None, 0)
    return {"total": len(ordered), "items": ordered}


def body(conn: Connection, body_id: str, *, on: str | None = None, changes_limit: int = 200) -> dict:
    """The body `body_id` (id or name), its parent and children, the holders of its posts on `on` (default:
    the last date of any evidence in it) and the changes of its posts and those of the bodies under it."""
    ids = body_and_below(conn, body_id)
    row = conn.execute(select(bodies_table).where(bodies_table.c.id == ids[0])).mappings().one()
    day = iso_day(on, "on") or conn.execute(
        select(func.max(tenures.c.last_date)).join(posts, posts.c.id == tenures.c.post_id)
        .where(posts.c.body_id.in_(ids))).scalar()
    parent = conn.execute(select(bodies_table.c.id, bodies_table.c.name)
                          .where(bodies_table.c.id == row["parent_id"])).mappings().first()
    children = conn.execute(select(bodies_table.c.id, bodies_table.c.name)
                            .where(bodies_table.c.parent_id == row["id"]).order_by(bodies_table.c.name)).mappings()
    members = []
    for post_id, title in conn.execute(select(posts.c.id, posts.c.title).where(posts.c.body_id == row["id"])
                                       .order_by(posts.c.title)) if day else ():
        for holder in holders_on(conn, post_id, day):
            members.append({"post_id": post_id, "post": title, **asdict(holder)})
    found = list_changes(conn, body_ids=ids)
    return {"id": row["id"], "name": row["name"], "kind": row["kind"], "on": day,
            "parent": dict(parent) if parent else None, "children": [dict(child) for child in children],
            "members": members, "n_changes": len(found),
            "changes": [change_item(change) for change in found[-changes_limit:]]}

