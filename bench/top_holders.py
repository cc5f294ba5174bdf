"""Who `podium holders` gives for the DPRK's top posts on dates of both eras: one line per post, the holders on
each date, to read against what the reports state (issue 8's check of the top posts, session 5).

    .venv/bin/python bench/top_holders.py --db STORE

Prints only; bench/RESULTS.md quotes its output.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from podium.analysis.holders import holders_on
from podium.store import open_store

TOP_POSTS = ["general-secretary@wpk", "first-secretary@wpk", "chairman@wpk", "chairman@wpk-cmc", "chairman@ndc",
             "first-chairman@ndc", "president@sac", "premier@cabinet", "president@spa-presidium",
             "chairman@spa-standing-committee", "supreme-commander@kpa"]
DATES = ["2011-06-01", "2012-01-15", "2012-03-01", "2012-06-01", "2012-12-01", "2016-06-01", "2021-09-01",
         "2022-06-01", "2022-10-01"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    with open_store(args.db).connect() as conn:
        print("| post | " + " | ".join(DATES) + " |")
        print("| --- " * (len(DATES) + 1) + "|")
        for post_id in TOP_POSTS:
            held = [", ".join(h.name for h in holders_on(conn, post_id, day)) or "—" for day in DATES]
            print(f"| {post_id} | " + " | ".join(held) + " |")


if __name__ == "__main__":
    main()
