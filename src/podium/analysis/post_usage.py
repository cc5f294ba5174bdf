"""Changes read from how the reports name a person, without a verb that states them.

- "new post": a post first given to a person who had already appeared without it. Not reported in the
  warm-up at the start of the corpus (everything is new there) nor when a report states the conferral
  (the explicit change says it better).
- "post dropped": a post the reports stop giving a person who keeps appearing with other posts. The reports
  do not repeat every post every time, so the rule is statistical: if the post was named in a share p of the
  person's post-bearing reports while it was in use (at least `DROP_MIN_USES` reports: one mention of a
  rank says nothing of how often it is repeated), the chance that it is left out of the next k such
  reports by accident is (1-p)^k; the drop is reported when that chance falls under `DROP_ALPHA`, with at
  least `DROP_MIN_LATER` later reports. Its date and evidence are the first later report, with the post it
  does name. Posts with a stated ending are left to the explicit change.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from podium.analysis.change import Change
from podium.analysis.facts import Facts, PostFact

WARM_UP_DAYS = 30
DROP_ALPHA = 0.01
DROP_MIN_LATER = 3
DROP_MIN_USES = 3


def warm_up_end(facts: Facts) -> str:
    """The first date on which something first seen is news rather than the start of the record."""
    return (date.fromisoformat(facts.corpus_start) + timedelta(days=WARM_UP_DAYS)).isoformat()


def new_posts(facts: Facts, tenures: list[dict]) -> list[Change]:
    news = warm_up_end(facts)
    first_seen = {person_id: apps[0].date for person_id, apps in facts.appearances.items() if apps}
    first_fact = {}
    for person_id, posts in facts.posts.items():
        for fact in posts:
            first_fact.setdefault((person_id, fact.post_id), fact)
    changes = []
    for tenure in tenures:
        fact = first_fact[tenure["person_id"], tenure["post_id"]]
        stated = tenure["conferred_date"] is not None and tenure["conferred_date"] <= fact.date
        if fact.date >= news and fact.date > first_seen.get(fact.person_id, fact.date) and not stated:
            changes.append(Change("new post", fact.date, fact.person_id, fact.report_id, (fact.start, fact.end),
                                  fact.post_id, f"first of {tenure['n_reports']} reports with this post"))
    return changes


def _reports_with_posts(posts: list[PostFact]) -> list[tuple[str, list[PostFact]]]:
    """The person's post-bearing reports in date order, each with the posts it names."""
    by_report: dict[str, list[PostFact]] = defaultdict(list)
    for fact in posts:
        by_report[fact.report_id].append(fact)
    return sorted(by_report.items(), key=lambda item: (item[1][0].date, item[0]))


def dropped_posts(facts: Facts, tenures: list[dict]) -> list[Change]:
    changes = []
    tenures_of = defaultdict(list)
    for tenure in tenures:
        if tenure["ended_date"] is None and tenure["n_reports"] >= DROP_MIN_USES:
            tenures_of[tenure["person_id"]].append(tenure)
    for person_id, posts in facts.posts.items():
        timeline = _reports_with_posts(posts)
        for tenure in tenures_of[person_id]:
            change = _drop(timeline, tenure)
            if change:
                changes.append(change)
    return changes


def _drop(timeline: list[tuple[str, list[PostFact]]], tenure: dict) -> Change | None:
    post_id = tenure["post_id"]
    during = [facts for _, facts in timeline if tenure["first_date"] <= facts[0].date <= tenure["last_date"]]
    later = [facts for _, facts in timeline if facts[0].date > tenure["last_date"]]
    if len(later) < DROP_MIN_LATER:
        return None
    share = sum(any(f.post_id == post_id for f in facts) for facts in during) / len(during)
    chance = (1 - share) ** len(later)
    if chance >= DROP_ALPHA:
        return None
    first_later = later[0][0]
    return Change("post dropped", first_later.date, first_later.person_id, first_later.report_id,
                  (first_later.start, first_later.end), post_id,
                  f"last given on {tenure['last_date']} (report {tenure['last_report']}), in {share:.0%} of "
                  f"the reports with a post until then; not in the {len(later)} reports with a post since")
