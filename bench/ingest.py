"""Ingest throughput on the KCNA corpus: target, the whole corpus (21,612 reports) ingested and cleaned in under
30 seconds on a 2-core machine.

Measures, each into a fresh SQLite file:
- reading and cleaning alone (no store);
- the whole ingest without extraction (the extractor swapped for one that finds nothing);
- the whole ingest with the current `podium.extract.extract`, in one process and with --jobs 2;
- reading the seed report's blog page (HTML) into title, paragraphs and date, per page.
Wall times include opening (migrating) the store and the closing refreshes; CPU times (this process and its
workers) are given beside them, because the machine is shared and wall time depends on its load. Writes the
figures at the top of the "Ingest throughput" section of bench/RESULTS.md.

    .venv/bin/python bench/ingest.py [--corpus PATH] [--note TEXT] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from podium.extract import Record, extract
from podium.ingest import ingest
from podium.sources import RawReport, clean, read_path
from podium.sources.html import parse_html
from podium.store import open_store

RESULTS = Path(__file__).with_name("RESULTS.md")
SECTION = "## Ingest throughput (`bench/ingest.py`)"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "kcna-2011-2012.jsonl.gz"
SEED_PAGE = SHARED / "seed" / "wpk-cell-secretaries-2021.html"
TARGET_SECONDS = 30


def finds_nothing(text: str, date: str | None = None, id: str | None = None) -> Record:
    """The extractor for "without extraction": the same Record the pipeline stores, with nothing in it."""
    return Record(id=id, date=date, text=text)


def cpu_seconds() -> float:
    """User + system time of this process and of its finished worker processes."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def timed(work) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds, result) of `work()`."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = work()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def read_and_clean(corpus: Path) -> int:
    return sum(1 for item in read_path(corpus) if isinstance(item, RawReport) and clean(item.text) is not None)


def full_ingest(corpus: Path, extractor, jobs: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_store(Path(tmp) / "podium.db")
        summary = ingest(engine, [corpus], extractor=extractor, jobs=jobs)
        engine.dispose()
        return summary.line()


def html_page_ms(page: Path, runs: int = 200) -> float:
    content = page.read_text(encoding="utf-8")
    started = time.perf_counter()
    for _ in range(runs):
        parse_html(content)
    return (time.perf_counter() - started) * 1000 / runs


def measure(corpus: Path) -> list[str]:
    seconds, cpu, n = timed(lambda: read_and_clean(corpus))
    lines = [f"- read + clean only: {seconds:.1f} s, {cpu:.1f} s CPU ({n / seconds:,.0f} reports/s)"]
    runs = [("without extraction", finds_nothing, 1), ("with extraction, 1 process", extract, 1),
            ("with extraction, --jobs 2", extract, 2)]
    for label, extractor, jobs in runs:
        seconds, cpu, summary = timed(lambda: full_ingest(corpus, extractor, jobs))
        verdict = "within" if seconds < TARGET_SECONDS else "OVER"
        lines.append(f"- whole ingest {label}: **{seconds:.1f} s**, {cpu:.1f} s CPU ({verdict} the {TARGET_SECONDS} s "
                     f"target) — {summary}")
    if SEED_PAGE.exists():
        lines.append(f"- HTML: the seed blog page to title + paragraphs + date in {html_page_ms(SEED_PAGE):.2f} ms")
    return lines


def write(lines: list[str], note: str) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=RESULTS.parent).stdout.strip() or "unknown"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    entry = (f"### {stamp}, commit {commit}, {os.cpu_count()} cores (load average "
             f"{os.getloadavg()[0]:.1f} at the end)\n\n" + (f"{note}\n\n" if note else "") + "\n".join(lines) + "\n\n")
    text = RESULTS.read_text(encoding="utf-8")
    at = text.index(SECTION) + len(SECTION) + 1
    RESULTS.write_text(text[:at] + "\n" + entry + text[at:].lstrip("\n"), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--note", default="", help="a sentence to keep with the figures (what was measured)")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    args = parser.parse_args()
    lines = measure(args.corpus)
    print("\n".join(lines))
    if not args.no_write:
        write(lines, args.note)


if __name__ == "__main__":
    main()
