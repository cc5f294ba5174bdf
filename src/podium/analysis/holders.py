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


@dataclass(frozen=True)
class Holding:
    """A holder of a post and the day their holding ends (exclusive), or None while nothing ends it:
    `superseded` is the inferred end of rule 3 (another person's stated conferral after their last evidence)."""
    holder: Holder
    end_date: str | None
    end_reason: str | None  # "ended" (stated: relieved, dismissed) or "superseded" (inferred)

    def held_on(self, day: str) -> bool:
        return self.holder.first_date <= day and (self.end_date is None or day < self.end_date)


def holdings(rows: list[Holder], conferrals: list[tuple[str, str]]) -> list[Holding]:
    """Every holder of one post with the end of their holding, from the post's tenures and its stated
    conferrals (person_id, date): rules 2 and 3 above as a date, so `holders_on` and the exports agree."""
    single_seat = _single_seat(rows)
    found = []
    for row in rows:
        ends = [(row.ended_date, "ended")] if row.ended_date else []
        if single_seat:
            ends += [(day, "superseded") for person, day in conferrals
                     if person != row.person_id and row.last_date < day]
        end_date, end_reason = min(ends) if ends else (None, None)
        found.append(Holding(row, end_date, end_reason))
    return found


def post_holdings(conn: Connection, post_id: str | None = None) -> dict[str, list[Holding]]:
    """The holdings of `post_id` (or of every post), by post id: two queries for any number of posts."""
    tenure_query = (select(tenures.c.post_id, tenures.c.person_id, persons.c.name, tenures.c.first_date,
                           tenures.c.first_report, tenures.c.last_date, tenures.c.last_report,
                           tenures.c.n_reports, tenures.c.conferred_date, tenures.c.ended_date)
                    .join(persons, persons.c.id == tenures.c.person_id))
    conferral_query = (select(changes.c.post_id, changes.c.person_id, changes.c.date)
                       .where(changes.c.kind.in_(CONFERRED_KINDS), changes.c.post_id.is_not(None)))
    if post_id is not None:
        tenure_query = tenure_query.where(tenures.c.post_id == post_id)
        conferral_query = conferral_query.where(changes.c.post_id == post_id)
    rows, conferrals = defaultdict(list), defaultdict(list)
    for post, *holder in conn.execute(tenure_query):
        rows[post].append(Holder(*holder))
    for post, person, day in conn.execute(conferral_query):
        conferrals[post].append((person, day))
    return {post: holdings(post_rows, conferrals[post]) for post, post_rows in rows.items()}


def holders_on(conn: Connection, post_id: str, on: str) -> list[Holder]:
    """The holders of `post_id` on the ISO date `on`, by the rule above, most evidence first."""
    held = [holding.holder for holding in post_holdings(conn, post_id).get(post_id, []) if holding.held_on(on)]
    return sorted(held, key=lambda r: (-r.n_reports, r.name))
