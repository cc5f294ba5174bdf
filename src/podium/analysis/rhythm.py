"""A person's own rhythm of being named: how long a silence is usual FOR THAT PERSON.

Reports name a premier every few days and a vice-minister at a signing now and then, every three to six months;
a silence means something only against the person's own gaps. The quartile rule (Q3 + 3·IQR) alone reads the
rhythm of the many short gaps (a week of talks, named daily) and misses that the person's long gaps are just as
ordinary: a vice foreign minister named on days 1, 2, 3 and then 83 and 183 days later has a "usual gap" of a
few days by the quartiles. So the longest usual gap is also at least a high quantile of the person's gaps
(`USUAL_GAP_QUANTILE`), once there are enough of them (`MIN_GAPS`) to speak of a rhythm at all.
"""
from __future__ import annotations

from datetime import date
from statistics import quantiles

from podium.analysis.facts import Appearance, Facts

MAX_SILENCE_DAYS = 3 * 365  # a holding the record has not shown for this long has lapsed (`holders`)
MIN_GAPS = 4  # gaps (five dates) before a person's own rhythm says anything
QUANTILE_PARTS = 10  # the quantiles' cut points: the last one, the 90th percentile, is the long usual gap
TENURE_BREAK_FACTOR = 4  # a tenure's evidence silent this many times the person's long usual gap is two tenures


def long_usual_gap(gaps: list[int]) -> float | None:
    """The 90th percentile of a person's gaps (in days) between the dates they are named, or None with fewer
    than `MIN_GAPS` gaps (no rhythm to speak of)."""
    if len(gaps) < MIN_GAPS:
        return None
    return quantiles(gaps, n=QUANTILE_PARTS, method="inclusive")[-1]


def named_days(apps: list[Appearance]) -> list[date]:
    """The distinct dates of these appearances, in order."""
    return sorted({date.fromisoformat(app.date) for app in apps})


def covered_gaps(facts: Facts, days: list[date]) -> list[int]:
    """The gaps between consecutive dates that the record covers as densely as usual (not across the years
    between two corpora): only those tell how often the person is named."""
    return [(b - a).days for a, b in zip(days, days[1:]) if facts.covered(a.isoformat(), b.isoformat())]


def tenure_break_days(facts: Facts, person_id: str) -> float:
    """How long the evidence of one post may fall silent within one tenure: at least the lapse of `holders`
    (so two tenures of a post never overlap in time), longer for a person whose own long gaps are long. Across
    the decade between the corpora a post named in 2012 and again in 2021 is two tenures: nothing in the record
    bridges them."""
    usual = long_usual_gap(covered_gaps(facts, named_days(facts.named(person_id))))
    return max(MAX_SILENCE_DAYS, TENURE_BREAK_FACTOR * usual) if usual else MAX_SILENCE_DAYS
