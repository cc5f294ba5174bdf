"""What the tenure rules do over a whole store: the periods the hearsay rule keeps out (with the sentences that
gave the post), the (person, post) pairs cut into several periods by a long silence, and the head seats read as
renamed (`podium.analysis.tenures`, `hearsay.py`, `renamed.py`), from the store's facts by this work tree's code;
then, from the store's own tenures, the holdings `podium holders` takes for misreadings (`holders.py`), and who
`podium holders` gives for the DPRK's top posts on dates of both eras (a table to read against the reports).

    .venv/bin/python bench/tenure_diff.py --db STORE

Prints only (bench/RESULTS.md quotes its figures); the store is not modified (the refresh's reading of the
facts is rolled back).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from podium.analysis import stated_changes
from podium.analysis.dating import date_facts
from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import load_facts
from podium.analysis.hearsay import Hearsay
from podium.analysis.holders import holders_on, post_holdings
from podium.analysis.renamed import renamed_seats
from podium.analysis.tenures import compute_tenures
from podium.store import open_store
from podium.store.schema import reports, tenures

EVIDENCE_CHARS = 240
TOP_POSTS = ["general-secretary@wpk", "first-secretary@wpk", "chairman@wpk", "chairman@wpk-cmc", "chairman@ndc",
             "first-chairman@ndc", "president@sac", "premier@cabinet", "president@spa-presidium",
             "chairman@spa-standing-committee", "supreme-commander@kpa"]
DATES = ["2011-06-01", "2012-01-15", "2012-03-01", "2012-06-01", "2012-12-01", "2016-06-01", "2021-09-01",
         "2022-06-01", "2022-10-01"]


def top_holders(conn) -> list[str]:
    """A markdown table: the holders of each top post on each date."""
    lines = ["| post | " + " | ".join(DATES) + " |", "| --- " * (len(DATES) + 1) + "|"]
    for post_id in TOP_POSTS:
        held = [", ".join(h.name for h in holders_on(conn, post_id, day)) or "—" for day in DATES]
        lines.append(f"| {post_id} | " + " | ".join(held) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    with open_store(args.db).connect() as conn:
        facts, docs = load_facts(conn), Documents(conn)
        dated = date_facts(facts, docs, dict(conn.execute(select(reports.c.id, reports.c.date)).all()))
        explicit = stated_changes(conn, facts, docs, dated)
        conn.rollback()
        stored = conn.execute(select(tenures.c.post_id, tenures.c.person_id, tenures.c.first_date,
                                     tenures.c.n_reports, tenures.c.first_report)).all()
        kept_holdings = {(post_id, h.holder.person_id, h.holder.first_date)
                         for post_id, every in post_holdings(conn).items() for h in every}
        table = top_holders(conn)
        conn.rollback()
    plain = compute_tenures(facts, explicit)
    heard = compute_tenures(facts, explicit, Hearsay(docs))
    kept = {(row["person_id"], row["post_id"], row["first_date"]) for row in heard}
    dropped = [row for row in plain if (row["person_id"], row["post_id"], row["first_date"]) not in kept]
    print(f"tenure periods: {len(plain)} without the hearsay rule, {len(heard)} with it; dropped {len(dropped)}")
    for row in dropped:
        evidence = [f for f in facts.posts[row["person_id"]] if f.post_id == row["post_id"]
                    and row["first_date"] <= f.date <= row["last_date"]]
        print(f"- {row['person_id']} {row['post_id']} {row['first_date']}..{row['last_date']} ({row['n_reports']})")
        for fact in evidence:
            print(f"  [{fact.report_id}] {quote(docs[fact.report_id], fact.start, fact.end)[:EVIDENCE_CHARS]}")
    periods = Counter((row["person_id"], row["post_id"]) for row in heard)
    several = sorted(pair for pair, n in periods.items() if n > 1)
    print(f"\n(person, post) pairs in several periods: {len(several)}")
    for person_id, post_id in several:
        spans = sorted((r["first_date"], r["last_date"]) for r in heard
                       if (r["person_id"], r["post_id"]) == (person_id, post_id))
        print(f"- {person_id} {post_id}: " + ", ".join(f"{a}..{b}" for a, b in spans))
    renamed = sorted(renamed_seats(heard))
    print(f"\nhead seats renamed: {len(renamed)}")
    for person_id, old, new in renamed:
        print(f"- {person_id}: {old} -> {new}")
    misread = [row for row in stored if (row.post_id, row.person_id, row.first_date) not in kept_holdings]
    print(f"\nholdings taken for misreadings (stored tenures): {len(misread)}")
    for row in misread:
        fact = next((f for f in facts.posts[row.person_id] if f.post_id == row.post_id
                     and f.report_id == row.first_report), None)
        words = quote(docs[fact.report_id], fact.start, fact.end)[:EVIDENCE_CHARS] if fact else ""
        print(f"- {row.person_id} {row.post_id} {row.first_date} ({row.n_reports}) [{row.first_report}] {words}")
    print("\nthe top posts' holders (`podium holders --on`):")
    print("\n".join(table))


if __name__ == "__main__":
    main()
