"""What a change to the resolver or the analysis does to the answers of `podium holders`: every holding (person,
post, first day, last day held, end reason) of a store, dumped by one version of the code and by another, and
the two compared.

    .venv/bin/python bench/holdings_diff.py dump --db STORE OUT.json [--refresh]
    .venv/bin/python bench/holdings_diff.py diff BEFORE.json AFTER.json --db STORE [--sample 20] [--seed 5]

`dump` writes the holdings as `podium holders` answers them now (with `--refresh`, after this work tree's
`podium.resolve.refresh` and `podium.analysis.refresh`, in a transaction that is rolled back: the store is not
modified). Holdings are computed when asked, so the "before" dump must run the old code (a checkout of the
base on PYTHONPATH). `diff` counts the holdings that left (filed under another post, or no longer held), came
in, or keep their start and end sooner or later, by the new end reason, and prints a random sample (fixed seed)
of each with the sentence of the holder's latest evidence (from the refreshed store), to read before keeping
a change. Prints only (bench/RESULTS.md quotes its figures).
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter

import podium.analysis
import podium.resolve
from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import load_facts
from podium.analysis.holders import post_holdings
from podium.store import open_store


def _key(row: dict) -> str:
    return f"{row['person_id']}|{row['post_id']}|{row['start']}"


def dump(db: str, out: str, refresh: bool) -> None:
    with open_store(db).connect() as conn:
        if refresh:
            podium.resolve.refresh(conn)
            podium.analysis.refresh(conn)
        rows = [{"person_id": h.holder.person_id, "name": h.holder.name, "post_id": post_id, "start": h.start_date,
                 "last": h.end_date or h.lapses, "reason": h.end_reason, "n_reports": h.holder.n_reports}
                for post_id, held in sorted(post_holdings(conn).items()) for h in held]
        conn.rollback()
    with open(out, "w", encoding="utf-8") as file:
        json.dump(rows, file)
    print(f"{len(rows)} holdings -> {out}")


def diff(before_path: str, after_path: str, db: str, sample: int, seed: int) -> None:
    with open(before_path, encoding="utf-8") as file:
        before = {_key(row): row for row in json.load(file)}
    with open(after_path, encoding="utf-8") as file:
        after = {_key(row): row for row in json.load(file)}
    gone, new = sorted(set(before) - set(after)), sorted(set(after) - set(before))
    moved = sorted(k for k in set(before) & set(after) if before[k]["last"] != after[k]["last"])
    print(f"holdings before {len(before)}, after {len(after)}: {len(gone)} left, {len(new)} came in, "
          f"{len(moved)} end elsewhere")
    print("ends moved, by new end reason:", dict(Counter(
        f"{after[k]['reason'] or 'open'} {'sooner' if after[k]['last'] < before[k]['last'] else 'later'}"
        for k in moved)))
    with open_store(db).connect() as conn:
        podium.resolve.refresh(conn)
        podium.analysis.refresh(conn)
        facts, documents = load_facts(conn), Documents(conn)
        for title, keys in (("left", gone), ("came in", new), ("end moved", moved)):
            picked = sorted(random.Random(seed).sample(keys, min(sample, len(keys))))
            print(f"\n## {title}: {len(keys)} (sample of {len(picked)}, seed {seed})")
            for k in picked:
                was, now = before.get(k), after.get(k)
                row = now or was
                change = f"{row['start']} .. {was['last'] if was else '-'} {was['reason'] if was else ''} -> " \
                         f"{now['last'] if now else '-'} {now['reason'] if now else ''}"
                evidence = [fact for fact in facts.posts.get(row["person_id"], []) if fact.post_id == row["post_id"]]
                last = evidence[-1] if evidence else None
                print(f"- {row['name']} | {row['post_id']} | {change} | n={row['n_reports']}\n    "
                      + (f"{last.date} {last.report_id}: {quote(documents[last.report_id], last.start, last.end)}"
                         if last else "(no evidence under this post id now)"))
        conn.rollback()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out")
    dumping.add_argument("--db", required=True)
    dumping.add_argument("--refresh", action="store_true")
    diffing = commands.add_parser("diff")
    diffing.add_argument("before")
    diffing.add_argument("after")
    diffing.add_argument("--db", required=True)
    diffing.add_argument("--sample", type=int, default=20)
    diffing.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.db, args.out, args.refresh)
    else:
        diff(args.before, args.after, args.db, args.sample, args.seed)


if __name__ == "__main__":
    main()
