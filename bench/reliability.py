"""Cost of hostile input: time and peak memory of `podium ingest` on inputs made to be expensive.

Each case runs `podium ingest` in its own process (peak memory is that process's maximum resident set, from
`getrusage`), into a fresh store beside one small valid file, and records whether the valid report was stored.
The 200 MB text file is the issue's case (it used to reach 3.8 GB and not finish); the others are the other
caps: a 200 MB JSON line, HTML nested 100,000 deep, a full-text search of 1,000 OR-ed words.

    .venv/bin/python bench/reliability.py      # writes its section of bench/RESULTS.md
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results_file import add_entry, stamp

BIG_BYTES = 200 * 1024 * 1024
SENTENCE = "Premier Pak Pong Ju inspected the Kangso Farm and the Sunchon Cement Complex. "
VALID = {"id": "valid-1", "date": "2012-05-01", "title": "Farm Visited", "text": SENTENCE}


def _write_big_text(path: Path, prefix: str = "", suffix: str = "") -> Path:
    chunk = SENTENCE * (1024 * 1024 // len(SENTENCE))
    with open(path, "w", encoding="utf-8") as out:
        out.write(prefix)
        for _ in range(BIG_BYTES // len(chunk)):
            out.write(chunk)
        out.write(suffix)
    return path


def _cases(folder: Path) -> list[tuple[str, list[str]]]:
    text = _write_big_text(folder / "kcna-2012-05-01.txt")
    line = _write_big_text(folder / "one-line.jsonl", '{"id": "big", "date": "2012-05-01", "text": "', '"}\n')
    nested = folder / "kcna-2012-05-02.html"
    nested.write_text("<html><body><article>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</article>",
                      encoding="utf-8")
    valid = folder / "valid.jsonl"
    valid.write_text(json.dumps(VALID) + "\n", encoding="utf-8")
    search = " OR ".join(f"word{n}" for n in range(1000))
    return [("baseline: the valid one-report file alone", ["ingest", str(valid)]),
            (f"text file, {BIG_BYTES // 2**20} MB (one report)", ["ingest", str(text), str(valid)]),
            (f"JSON Lines, one line of {BIG_BYTES // 2**20} MB", ["ingest", str(line), str(valid)]),
            ("HTML nested 100,000 elements deep", ["ingest", str(nested), str(valid)]),
            ("full-text search of 1,000 OR-ed words", ["articles", "--search", search])]


# runs one command and reports its exit status, its peak resident set (kB) and its first line of stderr: a fresh
# process per case, so that RUSAGE_CHILDREN holds that one command only
_MEASURE = ("import resource, subprocess, sys\n"
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
            "print((done.stderr.strip().splitlines() or [''])[0])")


def _run(args: list[str], db: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit status, first line of stderr) of one `podium` run."""
    extra = ["--keep-going"] if args[0] == "ingest" else ["--limit", "1"]
    started = time.perf_counter()
    measured = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "podium", *args, "--db",
                               str(db), *extra], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    first, said = (measured.stdout.splitlines() + [""])[:2]
    status, peak_kb = map(int, first.split())
    return seconds, peak_kb / 1024, status, said


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, args in _cases(folder):
            db = folder / ("podium.db" if args[0] != "ingest" else f"store-{len(rows)}.db")
            if args[0] != "ingest":
                (folder / f"store-{len(rows) - 1}.db").rename(db)
            seconds, peak, status, said = _run(args, db)
            rows.append(f"| {name} | {seconds:.1f} | {peak:,.0f} | {status} | {said[:110]} |")
            print(rows[-1], flush=True)
    cores = os.cpu_count()
    add_entry("Reliability: cost of hostile input (`bench/reliability.py`)", "\n".join([
        f"### {stamp()}, {cores} cores (load average {os.getloadavg()[0]:.1f} at the end)", "",
        "Each row is one `podium` process (peak resident set from getrusage), into a new store beside a valid "
        "one-report file; the search runs on the store of the row before it. The baseline is what any run "
        "costs (start-up, a new store, the refresh), on a machine shared by several agents.", "",
        "| input | seconds | peak MB | exit | what the user reads (first line of stderr) |",
        "| --- | --- | --- | --- | --- |", *rows]))


if __name__ == "__main__":
    main()
