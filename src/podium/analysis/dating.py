"""Every statement dated, the dead found, and the facts split into the present and the past.

`date_facts` gives each post and each elected / relieved role the time it is about (`times.statement_time`),
finds deaths (`lives.find_deaths`), and then keeps in `facts` only what speaks of the present of a living
person: recalled posts, and ordinary posts given after a person's death, go to their history; recalled roles and
ordinary conferrals after a death make no change. What it decided for each statement is returned as rows of
`statement_times`, with the rule that decided it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import Facts, PostFact, RoleFact
from podium.analysis.lives import Death, find_deaths, posthumous
from podium.analysis.retold import Retelling
from podium.analysis.times import When, statement_time
from podium.vocab import load_vocab


_AGE = re.compile(r"\s*[(,]\s*(?:aged?\s+)?\d{1,3}\s*[),]")  # "Kim Yong Hwan (80)": a private person, by age


@dataclass
class Dated:
    """What `date_facts` wrote: rows for `statement_times`, `history` and `deaths`."""
    statements: list[dict] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)
    deaths: list[dict] = field(default_factory=list)
    since: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (person, post, report) -> since when
    found: list[Death] = field(default_factory=list)  # the deaths themselves, with their spans

    def add_retold(self, retold: list[Retelling], person_no: dict[tuple[str, str], int]) -> None:
        """Conferrals found retold after dating (`retold.py`): each goes to history, once per (person, post,
        report), and the role statement it came from, if any (`person_no` by (report, person)), is recalled."""
        known = {(row["person_id"], row["post_id"], row["report_id"]) for row in self.history}
        recalled = {}
        for retelling in retold:
            row = retelling.history_row()
            if (row["person_id"], row["post_id"], row["report_id"]) not in known:
                known.add((row["person_id"], row["post_id"], row["report_id"]))
                self.history.append(row)
            no = person_no.get((row["report_id"], row["person_id"]))
            if no is not None:
                recalled[row["report_id"], no] = row
        for statement in self.statements:
            row = recalled.get((statement["report_id"], statement["person_no"])) if statement["kind"] == "role" else None
            if row is not None:
                statement.update(about=row["about"], recalled=1, rule=row["rule"])


def _after_death(when: When, died_by: str | None, day: str, office: str) -> When:
    if died_by is not None and day > died_by and not when.recalled and not posthumous(office):
        return When(when.about, True, f"after death (dead by {died_by})")
    return when


def date_facts(facts: Facts, docs: Documents, dates: dict[str, str]) -> Dated:
    """Date every statement of `facts`, record deaths, and leave in `facts` only the present of the living."""
    person_of = {(app.report_id, app.person_no): person_id
                 for person_id, apps in facts.appearances.items() for app in apps}
    deaths: dict[str, Death] = find_deaths(facts.mentions, person_of, dates, docs)
    facts.deaths = {person_id: death.died_by for person_id, death in deaths.items()}
    facts.private = {(report_id, person_no) for (report_id, person_no), spans in facts.mentions.items()
                     if any(_AGE.match(docs[report_id], end) for _, end in spans)}
    # the report that breaks the news of a death still gives the posts held at it (an obituary's titles)
    news_days = load_vocab("times")["death_news_days"]
    news = {person_id: dates[death.report_id] for person_id, death in deaths.items()
            if (date.fromisoformat(dates[death.report_id]) - date.fromisoformat(death.died_by)).days <= news_days}
    facts.death_reports = {person_id: death.report_id for person_id, death in deaths.items()}
    dated = Dated(found=list(deaths.values()), deaths=[{"person_id": d.person_id, "died_by": d.died_by, "about": d.about, "report_id": d.report_id,
                           "evidence": quote(docs[d.report_id], *d.span), "rule": d.rule} for d in deaths.values()])
    everything = sorted(((post.report_id, post.start, person_id, i) for person_id, person_posts in facts.posts.items()
                         for i, post in enumerate(person_posts)))  # report by report: each text is cut once
    kept: dict[str, list[PostFact]] = {person_id: [] for person_id in facts.posts}
    for _, _, person_id, i in everything:
        post = facts.posts[person_id][i]
        when = statement_time(docs[post.report_id], post.date, post.start, post.end)
        when = _after_death(when, news.get(person_id, facts.deaths.get(person_id)), post.date, post.office)
        dated.statements.append(_row(post.report_id, post.person_no, "post", post.form, when))
        if when.recalled:
            dated.history.append({"person_id": person_id, "post_id": post.post_id, "report_id": post.report_id,
                                  "about": when.about, "rule": when.rule})
        else:
            kept[person_id].append(post)
            if when.since:
                dated.since[person_id, post.post_id, post.report_id] = when.since
    for person_id, posts in kept.items():
        facts.posts[person_id][:] = sorted(posts, key=lambda p: (p.date, p.report_id, p.person_no, p.start))
    roles: list[RoleFact] = []
    for role in facts.roles:
        when = statement_time(docs[role.report_id], role.date, role.start, role.end)
        dated.statements.append(_row(role.report_id, role.person_no, "role", role.role, when))
        died_by = facts.deaths.get(role.person_id)
        if not when.recalled and (died_by is None or role.date <= died_by or role.role == "elected"):
            roles.append(role)
    facts.roles = roles
    dated.statements = list({(r["report_id"], r["person_no"], r["kind"], r["what"]): r
                             for r in dated.statements}.values())
    dated.history = list({(r["person_id"], r["post_id"], r["report_id"]): r for r in dated.history}.values())
    return dated


def _row(report_id: str, person_no: int, kind: str, what: str, when: When) -> dict:
    return {"report_id": report_id, "person_no": person_no, "kind": kind, "what": what, "about": when.about,
            "recalled": int(when.recalled), "rule": when.rule}
