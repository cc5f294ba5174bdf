"""Export speed: `podium export` of both corpora (KCNA 2011-2012 and Rodong Sinmun 2021-2022) in each format,
target under 30 s each.

Runs the real command in a fresh process per format (start-up, reading the record, writing the file) on a
store holding both corpora (ingested into a scratch file first, unless `--db` names one), and writes wall and
CPU seconds, what was written and the size to the "Export speed" section of bench/RESULTS.md.

    .venv/bin/python bench/export.py [--db podium.db] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results_file import add_entry, stamp  # bench/ is this script's folder, first on the import path

SECTION = "Export speed (`bench/export.py`)"
TARGET_S = 30
CORPORA = sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus").glob("*.jsonl.gz"))
PODIUM = Path(sys.executable).parent / "podium"
OUTPUTS = {"ftm": "podium.ftm.jsonl", "popolo": "podium.popolo.json", "csv": "csv", "parquet": "parquet"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(*args: str) -> tuple[float, float, str]:
    """Wall and CPU seconds of a `podium` command, and the last line it printed."""
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run([str(PODIUM), *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, _children_cpu() - cpu, done.stdout.strip().replace("\n", " ")


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*")) if path.is_dir() else path.stat().st_size


def measure(db: Path | None, scratch: Path) -> list[str]:
    lines = [f"Store: {db} (given with --db)."] if db is not None else []
    if db is None:
        db = scratch / "podium.db"
        wall, cpu, said = _run("ingest", *map(str, CORPORA), "--db", str(db), "--keep-going")
        lines += [f"Store: {', '.join(c.name for c in CORPORA)} ingested in {wall:.1f} s ({said}).", ""]
    lines += ["| format | wall s | CPU s | under 30 s | written | size |", "| --- | ---: | ---: | --- | --- | ---: |"]
    for fmt, name in OUTPUTS.items():
        out = scratch / name
        wall, cpu, said = _run("export", "--format", fmt, "-o", str(out), "--db", str(db))
        written = said.split(" written to ")[0]
        lines.append(f"| {fmt} | {wall:.1f} | {cpu:.1f} | {'yes' if wall < TARGET_S else 'NO'} | {written} | "
                     f"{_size(out) / 2**20:.1f} MiB |")
    lines += ["", f"Machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end; each run "
              "is a new process (start-up included)."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="A store to export (default: both corpora ingested afresh).")
    parser.add_argument("--no-write", action="store_true", help="Print only; leave RESULTS.md alone.")
    args = parser.parse_args()
    if args.db is None and not CORPORA:
        raise SystemExit("no corpus in ../shared/corpus and no --db: nothing to export")
    with tempfile.TemporaryDirectory() as scratch:
        lines = measure(args.db, Path(scratch))
    print("\n".join(lines))
    if not args.no_write:
        add_entry(SECTION, "\n".join([f"- {stamp()}", "", *lines]))


if __name__ == "__main__":
    main()
