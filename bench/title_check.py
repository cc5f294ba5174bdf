"""How many post titles say what none of their written forms says: for each post of a store, the title's word
pairs ("of" and "the" bridged over, `podium.resolve.titles`) that occur in none of its forms; the count of titles
with any such pair, by the kind of the post's body, and a fixed-seed sample to read.

    .venv/bin/python bench/title_check.py --db /tmp/store.db [--sample 30] [--seed 5] [--resolve]
    .venv/bin/python bench/title_check.py --db /tmp/after.db --compare /tmp/before.db [--sample 30]

The forms of a post are its `post_forms` and, for the posts that only a holder gives (`post_holder_forms`),
those. This raw check counts the resolver's deliberate expansions too ("of the Cabinet", the DPRK's full name):
`podium.resolve` sets those aside when it decides to show a form instead of a composed title. `--resolve`
recomputes the store's identities and timelines with this tree first (as `podium reextract` does), so a store built by older
code can be checked as this code would title it. `--compare` prints the titles that differ between two stores
(same post id), with a sample.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from collections import Counter, defaultdict

from podium.resolve.titles import unwritten_pairs

NO_BODY = "(no body)"


def post_titles(db: str) -> dict[str, tuple[str, str, list[str]]]:
    """post id -> (title without a "[post id]" mark, its body's kind, its written forms)."""
    conn = sqlite3.connect(db)
    forms: dict[str, list[str]] = defaultdict(list)
    for form, post_id in conn.execute("SELECT form, post_id FROM post_forms"):
        forms[post_id].append(form)
    for form, post_id in conn.execute("SELECT DISTINCT post, post_id FROM post_holder_forms"):
        if form not in forms[post_id]:
            forms[post_id].append(form)
    rows = conn.execute("SELECT p.id, p.title, b.kind FROM posts p LEFT JOIN bodies b ON b.id = p.body_id")
    return {post_id: (title.removesuffix(f" [{post_id}]"), kind or NO_BODY, forms[post_id])
            for post_id, title, kind in rows}


def check(db: str, sample: int, seed: int) -> None:
    titles = post_titles(db)
    flagged = {post_id: pairs for post_id, (title, _, forms) in titles.items()
               if (pairs := unwritten_pairs(title, forms))}
    by_kind = Counter(titles[post_id][1] for post_id in flagged)
    print(f"{len(flagged)} of {len(titles)} titles have a word pair none of their forms has")
    for kind, count in by_kind.most_common():
        print(f"  {kind}: {count} of {sum(1 for t in titles.values() if t[1] == kind)}")
    for post_id in random.Random(seed).sample(sorted(flagged), min(sample, len(flagged))):
        title, _, forms = titles[post_id]
        print(f"- {title}\n    forms: {' | '.join(forms[:3])}\n    pairs: {sorted(flagged[post_id])[:4]}")


def compare(before_db: str, after_db: str, sample: int, seed: int) -> None:
    before, after = post_titles(before_db), post_titles(after_db)
    changed = sorted(p for p in before.keys() & after.keys() if before[p][0] != after[p][0])
    print(f"{len(changed)} titles changed; posts only before: {len(before.keys() - after.keys())}, "
          f"only after: {len(after.keys() - before.keys())}")
    for post_id in random.Random(seed).sample(changed, min(sample, len(changed))):
        print(f"- {post_id}\n    before: {before[post_id][0]}\n    after:  {after[post_id][0]}\n"
              f"    forms:  {' | '.join(after[post_id][2][:3])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--compare", metavar="BEFORE_DB", help="list the titles that differ from this store's")
    parser.add_argument("--resolve", action="store_true", help="recompute the store's identities first")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if args.resolve:
        import podium.analysis
        import podium.resolve
        from podium.store import open_store
        with open_store(args.db).begin() as conn:
            podium.resolve.refresh(conn)
            podium.analysis.refresh(conn)
    if args.compare:
        compare(args.compare, args.db, args.sample, args.seed)
    else:
        check(args.db, args.sample, args.seed)


if __name__ == "__main__":
    main()
