"""Writing what extraction found in a report (a `Record`) into the report_* tables.

`record_rows` turns a record into plain rows per table, so the ingest can write a whole batch of reports with
one statement per table; `save_record` writes one record. A report's record is replaced as a whole, so saving
it again (after the extractor improved) never leaves rows of the old one.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, Table, delete

from podium.extract.record import Record
from podium.store.schema import report_events, report_mentions, report_people, report_posts, report_roles

RECORD_TABLES: tuple[Table, ...] = (report_people, report_mentions, report_posts, report_roles, report_events)


def record_rows(report_id: str, record: Record) -> dict[Table, list[dict]]:
    """The rows of `record` for each report_* table. A post or role stated twice for one person keeps its first
    evidence (the tables hold one row per person and post, and per person and role)."""
    rows: dict[Table, list[dict]] = defaultdict(list)
    for person_no, person in enumerate(record.people):
        key = {"report_id": report_id, "person_no": person_no}
        rows[report_people].append({**key, "name": person.name, "roles": ",".join(person.role_names()),
                                    "list_no": person.list_no, "list_pos": person.list_pos})
        for start, end in dict.fromkeys(tuple(span) for span in person.mentions):
            rows[report_mentions].append({**key, "start": start, "end": end})
        for text, span in _first_by_key((post.text, post.span) for post in person.posts).items():
            rows[report_posts].append({**key, "post": text, "start": span[0], "end": span[1]})
        for role, span in _first_by_key((role.role, role.span) for role in person.roles).items():
            rows[report_roles].append({**key, "role": role, "start": span[0], "end": span[1]})
    for event_no, event in enumerate(record.events):
        rows[report_events].append({"report_id": report_id, "event_no": event_no, "name": event.name,
                                    "kind": event.kind, "ordinal": event.ordinal, "sitting": event.sitting,
                                    "date": event.date, "start": event.span[0], "end": event.span[1]})
    return rows


def _first_by_key(pairs) -> dict:
    first: dict = {}
    for key, span in pairs:
        first.setdefault(key, span)
    return first


def insert_rows(conn: Connection, rows: dict[Table, list[dict]]) -> None:
    """Insert rows gathered per table (one executemany each), in an order the foreign keys accept."""
    for table in RECORD_TABLES:
        if rows.get(table):
            conn.execute(table.insert(), rows[table])


def delete_records(conn: Connection, report_ids: list[str]) -> None:
    """Remove what was stored as the records of `report_ids` (before they are stored anew)."""
    for table in reversed(RECORD_TABLES):
        conn.execute(delete(table).where(table.c.report_id.in_(report_ids)))


def save_record(conn: Connection, report_id: str, record: Record) -> None:
    """Store `record` as what report `report_id` says, replacing whatever was stored for it before."""
    delete_records(conn, [report_id])
    insert_rows(conn, record_rows(report_id, record))
