"""Post timelines: for every (person, post), the first and last dated evidence, the number of reports that
show it, and whether a report says it was conferred or ended.

`conferred_*` is the first explicit conferral of the post on the person; `ended_*` the last explicit ending,
kept only while no report dated after it still gives the person the post (a re-appointment or a later report
showing the post again overrides an old dismissal). An ending with no post named ("relieved of all his
posts") ends every post whose evidence does not go past it. A death ends every ordinary post (`end_rule`
"death"); on a single-holder post a successor ends it (`succession.py`, "succeeded"); a higher grade of
membership of the same body ends the lower (`promotion.py`, "promoted"); a stated end is "stated".
"""
from __future__ import annotations

from collections import defaultdict

from podium.analysis.change import Change
from podium.analysis.facts import Facts
from podium.analysis.lives import posthumous
from podium.analysis.promotion import apply_promotions
from podium.analysis.succession import apply_succession


def _ending_of(person_changes: list[Change], post_id: str, last_date: str) -> Change | None:
    endings = [c for c in person_changes if c.ends and c.post_id in (post_id, None) and c.date >= last_date]
    return endings[-1] if endings else None


def compute_tenures(facts: Facts, explicit: list[Change]) -> list[dict]:
    """One row of the `tenures` table per (person, post) the reports show."""
    changes_of = defaultdict(list)
    for change in explicit:
        changes_of[change.person_id].append(change)
    rows = []
    for person_id, posts in facts.posts.items():
        by_post = defaultdict(list)
        for fact in posts:
            by_post[fact.post_id].append(fact)
        for post_id, evidence in by_post.items():
            first, last = evidence[0], evidence[-1]
            conferrals = [c for c in changes_of[person_id] if c.confers and c.post_id == post_id]
            ending = _ending_of(changes_of[person_id], post_id, last.date)
            rows.append({
                "person_id": person_id, "post_id": post_id,
                "first_date": first.date, "last_date": last.date,
                "first_report": first.report_id, "last_report": last.report_id,
                "n_reports": len({fact.report_id for fact in evidence}),
                "conferred_date": conferrals[0].date if conferrals else None,
                "conferred_report": conferrals[0].report_id if conferrals else None,
                "ended_date": ending.date if ending else None,
                "ended_report": ending.report_id if ending else None,
                "end_rule": "stated" if ending else None, "successor_id": None,
            })
            died_by = facts.deaths.get(person_id)
            if died_by and not ending and not posthumous(evidence[0].office):
                rows[-1].update(ended_date=died_by, ended_report=facts.death_reports[person_id], end_rule="death")
    apply_promotions(rows, facts.body_parent)
    apply_succession(rows, facts)
    return rows
