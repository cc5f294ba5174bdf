"""Changes read from when a person appears at all: a first appearance, an unusual absence, a return.

- "first appearance": the first report naming a person who is named on at least `FIRST_MIN_DATES` dates in all
  (one-off names, such as foreign visitors and model workers, are not news), when their silence before it is
  unlikely by chance: appearing from then on at a rate of r dates per day, the chance of not appearing at all
  in the d days between the start of the record and the first report is exp(-r·d); it must be under `ALPHA`.
  (Someone named every few months may well have been around in January without being named.)
- "absence": a person who appeared regularly (on at least `ABSENCE_MIN_DATES` distinct dates, and on
  `ABSENCE_MIN_PRIOR_DATES` before the gap: one earlier list is no rhythm to break) and then was not named for
  much longer than their own usual gap between appearances: longer than max(Q3 + 3·IQR of their gaps, the 90th
  percentile of their gaps (`rhythm.long_usual_gap`: a vice-minister named at signings every three to six
  months has long gaps that are ordinary for him, though most of his gaps are a day), `ABSENCE_MIN_DAYS`) days
  (the usual rule for a far outlier, with a floor so that people seen every other day are not "absent" after a
  week). Dated the day the gap passed that threshold, with the last report before it as evidence. A gap still
  open at the end of the corpus counts.
- "reappearance": the report that ends such an absence.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import quantiles

from podium.analysis.change import Change
from podium.analysis.facts import Appearance, Facts
from podium.analysis.post_usage import ALPHA
from podium.analysis.rhythm import covered_gaps, long_usual_gap, named_days

FIRST_MIN_DATES = 5
ABSENCE_MIN_DATES = 10
ABSENCE_MIN_PRIOR_DATES = 5
ABSENCE_MIN_DAYS = 30
IQR_FACTOR = 3


def _change(kind: str, day: str, appearance: Appearance, facts: Facts, detail: str,
            weight: float | None = None) -> Change:
    at = facts.mention_at(appearance)
    return Change(kind, day, appearance.person_id, appearance.report_id, (at, at), None, detail, weight)


def first_appearances(facts: Facts) -> list[Change]:
    if not facts.appearances:
        return []
    start = date.fromisoformat(facts.corpus_start)
    changes = []
    for apps in (facts.living(person_id) for person_id in facts.appearances):
        days = named_days(apps)
        if not apps or len(days) < FIRST_MIN_DATES:
            continue
        rate = (len(days) - 1) / max(1, (days[-1] - days[0]).days)
        if not facts.covered(start.isoformat(), apps[0].date):
            continue  # the record had too few reports before it to have named them
        if math.exp(-rate * (days[0] - start).days) < ALPHA:
            changes.append(_change("first appearance", apps[0].date, apps[0], facts,
                                   f"then named on {len(days)} dates until {days[-1]}, about every "
                                   f"{1 / rate:.0f} days"))
    return changes


def absence_threshold(gaps: list[int]) -> float:
    """The longest gap (in days) that is still usual for a person with these gaps between appearances."""
    q1, _, q3 = quantiles(gaps, n=4, method="inclusive")
    return max(q3 + IQR_FACTOR * (q3 - q1), long_usual_gap(gaps) or 0, ABSENCE_MIN_DAYS)


def absences(facts: Facts) -> list[Change]:
    if not facts.appearances:
        return []
    end_of_record = date.fromisoformat(facts.corpus_end)
    changes = []
    for apps in (facts.living(person_id) for person_id in facts.appearances):
        if not apps:
            continue
        firsts: dict[str, Appearance] = {}
        for app in apps:
            firsts.setdefault(app.date, app)
        days = named_days(apps)
        if len(days) < ABSENCE_MIN_DATES:
            continue
        gaps = covered_gaps(facts, days)
        if len(gaps) < 2:
            continue
        threshold = absence_threshold(gaps)
        last_of_day = {app.date: app for app in apps}  # the last report of each date
        ends = days[1:] + [end_of_record]
        for i, (before, after) in enumerate(zip(days, ends)):
            if (after - before).days <= threshold or not facts.covered(before.isoformat(), after.isoformat()) \
                    or i + 1 < ABSENCE_MIN_PRIOR_DATES:
                continue  # a usual gap, one the record itself leaves (another era), or no rhythm before it yet
            back = after.isoformat() if i + 1 < len(days) else None
            noticed = (before + timedelta(days=int(threshold) + 1)).isoformat()
            usual = f"usual gap up to {threshold:.0f} days"
            weight = min(1.0, (after - before).days / threshold - 1)  # how far past the person's own rhythm
            changes.append(_change("absence", noticed, last_of_day[before.isoformat()], facts,
                                   f"not named from {before} until {back or 'the end of the record'} "
                                   f"({(after - before).days} days; {usual})", weight))
            if back:
                changes.append(_change("reappearance", back, firsts[back], facts,
                                       f"named again after {(after - before).days} days ({usual})", weight))
    return changes
