"""Reports: list and search them; one report with every extracted person, post and meeting marked in its text."""
from __future__ import annotations

from sqlalchemy import Connection, select

from podium.query.errors import BadQuery, UnknownId
from podium.query.events import event_id_of
from podium.query.paging import iso_day
from podium.query.spans import stated_posts
from podium.sources import document
from podium.store.queries import SearchError, find_reports, report_by_id
from podium.store.schema import person_links, report_events, report_mentions, report_people


def reports(conn: Connection, *, since: str | None = None, until: str | None = None, search: str | None = None,
            limit: int, offset: int = 0) -> dict:
    """Reports newest first, or most relevant first for a full-text `search` (FTS5: words, "a phrase", OR,
    NOT, prefix*)."""
    try:
        total, rows = find_reports(conn, since=iso_day(since, "since"), until=iso_day(until, "until"),
                                   search=search or None, limit=limit + offset)
    except SearchError as error:
        raise BadQuery(f"search: {error}") from None
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(row) for row in rows[offset:]]}


def report(conn: Connection, report_id: str) -> dict:
    """One report (or the report a duplicate id points to): metadata, the document the extractor read, the raw
    text, and the marks: spans of persons (with their person id), posts (with their post id) and meetings."""
    row, linked = report_by_id(conn, report_id)
    if row is None:
        raise UnknownId("report", report_id)
    return {"id": row["id"], "asked": report_id, "date": row["date"], "title": row["title"],
            "source": row["source"], "url": row["url"], "origin": row["origin"], "ingested_at": row["ingested_at"],
            "duplicates": [{"id": dup["id"], "reason": dup["reason"], "origin": dup["origin"]} for dup in linked],
            "text": row["text"], "raw_text": row["raw_text"], "document": document(row["title"], row["text"]),
            "marks": sorted(_marks(conn, row["id"], row["date"]), key=lambda m: (m["start"], -m["end"]))}


def _marks(conn: Connection, report_id: str, report_date: str) -> list[dict]:
    """Every span the extractor found in the report, with the id of what it names."""
    who = {no: (person_id, name) for no, person_id, name in conn.execute(
        select(report_people.c.person_no, person_links.c.person_id, report_people.c.name)
        .outerjoin(person_links, (person_links.c.report_id == report_people.c.report_id)
                   & (person_links.c.person_no == report_people.c.person_no))
        .where(report_people.c.report_id == report_id))}
    marks = [{"kind": "person", "start": start, "end": end, "id": who[no][0], "label": who[no][1]}
             for no, start, end in conn.execute(
                 select(report_mentions.c.person_no, report_mentions.c.start, report_mentions.c.end)
                 .where(report_mentions.c.report_id == report_id)) if no in who]
    marks += [{"kind": "post", "start": row["start"], "end": row["end"], "id": row["post_id"], "label": row["post"]}
              for row in conn.execute(stated_posts([report_id])).mappings()]
    marks += [{"kind": "event", "start": row.start, "end": row.end, "label": row.name,
               "id": event_id_of(row.name, row.date, row.ordinal, row.sitting, report_date)}
              for row in conn.execute(select(report_events).where(report_events.c.report_id == report_id))]
    return marks
