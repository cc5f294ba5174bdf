"""The whole corpus as unlabeled evidence for a change to the meeting rules: every event `find_events` finds in
one era's corpus, written to a file, and two such files compared (events added and removed, by kind and rule),
with a random handful of the changed events to read before a change is kept.

    .venv/bin/python bench/events_corpus.py dump OUT.jsonl [--era kcna|rodong]
    .venv/bin/python bench/events_corpus.py diff BEFORE.jsonl AFTER.jsonl [--show N] [--seed S] [--evidence]

An event is compared as (report, name, kind, ordinal, sitting, date): a renamed or redated meeting counts as one
removed and one added.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPORA, ERAS, SHARED  # noqa: E402

from podium.extract.events import find_events  # noqa: E402
from podium.sources import clean, document  # noqa: E402

ERA_FILES = dict(zip(ERAS, CORPORA))  # era -> its corpus file
FIELDS = ("name", "kind", "ordinal", "sitting", "date")
SHOWN = 12  # changed events printed by default
CONTEXT = 140  # characters of the report kept on each side of an event's best mention, to judge it by


def dump(out: Path, era: str) -> None:
    """One line per event of the era's corpus: the report's id, the event's fields and its rule."""
    count = reports = 0
    with gzip.open(SHARED / "corpus" / ERA_FILES[era], "rt", encoding="utf-8") as corpus, \
            out.open("w", encoding="utf-8") as sink:
        for report in map(json.loads, corpus):
            reports += 1
            text = document(report["title"] or "", clean(report["text"]))
            for event in find_events(text, report["date"]):
                start, end = event.span
                row = {"id": report["id"], **{f: getattr(event, f) for f in FIELDS}, "rule": event.rule,
                       "evidence": " ".join(text[max(0, start - CONTEXT):end + CONTEXT].split())}
                sink.write(json.dumps(row) + "\n")
                count += 1
    print(f"{reports} reports, {count} events -> {out}")


def _rows(path: Path) -> dict[tuple, dict]:
    rows = map(json.loads, path.read_text(encoding="utf-8").splitlines())
    return {(r["id"], *(r[f] for f in FIELDS)): r for r in rows}


def diff(before: Path, after: Path, show: int, seed: int, evidence: bool = False) -> None:
    """Events removed and added, counted by kind and by naming rule, and `show` of each printed (`evidence`: with
    the text around its mention, to judge it by)."""
    old, new = _rows(before), _rows(after)
    removed, added = [old[k] for k in old.keys() - new.keys()], [new[k] for k in new.keys() - old.keys()]
    touched = len({r["id"] for r in removed + added})
    print(f"events {len(old)} -> {len(new)}: {len(removed)} removed, {len(added)} added, in {touched} reports")
    for label, rows in (("removed", removed), ("added", added)):
        kinds = Counter(r["kind"] for r in rows)
        rules = Counter(r["rule"].split()[0] for r in rows)
        print(f"{label} by kind: {dict(kinds.most_common())}")
        print(f"{label} by rule: {dict(rules.most_common())}")
        for r in random.Random(seed).sample(rows, min(show, len(rows))):
            print(f"  {label}\t{r['id']}\t{r['name']}\t{r['kind']}\t{r['ordinal']}\t{r['date']}\t{r['rule']}")
            if evidence and "evidence" in r:
                print(f"      | {r['evidence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--era", choices=sorted(ERA_FILES), default="kcna")
    diffing = sub.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--show", type=int, default=SHOWN)
    diffing.add_argument("--seed", type=int, default=0)
    diffing.add_argument("--evidence", action="store_true", help="print the text around each event shown")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.era)
    else:
        diff(args.before, args.after, args.show, args.seed, args.evidence)


if __name__ == "__main__":
    main()
