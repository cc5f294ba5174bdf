"""The feed of changes, filtered by date, body, kind and significance."""
from __future__ import annotations

from sqlalchemy import Connection

from podium.analysis.change import CONFERRED_KINDS, ENDED_KINDS
from podium.analysis.feeds import changes_query, headline
from podium.analysis.lookup import body_and_below
from podium.query.errors import BadQuery
from podium.query.paging import iso_day, page, page_of

KINDS = (*CONFERRED_KINDS, *ENDED_KINDS, "new post", "post dropped", "first appearance", "absence",
         "reappearance", "rank rise", "rank drop")
# A change a report states in words (elected, relieved, ...) weighs more than one inferred from what the reports
# stop or start saying (a post no longer named, an absence, a move in protocol rank).
SIGNIFICANCE = {"stated": (*CONFERRED_KINDS, *ENDED_KINDS),
                "inferred": tuple(kind for kind in KINDS if kind not in (*CONFERRED_KINDS, *ENDED_KINDS))}


def change_item(row: dict) -> dict:
    """One change as every face shows it."""
    significance = "stated" if row["kind"] in SIGNIFICANCE["stated"] else "inferred"
    return {"id": row["id"], "date": row["date"], "kind": row["kind"], "significance": significance,
            "person_id": row["person_id"], "person": row["person"], "post_id": row["post_id"], "post": row["post"],
            "body_id": row["body_id"], "headline": headline(row), "report_id": row["report_id"],
            "evidence": row["evidence"], "detail": row["detail"]}


def changes(conn: Connection, *, since: str | None = None, until: str | None = None, body: str | None = None,
            kinds: list[str] | None = None, significance: str | None = None, limit: int,
            offset: int = 0) -> dict:
    """Changes in date order; `body` (id or name) includes the bodies under it."""
    unknown = sorted(set(kinds or ()) - set(KINDS))
    if unknown:
        raise BadQuery(f"kind: unknown {', '.join(map(repr, unknown))}; known: {', '.join(KINDS)}")
    if significance is not None and significance not in SIGNIFICANCE:
        raise BadQuery(f"significance: {significance!r} is not one of {', '.join(SIGNIFICANCE)}")
    wanted = None  # every kind
    if kinds or significance:
        wanted = [kind for kind in (kinds or KINDS) if not significance or kind in SIGNIFICANCE[significance]]
        if not wanted:  # e.g. --kind elected --significance inferred
            return page_of([], limit, offset)
    query = changes_query(since=iso_day(since, "since"), until=iso_day(until, "until"),
                          body_ids=body_and_below(conn, body) if body else None, kinds=wanted)
    answer = page(conn, query, limit, offset)
    return {**answer, "items": [change_item(row) for row in answer["items"]]}
