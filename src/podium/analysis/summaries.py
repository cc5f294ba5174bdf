"""The per-person summaries the person view and the graph read: who is named with whom, how often per month,
and each place in a list of officials with the list's size. Computed once per refresh from the facts already
in memory, so each query reads a few rows by primary key instead of joining the corpus."""
from __future__ import annotations

from collections import Counter, defaultdict

from podium.analysis.facts import Facts
from podium.analysis.protocol import official_lists


def coappearance_rows(facts: Facts) -> list[dict]:
    """Both directions of every pair of people named in one report, with the number of such reports."""
    named_in: dict[str, set[str]] = defaultdict(set)
    for person_id, apps in facts.appearances.items():
        for app in apps:
            named_in[app.report_id].add(person_id)
    pairs: Counter = Counter()
    for people in named_in.values():
        ordered = sorted(people)
        for i, one in enumerate(ordered):
            for other in ordered[i + 1:]:
                pairs[one, other] += 1
    return [row for (one, other), n in pairs.items()
            for row in ({"person_id": one, "other_id": other, "n_reports": n},
                        {"person_id": other, "other_id": one, "n_reports": n})]


def month_rows(facts: Facts) -> list[dict]:
    """Appearances per person and month, as the feed counts them (`Facts.named`)."""
    counts = Counter((person_id, app.date[:7]) for person_id in facts.appearances for app in facts.named(person_id))
    return [{"person_id": person_id, "month": month, "n_reports": n} for (person_id, month), n in counts.items()]


def rank_rows(facts: Facts) -> list[dict]:
    rows = {}
    for members in official_lists(facts):
        for app in members:
            rows[app.person_id, app.report_id, app.list_no] = {
                "person_id": app.person_id, "report_id": app.report_id, "list_no": app.list_no,
                "date": app.date, "list_pos": app.list_pos, "list_size": len(members)}
    return list(rows.values())
