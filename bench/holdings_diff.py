"""What a change to the resolver or the analysis does to the answers of `podium holders`: the store's holdings as
they are (made by the code that built it) against the holdings this work tree's `podium.resolve.refresh` and
`podium.analysis.refresh` make from the same facts, on the same store in a transaction that is rolled back.

    .venv/bin/python bench/holdings_diff.py --db STORE [--sample 20] [--seed 5]

A holding is (person, post, first day): it may leave (its post is filed elsewhere now, or it is no longer held),
come in, or keep its start and end sooner or later (its last day held: the end, or the day it lapses). Prints the
counts by how the end changed (the new end reason), then a random sample (fixed seed) of each kind with the
sentence of the holder's latest evidence, to read before keeping a change. Prints only (bench/RESULTS.md quotes
its figures); the store is not modified.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter

import podium.analysis
import podium.resolve
from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import load_facts
from podium.analysis.holders import Holding, post_holdings
from podium.store import open_store

Key = tuple[str, str, str]  # person id, post id, first day


def _by_key(holdings: dict[str, list[Holding]]) -> dict[Key, Holding]:
    return {(h.holder.person_id, post_id, h.start_date): h for post_id, held in holdings.items() for h in held}


def _last_day(holding: Holding) -> str:
    return holding.end_date or holding.lapses


def _evidence(conn, documents: Documents, facts, person_id: str, post_id: str) -> str:
    """The sentence of the holder's latest report giving them the post (in the store as it is now)."""
    evidence = [fact for fact in facts.posts.get(person_id, []) if fact.post_id == post_id]
    if not evidence:
        return "(no evidence under this post id)"
    last = evidence[-1]
    return f"{last.date} {last.report_id}: {quote(documents[last.report_id], last.start, last.end)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with open_store(args.db).connect() as conn:
        before = _by_key(post_holdings(conn))
        podium.resolve.refresh(conn)
        podium.analysis.refresh(conn)
        after = _by_key(post_holdings(conn))
        facts, documents = load_facts(conn), Documents(conn)
        gone = sorted(set(before) - set(after))
        new = sorted(set(after) - set(before))
        moved = sorted(k for k in set(before) & set(after) if _last_day(before[k]) != _last_day(after[k]))
        print(f"holdings before {len(before)}, after {len(after)}: {len(gone)} left, {len(new)} came in, "
              f"{len(moved)} end elsewhere")
        print("ends moved, by new end reason:", dict(Counter(
            (after[k].end_reason or "open") + (" sooner" if _last_day(after[k]) < _last_day(before[k]) else " later")
            for k in moved)))
        for title, keys, old in (("left", gone, True), ("came in", new, False), ("end moved", moved, False)):
            picked = sorted(random.Random(args.seed).sample(keys, min(args.sample, len(keys))))
            print(f"\n## {title}: {len(keys)} (sample of {len(picked)}, seed {args.seed})")
            for person_id, post_id, start in picked:
                was, now = before.get((person_id, post_id, start)), after.get((person_id, post_id, start))
                shown = was if old else now
                change = f"{_last_day(was)} {was.end_reason} -> {_last_day(now)} {now.end_reason}" if was and now \
                    else f"{start} .. {_last_day(shown)} {shown.end_reason}"
                print(f"- {shown.holder.name} | {post_id} | {change} | n={shown.holder.n_reports}\n    "
                      + (_evidence(conn, documents, facts, person_id, post_id) if not old else "(before)"))
        conn.rollback()


if __name__ == "__main__":
    main()
