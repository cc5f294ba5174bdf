"""Proof that a speed change left `extract()`'s output alone: dump every record of both corpora (people, posts,
roles, events, with their spans and rule ids) to JSONL, then compare a later dump with it line by line.

    .venv/bin/python bench/extract_identity.py --dump /tmp/extract-before.jsonl
    ... change the code ...
    .venv/bin/python bench/extract_identity.py --check /tmp/extract-before.jsonl

`--check` prints the first differing reports and exits 1 when any record differs, 0 when all are identical.
Run the dump from the code before the change (e.g. `git stash`, or that commit's `src/` first on PYTHONPATH).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import corpus_lines  # noqa: E402
from score import CORPORA as CORPUS_FILES, SHARED  # noqa: E402  (one list of the corpora for every bench script)

from podium.extract import extract  # noqa: E402
from podium.sources import clean, document  # noqa: E402

CORPORA = SHARED / "corpus"
SHOWN_DIFFERENCES = 5  # reports printed in full when the dumps differ


def report_text(report: dict) -> str:
    """The text `extract()` reads for one corpus report (its spans index it): the title and the cleaned body."""
    return document(report.get("title") or "", clean(report.get("text") or ""))


def records(corpora: Path):
    """One JSON line per report of every corpus, in corpus order: the record with its evidence."""
    for name in CORPUS_FILES:
        for line in corpus_lines(corpora / name):
            report = json.loads(line)
            record = extract(report_text(report), report.get("date"), report.get("id"))
            yield json.dumps(record.to_json(evidence=True), ensure_ascii=False, sort_keys=True)


def check(baseline: Path, corpora: Path) -> int:
    """The number of reports whose record differs from `baseline`'s (a missing or extra line counts too)."""
    with baseline.open(encoding="utf-8") as before:
        expected = [line.rstrip("\n") for line in before]
    produced = list(records(corpora))
    differing = [i for i in range(max(len(expected), len(produced)))
                 if i >= len(expected) or i >= len(produced) or expected[i] != produced[i]]
    for i in differing[:SHOWN_DIFFERENCES]:
        print(f"report {i}:\n  before {expected[i] if i < len(expected) else '(none)'}\n"
              f"  after  {produced[i] if i < len(produced) else '(none)'}")
    print(f"{len(produced):,} records, {len(differing):,} differ from {baseline}")
    return len(differing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--dump", type=Path, help="write every record to this JSONL file")
    action.add_argument("--check", type=Path, help="compare every record with this earlier dump")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="folder holding the corpus files")
    args = parser.parse_args()
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            count = sum(out.write(line + "\n") > 0 for line in records(args.corpora))
        print(f"{count:,} records written to {args.dump}")
        return
    sys.exit(1 if check(args.check, args.corpora) else 0)


if __name__ == "__main__":
    main()
