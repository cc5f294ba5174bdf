"""Who held a post on a date, from the tenures and the stated changes, in protocol order.

A person held post P on date D when
1. a report dated on or before D gives them P as current (their first evidence for P is on or before D; what a
   report recalls from an earlier time is history, not evidence of a holding);
2. their tenure had not ended on or before D: a stated ending (relieved, dismissed), their death, an envoy's
   farewell (`farewells.py`), or, on a single-holder post (`vocab/succession.yaml`), a successor (`end_rule`
   "succeeded": the end is inferred);
3. their last evidence is no more than `MAX_SILENCE_DAYS` before D: a holding the record has not shown for
   years has lapsed (across the decade between the KCNA and the Rodong Sinmun corpora, the 2012 Presidium is
   not the 2022 one); a post in a body of one occasion (a funeral committee, a festival's organising committee:
   `succession.of_occasion`) is held to its last evidence only (end reason "occasion");
4. on a single-holder post, they are the holder: holders with too little evidence (`succession.supported`)
   give way to one with enough, and of several the one named most.
Evidence after D does not count (a post first seen later may have been held before; the corpus cannot say).
Holders are listed in protocol order: their median place in the lists of officials of the year up to D, then
by evidence. Rules 1 to 3 are one end date per holding (`post_holdings`), so the exports' tenures and `holders`
agree; rule 4 chooses among the holdings of a date.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from statistics import median

from sqlalchemy import Connection, func, select

from podium.analysis.rhythm import MAX_SILENCE_DAYS
from podium.analysis.succession import never_shared, of_occasion, single_holder, supported
from podium.store.schema import persons, protocol_ranks, reports, tenures

RANK_WINDOW_DAYS = 365  # protocol places of this long before the date order the holders
UNRANKED = 10_000  # placed after everyone with a protocol place
OCCASION = "occasion"  # the end reason of a post in a body of one occasion


@dataclass(frozen=True)
class Holder:
    person_id: str
    name: str
    first_date: str
    first_report: str
    last_date: str
    last_report: str
    n_reports: int
    conferred_date: str | None
    ended_date: str | None
    end_rule: str | None = None
    successor_id: str | None = None
    protocol_place: float | None = None  # median place in lists of officials in the year up to the date


def _places(conn: Connection, person_ids: list[str], on: str) -> dict[str, float]:
    since = (date.fromisoformat(on) - timedelta(days=RANK_WINDOW_DAYS)).isoformat()
    places: dict[str, list[int]] = {}
    for person_id, place in conn.execute(
            select(protocol_ranks.c.person_id, protocol_ranks.c.list_pos)
            .where(protocol_ranks.c.person_id.in_(person_ids), protocol_ranks.c.date <= on,
                   protocol_ranks.c.date >= since)):
        places.setdefault(person_id, []).append(place)
    return {person_id: _whole_if_whole(median(values)) for person_id, values in places.items()}


def _whole_if_whole(place: float) -> float | int:
    """A median place as an integer when it is one: the median of an even count is a float even when the two
    middle places are equal, and the tables then showed "3.0" beside "3" for the same place."""
    return int(place) if place == int(place) else place


def tenures_of(conn: Connection, post_id: str) -> list[dict]:
    """Every tenure of the post, with the holder's name."""
    return [dict(row) for row in conn.execute(
        select(tenures, persons.c.name).join(persons, persons.c.id == tenures.c.person_id)
        .where(tenures.c.post_id == post_id)).mappings()]


@dataclass(frozen=True)
class Holding:
    """A holder of a post from `start_date` to `end_date` (exclusive). By rules 1 to 3 a holding starts at the
    first evidence and ends at the tenure's end (its `end_rule`: stated, death, or "succeeded", inferred) or,
    failing one, the day it lapses ("lapsed"); `held_periods` cuts them further by rule 4."""
    holder: Holder
    start_date: str
    end_date: str | None  # None: open, as far as the store's reports reach
    end_reason: str | None
    lapses: str  # the day silence ends it, if nothing else does first

    def held_on(self, day: str) -> bool:
        return self.start_date <= day < (self.end_date or self.lapses)


def _holding(post_id: str, holder: Holder, latest_report: str) -> Holding:
    """The holding of one tenure; a lapse after the latest report is no end yet (the reports stop first)."""
    if of_occasion(post_id):  # the occasion is over: held up to its last evidence
        over = (date.fromisoformat(holder.last_date) + timedelta(days=1)).isoformat()
        if not (holder.ended_date and holder.ended_date < over):
            return Holding(holder, holder.first_date, over, OCCASION, over)
    lapses = (date.fromisoformat(holder.last_date) + timedelta(days=MAX_SILENCE_DAYS + 1)).isoformat()
    if holder.ended_date and holder.ended_date < lapses:
        return Holding(holder, holder.first_date, holder.ended_date, holder.end_rule or "stated", lapses)
    if lapses <= latest_report:
        return Holding(holder, holder.first_date, lapses, "lapsed", lapses)
    return Holding(holder, holder.first_date, None, None, lapses)


def held_periods(post_id: str, every: list[Holding]) -> list[Holding]:
    """The post's holdings cut by rule 4, so that on every date the holdings that cover it are exactly
    `holders_on`'s answer (what the exports write as tenures): on a single-holder post, between two dates where
    any holding starts or ends, the holder rule 4 chooses; a period it loses to a stronger holder ends
    "succeeded" (inferred)."""
    if not _one_at_a_time(post_id, every):
        return every
    bounds = sorted({day for holding in every for day in (holding.start_date, holding.end_date or holding.lapses)})
    periods: list[Holding] = []
    for start, end in zip(bounds, bounds[1:]):
        chosen = _chosen(every, start, one_at_a_time=True)
        if not chosen:
            continue
        own = next(holding for holding in every if holding.holder is chosen[0])
        stop, reason = (own.end_date, own.end_reason) if end == (own.end_date or own.lapses) else (end, "succeeded")
        last = periods[-1] if periods else None
        if last and last.holder is own.holder and last.end_date == start:
            periods[-1] = replace(last, end_date=stop, end_reason=reason)
        else:
            periods.append(Holding(own.holder, start, stop, reason, own.lapses))
    return periods


def post_holdings(conn: Connection, post_ids: list[str] | None = None) -> dict[str, list[Holding]]:
    """The holdings of `post_ids` (or of every post), by post id: one query for any number of posts."""
    query = (select(tenures.c.post_id, tenures.c.person_id, persons.c.name, tenures.c.first_date,
                    tenures.c.first_report, tenures.c.last_date, tenures.c.last_report, tenures.c.n_reports,
                    tenures.c.conferred_date, tenures.c.ended_date, tenures.c.end_rule, tenures.c.successor_id)
             .join(persons, persons.c.id == tenures.c.person_id))
    if post_ids is not None:
        query = query.where(tenures.c.post_id.in_(post_ids))
    latest = conn.execute(select(func.max(reports.c.date))).scalar() or ""
    found = defaultdict(list)
    for post, *holder in conn.execute(query):
        found[post].append(_holding(post, Holder(*holder), latest))
    return {post: _without_misreadings(post, every) for post, every in found.items()}


def _without_misreadings(post_id: str, every: list[Holding]) -> list[Holding]:
    """On a one-at-a-time post, a holder with too little evidence (`succession.supported`) whose evidence lies
    wholly within another person's supported tenure never held it: one report calling a man general secretary
    while the general secretary is named so in a thousand is a misreading (a misspelt name, a title read into a
    name: "Secreatry Kim Jong Il"). Rule 4 already prefers the stronger holder while both hold; without this the
    misreading would surface as the holder once the real one's tenure ends (his death)."""
    if not _one_at_a_time(post_id, every):
        return every
    strong = [h for h in every if supported(vars(h.holder))]
    return [h for h in every if h in strong or not any(
        other.holder.person_id != h.holder.person_id
        and other.start_date <= h.holder.first_date and h.holder.last_date <= other.holder.last_date
        for other in strong)]


def holders_on(conn: Connection, post_id: str, on: str) -> list[Holder]:
    """The holders of `post_id` on the ISO date `on`, by the rule above, in protocol order."""
    return holders_of_posts(conn, [post_id], on).get(post_id, [])


def holders_of_posts(conn: Connection, post_ids: list[str], on: str) -> dict[str, list[Holder]]:
    """`holders_on` for many posts (the members of a body) in a few queries whatever their number: by post id,
    posts without a holder on `on` left out."""
    found = {post_id: _chosen(every, on, _one_at_a_time(post_id, every))
             for post_id, every in post_holdings(conn, post_ids).items()}
    found = {post_id: held for post_id, held in found.items() if held}
    places = _places(conn, sorted({h.person_id for held in found.values() for h in held}), on)
    return {post_id: sorted((replace(h, ended_date=None, end_rule=None, successor_id=None,
                                     protocol_place=places.get(h.person_id)) for h in held),
                            key=lambda h: (h.protocol_place if h.protocol_place is not None else UNRANKED,
                                           -h.n_reports, h.name))
            for post_id, held in found.items()}


def _one_at_a_time(post_id: str, every: list[Holding]) -> bool:
    """Rule 4 applies: a single-holder post, or one the record never shows held by two people at once."""
    return single_holder(post_id) or never_shared([vars(holding.holder) for holding in every])


def _chosen(every: list[Holding], on: str, one_at_a_time: bool) -> list[Holder]:
    """Rules 1 to 4 for one post: its holdings held on `on`, and on a single-holder post the one holder."""
    held = [holding.holder for holding in every if holding.held_on(on)]
    if held and one_at_a_time:
        strong = [h for h in held if supported(vars(h))] or held
        held = [max(strong, key=lambda h: (h.n_reports, h.last_date))]
    return held


def tenure_ends(conn: Connection, post_id: str) -> list[Holder]:
    """Every tenure of the post that ended, with how (stated, death, succeeded) and the successor."""
    return [Holder(row["person_id"], row["name"], row["first_date"], row["first_report"], row["last_date"],
                   row["last_report"], row["n_reports"], row["conferred_date"], row["ended_date"], row["end_rule"],
                   row["successor_id"])
            for row in sorted(tenures_of(conn, post_id), key=lambda r: r["first_date"]) if row["ended_date"]]
