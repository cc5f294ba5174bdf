"""Post timelines: for every (person, post), the periods the reports show it held, each with its first and last
dated evidence, the number of reports that show it, and whether a report says it was conferred or ended.

A post's evidence silent for much longer than the person is ever silent (`rhythm.tenure_break_days`: at least
the lapse of `holders`) is two tenures: a Presidium member of 2012 named again in 2021 held it in 2012 and in
2021, and the record cannot say whether in between. A period whose every report gives the post only in someone's
words (`hearsay.py`: a foreign paper's "General Secretary Kim Jong Un"), while the narration of the same time
names the person with another post of that body, is no tenure at all (`hearsay_era_days` in
`vocab/tenures.yaml`; a stated conferral keeps it).

`conferred_*` is the first explicit conferral of the post on the person in the period; `ended_*` the last
explicit ending, kept only while no report dated after it still gives the person the post in the period (a
re-appointment or a later report showing the post again overrides an old dismissal). An ending with no post
named ("relieved of all his posts") ends every post whose evidence does not go past it. A death ends every
ordinary post (`end_rule` "death"); on a single-holder post a successor ends it (`succession.py`, "succeeded");
a higher grade of membership of the same body ends the lower (`promotion.py`, "promoted"); a stated end is
"stated".
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache, partial

from podium.analysis.change import Change
from podium.analysis.facts import Facts, PostFact
from podium.analysis.hearsay import Hearsay
from podium.analysis.lives import posthumous
from podium.analysis.promotion import apply_promotions
from podium.analysis.rhythm import MAX_SILENCE_DAYS, tenure_break_days
from podium.analysis.succession import apply_succession
from podium.vocab import load_vocab


@cache
def _hearsay_era_days() -> int:
    return int(load_vocab("tenures")["hearsay_era_days"])


def _days(one: str, other: str) -> int:
    return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)


def periods(evidence: list[PostFact], break_days: Callable[[], float]) -> list[list[PostFact]]:
    """The evidence of one (person, post), in date order, cut where it falls silent longer than `break_days()`
    (called only for a gap past the lapse, once per such gap: pass it cached, it reads the person's rhythm)."""
    cut: list[list[PostFact]] = [[evidence[0]]]
    for before, fact in zip(evidence, evidence[1:]):
        gap = _days(before.date, fact.date)
        if gap > MAX_SILENCE_DAYS and gap > break_days():
            cut.append([])
        cut[-1].append(fact)
    return cut


def _between(changes: list[Change], after: str | None, until: str | None) -> list[Change]:
    """The changes dated after one period's last evidence and before the next period's first: this period's."""
    return [c for c in changes if (after is None or c.date > after) and (until is None or c.date < until)]


def _only_hearsay(hearsay: Hearsay, posts: list[PostFact], post_id: str, period: list[PostFact]) -> bool:
    """The period's every report gives the post in someone's words, and the narration gives the person (`posts`:
    all their post facts) another post of the same body within the era of the period (these rivals are found
    first: the texts are cut into sentences only for those few)."""
    body = post_id.partition("@")[2]
    if not body:
        return False
    era = _hearsay_era_days()
    rivals = [fact for fact in posts if fact.post_id != post_id and fact.post_id.partition("@")[2] == body
              and min(_days(fact.date, period[0].date), _days(fact.date, period[-1].date)) <= era]
    return bool(rivals) and all(map(hearsay, period)) and not all(map(hearsay, rivals))


def compute_tenures(facts: Facts, explicit: list[Change], hearsay: Hearsay | None = None) -> list[dict]:
    """Rows of the `tenures` table: one per period of each (person, post) the reports show."""
    changes_of = defaultdict(list)
    for change in explicit:
        changes_of[change.person_id].append(change)
    rows = []
    for person_id, posts in facts.posts.items():
        by_post = defaultdict(list)
        for fact in posts:
            by_post[fact.post_id].append(fact)
        break_days = cache(partial(tenure_break_days, facts, person_id))  # the person's rhythm, read once if at all
        for post_id, evidence in by_post.items():
            cut = periods(sorted(evidence, key=lambda f: f.date), break_days)
            for i, period in enumerate(cut):
                after = cut[i - 1][-1].date if i else None
                until = cut[i + 1][0].date if i + 1 < len(cut) else None
                own = _between(changes_of[person_id], after, until)
                conferrals = [c for c in own if c.confers and c.post_id == post_id]
                if not conferrals and hearsay is not None and _only_hearsay(hearsay, posts, post_id, period):
                    continue
                rows.append(_row(person_id, post_id, period, conferrals, own, facts))
    apply_promotions(rows, facts.body_parent)
    apply_succession(rows, facts)
    return rows


def _row(person_id: str, post_id: str, period: list[PostFact], conferrals: list[Change], own: list[Change],
         facts: Facts) -> dict:
    first, last = period[0], period[-1]
    endings = [c for c in own if c.ends and c.post_id in (post_id, None) and c.date >= last.date]
    ending = endings[-1] if endings else None
    row = {
        "person_id": person_id, "post_id": post_id,
        "first_date": first.date, "last_date": last.date,
        "first_report": first.report_id, "last_report": last.report_id,
        "n_reports": len({fact.report_id for fact in period}),
        "conferred_date": conferrals[0].date if conferrals else None,
        "conferred_report": conferrals[0].report_id if conferrals else None,
        "ended_date": ending.date if ending else None,
        "ended_report": ending.report_id if ending else None,
        "end_rule": "stated" if ending else None, "successor_id": None,
    }
    died_by = facts.deaths.get(person_id)
    if died_by and not ending and not posthumous(first.office):
        row.update(ended_date=died_by, ended_report=facts.death_reports[person_id], end_rule="death")
    return row
