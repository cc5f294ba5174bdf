"""Bodies: the tree of them, and one body's members on a date with its membership changes."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, case, func, literal, select

from podium.analysis.feeds import changes_query
from podium.analysis.holders import holders_of_posts
from podium.analysis.lookup import body_and_below
from podium.query.changes import change_item
from podium.query.paging import iso_day, last_page, page
from podium.store.schema import bodies as bodies_table, posts, tenures

BODY_CHANGES_LIMIT = 50  # the latest changes on a body's page; the changes feed filtered by the body has them all
# Tree order as one sortable string: each level's name then id, levels joined by a byte below any name's, so a
# body's subtree sorts right after it and before its next sibling.
_LEVEL, _NAME_ID = "\x01", "\x02"


def _tree(kind: str | None, max_depth: int | None):
    """A recursive CTE of (id, depth, path) for the bodies (of `kind`) in tree order, `max_depth` levels deep.
    A body whose parent is of another kind (or unknown) is a root of this kind's tree."""
    parent, child = bodies_table.alias("parent"), bodies_table.alias("child")
    same_kind = (lambda table: table.c.kind == kind) if kind else (lambda table: literal(True))
    has_parent = (select(parent.c.id).where(parent.c.id == bodies_table.c.parent_id, same_kind(parent))
                  .exists())
    tree = (select(bodies_table.c.id, literal(0).label("depth"),
                   (bodies_table.c.name + _NAME_ID + bodies_table.c.id).label("path"))
            .where(same_kind(bodies_table), ~has_parent).cte("tree", recursive=True))
    below = (select(child.c.id, tree.c.depth + 1, tree.c.path + _LEVEL + child.c.name + _NAME_ID + child.c.id)
             .where(child.c.parent_id == tree.c.id, same_kind(child)))
    if max_depth is not None:
        below = below.where(tree.c.depth < max_depth)
    return tree.union_all(below)


def bodies(conn: Connection, *, kind: str | None = None, max_depth: int | None = None, limit: int,
           offset: int = 0) -> dict:
    """Bodies (of `kind`: party, state, military, mass organisation, foreign, other) in tree order, each with
    its parent, depth and the number of posts the record knows in it; `max_depth` 0 keeps the roots only. The
    tree is walked and paged in SQL: there are 12,000 bodies, most of them foreign."""
    tree = _tree(kind, max_depth)
    n_posts = select(func.count()).where(posts.c.body_id == bodies_table.c.id).scalar_subquery()
    query = (select(bodies_table.c.id, bodies_table.c.name,
                    case((tree.c.depth == 0, None), else_=bodies_table.c.parent_id).label("parent_id"),
                    bodies_table.c.kind, tree.c.depth, n_posts.label("n_posts"))
             .join(tree, tree.c.id == bodies_table.c.id)
             .order_by(tree.c.path))
    return page(conn, query, limit, offset, count=select(func.count()).select_from(tree))


def count_bodies(conn: Connection, *, kind: str | None = None) -> int:
    """How many bodies (of `kind`) there are, without walking the tree: whether a kind is too large to show in
    full."""
    query = select(func.count()).select_from(bodies_table)
    return conn.execute(query.where(bodies_table.c.kind == kind) if kind else query).scalar_one()


def body(conn: Connection, body_id: str, *, on: str | None = None, changes_limit: int = BODY_CHANGES_LIMIT) -> dict:
    """The body `body_id` (id or name), its parent and children, the holders of its posts on `on` (default:
    the last date of any evidence in it) and the latest changes of its posts and those of the bodies under it."""
    ids = body_and_below(conn, body_id)
    row = conn.execute(select(bodies_table).where(bodies_table.c.id == ids[0])).mappings().one()
    day = iso_day(on, "on") or conn.execute(
        select(func.max(tenures.c.last_date)).join(posts, posts.c.id == tenures.c.post_id)
        .where(posts.c.body_id.in_(ids))).scalar()
    parent = conn.execute(select(bodies_table.c.id, bodies_table.c.name)
                          .where(bodies_table.c.id == row["parent_id"])).mappings().first()
    children = conn.execute(select(bodies_table.c.id, bodies_table.c.name)
                            .where(bodies_table.c.parent_id == row["id"]).order_by(bodies_table.c.name)).mappings()
    changes = last_page(conn, changes_query(body_ids=ids), changes_limit)
    return {"id": row["id"], "name": row["name"], "kind": row["kind"], "on": day,
            "parent": dict(parent) if parent else None, "children": [dict(child) for child in children],
            "members": _members(conn, row["id"], day) if day else [], "n_changes": changes["total"],
            "changes": [change_item(change) for change in changes["items"]]}


def _members(conn: Connection, body_id: str, day: str) -> list[dict]:
    """The holders on `day` of the body's own posts, by post title (two queries for all its posts)."""
    titles = dict(conn.execute(select(posts.c.id, posts.c.title).where(posts.c.body_id == body_id)).all())
    held = holders_of_posts(conn, list(titles), day)
    return [{"post_id": post_id, "post": titles[post_id], **asdict(holder)}
            for post_id in sorted(titles, key=lambda post_id: (titles[post_id], post_id))
            for holder in held.get(post_id, [])]
