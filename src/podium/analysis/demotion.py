"""Demotions: a military rank that goes down.

Ranks are ordered in `vocab/bodies.yaml` (`ranks`, highest first). A person is demoted when, after holding a
rank in at least `MIN_REPORTS` reports, they are given a lower one in at least `MIN_REPORTS` later reports and
the higher one never again: KCNA writes ranks loosely now and then, so one report is not enough, and a rank
that comes back was never lost. Dated at the first report with the lower rank, with that sentence as evidence.
"""
from __future__ import annotations

from podium.analysis.change import Change
from podium.analysis.facts import Facts, PostFact
from podium.analysis.ranks import rank_order

MIN_REPORTS = 2
NAVAL = "admiral"  # naval ranks are a ladder of their own: not compared with the army's


def demotions(facts: Facts) -> list[Change]:
    order = rank_order()
    changes = []
    for person_id, posts in facts.posts.items():
        ranks: list[PostFact] = [p for p in posts if p.office in order and NAVAL not in p.office
                                 and ("@" not in p.post_id or p.post_id.endswith("@kpa"))]
        ranks.sort(key=lambda p: (p.date, p.report_id))
        for i, fact in enumerate(ranks):
            place = order[fact.office]
            before = {p.report_id for p in ranks[:i] if order[p.office] < place}
            if len(before) < MIN_REPORTS:
                continue
            higher = min(order[p.office] for p in ranks[:i] if order[p.office] < place)
            after = ranks[i:]
            if any(order[p.office] <= higher for p in after):
                continue
            if len({p.report_id for p in after if order[p.office] == place}) >= MIN_REPORTS:
                was = next(p.office for p in reversed(ranks[:i]) if order[p.office] == higher)
                changes.append(Change("demotion", fact.date, person_id, fact.report_id, (fact.start, fact.end),
                                      fact.post_id, f"{was} in {len(before)} reports before; {fact.office} since",
                                      1.0))
                break
    return changes
