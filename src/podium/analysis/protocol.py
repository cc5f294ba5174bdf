"""Protocol order: a person's place in the lists of officials, and marked rises and drops in it.

A list's raw positions depend on who attended, so a change of rank is read from pairs instead: once two
people have been listed in the same order at least `ESTABLISHED_AFTER` times, a list that puts them the other
way round, confirmed by their next list together (when there is one), is a flip. A person who rises above (or
drops below) at least `MIN_FLIPS` people more than the other way round in one report gets a "rank rise" (or
"rank drop") there. One person overtaking many others is a rise for that person and not a drop for each of
them, since each of them flips with one person only; and several people rising at once (a conference elevates
four) are their rises, not a drop for each person they passed: a flip with someone who rises in that report (by
`MIN_FLIPS` or more) does not count toward a drop, nor does one with someone a stated conferral (an election,
a promotion) raised since the pair was last listed in their old order: a person absent while others were elected
above them comes back below them, and has lost nothing.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from podium.analysis.change import Change
from podium.analysis.facts import Appearance, Facts

ESTABLISHED_AFTER = 2
MIN_FLIPS = 3
FLIPS_FOR_FULL = 8  # passing this many people weighs 1 (signal.py)


class Flip(NamedTuple):
    """A list that puts `riser` above `faller` against their established order (last seen on `since`)."""
    report_id: str
    date: str
    riser: str
    faller: str
    since: str


@dataclass
class _PairOrder:
    upper: str  # the person listed first, as established
    seen: str  # the date of the last list with the pair in that order
    support: int = 1
    pending: Flip | None = None  # a flip awaiting confirmation


def official_lists(facts: Facts) -> list[list[Appearance]]:
    """Every list of officials, in date order, each in protocol order."""
    lists = defaultdict(list)
    for apps in (facts.living(person_id) for person_id in facts.appearances):
        for app in apps:
            if app.list_pos is not None:
                lists[app.date, app.report_id, app.list_no].append(app)
    return [sorted(members, key=lambda app: app.list_pos) for _, members in sorted(lists.items())]


def _flips(lists: list[list[Appearance]]) -> list[Flip]:
    """Confirmed flips of established pair orders."""
    orders: dict[tuple[str, str], _PairOrder] = {}
    flips = []
    for members in lists:
        report_id, day = members[0].report_id, members[0].date
        for i, upper in enumerate(members):
            for lower in members[i + 1:]:
                if upper.person_id == lower.person_id:
                    continue
                key = tuple(sorted((upper.person_id, lower.person_id)))
                order = orders.get(key)
                if order is None:
                    orders[key] = _PairOrder(upper.person_id, day)
                    continue
                if order.pending:
                    if order.upper == upper.person_id:
                        flips.append(order.pending)
                    order.pending = None
                if order.upper == upper.person_id:
                    order.support, order.seen = order.support + 1, day
                    continue
                if order.support >= ESTABLISHED_AFTER:
                    order.pending = Flip(report_id, day, upper.person_id, lower.person_id, order.seen)
                orders[key] = _PairOrder(upper.person_id, day, 1, order.pending)
    flips.extend(order.pending for order in orders.values() if order.pending)
    return flips


def rank_changes(facts: Facts, names: dict[str, str], conferred: dict[str, list[str]] | None = None) -> list[Change]:
    """Rises and drops; `conferred`: person -> dates of their stated conferrals (elections, promotions)."""
    lists = official_lists(facts)
    placed = {(app.report_id, app.person_id): app for members in lists for app in members}
    rose, fell = defaultdict(list), defaultdict(list)
    conferred = conferred or {}
    promoted = set()  # (report, riser, faller): passed by someone a stated conferral raised since
    for flip in _flips(lists):
        rose[flip.report_id, flip.riser].append(flip.faller)
        fell[flip.report_id, flip.faller].append(flip.riser)
        if any(flip.since < day <= flip.date for day in conferred.get(flip.riser, ())):
            promoted.add((flip.report_id, flip.riser, flip.faller))
    rising = {key for key, passed in rose.items() if len(passed) - len(fell[key]) >= MIN_FLIPS}
    for (report_id, faller), risers in fell.items():  # others' rise, not this person's drop
        risers[:] = [riser for riser in risers if (report_id, riser) not in rising
                     and (report_id, riser, faller) not in promoted]
    changes = []
    for key in sorted(set(rose) | set(fell)):
        net = Counter({"rank rise": len(rose[key]), "rank drop": len(fell[key])})
        kind, count = net.most_common(1)[0]
        if count - min(net.values()) < MIN_FLIPS:
            continue
        others = rose[key] if kind == "rank rise" else fell[key]
        app = placed[key]
        where, before = ("above", "below") if kind == "rank rise" else ("below", "above")
        shown = ", ".join(names.get(p, p) for p in others[:8]) + (" …" if len(others) > 8 else "")
        at = facts.mention_at(app)
        changes.append(Change(kind, app.date, app.person_id, app.report_id, (at, at), None,
                              f"listed {where} {len(others)} people it used to be listed {before} "
                              f"({shown}); position {app.list_pos} in list {app.list_no}",
                              min(1.0, len(others) / FLIPS_FOR_FULL)))
    return changes
