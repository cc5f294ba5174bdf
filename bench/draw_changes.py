"""Draw the judged sample of issue 8: changes at random (fixed seed) from the default feed of a store holding
both corpora, each as one JSON line with the change (person, kind, post, date, report id) and its evidence
sentence, for a blind judge who sees nothing else.

    .venv/bin/python bench/draw_changes.py OUT.jsonl [--db podium.db] [--n 50] [--seed 8] [--all]

The store must hold both corpora (`make demo`). OUT is written outside the repository by convention (the
judge's verdicts, not the draw, are kept in bench/). `--all` draws from every change instead of the default
feed, to compare.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from podium.analysis.feeds import list_changes
from podium.store import open_store

FIELDS = ("id", "date", "kind", "person", "person_id", "post", "post_id", "report_id", "evidence", "detail")


def draw(db: str, n: int, seed: int, everything: bool = False) -> list[dict]:
    """`n` changes drawn without replacement, in a fixed order for a fixed seed and store."""
    with open_store(db).connect() as conn:
        rows = list_changes(conn, signal_only=not everything)
    rows.sort(key=lambda row: row["id"])  # the draw depends on the store's changes, not on their order
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    return [{field: row[field] for field in FIELDS} for row in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--all", action="store_true", help="draw from every change, not the default feed")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    sample = draw(args.db, args.n, args.seed, args.all)
    with args.output.open("w", encoding="utf-8") as out:
        for row in sample:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(sample)} changes written to {args.output}")


if __name__ == "__main__":
    main()
