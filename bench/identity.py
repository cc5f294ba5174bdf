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

import yaml
from sqlalchemy import select

from podium.resolve import refresh
from podium.resolve.text import key
from podium.store import open_store
from podium.store.schema import person_links, report_people

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "identity_pairs.yaml"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Identity resolution (`bench/identity.py`)"


def person_of(conn, report_id: str, name: str) -> str | None:
    """The person id the resolver gave the person of `report_id` written `name` (spelling-insensitive)."""
    rows = conn.execute(select(report_people.c.name, person_links.c.person_id)
                        .join(person_links, (person_links.c.report_id == report_people.c.report_id)
                              & (person_links.c.person_no == report_people.c.person_no))
                        .where(report_people.c.report_id == report_id)).all()
    return next((person for written, person in rows if key(written) == key(name)), None)


def score(conn, pairs: list[dict]) -> dict:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "missing": []}
    for pair in pairs:
        a, b = (person_of(conn, side["report"], side["name"]) for side in (pair["a"], pair["b"]))
        if a is None or b is None:  # the extractor did not find the name there: not the resolver's error
            counts["missing"].append(pair)
            continue
        predicted = a == b
        counts[{(True, True): "tp", (False, True): "fp", (True, False): "fn",
                (False, False): "tn"}[(pair["same"], predicted)]] += 1
        if predicted != pair["same"]:
            print(f"  wrong: {pair['a']['name']} ({pair['a']['report']}) / {pair['b']['name']} "
                  f"({pair['b']['report']}): expected {'same' if pair['same'] else 'different'}, got {a} / {b}")
    return counts


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
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]
    with engine.connect() as conn:
        counts = score(conn, pairs)
        n_people = conn.exec_driver_sql("SELECT count(*) FROM report_people").scalar()
        n_persons = conn.exec_driver_sql("SELECT count(*) FROM persons").scalar()
        n_forms = conn.exec_driver_sql("SELECT count(*) FROM post_forms").scalar()
        n_posts = conn.exec_driver_sql("SELECT count(*) FROM posts").scalar()
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    scored = len(pairs) - len(counts["missing"])
    lines = [f"- {datetime.now(timezone.utc):%Y-%m-%d}, commit {_commit()}: {scored} of {len(pairs)} pairs scored "
             f"({len(counts['missing'])} not extracted); precision {precision:.3f}, recall {recall:.3f} "
             f"(tp {tp}, fp {fp}, fn {fn}, tn {counts['tn']}); refresh {seconds:.1f} s ({cpu_seconds:.1f} s CPU) for "
             f"{n_people:,} report "
             f"people -> {n_persons:,} persons and {n_forms:,} post forms -> {n_posts:,} posts"]
    for pair in counts["missing"]:
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
