"""Identity resolution on the ingested corpus: precision and recall on the person pairs of
`tests/data/identity_pairs.yaml`, and the time `podium.resolve.refresh` takes over the whole store.

    .venv/bin/python bench/identity.py [--db podium.db] [--no-write]

The store must hold the corpus (`make demo`). A pair is predicted "same" when the two reports' people of
those names are linked to one person id. Precision and recall are those of "same": a false merge of two
different people lowers precision, a missed spelling variant lowers recall. The figures go to the
"Identity resolution" section of bench/RESULTS.md (newest first).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import podium.analysis
from podium.resolve import refresh
from podium.resolve.pairs import load_pairs, names_alone, score_pairs
from podium.store import open_store

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "identity_pairs.yaml"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Identity resolution (`bench/identity.py`)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "podium.db"))
    parser.add_argument("--no-write", action="store_true", help="print only, leave bench/RESULTS.md alone")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest the corpus first (make demo)")
    engine = open_store(args.db)
    started, cpu_started = time.perf_counter(), time.process_time()
    with engine.begin() as conn:
        refresh(conn)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        podium.analysis.refresh(conn)  # the analysis tables point at persons: recomputed in the same transaction
    pairs = load_pairs(PAIRS)
    with engine.connect() as conn:
        score = score_pairs(conn, pairs)
        joined, n_same, apart, n_different = names_alone(conn, pairs)
        n_people, n_persons, n_forms, n_posts = (conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                                                 for table in ("report_people", "persons", "post_forms", "posts"))
    lines = [f"- {datetime.now(timezone.utc):%Y-%m-%d}, commit {_commit()}: {score.scored} of {len(pairs)} pairs "
             f"scored ({len(score.missing)} not extracted); precision {score.precision:.3f}, recall "
             f"{score.recall:.3f} (tp {score.tp}, fp {score.fp}, fn {score.fn}, tn {score.tn}); refresh "
             f"{seconds:.1f} s ({cpu_seconds:.1f} s CPU) for {n_people:,} report people -> {n_persons:,} persons "
             f"and {n_forms:,} post forms -> {n_posts:,} posts; names alone, on all {len(pairs)} pairs: {joined} of "
             f"{n_same} spelling pairs joined, {apart} of {n_different} different pairs apart"]
    for pair, a, b in score.wrong:
        print(f"  wrong: {pair['a']['name']} ({pair['a']['report']}) / {pair['b']['name']} ({pair['b']['report']}): "
              f"expected {'same' if pair['same'] else 'different'}, got {a} / {b}")
    for pair in score.missing:
        print(f"  not extracted: {pair['a']['name']} ({pair['a']['report']}) / {pair['b']['name']} "
              f"({pair['b']['report']})")
    print("\n".join(lines))
    if not args.no_write:
        _write(lines)


def _commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True).stdout.strip() or "unknown"


def _write(lines: list[str]) -> None:
    """Adds the entry under this script's heading, newest first; other sections stay as they are."""
    text = RESULTS.read_text(encoding="utf-8")
    if SECTION not in text:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n"
    head, _, tail = text.partition(SECTION)
    tail = tail.lstrip("\n")
    entry = "\n".join(lines) + "\n" + ("" if not tail or tail.startswith("- ") else "\n")
    RESULTS.write_text(f"{head}{SECTION}\n\n{entry}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
