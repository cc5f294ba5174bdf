"""How long the refreshes take over a whole store: `podium.resolve.refresh` (identities) and
`podium.analysis.refresh` (dating every statement, deaths, eternal titles, announcements, tenures, changes,
summaries), each run `--runs` times in a transaction that is rolled back, so the store is left as it was.

    .venv/bin/python bench/refresh.py [--db podium.db] [--runs 3] [--no-write]

The store must hold both corpora (`make demo`). Wall time on a machine shared with other work says little; CPU
seconds say more, and the fastest of the runs most. The figures go to the "Refresh speed" section of
bench/RESULTS.md, newest first, with the machine's load average.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import podium.analysis
import podium.resolve
from podium.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import add_entry, stamp  # noqa: E402

HEADING = "Refresh speed (`bench/refresh.py`)"
REFRESHES = {"resolve": podium.resolve.refresh, "analysis": podium.analysis.refresh}


def measure(db: str, runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each refresh, per run; the analysis refresh runs after the resolve one, as in
    `podium ingest`."""
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in REFRESHES}
    engine = open_store(db)
    for _ in range(runs):
        with engine.connect() as conn:
            for name, refresh in REFRESHES.items():
                wall, cpu = time.perf_counter(), time.process_time()
                refresh(conn)
                timings[name].append((time.perf_counter() - wall, time.process_time() - cpu))
            conn.rollback()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only, leave bench/RESULTS.md alone")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no store; ingest both corpora first (make demo)")
    timings = measure(args.db, args.runs)
    with open_store(args.db).connect() as conn:
        statements = conn.exec_driver_sql("SELECT count(*) FROM statement_times").scalar()
    lines = [f"### {stamp()}, {args.runs} runs, 2 cores (load average {os.getloadavg()[0]:.1f} at the end)", ""]
    for name, runs in timings.items():
        walls, cpus = zip(*runs)
        lines.append(f"- `podium.{name}.refresh`: fastest **{min(walls):.1f} s** wall, {min(cpus):.1f} s CPU "
                     f"(all runs: {', '.join(f'{w:.1f}' for w in walls)} s wall)")
    lines.append(f"- store: {args.db} ({statements:,} statements dated)")
    print("\n".join(lines))
    if not args.no_write:
        add_entry(HEADING, "\n".join(lines))


if __name__ == "__main__":
    main()
