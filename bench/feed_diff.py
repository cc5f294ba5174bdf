"""What a change to the analysis does to the change feed: the store's changes as they are (made by the code that
built it) against the changes this work tree's `podium.analysis.refresh` makes from the same facts, on a copy.

    .venv/bin/python bench/feed_diff.py --db STORE [--sample 20] [--seed 4] [--all] [--resolve]

Prints the default feed (or with `--all` every change) by kind, before and after, then a random sample (fixed
seed) of the rows that left it and of those that came in, each with its evidence (and, for an absence or a
reappearance, the person's own rhythm: their dates before the gap and their longest gaps), to read before keeping
a change. Prints only (bench/RESULTS.md quotes its figures). The store is not modified: the refresh runs in a
transaction that is rolled back, as in `bench/refresh.py`. `--resolve` runs this work tree's resolver first (for a
change to `podium.resolve`), as `podium ingest` does.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import podium.analysis
import podium.resolve
from podium.analysis.facts import Facts, load_facts
from podium.analysis.rhythm import covered_gaps, named_days
from podium.analysis.feeds import list_changes
from podium.store import open_store

EVIDENCE_CHARS = 300
LONGEST_SHOWN = 4  # the person's longest gaps shown beside a naming gap
GAP_KINDS = ("absence", "reappearance")


def feeds(db: str, everything: bool, resolve: bool = False) -> tuple[dict[str, dict], dict[str, dict], Facts]:
    """The feed as stored, and as this work tree's `podium.analysis.refresh` (after `podium.resolve.refresh` with
    `resolve`) makes it (then rolled back), with the facts it was made from."""
    with open_store(db).connect() as conn:
        before = {row["id"]: row for row in list_changes(conn, signal_only=not everything)}
        if resolve:
            podium.resolve.refresh(conn)
        podium.analysis.refresh(conn)
        after = {row["id"]: row for row in list_changes(conn, signal_only=not everything)}
        facts = load_facts(conn)
        conn.rollback()
    return before, after, facts


def rhythm(row: dict, facts: Facts) -> str:
    """For a naming gap: how many dates named the person before it, and their longest own gaps."""
    days = named_days(facts.named(row["person_id"]))
    start = row["detail"].split("from ")[-1][:10] if row["kind"] == "absence" else row["date"]
    before = sum(1 for day in days if day.isoformat() <= start) - (row["kind"] == "reappearance")
    return f"\n  own rhythm: {before} dates before; longest gaps {sorted(covered_gaps(facts, days))[-LONGEST_SHOWN:]}"


def show(title: str, rows: list[dict], n: int, seed: int, facts: Facts) -> None:
    picked = random.Random(seed).sample(sorted(rows, key=lambda r: r["id"]), min(n, len(rows)))
    print(f"\n## {title}: {len(rows)} (sample of {len(picked)}, seed {seed})")
    for row in sorted(picked, key=lambda r: (r["kind"], r["date"])):
        print(f"- {row['date']} {row['kind']}: {row['person']} — {row['post'] or ''} [{row['report_id']}]\n"
              f"  {row['detail'] or ''}\n  > {row['evidence'][:EVIDENCE_CHARS]}"
              + (rhythm(row, facts) if row["kind"] in GAP_KINDS else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--all", action="store_true", help="every change, not only the default feed")
    parser.add_argument("--resolve", action="store_true", help="run this work tree's resolver before the analysis")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    before, after, facts = feeds(args.db, args.all, args.resolve)
    kinds_before, kinds_after = Counter(r["kind"] for r in before.values()), Counter(r["kind"] for r in after.values())
    print(f"{'kind':<18}{'before':>8}{'after':>8}")
    for kind in sorted(set(kinds_before) | set(kinds_after), key=lambda k: (-kinds_before[k], k)):
        print(f"{kind:<18}{kinds_before[kind]:>8}{kinds_after[kind]:>8}")
    print(f"{'all':<18}{len(before):>8}{len(after):>8}")
    show("left", [before[i] for i in set(before) - set(after)], args.sample, args.seed, facts)
    show("came in", [after[i] for i in set(after) - set(before)], args.sample, args.seed, facts)


if __name__ == "__main__":
    main()
