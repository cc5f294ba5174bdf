"""Draw a judged sample of the record's holdings: answers of `podium holders POST --on DATE` at random (fixed
seed), each as one JSON line with the person, the post, the date and the evidence the record has for it up to
that date (the holding's first report and the latest up to that date giving the person the post, with their
sentences), for a blind judge.

    .venv/bin/python bench/draw_holdings.py OUT.jsonl [--db podium.db] [--n 50] [--seed 1] [--leadership]

Why holdings and not only changes: the change feed is judged by `draw_changes.py`; an analyst asks Podium first
"who held this post on that date", and a wrong holder (a foreign official in a WPK organ, an alternate member
as a full one, a tenure run on for years) is wrong in every answer that date range gives. A holding is drawn
uniformly among all holdings of the store (`--leadership`: of the DPRK's party, state and military bodies only,
what leadership trackers follow), then a day among the days within it that have reports (a day in the decade
between the corpora asks what no report can answer); it is kept only if `holders` lists the person on that day
(rule 4 of `podium.analysis.holders` may give a single-holder post to another).
The store must hold both corpora (`make demo`). OUT is written outside the repository by convention (the
judge's verdicts, not the draw, are kept in bench/judged/).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from bisect import bisect_left
from pathlib import Path

from sqlalchemy import select

from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import load_facts
from podium.analysis.holders import holders_on, post_holdings
from podium.store import open_store
from podium.store.schema import bodies, posts, reports

MAX_TRIES_PER_ROW = 20  # draws of a holding whose day `holders` answers otherwise before giving up on the row
LEADERSHIP_KINDS = ("party", "state", "military")  # bodies.kind of the DPRK bodies leadership trackers follow


def _report_day_within(rng: random.Random, days: list[str], start: str, end: str | None) -> str | None:
    """A day with reports from `start` (inclusive) to `end` (exclusive, None: open), uniformly; None if none."""
    low, high = bisect_left(days, start), bisect_left(days, end) if end else len(days)
    return days[rng.randrange(low, high)] if high > low else None


def draw(db: str, n: int, seed: int, leadership: bool = False) -> list[dict]:
    """`n` holdings answered by `holders` on a day within them, in a fixed order for a fixed seed and store."""
    rng = random.Random(seed)
    with open_store(db).connect() as conn:
        days = list(conn.execute(select(reports.c.date).distinct().order_by(reports.c.date)).scalars())
        titles = dict(conn.execute(select(posts.c.id, posts.c.title)).all())
        kinds = dict(conn.execute(select(posts.c.id, bodies.c.kind)
                                  .outerjoin(bodies, bodies.c.id == posts.c.body_id)).all())
        every = sorted(((post_id, holding) for post_id, held in post_holdings(conn).items() for holding in held
                        if not leadership or kinds.get(post_id) in LEADERSHIP_KINDS),
                       key=lambda pair: (pair[0], pair[1].holder.person_id, pair[1].start_date))
        facts, documents, picked = load_facts(conn), Documents(conn), []
        for _ in range(n * MAX_TRIES_PER_ROW):
            if len(picked) == n:
                break
            post_id, holding = rng.choice(every)
            day = _report_day_within(rng, days, holding.start_date, holding.end_date or holding.lapses)
            if day is None or holding.holder.person_id not in {h.person_id for h in holders_on(conn, post_id, day)}:
                continue
            evidence = [fact for fact in facts.posts[holding.holder.person_id]
                        if fact.post_id == post_id and holding.start_date <= fact.date <= day]
            if not evidence or any(row["person_id"] == holding.holder.person_id and row["post_id"] == post_id
                                   for row in picked):
                continue
            first, latest_before = evidence[0], evidence[-1]
            picked.append({
                "id": f"{holding.holder.person_id}|{post_id}|{day}", "person": holding.holder.name,
                "person_id": holding.holder.person_id, "post": titles.get(post_id, post_id), "post_id": post_id,
                "date": day, "reports_up_to_date": len({fact.report_id for fact in evidence}),
                "first_report": first.report_id, "first_date": first.date,
                "first_evidence": quote(documents[first.report_id], first.start, first.end),
                "latest_report": latest_before.report_id, "latest_date": latest_before.date,
                "latest_evidence": quote(documents[latest_before.report_id], latest_before.start, latest_before.end),
            })
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--leadership", action="store_true", help="only posts of the DPRK's party, state and "
                        "military bodies")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    sample = draw(args.db, args.n, args.seed, args.leadership)
    with args.output.open("w", encoding="utf-8") as out:
        for row in sample:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(sample)} holdings written to {args.output}")


if __name__ == "__main__":
    main()
