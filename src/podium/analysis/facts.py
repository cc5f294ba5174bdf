"""The per-report facts, joined to resolved identities and posts: what every analysis is computed from.

Each row here is one statement of one report about one resolved person (`person_links`), dated by its report.
A report with two entries that the resolver judged to be one person counts once for that person. Everything is
read in a handful of joins so that refresh over the whole corpus stays within seconds.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import Counter, defaultdict
from datetime import date
from statistics import median
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Connection, Select, Table, func, select

from podium.store.schema import (bodies, person_links, post_forms, post_holder_forms, posts, report_events,
                                 report_mentions, report_people, report_posts, report_roles, reports)


COVERED_SHARE = 0.25
# person_links.score from which a mention counts as an appearance of the person: a name shared with nobody and
# given a post compatible with the person's (0.8: a new post, as in the decree that confers it) is theirs; below
# it the resolver doubted (a namesake in a report on another domain, one of several people of the name).
SURE_LINK = 0.8


class Appearance(NamedTuple):
    """A person named in a report; `list_pos` is their place in a list of officials there (protocol order)."""
    person_id: str
    report_id: str
    person_no: int
    date: str
    list_no: int | None
    list_pos: int | None
    score: float = 1.0  # the resolver's confidence that this mention is this person (person_links.score)


class PostFact(NamedTuple):
    """A report gives a person a post, with the span of the words that say so."""
    person_id: str
    report_id: str
    person_no: int
    date: str
    post_id: str
    start: int
    end: int
    form: str = ""  # the post as the report wrote it (report_posts.post)
    office: str = ""  # the post's office ("member", "eternal general secretary")


class RoleFact(NamedTuple):
    """A person has role `role` in a report (only the roles that change posts are read: elected, relieved)."""
    person_id: str
    report_id: str
    person_no: int
    date: str
    role: str
    start: int
    end: int


class Meeting(NamedTuple):
    """A formal meeting a report is about (report_events): what dates the elections it reports."""
    name: str
    kind: str
    ordinal: int | None
    date: str | None


@dataclass
class Facts:
    """Everything the analyses need, grouped per person and in date order."""
    appearances: dict[str, list[Appearance]] = field(default_factory=lambda: defaultdict(list))
    posts: dict[str, list[PostFact]] = field(default_factory=lambda: defaultdict(list))
    roles: list[RoleFact] = field(default_factory=list)
    mentions: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    corpus_start: str | None = None
    corpus_end: str | None = None
    deaths: dict[str, str] = field(default_factory=dict)  # person id -> the date they were dead by
    death_reports: dict[str, str] = field(default_factory=dict)  # person id -> the report stating the death
    body_parent: dict[str, str | None] = field(default_factory=dict)  # the tree of bodies (bodies.parent_id)
    private: set[tuple[str, int]] = field(default_factory=set)  # (report, person_no) named with an age: a citizen
    meetings: dict[str, list[Meeting]] = field(default_factory=lambda: defaultdict(list))  # report id -> its meetings

    report_dates: list[str] = field(default_factory=list)  # every report's date, sorted (with repeats)
    _usual: float | None = None

    def reports_between(self, first: str, last: str) -> int:
        """How many reports are dated strictly after `first` and strictly before `last`: how many chances the
        record had to name someone in that time (a sparse corpus gives few, a daily agency many)."""
        return max(0, bisect_left(self.report_dates, last) - bisect_right(self.report_dates, first))

    def covered(self, first: str, last: str) -> bool:
        """Whether the record covers the days between `first` and `last` as densely as usual (at least
        `COVERED_SHARE` of its usual reports a day): a silence there says something of a person, while one
        across the years between two corpora, or in a sparse corpus, says nothing."""
        days = (date.fromisoformat(last) - date.fromisoformat(first)).days - 1
        return self.reports_between(first, last) >= int(COVERED_SHARE * self.usual_per_day * days)

    @property
    def usual_per_day(self) -> float:
        """The median, over the months with reports, of reports a day."""
        if self._usual is None:
            months = Counter(day[:7] for day in self.report_dates)
            self._usual = median(n / monthrange(int(m[:4]), int(m[5:]))[1] for m, n in months.items()) if months else 0.0
        return self._usual

    def named(self, person_id: str) -> list[Appearance]:
        """The person's appearances: every report that surely names them, in a list or not, whatever it says of
        them (an award decree too). The one rule of what an appearance is, for the feed's absences and the
        person page's appearances per month alike: a mention the resolver linked with little confidence (a
        namesake in a report about another domain), or one named with their age as KCNA names private citizens
        ("Kim Yong Hwan (80)"), is no appearance of the person."""
        return [app for app in self.appearances.get(person_id, [])
                if app.score >= SURE_LINK and (app.report_id, app.person_no) not in self.private]

    def living(self, person_id: str) -> list[Appearance]:
        """The person's appearances while alive: after a death a person makes no appearance (a memorial report
        names the dead, it does not show them at work)."""
        died = self.deaths.get(person_id)
        return [app for app in self.named(person_id) if died is None or app.date <= died]

    def mention_at(self, appearance: Appearance) -> int:
        """Where the person is first named in the report (0, the title, when the extractor kept no span)."""
        spans = self.mentions.get((appearance.report_id, appearance.person_no))
        return spans[0][0] if spans else 0


def _linked(table: Table, *columns) -> Select:
    """A report_* table's rows for resolved persons: (person_id, report_id, person_no, date, *columns), dated
    by their report and in date order."""
    return (select(person_links.c.person_id, table.c.report_id, table.c.person_no, reports.c.date, *columns)
            .join(person_links, (person_links.c.report_id == table.c.report_id)
                  & (person_links.c.person_no == table.c.person_no))
            .join(reports, reports.c.id == table.c.report_id)
            .order_by(reports.c.date, table.c.report_id, table.c.person_no))


def load_facts(conn: Connection) -> Facts:
    """Read the linked facts of the whole store, sorted by (date, report) within each person."""
    facts = Facts()
    facts.corpus_start, facts.corpus_end = conn.execute(
        select(func.min(reports.c.date), func.max(reports.c.date))).one()
    facts.report_dates = list(conn.execute(select(reports.c.date).order_by(reports.c.date)).scalars())
    facts.body_parent = dict(conn.execute(select(bodies.c.id, bodies.c.parent_id)).all())

    seen: set[tuple[str, str]] = set()
    for row in conn.execute(_linked(report_people, report_people.c.list_no, report_people.c.list_pos,
                                    person_links.c.score)).all():
        if (row[0], row[1]) not in seen:  # (person_id, report_id): one person named twice counts once
            seen.add((row[0], row[1]))
            facts.appearances[row[0]].append(Appearance._make(row))

    post_id = func.coalesce(post_holder_forms.c.post_id, post_forms.c.post_id)  # the holder's, where it differs
    for row in conn.execute(_linked(report_posts, post_id, report_posts.c.start, report_posts.c.end,
                                    report_posts.c.post, posts.c.office)
                            .join(post_forms, post_forms.c.form == report_posts.c.post)
                            .outerjoin(post_holder_forms, (post_holder_forms.c.report_id == report_posts.c.report_id)
                                       & (post_holder_forms.c.person_no == report_posts.c.person_no)
                                       & (post_holder_forms.c.post == report_posts.c.post))
                            .join(posts, posts.c.id == post_id)
                            .order_by(report_posts.c.start)).all():
        facts.posts[row[0]].append(PostFact._make(row))

    facts.roles = [RoleFact._make(row) for row in conn.execute(
        _linked(report_roles, report_roles.c.role, report_roles.c.start, report_roles.c.end)
        .where(report_roles.c.role.in_(("elected", "relieved")))).all()]

    for report_id, *meeting in conn.execute(select(report_events.c.report_id, report_events.c.name,
                                                   report_events.c.kind, report_events.c.ordinal,
                                                   report_events.c.date)).all():
        facts.meetings[report_id].append(Meeting._make(meeting))

    for report_id, person_no, start, end in conn.execute(
            select(report_mentions).order_by(report_mentions.c.report_id, report_mentions.c.person_no,
                                             report_mentions.c.start)).all():
        facts.mentions[report_id, person_no].append((start, end))
    return facts
