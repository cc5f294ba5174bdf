"""Who held a post on a date, from the tenures and the stated changes.

A person held post P on date D when
1. a report dated on or before D gives them P (their first evidence for P is on or before D);
2. no stated ending of P (relieved, dismissed) for them is dated on or before D, unless a later report gives
   them P again (`tenures.ended_*` already applies that);
3. they were not superseded: P is a single-seat post (no two people's evidence for it ever overlaps in time)
   and a report stated its conferral on someone else after this person's last evidence, on or before D.
Evidence after D does not count (a post first seen later may have been held before; the corpus cannot say).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select

from podium.analysis.change import CONFERRED_KINDS
from podium.store.schema import changes, persons, tenures


@dataclass(frozen=True)
class Holder:
    person_id: str
    name: str
    first_date: str
    first_report: str
    last_date: str
    last_report: str
    n_reports: int
    conferred_date: str | None
    ended_date: str | None


def _single_seat(rows: list[Holder]) -> bool:
    """No two holders' evidence periods overlap: the post is held by one person at a time."""
    reach = ""
    for row in sorted(rows, key=lambda r: r.first_date):
        if row.first_date <= reach:
            return False
        reach = max(reach, row.last_date)
    return True


def holders_on(conn: Connection, post_id: str, on: str) -> list[Holder]:
    """The holders of `post_id` on the ISO date `on`, by the rule above, most evidence first."""
    return holders_of_posts(conn, [post_id], on).get(post_id, [])


def holders_of_posts(conn: Connection, post_ids: list[str], on: str) -> dict[str, list[Holder]]:
    """`holders_on` for many posts (the members of a body) in two queries whatever their number: by post id,
    posts without a holder on `on` left out."""
    rows: dict[str, list[Holder]] = defaultdict(list)
    for post_id, *holder in conn.execute(
            select(tenures.c.post_id, tenures.c.person_id, persons.c.name, tenures.c.first_date,
                   tenures.c.first_report, tenures.c.last_date, tenures.c.last_report, tenures.c.n_reports,
                   tenures.c.conferred_date, tenures.c.ended_date)
            .join(persons, persons.c.id == tenures.c.person_id)
            .where(tenures.c.post_id.in_(post_ids))):
        rows[post_id].append(Holder(*holder))
    conferrals: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for post_id, person_id, day in conn.execute(
            select(changes.c.post_id, changes.c.person_id, changes.c.date)
            .where(changes.c.post_id.in_(post_ids), changes.c.kind.in_(CONFERRED_KINDS), changes.c.date <= on)):
        conferrals[post_id].append((person_id, day))
    found = {post_id: _held(post_rows, conferrals[post_id], on) for post_id, post_rows in rows.items()}
    return {post_id: held for post_id, held in found.items() if held}


def _held(rows: list[Holder], conferrals: list[tuple[str, str]], on: str) -> list[Holder]:
    """The holders of one post on `on` among its tenures, given its stated conferrals up to `on`."""
    single_seat = _single_seat(rows)
    held = []
    for row in rows:
        if row.first_date > on or (row.ended_date and row.ended_date <= on):
            continue
        if single_seat and any(person != row.person_id and row.last_date < day for person, day in conferrals):
            continue
        held.append(row)
    return sorted(held, key=lambda r: (-r.n_reports, r.name))
