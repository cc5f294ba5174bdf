"""What a role change did over a whole corpus: compare two dumps of `bench/extract_identity.py --dump` (before and
after the change) and count the roles added and removed, by role, then print a random sample of the changed roles
with their sentences, to be read and judged before the change is kept (the rule of issue 7: count every change
over the whole corpus, and read a sample of what it changed).

    .venv/bin/python bench/extract_identity.py --dump /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python bench/extract_identity.py --dump /tmp/after.jsonl
    .venv/bin/python bench/role_changes.py /tmp/before.jsonl /tmp/after.jsonl [--sample 20] [--seed 4] [--era kcna]

A change is one role of one person of one report gained (`+`) or lost (`-`); a person found or lost as a whole
is not counted (that is the names' work, not the roles'). The sample shows the report, the person, the change,
the rule that gave the role (for a gain) and the sentence around the role's evidence.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump_diff import CONTEXT, texts  # noqa: E402  (people and posts; this file: roles)
from score import in_era  # noqa: E402


def _roles(dump: Path, era: str | None) -> dict[tuple[str, str], dict[str, tuple]]:
    """(report id, person) -> {role: (rule, start, end)} of every record in the dump (of one era only, if given)."""
    found = {}
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if era and not in_era({"date": record["date"] or ""}, era):
                continue
            for person in record["people"]:
                spans = {}
                for role, start, end, rule in person["role_spans"]:
                    spans.setdefault(role, (rule, start, end))
                for role in person["roles"]:
                    spans.setdefault(role, ("", None, None))
                found[(record["id"], person["name"])] = spans
    return found


def changes(before: Path, after: Path, era: str | None) -> list[tuple]:
    """(sign, report id, person, role, rule, start, end) of every role gained or lost by a person found in both."""
    old, new = _roles(before, era), _roles(after, era)
    changed = []
    for key in sorted(old.keys() & new.keys()):
        for role in sorted(new[key].keys() - old[key].keys()):
            changed.append(("+", *key, role, *new[key][role]))
        for role in sorted(old[key].keys() - new[key].keys()):
            changed.append(("-", *key, role, *old[key][role]))
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--sample", type=int, default=20, help="changed roles to print with their sentences")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--era", choices=("kcna", "rodong"))
    args = parser.parse_args()
    changed = changes(args.before, args.after, args.era)
    counts = Counter(f"{sign}{role}" for sign, _, _, role, *_ in changed)
    reports = len({report for _, report, *_ in changed})
    print(f"{len(changed)} roles changed in {reports} reports: " +
          ", ".join(f"{key} {n}" for key, n in sorted(counts.items())))
    sample = random.Random(args.seed).sample(changed, min(args.sample, len(changed)))
    report_texts = texts({report for _, report, *_ in sample})
    for sign, report, person, role, rule, start, end in sample:
        text = report_texts.get(report, "")
        where = start if start is not None else text.find(person.split()[0])
        context = text[max(0, where - CONTEXT):where + CONTEXT].replace("\n", " ") if where >= 0 else ""
        print(f"\n{sign}{role}  {person}  [{rule}]  {report}\n    ...{context}...")


if __name__ == "__main__":
    main()
