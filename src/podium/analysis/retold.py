"""Conferrals retold as if they were news: an election of long ago goes to history, not to the change feed.

KCNA retells the great elections for months: a solidarity group abroad "marked" that "the conference elected
Kim Jong Un first secretary" half a year after the conference; a 2011 commentary on the 2010 conference says
Kim Jong Il "was reelected general secretary in the conference". Such a sentence dates nothing that the
sentence dating (`times.py`) can see. Two things give it away:

- the meeting the report is about (`report_events`: its stated date, or the date of the WPK congress or
  conference of its ordinal) was held well before the report;
- the person was already named with that post, as current, in a report well before this one, and nothing
  ended the post since.

A report about a meeting held now is news, whatever the record held before (a re-election at this session, a
member of a list now elected in his own right); otherwise either sign makes the conferral a retelling, which
goes to the person's history with the time it is about and the rule that decided it. "Well before" is more
than `recent_days` of `vocab/times.yaml`: the news of an election runs for days, and a report that names the
new post the day before the one the extractor read the election from is the same news.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from podium.analysis.change import Change
from podium.analysis.facts import Facts, Meeting
from podium.analysis.times import _end_of, meeting_held
from podium.vocab import load_vocab

_ISO_DAY = len("YYYY-MM-DD")


@dataclass(frozen=True)
class Retelling:
    """A conferral dropped as a retelling: the time it is about and why."""
    change: Change
    about: str
    rule: str

    def history_row(self) -> dict:
        return {"person_id": self.change.person_id, "post_id": self.change.post_id,
                "report_id": self.change.report_id, "about": self.about, "rule": self.rule}


def _meetings_held(meetings: list[Meeting]) -> list[str]:
    return [held for held in (meeting_held(m.kind, m.name, m.ordinal, m.date) for m in meetings) if held]


def split_retold(found: list[Change], facts: Facts) -> tuple[list[Change], list[Retelling]]:
    """(news, retellings) of `found`."""
    recent = timedelta(days=load_vocab("times")["recent_days"])
    held_on: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for person_id, person_posts in facts.posts.items():
        for fact in person_posts:
            held_on.setdefault((person_id, fact.post_id), []).append((fact.date, fact.report_id))
    for days in held_on.values():
        days.sort()
    endings: dict[str, list[Change]] = {}
    for change in found:
        if change.ends:
            endings.setdefault(change.person_id, []).append(change)
    news, retold = [], []
    for change in found:
        if not change.confers or len(change.date) != _ISO_DAY:  # a biography's "since 2012-04" dates itself
            news.append(change)
            continue
        long_ago = date.fromisoformat(change.date) - recent
        held = _meetings_held(facts.meetings.get(change.report_id, []))
        if any(_end_of(day) >= long_ago for day in held):  # the report's own meeting: news
            news.append(change)
            continue
        before = held_on.get((change.person_id, change.post_id), [])
        before = before[:bisect_left(before, (long_ago.isoformat(),))]
        if before and not any(before[-1][0] <= end.date <= change.date and end.post_id in (None, change.post_id)
                              for end in endings.get(change.person_id, [])):
            retold.append(Retelling(change, before[0][0], f"retold: held since {before[0][0]} ({before[0][1]})"))
        elif held:
            retold.append(Retelling(change, max(held), f"retold: the report's meeting was held {max(held)}"))
        else:
            news.append(change)
    return news, retold
