"""Changes read from how the reports name a person, without a verb that states them.

The reports do not repeat every post every time, so both rules are statistical. A post is "in use" for a
person once at least `MIN_USES` reports give it to them; while in use, it is named in a share p of the
person's reports that name any post. The chance that it is left out of k such reports by accident is
(1-p)^k; below `ALPHA` (with k >= `MIN_OTHERS`) the silence means something:
- "new post": the k reports with posts before its first use did not name it: it is new. Dated at its first
  report, with that sentence as evidence. Not reported when a report states the conferral (the explicit change
  says it better), nor after the person's death (a posthumous title is conferred, not taken up: only a stated
  award is a change), nor for a rank with no lower rank named before it (`_rank_news`), nor for a head seat
  under a new title (`renamed.py`: the youth league's first secretary called its chairman).
- "post dropped": the k reports with posts after its last use do not name it: the person keeps appearing with
  other posts. Dated at the first of those reports, with the post it does name as evidence. Posts with a stated
  ending are left to the explicit change; ranks (named or left out at will), posts that report still gives
  in vaguer words (the same office in a body containing it) and a head seat's old title (`renamed.py`) are
  never "dropped".
Both only where the record covers the time between the last report without and the first with (or the last with
and the first without) as densely as usual (`Facts.covered`): across the decade between two corpora, or in a
sparse one, the change happened at some unknown time.
"""
from __future__ import annotations

import math
from datetime import date
from functools import cache
from bisect import bisect_left, bisect_right
from collections import defaultdict

from podium.analysis.change import Change
from podium.analysis.facts import Facts, PostFact
from podium.analysis.ranks import is_rank, office, rank_order
from podium.analysis.renamed import renamed_seats
from podium.analysis.signal import ad_hoc
from podium.resolve.text import key
from podium.vocab import load_vocab

ALPHA = 0.01
LOG_SCALE = 4
FULL_USES = 5
FULL_SHARE = 0.5
STATED_NEAR_DAYS = 30  # a conferral stated this close to the first use is the news: no "new post" beside it
MIN_OTHERS = 3
MIN_USES = 3

Timeline = list[list[PostFact]]  # a person's post-bearing reports in date order, each with the posts it names


def _timelines(facts: Facts) -> dict[str, Timeline]:
    timelines = {}
    for person_id, posts in facts.posts.items():
        by_report: dict[str, list[PostFact]] = defaultdict(list)
        for fact in posts:
            if not ad_hoc(fact.form):  # a funeral committee's list names no one's career posts
                by_report[fact.report_id].append(fact)
        timelines[person_id] = sorted(by_report.values(), key=lambda facts: (facts[0].date, facts[0].report_id))
    return timelines


def _usable(tenures: list[dict], timelines: dict[str, Timeline]) -> list[dict]:
    """Tenures whose post the timelines keep (not an ad-hoc committee's)."""
    kept = {(person_id, fact.post_id) for person_id, timeline in timelines.items() for facts in timeline
            for fact in facts}
    return [tenure for tenure in tenures if (tenure["person_id"], tenure["post_id"]) in kept]


def _whole(tenures: list[dict]) -> list[dict]:
    """One row per (person, post) over all its periods (`tenures.periods`): how a person is named is read over
    their whole record, so a period's silence before it must see the reports of the earlier period that named it."""
    whole: dict[tuple[str, str], dict] = {}
    for tenure in sorted(tenures, key=lambda t: t["first_date"]):
        seat = (tenure["person_id"], tenure["post_id"])
        if seat not in whole:
            whole[seat] = dict(tenure)
            continue
        row = whole[seat]
        row.update(last_date=tenure["last_date"], last_report=tenure["last_report"],
                   n_reports=row["n_reports"] + tenure["n_reports"], ended_date=tenure["ended_date"],
                   conferred_date=row["conferred_date"] or tenure["conferred_date"])
    return list(whole.values())


@cache
def _first_named_news() -> frozenset[str]:
    return frozenset(load_vocab("signal")["ranks_news_when_first_named"])


def _rank_news(tenure: dict, facts: Facts) -> bool:
    """Whether a rank named for the first time is a change: KCNA names ranks at will (a list of October 2011
    began to write "General of the KPA" before names it had given with no rank for years), so a first rank says only
    that the reports began to name it, unless a lower rank was named before it (an unannounced promotion) or it
    is one of the few ranks whose holders are news (`ranks_news_when_first_named` in `vocab/signal.yaml`)."""
    rank = key(office(tenure["post_id"]))
    order = rank_order()
    place = order.get(rank)
    if place is None or rank in _first_named_news():
        return True
    return any(order.get(key(fact.office), -1) > place for fact in facts.posts[tenure["person_id"]]
               if fact.date < tenure["first_date"])


def _vaguer(shown: str, dropped: str, parent: dict[str, str | None]) -> bool:
    """Whether `shown` is the same office as `dropped` in a body that contains it: the same post written vaguer
    ("chief secretary of the Provincial Committee" for that of the South Hamgyong Provincial Committee)."""
    if office(shown) != office(dropped):
        return False
    body, wider = dropped.partition("@")[2] or None, shown.partition("@")[2] or None
    while body is not None:
        if body == wider:
            return True
        body = parent.get(body)
    return wider is None


def _day(text: str) -> date:
    """An ISO date, or the first day of a stated month or year ("2012-04" from a biography's "since")."""
    return date.fromisoformat(text + "-01-01"[len(text) - 4:] if len(text) < 10 else text)


def _days_apart(one: str, other: str) -> int:
    return abs((_day(one) - _day(other)).days)


def _unlikely_silence(share: float, others: int) -> bool:
    return others >= MIN_OTHERS and (1 - share) ** others < ALPHA


def _weight(share: float, others: int, uses: int) -> float:
    """0..1: how unlikely the silence was, on a log scale (a chance of 10^-LOG_SCALE or less weighs 1), times how
    established the post is (given in fewer than FULL_USES reports, or in less than FULL_SHARE of the person's
    reports with posts, it weighs less: a post named now and then is no sign when it is not named)."""
    unlikely = 1.0 if share >= 1 else min(1.0, -others * math.log10(1 - share) / LOG_SCALE)
    return unlikely * min(1.0, uses / FULL_USES) * min(1.0, share / FULL_SHARE)


def post_changes(facts: Facts, tenures: list[dict]) -> list[Change]:
    """The "new post" and "post dropped" changes of every person."""
    timelines = _timelines(facts)
    dates = {person_id: [facts[0].date for facts in timeline] for person_id, timeline in timelines.items()}
    conferred: dict[tuple[str, str], list[str]] = defaultdict(list)  # (person, office) -> stated conferrals
    for tenure in tenures:
        if tenure["conferred_date"]:
            conferred[tenure["person_id"], office(tenure["post_id"])].append(tenure["conferred_date"])
    tenures = _whole(tenures)
    renamed = renamed_seats(tenures)
    new_titles = {(person_id, new) for person_id, _, new in renamed}
    old_titles = {(person_id, old) for person_id, old, _ in renamed}
    changes = []
    for tenure in _usable(tenures, timelines):
        if tenure["n_reports"] < MIN_USES:
            continue
        seat = (tenure["person_id"], tenure["post_id"])
        timeline, days = timelines[tenure["person_id"]], dates[tenure["person_id"]]
        n_before = bisect_left(days, tenure["first_date"])
        n_until_last = bisect_right(days, tenure["last_date"])
        share = tenure["n_reports"] / (n_until_last - n_before)  # every report naming the post is in this span
        stated = any(_days_apart(day, tenure["first_date"]) <= STATED_NEAR_DAYS
                     for day in conferred[tenure["person_id"], office(tenure["post_id"])])
        died = facts.deaths.get(tenure["person_id"])
        if not stated and seat not in new_titles and _unlikely_silence(share, n_before) and facts.covered(days[n_before - 1],
                                                                               tenure["first_date"]) \
                and (died is None or tenure["first_date"] <= died) and (not is_rank(tenure["post_id"])
                                                                        or _rank_news(tenure, facts)):
            first = next(f for facts in timeline[n_before:] for f in facts if f.post_id == tenure["post_id"])
            changes.append(Change("new post", first.date, first.person_id, first.report_id,
                                  (first.start, first.end), first.post_id,
                                  f"named in {share:.0%} of the reports with a post from then until "
                                  f"{tenure['last_date']}; in none of the {n_before} before",
                                  _weight(share, n_before, tenure["n_reports"])))
        n_after = len(days) - n_until_last
        if tenure["ended_date"] is None and seat not in old_titles and _unlikely_silence(share, n_after) and facts.covered(
                tenure["last_date"], days[n_until_last]) and not is_rank(tenure["post_id"]) and not any(
                _vaguer(f.post_id, tenure["post_id"], facts.body_parent) for f in timeline[n_until_last]):
            shown = timeline[n_until_last][0]
            changes.append(Change("post dropped", shown.date, shown.person_id, shown.report_id,
                                  (shown.start, shown.end), tenure["post_id"],
                                  f"last given on {tenure['last_date']} (report {tenure['last_report']}), in "
                                  f"{share:.0%} of the reports with a post until then; in none of the "
                                  f"{n_after} since", _weight(share, n_after, tenure["n_reports"])))
    return changes
