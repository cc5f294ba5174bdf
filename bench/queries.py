"""Query latency on the ingested corpus: each query of the timeline commands must answer in under 100 ms.

Times each query the way its command runs it (the lookups plus the store reads), and the whole command
in-process through Typer (rendering included), over repeated runs on a warm store; writes the figures at the
top of the "Query latency" section of bench/RESULTS.md (through bench/results_file.py).

    .venv/bin/python bench/queries.py [--db podium.db] [--runs 20] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from podium.analysis.feeds import list_changes
from podium.analysis.holders import holders_on
from podium.analysis.lookup import body_and_below, find_persons, find_post
from podium.analysis.person_view import person_view
from podium.cli import app
from podium.store.schema import bodies, changes, persons
from results_file import add_entry, stamp  # bench/ is this script's folder, first on the import path

SECTION = "Query latency (`bench/queries.py`)"
BUDGET_MS = 100
PRESIDIUM = "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"


def _timed(call, runs: int) -> tuple[float, float]:
    """Median and worst wall time in ms, after one warm-up call."""
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def _queries(conn, top_person: str) -> dict:
    queries = {
        "people --top 30": lambda: conn.execute(
            select(persons).order_by(persons.c.n_reports.desc(), persons.c.name).limit(30)).all(),
        f'holders "{PRESIDIUM[:40]}…" --on 2012-05-01': lambda: holders_on(conn, find_post(conn, PRESIDIUM),
                                                                         "2012-05-01"),
        f'person "{top_person}" (most reported)': lambda: person_view(conn, find_persons(conn, top_person)[0]),
        'person "Choe Ryong Hae"': lambda: person_view(conn, find_persons(conn, "Choe Ryong Hae")[0]),
        "changes --since 2012-04-01 --until 2012-04-30": lambda: list_changes(
            conn, since="2012-04-01", until="2012-04-30"),
        "changes (all)": lambda: list_changes(conn),
    }
    if conn.execute(select(bodies.c.id).where(bodies.c.id == "wpk")).first():
        queries["changes --body wpk"] = lambda: list_changes(conn, body_ids=body_and_below(conn, "wpk"))
    return queries


def _commands(db: str, top_person: str) -> dict:
    runner = CliRunner()

    def run(*args):
        return lambda: runner.invoke(app, [*args, "--db", db])
    return {
        "podium people --top 30": run("people", "--top", "30"),
        "podium holders PRESIDIUM --on 2012-05-01": run("holders", PRESIDIUM, "--on", "2012-05-01"),
        f'podium person "{top_person}"': run("person", top_person),
        "podium changes --since 2012-04-01 --until 2012-04-30": run("changes", "--since", "2012-04-01",
                                                                    "--until", "2012-04-30"),
        "podium changes --format json (all)": run("changes", "--format", "json"),
    }


def measure(db: Path, runs: int) -> list[str]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        top_person = conn.execute(select(persons.c.name).order_by(persons.c.n_reports.desc()).limit(1)).scalar()
        n_changes = conn.execute(select(func.count()).select_from(changes)).scalar()
        n_persons = conn.execute(select(func.count()).select_from(persons)).scalar()
        load = os.getloadavg()[0]
        lines = [f"{n_persons:,} persons, {n_changes:,} changes; median / worst of {runs} runs, warm store; "
                 f"machine load average {load:.1f} on {os.cpu_count()} cores.", "",
                 "| query | median ms | worst ms | under 100 ms |", "| --- | ---: | ---: | --- |"]
        for name, call in _queries(conn, top_person).items():
            median, worst = _timed(call, runs)
            lines.append(f"| {name} | {median:.1f} | {worst:.1f} | {'yes' if median < BUDGET_MS else 'NO'} |")
    lines += ["", "Whole commands in-process (Typer, Rich rendering included):", "",
              "| command | median ms | worst ms |", "| --- | ---: | ---: |"]
    for name, call in _commands(str(db), top_person).items():
        median, worst = _timed(call, max(3, runs // 4))
        lines.append(f"| `{name}` | {median:.1f} | {worst:.1f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("podium.db"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-write", action="store_true", help="Print only; leave RESULTS.md alone.")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}: run `make demo` first")
    lines = measure(args.db, args.runs)
    print("\n".join(lines))
    if not args.no_write:
        add_entry(SECTION, "\n".join([f"- {stamp()}", "", *lines]))


if __name__ == "__main__":
    main()
