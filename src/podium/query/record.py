"""The whole record at once, for the exports (`podium.export`): the rows the question functions answer about
one thing at a time, read in a few queries each, as plain dicts and tuples.

Events are those of `podium.query.events` (the same ids, summaries and roster rule), so an event exported to
FollowTheMoney or Popolo has the id the API and the pages give it.
"""
from __future__ import annotations

from sqlalchemy import Connection, func, select

from podium.query.events import MENTIONED_ONLY, event_id_of, event_mentions, event_summaries, roster_reports
from podium.store.schema import bodies, persons, posts, report_people, report_roles, reports

__all__ = ["MENTIONED_ONLY", "event_id_of", "report_sources", "person_rows", "post_rows", "body_rows",
           "appearance_roles", "role_spans", "event_mentions", "event_summaries", "roster_reports"]


def report_sources(conn: Connection) -> dict[str, dict]:
    """Every report's title, date, publisher (its source) and URL, by id."""
    return {row["id"]: dict(row) for row in conn.execute(
        select(reports.c.id, reports.c.title, reports.c.date, reports.c.source.label("publisher"), reports.c.url))
        .mappings()}


def person_rows(conn: Connection) -> dict[str, dict]:
    return {row["id"]: dict(row) for row in conn.execute(select(persons).order_by(persons.c.id)).mappings()}


def post_rows(conn: Connection) -> dict[str, dict]:
    return {row["id"]: dict(row) for row in conn.execute(select(posts)).mappings()}


def body_rows(conn: Connection) -> dict[str, dict]:
    return {row["id"]: dict(row) for row in conn.execute(select(bodies)).mappings()}


def appearance_roles(conn: Connection) -> dict[tuple[str, int], str]:
    """The roles of every (report, person_no), comma-separated as stored."""
    return {(report_id, person_no): roles for report_id, person_no, roles in conn.execute(
        select(report_people.c.report_id, report_people.c.person_no, report_people.c.roles))}


def role_spans(conn: Connection) -> dict[tuple[str, int], tuple[int, int]]:
    """Where each (report, person_no) first gets a role other than being mentioned: the words of that role."""
    return {(report_id, person_no): (start, end) for report_id, person_no, start, end in conn.execute(
        select(report_roles.c.report_id, report_roles.c.person_no, func.min(report_roles.c.start),
               func.min(report_roles.c.end))
        .where(report_roles.c.role.not_in([role for role in MENTIONED_ONLY if role]))
        .group_by(report_roles.c.report_id, report_roles.c.person_no))}

