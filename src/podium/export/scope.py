"""What part of the record an export covers: a date window (`--since`, `--until`, inclusive) and a body with
everything under it (`--body`).

A dated row (an appearance, an event, a change) is in the window when its date is. A tenure is in it when it
was held during some day of the window by `podium holders`' rule: from its first evidence up to (not
including) its end, or with no end at all. A person is in it when they appear, hold a post or change in it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from podium.analysis.lookup import body_and_below
from podium.query.paging import iso_day


@dataclass(frozen=True)
class Scope:
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    body_ids: frozenset[str] | None = None  # the body asked for and every body under it; None: all bodies

    def covers(self, day: str | None) -> bool:
        """Whether a dated row is in the window (a partial date "YYYY-MM" compares by its prefix)."""
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since[:len(day)]) and (
            self.until is None or day <= self.until[:len(day)])

    def overlaps(self, start: str, end: str | None) -> bool:
        """Whether a holding from `start` to `end` (exclusive; None: open) meets the window."""
        return (self.until is None or start <= self.until) and (
            self.since is None or end is None or end > self.since)

    def has_body(self, body_id: str | None) -> bool:
        return self.body_ids is None or body_id in self.body_ids


def scope_of(conn: Connection, since: str | None, until: str | None, body: str | None) -> Scope:
    """The scope an analyst asks for: dates checked (`BadQuery` names the option), the body found by id or name
    (`NotFound` with the closest names)."""
    return Scope(iso_day(since, "--since"), iso_day(until, "--until"),
                 frozenset(body_and_below(conn, body)) if body else None)
