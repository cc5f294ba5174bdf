"""Changes read from when a person appears at all: a first appearance, an unusual absence, a return.

- "first appearance": the first report naming a person who is named in at least `FIRST_MIN_REPORTS` reports
  in all (one-off names, such as foreign visitors and model workers, are not news), after the warm-up at the
  start of the corpus.
- "absence": a person who appeared regularly (on at least `ABSENCE_MIN_DATES` distinct dates) and then was not
  named for much longer than their own usual gap between appearances: longer than
  max(Q3 + 3·IQR of their gaps, `ABSENCE_MIN_DAYS`) days (the usual rule for a far outlier, with a floor so
  that people seen every other day are not "absent" after a week). Dated the day the gap passed that threshold,
  with the last report before it as evidence. A gap still open at the end of the corpus counts.
- "reappearance": the report that ends such an absence.
"""
from __future__ import annotations

from datetime import date, timedelta
from statistics import quantiles

from podium.analysis.change import Change
from podium.analysis.facts import Appearance, Facts
from podium.analysis.post_usage import warm_up_end

FIRST_MIN_REPORTS = 3
ABSENCE_MIN_DATES = 10
ABSENCE_MIN_DAYS = 30
IQR_FACTOR = 3


def _change(kind: str, day: str, appearance: Appearance, facts: Facts, detail: str) -> Change:
    at = facts.mention_at(appearance)
    return Change(kind, day, appearance.person_id, appearance.report_id, (at, at), None, detail)


def first_appearances(facts: Facts) -> list[Change]:
    news = warm_up_end(facts)
    return [_change("first appearance", apps[0].date, apps[0], facts,
                    f"first of {len(apps)} reports, the last on {apps[-1].date}")
            for apps in facts.appearances.values()
            if len(apps) >= FIRST_MIN_REPORTS and apps[0].date >= news]


def absence_threshold(gaps: list[int]) -> float:
    """The longest gap (in days) that is still usual for a person with these gaps between appearances."""
    q1, _, q3 = quantiles(gaps, n=4, method="inclusive")
    return max(q3 + IQR_FACTOR * (q3 - q1), ABSENCE_MIN_DAYS)


def absences(facts: Facts) -> list[Change]:
    end_of_record = date.fromisoformat(facts.corpus_end)
    changes = []
    for apps in facts.appearances.values():
        firsts: dict[str, Appearance] = {}
        for app in apps:
            firsts.setdefault(app.date, app)
        days = [date.fromisoformat(d) for d in firsts]
        if len(days) < ABSENCE_MIN_DATES:
            continue
        gaps = [(b - a).days for a, b in zip(days, days[1:])]
        threshold = absence_threshold(gaps)
        last_of_day = {app.date: app for app in apps}  # the last report of each date
        ends = days[1:] + [end_of_record]
        for i, (before, after) in enumerate(zip(days, ends)):
            if (after - before).days <= threshold:
                continue
            back = after.isoformat() if i + 1 < len(days) else None
            noticed = (before + timedelta(days=int(threshold) + 1)).isoformat()
            usual = f"usual gap up to {threshold:.0f} days"
            changes.append(_change("absence", noticed, last_of_day[before.isoformat()], facts,
                                   f"not named from {before} until {back or 'the end of the record'} "
                                   f"({(after - before).days} days; {usual})"))
            if back:
                changes.append(_change("reappearance", back, firsts[back], facts,
                                       f"named again after {(after - before).days} days ({usual})"))
    return changes
